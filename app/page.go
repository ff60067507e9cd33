package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// Page is the whole infographic in one language.
type Page struct {
	langPage
}

// NewPage returns the infographic page.
func NewPage(f *data.Facts) *Page {
	return &Page{langPage{Facts: f, title: f.Texts.Site.Title.In}}
}

// OnMount runs in the browser once app.wasm has taken over the page.
func (p *Page) OnMount(goapp.Context) { markMounted() }

// Render lays the page out in reading order.
func (p *Page) Render() goapp.UI {
	f, l := p.Facts, p.Lang()
	return goapp.Div().Class("page").Body(
		goapp.A().Class("skip").Href("#content").Text(f.Texts.Site.Skip.In(l)),
		&Header{Facts: f, Lang: l},
		goapp.Main().ID("content").Body(
			&KeyFigures{Facts: f, Lang: l},
			goapp.Range(sections).Slice(func(i int) goapp.UI {
				return &Section{ID: sections[i], Facts: f, Lang: l}
			}),
		),
		&Footer{Facts: f, Lang: l},
		announcer(),
	)
}

// NotFound is the page for any path that is not one of the site's, in the
// language of the path or, failing that, the negotiated one.
type NotFound struct {
	langPage
}

// NewNotFound returns the not-found page.
func NewNotFound(f *data.Facts) *NotFound {
	return &NotFound{langPage{Facts: f, title: f.Texts.NotFound.Title.In}}
}

// OnMount runs in the browser once app.wasm has taken over the page.
func (n *NotFound) OnMount(goapp.Context) { markMounted() }

// Render writes a short page with the way back.
func (n *NotFound) Render() goapp.UI {
	l := n.Lang()
	t := n.Facts.Texts.NotFound
	return goapp.Div().Class("page page--notfound").Body(
		&Header{Facts: n.Facts, Lang: l},
		goapp.Main().ID("content").Class("notfound").Body(
			goapp.H2().Text(t.Title.In(l)),
			goapp.P().Text(t.Text.In(l)),
			goapp.P().Body(goapp.A().Class("button").Href(home(l)).Text(t.Home.In(l))),
		),
		announcer(),
	)
}

// home is the infographic's path in a language.
func home(l locale.Lang) string { return Link(RootRoute().Path(l)) }
