package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// sections are the ids of the chapters of the page, in order; each shows
// the charts of the registry that name it (chart.InSection).
var sections = []string{"aid", "purchases", "history", "cooperation"}

// Section is one chapter of the story: a heading, a lead sentence and its
// charts or cards. Its fields are plain values, so go-app sees at once that
// a section is unchanged and leaves it alone when the page updates.
type Section struct {
	goapp.Compo

	ID    string
	Facts *data.Facts
	Lang  locale.Lang
	Site  Site
	// Embedded is a section of the embedded infographic, whose charts
	// offer no embed code.
	Embedded bool
}

// Render writes the section with its heading as the accessible name.
func (s *Section) Render() goapp.UI {
	heading, lead, after := s.texts()
	charts := chart.InSection(s.ID)
	return goapp.Section().ID(s.ID).Class("section").Aria("labelledby", s.ID+"-heading").Body(
		goapp.Div().Class("section__intro").Body(
			goapp.H2().ID(s.ID+"-heading").Text(heading),
			goapp.If(lead != "", func() goapp.UI { return goapp.P().Class("lead").Text(lead) }),
		),
		goapp.Div().Class("section__body").Body(
			goapp.If(len(charts) > 0, func() goapp.UI {
				return goapp.Div().Class("charts").DataSet("count", len(charts)).Body(
					goapp.Range(charts).Slice(func(i int) goapp.UI {
						return &Chart{ID: charts[i], Facts: s.Facts, Lang: s.Lang, Site: s.Site, Embedded: s.Embedded}
					}),
				)
			}),
			goapp.If(s.ID == "cooperation", func() goapp.UI { return &Cooperation{Facts: s.Facts, Lang: s.Lang} }),
			goapp.If(after != "", func() goapp.UI { return goapp.P().Class("prose").Text(after) }),
		),
	)
}

// texts are the section's heading, lead and closing paragraph.
func (s *Section) texts() (heading, lead, after string) {
	f, l, t := s.Facts, s.Lang, s.Facts.Texts
	switch s.ID {
	case "aid":
		return t.Aid.Heading.In(l), f.Expand(t.Aid.Lead, l), t.Aid.Details.In(l)
	case "purchases":
		return t.Purchases.Heading.In(l), f.Expand(t.Purchases.Lead, l), ""
	case "history":
		return t.History.Heading.In(l), t.History.Lead.In(l), ""
	case "cooperation":
		return t.Cooperation.Heading.In(l), t.Cooperation.Lead.In(l), ""
	}
	return "", "", ""
}
