package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// Header is the page's masthead: title, lead, language switcher and a link
// to the sources.
type Header struct {
	goapp.Compo

	Facts *data.Facts
	Lang  locale.Lang
	Site  Site
}

// Render draws the masthead with the two flags' colours as a band. Its
// links are plain links, which go-app follows without a page load.
func (h *Header) Render() goapp.UI {
	t, l := h.Facts.Texts.Site, h.Lang
	var m markup
	m.open("header", "class", "masthead")
	m.open("div", "class", "masthead__bar")
	m.open("span", "class", "flags", "aria-hidden", "true").elem("span", "", "class", "flags__be").elem("span", "", "class", "flags__us").close("span")
	m.open("div", "class", "masthead__tools")
	switcher(&m, l, t.Language.In(l), h.Site.Home)
	themeToggle(&m, h.Facts, l, "masthead__theme")
	m.close("div").close("div")
	m.open("div", "class", "masthead__text")
	// The heading takes the focus after a language switch (announceSwitch).
	m.elem("h1", t.Title.In(l), "tabindex", "-1")
	m.elem("p", t.Lead.In(l), "class", "lead")
	// The same link on every page: the 404 page and the statement have
	// no sources of their own.
	m.elem("a", t.Sources.In(l), "class", "masthead__sources", "href", h.Site.Home(l)+"#sources")
	m.close("div").close("header")
	return goapp.Raw(m.String())
}
