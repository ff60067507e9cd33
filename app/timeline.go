package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/app/chart"
)

// Timeline draws the shared history as an ordered list: a column with a
// rail on phones, rows read left to right where there is room.
type Timeline struct {
	goapp.Compo

	Timeline chart.Timeline
	// Description is read before the list by screen readers.
	Description string
}

// Render writes one item per moment, oldest first.
func (t *Timeline) Render() goapp.UI {
	moments := t.Timeline.Moments
	return goapp.Ol().Class("timeline").Aria("label", t.Description).Body(
		goapp.Range(moments).Slice(func(i int) goapp.UI {
			m := moments[i]
			class := "moment"
			if m.To > m.From {
				class += " moment--span"
			}
			return goapp.Li().Class(class).DataSet("event", m.ID).Body(
				goapp.P().Class("moment__years").Body(
					goapp.Time().DateTime(strconv.Itoa(m.From)).Text(m.Years),
				),
				goapp.P().Class("moment__label").Text(m.Label),
				goapp.P().Class("moment__text").Text(m.Text),
			)
		}),
	)
}
