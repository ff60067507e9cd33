package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// Page is the whole infographic in one language.
type Page struct {
	goapp.Compo

	Facts *data.Facts
	lang  locale.Lang
}

// OnInit gives the page its language before its first rendering.
func (p *Page) OnInit() { p.lang = startLang() }

// OnPreRender runs on the server: it picks the language from the path and
// sets the document's title, language and description.
func (p *Page) OnPreRender(ctx goapp.Context) { p.setLang(ctx) }

// OnNav runs in the browser on every navigation, the language switch included.
func (p *Page) OnNav(ctx goapp.Context) { p.setLang(ctx) }

// OnMount runs in the browser once app.wasm has taken over the page.
func (p *Page) OnMount(ctx goapp.Context) { markMounted() }

func (p *Page) setLang(ctx goapp.Context) {
	p.lang = pageLang(ctx)
	setDocument(ctx, p.Facts, p.lang, p.Facts.Texts.Site.Title.In(p.lang))
}

// setDocument sets what the page's <head> says in a language.
func setDocument(ctx goapp.Context, f *data.Facts, l locale.Lang, title string) {
	ctx.Page().SetLang(string(l))
	ctx.Page().SetTitle("%s", title)
	ctx.Page().SetDescription("%s", f.Texts.Site.Description.In(l))
	ctx.Page().SetLoadingLabel("%s {progress}%%", f.Texts.Site.Loading.In(l))
}

// Render lays the page out in reading order.
func (p *Page) Render() goapp.UI {
	f, l := p.Facts, p.lang
	if l == "" {
		l = locale.Default
	}
	t := f.Texts
	return goapp.Div().Class("page").Body(
		goapp.A().Class("skip").Href("#content").Text(t.Site.Skip.In(l)),
		&Header{Facts: f, Lang: l},
		goapp.Main().ID("content").Body(
			&KeyFigures{Facts: f, Lang: l},
			&Section{
				ID: "aid", Heading: t.Aid.Heading.In(l), Lead: f.Expand(t.Aid.Lead, l),
				Body: []goapp.UI{
					goapp.Div().Class("charts charts--pair").Body(
						&Chart{ID: "aid-channels", Facts: f, Lang: l},
						&Chart{ID: "aid-programme", Facts: f, Lang: l},
					),
					goapp.P().Class("prose").Text(t.Aid.Details.In(l)),
				},
			},
			&Section{
				ID: "purchases", Heading: t.Purchases.Heading.In(l), Lead: f.Expand(t.Purchases.Lead, l),
				Body: []goapp.UI{
					goapp.Div().Class("charts charts--pair").Body(
						&Chart{ID: "purchases", Facts: f, Lang: l},
						&Chart{ID: "jltv", Facts: f, Lang: l},
					),
				},
			},
			&Section{
				ID: "history", Heading: t.History.Heading.In(l), Lead: t.History.Lead.In(l),
				Body: []goapp.UI{&Chart{ID: "timeline", Facts: f, Lang: l}},
			},
			&Section{
				ID: "cooperation", Heading: t.Cooperation.Heading.In(l), Lead: t.Cooperation.Lead.In(l),
				Body: []goapp.UI{&Cooperation{Facts: f, Lang: l}},
			},
		),
		&Footer{Facts: f, Lang: l},
	)
}
