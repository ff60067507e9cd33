package app

import (
	"strconv"
	"unicode"
	"unicode/utf8"

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
	m.open("ul", "class", "keyfigures__grid "+amountWidth(figs, l), MarksAttr, keyFiguresID)
	for i, fig := range figs {
		m.open("li", "class", "keyfigure", "data-figure", fig.ID)
		// Seen: the short amount over its label. Heard: one sentence, with
		// the amount in full.
		card := k2.cardID(fig.ID)
		k2.open(&m, fig.ID, card, l.Colon(fig.Label.In(l))+" "+fig.Format(l, locale.Long)+", "+k2.position(i, len(figs)), "keyfigure__mark", fig.ID)
		headline(&m, fig.HeadlineParts(l), true)
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

// headline writes a key figure's value: the qualifier on its line, in the
// amount's size and weight, then the amount, which no line breaks inside,
// and its period, which may go to the next line. A value that a mark
// already says in full is hidden from screen readers.
func headline(m *markup, h data.Headline, hidden bool) {
	aria := ""
	if hidden {
		aria = "true"
	}
	m.open("span", "class", "keyfigure__value", "aria-hidden", aria)
	if h.Qualifier != "" {
		m.elem("span", h.Qualifier, "class", "keyfigure__qualifier").text(" ")
	}
	m.elem("span", h.Amount, "class", "keyfigure__amount")
	if h.Per != "" {
		m.raw("<wbr>").elem("span", h.Per, "class", "keyfigure__per")
	}
	m.close("span")
}

// amountWidth is the class that sizes the key figures for the longest
// line among them, in characters: the stylesheet sets all five in one
// size, as large as the longest allows ("more than" in English, "1,14 mld.
// dollar" in Dutch).
func amountWidth(figs []*data.Figure, l locale.Lang) string {
	// The qualifier stands on its own line, in the same size, and counts
	// a fifth more, since letters run wider than digits; so does a
	// capital in the amount ("Mrd. US‑$"). The period, set smaller, may go
	// to the next line.
	longest := 0
	for _, fig := range figs {
		h := fig.HeadlineParts(l)
		longest = max(longest, (utf8.RuneCountInString(h.Qualifier)*6+4)/5, (width(h.Amount)+9)/10)
	}
	for _, w := range amountWidths {
		if longest <= w {
			return "keyfigures__grid--" + strconv.Itoa(w)
		}
	}
	return "keyfigures__grid--" + strconv.Itoa(amountWidths[len(amountWidths)-1])
}

// width is how wide s runs in tenths of a digit's width: a capital
// counts 12, any other character 10.
func width(s string) int {
	n := 0
	for _, r := range s {
		n += 10
		if unicode.IsUpper(r) {
			n += 2
		}
	}
	return n
}

// amountWidths are the widths, in characters, that the stylesheet sizes
// key figures for (.keyfigures__grid--N).
var amountWidths = []int{6, 8, 10, 12, 14, 16, 18}

// periodNote prefixes a figure's description with its years, when it has some.
func periodNote(fig *data.Figure, l locale.Lang) string {
	if fig.Period.Kind == data.Total {
		return ""
	}
	return l.YearSpan(fig.Period.From, fig.Period.To) + " · "
}
