package picture

import (
	"fmt"
	"image/color"
	"math"
	"strconv"

	"golang.org/x/image/font"

	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/glyph"
)

// The layout, in pixels.
const (
	margin   = 60                                       // left and right of the content
	content  = Width - 2*margin                         // the content's width
	band     = 12                                       // the navy band along the top
	top      = band + 48                                // from the top to the title
	bottom   = 48                                       // under the last line
	gutter   = 16                                       // between two tiles
	columns  = 3                                        // tiles in a row
	tileW    = (content - (columns-1)*gutter) / columns // a tile's width
	pad      = 20                                       // inside a tile
	yearsW   = 200                                      // the timeline's column of years
	barH     = 36                                       // a bar's thickness
	iconW    = 30                                       // a vehicle's width; its height follows the icon's view box
	iconGap  = 4                                        // between two vehicles of a group
	groupGap = 28                                       // between two groups of vehicles
	rowGap   = 12                                       // between two rows of vehicles
)

// The sizes of text, in pixels.
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

// iconH is a vehicle's height, in the proportions of its view box
// (25 × 12).
const iconH = iconW * 12 / 25

// builder lays shapes out from the top down; y is where the next one
// starts.
type builder struct {
	p     *Picture
	faces map[faceKey]font.Face
	y     int
}

// face is the face of a size and weight.
func (b *builder) face(size int, bold bool) font.Face { return b.faces[faceKey{size, bold}] }

// lead is the distance between the baselines of two lines of text.
func lead(size int) int { return size * 5 / 4 }

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
// given purchase category or none, and returns its height.
func (b *builder) text(s string, size int, bold bool, c color.RGBA, x, y, width int, group string) int {
	lines := wrap(b.face(size, bold), s, width)
	b.p.shapes = append(b.p.shapes, shape{kind: textShape, x: x, y: y, color: c, lines: lines, size: size, lead: lead(size), bold: bold, group: group})
	return len(lines) * lead(size)
}

// bars draws a chart of amounts as the page does: horizontal bars from
// zero on the aid charts' shared scale, each under its name and its amount
// with the source's qualifier ("nearly $2.5B"). A figure per year has one
// bar for each of its years. A "more than" amount is drawn to the amount
// and says "more than": nothing marks it with a length of its own.
func (b *builder) bars(f *data.Facts, s chart.Spec, l locale.Lang) error {
	scale := chart.AidScale(f) * 1e9
	for i, id := range s.Figures {
		fig := f.Figure(id)
		if fig == nil {
			return fmt.Errorf("figure %q is not in the data", id)
		}
		scale = max(scale, fig.Value)
		names := []string{fig.Label.In(l)}
		if fig.Period.Kind == data.PerYear {
			names = nil
			for _, y := range fig.Period.Years() {
				names = append(names, strconv.Itoa(y))
			}
		}
		for _, name := range names {
			b.paragraph(name, labelSize, false, ink, margin, content)
			b.paragraph(fig.Format(l, locale.Short), amountSize, true, ink, margin, content)
			b.y += 6
			w := max(1, int(math.Round(fig.Value/scale*content)))
			b.rect(margin, b.y, w, barH, series[i%len(series)])
			b.y += barH + 28
		}
	}
	b.y -= 28
	return nil
}

// tiles draws the purchase categories as equal tiles, each with its name,
// the source's words and what the source leaves unsaid, and never an
// amount; then the total they share.
func (b *builder) tiles(f *data.Facts, s chart.Spec, t chart.Tiles, l locale.Lang) error {
	if len(s.Figures) != 1 {
		return fmt.Errorf("tiles need the one total they break down, the chart has %d figures", len(s.Figures))
	}
	total := f.Figure(s.Figures[0])
	if total == nil {
		return fmt.Errorf("figure %q is not in the data", s.Figures[0])
	}
	inner := tileW - 2*pad
	for row := 0; row < len(t.Tiles); row += columns {
		cells := t.Tiles[row:min(row+columns, len(t.Tiles))]
		// The row is as tall as its tallest tile.
		height := 0
		for _, c := range cells {
			h := len(wrap(b.face(nameSize, true), c.Name, inner)) * lead(nameSize)
			if c.Detail != "" {
				h += 6 + len(wrap(b.face(detailSize, false), c.Detail, inner))*lead(detailSize)
			}
			h += 10 + len(wrap(b.face(detailSize, false), t.Unknown, inner))*lead(detailSize)
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
	label := total.Label.In(l)
	if total.Period.Kind != data.Total {
		label += ", " + l.YearSpan(total.Period.From, total.Period.To)
	}
	b.paragraph(l.Colon(label)+" "+total.Format(l, locale.Short), totalSize, true, navy, margin, content)
	return nil
}

// pictogram draws the count as the page's key figure writes it, the key,
// and one vehicle per item, in groups, the groups in rows.
func (b *builder) pictogram(f *data.Facts, s chart.Spec, p chart.Pictogram, l locale.Lang) error {
	if len(s.Figures) != 1 {
		return fmt.Errorf("a pictogram needs the one figure it counts, the chart has %d figures", len(s.Figures))
	}
	fig := f.Figure(s.Figures[0])
	if fig == nil {
		return fmt.Errorf("figure %q is not in the data", s.Figures[0])
	}
	b.paragraph(fig.Format(l, locale.Short), countSize, true, navy, margin, content)
	b.paragraph(fig.Label.In(l), labelSize, false, ink, margin, content)
	b.y += 24
	groupW := p.Group*iconW + (p.Group-1)*iconGap
	perRow := max(1, (content+groupGap)/(groupW+groupGap))
	for i, size := range p.Groups() {
		if i > 0 && i%perRow == 0 {
			b.y += iconH + rowGap
		}
		x := margin + (i%perRow)*(groupW+groupGap)
		for j := range size {
			b.p.shapes = append(b.p.shapes, shape{kind: vehicleShape, x: x + j*(iconW+iconGap), y: b.y, w: iconW, h: iconH, color: navy})
		}
	}
	b.y += iconH + 24
	b.paragraph(p.Key, noteSize, false, muted, margin, content)
	return nil
}

// timeline lists the moments, oldest first: the years in a column of
// their own, then the event's name and its sentence.
func (b *builder) timeline(t chart.Timeline) {
	for i, m := range t.Moments {
		if i > 0 {
			b.y += 18
			b.rect(margin, b.y, content, 1, rule)
			b.y += 18
		}
		start := b.y
		h := b.text(m.Years, labelSize, true, navy, margin, start, yearsW-24, "")
		b.paragraph(m.Label, labelSize, true, ink, margin+yearsW, content-yearsW)
		b.y += 4
		b.paragraph(m.Text, footSize, false, ink, margin+yearsW, content-yearsW)
		b.y = max(b.y, start+h)
	}
}

// slack is how much wider than the Go fonts, in percent, a line may be
// set by the fonts an SVG viewer picks from the site's font stack: the
// widest common sans-serif faces (DejaVu Sans, Verdana) run about that
// much wider.
const slack = 118

// wrap breaks s into lines no wider than width, at spaces and after
// hyphens only: a no-break space or hyphen keeps its words together. A
// line broken at a space keeps it at its end, so that the lines put end to
// end are s again. A line is measured with the Go fonts and slack, so that
// it fits in other fonts too. A word wider than width has a line of its
// own.
func wrap(face font.Face, s string, width int) []string {
	var lines []string
	line := ""
	for w, word := range splitSpaces(s) {
		for i, part := range splitHyphens(word) {
			sep := ""
			if w > 0 && i == 0 {
				sep = " "
			}
			if line == "" || font.MeasureString(face, glyph.Drawable(line+sep+part)).Ceil()*slack/100 <= width {
				line += sep + part
				continue
			}
			lines = append(lines, line+sep)
			line = part
		}
	}
	return append(lines, line)
}
