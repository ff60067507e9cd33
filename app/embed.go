//go:build !wasm

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
)

// Embed is the whole infographic for a frame on another site: the key
// figures and every section, without the masthead and the footer, closed
// by a discreet source line and a link to the full page.
type Embed struct {
	langPage
}

// NewEmbed returns the embedded infographic.
func NewEmbed(f *data.Facts, s Site) *Embed {
	return &Embed{langPage{Facts: f, Site: s, title: f.Texts.Site.Title.In}}
}

// Render lays the embed out in the page's reading order.
func (e *Embed) Render() goapp.UI {
	f, l, s := e.Facts, e.Lang(), e.Site
	ids := make([]string, len(f.Sources))
	for i, s := range f.Sources {
		ids[i] = s.ID
	}
	return goapp.Div().Class("embed embed--page").Body(
		goapp.Main().Body(
			goapp.H1().Class("embed__title").Text(f.Texts.Site.Title.In(l)),
			&KeyFigures{Facts: f, Lang: l, Site: s, Embedded: true},
			goapp.Range(sections).Slice(func(i int) goapp.UI {
				return &Section{ID: sections[i], Facts: f, Lang: l, Site: s, Embedded: true}
			}),
		),
		&EmbedBar{Facts: f, Lang: l, Site: s, Sources: ids},
	)
}
