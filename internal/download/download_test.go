package download

import (
	"bytes"
	"encoding/csv"
	"maps"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/fixture"
	"github.com/be-us/partnership/data/locale"
)

var (
	factsOnce sync.Once
	loaded    *data.Facts
	loadErr   error
)

// facts are the fixture, validated against the charts.
func facts(t *testing.T) *data.Facts {
	t.Helper()
	factsOnce.Do(func() { loaded, loadErr = fixture.Load(chart.Needs()...) })
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return loaded
}

// parse reads a file back as a spreadsheet would: it must start with the
// byte order mark, and every row must have every column.
func parse(t *testing.T, file []byte) (header []string, rows [][]string) {
	t.Helper()
	rest, ok := bytes.CutPrefix(file, []byte(BOM))
	if !ok {
		t.Fatalf("the file does not start with the byte order mark: %q", file[:min(len(file), 8)])
	}
	r := csv.NewReader(bytes.NewReader(rest))
	r.FieldsPerRecord = columns
	records, err := r.ReadAll()
	if err != nil {
		t.Fatalf("reading the CSV back: %v", err)
	}
	if len(records) < 2 {
		t.Fatalf("%d rows, want a header and at least one row", len(records))
	}
	if !bytes.Contains(rest, []byte("\r\n")) || bytes.Contains(bytes.ReplaceAll(rest, []byte("\r\n"), nil), []byte("\n")) {
		t.Errorf("lines do not all end with CRLF")
	}
	return records[0], records[1:]
}

// plainNumber is a number as any spreadsheet reads it: no grouping, a dot
// before decimals.
var plainNumber = regexp.MustCompile(`^[0-9]+(\.[0-9]+)?$`)

// headers are some of the columns, by the text that names them.
func headers(f *data.Facts) map[int]data.Text {
	c := f.Texts.Download.Column
	return map[int]data.Text{ColLabel: c.Label, ColValue: c.Value, ColQualifier: c.Qualifier, ColSource: c.Source, ColDateSource: c.DateSource}
}

// wantRows are the rows each chart's file must hold, by kind and id, in
// order, from the data.
func wantRows(f *data.Facts) map[string][][2]string {
	want := map[string][][2]string{
		"aid-channels":  {{KindFigure, "aid.direct"}, {KindFigure, "aid.multilateral"}},
		"aid-programme": {{KindFigure, "aid.programme"}},
		"jltv":          {{KindFigure, "purchases.jltv"}},
	}
	for _, c := range f.Categories {
		want["purchases"] = append(want["purchases"], [2]string{KindCategory, c.ID})
	}
	want["purchases"] = append(want["purchases"], [2]string{KindFigure, "purchases.total"})
	for _, e := range f.Events {
		want["timeline"] = append(want["timeline"], [2]string{KindEvent, e.ID})
	}
	return want
}

// checkRow checks one row against the data it comes from.
func checkRow(t *testing.T, f *data.Facts, l locale.Lang, r []string) {
	t.Helper()
	for i, cell := range r {
		if cell != "" && strings.ContainsAny(cell[:1], "=+-@") {
			t.Errorf("%s: column %d starts with %q, which a spreadsheet takes for a formula: %q", r[ColID], i, cell[:1], cell)
		}
	}
	var source string
	switch r[ColKind] {
	case KindFigure:
		fig := f.Figure(r[ColID])
		if fig == nil {
			t.Fatalf("row of figure %q, which is not in the data", r[ColID])
		}
		source = fig.Source
		checkFigure(t, l, r, fig)
		if got, want := r[ColLabel], cell(fig.Label.In(l)); got != want {
			t.Errorf("%s: label = %q, want %q", fig.ID, got, want)
		}
		if got, want := r[ColText], cell(fig.Format(l, locale.Long)); got != want {
			t.Errorf("%s: text = %q, want %q", fig.ID, got, want)
		}
	case KindCategory:
		i := slices.IndexFunc(f.Categories, func(c data.Category) bool { return c.ID == r[ColID] })
		if i < 0 {
			t.Fatalf("row of category %q, which is not in the data", r[ColID])
		}
		total := f.Figure("purchases.total")
		source = total.Source
		// The source gives no amount per category: none may appear.
		for _, col := range []int{ColValue, ColUnit, ColQualifier, ColQualifierCode} {
			if r[col] != "" {
				t.Errorf("category %s: column %d = %q, want it empty: the source gives no amount per category", r[ColID], col, r[col])
			}
		}
		if got, want := r[ColText], cell(f.Texts.Purchases.Unknown.In(l)); got != want {
			t.Errorf("category %s: text = %q, want %q", r[ColID], got, want)
		}
		if got, want := r[ColFrom]+"-"+r[ColTo], strconv.Itoa(total.Period.From)+"-"+strconv.Itoa(total.Period.To); got != want {
			t.Errorf("category %s: years %s, want those of the total, %s", r[ColID], got, want)
		}
	case KindEvent:
		i := slices.IndexFunc(f.Events, func(e data.Event) bool { return e.ID == r[ColID] })
		if i < 0 {
			t.Fatalf("row of event %q, which is not in the data", r[ColID])
		}
		e := f.Events[i]
		source = e.Source
		if got, want := r[ColFrom]+"-"+r[ColTo], strconv.Itoa(e.From)+"-"+strconv.Itoa(e.End()); got != want {
			t.Errorf("event %s: years %s, want %s", e.ID, got, want)
		}
		if got, want := r[ColText], cell(f.Expand(e.Text, l)); got != want {
			t.Errorf("event %s: text = %q, want %q", e.ID, got, want)
		}
		if e.Figure != "" {
			checkFigure(t, l, r, f.Figure(e.Figure))
		} else if r[ColValue] != "" {
			t.Errorf("event %s: value %q, want none: the event has no figure", e.ID, r[ColValue])
		}
	default:
		t.Fatalf("row of kind %q, want %s, %s or %s", r[ColKind], KindFigure, KindCategory, KindEvent)
	}
	src := f.Source(source)
	want := cell(src.Name.In(l))
	if src.URL != "" {
		want += ", " + src.URL
	}
	if got := r[ColSource]; got != want || got == "" {
		t.Errorf("%s: source = %q, want %q", r[ColID], got, want)
	}
	wantDate := ""
	if r[ColKind] == KindEvent {
		i := slices.IndexFunc(f.Events, func(e data.Event) bool { return e.ID == r[ColID] })
		wantDate = cell(f.Source(f.Events[i].DatedBy()).Name.In(l))
		if u := f.Source(f.Events[i].DatedBy()).URL; u != "" {
			wantDate += ", " + u
		}
	}
	if got := r[ColDateSource]; got != wantDate {
		t.Errorf("%s: source of the date = %q, want %q", r[ColID], got, wantDate)
	}
}

// checkFigure checks the columns of a figure's number: the number as data
// has it, written plainly, with its unit, qualifier and period.
func checkFigure(t *testing.T, l locale.Lang, r []string, fig *data.Figure) {
	t.Helper()
	if !plainNumber.MatchString(r[ColValue]) {
		t.Errorf("%s: value %q is not a plain number", r[ColID], r[ColValue])
	}
	if v, err := strconv.ParseFloat(r[ColValue], 64); err != nil || v != fig.Value {
		t.Errorf("%s: value %q, want %v", r[ColID], r[ColValue], fig.Value)
	}
	checks := []struct{ name, got, want string }{
		{"unit", r[ColUnit], string(fig.Unit)},
		{"qualifier code", r[ColQualifierCode], string(fig.Qualifier)},
		{"qualifier", r[ColQualifier], l.QualifierWord(fig.Qualifier)},
		{"period", r[ColPeriod], fig.Period.Kind},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: %s = %q, want %q", r[ColID], c.name, c.got, c.want)
		}
	}
	if fig.Period.Kind != data.Total {
		if got, want := r[ColFrom]+"-"+r[ColTo], strconv.Itoa(fig.Period.From)+"-"+strconv.Itoa(fig.Period.To); got != want {
			t.Errorf("%s: years %s, want %s", r[ColID], got, want)
		}
	}
}

// frenchSpacing finds an ordinary space where French takes a no-break one.
var frenchSpacing = regexp.MustCompile(` [:;?!»]|« `)

// checkTypography checks that every cell of a French file has its
// no-break spaces, as the page has them.
func checkTypography(t *testing.T, l locale.Lang, header []string, rows [][]string) {
	t.Helper()
	if l != locale.FR {
		return
	}
	for _, r := range append([][]string{header}, rows...) {
		for _, cell := range r {
			if m := frenchSpacing.FindString(cell); m != "" {
				t.Errorf("ordinary space in %q (%q)", cell, m)
			}
		}
	}
}

// checkHeader checks that the first row names the columns in the file's
// language.
func checkHeader(t *testing.T, f *data.Facts, l locale.Lang, header []string) {
	t.Helper()
	if !slices.Equal(header, Header(f, l)) {
		t.Errorf("header = %q, want %q", header, Header(f, l))
	}
	for col, text := range headers(f) {
		if want := text.In(l); header[col] != want {
			t.Errorf("header column %d = %q, want %q", col, header[col], want)
		}
	}
}

func TestChartFiles(t *testing.T) {
	f := facts(t)
	want := wantRows(f)
	if got := len(want); got != len(chart.All) {
		t.Fatalf("the test knows the rows of %d charts, the registry has %d", got, len(chart.All))
	}
	for _, s := range chart.All {
		for _, l := range locale.All {
			t.Run(s.ID+"/"+string(l), func(t *testing.T) {
				file, err := Chart(f, s.ID, l)
				if err != nil {
					t.Fatal(err)
				}
				header, rows := parse(t, file)
				checkHeader(t, f, l, header)
				checkTypography(t, l, header, rows)
				var got [][2]string
				for _, r := range rows {
					got = append(got, [2]string{r[ColKind], r[ColID]})
					checkRow(t, f, l, r)
				}
				if !slices.Equal(got, want[s.ID]) {
					t.Errorf("rows = %v, want %v", got, want[s.ID])
				}
			})
		}
	}
}

// TestQualifiersInFiles checks, in every language, that each qualifier
// the data uses appears in the file of a chart that draws it, in words
// and as a code.
func TestQualifiersInFiles(t *testing.T) {
	f := facts(t)
	for _, l := range locale.All {
		for _, s := range chart.All {
			file, err := Chart(f, s.ID, l)
			if err != nil {
				t.Fatal(err)
			}
			_, rows := parse(t, file)
			for _, id := range s.Figures {
				fig := f.Figure(id)
				i := slices.IndexFunc(rows, func(r []string) bool { return r[ColID] == id })
				if i < 0 {
					t.Errorf("%s %s: no row for figure %s", s.ID, l, id)
					continue
				}
				if word := l.QualifierWord(fig.Qualifier); rows[i][ColQualifier] != word || rows[i][ColQualifierCode] != string(fig.Qualifier) {
					t.Errorf("%s %s: %s qualifier = %q (%q), want %q (%q)", s.ID, l, id, rows[i][ColQualifier], rows[i][ColQualifierCode], word, fig.Qualifier)
				}
			}
		}
	}
}

func TestAllFile(t *testing.T) {
	f := facts(t)
	var want [][2]string
	for _, s := range chart.All {
		for _, r := range wantRows(f)[s.ID] {
			if !slices.Contains(want, r) {
				want = append(want, r)
			}
		}
	}
	for _, fig := range f.Figures {
		if r := [2]string{KindFigure, fig.ID}; !slices.Contains(want, r) {
			want = append(want, r)
		}
	}
	for _, l := range locale.All {
		t.Run(string(l), func(t *testing.T) {
			file, err := All(f, l)
			if err != nil {
				t.Fatal(err)
			}
			header, rows := parse(t, file)
			checkHeader(t, f, l, header)
			checkTypography(t, l, header, rows)
			var got [][2]string
			for _, r := range rows {
				got = append(got, [2]string{r[ColKind], r[ColID]})
				checkRow(t, f, l, r)
			}
			if !slices.Equal(got, want) {
				t.Errorf("rows = %v, want %v", got, want)
			}
			for _, fig := range f.Figures {
				if !slices.Contains(got, [2]string{KindFigure, fig.ID}) {
					t.Errorf("no row for figure %s", fig.ID)
				}
			}
		})
	}
}

// TestSourceURL gives the sources addresses, one with a comma, and reads
// them back from every row, after the source's name: quoted as RFC 4180
// says, each whole.
func TestSourceURL(t *testing.T) {
	f := *facts(t)
	f.Sources = slices.Clone(f.Sources)
	urls := map[string]string{}
	for i := range f.Sources {
		f.Sources[i].URL = "https://example.org/" + f.Sources[i].ID + ",relations?lang=fr"
		urls[f.Sources[i].ID] = f.Sources[i].URL
	}
	f.Reindex()
	file, err := All(&f, locale.FR)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(file, []byte(f.Sources[0].URL+`"`)) {
		t.Errorf("the address with a comma is not quoted:\n%s", file)
	}
	_, rows := parse(t, file)
	for _, r := range rows {
		checkRow(t, &f, locale.FR, r)
		_, url, _ := strings.Cut(r[ColSource], ", https://")
		if !slices.Contains(slices.Collect(maps.Values(urls)), "https://"+url) {
			t.Errorf("%s: source = %q, want it to end with one of %v", r[ColID], r[ColSource], urls)
		}
	}
}

func TestUnknownChart(t *testing.T) {
	file, err := Chart(facts(t), "no-such-chart", locale.EN)
	if err == nil || !strings.Contains(err.Error(), `"no-such-chart"`) {
		t.Errorf("Chart(no-such-chart) = %d bytes, %v; want an error naming the chart", len(file), err)
	}
}

func TestNumber(t *testing.T) {
	for _, tt := range []struct {
		v    float64
		want string
	}{
		{2_500_000_000, "2500000000"},
		{1_140_000_000, "1140000000"},
		{322, "322"},
		{1.5, "1.5"},
		{1e21, "1000000000000000000000"},
	} {
		if got := Number(tt.v); got != tt.want {
			t.Errorf("Number(%v) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

// TestNotInAppWasm checks that app.wasm holds neither this package nor
// the CSV encoder: the browser only links to the files.
func TestNotInAppWasm(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", "github.com/be-us/partnership/cmd/site")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := strings.Fields(string(out))
	if !slices.Contains(deps, "github.com/be-us/partnership/app") {
		t.Fatalf("go list -deps for the browser lacks the app package: %v", deps)
	}
	for _, pkg := range []string{"github.com/be-us/partnership/internal/download", "encoding/csv"} {
		if slices.Contains(deps, pkg) {
			t.Errorf("app.wasm imports %s", pkg)
		}
	}
}

// TestCell writes texts as a file holds them: what only holds a line
// together is plain again, and a text a spreadsheet would run as a
// formula starts with an apostrophe.
func TestCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"F\u201116 support", "F-16 support"},
		{"2025–\u20602029", "2025–2029"},
		{"nearly $2.5\u00a0billion", "nearly $2.5\u00a0billion"},
		{"=HYPERLINK(\"https://evil.example\")", "'=HYPERLINK(\"https://evil.example\")"},
		{"+1", "'+1"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\tx", "'\tx"},
		{"\rx", "'\rx"},
		{"a = b", "a = b"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := cell(tt.in); got != tt.want {
			t.Errorf("cell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFormulaInData gives a label that a spreadsheet would run and reads
// it back from the file as text.
func TestFormulaInData(t *testing.T) {
	f := *facts(t)
	f.Categories = slices.Clone(f.Categories)
	f.Categories[0].Label = data.Text{"fr": "=1+1", "nl": "=1+1", "de": "=1+1", "en": "=1+1"}
	f.Reindex()
	file, err := Chart(&f, "purchases", locale.EN)
	if err != nil {
		t.Fatal(err)
	}
	_, rows := parse(t, file)
	for _, r := range rows {
		if r[ColID] == f.Categories[0].ID && r[ColLabel] != "'=1+1" {
			t.Errorf("label = %q, want %q", r[ColLabel], "'=1+1")
		}
	}
}
