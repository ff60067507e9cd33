// Package chart is the registry of the page's charts: for each, in page
// order, everything that identifies it (its id, its section, the scale it
// shares, the figures it draws, its embed's height) and pure functions
// from the validated facts and a language to its drawing and its data
// table. The server and the browser build the same drawings, and the
// downloadable pictures are drawn from them.
//
// Each drawing is a model: Bars, which ECharts draws from the option
// built from them, and Pictogram, Tiles and Timeline, which the Go
// components draw as HTML and SVG.
package chart

import (
	"errors"
	"fmt"
	"slices"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// Kind says who draws a chart.
type Kind int

const (
	// ECharts charts are drawn in the browser by the ECharts bundle, from
	// an Option the page carries as JSON.
	ECharts Kind = iota
	// HTML charts are drawn by the Go components as HTML and SVG: complete
	// in the served page, with no script.
	HTML
)

// String names the kind: "echarts" or "html".
func (k Kind) String() string {
	if k == HTML {
		return "html"
	}
	return "echarts"
}

// Drawing is what a chart's Draw returns: Bars, which ECharts draws, or
// one of the models the components draw (Pictogram, Tiles, Timeline).
type Drawing interface{ kind() Kind }

// Table is a chart's data as a two-column table, for readers who cannot or
// do not want to use the chart.
type Table struct {
	Caption string
	Head    [2]string
	Rows    [][2]string
	// Foot is an optional total row.
	Foot *[2]string
}

// Spec is one chart of the page.
type Spec struct {
	ID   string
	Kind Kind
	// Section is the id of the page's section that shows the chart.
	Section string
	// Scale names the value axis the chart shares with the other charts
	// of the same Scale: it runs to the largest figure any of them draws,
	// so that their bars can be held against each other.
	Scale string
	// Figures are the ids of the figures the chart draws, in order.
	Figures []string
	// Events is true for a chart of the timeline's events.
	Events bool
	// EmbedHeight is the initial height of the chart's embed, in CSS
	// pixels: what it needs in a phone's column, 360 px wide, in the
	// language that needs most, measured in the browser. The host script
	// then sets the frame to its content's height; where a site removes
	// the script, nothing is hidden, and a desktop shows some space under
	// the chart.
	EmbedHeight int
	// Draw builds the chart's drawing in a language.
	Draw func(f *data.Facts, s Spec, l locale.Lang) (Drawing, error)
	// Table builds its data, without caption and headers (see BuildTable).
	Table func(f *data.Facts, s Spec, l locale.Lang) (Table, error)
}

// All are the page's charts, in page order. It is set in init: a chart of
// amounts reads All for the other charts of its scale.
var All []Spec

func init() { All = registry() }

// registry is the page's charts, in page order.
func registry() []Spec {
	return []Spec{
		{ID: "aid-channels", Kind: ECharts, Section: "aid", Scale: "aid", Figures: []string{"aid.direct", "aid.multilateral"}, EmbedHeight: 470, Draw: bars, Table: barsTable},
		{ID: "aid-programme", Kind: ECharts, Section: "aid", Scale: "aid", Figures: []string{"aid.programme"}, EmbedHeight: 520, Draw: bars, Table: barsTable},
		{ID: "purchases", Kind: HTML, Section: "purchases", Figures: []string{"purchases.total"}, EmbedHeight: 1440, Draw: purchases, Table: purchasesTable},
		{ID: "jltv", Kind: HTML, Section: "purchases", Figures: []string{"purchases.jltv"}, EmbedHeight: 1170, Draw: jltv, Table: jltvTable},
		{ID: "timeline", Kind: HTML, Section: "history", Events: true, EmbedHeight: 2020, Draw: timeline, Table: timelineTable},
	}
}

// InSection lists the ids of the charts a section shows, in page order.
func InSection(section string) []string {
	var ids []string
	for _, s := range All {
		if s.Section == section {
			ids = append(ids, s.ID)
		}
	}
	return ids
}

// IDs lists the ids of All, in page order.
func IDs() []string {
	ids := make([]string, len(All))
	for i, s := range All {
		ids[i] = s.ID
	}
	return ids
}

// Lookup returns the chart with the given id.
func Lookup(id string) (Spec, bool) {
	i := slices.IndexFunc(All, func(s Spec) bool { return s.ID == id })
	if i < 0 {
		return Spec{}, false
	}
	return All[i], true
}

// Needs are what the charts need of the data, for its validation.
func Needs() []data.Need {
	needs := make([]data.Need, len(All))
	for i, s := range All {
		needs[i] = data.Need{Chart: s.ID, Figures: s.Figures}
	}
	return needs
}

// Check builds every chart and table in every language, and returns every
// failure: the server runs it before it serves anything, and so does
// make check-data.
func Check(f *data.Facts) error {
	var errs []error
	for _, s := range All {
		for _, l := range locale.All {
			d, err := s.Draw(f, s, l)
			switch {
			case err != nil:
				errs = append(errs, fmt.Errorf("chart %q in %s: %w", s.ID, l, err))
			case d == nil:
				errs = append(errs, fmt.Errorf("chart %q in %s: no drawing", s.ID, l))
			case d.kind() != s.Kind:
				errs = append(errs, fmt.Errorf("chart %q: drawn as %s, registered as %s", s.ID, d.kind(), s.Kind))
			}
			if _, err := BuildTable(s.ID, f, l); err != nil {
				errs = append(errs, err)
			}
		}
	}
	return errors.Join(errs...)
}

// Build returns the drawing of the chart with the given id in a language.
func Build(id string, f *data.Facts, l locale.Lang) (Drawing, error) {
	s, ok := Lookup(id)
	if !ok {
		return nil, fmt.Errorf("chart %q: no such chart", id)
	}
	d, err := s.Draw(f, s, l)
	if err != nil {
		return nil, fmt.Errorf("chart %q: %w", id, err)
	}
	return d, nil
}

// BuildTable returns the data table of the chart with the given id, with
// its caption (the chart's title) and headers.
func BuildTable(id string, f *data.Facts, l locale.Lang) (Table, error) {
	s, ok := Lookup(id)
	if !ok {
		return Table{}, fmt.Errorf("chart %q: no such chart", id)
	}
	texts, ok := f.Texts.Chart[id]
	if !ok {
		return Table{}, fmt.Errorf("chart %q: no texts", id)
	}
	t, err := s.Table(f, s, l)
	if err != nil {
		return Table{}, fmt.Errorf("chart %q table: %w", id, err)
	}
	t.Caption = f.Expand(texts.Title, l)
	t.Head = [2]string{texts.Label.In(l), texts.Value.In(l)}
	return t, nil
}

// Sources returns the ids of the sources behind a chart, in first-use order.
func Sources(s Spec, f *data.Facts) []string {
	var ids []string
	add := func(id string) {
		if !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	for _, id := range s.Figures {
		if fig := f.Figure(id); fig != nil {
			add(fig.Source)
		}
	}
	if s.Events {
		for _, e := range f.Events {
			add(e.Source)
			add(e.DatedBy())
		}
	}
	return ids
}

// figure returns the figure with the given id, or an error naming it.
func figure(f *data.Facts, id string) (*data.Figure, error) {
	fig := f.Figure(id)
	if fig == nil {
		return nil, fmt.Errorf("figure %q is not in the data", id)
	}
	return fig, nil
}

// only returns the one figure a chart draws, or an error.
func only(f *data.Facts, s Spec) (*data.Figure, error) {
	if len(s.Figures) != 1 {
		return nil, fmt.Errorf("the chart draws one figure, it has %d", len(s.Figures))
	}
	return figure(f, s.Figures[0])
}

// optionKey keys a chart's option in a language among the generated ones.
func optionKey(id string, l locale.Lang) string { return id + "/" + string(l) }
