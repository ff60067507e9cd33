package chart

import (
	"github.com/go-echarts/go-echarts/v2/opts"
)

// Option is an ECharts option, ready for JSON encoding. It holds no colour
// and no font: the page's script gives ECharts a theme read from the
// stylesheet's custom properties, and sizes the text with the page's, so
// one option serves every theme and every screen.
type Option map[string]any

func (Option) kind() Kind { return ECharts }

// barsWithLabelsAbove is the option of a horizontal bar chart whose every
// bar carries its label above it, at its left end, in two lines at most:
// the label has the whole width of the chart, whatever the language, so
// nothing collides from a 320 px phone to a wall screen. Each bar's band is
// sized by the stylesheet for the two lines, the bar and a gap. The value
// axis starts at zero and runs to max; it is not drawn, since every bar
// says its own amount.
func barsWithLabelsAbove(names []string, items []opts.BarData, max float64, colorByItem bool) Option {
	colorBy := "series"
	if colorByItem {
		colorBy = "data"
	}
	return Option{
		// The page draws every chart at once, as printed: no entrance.
		"animation": false,
		"grid":      opts.Grid{Left: "0", Right: "0", Top: "0", Bottom: "0"},
		"xAxis":     map[string]any{"type": "value", "min": 0, "max": max, "show": false},
		"yAxis":     map[string]any{"type": "category", "data": names, "inverse": true, "show": false},
		"series": []map[string]any{{
			"type":     "bar",
			"colorBy":  colorBy,
			"barWidth": "26%",
			"silent":   true,
			"data":     items,
			"label": map[string]any{
				"show": true,
				// Above the bar's left end: [x, y] from its top-left corner.
				"position": []int{0, -6}, "align": "left", "verticalAlign": "bottom",
				"rich": map[string]any{"t": map[string]any{}, "v": map[string]any{"fontWeight": "bold"}},
			},
		}},
	}
}

// escape makes text safe inside an ECharts label template: braces, which
// ECharts reads as template variables and rich-text styles, are dropped.
func escape(s string) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		if r != '{' && r != '}' {
			out = append(out, r)
		}
	}
	return string(out)
}

// plain is text in the label's plain style, and bold in its bold style:
// ECharts lays out rich-text lines only when each is a styled run.
func plain(s string) string { return "{t|" + escape(s) + "}" }
func bold(s string) string  { return "{v|" + escape(s) + "}" }
