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

// Chart is one chart of the registry as a figure: its title, the drawing,
// its source line and its data table. A chart of amounts is drawn by the
// page's script in a Canvas; pictograms, tiles and the timeline are drawn
// here, in the HTML.
type Chart struct {
	goapp.Compo

	ID    string
	Facts *data.Facts
	Lang  locale.Lang
}

// CompoID makes a language change mount a new chart.
func (c *Chart) CompoID() string { return c.ID + "/" + string(c.Lang) }

// Render writes the figure. A chart that cannot be built renders its
// title alone: the server checks every chart before it serves anything
// (chart.Check), so this happens only with data that was never checked.
func (c *Chart) Render() goapp.UI {
	f, l := c.Facts, c.Lang
	texts := f.Texts.Chart[c.ID]
	s, _ := chart.Lookup(c.ID)
	drawing, err := chart.Build(c.ID, f, l)
	if err != nil {
		goapp.Log(err)
	}
	table, err := chart.BuildTable(c.ID, f, l)
	if err != nil {
		goapp.Log(err)
	}
	description := AttrText(f.Expand(texts.Description, l))
	fig := goapp.Figure().Class("chart chart--"+s.Kind.String()).DataSet("chart", c.ID).DataSet("lang", string(l))
	if s.Kind == chart.HTML {
		fig = fig.Attr(ReadyAttr, "1")
	}
	return fig.Body(
		goapp.FigCaption().Class("chart__caption").Body(
			goapp.H3().Class("chart__title").Text(f.Expand(texts.Title, l)),
			goapp.If(texts.Note != nil, func() goapp.UI {
				return goapp.P().Class("chart__note").Text(texts.Note.In(l))
			}),
		),
		c.body(drawing, table, description),
		goapp.P().Class("chart__source").Text(l.Colon(f.Texts.Footer.Source.In(l))+" "+sourceNames(f, s, l)),
		&DataTable{Table: table, Summary: f.Texts.Table.Show.In(l)},
	)
}

// body is the drawing: the box ECharts draws in, or the Go drawing.
func (c *Chart) body(d chart.Drawing, table chart.Table, description string) goapp.UI {
	switch d := d.(type) {
	case chart.Option:
		return &Canvas{ID: c.ID, Option: optionJSON(d), Description: description, Rows: table.Rows}
	case chart.Pictogram:
		return &Pictogram{Pictogram: d, Description: description}
	case chart.Tiles:
		return &Tiles{Tiles: d, Description: description}
	case chart.Timeline:
		return &Timeline{Timeline: d, Description: description}
	}
	return nil
}

// optionJSON encodes an option for a <script> element: HTML escaping keeps
// "</script>" out of it.
func optionJSON(o chart.Option) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(o); err != nil {
		goapp.Log("encoding a chart option:", err)
		return "{}"
	}
	return strings.TrimSpace(b.String())
}

// sourceNames names the sources behind a chart's figures and events.
func sourceNames(f *data.Facts, s chart.Spec, l locale.Lang) string {
	var names []string
	for _, id := range chart.Sources(s, f) {
		if src := f.Source(id); src != nil {
			names = append(names, src.Name.In(l))
		}
	}
	return strings.Join(names, "; ")
}
