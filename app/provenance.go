package app

import (
	"slices"
	"strings"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// QuotesID is the id of the footer's list of what the source says of
// each figure, which every figure's source link leads to.
const QuotesID = "quotes"

// quoted is a sentence of a source, typeset in the source's language and
// between its quotation marks.
func quoted(src *data.Source, s string) string {
	l := locale.Lang(src.Lang)
	return l.Quote(l.Typeset(s))
}

// quoteID is the id of a figure's entry in that list: "quote-aid-direct".
func quoteID(figure string) string { return "quote-" + strings.ReplaceAll(figure, ".", "-") }

// provenance writes, for every figure whose source is quoted, the
// figure's name, the source's own sentence in the source's language, the
// source's name (and address, when the data has it) and the day the facts
// were last checked against it; a key figure's entry leads back to it.
func provenance(m *markup, f *data.Facts, l locale.Lang, s Site) {
	t := f.Texts.Footer
	m.elem("h3", t.Quotes.In(l), "id", QuotesID, "class", "quotes__heading")
	m.open("dl", "class", "quotes")
	for _, fig := range f.Figures {
		src := f.Source(fig.Source)
		if fig.Quote == "" || src == nil {
			continue
		}
		m.elem("dt", fig.Label.In(l)+" · "+fig.Format(l, locale.Short), "id", quoteID(fig.ID))
		m.open("dd")
		quote(m, src, fig.Quote, "")
		m.open("p", "class", "quotes__source").text(src.Name.In(l))
		if src.URL != "" {
			m.text(" · ").elem("a", src.URL, "href", src.URL)
		}
		consulted(m, f, l)
		m.close("p")
		if slices.Contains(f.KeyFigures, fig.ID) {
			m.open("a", "class", "quotes__back", "href", s.Home(l)+"#"+fig.ID)
			m.elem("span", "↩ ", "aria-hidden", "true").text(t.Back.In(l))
			m.close("a")
		}
		m.close("dd")
	}
	m.close("dl")
}

// sourceLink writes the link from a figure, or a chart, to what the
// source says: in the page's footer, or, from an embed, on the full page
// in a new tab.
func sourceLink(m *markup, f *data.Facts, l locale.Lang, s Site, target, class string, embedded bool) {
	if embedded {
		newTabLink(m, f, l, f.Texts.Footer.QuoteLink.In(l), s.Home(l)+"#"+target, class)
		return
	}
	m.elem("a", f.Texts.Footer.QuoteLink.In(l), "class", class, "href", "#"+target)
}

// newTabLink writes a link that opens in a new tab, and says so to a
// screen reader: from an embed or a slide, the full page opens beside
// them.
func newTabLink(m *markup, f *data.Facts, l locale.Lang, text, href, class string) {
	m.open("a", "class", class, "href", href, "target", "_blank", "rel", "noopener")
	m.text(text).elem("span", " "+f.Texts.Embed.NewTab.In(l), "class", "visually-hidden")
	m.close("a")
}

// sourceDate is what a citation says of a source's date: the date the
// document shows; for one that shows none, that it is undated and the day
// it was consulted; else "".
func sourceDate(f *data.Facts, l locale.Lang, s data.Source) string {
	switch {
	case s.Date != "":
		return s.Date
	case s.Undated:
		return f.Texts.Footer.Undated.In(l) + " " + l.Date(f.Updated)
	}
	return ""
}

// quote writes a sentence of a source as a block quote in the source's
// language, with the given class, or none for "".
func quote(m *markup, src *data.Source, s, class string) {
	if class != "" {
		m.open("blockquote", "class", class, "lang", src.Lang)
	} else {
		m.open("blockquote", "lang", src.Lang)
	}
	m.elem("p", quoted(src, s)).close("blockquote")
}

// consulted writes " · Checked on" and the day the facts were checked
// against their sources.
func consulted(m *markup, f *data.Facts, l locale.Lang) {
	m.text(" · " + f.Texts.Footer.Consulted.In(l) + " ")
	updated(m, f, l)
}

// updated writes the day the facts were last checked, as a <time>.
func updated(m *markup, f *data.Facts, l locale.Lang) {
	m.elem("time", l.Date(f.Updated), "datetime", f.Updated.Format("2006-01-02"))
}
