package locale

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
)

// The spaces of typography.
const (
	// narrowNBSP is the narrow no-break space French sets before ; ? ! and
	// inside « ».
	narrowNBSP = "\u202f"
	// nbHyphen is the hyphen no line breaks after ("F‑16", "États‑Unis").
	nbHyphen = "\u2011"
	// wordJoiner holds two characters on one line where the browser could
	// break between them, after a slash or a dash ("$/yr", "2025–2029").
	wordJoiner = "\u2060"
)

// Typeset applies a language's typography to a text as written in the data
// files, so that editors type plain characters and the page shows the right
// ones:
//   - every language: a typographic apostrophe (’) for ', and a no-break
//     space before a spaced dash, so that no line starts with a dash;
//   - the spaces the language sets before and after marks, for a plain
//     one (French: a no-break space before :, a narrow one before ; ? !
//     and inside « »);
//   - single quotes (‘…’) for a phrase written '…', where the language
//     quotes so (Dutch);
//   - no line break inside a name or a model number: a hyphen before a
//     number ("F-16", "MQ-9B"), between an abbreviation and a currency
//     ("US-$") or inside a name the language keeps whole ("États-Unis") does not
//     break, nor does a dash between two numbers ("2025–2029"), nor the
//     space between a number and its scale ("1,1 milliard").
func (l Lang) Typeset(s string) string {
	c := l.conventions()
	s = numberAndScale(c).ReplaceAllString(s, "${1}"+nbsp+"${2}${3}")
	if !strings.ContainsAny(s, "'–—:;?!«»-") {
		return s
	}
	for _, name := range c.unbroken {
		s = strings.ReplaceAll(s, name, unbreak(name))
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	runes := []rune(s)
	for i, r := range runes {
		prev, next := ' ', ' '
		if i > 0 {
			prev = runes[i-1]
		}
		if i+1 < len(runes) {
			next = runes[i+1]
		}
		switch {
		case r == '\'':
			if c.singleQuotes && (i == 0 || prev == ' ' || prev == '(' || prev == nbspRune) && next != ' ' {
				b.WriteRune('‘')
			} else {
				b.WriteRune('’')
			}
			continue
		case r == '-' && isAlnum(prev) && (isDigit(next) || next == '$' && abbreviation(runes[:i])):
			b.WriteString(nbHyphen)
			continue
		case r == '–' && isDigit(prev) && isDigit(next):
			b.WriteString("–" + wordJoiner)
			continue
		case r == ' ' && (next == '–' || next == '—'):
			b.WriteString(nbsp)
			continue
		case r == ' ' && c.spaceBefore[next] != "":
			b.WriteString(c.spaceBefore[next])
			continue
		case r == ' ' && c.spaceAfter[prev] != "":
			b.WriteString(c.spaceAfter[prev])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

const nbspRune = '\u00a0'

// scaleWords caches, per language, the pattern of a number and the word
// of its scale after a plain space.
var scaleWords sync.Map

// numberAndScale matches a number, a plain space and a scale's word in a
// language's conventions ("1,1 milliard", "2,5 mld.").
func numberAndScale(c conventions) *regexp.Regexp {
	if re, ok := scaleWords.Load(c.name); ok {
		return re.(*regexp.Regexp)
	}
	var names []string
	for _, sc := range c.scales {
		names = append(names, regexp.QuoteMeta(sc.one), regexp.QuoteMeta(sc.other), regexp.QuoteMeta(sc.short))
	}
	re := regexp.MustCompile(`(\d) (` + strings.Join(names, "|") + `)(\P{L}|$)`)
	scaleWords.Store(c.name, re)
	return re
}

// unbreak is a name with no place for a line break: its hyphens no-break
// hyphens and its spaces no-break spaces.
func unbreak(name string) string {
	return strings.NewReplacer("-", nbHyphen, " ", nbsp).Replace(name)
}

// abbreviation reports whether the word that ends text is a number or an
// abbreviation in capitals ("F", "MQ", "US", "2025"): a hyphen after it
// joins a model number or a compound that must not break.
func abbreviation(text []rune) bool {
	n := 0
	for i := len(text) - 1; i >= 0; i-- {
		r := text[i]
		if !isAlnum(r) {
			break
		}
		if !isDigit(r) && !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n > 0
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '$' }
