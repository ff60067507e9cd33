package chart

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

func facts(t testing.TB) *data.Facts {
	t.Helper()
	f, err := data.Load()
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// encode returns the option as the browser gets it.
func encode(t *testing.T, o Option) string {
	t.Helper()
	b, err := json.Marshal(o)
	if err != nil {
		t.Fatalf("json.Marshal: %v", err)
	}
	return string(b)
}

func unescape(s string) string {
	return strings.NewReplacer(`\u0026`, "&", `\u003c`, "<", `\u003e`, ">").Replace(s)
}

// TestOptions checks, for every chart in every language, that the option
// carries the figures with their qualifiers in that language, the aria
// description, and no value the source does not give.
func TestOptions(t *testing.T) {
	f := facts(t)
	want := map[string][]func(l locale.Lang) string{
		"aid-channels": {
			func(l locale.Lang) string {
				fig := f.Figure("aid.direct")
				return l.QualifierWord(fig.Qualifier) + `\n` + l.Amount(fig.Quantity(), locale.Short)
			},
			func(l locale.Lang) string { return f.Figure("aid.multilateral").Format(l, locale.Long) },
			func(l locale.Lang) string { return f.Figure("aid.direct").Label.In(l) },
		},
		"aid-programme": {
			func(l locale.Lang) string { return f.Figure("aid.programme").Format(l, locale.Short) },
			func(l locale.Lang) string { return f.Figure("aid.programme").Format(l, locale.Long) },
			func(locale.Lang) string { return `"2029"` },
		},
		"purchases": {
			func(l locale.Lang) string { return f.Categories[0].Label.In(l) },
			func(l locale.Lang) string { return f.Texts.Purchases.Unknown.In(l) },
		},
		"jltv": {
			func(l locale.Lang) string { return f.Figure("purchases.jltv").Format(l, locale.Long) },
		},
		"timeline": {
			func(l locale.Lang) string { return f.Events[0].Label.In(l) },
			func(l locale.Lang) string { return l.YearSpan(2025, 2029) },
			func(locale.Lang) string { return `"formatter":"1900"` },
		},
	}
	for _, id := range data.ChartIDs {
		for _, l := range locale.All {
			o, err := Build(id, f, l)
			if err != nil {
				t.Fatalf("Build(%s, %s): %v", id, l, err)
			}
			js := unescape(encode(t, o))
			for _, w := range want[id] {
				if s := w(l); !strings.Contains(js, escape(s)) {
					t.Errorf("chart %s in %s: option lacks %q", id, l, s)
				}
			}
			if d := f.Expand(f.Texts.Chart[id].Description, l); !strings.Contains(js, d) {
				t.Errorf("chart %s in %s: aria description %q missing", id, l, d)
			}
		}
	}
}

func TestBuildUnknown(t *testing.T) {
	f := facts(t)
	if _, err := Build("pie", f, locale.FR); err == nil {
		t.Error("Build(pie) = nil error, want one")
	}
	if _, err := BuildTable("pie", f, locale.FR); err == nil {
		t.Error("BuildTable(pie) = nil error, want one")
	}
}

// TestPurchasesHaveNoAmounts checks the honesty rule: every tile weighs the
// same, and no tile carries a money amount.
func TestPurchasesHaveNoAmounts(t *testing.T) {
	f := facts(t)
	o, _ := Build("purchases", f, locale.EN)
	series := o["series"].([]map[string]any)[0]
	nodes := series["data"].([]map[string]any)
	if len(nodes) != len(f.Categories) {
		t.Fatalf("got %d tiles, want %d", len(nodes), len(f.Categories))
	}
	for _, n := range nodes {
		if n["value"] != 1 {
			t.Errorf("tile %v has value %v, want 1 (equal tiles)", n["name"], n["value"])
		}
		if js := encode(t, Option(n)); strings.Contains(js, "$") {
			t.Errorf("tile %v mentions an amount: %s", n["name"], js)
		}
	}
}

// TestJLTVCount checks the pictogram draws exactly one icon per vehicle.
func TestJLTVCount(t *testing.T) {
	f := facts(t)
	o, _ := Build("jltv", f, locale.FR)
	base := o["baseOption"].(Option)
	points := base["series"].([]map[string]any)[0]["data"].([][2]int)
	if got, want := len(points), int(f.Figure("purchases.jltv").Value); got != want {
		t.Errorf("pictogram has %d icons, want %d", got, want)
	}
	if base["aria"] == nil {
		t.Error("aria must sit in baseOption when the option has media queries")
	}
}

// TestProgrammeMinimum checks each yearly bar stops at the announced
// minimum and the open tip carries the "more than" tooltip, not a value.
func TestProgrammeMinimum(t *testing.T) {
	f := facts(t)
	fig := f.Figure("aid.programme")
	o, _ := Build("aid-programme", f, locale.DE)
	series := o["series"].([]map[string]any)
	if len(series) != 2 {
		t.Fatalf("got %d series, want minimum + open tip", len(series))
	}
	js := unescape(encode(t, o))
	if !strings.Contains(js, "mehr als") {
		t.Errorf("programme option lacks the qualifier %q", "mehr als")
	}
	minimum := encode(t, Option{"s": series[0]["data"]})
	if want := `"value":1.1`; !strings.Contains(minimum, want) {
		t.Errorf("minimum bars %s, want %s", minimum, want)
	}
	if n := len(fig.Period.Years()); strings.Count(minimum, `"value"`) != n {
		t.Errorf("want %d yearly bars in %s", n, minimum)
	}
}

func TestTables(t *testing.T) {
	f := facts(t)
	tests := []struct {
		id       string
		lang     locale.Lang
		rows     int
		firstRow [2]string
		foot     bool
	}{
		{"aid-channels", locale.EN, 2, [2]string{"Direct aid to Ukraine", "nearly $2.5\u00a0billion"}, false},
		{"aid-programme", locale.FR, 5, [2]string{"2025", "plus de 1,1\u00a0milliard de dollars par an"}, false},
		{"purchases", locale.NL, 8, [2]string{"F-35-gevechtsvliegtuigen", "Bedrag niet vermeld in de bron"}, true},
		{"jltv", locale.DE, 1, [2]string{"Leichte taktische Fahrzeuge (JLTV)", "322\u00a0Fahrzeuge"}, false},
		{"timeline", locale.EN, len(f.Events), [2]string{"1830", "Belgium is founded — The partnership with the United States goes back to Belgium's founding."}, false},
	}
	for _, tt := range tests {
		tab, err := BuildTable(tt.id, f, tt.lang)
		if err != nil {
			t.Fatal(err)
		}
		if len(tab.Rows) != tt.rows {
			t.Errorf("%s table: %d rows, want %d", tt.id, len(tab.Rows), tt.rows)
			continue
		}
		if tab.Rows[0] != tt.firstRow {
			t.Errorf("%s table first row = %q, want %q", tt.id, tab.Rows[0], tt.firstRow)
		}
		if (tab.Foot != nil) != tt.foot {
			t.Errorf("%s table foot = %v, want present=%v", tt.id, tab.Foot, tt.foot)
		}
		if tab.Caption == "" || tab.Head[0] == "" || tab.Head[1] == "" {
			t.Errorf("%s table: empty caption or header %q %q", tt.id, tab.Caption, tab.Head)
		}
	}
}

func TestSources(t *testing.T) {
	f := facts(t)
	if got := Sources("aid-channels", f); len(got) != 1 || got[0] != "embassy" {
		t.Errorf("Sources(aid-channels) = %v, want [embassy]", got)
	}
	if got := Sources("timeline", f); len(got) != 2 {
		t.Errorf("Sources(timeline) = %v, want embassy and history", got)
	}
}

func TestEscape(t *testing.T) {
	if got, want := escape("a <b> & {c}"), "a &lt;b&gt; &amp; c"; got != want {
		t.Errorf("escape = %q, want %q", got, want)
	}
}

func BenchmarkBuildAll(b *testing.B) {
	f := facts(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, id := range data.ChartIDs {
			o, _ := Build(id, f, locale.FR)
			if _, err := json.Marshal(o); err != nil {
				b.Fatal(err)
			}
		}
	}
}
