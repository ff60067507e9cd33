//go:build !wasm

package locale

import "golang.org/x/text/language"

// tags are the BCP 47 tags of the page's languages (English is US English).
var tags = map[Lang]language.Tag{
	FR: language.French,
	NL: language.Dutch,
	DE: language.German,
	EN: language.AmericanEnglish,
}

// supported and matcher hold the tags in the order of All. The matcher
// gives back the index of the tag it chose in supported; Negotiate reads
// the language of that tag from tags, so that the order of All (the
// switcher's) is free to change.
var (
	supported = func() []language.Tag {
		ts := make([]language.Tag, len(All))
		for i, l := range All {
			ts[i] = tags[l]
		}
		return ts
	}()
	matcher = language.NewMatcher(supported)
)

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
	_, i, confidence := matcher.Match(prefs...)
	if confidence == language.No {
		return Default
	}
	return byTag(supported[i])
}

// byTag returns the page language of one of the supported tags.
func byTag(t language.Tag) Lang {
	for l, lt := range tags {
		if lt == t {
			return l
		}
	}
	return Default
}

// Tag returns the BCP 47 tag of the language (English is US English).
func (l Lang) Tag() language.Tag {
	if t, ok := tags[l]; ok {
		return t
	}
	return tags[Default]
}
