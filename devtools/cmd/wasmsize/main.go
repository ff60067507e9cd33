// Command wasmsize reports what each module and package costs in app.wasm:
// the real size from the stripped build that is served, the split by package
// from the same program linked without -s -w, which keeps the function names.
//
//	go run ./devtools/cmd/wasmsize -wasm web/static/app.wasm -debug bin/app.debug.wasm
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/be-us/partnership/devtools/budget"
	"github.com/be-us/partnership/internal/asset"
)

type config struct {
	wasm, debug string
	opts        budget.Options
}

func main() {
	var c config
	flag.StringVar(&c.wasm, "wasm", "web/static/app.wasm", "the stripped build (-ldflags '-s -w'), as served")
	flag.StringVar(&c.debug, "debug", "bin/app.debug.wasm", "the same program built without -s -w, for the function names")
	flag.IntVar(&c.opts.Quality, "quality", 11, "brotli quality of the estimates, 0 to 11")
	flag.IntVar(&c.opts.Top, "top", 25, "packages listed per module")
	flag.Parse()

	if err := run(c); err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
}

func run(c config) error {
	stripped, err := read(c.wasm)
	if err != nil {
		return err
	}
	debug, err := read(c.debug)
	if err != nil {
		return err
	}
	// The build's own brotli copy, made at the same quality and window,
	// spares compressing the whole file again.
	if br, err := os.ReadFile(c.wasm + ".br"); err == nil && c.opts.Quality == asset.BestQuality && asset.Decodes("br", br, stripped.Data) {
		c.opts.Brotli = len(br)
	}
	report, err := budget.Measure(stripped, debug, c.opts)
	if err != nil {
		return err
	}
	return report.Write(os.Stdout)
}

func read(path string) (budget.File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return budget.File{}, fmt.Errorf("reading wasm: %w", err)
	}
	return budget.File{Path: path, Data: data}, nil
}
