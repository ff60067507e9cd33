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

// OnNav runs in the browser on every navigation, the language switch
// included; once the page shows the new language, its charts are drawn.
func (p *Page) OnNav(ctx goapp.Context) {
	before := p.lang
	p.setLang(ctx)
	if mounted && p.lang != before {
		ctx.Defer(func(goapp.Context) { syncCharts() })
	}
}

// OnMount runs in the browser once app.wasm has taken over the page: it
// takes the charts drawn on the prerendered page over.
func (p *Page) OnMount(ctx goapp.Context) {
	takeOverCharts()
	markMounted()
}

func (p *Page) setLang(ctx goapp.Context) {
	p.lang = pageLang(ctx)
	setDocument(ctx, p.Facts, p.lang, p.Facts.Texts.Site.Title.In(p.lang))
}

// setDocument sets what the page's <head> says in a language.
func setDocument(ctx goapp.Context, f *data.Facts, l locale.Lang, title string) {
	ctx.Page().SetLang(string(l))
	ctx.Page().SetTitle("%s", title)
	ctx.Page().SetDescription("%s", f.Texts.Site.Description.In(l))
	// The loader shows this until app.wasm starts to download, then the
	// share downloaded ("42%").
	ctx.Page().SetLoadingLabel("%s…", f.Texts.Site.Loading.In(l))
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
			&Section{ID: "aid", Facts: f, Lang: l},
			&Section{ID: "purchases", Facts: f, Lang: l},
			&Section{ID: "history", Facts: f, Lang: l},
			&Section{ID: "cooperation", Facts: f, Lang: l},
		),
		&Footer{Facts: f, Lang: l},
	)
}
