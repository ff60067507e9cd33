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

// Render lists one link per language, each showing its code and named
// "FR Français" for assistive technology, so that the name holds the
// visible label; the current one is marked.
func (s *Switcher) Render() goapp.UI {
	return goapp.Nav().Class("switcher").Aria("label", s.Label).Body(
		goapp.Ul().Body(
			goapp.Range(locale.All).Slice(func(i int) goapp.UI {
				l := locale.All[i]
				a := goapp.A().
					Href(home(l)).
					Lang(string(l)).
					Body(
						goapp.Text(l.Code()),
						goapp.Span().Class("visually-hidden").Text(" "+l.Name()),
					)
				if l == s.Lang {
					a = a.Aria("current", "page").Class("is-current")
				}
				return goapp.Li().Body(a)
			}),
		),
	)
}
