package chart

import (
	"strconv"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// The timeline's axis runs a little beyond the first and last events, with
// a labelled guide every half century.
const (
	axisFrom = 1820
	axisTo   = 2040
)

var guideYears = []int{1850, 1900, 1950, 2000}

// timeline puts each event on its own row along a year axis from 1830 to
// 2029: a dot where it starts and, for spans, a thick line to where it ends.
// Each row's label sits above its marks at the left edge, so no label runs
// out of the chart on a narrow phone.
// The axis numbers are drawn as guide lines with literal labels, since
// ECharts would write years with a thousands separator ("1,900").
func timeline(f *data.Facts, l locale.Lang) Option {
	rows := make([]string, len(f.Events))
	points := make([]map[string]any, len(f.Events))
	var spans [][2]map[string]any
	for i, e := range f.Events {
		years := l.YearSpan(e.From, e.End())
		rows[i] = years + " · " + e.Label.In(l)
		points[i] = map[string]any{
			"value":   []any{e.From, i},
			"tooltip": tip(rows[i], f.Expand(e.Text, l)),
		}
		if e.End() > e.From {
			spans = append(spans, [2]map[string]any{
				{"coord": []any{e.From, i}},
				{"coord": []any{e.End() + 1, i}},
			})
		}
	}
	guides := make([]map[string]any, len(guideYears))
	for i, y := range guideYears {
		guides[i] = map[string]any{"xAxis": y, "label": map[string]any{"show": true, "formatter": strconv.Itoa(y)}}
	}
	o := base()
	o["grid"] = map[string]any{"left": 12, "right": 12, "top": 24, "bottom": 30}
	o["xAxis"] = map[string]any{
		"type": "value", "min": axisFrom, "max": axisTo, "position": "bottom",
		"axisLabel": map[string]any{"show": false},
		"axisTick":  map[string]any{"show": false},
		"splitLine": map[string]any{"show": false},
		"axisLine":  map[string]any{"lineStyle": map[string]any{"color": Muted}},
	}
	o["yAxis"] = map[string]any{
		"type": "category", "data": rows, "inverse": true,
		"axisLine": map[string]any{"show": false}, "axisTick": map[string]any{"show": false},
		"axisLabel": map[string]any{
			// Every row keeps its label: no interval for ECharts to estimate.
			"interval": 0,
			"inside":   true, "verticalAlign": "bottom", "align": "left", "margin": 0,
			"padding": []int{0, 0, 10, 0}, "color": Ink, "fontSize": 13,
			"width": 330, "overflow": "truncate",
		},
	}
	o["series"] = []map[string]any{
		{
			"type":       "scatter",
			"symbolSize": 12,
			"itemStyle":  map[string]any{"color": Navy, "borderColor": "#FFFFFF", "borderWidth": 2},
			"data":       points,
			"markLine": map[string]any{
				"silent": true, "symbol": []string{"none", "none"},
				"lineStyle": map[string]any{"color": Red, "width": 8, "type": "solid", "cap": "round", "opacity": 0.85},
				"label":     map[string]any{"show": false},
				"data":      spans,
			},
			"z": 3,
		},
		{
			// Guide lines only: no data of its own.
			"type": "scatter", "data": []any{}, "silent": true,
			"markLine": map[string]any{
				"silent": true, "symbol": []string{"none", "none"}, "animation": false,
				"lineStyle": map[string]any{"color": Rule, "width": 1, "type": "solid"},
				"label":     map[string]any{"show": true, "position": "end", "color": Muted, "fontSize": 13, "distance": 4},
				"data":      guides,
			},
			"z": 1,
		},
	}
	return o
}

func timelineTable(f *data.Facts, l locale.Lang) Table {
	var t Table
	for _, e := range f.Events {
		t.Rows = append(t.Rows, [2]string{l.YearSpan(e.From, e.End()), e.Label.In(l) + " — " + f.Expand(e.Text, l)})
	}
	return t
}
