// Command checkdata validates the page's data files on disk and prints every
// problem with its file and line. It exits 1 when there is any.
//
//	go run ./cmd/checkdata [-dir data]
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/be-us/partnership/data"
)

func main() {
	dir := flag.String("dir", "data", "folder holding facts.toml and texts.toml")
	flag.Parse()

	facts, err := data.LoadFS(os.DirFS(*dir), ".")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("data OK: %d figures, %d purchase categories, %d timeline events, %d cooperation areas, %d sources; updated %s\n",
		len(facts.Figures), len(facts.Categories), len(facts.Events), len(facts.Areas), len(facts.Sources), facts.Updated.Format("2006-01-02"))
}
