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
	// Marks writes the moments' marks and cards.
	Marks marks
}

// Render writes one item per moment, oldest first: each moment's years
// and name are its mark.
func (t *Timeline) Render() goapp.UI {
	k := t.Marks
	l := k.l
	var m markup
	m.open("ol", "class", "timeline", "aria-label", t.Description, MarksAttr, k.group)
	for i, mo := range t.Timeline.Moments {
		class := "moment"
		if mo.To > mo.From {
			class += " moment--span"
		}
		card := k.cardID(mo.ID)
		m.open("li", "class", class, "data-event", mo.ID)
		var figures []string
		if mo.Figure != "" {
			figures = append(figures, mo.Figure)
		}
		years, marker := mo.Years, ""
		if mo.Known {
			years += " (" + t.Timeline.Known + ")"
			marker = chart.KnownMark
		}
		k.open(&m, mo.ID, card, l.Colon(years)+" "+mo.Label+", "+k.position(i, len(t.Timeline.Moments)), "moment__mark", figures...)
		m.open("span", "class", "moment__years", "aria-hidden", "true").elem("time", mo.Years, "datetime", strconv.Itoa(mo.From))
		if marker != "" {
			m.elem("span", marker, "class", "moment__known")
		}
		m.close("span")
		m.elem("span", mo.Label, "class", "moment__label", "aria-hidden", "true")
		m.close("button")
		m.elem("p", mo.Text, "class", "moment__text")
		k.openCard(&m, card, mo.Label)
		m.open("p", "class", "chart-card__covers").elem("time", mo.Years, "datetime", strconv.Itoa(mo.From)).text(marker + " · " + mo.Text).close("p")
		if fig := k.f.Figure(mo.Figure); fig != nil {
			k.figureBlock(&m, fig)
		} else {
			k.sourceLine(&m, mo.Source)
		}
		k.closeCard(&m, card, mo.ID, nil)
		m.close("li")
	}
	m.close("ol")
	return goapp.Raw(m.String())
}
