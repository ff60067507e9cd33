// Package download writes the page's data as CSV files for spreadsheets:
// the rows behind each chart of the registry, and all of them together, in
// each language. The server makes every file once, when it starts; the
// browser only links to them, so app.wasm never holds this package.
//
// A file is UTF-8 and starts with a byte order mark: without one, Excel
// reads a CSV file in the system's legacy code page and garbles every
// accent of the French, Dutch and German labels, while LibreOffice, Google
// Sheets, Numbers and most CSV readers skip the mark. Fields are separated
// by commas and quoted as RFC 4180 says, lines end with CRLF. The first
// row names the columns in the file's language; the values of the columns
// marked "(code)" are the same in every language.
package download

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// BOM is the byte order mark every file starts with.
const BOM = "\ufeff"

// The kinds of row, in the first column.
const (
	// KindFigure is a figure of the data: a number from a source.
	KindFigure = "figure"
	// KindCategory is a purchase category, which has no amount: the
	// source gives none per category.
	KindCategory = "category"
	// KindEvent is an event of the timeline.
	KindEvent = "event"
)

// The columns, in order.
const (
	ColKind = iota
	ColID
	ColLabel
	// ColValue is the figure as a plain number: in US dollars as units
	// (2500000000), or the count; empty where there is no figure.
	ColValue
	ColUnit
	// ColQualifier is the source's word before the figure, in the file's
	// language ("près de"); ColQualifierCode the same as a code
	// ("nearly", "about", "more-than", "exact").
	ColQualifier
	ColQualifierCode
	// ColPeriod is what the figure covers in time ("total", "span",
	// "per-year"); ColFrom and ColTo its years, or the event's.
	ColPeriod
	ColFrom
	ColTo
	// ColText is the figure as the page writes it, the event's sentence,
	// or for a category what the source leaves unsaid.
	ColText
	// ColSource is the source of the row's words and figure, with its
	// address when the data gives one; ColDateSource the source of its
	// years, which for a well-known date is not the same.
	ColSource
	ColDateSource
	columns
)

// Chart returns the CSV file of the chart with the given id in a language:
// the figures it draws, the categories it shows, or the events of its
// timeline.
func Chart(f *data.Facts, id string, l locale.Lang) ([]byte, error) {
	s, ok := chart.Lookup(id)
	if !ok {
		return nil, fmt.Errorf("data download %q: no such chart", id)
	}
	rows, err := chartRows(f, s, l)
	if err != nil {
		return nil, fmt.Errorf("data download %q in %s: %w", id, l, err)
	}
	return write(f, l, rows)
}

// All returns the CSV file of all the data in a language: the rows of
// every chart in page order, each once, then any figure that no chart
// draws.
func All(f *data.Facts, l locale.Lang) ([]byte, error) {
	var rows [][]string
	seen := map[[2]string]bool{}
	add := func(r []string) {
		key := [2]string{r[ColKind], r[ColID]}
		if !seen[key] {
			seen[key] = true
			rows = append(rows, r)
		}
	}
	for _, s := range chart.All {
		chartRows, err := chartRows(f, s, l)
		if err != nil {
			return nil, fmt.Errorf("data download of all the data in %s: chart %q: %w", l, s.ID, err)
		}
		for _, r := range chartRows {
			add(r)
		}
	}
	for i := range f.Figures {
		add(figureRow(f, &f.Figures[i], l))
	}
	return write(f, l, rows)
}

// chartRows are the rows of one chart, taken from what it draws: the
// categories of its tiles before the total they share, the events of its
// timeline, and else its figures.
func chartRows(f *data.Facts, s chart.Spec, l locale.Lang) ([][]string, error) {
	d, err := chart.Build(s.ID, f, l)
	if err != nil {
		return nil, err
	}
	var figs []*data.Figure
	for _, id := range s.Figures {
		fig := f.Figure(id)
		if fig == nil {
			return nil, fmt.Errorf("figure %q is not in the data", id)
		}
		figs = append(figs, fig)
	}
	var rows [][]string
	switch d := d.(type) {
	case chart.Tiles:
		// The categories break down the chart's total: they share its
		// years and its source, and have no amount of their own.
		if len(figs) != 1 {
			return nil, fmt.Errorf("categories need the one total they break down, the chart has %d figures", len(figs))
		}
		for _, t := range d.Tiles {
			i := slices.IndexFunc(f.Categories, func(c data.Category) bool { return c.ID == t.ID })
			if i < 0 {
				return nil, fmt.Errorf("category %q is not in the data", t.ID)
			}
			rows = append(rows, categoryRow(f, f.Categories[i], figs[0], l))
		}
	case chart.Timeline:
		for _, m := range d.Moments {
			i := slices.IndexFunc(f.Events, func(e data.Event) bool { return e.ID == m.ID })
			if i < 0 {
				return nil, fmt.Errorf("event %q is not in the data", m.ID)
			}
			r, err := eventRow(f, f.Events[i], l)
			if err != nil {
				return nil, err
			}
			rows = append(rows, r)
		}
	}
	for _, fig := range figs {
		rows = append(rows, figureRow(f, fig, l))
	}
	return rows, nil
}

// figureRow is a figure with its number, unit, qualifier, period and
// source.
func figureRow(f *data.Facts, fig *data.Figure, l locale.Lang) []string {
	r := make([]string, columns)
	r[ColKind], r[ColID], r[ColLabel] = KindFigure, fig.ID, fig.Label.In(l)
	setFigure(r, fig, l)
	r[ColText] = fig.Format(l, locale.Long)
	setSource(r, f, fig.Source, l)
	return r
}

// categoryRow is a purchase category: its name, the years and source of
// the total it is part of, and no amount.
func categoryRow(f *data.Facts, c data.Category, total *data.Figure, l locale.Lang) []string {
	r := make([]string, columns)
	r[ColKind], r[ColID], r[ColLabel] = KindCategory, c.ID, c.Label.In(l)
	setPeriod(r, total.Period)
	r[ColText] = f.Texts.Purchases.Unknown.In(l)
	setSource(r, f, total.Source, l)
	return r
}

// eventRow is an event of the timeline: its years and sentence, and the
// figure it tells of, if any.
func eventRow(f *data.Facts, e data.Event, l locale.Lang) ([]string, error) {
	r := make([]string, columns)
	r[ColKind], r[ColID], r[ColLabel] = KindEvent, e.ID, e.Label.In(l)
	if e.Figure != "" {
		fig := f.Figure(e.Figure)
		if fig == nil {
			return nil, fmt.Errorf("event %q: figure %q is not in the data", e.ID, e.Figure)
		}
		setFigure(r, fig, l)
	}
	r[ColFrom], r[ColTo] = strconv.Itoa(e.From), strconv.Itoa(e.End())
	r[ColText] = f.Expand(e.Text, l)
	setSource(r, f, e.Source, l)
	r[ColDateSource] = sourceName(f, e.DatedBy(), l)
	return r, nil
}

// setFigure fills the columns of a figure's number.
func setFigure(r []string, fig *data.Figure, l locale.Lang) {
	r[ColValue] = Number(fig.Value)
	r[ColUnit] = string(fig.Unit)
	r[ColQualifier] = l.QualifierWord(fig.Qualifier)
	r[ColQualifierCode] = string(fig.Qualifier)
	setPeriod(r, fig.Period)
}

// setPeriod fills the period's columns; a total to the source's date has
// no years.
func setPeriod(r []string, p data.Period) {
	r[ColPeriod] = p.Kind
	if p.Kind != data.Total && p.From != 0 {
		r[ColFrom], r[ColTo] = strconv.Itoa(p.From), strconv.Itoa(p.To)
	}
}

// setSource fills the source's column.
func setSource(r []string, f *data.Facts, id string, l locale.Lang) {
	r[ColSource] = sourceName(f, id, l)
}

// sourceName is a source's name, then its address when the data gives one.
func sourceName(f *data.Facts, id string, l locale.Lang) string {
	src := f.Source(id)
	switch {
	case src == nil:
		return ""
	case src.URL != "":
		return src.Name.In(l) + ", " + src.URL
	}
	return src.Name.In(l)
}

// Number writes a value as spreadsheets read it in any locale: digits, a
// dot before decimals, no grouping, no exponent (2500000000).
func Number(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// Header is the first row of a file: the columns' names in a language.
func Header(f *data.Facts, l locale.Lang) []string {
	c := f.Texts.Download.Column
	texts := [columns]data.Text{
		ColKind: c.Kind, ColID: c.ID, ColLabel: c.Label, ColValue: c.Value, ColUnit: c.Unit,
		ColQualifier: c.Qualifier, ColQualifierCode: c.QualifierCode,
		ColPeriod: c.Period, ColFrom: c.From, ColTo: c.To,
		ColText: c.Text, ColSource: c.Source, ColDateSource: c.DateSource,
	}
	header := make([]string, columns)
	for i, t := range texts {
		header[i] = t.In(l)
	}
	return header
}

// write encodes the header and rows as a CSV file.
func write(f *data.Facts, l locale.Lang, rows [][]string) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(BOM)
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	if err := w.Write(Header(f, l)); err != nil {
		return nil, fmt.Errorf("writing the CSV header: %w", err)
	}
	for _, r := range rows {
		for i := range r {
			r[i] = cell(r[i])
		}
	}
	if err := w.WriteAll(rows); err != nil {
		return nil, fmt.Errorf("writing CSV rows: %w", err)
	}
	return b.Bytes(), nil
}

// plain undoes what only tells a browser where a line may not break: a
// no-break hyphen is a hyphen again, a word joiner goes, so that a
// spreadsheet's search finds "F-16" and "2025–2029" as typed.
var plain = strings.NewReplacer("\u2011", "-", "\u2060", "")

// cell is a text as a file holds it: plain, and never read as a formula.
// A spreadsheet runs a cell that starts with =, +, -, @, a tab or a
// carriage return; such a text starts with an apostrophe, which the
// spreadsheet shows as text and does not display.
func cell(s string) string {
	s = plain.Replace(s)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
