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
// before app.wasm has loaded; the page takes those drawings over when it
// mounts (takeover.go). A chart with another language is another component
// (CompoID), so a language switch mounts a fresh figure, which the page's
// script draws with ECharts' own locale.
type Chart struct {
	goapp.Compo

	ID    string
	Facts *data.Facts
	Lang  locale.Lang
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
	if !drawnBefore(c.ID, l) {
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
