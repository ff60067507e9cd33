//go:build !wasm

package chart

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/fixture"
	"github.com/be-us/partnership/data/locale"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// facts is the fixture, checked against the charts' needs.
func facts(t testing.TB) *data.Facts {
	t.Helper()
	return fixture.Facts(t, Needs()...)
}

// TestGolden compares each chart's drawing, in each language, with its file
// in testdata/: the JSON the page carries (an ECharts option) or the model
// the components draw. go test -run Golden -update rewrites them; review
// the diff as you would code.
func TestGolden(t *testing.T) {
	f := facts(t)
	for _, s := range All {
		for _, l := range locale.All {
			d, err := Build(s.ID, f, l)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(d, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", s.ID+"."+string(l)+".json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./app/chart -run Golden -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s in %s differs from %s:\ngot:\n%s", s.ID, l, path, got)
			}
		}
	}
}

// TestCheck builds every chart of the fixture, and fails on data that
// lacks a figure a chart draws, with an error that names it: never a panic.
func TestCheck(t *testing.T) {
	f := facts(t)
	if err := Check(f); err != nil {
		t.Fatalf("Check(fixture) = %v", err)
	}
	for _, s := range All {
		for _, id := range s.Figures {
			broken := *f
			broken.Figures = slices.DeleteFunc(slices.Clone(f.Figures), func(fig data.Figure) bool { return fig.ID == id })
			broken.Reindex()
			err := Check(&broken)
			if err == nil || !strings.Contains(err.Error(), id) {
				t.Errorf("Check without figure %q = %v, want an error naming it", id, err)
			}
		}
	}
}

// TestPictogramNeedsACount checks that a figure that is no count of
// vehicles, or one too large to draw, fails the check instead of drawing
// nothing or a page without end.
func TestPictogramNeedsACount(t *testing.T) {
	f := facts(t)
	for _, tt := range []struct {
		value float64
		unit  locale.Unit
	}{{0.5, locale.Vehicles}, {322.5, locale.Vehicles}, {3e20, locale.Vehicles}, {0, locale.Vehicles}, {322, locale.USD}} {
		broken := *f
		broken.Figures = slices.Clone(f.Figures)
		for i := range broken.Figures {
			if broken.Figures[i].ID == "purchases.jltv" {
				broken.Figures[i].Value, broken.Figures[i].Unit = tt.value, tt.unit
			}
		}
		broken.Reindex()
		if err := Check(&broken); err == nil || !strings.Contains(err.Error(), "whole number of vehicles") {
			t.Errorf("Check with %v %s = %v, want an error", tt.value, tt.unit, err)
		}
	}
}

func TestRegistry(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range All {
		if seen[s.ID] {
			t.Errorf("chart %q registered twice", s.ID)
		}
		seen[s.ID] = true
		if got, ok := Lookup(s.ID); !ok || got.ID != s.ID {
			t.Errorf("Lookup(%q) = %v, %v", s.ID, got.ID, ok)
		}
	}
	if _, ok := Lookup("pie"); ok {
		t.Error("Lookup(pie) found a chart")
	}
	f := facts(t)
	if _, err := Build("pie", f, locale.FR); err == nil {
		t.Error("Build(pie) = nil error, want one")
	}
	if _, err := BuildTable("pie", f, locale.FR); err == nil {
		t.Error("BuildTable(pie) = nil error, want one")
	}
}

// TestQualifiersInLabels checks that every bar's amount carries the
// figure with the source's qualifier, in every language.
func TestQualifiersInLabels(t *testing.T) {
	f := facts(t)
	for _, s := range All {
		if s.Kind != ECharts {
			continue
		}
		for _, l := range locale.All {
			d, err := Build(s.ID, f, l)
			if err != nil {
				t.Fatal(err)
			}
			for _, b := range d.(Bars).Bars {
				fig := f.Figure(b.Figure)
				if want := fig.Format(l, locale.Short); b.Amount != want || !strings.Contains(want, l.QualifierWord(fig.Qualifier)) {
					t.Errorf("%s in %s: bar %s says %q, want %q", s.ID, l, b.Figure, b.Amount, want)
				}
			}
		}
	}
}

// TestProgrammeBarStopsAtTheFigure checks the honesty rule for "more
// than": the bar is drawn at the figure, nothing extends it, and it says
// the years it stands for.
func TestProgrammeBarStopsAtTheFigure(t *testing.T) {
	f := facts(t)
	fig := f.Figure("aid.programme")
	d, err := Build("aid-programme", f, locale.DE)
	if err != nil {
		t.Fatal(err)
	}
	b := d.(Bars)
	if len(b.Bars) != 1 {
		t.Fatalf("got %d bars, want 1", len(b.Bars))
	}
	if got := b.Bars[0].Value; got != fig.Value {
		t.Errorf("bar = %v, want the figure %v", got, fig.Value)
	}
	if want := locale.DE.YearSpan(fig.Period.From, fig.Period.To); b.Bars[0].Name != want {
		t.Errorf("bar's name %q, want the years %q", b.Bars[0].Name, want)
	}
	channels, _ := Build("aid-channels", f, locale.DE)
	if b.Max != channels.(Bars).Max {
		t.Errorf("the programme's scale ends at %v, the aid channels' at %v: want one scale", b.Max, channels.(Bars).Max)
	}
}

// TestScale draws charts of one scale with figures larger than the rest
// ($15B, $20B): every chart's axis ends at the largest, and each bar is as
// long as its own figure.
func TestScale(t *testing.T) {
	f := facts(t)
	f.Figures = slices.Clone(f.Figures)
	for i, v := range map[string]float64{"aid.direct": 15e9, "aid.multilateral": 20e9} {
		j := slices.IndexFunc(f.Figures, func(fig data.Figure) bool { return fig.ID == i })
		f.Figures[j].Value = v
	}
	f.Reindex()
	for _, id := range []string{"aid-channels", "aid-programme"} {
		d, err := Build(id, f, locale.EN)
		if err != nil {
			t.Fatal(err)
		}
		b := d.(Bars)
		if b.Max != 20e9 {
			t.Errorf("%s: scale ends at %v, want 2e10", id, b.Max)
		}
		for _, bar := range b.Bars {
			if bar.Value != f.Figure(bar.Figure).Value {
				t.Errorf("%s: bar %s at %v, want its figure %v", id, bar.Figure, bar.Value, f.Figure(bar.Figure).Value)
			}
		}
	}
}

// TestOption reads the ECharts option of each chart of bars back from
// its JSON: one bar a figure, named for its figure, at its value; an axis
// from zero to the scale; no colour, label or component of go-echarts'
// own; nothing that could end the <script> element that carries it.
func TestOption(t *testing.T) {
	f := facts(t)
	f.Figures = slices.Clone(f.Figures)
	f.Figures[0].Label = data.Text{"fr": "</script><b>x</b> & <!--", "nl": "x", "de": "x", "en": "x"}
	f.Reindex()
	for _, s := range All {
		if s.Kind != ECharts {
			continue
		}
		js, err := OptionJSON(f, s.ID, locale.FR)
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range []string{"</script", "<b>", "<!--"} {
			if strings.Contains(strings.ToLower(js), bad) {
				t.Errorf("%s: option JSON %s holds %q", s.ID, js, bad)
			}
		}
		var o struct {
			Series []struct {
				Type string
				Data []struct {
					Name  string
					Value float64
				}
			}
			XAxis []struct{ Min, Max float64 }
			Color any
			Label any
			Title any
		}
		if err := json.Unmarshal([]byte(js), &o); err != nil {
			t.Fatal(err)
		}
		if len(o.Series) != 1 || o.Series[0].Type != "bar" || len(o.Series[0].Data) != len(s.Figures) {
			t.Fatalf("%s: series %+v, want one of %d bars", s.ID, o.Series, len(s.Figures))
		}
		for i, item := range o.Series[0].Data {
			if item.Name != s.Figures[i] || item.Value != f.Figure(s.Figures[i]).Value {
				t.Errorf("%s: bar %d = %+v, want %s at %v", s.ID, i, item, s.Figures[i], f.Figure(s.Figures[i]).Value)
			}
		}
		max, _ := scaleMax(f, s.Scale)
		if len(o.XAxis) != 1 || o.XAxis[0].Min != 0 || o.XAxis[0].Max != max {
			t.Errorf("%s: value axis %+v, want 0 to %v", s.ID, o.XAxis, max)
		}
		if o.Color != nil || o.Label != nil || o.Title != nil {
			t.Errorf("%s: the option has a colour, a label or a title: %s", s.ID, js)
		}
	}
}

// TestPurchasesHaveNoAmounts checks the honesty rule: no tile carries an
// amount, every category has its tile.
func TestPurchasesHaveNoAmounts(t *testing.T) {
	f := facts(t)
	for _, l := range locale.All {
		d, _ := Build("purchases", f, l)
		tiles := d.(Tiles)
		if len(tiles.Tiles) != len(f.Categories) {
			t.Fatalf("got %d tiles, want %d", len(tiles.Tiles), len(f.Categories))
		}
		for _, tile := range tiles.Tiles {
			if s := tile.Name + tile.Detail; strings.ContainsAny(s, "$") || strings.Contains(s, "Md") || strings.Contains(s, "Mrd") || strings.Contains(s, "mld") {
				t.Errorf("tile %s in %s mentions an amount: %q", tile.ID, l, s)
			}
		}
	}
}

// TestPictogramCount checks one icon per vehicle, in groups of ten.
func TestPictogramCount(t *testing.T) {
	f := facts(t)
	d, _ := Build("jltv", f, locale.FR)
	p := d.(Pictogram)
	if want := int(f.Figure("purchases.jltv").Value); p.Count != want {
		t.Errorf("pictogram has %d icons, want %d", p.Count, want)
	}
	sum := 0
	for _, g := range p.Groups() {
		if g > 10 || g < 1 {
			t.Errorf("group of %d", g)
		}
		sum += g
	}
	if sum != p.Count {
		t.Errorf("groups hold %d icons, want %d", sum, p.Count)
	}
	tests := []struct {
		count, group int
		want         []int
	}{
		{0, 10, nil}, {3, 10, []int{3}}, {20, 10, []int{10, 10}}, {322, 10, append(slices.Repeat([]int{10}, 32), 2)}, {5, 0, nil},
	}
	for _, tt := range tests {
		if got := (Pictogram{Count: tt.count, Group: tt.group}).Groups(); !slices.Equal(got, tt.want) {
			t.Errorf("Groups(%d by %d) = %v, want %v", tt.count, tt.group, got, tt.want)
		}
	}
}

func TestTables(t *testing.T) {
	f := facts(t)
	for _, s := range All {
		for _, l := range locale.All {
			tab, err := BuildTable(s.ID, f, l)
			if err != nil {
				t.Fatal(err)
			}
			if len(tab.Rows) == 0 || tab.Caption == "" || tab.Head[0] == "" || tab.Head[1] == "" {
				t.Errorf("%s table in %s: %d rows, caption %q, head %q", s.ID, l, len(tab.Rows), tab.Caption, tab.Head)
			}
		}
	}
	tab, _ := BuildTable("purchases", f, locale.EN)
	if tab.Foot == nil || !strings.Contains(tab.Foot[1], "more than") {
		t.Errorf("purchases table foot = %v, want the total with its qualifier", tab.Foot)
	}
}

func TestSources(t *testing.T) {
	f := facts(t)
	aid, _ := Lookup("aid-channels")
	if got := Sources(aid, f); !slices.Equal(got, []string{"primary"}) {
		t.Errorf("Sources(aid-channels) = %v, want [primary]", got)
	}
	tl, _ := Lookup("timeline")
	if got := Sources(tl, f); !slices.Equal(got, []string{"primary", "general"}) {
		t.Errorf("Sources(timeline) = %v, want [primary general]", got)
	}
}

func BenchmarkBuildAll(b *testing.B) {
	f := facts(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range All {
			d, _ := s.Draw(f, s, locale.FR)
			if _, err := json.Marshal(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}
