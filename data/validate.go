//go:build !wasm

package data

import (
	"errors"
	"fmt"
	"maps"
	"net/url"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/BurntSushi/toml"

	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/glyph"
)

// Years outside this range are typing mistakes, not history.
const (
	firstYear = 1800
	lastYear  = 2100
)

// Parse decodes facts.toml and texts.toml and validates them together,
// against what the page's charts need of them when needs are given. It
// returns either complete, valid facts or Problems listing everything wrong.
func Parse(factsSrc, textsSrc []byte, needs ...Need) (*Facts, error) {
	var f Facts
	var ps Problems
	fl, tl := newLocator(factsSrc), newLocator(textsSrc)

	md, err := toml.Decode(string(factsSrc), &f)
	if err != nil {
		ps = append(ps, decodeProblem(FactsFile, err))
	} else {
		ps = append(ps, undecoded(FactsFile, fl, md)...)
	}
	mdt, err := toml.Decode(string(textsSrc), &f.Texts)
	if err != nil {
		ps = append(ps, decodeProblem(TextsFile, err))
	} else {
		ps = append(ps, undecoded(TextsFile, tl, mdt)...)
	}
	if len(ps) > 0 {
		return nil, ps
	}

	v := validator{f: &f, facts: fl, texts: tl, needs: needs}
	v.run()
	if len(v.ps) > 0 {
		return nil, v.ps
	}
	return &f, nil
}

var lineInMessage = regexp.MustCompile(`line (\d+)`)

func decodeProblem(file string, err error) Problem {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return Problem{File: file, Line: pe.Position.Line, Message: "invalid TOML: " + pe.Message}
	}
	msg := err.Error()
	line := 0
	if m := lineInMessage.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
	}
	return Problem{File: file, Line: line, Message: "invalid TOML: " + strings.TrimPrefix(msg, "toml: ")}
}

// undecoded reports keys that the file has and the page does not know, so a
// misspelt key is an error instead of a silently missing text.
func undecoded(file string, l locator, md toml.MetaData) Problems {
	var ps Problems
	for _, k := range md.Undecoded() {
		parent, last := strings.Join(k[:len(k)-1], "."), k[len(k)-1]
		msg := fmt.Sprintf("unknown field %q", k.String())
		if len(k) == 2 && k[0] == "category" && (last == "value" || last == "amount") {
			msg = fmt.Sprintf("%q is not allowed: the source gives no amount per category", last)
		}
		ps = append(ps, Problem{File: file, Line: l.key(parent, last), Message: msg})
	}
	return ps
}

type validator struct {
	f            *Facts
	facts, texts locator
	needs        []Need
	ps           Problems
}

// line finds where a problem is; it runs only when there is one, since
// finding a line means reading the file as text.
type line func() int

func at(n int) line { return func() int { return n } }

func (v *validator) add(file string, where line, subject, format string, args ...any) {
	v.ps = append(v.ps, Problem{File: file, Line: where(), Subject: subject, Message: fmt.Sprintf(format, args...)})
}

func (v *validator) run() {
	f := v.f
	if f.Updated.IsZero() {
		v.add(FactsFile, func() int { return v.facts.header("updated") }, "", "no \"updated\" date")
	}
	v.indexSources()
	v.indexFigures()
	v.checkSources()
	v.checkCategories()
	v.checkEvents()
	v.checkAreas()
	v.checkKeyFigures()
	v.checkTexts()
	v.checkNeeds()
	v.checkSlides()
}

// The shortest and longest time a slide may take in autoplay, in seconds.
const minSlideSeconds, maxSlideSeconds = 3, 600

// checkSlides checks the presentation's times per slide.
func (v *validator) checkSlides() {
	for _, id := range slices.Sorted(maps.Keys(v.f.SlideSeconds)) {
		if s := v.f.SlideSeconds[id]; s < minSlideSeconds || s > maxSlideSeconds {
			v.add(FactsFile, func() int { return v.facts.key("slide_seconds", id) }, fmt.Sprintf("slide %q", id),
				"%d seconds: a slide takes from %d to %d", s, minSlideSeconds, maxSlideSeconds)
		}
	}
}

// checkKeyFigures checks the lists of the key-figure grid and of the
// picture of link previews.
func (v *validator) checkKeyFigures() {
	for _, list := range []struct {
		key string
		ids []string
	}{{"key_figures", v.f.KeyFigures}, {"share_figures", v.f.ShareFigures}} {
		where := func() int { return v.facts.header(list.key) }
		if len(list.ids) == 0 {
			v.add(FactsFile, where, "", "no %q list", list.key)
		}
		for _, id := range list.ids {
			v.figureRef(where, list.key, id)
		}
	}
}

// checkNeeds checks that each chart has its texts and the figures it draws,
// and that no texts are left for a chart the page does not have. Without
// needs (a check of the files alone), it checks nothing.
func (v *validator) checkNeeds() {
	if len(v.needs) == 0 {
		return
	}
	var ids []string
	for _, n := range v.needs {
		ids = append(ids, n.Chart)
		subject := fmt.Sprintf("chart %q", n.Chart)
		block := func() int { return v.texts.header("chart." + n.Chart + ".title") }
		if _, ok := v.f.Texts.Chart[n.Chart]; !ok {
			v.add(TextsFile, at(0), subject, "no [chart.%s] texts", n.Chart)
			continue
		}
		for _, id := range n.Figures {
			if v.f.figures[id] == nil {
				v.add(TextsFile, block, subject, "the chart draws figure %q, which is not in %s", id, FactsFile)
			}
		}
	}
	for _, id := range slices.Sorted(maps.Keys(v.f.Texts.Chart)) {
		if !slices.Contains(ids, id) {
			v.add(TextsFile, func() int { return v.texts.header("chart." + id + ".title") }, "", "[chart.%s] is not a chart of the page %v", id, ids)
		}
	}
}

func (v *validator) indexSources() {
	v.f.sources = make(map[string]*Source)
	for i := range v.f.Sources {
		s := &v.f.Sources[i]
		if v.uniqueID("source", i, s.ID, v.f.sources[s.ID] != nil) {
			v.f.sources[s.ID] = s
		}
	}
}

// checkSources runs once figures are indexed, as any text may name a figure.
func (v *validator) checkSources() {
	for i, s := range v.f.Sources {
		subject := fmt.Sprintf("source %q", s.ID)
		v.text(FactsFile, func() int { return v.facts.field("source", i, "name") }, subject, s.Name)
		if s.URL != "" && !isHTTPS(s.URL) {
			v.add(FactsFile, func() int { return v.facts.field("source", i, "url") }, subject, "url %q is not an https address", s.URL)
		}
	}
}

// isHTTPS reports whether s is an absolute https address with a host, and
// nothing a spreadsheet or a page could read otherwise (a space, a quote).
func isHTTPS(s string) bool {
	u, err := url.Parse(s)
	return err == nil && u.Scheme == "https" && u.Host != "" && u.User == nil && !strings.ContainsAny(s, " \"<>\\")
}

func (v *validator) indexFigures() {
	v.f.figures = make(map[string]*Figure)
	for i := range v.f.Figures {
		fig := &v.f.Figures[i]
		at := func(key string) line { return func() int { return v.facts.field("figure", i, key) } }
		subject := fmt.Sprintf("figure %q", fig.ID)
		if !v.uniqueID("figure", i, fig.ID, v.f.figures[fig.ID] != nil) {
			continue
		}
		v.f.figures[fig.ID] = fig
		if fig.Value <= 0 {
			v.add(FactsFile, at("value"), subject, "value must be above zero, got %v", fig.Value)
		}
		if !slices.Contains(locale.Units, fig.Unit) {
			v.add(FactsFile, at("unit"), subject, "unit %q is not one of %v", fig.Unit, locale.Units)
		}
		if !slices.Contains(locale.Qualifiers, fig.Qualifier) {
			v.add(FactsFile, at("qualifier"), subject, "qualifier %q is not one of %v", fig.Qualifier, locale.Qualifiers)
		}
		v.period(at("period"), subject, fig.Period)
		v.sourceRef(at("source"), subject, fig.Source)
		if strings.TrimSpace(fig.Quote) == "" {
			v.add(FactsFile, at("quote"), subject, "no \"quote\" from the source")
		}
		v.text(FactsFile, at("label"), subject, fig.Label)
		v.text(FactsFile, at("covers"), subject, fig.Covers)
	}
}

func (v *validator) period(where line, subject string, p Period) {
	switch p.Kind {
	case Total:
		if p.From != 0 || p.To != 0 {
			v.add(FactsFile, where, subject, "a \"total\" period has no from or to")
		}
	case Span, PerYear:
		if p.From < firstYear || p.To > lastYear || p.To < p.From {
			v.add(FactsFile, where, subject, "period %d–%d is not a valid span of years", p.From, p.To)
		}
	default:
		v.add(FactsFile, where, subject, "period kind %q is not one of [%s %s %s]", p.Kind, Total, Span, PerYear)
	}
}

func (v *validator) checkCategories() {
	seen := map[string]bool{}
	for i, c := range v.f.Categories {
		at := func(key string) line { return func() int { return v.facts.field("category", i, key) } }
		subject := fmt.Sprintf("category %q", c.ID)
		if !v.uniqueID("category", i, c.ID, seen[c.ID]) {
			continue
		}
		seen[c.ID] = true
		if c.Figure != "" {
			v.figureRef(at("figure"), subject, c.Figure)
		}
		v.text(FactsFile, at("label"), subject, c.Label)
		if c.Detail != nil {
			v.text(FactsFile, at("detail"), subject, c.Detail)
		}
	}
	if len(v.f.Categories) == 0 {
		v.add(FactsFile, at(0), "", "no purchase [[category]]")
	}
}

func (v *validator) checkEvents() {
	seen := map[string]bool{}
	for i, e := range v.f.Events {
		at := func(key string) line { return func() int { return v.facts.field("event", i, key) } }
		subject := fmt.Sprintf("event %q", e.ID)
		if !v.uniqueID("event", i, e.ID, seen[e.ID]) {
			continue
		}
		seen[e.ID] = true
		if e.From < firstYear || e.From > lastYear {
			v.add(FactsFile, at("from"), subject, "year %d is out of range %d–%d", e.From, firstYear, lastYear)
		}
		if e.To != 0 && (e.To < e.From || e.To > lastYear) {
			v.add(FactsFile, at("to"), subject, "end year %d is not between %d and %d", e.To, e.From, lastYear)
		}
		if i > 0 && e.From < v.f.Events[i-1].From {
			v.add(FactsFile, at("from"), subject, "events must be in order of year")
		}
		v.sourceRef(at("source"), subject, e.Source)
		if e.DateSource != "" {
			v.sourceRef(at("date_source"), subject, e.DateSource)
		}
		if e.Figure != "" {
			v.figureRef(at("figure"), subject, e.Figure)
		}
		if strings.TrimSpace(e.Note) == "" {
			v.add(FactsFile, at("note"), subject, "no \"note\" on where the date comes from")
		}
		v.text(FactsFile, at("label"), subject, e.Label)
		v.text(FactsFile, at("text"), subject, e.Text)
	}
}

func (v *validator) checkAreas() {
	seen := map[string]bool{}
	for i, a := range v.f.Areas {
		at := func(key string) line { return func() int { return v.facts.field("area", i, key) } }
		subject := fmt.Sprintf("area %q", a.ID)
		if !v.uniqueID("area", i, a.ID, seen[a.ID]) {
			continue
		}
		seen[a.ID] = true
		v.text(FactsFile, at("title"), subject, a.Title)
		v.text(FactsFile, at("text"), subject, a.Text)
		if len(a.Points) == 0 {
			v.add(FactsFile, at("point"), subject, "no [[area.point]]")
		}
		if _, ok := v.f.Texts.Slide.Statement[a.ID]; !ok {
			v.add(TextsFile, func() int { return v.texts.header("slide.statement") }, subject, "no [slide.statement.%s]", a.ID)
		}
		for j, p := range a.Points {
			v.text(FactsFile, at("point"), fmt.Sprintf("%s point %d", subject, j+1), p)
		}
	}
}

// checkTexts walks every Text field of Texts, so a text added to the struct
// is checked without touching this function.
func (v *validator) checkTexts() {
	v.walkTexts(reflect.ValueOf(v.f.Texts), "")
}

func (v *validator) walkTexts(val reflect.Value, path string) {
	switch val.Kind() {
	case reflect.Struct:
		t := val.Type()
		for i := range t.NumField() {
			field := t.Field(i)
			name := path + field.Tag.Get("toml")
			if field.Type == reflect.TypeFor[Text]() {
				text := val.Field(i).Interface().(Text)
				if text == nil && field.Tag.Get("optional") == "true" {
					continue
				}
				v.text(TextsFile, func() int { return v.texts.header(name) }, "text \""+name+"\"", text)
				continue
			}
			v.walkTexts(val.Field(i), name+".")
		}
	case reflect.Map:
		keys := val.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(a.String(), b.String()) })
		for _, k := range keys {
			name := path + k.String()
			if text, ok := val.MapIndex(k).Interface().(Text); ok {
				v.text(TextsFile, func() int { return v.texts.header(name) }, "text \""+name+"\"", text)
				continue
			}
			v.walkTexts(val.MapIndex(k), name+".")
		}
	}
}

// text checks that a text has every language, no empty one, and only
// placeholders that name a figure.
func (v *validator) text(file string, where line, subject string, t Text) {
	if t == nil {
		v.add(file, where, subject, "missing text")
		return
	}
	for _, code := range slices.Sorted(maps.Keys(t)) {
		if _, ok := locale.Parse(code); !ok {
			v.add(file, where, subject, "unknown language %q", code)
		}
	}
	for _, l := range locale.All {
		s, ok := t[string(l)]
		switch {
		case !ok:
			v.add(file, where, subject, "no %q text", l)
		case strings.TrimSpace(s) == "":
			v.add(file, where, subject, "empty %q text", l)
		default:
			for _, msg := range v.f.checkPlaceholders(s) {
				v.add(file, where, subject, "%q text: %s", l, msg)
			}
			if msg := unsafeInText(s); msg != "" {
				v.add(file, where, subject, "%q text: %s", l, msg)
			}
			if err := drawable(l.Typeset(s)); err != nil {
				v.add(file, where, subject, "%q text: %v: the pictures the server draws could not show it", l, err)
			}
		}
	}
}

// drawable reports a character of s that the pictures' font, which draws the
// site's pictures, lacks in either weight.
func drawable(s string) error {
	ff, err := glyph.Fonts()
	if err != nil {
		return err
	}
	if err := glyph.Covered(ff.Regular, s); err != nil {
		return err
	}
	return glyph.Covered(ff.Bold, s)
}

// unsafeInText says what in s a text may not hold, or "". go-app writes
// attribute values the way Go quotes strings, which HTML does not read
// back: a straight double quote, a backslash, and every character Go does
// not print as it is (line breaks, soft hyphens, zero-width and direction
// marks) would come out as a backslash escape, and an ampersand before a
// letter or # would be read as a character reference. The spaces of
// Spaces are allowed: in an attribute they become ordinary spaces.
func unsafeInText(s string) string {
	for i, r := range s {
		switch {
		case r == '"':
			return "the straight double quote is not allowed (write “…”, „…“ or « »)"
		case r == '&' && i+1 < len(s) && (s[i+1] == '#' || unicode.IsLetter(rune(s[i+1]))):
			return "an ampersand before a letter or # is not allowed (write the character itself)"
		case r == '\\' || (!strconv.IsPrint(r) && !slices.Contains(Spaces, r)):
			return fmt.Sprintf("character %U is not allowed", r)
		}
	}
	return ""
}

func (v *validator) uniqueID(kind string, i int, id string, taken bool) bool {
	where := func() int { return v.facts.field(kind, i, "id") }
	switch {
	case strings.TrimSpace(id) == "":
		v.add(FactsFile, where, fmt.Sprintf("%s %d", kind, i+1), "no id")
		return false
	case taken:
		v.add(FactsFile, where, fmt.Sprintf("%s %q", kind, id), "id is used twice")
		return false
	}
	return true
}

func (v *validator) sourceRef(where line, subject, id string) {
	if v.f.sources[id] == nil {
		v.add(FactsFile, where, subject, "source %q is not in the [[source]] list", id)
	}
}

func (v *validator) figureRef(where line, subject, id string) {
	if v.f.figures[id] == nil {
		v.add(FactsFile, where, subject, "figure %q does not exist", id)
	}
}

// placeholder matches {figure.id} and {figure.id|short}.
var placeholder = regexp.MustCompile(`\{([^{}|]*)(\|[^{}]*)?\}`)

// checkPlaceholders returns a problem message for each placeholder in s that
// names no figure or has an unknown form, and for stray braces.
func (f *Facts) checkPlaceholders(s string) []string {
	var msgs []string
	for _, sub := range placeholder.FindAllStringSubmatch(s, -1) {
		if f.figures[sub[1]] == nil {
			msgs = append(msgs, "placeholder {"+sub[1]+"} names no figure")
		}
		if sub[2] != "" && sub[2] != "|short" {
			msgs = append(msgs, "placeholder {"+sub[1]+sub[2]+"} has an unknown form (only |short)")
		}
	}
	rest := placeholder.ReplaceAllString(s, "")
	if strings.ContainsAny(rest, "{}") {
		msgs = append(msgs, "unmatched brace")
	}
	return msgs
}
