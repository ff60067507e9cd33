// Package chart turns the validated facts into ECharts options and data
// tables for one language. Everything here is a pure function of the facts
// and the language: the server and the browser build the same options.
//
// Options reuse go-echarts' option types (opts) where they exist and plain
// maps where go-echarts has no type; its chart and render packages, which
// pull in html/template, are left out of the browser build.
package chart

import (
	"fmt"
	"slices"

	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// Option is an ECharts option, ready for JSON encoding.
type Option map[string]any

// Table is a chart's data as a two-column table, for readers who cannot or
// do not want to use the chart.
type Table struct {
	Caption string
	Head    [2]string
	Rows    [][2]string
	// Foot is an optional total row.
	Foot *[2]string
}

// Palette of the charts (DESIGN: navy, red and grey stay apart under
// deuteranopia and protanopia).
const (
	Navy    = "#0A3161"
	Red     = "#B31942"
	Grey    = "#6B7280"
	Ink     = "#16191F"
	Muted   = "#4A5261"
	Panel   = "#F7F5F0"
	Rule    = "#D9DCE1"
	fontSet = `system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif`
)

// builder makes one chart's option and table.
type builder struct {
	option func(f *data.Facts, l locale.Lang) Option
	table  func(f *data.Facts, l locale.Lang) Table
}

var builders = map[string]builder{
	"aid-channels":  {aidChannels, aidChannelsTable},
	"aid-programme": {aidProgramme, aidProgrammeTable},
	"purchases":     {purchases, purchasesTable},
	"jltv":          {jltv, jltvTable},
	"timeline":      {timeline, timelineTable},
}

// Build returns the option of the chart with the given id in a language.
func Build(id string, f *data.Facts, l locale.Lang) (Option, error) {
	b, ok := builders[id]
	if !ok {
		return nil, fmt.Errorf("chart %q: no such chart", id)
	}
	o := b.option(f, l)
	target := o
	if inner, ok := o["baseOption"].(Option); ok {
		target = inner
	}
	target["aria"] = aria(f, id, l)
	return o, nil
}

// BuildTable returns the data table of the chart with the given id.
func BuildTable(id string, f *data.Facts, l locale.Lang) (Table, error) {
	b, ok := builders[id]
	if !ok {
		return Table{}, fmt.Errorf("chart %q: no such chart", id)
	}
	t := b.table(f, l)
	t.Caption = f.Expand(f.Texts.Chart[id].Title, l)
	t.Head = [2]string{f.Texts.Chart[id].Label.In(l), f.Texts.Chart[id].Value.In(l)}
	return t, nil
}

// aria turns on ECharts' accessibility module with our own description, in
// the page's language. Its automatic decal patterns stay off: every mark
// carries a direct label, so colour is never the only cue, and drawing the
// patterns was a large share of the charts' cost on a phone (the hatching of
// the purchase tiles is their own).
func aria(f *data.Facts, id string, l locale.Lang) *opts.Aria {
	return &opts.Aria{
		Enabled: opts.Bool(true),
		Label:   &opts.AriaLabel{Enabled: opts.Bool(true), Description: f.Expand(f.Texts.Chart[id].Description, l)},
		Decal:   &opts.AriaDecal{Show: opts.Bool(false)},
	}
}

// base holds what every chart shares: type, no entrance animation, and an
// item tooltip that stays inside the chart. The design allows an entrance
// of up to 600 ms, but a chart counts as drawn only once it ends, and each
// of its frames costs a phone's processor while the page loads: the charts
// appear drawn at once, like the printed page they stand for.
func base() Option {
	return Option{
		"animation": false,
		"textStyle": opts.TextStyle{FontFamily: fontSet, Color: Ink},
		"tooltip": map[string]any{
			"trigger":   "item",
			"confine":   true,
			"textStyle": opts.TextStyle{FontFamily: fontSet, Color: Ink, FontSize: 14},
		},
	}
}

// tip is a data item's tooltip: a bold first line, then details.
func tip(title, detail string) *opts.Tooltip {
	return &opts.Tooltip{Formatter: types.FuncStr("<strong>" + escape(title) + "</strong><br/>" + escape(detail))}
}

// escape makes text safe inside an ECharts tooltip (HTML) and label
// template: markup characters become entities, and braces, which ECharts
// reads as template variables, are dropped.
func escape(s string) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		switch r {
		case '<':
			out = append(out, []rune("&lt;")...)
		case '>':
			out = append(out, []rune("&gt;")...)
		case '&':
			out = append(out, []rune("&amp;")...)
		case '{', '}':
		default:
			out = append(out, r)
		}
	}
	return string(out)
}

// Sources returns the ids of the sources behind a chart, in first-use order.
func Sources(id string, f *data.Facts) []string {
	var ids []string
	add := func(s string) {
		if !slices.Contains(ids, s) {
			ids = append(ids, s)
		}
	}
	if id == "timeline" {
		for _, e := range f.Events {
			add(e.Source)
		}
		return ids
	}
	for _, fid := range chartFigures[id] {
		if fig := f.Figure(fid); fig != nil {
			add(fig.Source)
		}
	}
	return ids
}

// chartFigures are the figures each chart draws.
var chartFigures = map[string][]string{
	"aid-channels":  {"aid.direct", "aid.multilateral"},
	"aid-programme": {"aid.programme"},
	"purchases":     {"purchases.total"},
	"jltv":          {"purchases.jltv"},
}
