package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// Cooperation shows the fields of cooperation as cards.
type Cooperation struct {
	goapp.Compo

	Facts *data.Facts
	Lang  locale.Lang
}

// Render writes one card per area, with its points as a list.
func (c *Cooperation) Render() goapp.UI {
	l := c.Lang
	var m markup
	m.open("ul", "class", "cards")
	for _, a := range c.Facts.Areas {
		m.open("li", "class", "card", "data-area", a.ID)
		m.elem("h3", a.Title.In(l))
		m.elem("p", c.Facts.Expand(a.Text, l))
		m.open("ul", "class", "card__points")
		for _, p := range a.Points {
			m.elem("li", c.Facts.Expand(p, l))
		}
		m.close("ul").close("li")
	}
	m.close("ul")
	return goapp.Raw(m.String())
}
