package app

import (
	"bytes"
	"encoding/json"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// Chart is one ECharts chart with its title, source line and data table.
//
// The server prerenders the title, the table and the chart's option as inert
// JSON, which the page's script (web/echarts/boot.js) draws with ECharts
// before app.wasm has loaded. A chart with another language is another
// component (CompoID), so a language switch mounts a fresh instance with
// ECharts' own locale.
type Chart struct {
	goapp.Compo

	ID    string
	Facts *data.Facts
	Lang  locale.Lang

	// surface is the element ECharts draws on, once mounted.
	surface goapp.Value
}

// CompoID makes a language change remount the chart.
func (c *Chart) CompoID() string { return c.ID + "/" + string(c.Lang) }

// optionJSON encodes the chart's option; HTML-escaping keeps "</script>"
// out of the inline JSON.
func (c *Chart) optionJSON() (string, error) {
	o, err := chart.Build(c.ID, c.Facts, c.Lang)
	if err != nil {
		return "", err
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(o); err != nil {
		return "", err
	}
	return strings.TrimSpace(b.String()), nil
}

// Render writes the figure. Its canvas reserves its height in CSS, so
// nothing moves when ECharts draws.
func (c *Chart) Render() goapp.UI {
	f, l := c.Facts, c.Lang
	texts := f.Texts.Chart[c.ID]
	table, err := chart.BuildTable(c.ID, f, l)
	if err != nil {
		goapp.Log("chart", c.ID, err)
	}
	// A chart the page's script has drawn already needs no option.
	option := ""
	if _, drawnAlready := drawn[c.CompoID()]; !drawnAlready {
		var optErr error
		if option, optErr = c.optionJSON(); optErr != nil {
			goapp.Log("chart", c.ID, optErr)
		}
	}
	pause()
	canvas := goapp.Div().
		Class("chart__canvas chart__canvas--"+c.ID).
		Role("img").
		Aria("label", f.Expand(texts.Description, l))
	return goapp.Figure().Class("chart").
		DataSet("chart", c.ID).
		DataSet("lang", string(l)).
		DataSet("locale", strings.ToUpper(string(l))).Body(
		goapp.H3().Class("chart__title").Text(f.Expand(texts.Title, l)),
		goapp.If(texts.Note != nil, func() goapp.UI {
			return goapp.P().Class("chart__note").Text(texts.Note.In(l))
		}),
		canvas,
		goapp.Raw(`<script type="application/json" class="chart__option">`+option+`</script>`),
		goapp.P().Class("chart__source").Text(l.Colon(f.Texts.Footer.Source.In(l))+" "+sourceNames(f, c.ID, l)),
		&DataTable{Table: table, Summary: f.Texts.Table.Show.In(l)},
	)
}

// sourceNames names the sources behind a chart's figures and events.
func sourceNames(f *data.Facts, id string, l locale.Lang) string {
	var names []string
	for _, sid := range chart.Sources(id, f) {
		if s := f.Source(sid); s != nil {
			names = append(names, s.Name.In(l))
		}
	}
	return strings.Join(names, "; ")
}

// OnMount takes over the chart that the page's script drew before app.wasm
// ran (see AdoptCharts), moving its surface into this figure: no second
// drawing, no flash. A chart with no such surface (after a language switch,
// say) is drawn by the page's script, which reads this figure's option.
func (c *Chart) OnMount(ctx goapp.Context) {
	figure := c.JSValue()
	canvas := figure.Call("querySelector", ".chart__canvas")
	if surface, ok := takeDrawn(c.CompoID()); ok && canvas.Truthy() {
		canvas.Call("appendChild", surface)
		c.surface = surface
		if surface.Get("dataset").Get("drawn").String() == "1" {
			figure.Call("setAttribute", "data-chart-ready", "1")
		}
		return
	}
	charts := goapp.Window().Get("pageCharts")
	if !charts.Truthy() {
		goapp.Log("chart", c.ID, "not drawn: the ECharts bundle is not loaded")
		return
	}
	charts.Call("draw", figure)
	c.surface = figure.Call("querySelector", ".chart__surface")
}

// OnDismount disposes of the chart's ECharts instance; the script's resize
// observer lets go of it then.
func (c *Chart) OnDismount() {
	echarts := goapp.Window().Get("echarts")
	if c.surface == nil || !c.surface.Truthy() || !echarts.Truthy() {
		return
	}
	if instance := echarts.Call("getInstanceByDom", c.surface); instance.Truthy() {
		instance.Call("dispose")
	}
	c.surface = nil
}

// drawn are the chart surfaces of the prerendered page, by CompoID, kept by
// AdoptCharts until their component mounts.
var drawn = map[string]goapp.Value{}

// AdoptCharts keeps the charts that the page's script has drawn on the
// prerendered page, for the Chart components to take over. go-app replaces
// the prerendered page's elements when it mounts, so the browser's main
// must call this before it starts go-app.
func AdoptCharts() {
	surfaces := goapp.Window().Get("document").Call("querySelectorAll", "figure[data-chart] .chart__surface")
	for i := range surfaces.Length() {
		surface := surfaces.Index(i)
		figure := surface.Call("closest", "figure[data-chart]")
		ds := figure.Get("dataset")
		lang, ok := locale.Parse(ds.Get("lang").String())
		if !ok {
			continue
		}
		drawn[(&Chart{ID: ds.Get("chart").String(), Lang: lang}).CompoID()] = surface
	}
}

// takeDrawn hands over, once, the kept surface of a chart.
func takeDrawn(id string) (goapp.Value, bool) {
	surface, ok := drawn[id]
	delete(drawn, id)
	return surface, ok
}
