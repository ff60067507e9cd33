// Package glyph holds the pictures' font, Liberation Sans, parsed once, and
// what the pictures the server draws (link previews, charts) need of it: a
// text checked against the font before it is drawn, and its spaces made
// plain. Liberation Sans has Arial's widths, a face of the site's font
// stack, so a picture's text is laid out as a browser would set it.
package glyph

import (
	"fmt"
	"strings"
	"sync"
	"unicode"

	"github.com/go-fonts/liberation/liberationsansbold"
	"github.com/go-fonts/liberation/liberationsansregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
)

// Fonts are the pictures' faces, parsed once: Liberation Sans Regular and
// Bold.
var Fonts = sync.OnceValues(func() (Pair, error) {
	regular, err := opentype.Parse(liberationsansregular.TTF)
	if err != nil {
		return Pair{}, fmt.Errorf("reading Liberation Sans Regular: %w", err)
	}
	bold, err := opentype.Parse(liberationsansbold.TTF)
	if err != nil {
		return Pair{}, fmt.Errorf("reading Liberation Sans Bold: %w", err)
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

// Drawable is s as a picture draws it, its lines already set: every kind
// of space a plain one, a no-break hyphen a hyphen, and no word joiner,
// since these only tell a browser where a line may not break.
func Drawable(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\u2060':
			return -1
		case r == '\u2011':
			return '-'
		case unicode.IsSpace(r):
			return ' '
		}
		return r
	}, s)
}
