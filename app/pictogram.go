package app

import (
	"html"
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

// Render writes the pictogram as one piece of HTML: 322 icons as go-app
// nodes would cost app.wasm a call into the browser for each.
func (p *Pictogram) Render() goapp.UI {
	icon := `<svg class="pictogram__icon" viewBox="` + vehicle.viewBox + `" aria-hidden="true" focusable="false"><use href="#` + pictogramSymbol + `"/></svg>`
	var b strings.Builder
	b.WriteString(`<div class="pictogram">`)
	b.WriteString(`<svg class="pictogram__defs" aria-hidden="true" focusable="false"><symbol id="` + pictogramSymbol + `" viewBox="` + vehicle.viewBox + `"><path d="` + vehicle.path + `"/></symbol></svg>`)
	b.WriteString(`<div class="pictogram__grid" role="img" aria-label="` + html.EscapeString(p.Description) + `">`)
	for _, n := range p.Pictogram.Groups() {
		b.WriteString(`<span class="pictogram__group">`)
		b.WriteString(strings.Repeat(icon, n))
		b.WriteString(`</span>`)
	}
	b.WriteString(`</div>`)
	b.WriteString(`<p class="pictogram__key">` + icon + `<span>` + html.EscapeString(p.Pictogram.Key) + `</span></p>`)
	b.WriteString(`</div>`)
	return goapp.Raw(b.String())
}
