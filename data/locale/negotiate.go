//go:build !wasm

package locale

import (
	"fmt"
	"slices"
	"sync"

	"golang.org/x/text/language"
)

// matching holds the tags of All, in its order, and a matcher over them,
// which gives back the index of the tag it chose.
type matching struct {
	langs   []Lang
	matcher language.Matcher
}

// matchers are made once for each list of languages (All may grow:
// Extend).
var matchers sync.Map // string → *matching

// current is the matching of All.
func current() *matching {
	key := fmt.Sprint(All)
	if m, ok := matchers.Load(key); ok {
		return m.(*matching)
	}
	m := &matching{langs: slices.Clone(All)}
	tags := make([]language.Tag, len(All))
	for i, l := range All {
		tags[i] = l.Tag()
	}
	m.matcher = language.NewMatcher(tags)
	actual, _ := matchers.LoadOrStore(key, m)
	return actual.(*matching)
}

// maxHeader bounds the Accept-Language header that Negotiate reads; real
// browsers send far less, and parsing a huge header is wasted work.
const maxHeader = 1024

// Negotiate picks the page language that best fits an Accept-Language header.
// An empty, malformed or unmatched header gives Default.
func Negotiate(acceptLanguage string) Lang {
	if acceptLanguage == "" || len(acceptLanguage) > maxHeader {
		return Default
	}
	prefs, _, err := language.ParseAcceptLanguage(acceptLanguage)
	if err != nil || len(prefs) == 0 {
		return Default
	}
	m := current()
	_, i, confidence := m.matcher.Match(prefs...)
	if confidence == language.No {
		return Default
	}
	return m.langs[i]
}

// Tag returns the BCP 47 tag of the language, as the table gives it.
func (l Lang) Tag() language.Tag {
	t, err := language.Parse(l.conventions().tag)
	if err != nil {
		return language.Und
	}
	return t
}
