// Command checkdata validates the page's data files on disk, against what
// the charts need of them, and prints every problem with its file and line;
// then it builds every chart in every language. It exits 1 when there is
// any, and also when the files written from the data for app.wasm (the
// facts, data/builtin.go, and the charts' options, app/chart/builtin.go)
// are not those of the data files; -write rewrites them. It runs from the
// repository's root.
//
//	go run ./cmd/checkdata [-dir data] [-write]
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
)

func main() {
	dir := flag.String("dir", "data", "folder holding facts.toml and texts.toml")
	write := flag.Bool("write", false, "rewrite the files written from the data: data/builtin.go and app/chart/builtin.go, which app.wasm holds")
	flag.Parse()

	facts, err := data.LoadFS(os.DirFS(*dir), ".", chart.Needs()...)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := chart.Check(facts); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// The files written from the data: the facts and the charts'
	// options that app.wasm holds, which it can then neither decode nor
	// build.
	generated := []struct {
		path     string
		generate func(*data.Facts) ([]byte, error)
	}{
		{filepath.Join(*dir, "builtin.go"), data.Generate},
		{filepath.Join("app", "chart", "builtin.go"), chart.GenerateOptions},
	}
	for _, g := range generated {
		src, err := g.generate(facts)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		if *write {
			if err := os.WriteFile(g.path, src, 0o644); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
		} else if old, err := os.ReadFile(g.path); err != nil || !bytes.Equal(old, src) {
			fmt.Fprintf(os.Stderr, "%s is not up to date with the data files: run make generate\n", g.path)
			os.Exit(1)
		}
	}
	fmt.Printf("data OK: %d figures, %d purchase categories, %d timeline events, %d cooperation areas, %d sources; updated %s\n",
		len(facts.Figures), len(facts.Categories), len(facts.Events), len(facts.Areas), len(facts.Sources), facts.Updated.Format("2006-01-02"))
}
