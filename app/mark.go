package app

import (
	"strings"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// The names of the marks and cards that the page's scripts share.
const (
	// MarksAttr marks the element that holds one chart's marks (or the
	// key figures'): one Tab stop, the arrow keys moving between them.
	MarksAttr = "data-marks"
	// MarkClass is a mark: a button that opens its card.
	MarkClass = "chart-mark"
	// FiguresAttr on a mark lists the ids of the figures it shows,
	// separated by spaces: hovering or focusing it lights every mark that
	// shows one of them.
	FiguresAttr = "data-figures"
	// CardClass is a mark's card, a popover.
	CardClass = "chart-card"
	// CardCopyAttr is on a card's button that copies its direct link.
	CardCopyAttr = "data-copy-link"
	// CardStatusClass is where a card says what its copy button did.
	CardStatusClass = "chart-card__status"
)

// marks writes the marks of one chart, or of the key figures, and the
// cards they open. Each mark is a button: a click, a tap, Enter or Space
// opens its card, a native popover, without script; the page's script
// (web/js/marks.js) adds the arrow keys and the lit counterparts, and
// opens the card of the address's fragment.
type marks struct {
	f    *data.Facts
	l    locale.Lang
	site Site
	// group is the chart's id, or keyFiguresID.
	group string
	// embedded marks are away from the full page: their cards offer no
	// embed code and no download, and link to the full page in a new tab.
	embedded bool
}

// markID is a mark's id on the page, and its address's fragment:
// "aid-channels--aid.direct". A key figure's mark is its figure's id.
func (k marks) markID(subject string) string {
	if k.group == keyFiguresID {
		return subject
	}
	return k.group + "--" + subject
}

// cardID is the id of a card of the group.
func (k marks) cardID(subject string) string { return "card--" + k.group + "--" + subject }

// position says which mark of how many one is: "2 of 5".
func (k marks) position(i, count int) string {
	l := k.l
	return l.Number(float64(i+1), 0) + " " + k.f.Texts.Present.Of.In(l) + " " + l.Number(float64(count), 0)
}

// open writes a mark's start tag and what a screen reader hears of it,
// one sentence (spoken), which its name comes from: what the mark shows
// after it is hidden from screen readers, which would hear the short
// forms of the amounts. Every mark is a Tab stop as served, so that a
// keyboard reaches each one without script; the page's script then makes
// the chart one Tab stop, with the arrows between its marks.
func (k marks) open(m *markup, subject, card, spoken, class string, figures ...string) {
	m.open("button", "type", "button", "class", MarkClass+" "+class, "id", k.markID(subject),
		"popovertarget", card, FiguresAttr, strings.Join(figures, " "))
	m.elem("span", spoken, "class", "visually-hidden")
}

// figureCard writes the card of a figure: the figure in words with its
// qualifier and period, what it covers, the source's own sentence and the
// day it was checked, and the card's actions.
func (k marks) figureCard(m *markup, card, subject string, fig *data.Figure) {
	k.openCard(m, card, fig.Label.In(k.l))
	k.figureBlock(m, fig)
	sh := k.shared(subject, fig)
	k.citeBlock(m, subject, sh)
	k.closeCard(m, card, subject, &sh)
}

// citeBlock writes a figure's citation, in a disclosure of its card.
func (k marks) citeBlock(m *markup, subject string, sh shared) {
	origin := ""
	if k.site.PublicURL == "" {
		origin = "page"
	}
	m.open("details", "class", EmbedCodeClass+" chart-card__cite")
	m.elem("summary", k.f.Texts.Share.Cite.In(k.l))
	m.open("div", "class", "embedcode__body")
	citeField(m, k.f, k.l, "cite-"+k.cardID(subject), sh.cite, origin)
	m.close("div").close("details")
}

// shared is what a card passes on of the figure it shows.
func (k marks) shared(subject string, fig *data.Figure) shared {
	return sharedOf(k.f, k.l, k.site, k.f.Texts.Share.Figure, k.markID(subject), fig.Label.In(k.l), k.l.Colon(fig.Label.In(k.l))+" "+fig.Format(k.l, locale.Long))
}

// figureBlock writes a figure as a card shows it.
func (k marks) figureBlock(m *markup, fig *data.Figure) {
	l := k.l
	m.elem("p", fig.Format(l, locale.Long), "class", "chart-card__figure")
	if covers := periodNote(fig, l) + fig.Covers.In(l); covers != "" {
		m.elem("p", covers, "class", "chart-card__covers")
	}
	if src := k.f.Source(fig.Source); src != nil && fig.Quote != "" {
		quote(m, src, fig.Quote, "chart-card__quote")
	}
	k.sourceLine(m, fig.Source)
}

// sourceLine writes the name of a source and the day the facts were
// checked against it.
func (k marks) sourceLine(m *markup, source string) {
	src := k.f.Source(source)
	if src == nil {
		return
	}
	l, t := k.l, k.f.Texts.Footer
	m.open("p", "class", "chart-card__source").text(l.Colon(t.Source.In(l)) + " " + src.Name.In(l))
	consulted(m, k.f, l)
	m.close("p")
}

// openCard writes a card's start and its title.
func (k marks) openCard(m *markup, card, title string) {
	m.open("div", "id", card, "class", CardClass, "popover", "auto", "role", "dialog", "aria-labelledby", card+"-title")
	m.elem("p", title, "class", "chart-card__title", "id", card+"-title")
}

// closeCard writes a card's actions and its close button, and ends it:
// a direct link to the mark on the full page, and a button that copies it
// (shown by the page's script); the share button of a figure's card (sh);
// on the full page, the chart's embed code and its data.
func (k marks) closeCard(m *markup, card, subject string, sh *shared) {
	l, t := k.l, k.f.Texts
	m.open("div", "class", "chart-card__actions")
	link := k.site.Home(l) + "#" + k.markID(subject)
	if k.embedded {
		newTabLink(m, k.f, l, t.Card.Link.In(l), link, "chart-card__action")
	} else {
		m.elem("a", t.Card.Link.In(l), "class", "chart-card__action", "href", link)
	}
	// The copied link is the public address where the server knows it: a
	// reader behind a proxy, or in a frame, copies what others can open.
	m.elem("button", t.Card.Copy.In(l), "type", "button", "class", "chart-card__action chart-card__copy", "hidden", "hidden", CardCopyAttr, k.site.PublicURL+link)
	if sh != nil {
		shareButton(m, k.f, l, *sh, "chart-card__action chart-card__share")
	}
	if !k.embedded {
		embed, data := k.group, k.group
		if k.group == keyFiguresID {
			embed, data = FiguresEmbed, AllData
		}
		m.elem("a", t.Embed.Chart.In(l), "class", "chart-card__action", "href", "#"+embedCodeID(embed))
		m.elem("a", t.Download.Chart.In(l), "class", "chart-card__action", "href", k.site.Link(DataPath(l, data, CSV)), "download", DataFileName(l, data, CSV))
	}
	m.elem("p", "", "class", CardStatusClass, "role", "status", CopiedAttr, t.Card.Copied.In(l), FailedAttr, t.Card.Failed.In(l))
	m.close("div")
	m.open("button", "type", "button", "class", "chart-card__close", "popovertarget", card, "popovertargetaction", "hide", "aria-label", t.Card.Close.In(l)).
		raw(closeIcon).close("button")
	m.close("div")
}

// closeIcon is the cross of a card's close button.
const closeIcon = `<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z"/></svg>`
