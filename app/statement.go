//go:build !wasm

package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
)

// Statement is the accessibility statement, after the EU's model: the
// conformance status, the known limitations, how it was prepared, where
// to write, and where to turn after.
type Statement struct {
	langPage
}

// NewStatement returns the accessibility statement.
func NewStatement(f *data.Facts, s Site) *Statement {
	return &Statement{langPage{Facts: f, Site: s, title: f.Texts.Statement.Title.In}}
}

// OnMount runs in the browser once app.wasm has taken over the page.
func (s *Statement) OnMount(goapp.Context) { markMounted() }

// Render writes the statement between the masthead and the footer.
func (s *Statement) Render() goapp.UI {
	f, l := s.Facts, s.Lang()
	t := f.Texts.Statement
	var m markup
	m.open("article", "class", "statement")
	m.elem("h2", t.Title.In(l))
	m.elem("p", t.Intro.In(l), "class", "lead")
	m.elem("h3", t.StatusHeading.In(l))
	m.elem("p", t.Status.In(l))
	m.elem("h3", t.LimitsHeading.In(l))
	m.open("ul")
	for _, limit := range []data.Text{t.LimitReaders, t.LimitCharts, t.LimitSource} {
		m.elem("li", limit.In(l))
	}
	m.close("ul")
	m.elem("h3", t.PreparationHeading.In(l))
	m.elem("p", t.Preparation.In(l))
	m.elem("h3", t.FeedbackHeading.In(l))
	m.elem("p", t.Feedback.In(l))
	if c := s.Site.Contact; c != "" {
		m.open("p").elem("a", t.Contact.In(l), "class", "button statement__contact", "href", c).close("p")
	} else {
		site := t.EmbassySite.In(l)
		m.open("p").text(t.NoContact.In(l)+" ").elem("a", strings.TrimPrefix(site, "https://"), "href", site).close("p")
	}
	m.elem("h3", t.EnforcementHeading.In(l))
	ombudsman := t.Ombudsman.In(l)
	m.open("p").text(t.Enforcement.In(l)+" ").elem("a", strings.TrimPrefix(ombudsman, "https://"), "href", ombudsman).close("p")
	m.close("article")
	// A page of text: app.wasm never takes it over.
	return goapp.Div().Class("page page--statement").Attr(WasmPolicyAttr, "never").Body(
		goapp.A().Class("skip").Href("#content").Text(f.Texts.Site.Skip.In(l)),
		&Header{Facts: f, Lang: l, Site: s.Site},
		goapp.Main().ID("content").Body(goapp.Raw(m.String())),
		&Footer{Facts: f, Lang: l, Site: s.Site},
		announcer(),
	)
}
