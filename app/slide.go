package app

import (
	"slices"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// The slides that are not charts.
const (
	figuresSlide     = "figures"
	cooperationSlide = "cooperation"
	closingSlide     = "closing"
)

// SlideIDs are the presentation's slides in order, one story beat each:
// the key figures, each chart of the registry, the cooperation areas and
// a closing slide with the sources and the way to the page.
func SlideIDs() []string {
	ids := append([]string{figuresSlide}, chart.IDs()...)
	return append(ids, cooperationSlide, closingSlide)
}

// MarkSlide is the slide that shows the mark of a deep link's fragment: a
// mark's id ("aid-channels--aid.direct") or a figure's ("aid.direct"),
// which the key figures show, or else the first chart that draws it.
func MarkSlide(f *data.Facts, id string) (int, bool) {
	ids := SlideIDs()
	if group, _, ok := strings.Cut(id, "--"); ok {
		i := slices.Index(ids, group)
		return i, i >= 0
	}
	if slices.Contains(f.KeyFigures, id) {
		return slices.Index(ids, figuresSlide), true
	}
	for _, s := range chart.All {
		if slices.Contains(s.Figures, id) {
			return slices.Index(ids, s.ID), true
		}
	}
	return 0, false
}

// slideLabel says which slide of how many slide i is: "Slide 3 of 8".
func slideLabel(f *data.Facts, l locale.Lang, i, count int) string {
	t := f.Texts.Present
	return t.Slide.In(l) + " " + l.Number(float64(i+1), 0) + " " + t.Of.In(l) + " " + l.Number(float64(count), 0)
}

// slideTitle is slide id's title as a screen reader hears it, amounts
// in full.
func slideTitle(f *data.Facts, l locale.Lang, id string) string {
	switch id {
	case figuresSlide:
		return f.Texts.Site.Title.In(l)
	case cooperationSlide:
		return f.Texts.Cooperation.Heading.In(l)
	case closingSlide:
		return f.Texts.Present.Closing.In(l)
	}
	return f.Spoken(f.Texts.Chart[id].Title, l)
}

// slideSaid is what a screen reader hears as slide i comes:
// "Slide 3 of 8: title".
func slideSaid(f *data.Facts, l locale.Lang, i, count int) string {
	colon := ": "
	if l == locale.FR {
		colon = "\u00a0: "
	}
	return slideLabel(f, l, i, count) + colon + slideTitle(f, l, SlideIDs()[i])
}

// Slide is one slide of the presentation.
type Slide struct {
	goapp.Compo

	ID    string
	Facts *data.Facts
	Lang  locale.Lang
	Site  Site
	// Index and Count place the slide in the presentation.
	Index, Count int
}

// CompoID makes another slide, or the same in another language, a new
// component: what leaves the screen is let go, its chart included.
func (s *Slide) CompoID() string { return s.ID + "/" + string(s.Lang) }

// Render writes the slide, headed by its title and the line the room
// takes away from it.
func (s *Slide) Render() goapp.UI {
	f, l := s.Facts, s.Lang
	sec := goapp.Section().ID("slide-"+s.ID).Class("slide slide--"+s.ID).
		Aria("roledescription", f.Texts.Present.Slide.In(l)).
		Aria("label", slideLabel(f, l, s.Index, s.Count))
	takeaway := f.Expand(f.Texts.Slide.Takeaway[s.ID], l)
	switch s.ID {
	case figuresSlide:
		return sec.Body(
			goapp.H2().Class("slide__title").Text(slideTitle(f, l, s.ID)),
			goapp.P().Class("slide__takeaway").Text(takeaway),
			&KeyFigures{Facts: f, Lang: l, Site: s.Site, Embedded: true},
		)
	case cooperationSlide:
		return sec.Body(
			goapp.H2().Class("slide__title").Text(slideTitle(f, l, s.ID)),
			goapp.P().Class("slide__takeaway").Text(takeaway),
			goapp.Raw(statements(f, l)),
		)
	case closingSlide:
		return sec.Body(&Closing{Facts: f, Lang: l, Site: s.Site, Takeaway: takeaway})
	}
	return sec.Body(&Chart{ID: s.ID, Facts: f, Lang: l, Site: s.Site, Embedded: true, Heading: 2, Takeaway: takeaway})
}

// statements are the cooperation slide's cards: each area's title and
// one short statement, which read from the back of the room; the page
// tells the rest.
func statements(f *data.Facts, l locale.Lang) string {
	var m markup
	m.open("ul", "class", "cards cards--statements")
	for _, a := range f.Areas {
		m.open("li", "class", "card", "data-area", a.ID)
		m.elem("h3", a.Title.In(l))
		m.elem("p", f.Expand(f.Texts.Slide.Statement[a.ID], l))
		m.close("li")
	}
	m.close("ul")
	return m.String()
}

// slideSeconds are each slide's own time in autoplay, from the data, by
// index.
func slideSeconds(f *data.Facts) []int {
	ids := SlideIDs()
	out := make([]int, len(ids))
	for i, id := range ids {
		out[i] = f.SlideSeconds[id]
	}
	return out
}
