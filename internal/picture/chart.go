package picture

import (
	"errors"
	"fmt"
	"image/color"
	"math"
	"sync"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// ChartWidth is a chart's picture's width in pixels.
const ChartWidth = 1200

// The layout of a chart's picture, in pixels.
const (
	margin   = 60                    // left and right of the content
	content  = ChartWidth - 2*margin // the content's width
	band     = 12                    // the navy band along the top
	top      = band + 48             // from the top to the title
	bottom   = 48                    // under the last line
	gutter   = 16                    // between two tiles
	columns  = 3                     // tiles in a row
	pad      = 20                    // inside a tile
	yearsW   = 200                   // the timeline's column of years
	barH     = 36                    // a bar's thickness
	iconW    = 30                    // a vehicle's width; its height follows its view box
	iconGap  = 4                     // between two vehicles of a group
	groupGap = 28                    // between two groups of vehicles
	rowGap   = 12                    // between two rows of vehicles
)

// The sizes of a chart's text, in pixels.
const (
	titleSize  = 40
	noteSize   = 22
	labelSize  = 24
	amountSize = 28
	totalSize  = 30
	countSize  = 56
	nameSize   = 22
	detailSize = 19
	footSize   = 20
)

// vehicle is the JLTV's icon, as the pictogram draws it.
var vehicle = sync.OnceValues(func() (*Icon, error) { return NewIcon(app.VehicleViewBox, app.VehiclePath) })

// builder lays shapes out from the top down; y is where the next one
// starts. The first error it meets stays in err, and it adds nothing
// after.
type builder struct {
	p     *Picture
	faces faces
	y     int
	err   error
	// width is the content's width, between margins; content when 0.
	width int
	// brief leaves out what a picture too small to read it cannot show:
	// the timeline's moments keep their years and names, in two
	// columns, without their sentences.
	brief bool
}

// contentWidth is the width the content is laid out to.
func (b *builder) contentWidth() int {
	if b.width == 0 {
		return content
	}
	return b.width
}

// rect adds a rectangle.
func (b *builder) rect(x, y, w, h int, c color.RGBA) {
	b.p.shapes = append(b.p.shapes, shape{kind: rectShape, x: x, y: y, w: w, h: h, color: c})
}

// paragraph adds s, wrapped to width, at x from b.y, and moves b.y under
// it.
func (b *builder) paragraph(s string, size int, bold bool, c color.RGBA, x, width int) {
	b.y += b.text(s, size, bold, c, x, b.y, width, "")
}

// text adds s, wrapped to width, with its top at (x, y), as part of the
// given purchase category or none, and returns its height. A character
// the fonts lack is an error.
func (b *builder) text(s string, size int, bold bool, c color.RGBA, x, y, width int, group string) int {
	if b.err != nil {
		return 0
	}
	if err := covered(s, bold); err != nil {
		b.err = &TextError{Text: s, Err: err}
		return 0
	}
	f, err := b.faces.face(size, bold)
	if err != nil {
		b.err = err
		return 0
	}
	lines := wrap(f, s, width)
	if !fits(f, lines, width) {
		b.err = &TextError{Text: s, Err: fmt.Errorf("a word is wider than the %d px it has", width)}
		return 0
	}
	b.p.shapes = append(b.p.shapes, shape{kind: textShape, x: x, y: y, color: c, lines: lines, size: size, lead: lead(size), bold: bold, group: group})
	return len(lines) * lead(size)
}

// height measures s, wrapped to width, without adding it.
func (b *builder) height(s string, size int, bold bool, width int) int {
	f, err := b.faces.face(size, bold)
	if err != nil {
		b.err = err
		return 0
	}
	return len(wrap(f, s, width)) * lead(size)
}

// TextError is a text a picture cannot draw, and why.
type TextError struct {
	// Text is the text as the picture would draw it.
	Text string
	Err  error
}

func (e *TextError) Error() string { return fmt.Sprintf("%q: %v", e.Text, e.Err) }

func (e *TextError) Unwrap() error { return e.Err }

// Check lays out the picture of every chart and the card of link
// previews in every language, without drawing them, and returns every
// text they could not draw: a character the fonts lack, a word wider than
// its column, a title or an amount that does not fit.
func Check(f *data.Facts) error {
	var errs []error
	for _, l := range locale.All {
		for _, s := range chart.All {
			if _, err := New(f, s.ID, l); err != nil {
				errs = append(errs, err)
			}
		}
	}
	return errors.Join(append(errs, CheckCards(f))...)
}

// CheckCards lays out the card of link previews in every language, and
// returns every text it could not draw.
func CheckCards(f *data.Facts) error {
	var errs []error
	for _, l := range locale.All {
		c, err := NewCard(f, l)
		if err == nil {
			_, err = c.Picture()
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// New lays out the chart with the given id in a language, from its
// drawing: its title, the chart with the figures as the page writes them,
// its source line and the day the facts were checked. It fails on a
// character the pictures' font lacks.
func New(f *data.Facts, id string, l locale.Lang) (*Picture, error) {
	s, ok := chart.Lookup(id)
	if !ok {
		return nil, fmt.Errorf("chart picture %q: no such chart", id)
	}
	p := &Picture{Lang: l, Width: ChartWidth}
	b := &builder{p: p, faces: faces{}, y: top}
	b.rect(0, 0, ChartWidth, band, navy)
	if err := b.chart(f, id, l); err != nil {
		return nil, err
	}
	b.y += 40
	b.rect(margin, b.y, content, 2, rule)
	b.y += 20
	b.paragraph(app.SourceLine(f, s, l), footSize, false, muted, margin, content)
	b.y += 4
	b.paragraph(Updated(f, l), footSize, false, muted, margin, content)
	if b.err != nil {
		return nil, fmt.Errorf("chart picture %q in %s: %w", id, l, b.err)
	}
	p.Height = b.y + bottom
	return p, nil
}

// chart lays out, from b.y down and at the builder's width, the chart's
// title, its note and its drawing; the picture takes the title and the
// description as its Title and Alt.
func (b *builder) chart(f *data.Facts, id string, l locale.Lang) error {
	texts, ok := f.Texts.Chart[id]
	if !ok {
		return fmt.Errorf("chart picture %q: no texts", id)
	}
	d, err := chart.Build(id, f, l)
	if err != nil {
		return fmt.Errorf("chart picture in %s: %w", l, err)
	}
	b.p.Title, b.p.Alt = f.Expand(texts.Title, l), f.Expand(texts.Description, l)
	b.paragraph(b.p.Title, titleSize, true, ink, margin, b.contentWidth())
	if texts.Note != nil {
		b.y += 8
		b.paragraph(texts.Note.In(l), noteSize, false, muted, margin, b.contentWidth())
	}
	b.y += 36
	switch d := d.(type) {
	case chart.Bars:
		b.bars(d)
	case chart.Tiles:
		b.tiles(d)
	case chart.Pictogram:
		b.pictogram(d)
	case chart.Timeline:
		b.timeline(d)
	default:
		b.err = fmt.Errorf("no picture for a drawing of type %T", d)
	}
	if b.err != nil {
		return fmt.Errorf("chart picture %q in %s: %w", id, l, b.err)
	}
	return nil
}

// bars draws the bars as the page does: each under its name and its
// amount, from zero, on the scale the drawing gives.
func (b *builder) bars(d chart.Bars) {
	if d.Max <= 0 {
		b.err = fmt.Errorf("bars on a scale of %v", d.Max)
		return
	}
	content := b.contentWidth()
	for i, bar := range d.Bars {
		if i > 0 {
			b.y += 28
		}
		b.paragraph(bar.Name, labelSize, false, ink, margin, content)
		b.paragraph(bar.Amount, amountSize, true, ink, margin, content)
		b.y += 6
		c := series[0]
		if d.ByBar {
			c = series[i%len(series)]
		}
		b.rect(margin, b.y, max(1, int(math.Round(bar.Value/d.Max*float64(content)))), barH, c)
		b.y += barH
	}
}

// tiles draws the purchase categories as equal tiles, each with its name,
// the source's words and what the source leaves unsaid, and never an
// amount; then the total they share.
func (b *builder) tiles(t chart.Tiles) {
	tileW := (b.contentWidth() - (columns-1)*gutter) / columns
	inner := tileW - 2*pad
	for row := 0; row < len(t.Tiles); row += columns {
		cells := t.Tiles[row:min(row+columns, len(t.Tiles))]
		// The row is as tall as its tallest tile.
		height := 0
		for _, c := range cells {
			h := b.height(c.Name, nameSize, true, inner)
			if c.Detail != "" {
				h += 6 + b.height(c.Detail, detailSize, false, inner)
			}
			h += 10 + b.height(t.Unknown, detailSize, false, inner)
			height = max(height, h)
		}
		for i, c := range cells {
			x := margin + i*(tileW+gutter)
			b.rect(x, b.y, tileW, height+2*pad, panel)
			b.p.shapes[len(b.p.shapes)-1].group = c.ID
			y := b.y + pad
			y += b.text(c.Name, nameSize, true, ink, x+pad, y, inner, c.ID)
			if c.Detail != "" {
				y += 6 + b.text(c.Detail, detailSize, false, muted, x+pad, y+6, inner, c.ID)
			}
			b.text(t.Unknown, detailSize, false, muted, x+pad, y+10, inner, c.ID)
		}
		b.y += height + 2*pad + gutter
	}
	b.y += 16
	b.paragraph(t.TotalLine, totalSize, true, navy, margin, b.contentWidth())
}

// pictogram draws the count as the page's key figure writes it, its
// label, and one vehicle per item, in groups, the groups in rows; then the
// key.
func (b *builder) pictogram(p chart.Pictogram) {
	icon, err := vehicle()
	if err != nil {
		b.err = err
		return
	}
	iconH := int(math.Round(float64(iconW * icon.Height / icon.Width)))
	content := b.contentWidth()
	b.paragraph(p.Headline, countSize, true, navy, margin, content)
	b.paragraph(p.Label, labelSize, false, ink, margin, content)
	b.y += 24
	groupW := p.Group*iconW + (p.Group-1)*iconGap
	perRow := max(1, (content+groupGap)/(groupW+groupGap))
	for i, size := range p.Groups() {
		if i > 0 && i%perRow == 0 {
			b.y += iconH + rowGap
		}
		x := margin + (i%perRow)*(groupW+groupGap)
		for j := range size {
			b.p.shapes = append(b.p.shapes, shape{kind: iconShape, icon: icon, x: x + j*(iconW+iconGap), y: b.y, w: iconW, h: iconH, color: navy})
		}
	}
	b.y += iconH + 24
	b.paragraph(p.Key, noteSize, false, muted, margin, content)
}

// timeline lists the moments, oldest first: the years in a column of
// their own, then the event's name and its sentence.
func (b *builder) timeline(t chart.Timeline) {
	content := b.contentWidth()
	if b.brief {
		b.briefTimeline(t, content)
		return
	}
	for i, m := range t.Moments {
		if i > 0 {
			b.y += 18
			b.rect(margin, b.y, content, 1, rule)
			b.y += 18
		}
		start := b.y
		years := m.Years
		if m.Known {
			years += chart.KnownMark
		}
		h := b.text(years, labelSize, true, navy, margin, start, yearsW-24, "")
		b.paragraph(m.Label, labelSize, true, ink, margin+yearsW, content-yearsW)
		b.y += 4
		b.paragraph(m.Text, footSize, false, ink, margin+yearsW, content-yearsW)
		b.y = max(b.y, start+h)
	}
}

// briefTimeline lays the timeline's moments out in two columns, each its
// years and its name under a rule, the first column the longer.
func (b *builder) briefTimeline(t chart.Timeline, content int) {
	const gap = 48
	colW := (content - gap) / 2
	rows := (len(t.Moments) + 1) / 2
	top, bottom := b.y, b.y
	for i, m := range t.Moments {
		col, row := i/rows, i%rows
		if row == 0 {
			b.y = top
		}
		x := margin + col*(colW+gap)
		b.rect(x, b.y, colW, 1, rule)
		b.y += 12
		years := m.Years
		if m.Known {
			years += chart.KnownMark
		}
		start := b.y
		h := b.text(years, labelSize, true, navy, x, start, yearsW-24, "")
		b.paragraph(m.Label, labelSize, true, ink, x+yearsW, colW-yearsW)
		b.y = max(b.y, start+h) + 12
		bottom = max(bottom, b.y)
	}
	b.y = bottom
}
