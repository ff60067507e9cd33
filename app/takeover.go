package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data/locale"
)

// prerendered is the server's page, kept by KeepPrerendered: go-app swaps
// it for its own elements when it mounts, and the charts drawn on it are
// then moved over.
var prerendered goapp.Value

// KeepPrerendered keeps the prerendered page, on which the page's script
// draws the charts before app.wasm runs, so that the page component can
// take those charts over instead of drawing them again. The browser's main
// must call it before it starts go-app.
func KeepPrerendered() {
	prerendered = goapp.Window().Get("document").Get("body").Get("firstElementChild")
}

// chartSelector selects a chart's figure by id and language.
func chartSelector(id string, l locale.Lang) string {
	return `figure[data-chart="` + id + `"][data-lang="` + string(l) + `"]`
}

// drawnBefore reports whether the chart is drawn on the prerendered page.
func drawnBefore(id string, l locale.Lang) bool {
	if !goapp.IsClient || prerendered == nil || !prerendered.Truthy() {
		return false
	}
	return prerendered.Call("querySelector", chartSelector(id, l)+" .chart__surface").Truthy()
}

// takeOverCharts moves each chart drawn on the prerendered page, with its
// ECharts instance, into the matching new figure, then has the page's
// script draw whatever is left. Nothing already drawn is drawn again.
func takeOverCharts() {
	doc := goapp.Window().Get("document")
	if prerendered != nil && prerendered.Truthy() {
		figures := doc.Call("querySelectorAll", "figure[data-chart]")
		for i := range figures.Length() {
			figure := figures.Index(i)
			ds := figure.Get("dataset")
			l, ok := locale.Parse(ds.Get("lang").String())
			if !ok {
				continue
			}
			surface := prerendered.Call("querySelector", chartSelector(ds.Get("chart").String(), l)+" .chart__surface")
			canvas := figure.Call("querySelector", ".chart__canvas")
			if !surface.Truthy() || !canvas.Truthy() {
				continue
			}
			canvas.Call("appendChild", surface)
			if surface.Get("dataset").Get("drawn").String() == "1" {
				figure.Call("setAttribute", "data-chart-ready", "1")
			}
		}
		prerendered = nil
	}
	syncCharts()
}

// syncCharts has the page's script let go of the charts that left the page
// and draw the figures that have no chart yet.
func syncCharts() {
	charts := goapp.Window().Get("pageCharts")
	if !charts.Truthy() {
		goapp.Log("charts not drawn: the ECharts bundle is not loaded")
		return
	}
	charts.Call("sync")
}
