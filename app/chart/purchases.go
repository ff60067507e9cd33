package chart

import (
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// purchases shows what Belgium bought as tiles of one size: the source gives
// the total but no amount per category, so no tile may look larger than
// another. Tiles are neutral and hatched, the look of "not broken down".
func purchases(f *data.Facts, l locale.Lang) Option {
	unknown := f.Texts.Purchases.Unknown.In(l)
	nodes := make([]map[string]any, len(f.Categories))
	for i, c := range f.Categories {
		nodes[i] = map[string]any{
			// Every tile weighs the same: equal by design, not by amount.
			"value":   1,
			"name":    c.Label.In(l),
			"tooltip": tip(c.Label.In(l), c.Detail.In(l)+" "+unknown+"."),
			// Set on each tile, so ECharts' palette and its automatic decals
			// (which would tell tiles apart) do not apply.
			"itemStyle": neutralTile,
		}
	}
	o := base()
	o["series"] = []map[string]any{{
		"type":       "treemap",
		"data":       nodes,
		"roam":       false,
		"nodeClick":  false,
		"breadcrumb": map[string]any{"show": false},
		"left":       0, "right": 0, "top": 0, "bottom": 0,
		"squareRatio": 1.2,
		"itemStyle":   neutralTile,
		"levels":      []map[string]any{{"itemStyle": neutralTile, "color": []string{Panel}}},
		"label": map[string]any{
			"show": true, "position": "insideTopLeft", "color": Ink,
			"fontSize": 15, "fontWeight": "bold", "lineHeight": 20, "overflow": "break", "padding": 10,
		},
		"upperLabel": map[string]any{"show": false},
		"emphasis":   map[string]any{"itemStyle": map[string]any{"borderColor": Navy}},
		// The treemap keeps its own entrance unless told otherwise.
		"animation": false,
	}}
	return o
}

// neutralTile is one look for every tile: warm grey, hatched, white gaps.
var neutralTile = map[string]any{
	"color": Panel, "borderColor": "#FFFFFF", "borderWidth": 4, "gapWidth": 4,
	"decal": map[string]any{
		"symbol": "rect", "symbolSize": 1, "color": "rgba(107,114,128,0.18)",
		"dashArrayX": []int{1, 0}, "dashArrayY": []int{2, 5}, "rotation": 0.785,
	},
}

func purchasesTable(f *data.Facts, l locale.Lang) Table {
	var t Table
	unknown := f.Texts.Purchases.Unknown.In(l)
	for _, c := range f.Categories {
		t.Rows = append(t.Rows, [2]string{c.Label.In(l), unknown})
	}
	total := f.Figure("purchases.total")
	t.Foot = &[2]string{total.Label.In(l) + ", " + l.YearSpan(total.Period.From, total.Period.To), total.Format(l, locale.Long)}
	return t
}
