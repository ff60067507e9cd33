// Package data holds the facts and texts of the page: the TOML files beside
// this file, embedded in the server, decoded into typed values and validated
// as a whole before anything is shown. app.wasm gets the same facts as Go
// values (builtin.go, written by Generate), so the browser neither decodes
// nor validates anything.
package data

import (
	"time"

	"github.com/be-us/partnership/data/locale"
)

// The files, by the names used in error messages.
const (
	FactsFile = "data/facts.toml"
	TextsFile = "data/texts.toml"
)

// Facts is everything the page shows, validated: no missing language, no
// dangling reference, no unknown unit or qualifier.
type Facts struct {
	Updated time.Time `toml:"updated"`
	// KeyFigures are the ids of the figures in the key-figure grid, in
	// reading order.
	KeyFigures []string `toml:"key_figures"`
	// ShareFigures are the ids of the figures that the picture of link
	// previews shows, in order: one for each story the page tells in
	// numbers.
	ShareFigures []string `toml:"share_figures" builtin:"-"`
	// SlideSeconds are the seconds autoplay gives each slide of the
	// presentation, by slide id.
	SlideSeconds map[string]int `toml:"slide_seconds"`
	Figures      []Figure       `toml:"figure"`
	Categories   []Category     `toml:"category"`
	Events       []Event        `toml:"event"`
	Areas        []Area         `toml:"area"`
	Sources      []Source       `toml:"source"`
	Texts        Texts          `toml:"-"`

	figures map[string]*Figure
	sources map[string]*Source
}

// Figure is one number from a source.
type Figure struct {
	ID        string           `toml:"id"`
	Value     float64          `toml:"value"`
	Unit      locale.Unit      `toml:"unit"`
	Qualifier locale.Qualifier `toml:"qualifier"`
	Period    Period           `toml:"period"`
	Source    string           `toml:"source"`
	// Quote is the source's own words for the figure, in the source's language.
	Quote  string `toml:"quote"`
	Label  Text   `toml:"label"`
	Covers Text   `toml:"covers"`
}

// Period kinds.
const (
	Total   = "total"    // a total to the source's date, start not stated
	Span    = "span"     // over the years From to To inclusive
	PerYear = "per-year" // each year from From to To
)

// Period says what a figure covers in time.
type Period struct {
	Kind string `toml:"kind"`
	From int    `toml:"from"`
	To   int    `toml:"to"`
}

// Years lists the years of a span or per-year period, in order.
func (p Period) Years() []int {
	if p.Kind == Total || p.From == 0 || p.To < p.From {
		return nil
	}
	years := make([]int, 0, p.To-p.From+1)
	for y := p.From; y <= p.To; y++ {
		years = append(years, y)
	}
	return years
}

// Quantity returns the figure as a quantity to format.
func (f *Figure) Quantity() locale.Quantity {
	return locale.Quantity{Value: f.Value, Unit: f.Unit, Qualifier: f.Qualifier, PerYear: f.Period.Kind == PerYear}
}

// Format writes the figure in a language, qualifier included.
func (f *Figure) Format(l locale.Lang, form locale.Form) string {
	return l.Format(f.Quantity(), form)
}

// Headline writes the figure as a key figure shows it, everywhere: the
// short amount after the source's qualifier ("nearly $2.5B"), and a count
// of vehicles as a bare number, its label saying what it counts ("322").
func (f *Figure) Headline(l locale.Lang) string {
	h := f.HeadlineParts(l)
	amount := h.Amount + h.Per
	if h.Qualifier != "" {
		amount = h.Qualifier + " " + amount
	}
	return amount
}

// Headline is a key figure in its parts, for a layout that sets each
// apart: "more than", "$1.1B", "/yr".
type Headline struct {
	// Qualifier is the source's word before the amount, or "".
	Qualifier string
	// Amount is the short amount, which no line breaks inside.
	Amount string
	// Per is the amount's period ("/yr"), or "".
	Per string
}

// HeadlineParts returns the figure as Headline writes it, in its parts.
func (f *Figure) HeadlineParts(l locale.Lang) Headline {
	q := f.Quantity()
	h := Headline{Qualifier: l.QualifierWord(f.Qualifier)}
	if q.PerYear {
		h.Per = l.PerYear(locale.Short)
		q.PerYear = false
	}
	h.Amount = l.Amount(q, locale.Short)
	if f.Unit == locale.Vehicles {
		h.Amount = l.Number(f.Value, 0)
	}
	return h
}

// Category is one kind of purchase the source lists. It has no amount: the
// source gives none per category.
type Category struct {
	ID string `toml:"id"`
	// Figure optionally names a figure that counts the category's items.
	Figure string `toml:"figure"`
	Label  Text   `toml:"label"`
	// Detail optionally adds what the source says beyond the label.
	Detail Text `toml:"detail"`
}

// Event is a point or a span on the timeline.
type Event struct {
	ID   string `toml:"id"`
	From int    `toml:"from"`
	To   int    `toml:"to"`
	// Source is where the event's words come from.
	Source string `toml:"source"`
	// DateSource is where its years come from, when not from Source: a
	// date of general knowledge that the source does not give.
	DateSource string `toml:"date_source"`
	Figure     string `toml:"figure"`
	Note       string `toml:"note"`
	Label      Text   `toml:"label"`
	Text       Text   `toml:"text"`
}

// DatedBy returns the id of the source of the event's years.
func (e Event) DatedBy() string {
	if e.DateSource != "" {
		return e.DateSource
	}
	return e.Source
}

// End returns the last year of the event (From for a one-year event).
func (e Event) End() int {
	if e.To == 0 {
		return e.From
	}
	return e.To
}

// Area is one field of cooperation, shown as a card.
type Area struct {
	ID     string `toml:"id"`
	Title  Text   `toml:"title"`
	Text   Text   `toml:"text"`
	Points []Text `toml:"point"`
}

// Source is a document that figures and events refer to.
type Source struct {
	ID string `toml:"id"`
	// Date is the date the document itself shows, as it shows it, or ""
	// when it shows none.
	Date string `toml:"date"`
	// Undated is true of a document that shows no date: a citation says
	// so, with the day it was consulted.
	Undated bool `toml:"undated"`
	// Known is true of general knowledge, no document: a date from it
	// carries a marker wherever it is shown.
	Known bool `toml:"known"`
	// Lang is the language of the source's own words, which the page
	// quotes ("fr"), or "" for a source it does not quote.
	Lang string `toml:"lang"`
	// URL is the document's address (https), where it has one and it is
	// known: the data downloads name it beside the source.
	URL  string `toml:"url"`
	Note string `toml:"note"`
	Name Text   `toml:"name"`
}

// Figure returns the figure with the given id, or nil.
func (f *Facts) Figure(id string) *Figure {
	return f.figures[id]
}

// Reindex rebuilds the lookups by id, for facts built or changed in code
// rather than loaded.
func (f *Facts) Reindex() {
	f.figures = make(map[string]*Figure, len(f.Figures))
	for i := range f.Figures {
		f.figures[f.Figures[i].ID] = &f.Figures[i]
	}
	f.sources = make(map[string]*Source, len(f.Sources))
	for i := range f.Sources {
		f.sources[f.Sources[i].ID] = &f.Sources[i]
	}
}

// Source returns the source with the given id, or nil.
func (f *Facts) Source(id string) *Source {
	return f.sources[id]
}
