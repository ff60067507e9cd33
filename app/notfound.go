package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// NotFound is the page for any path that is not the infographic, in the
// language of the path or, failing that, the negotiated one.
type NotFound struct {
	goapp.Compo

	Facts *data.Facts
	lang  locale.Lang
}

// OnInit gives the page its language before its first rendering.
func (n *NotFound) OnInit() { n.lang = startLang() }

// OnPreRender picks the language on the server.
func (n *NotFound) OnPreRender(ctx goapp.Context) { n.setLang(ctx) }

// OnNav picks the language in the browser.
func (n *NotFound) OnNav(ctx goapp.Context) { n.setLang(ctx) }

// OnMount runs in the browser once app.wasm has taken over the page.
func (n *NotFound) OnMount(ctx goapp.Context) { markMounted() }

func (n *NotFound) setLang(ctx goapp.Context) {
	n.lang = pageLang(ctx)
	setDocument(ctx, n.Facts, n.lang, n.Facts.Texts.NotFound.Title.In(n.lang))
}

// Render writes a short page with the way back.
func (n *NotFound) Render() goapp.UI {
	l := n.lang
	if l == "" {
		l = locale.Default
	}
	t := n.Facts.Texts.NotFound
	return goapp.Div().Class("page page--notfound").Body(
		&Header{Facts: n.Facts, Lang: l},
		goapp.Main().ID("content").Class("notfound").Body(
			goapp.H2().Text(t.Title.In(l)),
			goapp.P().Text(t.Text.In(l)),
			goapp.P().Body(goapp.A().Class("button").Href("/"+string(l)).Text(t.Home.In(l))),
		),
	)
}
