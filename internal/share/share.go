// Package share draws the picture that link previews show of the page, in
// one language: the site's title and a few key figures, each with the
// source's qualifier, as a PNG of the size that Open Graph and Twitter's
// large cards expect. It is drawn in Go with the Go fonts, which the
// program carries: nothing is fetched, and the same data give the same
// bytes.
package share

import (
	"fmt"
	"strings"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// The picture's size in pixels: what link previews crop to, 1.91:1.
const (
	Width  = 1200
	Height = 630
)

// Figures are the ids of the figures the picture shows, in order: the aid
// to Ukraine, the purchases of US equipment and the vehicles among them,
// one for each of the page's stories told in numbers.
var Figures = []string{"aid.direct", "purchases.total", "purchases.jltv"}

// Card is what the picture of one language shows, in the words and number
// formats of the page.
type Card struct {
	// Lang is the card's language.
	Lang locale.Lang
	// Title is the site's title, typeset.
	Title string
	// Figures are the figures shown, in the order of Figures.
	Figures []Figure
}

// Figure is one figure of a card.
type Figure struct {
	// Amount is the number with the source's qualifier, in the short form
	// of the page's key figures: "nearly $2.5B", "322".
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

// New gathers the card of a language from the facts. It fails when one of
// Figures is not in them.
func New(f *data.Facts, l locale.Lang) (Card, error) {
	c := Card{Lang: l, Title: f.Texts.Site.Title.In(l)}
	for _, id := range Figures {
		fig := f.Figure(id)
		if fig == nil {
			return Card{}, fmt.Errorf("share picture in %s: figure %q is not in the data", l, id)
		}
		c.Figures = append(c.Figures, figure(fig, l))
	}
	return c, nil
}

// figure writes one figure as the page's key figures do: the qualifier
// before the short amount, and a count of vehicles as a bare number over
// its label.
func figure(fig *data.Figure, l locale.Lang) Figure {
	amount := l.Amount(fig.Quantity(), locale.Short)
	if fig.Unit == locale.Vehicles {
		amount = l.Number(fig.Value, 0)
	}
	if q := l.QualifierWord(fig.Qualifier); q != "" {
		amount = q + " " + amount
	}
	out := Figure{
		Amount: amount,
		Label:  fig.Label.In(l),
		Spoken: l.Colon(fig.Label.In(l)) + " " + fig.Format(l, locale.Long),
	}
	if fig.Period.Kind != data.Total {
		out.Years = l.YearSpan(fig.Period.From, fig.Period.To)
	}
	return out
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
