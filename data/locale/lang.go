// Package locale chooses the page's language and writes numbers and amounts
// the way a reader of that language expects them.
//
// The server negotiates the language with golang.org/x/text's matcher. The
// separators and plural rules of the four languages are CLDR's, written
// here and checked against x/text by the tests, so that app.wasm needs no
// x/text; so are the compact words ("milliard", "Milliarden", "billion")
// and the qualifiers ("près de", "more than"), which x/text lacks.
package locale

import (
	"strconv"
	"strings"
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

// Name returns the language's name in that language, for the switcher.
func (l Lang) Name() string { return l.conventions().name }

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
	dash := l.conventions().spanDash + wordJoiner
	if dash == "-"+wordJoiner {
		dash = nbHyphen
	}
	return strconv.Itoa(from) + dash + strconv.Itoa(to)
}
