//go:build !wasm

package locale

import "golang.org/x/text/language"

var tags = []language.Tag{language.French, language.Dutch, language.German, language.AmericanEnglish}

var matcher = language.NewMatcher(tags)

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
	return All[i]
}

// Tag returns the BCP 47 tag of the language (English is US English).
func (l Lang) Tag() language.Tag {
	for i, c := range All {
		if c == l {
			return tags[i]
		}
	}
	return tags[0]
}
