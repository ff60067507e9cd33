package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// KeyFigures is the grid of headline numbers, in the order the data gives.
// Each number stands with the source's qualifier, on one line and in the
// same weight ("nearly $2.5B"), so that from across a room it never reads
// as exact.
type KeyFigures struct {
	goapp.Compo

	Facts *data.Facts
	Lang  locale.Lang
	Site  Site
	// Alone is the key figures as their page's subject, in an embed: the
	// heading shows, as the page's.
	Alone bool
	// Embedded is the key figures away from the full page (an embed, a
	// slide): their source links open the full page.
	Embedded bool
}

// keyFiguresID is the id of the key figures' section.
const keyFiguresID = "keyfigures"

// Render writes one card per figure; a figure missing from the data is left out.
func (k *KeyFigures) Render() goapp.UI {
	l := k.Lang
	var m markup
	m.open("section", "id", keyFiguresID, "class", "keyfigures", "aria-labelledby", "keyfigures-heading")
	if k.Alone {
		m.elem("h1", k.Facts.Texts.Figures.Heading.In(l), "id", "keyfigures-heading", "class", "keyfigures__heading")
	} else {
		m.elem("h2", k.Facts.Texts.Figures.Heading.In(l), "id", "keyfigures-heading", "class", "visually-hidden")
	}
	k2 := marks{f: k.Facts, l: l, site: k.Site, group: keyFiguresID, embedded: k.Embedded}
	var figs []*data.Figure
	for _, id := range k.Facts.KeyFigures {
		if fig := k.Facts.Figure(id); fig != nil {
			figs = append(figs, fig)
		}
	}
	m.open("ul", "class", "keyfigures__grid", MarksAttr, keyFiguresID)
	for i, fig := range figs {
		m.open("li", "class", "keyfigure", "data-figure", fig.ID)
		// Seen: the short amount over its label. Heard: one sentence, with
		// the amount in full.
		card := k2.cardID(fig.ID)
		k2.open(&m, fig.ID, card, l.Colon(fig.Label.In(l))+" "+fig.Format(l, locale.Long)+", "+k2.position(i, len(figs)), "keyfigure__mark", fig.ID)
		m.elem("span", fig.Headline(l), "class", "keyfigure__value", "aria-hidden", "true")
		m.elem("span", fig.Label.In(l), "class", "keyfigure__label", "aria-hidden", "true")
		m.close("button")
		m.elem("p", periodNote(fig, l)+fig.Covers.In(l), "class", "keyfigure__covers")
		if fig.Quote != "" {
			sourceLink(&m, k.Facts, l, k.Site, quoteID(fig.ID), "keyfigure__source", k.Embedded)
		}
		k2.figureCard(&m, card, fig.ID, fig)
		m.close("li")
	}
	m.close("ul").close("section")
	return goapp.Raw(m.String())
}

// periodNote prefixes a figure's description with its years, when it has some.
func periodNote(fig *data.Figure, l locale.Lang) string {
	if fig.Period.Kind == data.Total {
		return ""
	}
	return l.YearSpan(fig.Period.From, fig.Period.To) + " · "
}
