package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// Section is one chapter of the story: a heading, a lead sentence and its
// charts or cards, chosen by its ID ("aid", "purchases", "history",
// "cooperation"). Its fields are plain values, so go-app sees at once that
// a section is unchanged and leaves it alone when the page updates.
type Section struct {
	goapp.Compo

	ID    string
	Facts *data.Facts
	Lang  locale.Lang
}

// Render writes the section with its heading as the accessible name.
func (s *Section) Render() goapp.UI {
	pause()
	heading, lead, body := s.content()
	return goapp.Section().ID(s.ID).Class("section").Aria("labelledby", s.ID+"-heading").Body(
		goapp.Div().Class("section__intro").Body(
			goapp.H2().ID(s.ID+"-heading").Text(heading),
			goapp.If(lead != "", func() goapp.UI { return goapp.P().Class("lead").Text(lead) }),
		),
		goapp.Div().Class("section__body").Body(body...),
	)
}

// content is the section's heading, lead and body in its language.
func (s *Section) content() (heading, lead string, body []goapp.UI) {
	f, l, t := s.Facts, s.Lang, s.Facts.Texts
	chart := func(id string) *Chart { return &Chart{ID: id, Facts: f, Lang: l} }
	pair := func(a, b string) goapp.UI {
		return goapp.Div().Class("charts charts--pair").Body(chart(a), chart(b))
	}
	switch s.ID {
	case "aid":
		return t.Aid.Heading.In(l), f.Expand(t.Aid.Lead, l), []goapp.UI{
			pair("aid-channels", "aid-programme"),
			goapp.P().Class("prose").Text(t.Aid.Details.In(l)),
		}
	case "purchases":
		return t.Purchases.Heading.In(l), f.Expand(t.Purchases.Lead, l), []goapp.UI{pair("purchases", "jltv")}
	case "history":
		return t.History.Heading.In(l), t.History.Lead.In(l), []goapp.UI{chart("timeline")}
	case "cooperation":
		return t.Cooperation.Heading.In(l), t.Cooperation.Lead.In(l), []goapp.UI{&Cooperation{Facts: f, Lang: l}}
	}
	return "", "", nil
}
