package app

import (
	"fmt"
	"strconv"

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
	// Marks writes the groups' and the key's marks, and their card.
	Marks marks
}

// pictogramSymbol is the id of the icon's <symbol>.
const pictogramSymbol = "pictogram-vehicle"

// groupSymbol is the id of the <symbol> of a group of n icons.
func groupSymbol(n int) string {
	return pictogramSymbol + "-" + strconv.Itoa(n)
}

// A group of the pictogram is one SVG of groupColumns × groupRows icons,
// each iconWidth × iconHeight in the icon's units, gap apart.
const (
	groupColumns          = 5
	groupRows             = 2
	iconWidth, iconHeight = 25, 12
	gap                   = 3.5
)

// Render writes the pictogram as markup: one SVG a group, which the
// stylesheet lays out and sizes with the width. 322 icons as go-app nodes
// would cost app.wasm a call into the browser for each, and 322 SVG
// elements would cost a phone their parsing and styling: a group of each
// size is one <symbol>, written once, and a group on the page is one
// <use> of it. Each group, and the key, is a mark; they open the one
// card of the figure.
func (p *Pictogram) Render() goapp.UI {
	k := p.Marks
	l := k.l
	fig := k.f.Figure(p.Pictogram.Figure)
	groupWidth := groupColumns*iconWidth + (groupColumns-1)*gap
	groupHeight := groupRows*iconHeight + (groupRows-1)*gap
	viewBox := fmt.Sprintf("0 0 %g %g", groupWidth, groupHeight)
	card := k.cardID(p.Pictogram.Figure)
	groups := p.Pictogram.Groups()
	var m markup
	m.open("div", "class", "pictogram", MarksAttr, k.group, "role", "group", "aria-label", p.Description)
	m.raw(`<svg class="pictogram__defs" aria-hidden="true" focusable="false">`)
	m.raw(vehicle.symbol(pictogramSymbol))
	written := map[int]bool{}
	for _, n := range groups {
		if written[n] {
			continue
		}
		written[n] = true
		m.raw(`<symbol id="` + groupSymbol(n) + `" viewBox="` + viewBox + `">`)
		for i := range n {
			x := float64(i%groupColumns) * (iconWidth + gap)
			y := float64(i/groupColumns) * (iconHeight + gap)
			m.raw(fmt.Sprintf(`<use href="#%s" x="%g" y="%g" width="%d" height="%d"/>`, pictogramSymbol, x, y, iconWidth, iconHeight))
		}
		m.raw(`</symbol>`)
	}
	m.raw(`</svg>`)
	m.open("div", "class", "pictogram__grid")
	for i, n := range groups {
		label := l.Colon(p.Pictogram.Label) + " " + p.Pictogram.Headline + ", " + k.f.Texts.Card.Group.In(l) + " " + k.position(i, len(groups))
		k.open(&m, strconv.Itoa(i+1), card, label, "pictogram__mark", p.Pictogram.Figure)
		m.raw(`<svg class="pictogram__group" viewBox="` + viewBox + `" aria-hidden="true" focusable="false"><use href="#` + groupSymbol(n) + `"/></svg>`)
		m.close("button")
	}
	m.close("div")
	m.open("p", "class", "pictogram__key")
	k.open(&m, "key", card, p.Pictogram.Key, "pictogram__keymark", p.Pictogram.Figure)
	m.raw(vehicle.use("pictogram__icon", pictogramSymbol)).elem("span", p.Pictogram.Key, "aria-hidden", "true")
	m.close("button").close("p")
	if fig != nil {
		k.figureCard(&m, card, "1", fig)
	}
	m.close("div")
	return goapp.Raw(m.String())
}
