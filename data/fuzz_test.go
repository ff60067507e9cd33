//go:build !wasm

package data

import (
	"os"
	"testing"
)

// FuzzParse feeds arbitrary bytes as either file: Parse must return valid
// facts or an error, never panic and never both.
func FuzzParse(f *testing.F) {
	facts, err := os.ReadFile(fixtureDir + "/facts.toml")
	if err != nil {
		f.Fatal(err)
	}
	texts, err := os.ReadFile(fixtureDir + "/texts.toml")
	if err != nil {
		f.Fatal(err)
	}
	// Small seeds, which the fuzzer can change quickly, and the fixture.
	f.Add([]byte("updated = 2030-01-01\nkey_figures = [\"a\"]\n[[figure]]\nid = \"a\"\nvalue = 1\nunit = \"USD\"\n"), []byte("[site]\ntitle = { fr = \"t\" }\n"))
	f.Add([]byte("[[category]]\nid = \"c\"\nlabel = { fr = \"x\", nl = \"x\", de = \"x\", en = \"x\" }\n"), []byte(""))
	f.Add(facts, texts)
	f.Fuzz(func(t *testing.T, factsSrc, textsSrc []byte) {
		got, err := Parse(factsSrc, textsSrc)
		if (got == nil) == (err == nil) {
			t.Fatalf("Parse() = %v, %v: want exactly one of facts and error", got != nil, err)
		}
		if got != nil && len(got.Figures) > 0 && got.Figure(got.Figures[0].ID) == nil {
			t.Fatalf("valid facts without their figure index")
		}
	})
}
