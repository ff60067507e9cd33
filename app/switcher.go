package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data/locale"
)

// Switcher links the page's language versions: FR · NL · DE · EN.
type Switcher struct {
	goapp.Compo

	Lang  locale.Lang
	Label string
}

// Render lists one link per language; the current one is marked for
// assistive technology and not a link to itself.
func (s *Switcher) Render() goapp.UI {
	return goapp.Nav().Class("switcher").Aria("label", s.Label).Body(
		goapp.Ul().Body(
			goapp.Range(locale.All).Slice(func(i int) goapp.UI {
				l := locale.All[i]
				a := goapp.A().
					Href("/"+string(l)).
					Lang(string(l)).
					Title(l.Name()).
					Aria("label", l.Name()).
					Text(l.Code())
				if l == s.Lang {
					a = a.Aria("current", "page").Class("is-current")
				}
				return goapp.Li().Body(a)
			}),
		),
	)
}
