//go:build !wasm

package chart

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/be-us/partnership/data"
)

// lineOf is the line, as text, at which s first stands in src.
func lineOf(src []byte, s string) string {
	return strconv.Itoa(bytes.Count(src[:bytes.Index(src, []byte(s))], []byte("\n")) + 1)
}

// TestNeedsFailValidation renames a figure in the data files the way an
// editor would: validation, given the charts' needs, reports it with its
// file instead of letting the page fail when it is built.
func TestNeedsFailValidation(t *testing.T) {
	factsSrc, err := os.ReadFile("../../data/fixture/testdata/facts.toml")
	if err != nil {
		t.Fatal(err)
	}
	textsSrc, err := os.ReadFile("../../data/fixture/testdata/texts.toml")
	if err != nil {
		t.Fatal(err)
	}
	renamed := bytes.ReplaceAll(factsSrc, []byte(`"aid.multilateral"`), []byte(`"aid.eu-nato"`))
	textsRenamed := bytes.ReplaceAll(textsSrc, []byte(`{aid.multilateral`), []byte(`{aid.eu-nato`))
	if _, err := data.Parse(renamed, textsRenamed); err != nil {
		t.Fatalf("the renamed files alone should be valid: %v", err)
	}
	_, err = data.Parse(renamed, textsRenamed, Needs()...)
	want := `data/texts.toml:` + lineOf(textsRenamed, `title = { fr = "chart.aid-channels.title`) + `: chart "aid-channels": the chart draws figure "aid.multilateral", which is not in data/facts.toml`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Parse with the charts' needs = %v, want %q", err, want)
	}
}
