package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/app/chart"
)

// Pictogram draws a count as one icon per item, grouped in tens, with a
// visible key. The icons are one SVG symbol repeated with <use>, laid out
// by the stylesheet, which sizes them to the width so that they never run
// into each other; screen readers hear the count once.
type Pictogram struct {
	goapp.Compo

	Pictogram chart.Pictogram
	// Description is what a screen reader reads for the icons.
	Description string
}

// pictogramSymbol is the id of the icon's <symbol>.
const pictogramSymbol = "pictogram-vehicle"

// Render writes the pictogram as markup: 322 icons as go-app nodes would
// cost app.wasm a call into the browser for each.
func (p *Pictogram) Render() goapp.UI {
	icon := vehicle.use("pictogram__icon", pictogramSymbol)
	var m markup
	m.open("div", "class", "pictogram")
	m.raw(vehicle.symbol("pictogram__defs", pictogramSymbol))
	m.open("div", "class", "pictogram__grid", "role", "img", "aria-label", p.Description)
	for _, n := range p.Pictogram.Groups() {
		m.open("span", "class", "pictogram__group").raw(strings.Repeat(icon, n)).close("span")
	}
	m.close("div")
	m.open("p", "class", "pictogram__key").raw(icon).elem("span", p.Pictogram.Key).close("p")
	m.close("div")
	return goapp.Raw(m.String())
}
