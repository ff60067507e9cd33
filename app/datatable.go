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
	return goapp.Details().Class("datatable").Body(
		goapp.Summary().Text(d.Summary),
		goapp.Div().Class("datatable__scroll").Body(
			goapp.Table().Body(
				goapp.Caption().Text(t.Caption),
				goapp.THead().Body(goapp.Tr().Body(
					goapp.Th().Scope("col").Text(t.Head[0]),
					goapp.Th().Scope("col").Text(t.Head[1]),
				)),
				goapp.TBody().Body(
					goapp.Range(t.Rows).Slice(func(i int) goapp.UI {
						return goapp.Tr().Body(
							goapp.Th().Scope("row").Text(t.Rows[i][0]),
							goapp.Td().Text(t.Rows[i][1]),
						)
					}),
				),
				goapp.If(t.Foot != nil, func() goapp.UI {
					return goapp.TFoot().Body(goapp.Tr().Body(
						goapp.Th().Scope("row").Text(t.Foot[0]),
						goapp.Td().Text(t.Foot[1]),
					))
				}),
			),
		),
	)
}
