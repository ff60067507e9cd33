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

func mustLoad(t testing.TB) *Facts {
	t.Helper()
	f, err := Load()
	if err != nil {
		t.Fatalf("Load() error:\n%v", err)
	}
	return f
}

const nb = "\u00a0"

// TestFigureFormats pins every figure in every language and form: these are
// the strings readers see.
func TestFigureFormats(t *testing.T) {
	f := mustLoad(t)
	type forms struct{ long, short string }
	want := map[string]map[locale.Lang]forms{
		"aid.direct": {
			locale.FR: {"près de 2,5" + nb + "milliards de dollars", "près de 2,5" + nb + "Md" + nb + "$"},
			locale.NL: {"bijna 2,5" + nb + "miljard dollar", "bijna 2,5" + nb + "mld. dollar"},
			locale.DE: {"fast 2,5" + nb + "Milliarden US-Dollar", "fast 2,5" + nb + "Mrd. US-$"},
			locale.EN: {"nearly $2.5" + nb + "billion", "nearly $2.5B"},
		},
		"aid.multilateral": {
			locale.FR: {"environ 1,14" + nb + "milliard de dollars", "environ 1,14" + nb + "Md" + nb + "$"},
			locale.NL: {"ongeveer 1,14" + nb + "miljard dollar", "ongeveer 1,14" + nb + "mld. dollar"},
			locale.DE: {"etwa 1,14" + nb + "Milliarden US-Dollar", "etwa 1,14" + nb + "Mrd. US-$"},
			locale.EN: {"about $1.14" + nb + "billion", "about $1.14B"},
		},
		"aid.programme": {
			locale.FR: {"plus de 1,1" + nb + "milliard de dollars par an", "plus de 1,1" + nb + "Md" + nb + "$/an"},
			locale.NL: {"meer dan 1,1" + nb + "miljard dollar per jaar", "meer dan 1,1" + nb + "mld. dollar/jaar"},
			locale.DE: {"mehr als 1,1" + nb + "Milliarden US-Dollar pro Jahr", "mehr als 1,1" + nb + "Mrd. US-$/Jahr"},
			locale.EN: {"more than $1.1" + nb + "billion a year", "more than $1.1B/yr"},
		},
		"purchases.total": {
			locale.FR: {"plus de 6,8" + nb + "milliards de dollars", "plus de 6,8" + nb + "Md" + nb + "$"},
			locale.NL: {"meer dan 6,8" + nb + "miljard dollar", "meer dan 6,8" + nb + "mld. dollar"},
			locale.DE: {"mehr als 6,8" + nb + "Milliarden US-Dollar", "mehr als 6,8" + nb + "Mrd. US-$"},
			locale.EN: {"more than $6.8" + nb + "billion", "more than $6.8B"},
		},
		"purchases.jltv": {
			locale.FR: {"322" + nb + "véhicules", "322"},
			locale.NL: {"322" + nb + "voertuigen", "322"},
			locale.DE: {"322" + nb + "Fahrzeuge", "322"},
			locale.EN: {"322" + nb + "vehicles", "322"},
		},
	}
	if len(f.Figures) != len(want) {
		t.Errorf("data has %d figures, the test pins %d: pin the new ones", len(f.Figures), len(want))
	}
	for _, fig := range f.Figures {
		for _, l := range locale.All {
			w, ok := want[fig.ID][l]
			if !ok {
				t.Errorf("figure %q in %s: no expected strings", fig.ID, l)
				continue
			}
			if got := fig.Format(l, locale.Long); got != w.long {
				t.Errorf("figure %q %s long = %q, want %q", fig.ID, l, got, w.long)
			}
			if got := fig.Format(l, locale.Short); got != w.short {
				t.Errorf("figure %q %s short = %q, want %q", fig.ID, l, got, w.short)
			}
		}
	}
}

func TestLoadContent(t *testing.T) {
	f := mustLoad(t)
	if got, want := f.Updated.Format("2006-01-02"), "2026-11-27"; got != want {
		t.Errorf("Updated = %s, want %s", got, want)
	}
	wantCategories := []string{"f35", "mq9b", "munitions", "jltv", "f16-ukraine", "cis", "satellite", "equipment"}
	var gotCategories []string
	for _, c := range f.Categories {
		gotCategories = append(gotCategories, c.ID)
	}
	if !slices.Equal(gotCategories, wantCategories) {
		t.Errorf("categories = %v, want %v", gotCategories, wantCategories)
	}
	if got := f.Figure("aid.programme").Period.Years(); !slices.Equal(got, []int{2025, 2026, 2027, 2028, 2029}) {
		t.Errorf("aid.programme years = %v, want 2025…2029", got)
	}
	if f.Figure("nope") != nil || f.Source("nope") != nil {
		t.Error("unknown ids should give nil")
	}
	first, last := f.Events[0], f.Events[len(f.Events)-1]
	if first.From != 1830 || last.End() != 2029 {
		t.Errorf("timeline runs %d–%d, want 1830–2029", first.From, last.End())
	}
}

func TestExpand(t *testing.T) {
	f := mustLoad(t)
	tests := []struct {
		text Text
		lang locale.Lang
		want string
	}{
		{Text{"fr": "Total : {purchases.total}."}, locale.FR, "Total" + nb + ": plus de 6,8" + nb + "milliards de dollars."},
		{Text{"en": "{aid.direct|short} and {purchases.jltv}"}, locale.EN, "nearly $2.5B and 322" + nb + "vehicles"},
		{Text{"fr": "Pas de chiffre"}, locale.EN, "Pas de chiffre"},
		{Text{"de": "{unknown} bleibt"}, locale.DE, "{unknown} bleibt"},
		{Text{"en": "{aid.direct|long} stays"}, locale.EN, "{aid.direct|long} stays"},
		{Text{"en": "a { b {aid.direct|short}"}, locale.EN, "a { b nearly $2.5B"},
		{Text{"en": "{{aid.direct|short}} and } and {"}, locale.EN, "{nearly $2.5B} and } and {"},
	}
	for _, tt := range tests {
		if got := f.Expand(tt.text, tt.lang); got != tt.want {
			t.Errorf("Expand(%v, %s) = %q, want %q", tt.text, tt.lang, got, tt.want)
		}
	}
	// No text of the page may keep a placeholder once expanded.
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

// TestBrokenCopies breaks a copy of the files in one way each and checks the
// message names the file, line, item and language.
func TestBrokenCopies(t *testing.T) {
	facts, err := os.ReadFile("facts.toml")
	if err != nil {
		t.Fatal(err)
	}
	texts, err := os.ReadFile("texts.toml")
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
		{"missing language", "facts", "de = \"Direkte Hilfe für die Ukraine\"\n", "", `figure "aid.direct": no "de" text`, "[figure.label]"},
		{"empty language", "facts", "nl = \"Munitie\"", "nl = \"  \"", `category "munitions": empty "nl" text`, "[category.label]\nfr = \"Munitions\""},
		{"unknown qualifier", "facts", "qualifier = \"nearly\"", "qualifier = \"almost\"", `figure "aid.direct": qualifier "almost" is not one of`, "qualifier = \"nearly\""},
		{"unknown unit", "facts", "unit = \"vehicles\"", "unit = \"tanks\"", `figure "purchases.jltv": unit "tanks" is not one of`, "unit = \"vehicles\""},
		{"duplicate id", "facts", "id = \"aid.multilateral\"", "id = \"aid.direct\"", `figure "aid.direct": id is used twice`, "id = \"aid.multilateral\""},
		{"dangling source", "facts", "id = \"purchases.total\"\nvalue = 6_800_000_000\nunit = \"USD\"\nqualifier = \"more-than\"\nperiod = { kind = \"span\", from = 2020, to = 2024 }\nsource = \"embassy\"", "id = \"purchases.total\"\nvalue = 6_800_000_000\nunit = \"USD\"\nqualifier = \"more-than\"\nperiod = { kind = \"span\", from = 2020, to = 2024 }\nsource = \"press\"", `figure "purchases.total": source "press" is not in the [[source]] list`, "source = \"embassy\"\nquote = \"Entre 2020"},
		{"dangling figure", "facts", "figure = \"purchases.jltv\"", "figure = \"purchases.tanks\"", `category "jltv": figure "purchases.tanks" does not exist`, "figure = \"purchases.jltv\""},
		{"bad period", "facts", "period = { kind = \"per-year\", from = 2025, to = 2029 }", "period = { kind = \"per-year\", from = 2029, to = 2025 }", `figure "aid.programme": period 2029–2025 is not a valid span of years`, "period = { kind = \"per-year\""},
		{"amount on a category", "facts", "[[category]]\nid = \"f35\"", "[[category]]\nid = \"f35\"\namount = 1_000_000_000", `"amount" is not allowed: the source gives no amount per category`, "[[category]]\nid = \"f35\""},
		{"unknown placeholder", "texts", "{purchases.total} d'équipements américains.", "{purchases.totl} d'équipements américains.", `text "purchases.lead": "fr" text: placeholder {purchases.totl} names no figure`, "[purchases.lead]"},
		{"missing text language", "texts", "en = \"Skip to content\"\n", "", `text "site.skip": no "en" text`, "[site.skip]"},
		{"unknown language", "texts", "en = \"Skip to content\"\n", "en = \"Skip to content\"\nes = \"Saltar al contenido\"\n", `unknown language "es"`, "[site.skip]"},
		{"syntax error", "facts", "id = \"f35\"", "id = \"f35", `invalid TOML`, "id = \"f35\""},
		{"type error", "facts", "value = 322", "value = \"322\"", `invalid TOML`, "value = 322"},
		{"source address", "facts", "id = \"history\"\ndate = \"\"", "id = \"history\"\ndate = \"\"\nurl = \"http://example.org/dates\"", `source "history": url "http://example.org/dates" is not an https address`, "id = \"history\""},
		{"event year", "facts", "from = 1830", "from = 18300", `event "founding": year 18300 is out of range`, "from = 1830"},
		{"straight quote", "texts", `en = "Skip to content"`, `en = "Skip to \"content\""`, `text "site.skip": "en" text: the straight double quote is not allowed`, "[site.skip]"},
		{"soft hyphen", "texts", `en = "Skip to content"`, "en = \"Skip to con\u00adtent\"", `text "site.skip": "en" text: character U+00AD is not allowed`, "[site.skip]"},
		{"line break", "texts", `en = "Skip to content"`, `en = "Skip to\ncontent"`, `text "site.skip": "en" text: character U+000A is not allowed`, "[site.skip]"},
		{"character reference", "texts", `en = "Skip to content"`, `en = "Skip &amp; go"`, `text "site.skip": "en" text: an ampersand before a letter`, "[site.skip]"},
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
	facts, _ := os.ReadFile("facts.toml")
	texts, _ := os.ReadFile("texts.toml")
	broken := strings.Replace(string(facts), "qualifier = \"nearly\"", "qualifier = \"almost\"", 1)
	broken = strings.Replace(broken, "unit = \"vehicles\"", "unit = \"tanks\"", 1)
	broken = strings.Replace(broken, "de = \"Munition\"\n", "", 1)
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
