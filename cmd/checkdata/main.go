// Command checkdata validates the page's data files on disk, against what
// the charts need of them, and prints every problem with its file and line;
// then it builds every chart in every language. It exits 1 when there is any, and also
// when the facts compiled into app.wasm (data/builtin.go) are not those of
// the files; -write rewrites that file from them.
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
	write := flag.Bool("write", false, "rewrite builtin.go, the facts compiled into app.wasm")
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
	src, err := data.Generate(facts)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	builtin := filepath.Join(*dir, "builtin.go")
	if *write {
		if err := os.WriteFile(builtin, src, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	} else if old, err := os.ReadFile(builtin); err != nil || !bytes.Equal(old, src) {
		fmt.Fprintf(os.Stderr, "%s is not up to date with the data files: run make generate\n", builtin)
		os.Exit(1)
	}
	fmt.Printf("data OK: %d figures, %d purchase categories, %d timeline events, %d cooperation areas, %d sources; updated %s\n",
		len(facts.Figures), len(facts.Categories), len(facts.Events), len(facts.Areas), len(facts.Sources), facts.Updated.Format("2006-01-02"))
}
