package chart

import (
	"errors"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// Timeline is the shared history as a list of moments, oldest first.
type Timeline struct {
	Moments []Moment
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
}

func (Timeline) kind() Kind { return HTML }

func timeline(f *data.Facts, _ Spec, l locale.Lang) (Drawing, error) {
	if len(f.Events) == 0 {
		return nil, errors.New("no timeline events in the data")
	}
	var t Timeline
	for _, e := range f.Events {
		t.Moments = append(t.Moments, Moment{
			ID: e.ID, From: e.From, To: e.End(),
			Years:  l.YearSpan(e.From, e.End()),
			Label:  e.Label.In(l),
			Text:   f.Expand(e.Text, l),
			Figure: e.Figure,
			Source: e.Source,
		})
	}
	return t, nil
}

func timelineTable(f *data.Facts, _ Spec, l locale.Lang) (Table, error) {
	var t Table
	for _, e := range f.Events {
		t.Rows = append(t.Rows, [2]string{l.YearSpan(e.From, e.End()), e.Label.In(l) + " — " + f.Expand(e.Text, l)})
	}
	return t, nil
}
