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
	// Marks writes the tiles' marks and cards.
	Marks marks
}

// Render writes the tiles as a list: each tile's name is its mark.
func (t *Tiles) Render() goapp.UI {
	k := t.Marks
	l := k.l
	var m markup
	m.open("ul", "class", "tiles", "aria-label", t.Description, MarksAttr, k.group)
	for i, tile := range t.Tiles.Tiles {
		card := k.cardID(tile.ID)
		// A tile shows its own figure, if it has one: the total is no
		// tile's.
		var figures []string
		if tile.Figure != "" {
			figures = append(figures, tile.Figure)
		}
		m.open("li", "class", "tile", "data-category", tile.ID)
		k.open(&m, tile.ID, card, l.Colon(tile.Name)+" "+t.Tiles.Unknown+", "+k.position(i, len(t.Tiles.Tiles)), "tile__mark", figures...)
		m.raw(iconFor(tile.ID).svg("tile__icon"))
		m.elem("span", tile.Name, "class", "tile__name", "aria-hidden", "true")
		m.close("button")
		if tile.Detail != "" {
			m.elem("p", tile.Detail, "class", "tile__detail")
		}
		m.elem("p", t.Tiles.Unknown, "class", "tile__amount")
		k.openCard(&m, card, tile.Name)
		if tile.Detail != "" {
			m.elem("p", tile.Detail, "class", "chart-card__covers")
		}
		m.elem("p", t.Tiles.Unknown, "class", "chart-card__covers")
		if fig := k.f.Figure(tile.Figure); fig != nil {
			k.figureBlock(&m, fig)
		} else if total := k.f.Figure(t.Tiles.Figure); total != nil {
			k.sourceLine(&m, total.Source)
		}
		k.closeCard(&m, card, tile.ID, nil)
		m.close("li")
	}
	m.close("ul")
	return goapp.Raw(m.String())
}
