package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/app/chart"
)

// DataTable is a chart's data as a real table, folded under a summary so it
// is one click away, and readable without the chart or JavaScript.
type DataTable struct {
	goapp.Compo

	Table   chart.Table
	Summary string
}

// Render writes the table with header cells scoped to their column or row.
func (d *DataTable) Render() goapp.UI {
	t := d.Table
	var m markup
	m.open("details", "class", "datatable").elem("summary", d.Summary)
	m.open("div", "class", "datatable__scroll").open("table").elem("caption", t.Caption)
	m.open("thead").open("tr").elem("th", t.Head[0], "scope", "col").elem("th", t.Head[1], "scope", "col").close("tr").close("thead")
	m.open("tbody")
	for _, r := range t.Rows {
		m.open("tr").elem("th", r[0], "scope", "row").elem("td", r[1]).close("tr")
	}
	m.close("tbody")
	if t.Foot != nil {
		m.open("tfoot").open("tr").elem("th", t.Foot[0], "scope", "row").elem("td", t.Foot[1]).close("tr").close("tfoot")
	}
	m.close("table").close("div").close("details")
	return goapp.Raw(m.String())
}
