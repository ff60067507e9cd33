// Package picture draws each chart of the registry as a picture to
// download, in each language: its title, the chart itself with the
// figures as the page writes them (the source's qualifier included), its
// source line and the day the facts were checked, in the site's light
// theme, 1200 px wide and as tall as the content needs.
//
// One layout, measured with the Go fonts, gives both formats: SVG, whose
// text stays text in the site's font family, and PNG, drawn with the Go
// fonts, which the program carries. The server makes every file once,
// when it starts; app.wasm never holds this package.
package picture

import (
	"fmt"
	"image/color"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// Width is every picture's width in pixels.
const Width = 1200

// The site's light palette, from the stylesheet's :root.
var (
	ink   = color.RGBA{0x16, 0x19, 0x1F, 0xFF}
	muted = color.RGBA{0x4A, 0x52, 0x61, 0xFF}
	navy  = color.RGBA{0x0A, 0x31, 0x61, 0xFF}
	red   = color.RGBA{0xB3, 0x19, 0x42, 0xFF}
	grey  = color.RGBA{0x6B, 0x72, 0x80, 0xFF}
	page  = color.RGBA{0xFF, 0xFF, 0xFF, 0xFF}
	panel = color.RGBA{0xF7, 0xF5, 0xF0, 0xFF}
	rule  = color.RGBA{0xD9, 0xDC, 0xE1, 0xFF}
)

// series are the colours of a chart's series, in order, as the chart
// runtime gives them to ECharts (--chart-1, --chart-2, --chart-3).
var series = []color.RGBA{navy, red, grey}

// Picture is one chart laid out in one language, ready to be written in
// either format.
type Picture struct {
	// Lang is the picture's language.
	Lang locale.Lang
	// Title is the chart's title, which also names the SVG picture.
	Title string
	// Height is the picture's height in pixels.
	Height int
	shapes []shape
}

// Kinds of shape.
const (
	rectShape = iota
	textShape
	vehicleShape
)

// shape is one thing drawn: a rectangle, a paragraph of lines of text, or
// a vehicle icon, in a box whose top-left corner is (x, y).
type shape struct {
	kind       int
	x, y, w, h int
	color      color.RGBA
	// A paragraph's lines, their size in pixels, weight and distance
	// from one baseline to the next; y is the first line's top.
	lines      []string
	size, lead int
	bold       bool
	// group names the purchase category the shape belongs to, if any.
	group string
}

// New lays out the chart with the given id in a language, from the facts.
func New(f *data.Facts, id string, l locale.Lang) (*Picture, error) {
	s, ok := chart.Lookup(id)
	if !ok {
		return nil, fmt.Errorf("chart picture %q: no such chart", id)
	}
	texts, ok := f.Texts.Chart[id]
	if !ok {
		return nil, fmt.Errorf("chart picture %q: no texts", id)
	}
	d, err := chart.Build(id, f, l)
	if err != nil {
		return nil, fmt.Errorf("chart picture in %s: %w", l, err)
	}
	faces, err := faceSet()
	if err != nil {
		return nil, fmt.Errorf("chart picture %q in %s: %w", id, l, err)
	}
	p := &Picture{Lang: l, Title: f.Expand(texts.Title, l)}
	b := &builder{p: p, faces: faces, y: top}
	b.rect(0, 0, Width, band, navy)
	b.paragraph(p.Title, titleSize, true, ink, margin, content)
	if texts.Note != nil {
		b.y += 8
		b.paragraph(texts.Note.In(l), noteSize, false, muted, margin, content)
	}
	b.y += 36
	switch d := d.(type) {
	case chart.Option:
		err = b.bars(f, s, l)
	case chart.Tiles:
		err = b.tiles(f, s, d, l)
	case chart.Pictogram:
		err = b.pictogram(f, s, d, l)
	case chart.Timeline:
		b.timeline(d)
	default:
		err = fmt.Errorf("no picture for a drawing of type %T", d)
	}
	if err != nil {
		return nil, fmt.Errorf("chart picture %q in %s: %w", id, l, err)
	}
	b.y += 40
	b.rect(margin, b.y, content, 2, rule)
	b.y += 20
	b.paragraph(app.SourceLine(f, s, l), footSize, false, muted, margin, content)
	b.y += 4
	b.paragraph(Updated(f, l), footSize, false, muted, margin, content)
	p.Height = b.y + bottom
	return p, nil
}

// Updated is the day the facts were checked, as the page's footer writes
// it: "Mise à jour : 27 novembre 2026".
func Updated(f *data.Facts, l locale.Lang) string {
	return l.Colon(f.Texts.Footer.Updated.In(l)) + " " + l.Date(f.Updated)
}
