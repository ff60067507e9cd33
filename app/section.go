package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Section is one chapter of the story: a heading, a lead sentence and its
// charts or cards.
type Section struct {
	goapp.Compo

	ID      string
	Heading string
	Lead    string
	Body    []goapp.UI
}

// Render writes the section with its heading as the accessible name.
func (s *Section) Render() goapp.UI {
	pause()
	return goapp.Section().ID(s.ID).Class("section").Aria("labelledby", s.ID+"-heading").Body(
		goapp.Div().Class("section__intro").Body(
			goapp.H2().ID(s.ID+"-heading").Text(s.Heading),
			goapp.If(s.Lead != "", func() goapp.UI { return goapp.P().Class("lead").Text(s.Lead) }),
		),
		goapp.Div().Class("section__body").Body(s.Body...),
	)
}
