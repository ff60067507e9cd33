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
	var m markup
	m.open("ol", "class", "timeline", "aria-label", t.Description, "tabindex", "0")
	for _, mo := range t.Timeline.Moments {
		class := "moment"
		if mo.To > mo.From {
			class += " moment--span"
		}
		m.open("li", "class", class, "data-event", mo.ID)
		m.open("p", "class", "moment__years").elem("time", mo.Years, "datetime", strconv.Itoa(mo.From)).close("p")
		m.elem("p", mo.Label, "class", "moment__label")
		m.elem("p", mo.Text, "class", "moment__text")
		m.close("li")
	}
	m.close("ol")
	return goapp.Raw(m.String())
}
