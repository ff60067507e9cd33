package chart

import (
	"errors"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// Timeline is the shared history as a list of moments, oldest first.
type Timeline struct {
	Moments []Moment
	// Known is what a screen reader hears in place of KnownMark.
	Known string
}

// Moment is one event: a year or a span of years, a name and a sentence.
type Moment struct {
	ID       string
	From, To int
	// Years is From, or From to To, written for the language.
	Years string
	Label string
	Text  string
	// Figure is the id of a figure the event is about, or "".
	Figure string
	// Source is the id of the event's source.
	Source string
	// Known is true of a well-known date, which the source does not give:
	// it is shown with KnownMark, and the chart's note says what that is.
	Known bool
}

// KnownMark follows the years of a well-known date.
const KnownMark = "*"

func (Timeline) kind() Kind { return HTML }

func timeline(f *data.Facts, s Spec, l locale.Lang) (Drawing, error) {
	if len(f.Events) == 0 {
		return nil, errors.New("no timeline events in the data")
	}
	var t Timeline
	t.Known = f.Texts.Chart[s.ID].Known.In(l)
	for _, e := range f.Events {
		t.Moments = append(t.Moments, Moment{
			ID: e.ID, From: e.From, To: e.End(),
			Years:  l.YearSpan(e.From, e.End()),
			Label:  e.Label.In(l),
			Text:   f.Expand(e.Text, l),
			Figure: e.Figure,
			Source: e.Source,
			Known:  known(f, e.DatedBy()),
		})
	}
	return t, nil
}

func timelineTable(f *data.Facts, _ Spec, l locale.Lang) (Table, error) {
	var t Table
	for _, e := range f.Events {
		years := l.YearSpan(e.From, e.End())
		if known(f, e.DatedBy()) {
			years += KnownMark
		}
		t.Rows = append(t.Rows, [2]string{years, e.Label.In(l) + " — " + f.Expand(e.Text, l)})
	}
	return t, nil
}

// known is true of a source of general knowledge.
func known(f *data.Facts, source string) bool {
	s := f.Source(source)
	return s != nil && s.Known
}
