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
	Site  Site
}

// Render lists one link per language.
func (s *Switcher) Render() goapp.UI {
	var m markup
	switcher(&m, s.Lang, s.Label, s.Site.Home)
	return goapp.Raw(m.String())
}

// switcher writes one link per language, each showing its code and named
// "FR Français" for assistive technology, so that the name holds the
// visible label; the current one is marked. path is the page's path in a
// language.
func switcher(m *markup, current locale.Lang, label string, path func(locale.Lang) string) {
	m.open("nav", "class", SwitcherClass, "aria-label", label).open("ul")
	for _, l := range locale.All {
		attrs := []string{"href", path(l), "lang", string(l)}
		if l == current {
			attrs = append(attrs, "aria-current", "page", "class", "is-current")
		}
		m.open("li").open("a", attrs...).text(l.Code()).elem("span", " "+l.Name(), "class", "visually-hidden").close("a").close("li")
	}
	m.close("ul").close("nav")
}
