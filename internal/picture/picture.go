// Package picture draws the site's pictures in Go, with the pictures' font,
// from the same models as the page: each chart of the registry from its
// drawing (chart.Build), to download, 1200 px wide and as tall as it
// needs, and the card that link previews show, 1200 × 630, from the key
// figures as the page writes them (data.Figure.Headline). Every picture
// is in the site's light theme, and says its source and the day the facts
// were checked.
//
// One layout of shapes gives both formats: SVG, whose text stays text in
// the site's font family, and PNG, in indexed colours. Nothing is fetched,
// and the same data give the same bytes. app.wasm never holds this
// package.
package picture

import (
	"image/color"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// Picture is one picture laid out in one language, ready to be written in
// either format.
type Picture struct {
	// Lang is the picture's language.
	Lang locale.Lang
	// Title names the picture: the SVG's <title>.
	Title string
	// Alt describes the picture to those who do not see it.
	Alt string
	// Width and Height are the picture's size in pixels.
	Width, Height int
	shapes        []shape
}

// Kinds of shape.
const (
	rectShape = iota
	textShape
	iconShape
)

// shape is one thing drawn: a rectangle, a paragraph of lines of text, or
// an icon, in a box whose top-left corner is (x, y).
type shape struct {
	kind       int
	x, y, w, h int
	color      color.RGBA
	// A paragraph's lines, their size in pixels, weight and distance
	// from one baseline to the next; y is the first line's top.
	lines      []string
	size, lead int
	bold       bool
	// icon is an icon shape's drawing.
	icon *Icon
	// group names the purchase category the shape belongs to, if any.
	group string
}

// baseline is the y of a paragraph's line's baseline.
func (s shape) baseline(line int) int { return s.y + line*s.lead + s.size }

// Updated is the day the facts were checked, as the page's footer writes
// it: "Mise à jour : 27 novembre 2026".
func Updated(f *data.Facts, l locale.Lang) string {
	return l.Colon(f.Texts.Footer.Updated.In(l)) + " " + l.Date(f.Updated)
}
