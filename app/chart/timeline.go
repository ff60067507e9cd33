package chart

import (
	"strconv"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// The timeline's axis runs a little beyond the first and last events.
const (
	axisFrom = "1820-01-01"
	axisTo   = "2040-01-01"
	// labelsLeftFrom is the year from which labels sit left of their mark,
	// where the right side of the chart has no room left.
	labelsLeftFrom = 1935
)

func jan1(year int) string  { return strconv.Itoa(year) + "-01-01" }
func dec31(year int) string { return strconv.Itoa(year) + "-12-31" }

// timeline puts each event on its own row along a time axis from 1830 to
// 2029: a dot where it starts and, for spans, a thick line to where it ends.
func timeline(f *data.Facts, l locale.Lang) Option {
	rows := make([]string, len(f.Events))
	points := make([]map[string]any, len(f.Events))
	var spans [][2]map[string]any
	for i, e := range f.Events {
		years := l.YearSpan(e.From, e.End())
		rows[i] = e.Label.In(l)
		position := "right"
		if e.From >= labelsLeftFrom {
			position = "left"
		}
		points[i] = map[string]any{
			"value": []any{jan1(e.From), i},
			"label": map[string]any{
				"show": true, "position": position, "distance": 10,
				"formatter": escape(years + " · " + e.Label.In(l)),
				"width":     170, "overflow": "break",
			},
			"tooltip": tip(years+" · "+e.Label.In(l), f.Expand(e.Text, l)),
		}
		if e.End() > e.From {
			spans = append(spans, [2]map[string]any{
				{"coord": []any{jan1(e.From), i}},
				{"coord": []any{dec31(e.End()), i}},
			})
		}
	}
	o := base()
	o["grid"] = map[string]any{"left": 12, "right": 12, "top": 8, "bottom": 28}
	o["xAxis"] = map[string]any{
		"type": "time", "min": axisFrom, "max": axisTo,
		"axisLabel": map[string]any{"formatter": "{yyyy}", "color": Muted, "fontSize": 13, "hideOverlap": true},
		"axisLine":  map[string]any{"lineStyle": map[string]any{"color": Muted}},
		"splitLine": map[string]any{"show": true, "lineStyle": map[string]any{"color": Rule}},
	}
	o["yAxis"] = map[string]any{"type": "category", "data": rows, "inverse": true, "show": false}
	o["series"] = []map[string]any{{
		"type":        "scatter",
		"symbolSize":  12,
		"itemStyle":   map[string]any{"color": Navy, "borderColor": "#FFFFFF", "borderWidth": 2},
		"label":       map[string]any{"color": Ink, "fontSize": 13, "lineHeight": 16},
		"labelLayout": map[string]any{"hideOverlap": false},
		"data":        points,
		"markLine": map[string]any{
			"silent": true, "symbol": []string{"none", "none"},
			"lineStyle": map[string]any{"color": Red, "width": 8, "type": "solid", "cap": "round", "opacity": 0.85},
			"label":     map[string]any{"show": false},
			"data":      spans,
		},
		"z": 3,
	}}
	return o
}

func timelineTable(f *data.Facts, l locale.Lang) Table {
	var t Table
	for _, e := range f.Events {
		t.Rows = append(t.Rows, [2]string{l.YearSpan(e.From, e.End()), e.Label.In(l) + " — " + f.Expand(e.Text, l)})
	}
	return t
}
