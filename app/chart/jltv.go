package chart

import (
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// vehicle is the pictogram of one JLTV: a light armoured truck seen from the side.
const vehicle = "path://M1 11V8l2.5-1.5H8L10.5 3h7l1.8 3.5H23l1 1.6V11h-2.1a2.9 2.9 0 0 0-5.6 0H8.7a2.9 2.9 0 0 0-5.6 0ZM5.9 9.6a2.2 2.2 0 1 1 0 4.4a2.2 2.2 0 1 1 0-4.4ZM19.1 9.6a2.2 2.2 0 1 1 0 4.4a2.2 2.2 0 1 1 0-4.4Z"

// perRow is how many vehicles a row of the pictogram holds.
const perRow = 20

// jltv draws one icon per vehicle, in rows of 20: the count is the data, so
// the chart draws exactly as many icons as the figure says.
func jltv(f *data.Facts, l locale.Lang) Option {
	fig := f.Figure("purchases.jltv")
	n := int(fig.Value)
	rows := (n + perRow - 1) / perRow
	points := make([][2]int, n)
	for i := range points {
		points[i] = [2]int{i % perRow, i / perRow}
	}
	o := base()
	o["grid"] = map[string]any{"left": 4, "right": 4, "top": 4, "bottom": 4}
	o["xAxis"] = map[string]any{"type": "value", "min": -0.5, "max": perRow - 0.5, "show": false}
	o["yAxis"] = map[string]any{"type": "value", "min": -0.5, "max": float64(rows) - 0.5, "inverse": true, "show": false}
	o["series"] = []map[string]any{{
		"type":       "scatter",
		"symbol":     vehicle,
		"symbolSize": []int{16, 10},
		"itemStyle":  map[string]any{"color": Navy},
		"data":       points,
		"tooltip":    tip(fig.Label.In(l), fig.Format(l, locale.Long)),
		"emphasis":   map[string]any{"disabled": true},
	}}
	// Icons grow with the chart: ECharts media queries pick the size.
	return Option{
		"baseOption": o,
		"media": []map[string]any{
			{"query": map[string]any{"minWidth": 560}, "option": map[string]any{"series": []map[string]any{{"symbolSize": []int{24, 15}}}}},
			{"query": map[string]any{"minWidth": 900}, "option": map[string]any{"series": []map[string]any{{"symbolSize": []int{34, 21}}}}},
		},
	}
}

func jltvTable(f *data.Facts, l locale.Lang) Table {
	fig := f.Figure("purchases.jltv")
	return Table{Rows: [][2]string{{fig.Label.In(l), fig.Format(l, locale.Long)}}}
}
