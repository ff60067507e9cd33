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
// JSON; in the browser OnMount hands the option to ECharts, and OnDismount
// disposes of the instance and releases the JS callbacks. A chart with
// another language is another component (CompoID), so a language switch
// mounts a fresh instance with ECharts' own locale.
type Chart struct {
	goapp.Compo

	ID    string
	Facts *data.Facts
	Lang  locale.Lang

	// option is the option as JSON, encoded once in Render for the page
	// and drawn from in the browser.
	option   string
	figure   goapp.HTMLFigure
	canvas   goapp.HTMLDiv
	instance goapp.Value
	observer goapp.Value
	onDrawn  goapp.Func
	onResize goapp.Func
	onLoad   goapp.Func
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
	option, optErr := c.optionJSON()
	if err != nil || optErr != nil {
		goapp.Log("chart", c.ID, err, optErr)
	}
	c.option = option
	c.canvas = goapp.Div().
		Class("chart__canvas chart__canvas--"+c.ID).
		Role("img").
		Aria("label", f.Expand(texts.Description, l))
	c.figure = goapp.Figure().Class("chart").DataSet("chart", c.ID).Body(
		goapp.H3().Class("chart__title").Text(f.Expand(texts.Title, l)),
		goapp.If(texts.Note != nil, func() goapp.UI {
			return goapp.P().Class("chart__note").Text(texts.Note.In(l))
		}),
		c.canvas,
		goapp.Raw(`<script type="application/json" class="chart__option">`+option+`</script>`),
		goapp.P().Class("chart__source").Text(l.Colon(f.Texts.Footer.Source.In(l))+" "+sourceNames(f, c.ID, l)),
		&DataTable{Table: table, Summary: f.Texts.Table.Show.In(l)},
	)
	return c.figure
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

// OnMount draws the chart once ECharts is there (its script is deferred and
// normally runs before the WASM starts; if not, the chart waits for "load").
func (c *Chart) OnMount(ctx goapp.Context) {
	if goapp.Window().Get("echarts").Truthy() {
		c.draw()
		return
	}
	c.onLoad = goapp.FuncOf(func(goapp.Value, []goapp.Value) any {
		c.draw()
		return nil
	})
	goapp.Window().Call("addEventListener", "load", c.onLoad, map[string]any{"once": true})
}

func (c *Chart) draw() {
	echarts := goapp.Window().Get("echarts")
	if !echarts.Truthy() || c.instance != nil || c.option == "" {
		return
	}
	option := goapp.Window().Get("JSON").Call("parse", c.option)
	if reducedMotion() {
		// A media-query option keeps its settings in baseOption.
		target := option
		if base := option.Get("baseOption"); base.Truthy() {
			target = base
		}
		target.Set("animation", false)
	}
	el := c.canvas.JSValue()
	figure := c.figure.JSValue()
	figure.Call("removeAttribute", "data-chart-ready")
	c.instance = echarts.Call("getInstanceByDom", el)
	if !c.instance.Truthy() {
		c.instance = echarts.Call("init", el, nil, map[string]any{
			"renderer": "svg",
			"locale":   strings.ToUpper(string(c.Lang)),
		})
	}
	c.onDrawn = goapp.FuncOf(func(goapp.Value, []goapp.Value) any {
		figure.Call("setAttribute", "data-chart-ready", "1")
		return nil
	})
	c.instance.Call("on", "finished", c.onDrawn)
	c.instance.Call("setOption", option, true)

	c.onResize = goapp.FuncOf(func(goapp.Value, []goapp.Value) any {
		if c.instance != nil {
			c.instance.Call("resize")
		}
		return nil
	})
	c.observer = goapp.Window().Get("ResizeObserver").New(c.onResize)
	c.observer.Call("observe", el)
}

// OnDismount disposes of the ECharts instance and releases every JS callback.
func (c *Chart) OnDismount() {
	if c.observer != nil {
		c.observer.Call("disconnect")
		c.observer = nil
	}
	if c.instance != nil {
		c.instance.Call("off", "finished")
		c.instance.Call("dispose")
		c.instance = nil
	}
	for _, fn := range []*goapp.Func{&c.onDrawn, &c.onResize, &c.onLoad} {
		if *fn != nil {
			(*fn).Release()
			*fn = nil
		}
	}
}

func reducedMotion() bool {
	mq := goapp.Window().Call("matchMedia", "(prefers-reduced-motion: reduce)")
	return mq.Truthy() && mq.Get("matches").Bool()
}
