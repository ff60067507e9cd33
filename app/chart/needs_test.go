//go:build !wasm

package chart

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/be-us/partnership/data"
)

// TestNeedsFailValidation renames a figure in the data files the way an
// editor would: validation, given the charts' needs, reports it with its
// file instead of letting the page fail when it is built.
func TestNeedsFailValidation(t *testing.T) {
	factsSrc, err := os.ReadFile("../../data/facts.toml")
	if err != nil {
		t.Fatal(err)
	}
	textsSrc, err := os.ReadFile("../../data/texts.toml")
	if err != nil {
		t.Fatal(err)
	}
	renamed := bytes.ReplaceAll(factsSrc, []byte(`"aid.multilateral"`), []byte(`"aid.eu-nato"`))
	textsRenamed := bytes.ReplaceAll(textsSrc, []byte(`{aid.multilateral`), []byte(`{aid.eu-nato`))
	if _, err := data.Parse(renamed, textsRenamed); err != nil {
		t.Fatalf("the renamed files alone should be valid: %v", err)
	}
	_, err = data.Parse(renamed, textsRenamed, Needs()...)
	want := `data/facts.toml: chart "aid-channels": needs figure "aid.multilateral"`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Parse with the charts' needs = %v, want %q", err, want)
	}
}
