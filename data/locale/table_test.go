//go:build !wasm

package locale

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestTableComplete checks that every language of the page has all its
// conventions, and that the table holds no other language.
func TestTableComplete(t *testing.T) {
	if len(table) != len(All) {
		t.Errorf("the table has %d languages, the page %d", len(table), len(All))
	}
	for _, l := range All {
		c, ok := table[l]
		if !ok {
			t.Errorf("%s: not in the table", l)
			continue
		}
		for field, v := range map[string]string{
			"name": c.name, "tag": c.tag, "ogLocale": c.ogLocale, "group": c.group, "decimal": c.decimal,
			"date": c.date, "spanDash": c.spanDash, "listSep": c.listSep, "quotes": c.quotes[0] + c.quotes[1],
			"moneyLong": c.moneyLong, "moneyUnscaled": c.moneyUnscaled, "moneyShort": c.moneyShort,
			"perYearLong": c.perYearLong, "perYearShort": c.perYearShort, "vehicle": c.vehicle, "vehicles": c.vehicles,
		} {
			if v == "" {
				t.Errorf("%s: no %s", l, field)
			}
		}
		if len(c.scales) == 0 || !strings.Contains(c.date, "{d}") || !strings.Contains(c.date, "{m}") || !strings.Contains(c.date, "{y}") {
			t.Errorf("%s: no scales (%d), or a date without its day, month or year (%q)", l, len(c.scales), c.date)
		}
		if _, err := language.Parse(c.tag); err != nil {
			t.Errorf("%s: tag %q: %v", l, c.tag, err)
		}
		for _, m := range c.months {
			if m == "" {
				t.Errorf("%s: a month without a name", l)
			}
		}
		for _, q := range []Qualifier{Nearly, About, MoreThan} {
			if c.qualifier[q] == "" {
				t.Errorf("%s: no word for %s", l, q)
			}
		}
	}
}
