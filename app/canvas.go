package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Canvas is the box an ECharts chart is drawn in, with its option as inert
// JSON, which the page's script draws (web/echarts/runtime.js). The
// component hands its figure to that script when it mounts and takes it
// back when it goes, so that a chart the script drew before app.wasm ran
// is kept, not drawn again. Without script, the box lists the figures it
// would draw.
//
// It is a component of its own so that go-app, which renders a component
// again after its OnMount, renders only this small box again.
type Canvas struct {
	goapp.Compo

	ID string
	// Option is the chart's ECharts option as JSON.
	Option string
	// Description is what screen readers read for the drawing.
	Description string
	// Rows are the data the box lists without script.
	Rows [][2]string

	// figure is the element handed to the script, kept for its release:
	// go-app lets go of a component's elements before OnDismount.
	figure goapp.Value
}

// OnMount hands the chart's figure to the page's script, which draws it or
// takes over the drawing it made of the same chart before app.wasm ran.
func (c *Canvas) OnMount(goapp.Context) {
	c.figure = c.JSValue().Call("closest", "figure")
	if rt := goapp.Window().Get(RuntimeGlobal); rt.Truthy() {
		rt.Call("mount", c.figure)
	}
}

// OnDismount lets the script release the chart.
func (c *Canvas) OnDismount() {
	if c.figure == nil {
		return
	}
	if rt := goapp.Window().Get(RuntimeGlobal); rt.Truthy() {
		rt.Call("release", c.figure)
	}
	c.figure = nil
}

// Render writes the box, the fallback list and the option.
func (c *Canvas) Render() goapp.UI {
	var fallback markup
	fallback.open("noscript").open("ul", "class", "chart__fallback")
	for _, r := range c.Rows {
		fallback.open("li").elem("span", r[0]+" ").elem("strong", r[1]).close("li")
	}
	fallback.close("ul").close("noscript")
	return goapp.Div().Class("chart__drawing").Body(
		// The drawing takes the focus, which reads out its description.
		goapp.Div().Class(CanvasClass+" "+CanvasClass+"--"+c.ID).Role("img").Aria("label", AttrText(c.Description)).TabIndex(0).Body(
			goapp.Raw(fallback.String()),
		),
		goapp.Raw(`<script type="application/json" class="`+OptionClass+`">`+c.Option+`</script>`),
	)
}
