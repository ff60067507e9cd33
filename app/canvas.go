package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data/locale"
)

// Canvas is a chart of bars: each bar's name and amount written as HTML,
// above the track the bar is drawn in, and the chart's option as inert
// JSON, from which the page's script has ECharts draw the bars in their
// tracks (web/js/runtime.js). The component hands its figure to that
// script when it mounts and takes it back when it goes, so that a chart
// the script drew before app.wasm ran is kept, not drawn again. Without
// script, the names and amounts stand alone.
//
// It is a component of its own so that go-app, which renders a component
// again after its OnMount, renders only this small box again.
type Canvas struct {
	goapp.Compo

	ID   string
	Bars chart.Bars
	// Option is the chart's ECharts option as JSON.
	Option string
	// Description is what screen readers read for the drawing.
	Description string
	// Marks writes the bars' marks and cards.
	Marks marks

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

// Render writes the box with the bars' marks and tracks, their cards,
// and the option.
func (c *Canvas) Render() goapp.UI {
	k := c.Marks
	l := k.l
	var m markup
	m.open("ol", "class", BarsClass, MarksAttr, c.ID, "aria-label", c.Description)
	for i, b := range c.Bars.Bars {
		fig := k.f.Figure(b.Figure)
		if fig == nil {
			continue
		}
		card := k.cardID(b.Figure)
		m.open("li", "class", "bar", "data-figure", b.Figure)
		k.open(&m, b.Figure, card, l.Colon(fig.Label.In(l))+" "+fig.Format(l, locale.Long)+", "+k.position(i, len(c.Bars.Bars)), "bar__mark", b.Figure)
		m.elem("span", b.Name, "class", "bar__name", "aria-hidden", "true").
			elem("strong", b.Amount, "class", "bar__amount", "aria-hidden", "true").
			elem("span", "", "class", TrackClass)
		m.close("button")
		k.figureCard(&m, card, b.Figure, fig)
		m.close("li")
	}
	m.close("ol")
	return goapp.Div().Class("chart__drawing").Body(
		goapp.Div().Class(CanvasClass).DataSet("bars", strconv.Itoa(len(c.Bars.Bars))).Body(
			goapp.Raw(m.String()),
		),
		goapp.Raw(`<script type="application/json" class="`+OptionClass+`">`+c.Option+`</script>`),
	)
}
