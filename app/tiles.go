package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/app/chart"
)

// Tiles draws the parts of a total whose split the source does not give:
// equal tiles in a grid, each with an icon, its name and the source's own
// words, and no amount. The text wraps between words in every language.
type Tiles struct {
	goapp.Compo

	Tiles chart.Tiles
	// Description is read before the list by screen readers.
	Description string
}

// Render writes the tiles as a list.
func (t *Tiles) Render() goapp.UI {
	tiles := t.Tiles.Tiles
	return goapp.Ul().Class("tiles").Aria("label", t.Description).Body(
		goapp.Range(tiles).Slice(func(i int) goapp.UI {
			tile := tiles[i]
			return goapp.Li().Class("tile").DataSet("category", tile.ID).Body(
				goapp.Raw(iconFor(tile.ID).svg("tile__icon")),
				goapp.P().Class("tile__name").Text(tile.Name),
				goapp.P().Class("tile__detail").Text(tile.Detail),
				goapp.P().Class("tile__amount").Text(t.Tiles.Unknown),
			)
		}),
	)
}
