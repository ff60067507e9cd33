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

// Render writes the slide, headed by its title.
func (s *Slide) Render() goapp.UI {
	f, l := s.Facts, s.Lang
	sec := goapp.Section().ID("slide-"+s.ID).Class("slide slide--"+s.ID).
		Aria("roledescription", f.Texts.Present.Slide.In(l)).
		Aria("label", slideLabel(f, l, s.Index, s.Count))
	switch s.ID {
	case figuresSlide:
		return sec.Body(
			goapp.H2().Class("slide__title").Text(f.Texts.Site.Title.In(l)),
			&KeyFigures{Facts: f, Lang: l, Site: s.Site, Embedded: true},
		)
	case cooperationSlide:
		return sec.Body(
			goapp.H2().Class("slide__title").Text(f.Texts.Cooperation.Heading.In(l)),
			&Cooperation{Facts: f, Lang: l},
		)
	case closingSlide:
		return sec.Body(&Closing{Facts: f, Lang: l, Site: s.Site})
	}
	return sec.Body(&Chart{ID: s.ID, Facts: f, Lang: l, Site: s.Site, Embedded: true, Heading: 2})
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
