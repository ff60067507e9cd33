// Command checkdata checks the page's data files on disk, as an editor
// changes them, before anything else uses them, and prints every problem
// with its file and line: the files' own rules, what the charts need of
// them, and what the pictures the server draws can show (a character the
// fonts lack, a word or an amount too wide). Then it prints every figure
// in every language and form, as readers will meet it, for the editor to
// read over. It exits 1 on any problem, and also when the files written
// from the data for app.wasm (the facts, data/builtin.go, and the charts'
// options, app/chart/builtin.go) are not those of the data files; -write
// rewrites them. It runs from the repository's root.
//
//	go run ./cmd/checkdata [-dir data] [-write] [-quiet]
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/internal/picture"
)

func main() {
	dir := flag.String("dir", "data", "folder holding facts.toml and texts.toml")
	write := flag.Bool("write", false, "rewrite the files written from the data: data/builtin.go and app/chart/builtin.go, which app.wasm holds")
	quiet := flag.Bool("quiet", false, "print problems only, not the figures")
	flag.Parse()
	if err := run(*dir, *write, *quiet); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(dir string, write, quiet bool) error {
	facts, err := data.LoadFS(os.DirFS(dir), ".", chart.Needs()...)
	if err != nil {
		return err
	}
	if err := chart.Check(facts); err != nil {
		return err
	}
	if err := picture.Check(facts); err != nil {
		return locate(dir, err)
	}
	// The files written for the browser: the facts and the charts'
	// options that app.wasm holds, which it can then neither decode nor
	// build, and the names the page's scripts share with the components.
	generated := []struct {
		path     string
		generate func(*data.Facts) ([]byte, error)
	}{
		{filepath.Join(dir, "builtin.go"), data.Generate},
		{filepath.Join("app", "chart", "builtin.go"), chart.GenerateOptions},
		{filepath.Join("web", "js", "names.js"), func(*data.Facts) ([]byte, error) { return app.GenerateScriptNames(), nil }},
	}
	for _, g := range generated {
		src, err := g.generate(facts)
		if err != nil {
			return err
		}
		if write {
			if err := os.WriteFile(g.path, src, 0o644); err != nil {
				return err
			}
		} else if old, err := os.ReadFile(g.path); err != nil || !bytes.Equal(old, src) {
			return fmt.Errorf("%s is not up to date with the data files: run make generate", g.path)
		}
	}
	if !quiet {
		if err := facts.Review(os.Stdout); err != nil {
			return err
		}
	}
	fmt.Printf("data OK: %d figures, %d purchase categories, %d timeline events, %d cooperation areas, %d sources; updated %s\n",
		len(facts.Figures), len(facts.Categories), len(facts.Events), len(facts.Areas), len(facts.Sources), facts.Updated.Format("2006-01-02"))
	return nil
}

// locate puts in front of each text the pictures cannot draw the file
// and line where it stands, when it stands there as it is drawn.
func locate(dir string, err error) error {
	var files [][2]string
	for _, name := range []string{data.FactsFile, data.TextsFile} {
		b, rerr := os.ReadFile(filepath.Join(dir, filepath.Base(name)))
		if rerr == nil {
			files = append(files, [2]string{name, string(b)})
		}
	}
	var out []string
	for _, e := range unjoin(err) {
		var te *picture.TextError
		where := ""
		if errors.As(e, &te) {
			where = find(files, te.Text)
		}
		out = append(out, where+e.Error())
	}
	return errors.New(strings.Join(out, "\n"))
}

// unjoin lists the errors joined in err.
func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// find is "file:line: " of the first line that holds text, typed plainly
// (the page sets its typography itself), or its start or end when the
// text holds a figure the page puts in; "" when none does.
func find(files [][2]string, text string) string {
	plain := strings.NewReplacer("\u00a0", " ", "\u202f", " ", "\u2019", "'", "\u2011", "-").Replace(text)
	runes := []rune(plain)
	tries := []string{plain}
	if len(runes) > 24 {
		tries = append(tries, string(runes[:24]), string(runes[len(runes)-24:]))
	}
	for _, t := range tries {
		for _, f := range files {
			if i := strings.Index(f[1], t); i >= 0 {
				return fmt.Sprintf("%s:%d: ", f[0], strings.Count(f[1][:i], "\n")+1)
			}
		}
	}
	return ""
}
