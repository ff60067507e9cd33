package app

import (
	"strconv"
	"sync"

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
	Site  Site
	// Embedded is a chart in an embed, which offers no embed code and no
	// data download.
	Embedded bool
	// Heading is the level of the title's heading: 3 within a section
	// (the default), 1 for a chart that is its page's subject, 2 on a
	// slide.
	Heading int
	// Takeaway is the line a slide says under the title; the page has
	// none.
	Takeaway string
}

// CompoID makes a language change mount a new chart.
func (c *Chart) CompoID() string { return c.ID + "/" + string(c.Lang) }

// Render writes the figure from what build made of the chart.
func (c *Chart) Render() goapp.UI {
	f, l := c.Facts, c.Lang
	b := build(f, c.ID, l)
	fig := goapp.Figure().ID(chartAnchor(c.ID)).Class("chart chart--"+b.spec.Kind.String()).Attr(ChartAttr, c.ID).Attr(LangAttr, string(l))
	if b.spec.Kind == chart.HTML {
		fig = fig.Attr(ReadyAttr, "1")
	}
	// The figure is named by its title; a title with a short amount
	// ("$1.1B/yr") is heard with the amount in full.
	titleID := chartAnchor(c.ID) + "-title"
	fig = fig.Aria("labelledby", titleID)
	level := max(1, min(c.Heading, 3))
	if c.Heading == 0 {
		level = 3
	}
	spoken := f.Spoken(f.Texts.Chart[c.ID].Title, l)
	if spoken == b.title {
		spoken = ""
	}
	var m markup
	m.elem("h"+strconv.Itoa(level), b.title, "id", titleID, "class", "chart__title", "aria-label", spoken)
	title := goapp.Raw(m.String())
	return fig.Body(
		goapp.FigCaption().Class("chart__caption").Body(
			title,
			goapp.If(c.Takeaway != "", func() goapp.UI {
				return goapp.P().Class("slide__takeaway").Text(c.Takeaway)
			}),
			goapp.If(b.note != "", func() goapp.UI {
				return goapp.P().Class("chart__note").Text(b.note)
			}),
		),
		b.body(c.ID, marks{f: f, l: l, site: c.Site, group: c.ID, embedded: c.Embedded}),
		goapp.Raw(c.sourceLine(b.source)),
		goapp.Div().Class("chart__tools").Body(
			c.dataTable(b.table),
			goapp.If(!c.Embedded, func() goapp.UI { return &EmbedCode{ID: c.ID, Facts: f, Lang: l, Site: c.Site} }),
			goapp.If(!c.Embedded, func() goapp.UI { return goapp.Raw(c.shareBox(f.Spoken(f.Texts.Chart[c.ID].Title, l))) }),
		),
	)
}

// shareBox is the chart's "Share or cite" disclosure; title is its
// title in full.
func (c *Chart) shareBox(title string) string {
	var m markup
	shareBox(&m, c.Facts, c.Lang, c.Site, sharedOf(c.Facts, c.Lang, c.Site, c.Facts.Texts.Share.Chart, chartAnchor(c.ID), title, title))
	return m.String()
}

// sourceLine is the chart's source line, with its link to what the
// source says.
func (c *Chart) sourceLine(source string) string {
	var m markup
	m.open("p", "class", "chart__source").text(source + " ")
	sourceLink(&m, c.Facts, c.Lang, c.Site, QuotesID, "chart__quotes", c.Embedded)
	m.close("p")
	return m.String()
}

// dataTable is the chart's data table. On the site's own pages it links
// to the chart's data as a CSV file and to its picture as SVG and PNG.
// An embed has no such link: a frame sandboxed without allow-downloads
// could not save it, and the embed links to the full page.
func (c *Chart) dataTable(t chart.Table) *DataTable {
	f, l := c.Facts, c.Lang
	d := &DataTable{Table: t, Summary: f.Texts.Table.Show.In(l), Hide: f.Texts.Table.Hide.In(l)}
	if !c.Embedded {
		link := func(format, text, label string) Download {
			return Download{c.Site.Link(DataPath(l, c.ID, format)), DataFileName(l, c.ID, format), text, label}
		}
		d.Downloads = []Download{
			link(CSV, f.Texts.Download.Chart.In(l), ""),
			link(SVG, "SVG", f.Texts.Download.SVG.In(l)),
			link(PNG, "PNG", f.Texts.Download.PNG.In(l)),
		}
	}
	return d
}

// built is what a chart shows in a language, made once: app.wasm makes
// it before it mounts the page (Warm), and a chart rendered again reuses
// it.
type built struct {
	spec                             chart.Spec
	title, note, source, description string
	drawing                          chart.Drawing
	table                            chart.Table
	// option is the ECharts option as JSON, for a chart of amounts.
	option string
}

type builtKey struct {
	facts *data.Facts
	id    string
	lang  locale.Lang
}

var (
	builtMu  sync.Mutex
	builtMap = map[builtKey]*built{}
)

// build returns what a chart shows in a language. A chart that cannot be
// built shows its title alone: the server checks every chart before it
// serves anything (chart.Check), so this happens only with data that was
// never checked.
func build(f *data.Facts, id string, l locale.Lang) *built {
	key := builtKey{f, id, l}
	builtMu.Lock()
	defer builtMu.Unlock()
	if b, ok := builtMap[key]; ok {
		return b
	}
	texts := f.Texts.Chart[id]
	s, _ := chart.Lookup(id)
	drawing, err := chart.Build(id, f, l)
	if err != nil {
		goapp.Log(err)
	}
	table, err := chart.BuildTable(id, f, l)
	if err != nil {
		goapp.Log(err)
	}
	b := &built{
		spec:        s,
		title:       f.Expand(texts.Title, l),
		source:      SourceLine(f, s, l),
		description: f.Expand(texts.Description, l),
		drawing:     drawing,
		table:       table,
	}
	if texts.Note != nil {
		b.note = texts.Note.In(l)
	}
	if _, ok := drawing.(chart.Bars); ok {
		if b.option, err = chart.OptionJSON(f, id, l); err != nil {
			goapp.Log(err)
		}
	}
	builtMap[key] = b
	return b
}

// Warm makes, before the page mounts, what every chart shows in the
// language of the page's address, so that the mount itself is short.
func Warm(f *data.Facts) {
	l := langOf(Site{Prefix: PrefixOfPage()}, goapp.Window().URL().Path)
	for _, s := range chart.All {
		build(f, s.ID, l)
	}
}

// body is the drawing, made anew for each rendering: the box ECharts
// draws in, or the Go drawing, with its marks.
func (b *built) body(id string, k marks) goapp.UI {
	switch d := b.drawing.(type) {
	case chart.Bars:
		return &Canvas{ID: id, Bars: d, Option: b.option, Description: b.description, Marks: k}
	case chart.Pictogram:
		return &Pictogram{Pictogram: d, Description: b.description, Marks: k}
	case chart.Tiles:
		return &Tiles{Tiles: d, Description: b.description, Marks: k}
	case chart.Timeline:
		return &Timeline{Timeline: d, Description: b.description, Marks: k}
	}
	return nil
}

// SourceLine names the sources behind a chart's figures and events, as
// the chart's source line says it: "Source: …".
func SourceLine(f *data.Facts, s chart.Spec, l locale.Lang) string {
	return SourcesLine(f, chart.Sources(s, f), l)
}

// SourcesLine names sources by their ids: "Source: …", or "Sources: …; …"
// when there are several.
func SourcesLine(f *data.Facts, ids []string, l locale.Lang) string {
	var names []string
	for _, id := range ids {
		if src := f.Source(id); src != nil {
			names = append(names, src.Name.In(l))
		}
	}
	label := f.Texts.Footer.Source
	if len(names) > 1 {
		label = f.Texts.Footer.SourceMany
	}
	return l.Colon(label.In(l)) + " " + l.Typeset(l.List(names))
}

// chartAnchor is the id of a chart's figure on the page.
func chartAnchor(id string) string { return "chart-" + id }
