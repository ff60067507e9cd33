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
	m.open("span", "class", "flags", "aria-hidden", "true").raw(flagBE + flagUS).close("span")
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

// The two flags, drawn in SVG rather than as CSS backgrounds, so that they
// print with the browser's default settings, which leave backgrounds out.
// Both are 3:2; the US flag's canton covers its top seven stripes, without
// stars at this size.
const (
	flagBE = `<svg class="flags__be" viewBox="0 0 3 2" focusable="false"><rect width="1" height="2" fill="#16191f"/><rect x="1" width="1" height="2" fill="#fdda24"/><rect x="2" width="1" height="2" fill="#b31942"/></svg>`
	flagUS = `<svg class="flags__us" viewBox="0 0 39 26" focusable="false"><rect width="39" height="26" fill="#fff"/>` +
		`<path fill="#b31942" d="M0 0h39v2H0zM0 4h39v2H0zM0 8h39v2H0zM0 12h39v2H0zM0 16h39v2H0zM0 20h39v2H0zM0 24h39v2H0z"/>` +
		`<rect width="18" height="14" fill="#0a3161"/></svg>`
)
