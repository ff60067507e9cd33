package chart

import (
	"strconv"

	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// billions is the unit of the aid charts' value axes.
const billions = 1e9

// hiddenValueAxis is a value axis starting at zero whose numbers are not
// shown: every mark carries its own label with the source's qualifier.
func hiddenValueAxis(max float64) map[string]any {
	return map[string]any{
		"type":      "value",
		"min":       0,
		"max":       max,
		"axisLabel": opts.AxisLabel{Show: opts.Bool(false)},
		"splitLine": opts.SplitLine{Show: opts.Bool(true), LineStyle: &opts.LineStyle{Color: Rule}},
	}
}

func categoryAxis(names []string, labelWidth int) map[string]any {
	return map[string]any{
		"type": "category",
		"data": names,
		"axisLabel": map[string]any{
			"interval": 0, "width": labelWidth, "overflow": "break",
			"color": Ink, "fontSize": 14, "lineHeight": 18,
		},
		"axisTick": opts.AxisTick{Show: opts.Bool(false)},
		"axisLine": opts.AxisLine{LineStyle: &opts.LineStyle{Color: Muted}},
	}
}

// aidChannels compares direct aid with aid through the EU and NATO.
func aidChannels(f *data.Facts, l locale.Lang) Option {
	figs := []*data.Figure{f.Figure("aid.direct"), f.Figure("aid.multilateral")}
	colors := []string{Navy, Red}
	names := make([]string, len(figs))
	items := make([]opts.BarData, len(figs))
	top := 0.0
	for i, fig := range figs {
		names[i] = fig.Label.In(l)
		items[i] = opts.BarData{
			Name:      names[i],
			Value:     fig.Value / billions,
			ItemStyle: &opts.ItemStyle{Color: colors[i], BorderRadius: "4"},
			Label: &opts.Label{
				Show: opts.Bool(true), Position: "top", Formatter: escape(barLabel(fig, l)),
				Color: Ink, FontSize: 16, FontWeight: "bold", LineHeight: 20,
			},
			Tooltip: tip(names[i], fig.Format(l, locale.Long)),
		}
		top = max(top, fig.Value/billions)
	}
	o := base()
	// Fixed margins rather than containLabel, whose measuring of the axis
	// labels was a large part of drawing the chart: room for three lines.
	o["grid"] = opts.Grid{Left: "8", Right: "8", Top: "48", Bottom: "64"}
	o["xAxis"] = categoryAxis(names, 150)
	o["yAxis"] = hiddenValueAxis(top * 1.15)
	o["series"] = []map[string]any{{
		"type": "bar", "barMaxWidth": 96, "data": items,
	}}
	return o
}

// barLabel is a bar's direct label: the source's qualifier above the amount,
// as on the key figures, so that the label stays as narrow as its bar's half
// of a phone-wide chart ("etwa" over "1,14 Mrd. US-$").
func barLabel(fig *data.Figure, l locale.Lang) string {
	amount := l.Amount(fig.Quantity(), locale.Short)
	if q := l.QualifierWord(fig.Qualifier); q != "" {
		return q + "\n" + amount
	}
	return amount
}

func aidChannelsTable(f *data.Facts, l locale.Lang) Table {
	var t Table
	for _, id := range []string{"aid.direct", "aid.multilateral"} {
		fig := f.Figure(id)
		t.Rows = append(t.Rows, [2]string{fig.Label.In(l), fig.Format(l, locale.Long)})
	}
	return t
}

// aidProgramme draws the yearly programme as bars that stop at the announced
// minimum, each with a fading open tip: the source says "more than", so no
// bar may look like an exact amount.
func aidProgramme(f *data.Facts, l locale.Lang) Option {
	fig := f.Figure("aid.programme")
	years := fig.Period.Years()
	names := make([]string, len(years))
	minimum := make([]opts.BarData, len(years))
	tips := make([]opts.BarData, len(years))
	value := fig.Value / billions
	openTip := value * 0.22
	for i, y := range years {
		names[i] = strconv.Itoa(y)
		t := tip(names[i], fig.Format(l, locale.Long))
		minimum[i] = opts.BarData{Value: value, Tooltip: t}
		tips[i] = opts.BarData{Value: openTip, Tooltip: t}
	}
	o := base()
	o["grid"] = opts.Grid{Left: "8", Right: "8", Top: "48", Bottom: "30"}
	o["xAxis"] = categoryAxis(names, 80)
	o["yAxis"] = hiddenValueAxis((value + openTip) * 1.1)
	o["series"] = []map[string]any{
		{
			"type": "bar", "stack": "programme", "barMaxWidth": 72, "data": minimum,
			"itemStyle": opts.ItemStyle{Color: Navy},
			"markLine": map[string]any{
				"silent": true, "symbol": []string{"none", "none"},
				"data":      []map[string]any{{"yAxis": value}},
				"lineStyle": opts.LineStyle{Color: Ink, Type: "dashed", Width: 1.5},
				"label": map[string]any{
					"position": "insideEndBottom", "formatter": escape(fig.Format(l, locale.Short)),
					"color": "#FFFFFF", "fontSize": 14, "fontWeight": "bold",
					"backgroundColor": Ink, "padding": []int{4, 8}, "borderRadius": 4,
				},
			},
		},
		{
			"type": "bar", "stack": "programme", "barMaxWidth": 72, "data": tips,
			"itemStyle": map[string]any{
				"borderRadius": []int{6, 6, 0, 0},
				"color": map[string]any{
					"type": "linear", "x": 0, "y": 1, "x2": 0, "y2": 0,
					"colorStops": []map[string]any{
						{"offset": 0, "color": "rgba(10,49,97,0.55)"},
						{"offset": 1, "color": "rgba(10,49,97,0)"},
					},
				},
				"decal": "none",
			},
		},
	}
	return o
}

func aidProgrammeTable(f *data.Facts, l locale.Lang) Table {
	fig := f.Figure("aid.programme")
	var t Table
	for _, y := range fig.Period.Years() {
		t.Rows = append(t.Rows, [2]string{strconv.Itoa(y), fig.Format(l, locale.Long)})
	}
	return t
}
