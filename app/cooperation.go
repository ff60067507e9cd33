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
	return goapp.Ul().Class("cards").Body(
		goapp.Range(c.Facts.Areas).Slice(func(i int) goapp.UI {
			a := c.Facts.Areas[i]
			return goapp.Li().Class("card").DataSet("area", a.ID).Body(
				goapp.H3().Text(a.Title.In(l)),
				goapp.P().Text(c.Facts.Expand(a.Text, l)),
				goapp.Ul().Class("card__points").Body(
					goapp.Range(a.Points).Slice(func(j int) goapp.UI {
						return goapp.Li().Text(c.Facts.Expand(a.Points[j], l))
					}),
				),
			)
		}),
	)
}
