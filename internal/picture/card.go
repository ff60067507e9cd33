package picture

import (
	"fmt"
	"strings"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// The card's size in pixels: what link previews crop to, 1.91:1.
const (
	CardWidth  = 1200
	CardHeight = 630
)

// The card's layout, in pixels: a navy column with the title, and the
// figures on white beside it.
const (
	column = 520 // the navy column's width
	inset  = 60  // the space around the content of each side
	// The title's largest and smallest sizes; it takes the largest at
	// which it fits its column.
	cardTitleMax, cardTitleMin = 60, 36
	// The amounts' largest and smallest sizes: all take the same, the
	// largest at which the longest fits on one line, its qualifier with
	// it.
	cardAmountMax, cardAmountMin = 60, 34
	cardLabelSize                = 26
	indent                       = 24 // from a figure's red mark to its text
	labelGap                     = 10 // between an amount and its label
)

// Card is what the picture of link previews shows in one language: the
// site's title and the figures of the facts' share_figures, each as the
// page's key figures write it.
type Card struct {
	// Lang is the card's language.
	Lang locale.Lang
	// Title is the site's title, typeset.
	Title string
	// Figures are the figures shown, in order.
	Figures []CardFigure
}

// CardFigure is one figure of a card.
type CardFigure struct {
	// Amount is the figure as a key figure shows it (Figure.Headline).
	Amount string
	// Label says what the number counts.
	Label string
	// Years is the period the number covers ("2020–2024"), or "" for a
	// total to the source's date.
	Years string
	// Spoken is the figure as one sentence with its amount in full, as
	// the page gives it to screen readers.
	Spoken string
}

// NewCard gathers the card of a language from the facts. It fails when a
// figure it names is not in them.
func NewCard(f *data.Facts, l locale.Lang) (Card, error) {
	c := Card{Lang: l, Title: f.Texts.Site.Title.In(l)}
	for _, id := range f.ShareFigures {
		fig := f.Figure(id)
		if fig == nil {
			return Card{}, fmt.Errorf("share picture in %s: figure %q is not in the data", l, id)
		}
		cf := CardFigure{Amount: fig.Headline(l), Label: fig.Label.In(l), Spoken: l.Colon(fig.Label.In(l)) + " " + fig.Format(l, locale.Long)}
		if fig.Period.Kind != data.Total {
			cf.Years = l.YearSpan(fig.Period.From, fig.Period.To)
		}
		c.Figures = append(c.Figures, cf)
	}
	return c, nil
}

// Alt describes the picture for those who do not see it: the title, then
// each figure as a sentence with its years.
func (c Card) Alt() string {
	parts := []string{c.Title}
	for _, fig := range c.Figures {
		s := fig.Spoken
		if fig.Years != "" {
			s += " (" + fig.Years + ")"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ". ") + "."
}

// Picture lays the card out: the title in white on the navy column, under
// a yellow bar; on the right, each figure's amount in navy over its label
// and its years, the figures apart by thin rules. It fails when a text
// holds a character the fonts lack, or does not fit at the smallest size.
func (c Card) Picture() (*Picture, error) {
	p, err := c.layout()
	if err != nil {
		return nil, fmt.Errorf("share picture in %s: %w", c.Lang, err)
	}
	return p, nil
}

func (c Card) layout() (*Picture, error) {
	if len(c.Figures) == 0 {
		return nil, fmt.Errorf("no figure to show")
	}
	p := &Picture{Lang: c.Lang, Title: c.Title, Alt: c.Alt(), Width: CardWidth, Height: CardHeight}
	b := &builder{p: p, faces: faces{}}
	b.rect(0, 0, column, CardHeight, navy)
	b.rect(inset, inset, 96, 12, yellow)

	// The title, at the largest size at which it fits the column below
	// the bar, in the middle of that space.
	top, width, height := inset+12+24, column-2*inset, CardHeight-2*inset-12-24
	size, lines, err := b.fitText(c.Title, true, cardTitleMax, cardTitleMin, width, func(size, n int) bool { return n*lead(size) <= height })
	if err != nil {
		return nil, err
	}
	p.shapes = append(p.shapes, shape{kind: textShape, x: inset, y: top + (height-len(lines)*lead(size))/2, color: page, lines: lines, size: size, lead: lead(size), bold: true})

	// The figures, each in the middle of an equal row, their amounts at
	// one size, the largest at which each fits on one line.
	left := column + inset + indent
	width = CardWidth - left - inset
	amountSize := 0
	for _, fig := range c.Figures {
		s, _, err := b.fitText(fig.Amount, true, cardAmountMax, cardAmountMin, width, func(_, n int) bool { return n == 1 })
		if err != nil {
			return nil, err
		}
		if amountSize == 0 || s < amountSize {
			amountSize = s
		}
	}
	labelFace, err := b.faces.face(cardLabelSize, false)
	if err != nil {
		return nil, err
	}
	row := (CardHeight - 2*inset) / len(c.Figures)
	for i, fig := range c.Figures {
		for _, s := range []string{fig.Label, fig.Years} {
			if err := covered(s, false); err != nil {
				return nil, &TextError{Text: s, Err: err}
			}
		}
		label := wrap(labelFace, fig.Label, width)
		if len(label) > 2 || !fits(labelFace, label, width) {
			return nil, &TextError{Text: fig.Label, Err: fmt.Errorf("it does not fit on two lines of %d px", width)}
		}
		// The years follow the label, muted, on its last line where they
		// fit, else on a line of their own.
		years, yearsLine := "", len(label)
		if fig.Years != "" {
			years = " · " + fig.Years
			if widthOf(labelFace, label[len(label)-1]+years)*slack/100 > width {
				years, yearsLine = fig.Years, len(label)+1
			} else {
				yearsLine = len(label)
			}
		}
		lines := max(len(label), yearsLine)
		top := inset + i*row
		if i > 0 {
			b.rect(column+inset, top-1, CardWidth-column-2*inset, 2, rule)
		}
		y := top + (row-amountSize-labelGap-lines*lead(cardLabelSize))/2
		b.rect(left-indent, y+8, 6, amountSize-8, red)
		p.shapes = append(p.shapes, shape{kind: textShape, x: left, y: y, color: navy, lines: []string{fig.Amount}, size: amountSize, lead: lead(amountSize), bold: true})
		y += amountSize + labelGap
		p.shapes = append(p.shapes, shape{kind: textShape, x: left, y: y, color: ink, lines: label, size: cardLabelSize, lead: lead(cardLabelSize)})
		if years != "" {
			x, yy := left, y+(yearsLine-1)*lead(cardLabelSize)
			if yearsLine == len(label) {
				x += widthOf(labelFace, strings.TrimSuffix(label[len(label)-1], " "))
			}
			p.shapes = append(p.shapes, shape{kind: textShape, x: x, y: yy, color: muted, lines: []string{years}, size: cardLabelSize, lead: lead(cardLabelSize)})
		}
	}
	return p, b.err
}

// fitText is the largest size, from largest down to smallest by two
// pixels, at which s, wrapped to width, fits every line and ok, with its
// lines.
func (b *builder) fitText(s string, bold bool, largest, smallest, width int, ok func(size, lines int) bool) (int, []string, error) {
	if err := covered(s, bold); err != nil {
		return 0, nil, &TextError{Text: s, Err: err}
	}
	for size := largest; size >= smallest; size -= 2 {
		f, err := b.faces.face(size, bold)
		if err != nil {
			return 0, nil, err
		}
		lines := wrap(f, s, width)
		if fits(f, lines, width) && ok(size, len(lines)) {
			return size, lines, nil
		}
	}
	return 0, nil, &TextError{Text: s, Err: fmt.Errorf("it does not fit %d px at %d px", width, smallest)}
}
