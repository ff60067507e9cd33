package picture

import (
	"errors"
	"fmt"
	"image/color"
	"math"
	"strings"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// The kit's layout, in pixels at a scale of one (a side of 1080): the
// navy header with the site's title under a yellow bar, the picture's
// subject, and the footer with its sources, the day they were checked
// and, on the whole infographic's picture, the page's address.
const (
	kitPad          = 72  // around the content
	kitBar          = 12  // the yellow bar's thickness
	kitSiteMax      = 36  // the site's title, largest size
	kitSiteMin      = 24  // and smallest
	kitFootSize     = 24  // the footer's lines
	kitAmountMax    = 200 // a key figure's amount, largest size
	kitAmountMin    = 56  // and smallest
	kitLabelSize    = 48  // a key figure's label
	kitYearsSize    = 40  // a key figure's years
	kitListMax      = 64  // the amounts of the whole infographic, largest size
	kitListMin      = 28  // and smallest
	kitListLabel    = 28  // their labels
	kitMark         = 8   // the red mark's width beside an amount
	kitChartMaxZoom = 1.3 // how much a chart may grow from its own picture's size
)

// KitPicture lays out one picture of the social-media kit in a size: the
// item's key figure as the page writes it, with its qualifier, label and
// years; or its chart as its own picture draws it, laid out anew to fill
// the size; or, for the whole infographic, every key figure and the
// page's address, when address is not "". Each has the site's title
// above, and its sources and the day they were checked below. It fails
// when a text holds a character the fonts lack, or does not fit.
func KitPicture(f *data.Facts, it app.KitItem, l locale.Lang, size app.KitSize, address string) (*Picture, error) {
	p := &Picture{Lang: l, Title: it.Title, Alt: it.Alt, Width: size.Width, Height: size.Height}
	b := &builder{p: p, faces: faces{}}
	k := &kit{b: b, f: f, l: l, u: max(0.75, float64(min(size.Width, size.Height))/1080)}
	x, y, w, h := k.frame(it, address)
	switch {
	case b.err != nil:
	case it.Figure != "":
		k.figure(it.Figure, x, y, w, h)
	case it.Chart != "":
		k.chart(it.Chart, x, y, w, h)
	default:
		k.figures(x, y, w, h)
	}
	if b.err != nil {
		return nil, fmt.Errorf("kit picture %s %s in %s: %w", it.Name, size, l, b.err)
	}
	return p, nil
}

// kit lays out a picture of the kit at a scale u.
type kit struct {
	b *builder
	f *data.Facts
	l locale.Lang
	u float64
}

// px is a length of the layout at the picture's scale.
func (k *kit) px(n int) int { return int(math.Round(float64(n) * k.u)) }

// frame draws the header and the footer and returns the box left between
// them.
func (k *kit) frame(it app.KitItem, address string) (x, y, w, h int) {
	b, l, p := k.b, k.l, k.b.p
	pad := k.px(kitPad)
	w = p.Width - 2*pad
	// The header: the yellow bar, then the site's title in white, on navy.
	top := pad * 2 / 3
	title := k.f.Texts.Site.Title.In(l)
	size, lines, err := b.fitText(title, true, k.px(kitSiteMax), k.px(kitSiteMin), w, func(_, n int) bool { return n <= 2 })
	if err != nil {
		b.err = err
		return
	}
	header := top + k.px(kitBar) + k.px(20) + len(lines)*lead(size) + pad/2
	b.rect(0, 0, p.Width, header, navy)
	b.rect(pad, top, k.px(96), k.px(kitBar), yellow)
	p.shapes = append(p.shapes, shape{kind: textShape, x: pad, y: top + k.px(kitBar) + k.px(20), color: page, lines: lines, size: size, lead: lead(size), bold: true})

	// The footer, from the bottom up: the address, the day, the sources.
	foot := k.px(kitFootSize)
	type line struct {
		s     string
		bold  bool
		color color.RGBA
	}
	footer := []line{{app.SourcesLine(k.f, it.Sources, l), false, muted}, {Updated(k.f, l), false, muted}}
	if address != "" {
		footer = append(footer, line{address, true, navy})
	}
	height := 0
	for _, ln := range footer {
		height += b.height(ln.s, foot, ln.bold, w)
	}
	b.y = p.Height - pad - height
	b.rect(pad, b.y-k.px(24), w, 2, rule)
	for _, ln := range footer {
		b.paragraph(ln.s, foot, ln.bold, ln.color, pad, w)
	}
	y = header + pad*2/3
	return pad, y, w, p.Height - pad - height - k.px(24) - pad*2/3 - y
}

// figure lays a key figure out in the middle of the box: its qualifier
// on its own line over its amount, in the same size, weight and colour,
// as the page's key figures set them, as large as the box allows; a red
// mark beside them; its label and its years under them.
func (k *kit) figure(id string, x, y, w, h int) {
	b, l := k.b, k.l
	fig := k.f.Figure(id)
	if fig == nil {
		b.err = fmt.Errorf("figure %q is not in the data", id)
		return
	}
	parts := fig.HeadlineParts(l)
	var lines []string
	if parts.Qualifier != "" {
		lines = append(lines, parts.Qualifier)
	}
	lines = append(lines, parts.Amount+parts.Per)
	indent := k.px(kitMark) + k.px(28)
	labelSize, yearsSize := k.px(kitLabelSize), k.px(kitYearsSize)
	below := k.px(20) + b.height(fig.Label.In(l), labelSize, false, w-indent)
	years := ""
	if fig.Period.Kind != data.Total {
		years = l.YearSpan(fig.Period.From, fig.Period.To)
		below += k.px(8) + b.height(years, yearsSize, false, w-indent)
	}
	size, _, err := b.fitText(strings.Join(lines, " "), true, k.px(kitAmountMax), k.px(kitAmountMin), w-indent, func(size, _ int) bool {
		f, err := b.faces.face(size, true)
		return err == nil && fits(f, lines, w-indent) && len(lines)*lead(size)+below <= h
	})
	if err != nil {
		b.err = err
		return
	}
	b.y = y + (h-len(lines)*lead(size)-below)/2
	b.rect(x, b.y+size/5, k.px(kitMark), len(lines)*lead(size)-size/5, red)
	b.p.shapes = append(b.p.shapes, shape{kind: textShape, x: x + indent, y: b.y, color: navy, lines: lines, size: size, lead: lead(size), bold: true})
	b.y += len(lines)*lead(size) + k.px(20)
	b.paragraph(fig.Label.In(l), labelSize, false, ink, x+indent, w-indent)
	if years != "" {
		b.y += k.px(8)
		b.paragraph(years, yearsSize, false, muted, x+indent, w-indent)
	}
}

// figures lays the key figures out in the box, in one column, or two on
// a landscape picture: each amount over its label and years, the amounts
// in one size, the largest at which each fits on one line.
func (k *kit) figures(x, y, w, h int) {
	b, l, f := k.b, k.l, k.f
	var figs []*data.Figure
	for _, id := range f.KeyFigures {
		if fig := f.Figure(id); fig != nil {
			figs = append(figs, fig)
		}
	}
	if len(figs) == 0 {
		b.err = fmt.Errorf("no key figure to show")
		return
	}
	cols := 1
	if b.p.Width > b.p.Height {
		cols = 2
	}
	rows := (len(figs) + cols - 1) / cols
	gap := k.px(kitPad)
	colW := (w - (cols-1)*gap) / cols
	indent := k.px(kitMark) + k.px(20)
	labelSize := k.px(kitListLabel)
	label := func(fig *data.Figure) string {
		s := fig.Label.In(l)
		if fig.Period.Kind != data.Total {
			s += " · " + l.YearSpan(fig.Period.From, fig.Period.To)
		}
		return s
	}
	tallest := 0
	for _, fig := range figs {
		tallest = max(tallest, b.height(label(fig), labelSize, false, colW-indent))
	}
	row := h / rows
	size := 0
	for _, fig := range figs {
		s, _, err := b.fitText(fig.Headline(l), true, k.px(kitListMax), k.px(kitListMin), colW-indent, func(size, n int) bool {
			return n == 1 && lead(size)+k.px(6)+tallest <= row
		})
		if err != nil {
			b.err = err
			return
		}
		if size == 0 || s < size {
			size = s
		}
	}
	for i, fig := range figs {
		cx := x + (i/rows)*(colW+gap)
		b.y = y + (i%rows)*row + (row-lead(size)-k.px(6)-tallest)/2
		b.rect(cx, b.y+size/5, k.px(kitMark), lead(size)-size/5, red)
		b.p.shapes = append(b.p.shapes, shape{kind: textShape, x: cx + indent, y: b.y, color: navy, lines: []string{fig.Headline(l)}, size: size, lead: lead(size), bold: true})
		b.y += lead(size) + k.px(6)
		b.paragraph(label(fig), labelSize, false, ink, cx+indent, colW-indent)
	}
}

// chart lays the chart's title, note and drawing out in the box, as its
// own picture does, at the content width that lets them fill the box the
// most, scaled to fit, in the box's middle.
func (k *kit) chart(id string, x, y, w, h int) {
	var best *builder
	bestZoom, bestWidth := 0.0, 0
	for width := w * 7 / 10; width <= w*3; width = width * 108 / 100 {
		cb := &builder{p: &Picture{Lang: k.l}, faces: k.b.faces, width: width, brief: true}
		if err := cb.chart(k.f, id, k.l); err != nil {
			// Too narrow for a word: a wider width may do.
			var text *TextError
			if errors.As(err, &text) && width < w*3*100/108 {
				continue
			}
			if best == nil {
				k.b.err = err
				return
			}
			break
		}
		zoom := min(float64(w)/float64(width), float64(h)/float64(cb.y), kitChartMaxZoom)
		if zoom > bestZoom {
			best, bestZoom, bestWidth = cb, zoom, width
		}
	}
	dx := x + int(math.Round((float64(w)-float64(bestWidth)*bestZoom)/2))
	dy := y + int(math.Round((float64(h)-float64(best.y)*bestZoom)/2))
	for _, s := range best.p.shapes {
		k.b.p.shapes = append(k.b.p.shapes, s.scaled(bestZoom, dx-int(math.Round(margin*bestZoom)), dy))
	}
}

// scaled is the shape drawn k times as large, then moved by (dx, dy).
func (s shape) scaled(k float64, dx, dy int) shape {
	at := func(n int) int { return int(math.Round(float64(n) * k)) }
	s.x, s.y = dx+at(s.x), dy+at(s.y)
	s.w, s.h = max(at(s.w), min(s.w, 1)), max(at(s.h), min(s.h, 1))
	if s.kind == textShape {
		s.size, s.lead = max(1, at(s.size)), max(1, at(s.lead))
	}
	return s
}
