package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
)

// Page is the whole infographic in one language.
type Page struct {
	langPage
}

// NewPage returns the infographic page.
func NewPage(f *data.Facts, s Site) *Page {
	return &Page{langPage{Facts: f, Site: s, title: f.Texts.Site.Title.In}}
}

// OnMount runs in the browser once app.wasm has taken over the page.
func (p *Page) OnMount(goapp.Context) { markMounted() }

// Render lays the page out in reading order.
func (p *Page) Render() goapp.UI {
	f, l, s := p.Facts, p.Lang(), p.Site
	return goapp.Div().Class("page").Body(
		goapp.A().Class("skip").Href("#content").Text(f.Texts.Site.Skip.In(l)),
		&Header{Facts: f, Lang: l, Site: s},
		goapp.Main().ID("content").Body(
			&KeyFigures{Facts: f, Lang: l, Site: s},
			goapp.Range(sections).Slice(func(i int) goapp.UI {
				return &Section{ID: sections[i], Facts: f, Lang: l, Site: s}
			}),
		),
		&Footer{Facts: f, Lang: l, Site: s},
		announcer(),
	)
}

// NotFound is the page for any path that is not one of the site's, in the
// language of the path or, failing that, the negotiated one.
type NotFound struct {
	langPage
}

// NewNotFound returns the not-found page.
func NewNotFound(f *data.Facts, s Site) *NotFound {
	return &NotFound{langPage{Facts: f, Site: s, title: f.Texts.NotFound.Title.In}}
}

// OnMount runs in the browser once app.wasm has taken over the page.
func (n *NotFound) OnMount(goapp.Context) { markMounted() }

// Render writes a short page with the way back.
func (n *NotFound) Render() goapp.UI {
	l := n.Lang()
	t := n.Facts.Texts.NotFound
	return goapp.Div().Class("page page--notfound").Body(
		&Header{Facts: n.Facts, Lang: l, Site: n.Site},
		goapp.Main().ID("content").Class("notfound").Body(
			goapp.H2().Text(t.Title.In(l)),
			goapp.P().Text(t.Text.In(l)),
			goapp.P().Body(goapp.A().Class("button").Href(n.Site.Home(l)).Text(t.Home.In(l))),
		),
		announcer(),
	)
}
