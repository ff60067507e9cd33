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
	var m markup
	m.open("ul", "class", "tiles", "aria-label", t.Description, "tabindex", "0")
	for _, tile := range t.Tiles.Tiles {
		m.open("li", "class", "tile", "data-category", tile.ID)
		m.raw(iconFor(tile.ID).svg("tile__icon"))
		m.elem("p", tile.Name, "class", "tile__name")
		if tile.Detail != "" {
			m.elem("p", tile.Detail, "class", "tile__detail")
		}
		m.elem("p", t.Tiles.Unknown, "class", "tile__amount")
		m.close("li")
	}
	m.close("ul")
	return goapp.Raw(m.String())
}
