//go:build !wasm

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// EmbedBar closes an embedded page: a discreet source line when the page
// has none of its own, the languages of the whole infographic's embed,
// and the link to the full page, which opens in a new tab. A chart's or
// the key figures' embed has no language links: an article holding three
// embeds would show three rows of them, and its embed code already chose
// the article's language; the full page has them all.
type EmbedBar struct {
	goapp.Compo

	// ID is the embed's: "", FiguresEmbed or a chart's id.
	ID    string
	Facts *data.Facts
	Lang  locale.Lang
	Site  Site
	// Sources are the ids of the sources to name; none when the page
	// names its own.
	Sources []string
}

// Render writes the bar.
func (b *EmbedBar) Render() goapp.UI {
	f, l := b.Facts, b.Lang
	var m markup
	m.open("footer", "class", "embedbar")
	if len(b.Sources) > 0 {
		m.elem("p", SourcesLine(f, b.Sources, l), "class", "embedbar__source")
	}
	m.open("div", "class", "embedbar__row")
	if b.ID == "" {
		switcher(&m, l, f.Texts.Site.Language.In(l), func(l locale.Lang) string { return b.Site.Link(EmbedPath(l, b.ID)) })
	}
	m.open("a", "class", "embedbar__open", "href", b.Site.Home(l)+fullPageAnchor(b.ID), "target", "_blank", "rel", "noopener")
	m.text(f.Texts.Embed.Open.In(l)).elem("span", " "+f.Texts.Embed.NewTab.In(l), "class", "visually-hidden").raw(newTabIcon)
	m.close("a").close("div").close("footer")
	return goapp.Raw(m.String())
}

// fullPageAnchor is where, on the full page, what an embed shows is.
func fullPageAnchor(id string) string {
	switch id {
	case "":
		return ""
	case FiguresEmbed:
		return "#" + keyFiguresID
	}
	return "#" + chartAnchor(id)
}

// newTabIcon is the arrow out of a box that marks a link to a new tab.
const newTabIcon = `<svg class="embedbar__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M14 3h7v7h-2V6.4l-8.3 8.3-1.4-1.4L17.6 5H14zM5 5h6v2H5v12h12v-6h2v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z"/></svg>`
