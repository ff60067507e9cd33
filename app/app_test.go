package app

import (
	"strings"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

func facts(t *testing.T) *data.Facts {
	t.Helper()
	f, err := data.Load()
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestPagePrerender loads the page in go-app's test engine, which runs the
// prerender path (OnPreRender) as the server does.
func TestPagePrerender(t *testing.T) {
	f := facts(t)
	p := &Page{Facts: f}
	e := goapp.NewTestEngine()
	if err := e.Load(p); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	if p.lang != locale.Default {
		t.Errorf("lang on / = %q, want the default %q", p.lang, locale.Default)
	}
	if err := goapp.Match(goapp.Div().Class("page"), p, 0); err != nil {
		t.Errorf("page root: %v", err)
	}
	if err := goapp.Match(goapp.A().Class("skip").Href("#content"), p, 0, 0); err != nil {
		t.Errorf("skip link: %v", err)
	}
}

func TestComponentsHTML(t *testing.T) {
	f := facts(t)
	tests := []struct {
		name string
		ui   goapp.UI
		want []string
		not  []string
	}{
		{"switcher", &Switcher{Lang: locale.NL, Label: "Taal"}, []string{
			`aria-label="Taal"`, `href="/fr"`, `href="/de"`, `href="/en"`, `lang="nl"`,
		}, nil},
		{"key figures", &KeyFigures{Facts: f, Lang: locale.DE}, []string{
			"fast", "2,5\u00a0Mrd. US-$", "mehr als", "322", "2020–2024 · ",
		}, []string{"Milliarden"}},
		{"chart", &Chart{ID: "jltv", Facts: f, Lang: locale.EN}, []string{
			`data-chart="jltv"`, `class="chart__option"`, `role="img"`, "Source: Embassy of Belgium", "Show the data",
		}, []string{"</script><"}},
		{"cooperation", &Cooperation{Facts: f, Lang: locale.FR}, []string{"OTAN et sécurité", "Anvers-Bruges", `data-area="drugs"`}, nil},
		{"footer", &Footer{Facts: f, Lang: locale.FR}, []string{`id="sources"`, "Dernière mise à jour\u00a0:", `datetime="2026-11-27"`, "27\u00a0novembre 2026"}, nil},
	}
	for _, tt := range tests {
		html := goapp.HTMLString(tt.ui)
		for _, s := range tt.want {
			if !strings.Contains(html, s) {
				t.Errorf("%s: HTML lacks %q", tt.name, s)
			}
		}
		for _, s := range tt.not {
			if strings.Contains(html, s) {
				t.Errorf("%s: HTML has %q", tt.name, s)
			}
		}
	}
}

func TestSwitcherMarksCurrent(t *testing.T) {
	html := goapp.HTMLString(&Switcher{Lang: locale.DE, Label: "Sprache"})
	if n := strings.Count(html, `aria-current="page"`); n != 1 {
		t.Fatalf("%d links marked current, want 1", n)
	}
	i := strings.Index(html, `aria-current="page"`)
	if j := strings.Index(html[i:], "</a>"); !strings.Contains(html[i:i+j], "DE") {
		t.Errorf("current link is not DE: %s", html[i:i+j])
	}
}

func TestDataTable(t *testing.T) {
	tab := chart.Table{Caption: "C", Head: [2]string{"A", "B"}, Rows: [][2]string{{"x", "1"}, {"y", "2"}}, Foot: &[2]string{"T", "3"}}
	html := goapp.HTMLString(&DataTable{Table: tab, Summary: "Show"})
	for s, want := range map[string]int{`<th scope="col">`: 2, `<th scope="row">`: 3, "<caption>": 1, "<tfoot>": 1, "<summary>": 1} {
		if got := strings.Count(html, s); got != want {
			t.Errorf("%s appears %d times, want %d", s, got, want)
		}
	}
}

func TestLangOfPath(t *testing.T) {
	tests := []struct {
		path string
		want locale.Lang
		ok   bool
	}{
		{"/fr", locale.FR, true},
		{"/nl/embed/jltv", locale.NL, true},
		{"/", "", false},
		{"/xx/fr", "", false},
		{"/FR", "", false},
		{"//de", "", false},
	}
	for _, tt := range tests {
		got, ok := LangOfPath(tt.path)
		if got != tt.want || ok != tt.ok {
			t.Errorf("LangOfPath(%q) = %q, %v; want %q, %v", tt.path, got, ok, tt.want, tt.ok)
		}
	}
}

func TestChartCompoID(t *testing.T) {
	a := &Chart{ID: "jltv", Lang: locale.FR}
	b := &Chart{ID: "jltv", Lang: locale.NL}
	if a.CompoID() == b.CompoID() {
		t.Error("a language change must remount the chart")
	}
}

func TestPagePaths(t *testing.T) {
	if got := strings.Join(PagePaths(), " "); got != "/ /fr /nl /de /en" {
		t.Errorf("PagePaths() = %s", got)
	}
}
