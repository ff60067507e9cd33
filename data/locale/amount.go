package locale

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Qualifier is the word the source puts before a figure.
type Qualifier string

// The qualifiers the source uses. MoreThan is strictly more, never "at least".
const (
	Exact    Qualifier = "exact"
	Nearly   Qualifier = "nearly"
	About    Qualifier = "about"
	MoreThan Qualifier = "more-than"
)

// Qualifiers lists the allowed qualifiers.
var Qualifiers = []Qualifier{Exact, Nearly, About, MoreThan}

// Unit is what a figure counts.
type Unit string

// The units the figures use.
const (
	USD      Unit = "USD"
	Vehicles Unit = "vehicles"
)

// Units lists the allowed units.
var Units = []Unit{USD, Vehicles}

// Form is how much room an amount has.
type Form int

// Long is for sentences ("près de 2,5 milliards de dollars"); Short is for
// chart labels and key figures ("près de 2,5 Md $").
const (
	Long Form = iota
	Short
)

// Quantity is a figure to write: a value in its unit, the source's qualifier,
// and whether the value is per year.
type Quantity struct {
	Value     float64
	Unit      Unit
	Qualifier Qualifier
	PerYear   bool
}

// words holds a language's qualifiers, compact scales, currency and unit
// words.
type words struct {
	qualifier map[Qualifier]string
	// scales from the largest; one/other are the long forms, short the abbreviation.
	scales []scale
	// long and short patterns for money; %s is the number with its scale
	// word. moneyUnscaled is the long pattern for a number without one.
	moneyLong, moneyUnscaled, moneyShort string
	// shortScale joins a number and its abbreviated scale ("2,5 Md",
	// "2.5B").
	shortScale                string
	perYearLong, perYearShort string
	vehicle, vehicles         string
}

type scale struct {
	size              float64
	one, other, short string
}

const nbsp = "\u00a0"

// Number writes v with the language's decimal and grouping separators and at
// most maxFraction decimals, rounded half to even, trailing zeros dropped:
// 2500000 → "2 500 000" in French (non-breaking spaces), "2.500.000" in
// Dutch and German. The separators are CLDR's, as golang.org/x/text writes
// them (a test holds the two together); they are written here so that
// app.wasm does without x/text's tables.
func (l Lang) Number(v float64, maxFraction int) string {
	s := strconv.FormatFloat(v, 'f', max(maxFraction, 0), 64)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, _ := strings.Cut(s, ".")
	frac = strings.TrimRight(frac, "0")
	if strings.Trim(intPart, "0") == "" && frac == "" {
		sign = ""
	}
	group, decimal := l.separators()
	var b strings.Builder
	b.WriteString(sign)
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(group)
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteString(decimal + frac)
	}
	return b.String()
}

// separators returns the grouping and decimal separators.
func (l Lang) separators() (group, decimal string) {
	c := l.conventions()
	return c.group, c.decimal
}

// QualifierWord returns the qualifier in the language ("" for Exact).
func (l Lang) QualifierWord(q Qualifier) string {
	return l.conventions().qualifier[q]
}

// Format writes a quantity with its qualifier: Format(FR, 2.5e9 USD nearly,
// Long) is "près de 2,5 milliards de dollars".
func (l Lang) Format(q Quantity, f Form) string {
	amount := l.Amount(q, f)
	if w := l.QualifierWord(q.Qualifier); w != "" {
		return w + " " + amount
	}
	return amount
}

// Amount writes a quantity without its qualifier, for layouts that set the
// qualifier apart (the key figures): "2,5 Md $".
func (l Lang) Amount(q Quantity, f Form) string {
	w := l.conventions().words
	switch q.Unit {
	case Vehicles:
		n := l.Number(q.Value, 0)
		if f == Short {
			return n
		}
		word := w.vehicles
		if l.isOne(n) {
			word = w.vehicle
		}
		return n + nbsp + word
	default:
		return l.money(q, f)
	}
}

func (l Lang) money(q Quantity, f Form) string {
	w := l.conventions().words
	value, sc := q.Value, scale{}
	for _, s := range w.scales {
		if math.Abs(value) >= s.size {
			value, sc = value/s.size, s
			break
		}
	}
	n := l.Number(value, 2)
	if sc.size != 0 {
		switch {
		case f == Short:
			n += w.shortScale + sc.short
		case l.isOne(n):
			n += nbsp + sc.one
		default:
			n += nbsp + sc.other
		}
	}
	pattern, perYear := w.moneyLong, w.perYearLong
	switch {
	case f == Short:
		pattern, perYear = w.moneyShort, w.perYearShort
	case sc.size == 0:
		pattern = w.moneyUnscaled
	}
	s := fmt.Sprintf(pattern, n)
	if q.PerYear {
		s += perYear
	}
	return s
}

// PerYear is what follows an amount of each year, in a form: " a year",
// "/yr".
func (l Lang) PerYear(f Form) string {
	w := l.conventions().words
	if f == Short {
		return w.perYearShort
	}
	return w.perYearLong
}

// isOne applies the language's CLDR cardinal plural rule to a number
// already written in that language (the rule depends on the visible
// decimals): French takes the singular for an integer part of 0 or 1
// ("1,14 milliard"), Dutch, German and English only for exactly 1.
func (l Lang) isOne(written string) bool {
	_, decimal := l.separators()
	intPart, frac, _ := strings.Cut(written, decimal)
	digits := func(s string) string {
		return strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, s)
	}
	i, err := strconv.Atoi(digits(intPart))
	if err != nil {
		return false
	}
	if l.conventions().zeroIsOne {
		return i == 0 || i == 1
	}
	return i == 1 && digits(frac) == ""
}
