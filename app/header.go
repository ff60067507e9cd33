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
}

// Render draws the masthead with the two flags' colours as a band.
func (h *Header) Render() goapp.UI {
	t := h.Facts.Texts.Site
	return goapp.Header().Class("masthead").Body(
		goapp.Div().Class("masthead__bar").Body(
			goapp.Span().Class("flags").Aria("hidden", "true").Body(
				goapp.Span().Class("flags__be"),
				goapp.Span().Class("flags__us"),
			),
			&Switcher{Lang: h.Lang, Label: t.Language.In(h.Lang)},
		),
		goapp.Div().Class("masthead__text").Body(
			goapp.H1().Text(t.Title.In(h.Lang)),
			goapp.P().Class("lead").Text(t.Lead.In(h.Lang)),
			goapp.A().Class("masthead__sources").Href("#sources").Text(t.Sources.In(h.Lang)),
		),
	)
}
