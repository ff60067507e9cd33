// Package glyph holds the Go fonts, parsed once, and what the pictures the
// server draws (link previews, charts) need of them: a text checked
// against a font before it is drawn, and its spaces made plain.
package glyph

import (
	"fmt"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
)

// Fonts are the Go fonts, parsed once: Go Regular and Go Bold.
var Fonts = sync.OnceValues(func() (Pair, error) {
	regular, err := opentype.Parse(goregular.TTF)
	if err != nil {
		return Pair{}, fmt.Errorf("reading Go Regular: %w", err)
	}
	bold, err := opentype.Parse(gobold.TTF)
	if err != nil {
		return Pair{}, fmt.Errorf("reading Go Bold: %w", err)
	}
	return Pair{Regular: regular, Bold: bold}, nil
})

// Pair is a regular and a bold face of one family.
type Pair struct{ Regular, Bold *sfnt.Font }

// Covered reports an error naming the first character of s that f lacks,
// spaces aside, which Drawable makes plain.
func Covered(f *sfnt.Font, s string) error {
	var buf sfnt.Buffer
	for _, r := range Drawable(s) {
		i, err := f.GlyphIndex(&buf, r)
		if err != nil {
			return fmt.Errorf("looking up %q: %w", r, err)
		}
		if i == 0 {
			return fmt.Errorf("the font has no %q (U+%04X), in %q", r, r, s)
		}
	}
	return nil
}

// Drawable is s with every kind of space as a plain one: the Go fonts
// lack the narrow no-break space, and a space looks the same once the
// lines are set.
func Drawable(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, s)
}
