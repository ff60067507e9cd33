//go:build !wasm

package data

import (
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/be-us/partnership/data/locale"
)

// fixtureDir holds the made-up data of the code's tests (package
// fixture, which this package's own tests cannot import).
const fixtureDir = "fixture/testdata"

// mustLoad loads the fixture.
func mustLoad(t testing.TB) *Facts {
	t.Helper()
	f, err := LoadFS(os.DirFS(fixtureDir), ".")
	if err != nil {
		t.Fatalf("loading the fixture:\n%v", err)
	}
	return f
}

const nb = "\u00a0"

// TestFigureFormats formats the fixture's figures in every language and
// form: billions and millions, a total, a yearly amount and a count.
func TestFigureFormats(t *testing.T) {
	f := mustLoad(t)
	type forms struct{ long, short string }
	want := map[string]map[locale.Lang]forms{
		"aid.direct": {
			locale.FR: {"près de 3,2" + nb + "milliards de dollars", "près de 3,2" + nb + "Md" + nb + "$"},
			locale.NL: {"bijna 3,2" + nb + "miljard dollar", "bijna 3,2" + nb + "mld." + nb + "dollar"},
			locale.DE: {"fast 3,2" + nb + "Milliarden US\u2011Dollar", "fast 3,2" + nb + "Mrd." + nb + "US\u2011$"},
			locale.EN: {"nearly $3.2" + nb + "billion", "nearly $3.2B"},
		},
		"aid.multilateral": {
			locale.FR: {"environ 1,25" + nb + "milliard de dollars", "environ 1,25" + nb + "Md" + nb + "$"},
			locale.NL: {"ongeveer 1,25" + nb + "miljard dollar", "ongeveer 1,25" + nb + "mld." + nb + "dollar"},
			locale.DE: {"etwa 1,25" + nb + "Milliarden US\u2011Dollar", "etwa 1,25" + nb + "Mrd." + nb + "US\u2011$"},
			locale.EN: {"about $1.25" + nb + "billion", "about $1.25B"},
		},
		"aid.programme": {
			locale.FR: {"plus de 900" + nb + "millions de dollars par an", "plus de 900" + nb + "M" + nb + "$/\u2060an"},
			locale.NL: {"meer dan 900" + nb + "miljoen dollar per jaar", "meer dan 900" + nb + "mln." + nb + "dollar/\u2060jaar"},
			locale.DE: {"mehr als 900" + nb + "Millionen US\u2011Dollar pro Jahr", "mehr als 900" + nb + "Mio." + nb + "US\u2011$/\u2060Jahr"},
			locale.EN: {"more than $900" + nb + "million a year", "more than $900M/\u2060yr"},
		},
		"purchases.total": {
			locale.FR: {"plus de 7,4" + nb + "milliards de dollars", "plus de 7,4" + nb + "Md" + nb + "$"},
			locale.NL: {"meer dan 7,4" + nb + "miljard dollar", "meer dan 7,4" + nb + "mld." + nb + "dollar"},
			locale.DE: {"mehr als 7,4" + nb + "Milliarden US\u2011Dollar", "mehr als 7,4" + nb + "Mrd." + nb + "US\u2011$"},
			locale.EN: {"more than $7.4" + nb + "billion", "more than $7.4B"},
		},
		"purchases.jltv": {
			locale.FR: {"150" + nb + "véhicules", "150"},
			locale.NL: {"150" + nb + "voertuigen", "150"},
			locale.DE: {"150" + nb + "Fahrzeuge", "150"},
			locale.EN: {"150" + nb + "vehicles", "150"},
		},
	}
	for id, byLang := range want {
		fig := f.Figure(id)
		if fig == nil {
			t.Errorf("the fixture has no figure %q", id)
			continue
		}
		for l, w := range byLang {
			if got := fig.Format(l, locale.Long); got != w.long {
				t.Errorf("figure %q %s long = %q, want %q", id, l, got, w.long)
			}
			if got := fig.Format(l, locale.Short); got != w.short {
				t.Errorf("figure %q %s short = %q, want %q", id, l, got, w.short)
			}
		}
	}
}

// TestLoadContent reads the fixture back: its date, its lists in file
// order, its periods, and nil for an unknown id.
func TestLoadContent(t *testing.T) {
	f := mustLoad(t)
	if got, want := f.Updated.Format("2006-01-02"), "2030-03-14"; got != want {
		t.Errorf("Updated = %s, want %s", got, want)
	}
	wantCategories := []string{"aircraft", "vehicles", "parts"}
	var gotCategories []string
	for _, c := range f.Categories {
		gotCategories = append(gotCategories, c.ID)
	}
	if !slices.Equal(gotCategories, wantCategories) {
		t.Errorf("categories = %v, want %v", gotCategories, wantCategories)
	}
	if got := f.Figure("aid.programme").Period.Years(); !slices.Equal(got, []int{2031, 2032, 2033}) {
		t.Errorf("aid.programme years = %v, want 2031…2033", got)
	}
	if f.Figure("nope") != nil || f.Source("nope") != nil {
		t.Error("unknown ids should give nil")
	}
	first, last := f.Events[0], f.Events[len(f.Events)-1]
	if first.From != 1850 || last.End() != 2033 {
		t.Errorf("timeline runs %d–%d, want 1850–2033", first.From, last.End())
	}
	if got := f.Areas[0].Points; len(got) != 2 || got[1].In(locale.EN) != "Another point." {
		t.Errorf("first area's points = %v, want two, the second \"Another point.\"", got)
	}
}

func TestExpand(t *testing.T) {
	f := mustLoad(t)
	tests := []struct {
		text Text
		lang locale.Lang
		want string
	}{
		{Text{"fr": "Total : {purchases.total}."}, locale.FR, "Total" + nb + ": plus de 7,4" + nb + "milliards de dollars."},
		{Text{"en": "{aid.direct|short} and {purchases.jltv}"}, locale.EN, "nearly $3.2B and 150" + nb + "vehicles"},
		{Text{"fr": "Pas de chiffre"}, locale.EN, "Pas de chiffre"},
		{Text{"de": "{unknown} bleibt"}, locale.DE, "{unknown} bleibt"},
		{Text{"en": "{aid.direct|long} stays"}, locale.EN, "{aid.direct|long} stays"},
		{Text{"en": "a { b {aid.direct|short}"}, locale.EN, "a { b nearly $3.2B"},
		{Text{"en": "{{aid.direct|short}} and } and {"}, locale.EN, "{nearly $3.2B} and } and {"},
	}
	for _, tt := range tests {
		if got := f.Expand(tt.text, tt.lang); got != tt.want {
			t.Errorf("Expand(%v, %s) = %q, want %q", tt.text, tt.lang, got, tt.want)
		}
	}
}

// TestNoPlaceholderLeft expands every chart's texts in the page's own
// data: none may keep a brace.
func TestNoPlaceholderLeft(t *testing.T) {
	f, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for id, c := range f.Texts.Chart {
		for _, l := range locale.All {
			for _, s := range []string{f.Expand(c.Title, l), f.Expand(c.Description, l)} {
				if strings.ContainsAny(s, "{}") {
					t.Errorf("chart %s in %s: %q still has a brace", id, l, s)
				}
			}
		}
	}
}

// TestBrokenCopies breaks a copy of the fixture's files in one way each
// and checks the message names the file, line, item and language.
func TestBrokenCopies(t *testing.T) {
	facts, err := os.ReadFile(fixtureDir + "/facts.toml")
	if err != nil {
		t.Fatal(err)
	}
	texts, err := os.ReadFile(fixtureDir + "/texts.toml")
	if err != nil {
		t.Fatal(err)
	}
	lineOf := func(src []byte, s string) int {
		i := strings.Index(string(src), s)
		if i < 0 {
			t.Fatalf("test setup: %q not in file", s)
		}
		return strings.Count(string(src[:i]), "\n") + 1
	}
	tests := []struct {
		name       string
		file       string // which file to break
		old, new   string
		want       string
		wantAtLine string // the line the message must point at, as text in the original file
	}{
		{"missing language", "facts", `, de = "Direkte Testhilfe"`, "", `figure "aid.direct": no "de" text`, `label = { fr = "Aide directe d'essai"`},
		{"empty language", "facts", `nl = "Onderdelen, gereedschap en de rest"`, `nl = "  "`, `category "parts": empty "nl" text`, `label = { fr = "Pièces`},
		{"unknown qualifier", "facts", `qualifier = "nearly"`, `qualifier = "almost"`, `figure "aid.direct": qualifier "almost" is not one of`, `qualifier = "nearly"`},
		{"unknown unit", "facts", `unit = "vehicles"`, `unit = "tanks"`, `figure "purchases.jltv": unit "tanks" is not one of`, `unit = "vehicles"`},
		{"duplicate id", "facts", `id = "aid.multilateral"`, `id = "aid.direct"`, `figure "aid.direct": id is used twice`, `id = "aid.multilateral"`},
		{"dangling source", "facts", "source = \"primary\"\nquote = \"plus de 7,4", "source = \"press\"\nquote = \"plus de 7,4", `figure "purchases.total": source "press" is not in the [[source]] list`, "source = \"primary\"\nquote = \"plus de 7,4"},
		{"dangling figure", "facts", `figure = "purchases.jltv"`, `figure = "purchases.tanks"`, `category "vehicles": figure "purchases.tanks" does not exist`, `figure = "purchases.jltv"`},
		{"bad period", "facts", `period = { kind = "per-year", from = 2031, to = 2033 }`, `period = { kind = "per-year", from = 2033, to = 2031 }`, `figure "aid.programme": period 2033–2031 is not a valid span of years`, `period = { kind = "per-year"`},
		{"amount on a category", "facts", "[[category]]\nid = \"aircraft\"", "[[category]]\nid = \"aircraft\"\namount = 1_000_000_000", `"amount" is not allowed: the source gives no amount per category`, "[[category]]\nid = \"aircraft\""},
		{"unknown placeholder", "texts", `fr = "purchases.lead fr {purchases.total}"`, `fr = "purchases.lead fr {purchases.totl}"`, `text "purchases.lead": "fr" text: placeholder {purchases.totl} names no figure`, `lead = { fr = "purchases.lead`},
		{"missing text language", "texts", `, en = "site.skip en"`, "", `text "site.skip": no "en" text`, `skip = {`},
		{"unknown language", "texts", `en = "site.skip en"`, `en = "site.skip en", es = "saltar"`, `unknown language "es"`, `skip = {`},
		{"syntax error", "facts", `id = "aircraft"`, `id = "aircraft`, `invalid TOML`, `id = "aircraft"`},
		{"type error", "facts", "value = 150", `value = "150"`, `invalid TOML`, "value = 150"},
		{"source address", "facts", "id = \"general\"\ndate = \"\"", "id = \"general\"\ndate = \"\"\nurl = \"http://example.org/dates\"", `source "general": url "http://example.org/dates" is not an https address`, `id = "general"`},
		{"event year", "facts", "from = 1850", "from = 18500", `event "start": year 18500 is out of range`, "from = 1850"},
		{"straight quote", "texts", `en = "site.skip en"`, `en = "site.skip \"en\""`, `text "site.skip": "en" text: the straight double quote is not allowed`, `skip = {`},
		{"soft hyphen", "texts", `en = "site.skip en"`, "en = \"site.sk\u00adip en\"", `text "site.skip": "en" text: character U+00AD is not allowed`, `skip = {`},
		{"line break", "texts", `en = "site.skip en"`, `en = "site.skip\nen"`, `text "site.skip": "en" text: character U+000A is not allowed`, `skip = {`},
		{"a glyph the fonts lack", "texts", `en = "site.skip en"`, `en = "site.skip 中"`, `text "site.skip": "en" text: the font has no '中' (U+4E2D)`, `skip = {`},
		{"character reference", "texts", `en = "site.skip en"`, `en = "site.skip &amp; go"`, `text "site.skip": "en" text: an ampersand before a letter`, `skip = {`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, tx, src, file := facts, texts, facts, FactsFile
			if tt.file == "texts" {
				src, file = texts, TextsFile
			}
			broken := strings.Replace(string(src), tt.old, tt.new, 1)
			if broken == string(src) {
				t.Fatalf("test setup: %q not in %s", tt.old, file)
			}
			if tt.file == "texts" {
				tx = []byte(broken)
			} else {
				f = []byte(broken)
			}
			got, err := Parse(f, tx)
			if err == nil {
				t.Fatalf("Parse() = %v, nil error; want an error with %q", got != nil, tt.want)
			}
			if got != nil {
				t.Errorf("Parse() returned facts with an error; want nil")
			}
			msg := err.Error()
			if !strings.Contains(msg, tt.want) {
				t.Errorf("error = %q\nwant it to contain %q", msg, tt.want)
			}
			// The reported line may be the item's own line or a few lines into it.
			line := lineOf(src, tt.wantAtLine)
			for _, prefix := range []string{file + ":" + itoa(line) + ":", file + ":" + itoa(line+1) + ":", file + ":" + itoa(line+2) + ":"} {
				if strings.Contains(msg, prefix) {
					return
				}
			}
			t.Errorf("error = %q\nwant it at %s:%d (or the next two lines)", msg, file, line)
		})
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// TestAllProblemsAtOnce checks that validation does not stop at the first problem.
func TestAllProblemsAtOnce(t *testing.T) {
	facts, _ := os.ReadFile(fixtureDir + "/facts.toml")
	texts, _ := os.ReadFile(fixtureDir + "/texts.toml")
	broken := strings.Replace(string(facts), `qualifier = "nearly"`, `qualifier = "almost"`, 1)
	broken = strings.Replace(broken, `unit = "vehicles"`, `unit = "tanks"`, 1)
	broken = strings.Replace(broken, `, de = "Eine lange Liste."`, "", 1)
	_, err := Parse([]byte(broken), texts)
	ps, ok := err.(Problems)
	if !ok {
		t.Fatalf("error type %T, want Problems", err)
	}
	if len(ps) != 3 {
		t.Errorf("got %d problems, want 3:\n%v", len(ps), err)
	}
}

func TestLoadFSMissingFile(t *testing.T) {
	_, err := LoadFS(os.DirFS(t.TempDir()), ".")
	if err == nil || !strings.Contains(err.Error(), "reading facts") {
		t.Errorf("LoadFS(empty dir) error = %v, want a reading facts error", err)
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
