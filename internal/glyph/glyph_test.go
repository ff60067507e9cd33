package glyph

import (
	"strings"
	"testing"

	"golang.org/x/image/font/sfnt"
)

func TestCovered(t *testing.T) {
	ff, err := Fonts()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		s   string
		bad string // part of the error, or "" for none
	}{
		{"près de 2,5\u00a0milliards de dollars", ""},
		{"Größte Kunde – „Zitat“ « citation »\u202f!", ""},
		{"国", "U+56FD"},
		{"😀", "U+1F600"},
	}
	for name, font := range map[string]*sfnt.Font{"regular": ff.Regular, "bold": ff.Bold} {
		for _, tt := range tests {
			err := Covered(font, tt.s)
			if (err == nil) != (tt.bad == "") || err != nil && !strings.Contains(err.Error(), tt.bad) {
				t.Errorf("%s: Covered(%q) = %v, want an error naming %q", name, tt.s, err, tt.bad)
			}
		}
	}
}

func TestDrawable(t *testing.T) {
	for in, want := range map[string]string{
		"2,5\u00a0Md\u202f$": "2,5 Md $",
		"a\tb\nc":            "a b c",
		"plain":              "plain",
	} {
		if got := Drawable(in); got != want {
			t.Errorf("Drawable(%q) = %q, want %q", in, got, want)
		}
	}
}
