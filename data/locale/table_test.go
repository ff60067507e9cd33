package locale

import "testing"

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
		if c.name == "" || c.group == "" || c.decimal == "" || c.spanDash == "" || len(c.scales) == 0 || c.moneyLong == "" || c.vehicles == "" {
			t.Errorf("%s: incomplete conventions %+v", l, c)
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
