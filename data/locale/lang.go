// Package locale chooses the page's language and writes numbers and amounts
// the way a reader of that language expects them.
//
// Number formatting and plural rules come from golang.org/x/text; the compact
// words ("milliard", "Milliarden", "billion") and the qualifiers ("près de",
// "more than") are written here, since x/text has no compact formatting.
package locale

import (
	"strconv"
	"strings"

	"golang.org/x/text/language"
)

// Lang is one of the page's four languages, as its ISO 639-1 code.
type Lang string

// The page's languages.
const (
	FR Lang = "fr"
	NL Lang = "nl"
	DE Lang = "de"
	EN Lang = "en"
)

// Default is the language of the source, used when nothing else matches.
const Default = FR

// All lists the languages in the order of the language switcher.
var All = []Lang{FR, NL, DE, EN}

var tags = []language.Tag{language.French, language.Dutch, language.German, language.AmericanEnglish}

var matcher = language.NewMatcher(tags)

// maxHeader bounds the Accept-Language header that Negotiate reads; real
// browsers send far less, and parsing a huge header is wasted work.
const maxHeader = 1024

// Parse returns the language for a code such as "nl", and false for anything
// that is not exactly one of the page's language codes.
func Parse(code string) (Lang, bool) {
	for _, l := range All {
		if string(l) == code {
			return l, true
		}
	}
	return "", false
}

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

// Name returns the language's name in that language, for the switcher.
func (l Lang) Name() string {
	switch l {
	case NL:
		return "Nederlands"
	case DE:
		return "Deutsch"
	case EN:
		return "English"
	default:
		return "Français"
	}
}

// Code returns the language code in upper case, for compact switcher labels.
func (l Lang) Code() string {
	return strings.ToUpper(string(l))
}

// YearSpan writes a span of years as a label: "2025-2029" in French and
// Dutch, "2025–2029" (en dash) in German and English; one year alone when
// from equals to.
func (l Lang) YearSpan(from, to int) string {
	if to == 0 || to == from {
		return strconv.Itoa(from)
	}
	dash := "–"
	if l == FR || l == NL {
		dash = "-"
	}
	return strconv.Itoa(from) + dash + strconv.Itoa(to)
}
