//go:build !wasm

package app

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"

	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/fixture"
	"github.com/be-us/partnership/data/locale"
)

// facts is the fixture, checked against the charts' needs.
func facts(t *testing.T) *data.Facts {
	t.Helper()
	return fixture.Facts(t, chart.Needs()...)
}

// TestPagePrerender loads the page in go-app's test engine, which runs the
// prerender path (OnPreRender) as the server does.
func TestPagePrerender(t *testing.T) {
	p := NewPage(facts(t), Site{})
	e := goapp.NewTestEngine()
	if err := e.Load(p); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	if got := p.Lang(); got != locale.Default {
		t.Errorf("lang on / = %q, want the default %q", got, locale.Default)
	}
	if err := goapp.Match(goapp.Div().Class("page"), p, 0); err != nil {
		t.Errorf("page root: %v", err)
	}
	if err := goapp.Match(goapp.A().Class("skip").Href("#content"), p, 0, 0); err != nil {
		t.Errorf("skip link: %v", err)
	}
}

// htmlCase is a component and what its HTML must and must not hold.
type htmlCase struct {
	name string
	ui   goapp.UI
	want []string
	not  []string
}

// checkHTML renders each case's component and checks its HTML.
func checkHTML(t *testing.T, tests []htmlCase) {
	t.Helper()
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

func TestComponentsHTML(t *testing.T) {
	f := facts(t)
	short := func(id string, l locale.Lang) string { return f.Figure(id).Format(l, locale.Short) }
	long := func(id string, l locale.Lang) string { return f.Figure(id).Format(l, locale.Long) }
	total := f.Figure("purchases.total")
	tests := []htmlCase{
		{"switcher", &Switcher{Lang: locale.NL, Label: "Taal"}, []string{
			`aria-label="Taal"`, `href="/fr"`, `href="/de"`, `href="/en"`, `lang="nl"`, `<span class="visually-hidden"> Nederlands</span>`,
		}, []string{`aria-label="Nederlands"`, `title=`}},
		{"key figures", &KeyFigures{Facts: f, Lang: locale.DE}, []string{
			headlineHTML(f, "aid.direct", locale.DE), headlineHTML(f, "purchases.total", locale.DE), headlineHTML(f, "purchases.jltv", locale.DE),
			locale.DE.YearSpan(total.Period.From, total.Period.To) + " · ",
			`<span class="visually-hidden">` + f.Figure("aid.direct").Label.In(locale.DE) + ": " + long("aid.direct", locale.DE) + `, 1 ` + f.Texts.Present.Of.In(locale.DE) + ` 5</span>`,
		}, []string{`<span class="keyfigure__qualifier"></span>`}},
		{"echarts chart", &Chart{ID: "aid-channels", Facts: f, Lang: locale.EN}, []string{
			`data-chart="aid-channels"`, `class="chart__option"`, `data-marks="aid-channels"`, f.Texts.Footer.Source.In(locale.EN) + ": ", f.Texts.Table.Show.In(locale.EN),
			"<figcaption", `<span aria-hidden="true" class="bar__name">` + f.Figure("aid.direct").Label.In(locale.EN) + `</span><strong aria-hidden="true" class="bar__amount">` + short("aid.direct", locale.EN) + `</strong><span class="bar__track"></span>`,
			long("aid.direct", locale.EN),
		}, []string{`data-chart-ready`, `\u00a0`, `\u202f`}},
		{"pictogram", &Chart{ID: "jltv", Facts: f, Lang: locale.FR}, []string{
			`data-chart="jltv"`, `data-chart-ready="1"`, `<use href="#pictogram-vehicle-10"/>`, f.Texts.Chart["jltv"].Key.In(locale.FR),
		}, []string{"chart__option"}},
		{"tiles", &Chart{ID: "purchases", Facts: f, Lang: locale.NL}, []string{
			`data-chart-ready="1"`, `data-category="aircraft"`, f.Categories[0].Label.In(locale.NL), f.Texts.Purchases.Unknown.In(locale.NL),
		}, []string{"chart__option"}},
		{"timeline", &Chart{ID: "timeline", Facts: f, Lang: locale.DE}, []string{
			`class="timeline"`, `data-event="span"`, "<time datetime=\"1900\">1900–\u20601905</time>",
		}, []string{"chart__option"}},
		{"cooperation", &Cooperation{Facts: f, Lang: locale.FR}, []string{f.Areas[0].Title.In(locale.FR), f.Areas[0].Points[1].In(locale.FR), `data-area="second"`}, nil},
		{"chart slide", &Slide{ID: "jltv", Facts: f, Lang: locale.NL, Index: 4, Count: 8}, []string{
			`<h2 class="chart__title" id="chart-jltv-title">`, `<p class="slide__takeaway">slide.takeaway.jltv nl</p>`,
		}, nil},
		{"cooperation slide", &Slide{ID: "cooperation", Facts: f, Lang: locale.FR, Index: 6, Count: 8}, []string{
			`<p class="slide__takeaway">slide.takeaway.cooperation fr</p>`, f.Areas[0].Title.In(locale.FR), "<p>slide.statement.second fr</p>",
		}, []string{f.Areas[0].Points[0].In(locale.FR), "card__points"}},
		{"closing slide", &Slide{ID: "closing", Facts: f, Lang: locale.DE, Index: 7, Count: 8}, []string{`<p class="slide__takeaway">slide.takeaway.closing de</p>`}, nil},
		{"footer", &Footer{Facts: f, Lang: locale.FR}, []string{`id="sources"`, f.Texts.Footer.Updated.In(locale.FR) + "\u00a0:", `datetime="2030-03-14"`, "14\u00a0mars 2030",
			`data-embed="page"`, `data-embed="figures"`, "&lt;iframe src=&#34;/fr/embed&#34;", f.Texts.Embed.Copy.In(locale.FR), `hidden="hidden"`, `data-copy="embed-page-code"`,
		}, nil},
		{"chart with its embed code", &Chart{ID: "jltv", Facts: f, Lang: locale.NL}, []string{
			`id="chart-jltv"`, `data-embed="jltv"`, f.Texts.Embed.Chart.In(locale.NL), "/nl/embed/jltv", `<h3 class="chart__title" id="chart-jltv-title">`,
		}, nil},
		{"chart with its data download", &Chart{ID: "aid-programme", Facts: f, Lang: locale.DE}, []string{
			`<p class="download"><a download="belgium-us-aid-programme-de.csv" href="/de/data/aid-programme.csv">` + f.Texts.Download.Chart.In(locale.DE) + `</a> ` +
				`<a aria-label="` + f.Texts.Download.SVG.In(locale.DE) + `" download="belgium-us-aid-programme-de.svg" href="/de/data/aid-programme.svg">SVG</a> ` +
				`<a aria-label="` + f.Texts.Download.PNG.In(locale.DE) + `" download="belgium-us-aid-programme-de.png" href="/de/data/aid-programme.png">PNG</a></p></details>`,
		}, nil},
		{"footer with all the data", &Footer{Facts: f, Lang: locale.EN}, []string{
			`<a download="belgium-us-all-en.csv" href="/en/data/all.csv">` + f.Texts.Download.All.In(locale.EN) + `</a>`,
		}, nil},
		{"chart in the embed of the page", &Chart{ID: "jltv", Facts: f, Lang: locale.NL, Embedded: true}, []string{`<h3 class="chart__title" id="chart-jltv-title">`}, []string{"data-embed=", "&lt;iframe", "/data/", "download", "data-share-box"}},
		{"chart alone in its embed", &Chart{ID: "jltv", Facts: f, Lang: locale.NL, Embedded: true, Heading: 1}, []string{`<h1 class="chart__title" id="chart-jltv-title">`}, []string{"data-embed=", "&lt;iframe", "data-share-box", "<h3"}},
		{"key figures alone", &KeyFigures{Facts: f, Lang: locale.EN, Alone: true}, []string{`<h1 class="keyfigures__heading" id="keyfigures-heading">` + f.Texts.Figures.Heading.In(locale.EN) + `</h1>`,
			`class="embedcode chart-card__cite"`, `class="chart-card__action chart-card__share"`, f.Texts.Share.Figure.In(locale.EN) + " “"}, []string{"visually-hidden\" id=\"keyfigures-heading"}},
	}
	checkHTML(t, tests)
}

// TestPictogramIcons counts the icons the served HTML draws: exactly the
// figure, in groups of ten at most, each group one <use> of the symbol of
// its size.
func TestPictogramIcons(t *testing.T) {
	f := facts(t)
	html := goapp.HTMLString(&Chart{ID: "jltv", Facts: f, Lang: locale.EN})
	defs := html[strings.Index(html, `pictogram__defs`):strings.Index(html, `pictogram__grid`)]
	grid := html[strings.Index(html, `pictogram__grid`):strings.Index(html, `pictogram__key`)]
	sizes := map[string]int{}
	for _, symbol := range strings.Split(defs, `<symbol id="`)[1:] {
		id := symbol[:strings.Index(symbol, `"`)]
		sizes[id] = strings.Count(symbol, "<use ")
	}
	groups := strings.Split(grid, `<svg class="pictogram__group"`)[1:]
	icons := 0
	for _, group := range groups {
		if n := strings.Count(group, "<use "); n != 1 {
			t.Fatalf("a group with %d <use>, want 1: %s", n, group)
		}
		at := strings.Index(group, `href="#`) + len(`href="#`)
		id := group[at : at+strings.Index(group[at:], `"`)]
		n, ok := sizes[id]
		if !ok {
			t.Fatalf("a group uses %q, which the pictogram does not define", id)
		}
		if n < 1 || n > 10 {
			t.Errorf("a group of %d icons", n)
		}
		icons += n
	}
	if want := int(f.Figure("purchases.jltv").Value); icons != want {
		t.Errorf("pictogram draws %d icons, want %d", icons, want)
	}
	if want := (int(f.Figure("purchases.jltv").Value) + 9) / 10; len(groups) != want {
		t.Errorf("pictogram has %d groups, want %d", len(groups), want)
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

func TestRoutes(t *testing.T) {
	roots, fallbacks := 0, 0
	for _, r := range Routes {
		if r.Root {
			roots++
		}
		if r.Fallback {
			fallbacks++
		}
	}
	if roots != 1 || fallbacks != 1 {
		t.Errorf("the page table has %d root rows and %d fallback rows, want one of each", roots, fallbacks)
	}
	if got := strings.Join(OfflinePaths(), " "); got != "/ /fr /nl /de /en /fr/present /nl/present /de/present /en/present /fr/present/speaker /nl/present/speaker /de/present/speaker /en/present/speaker /fr/handout /nl/handout /de/handout /en/handout" {
		t.Errorf("OfflinePaths() = %s", got)
	}
	seen := map[string]bool{}
	for _, r := range Routes {
		for _, l := range locale.All {
			p := r.Path(l)
			if seen[p] {
				t.Errorf("path %s is in the page table twice", p)
			}
			seen[p] = true
			if got, ok := LangOfPath(p); !ok || got != l {
				t.Errorf("%s row: path %s does not start with its language %s", r.Name, p, l)
			}
		}
	}
}

// TestSectionsShowEveryChart checks that the sections show each chart of
// the registry once, in its order.
func TestSectionsShowEveryChart(t *testing.T) {
	var shown []string
	for _, s := range sections {
		shown = append(shown, chart.InSection(s)...)
	}
	if !slices.Equal(shown, chart.IDs()) {
		t.Errorf("sections show %v, want the registry's %v", shown, chart.IDs())
	}
}

// TestEveryCategoryHasAnIcon checks the page's own categories against the
// icons drawn for them.
func TestEveryCategoryHasAnIcon(t *testing.T) {
	f, err := data.Load(chart.Needs()...)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range f.Categories {
		if _, ok := categoryIcons[c.ID]; !ok {
			t.Errorf("category %q has no icon", c.ID)
		}
	}
}

// TestEverySlideHasATakeaway checks the slides against their texts: a
// line under each title.
func TestEverySlideHasATakeaway(t *testing.T) {
	f, err := data.Load(chart.Needs()...)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range SlideIDs() {
		if _, ok := f.Texts.Slide.Takeaway[id]; !ok {
			t.Errorf("slide %q has no [slide.takeaway.%s]", id, id)
		}
	}
	if got, want := slideSaid(f, locale.FR, 2, 8), "Diapositive 3 sur 8\u00a0: "+f.Spoken(f.Texts.Chart[SlideIDs()[2]].Title, locale.FR); got != want {
		t.Errorf("said %q, want %q", got, want)
	}
}

// TestAttrTextSpaces checks that the spaces of typography reach a
// prerendered attribute as character references, which go-app's quoting
// leaves alone.
func TestAttrTextSpaces(t *testing.T) {
	tests := []struct{ in, want string }{
		{"nearly $2.5\u00a0billion", "nearly $2.5&#xA0;billion"},
		{"Source\u202f: x", "Source&#x202F;: x"},
		{"a\u2009b\u2007c", "a&#x2009;b&#x2007;c"},
		{"plain", "plain"},
	}
	for _, tt := range tests {
		if got := AttrText(tt.in); got != tt.want {
			t.Errorf("AttrText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestScriptNames checks that web/js/names.js, from which the page's
// scripts take the names they share with the components, is what
// GenerateScriptNames writes now, and that each name is used.
func TestScriptNames(t *testing.T) {
	file, err := os.ReadFile("../web/js/names.js")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(file, GenerateScriptNames()) {
		t.Error("web/js/names.js is not what GenerateScriptNames writes: run make generate")
	}
	scripts, err := filepath.Glob("../web/js/*.js")
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, name := range scripts {
		if filepath.Base(name) == "names.js" {
			continue
		}
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		all.Write(b)
	}
	for _, n := range ScriptNames {
		if !regexp.MustCompile(`\b` + n.Name + `\b`).MatchString(all.String()) {
			t.Errorf("no script uses %s (%q): drop it from ScriptNames", n.Name, n.Value)
		}
		if strings.Contains(all.String(), `"`+n.Value+`"`) || strings.Contains(all.String(), `'`+n.Value+`'`) {
			t.Errorf("a script writes %q itself: take %s from names.js", n.Value, n.Name)
		}
	}
}

// TestEmbedRoutes checks the rows of the embeds: the whole infographic,
// the key figures and every chart of the registry, none kept offline.
func TestEmbedRoutes(t *testing.T) {
	want := map[string]bool{"/en/embed": true, "/en/embed/figures": true}
	for _, id := range chart.IDs() {
		want["/en/embed/"+id] = true
	}
	for _, r := range Routes {
		if !r.Embed {
			continue
		}
		p := r.Path(locale.EN)
		if !want[p] {
			t.Errorf("embed row %s at %s, which is not an embed", r.Name, p)
		}
		delete(want, p)
		if r.Offline || r.Root || r.Fallback || r.Status != 200 {
			t.Errorf("embed row %s: offline %v, root %v, fallback %v, status %d", r.Name, r.Offline, r.Root, r.Fallback, r.Status)
		}
	}
	for p := range want {
		t.Errorf("no embed row at %s", p)
	}
}

// TestEmbedSnippet parses the embed code as a host page would and checks
// the frame's attributes and the host script.
func TestEmbedSnippet(t *testing.T) {
	tests := []struct {
		origin, id, title      string
		src, height, scriptSrc string
	}{
		{"https://be-us.example", "jltv", "322 véhicules\u00a0: la Belgique", "https://be-us.example/fr/embed/jltv", "1170", "https://be-us.example/embed.js"},
		{"", "", "Tom & \"Jerry\" <b>", "/fr/embed", "5600", "/embed.js"},
		{"http://localhost:8080", FiguresEmbed, "Chiffres", "http://localhost:8080/fr/embed/figures", "1640", "http://localhost:8080/embed.js"},
		{"https://x.example", "aid-programme", "X", "https://x.example/fr/embed/aid-programme", "520", "https://x.example/embed.js"},
	}
	for _, tt := range tests {
		code := EmbedSnippet(Site{PublicURL: tt.origin}, locale.FR, tt.id, tt.title, EmbedHeight(tt.id))
		doc, err := html.Parse(strings.NewReader("<!doctype html><body>" + code))
		if err != nil {
			t.Fatal(err)
		}
		attrs := map[string]map[string]string{}
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode && (n.Data == "iframe" || n.Data == "script") {
				attrs[n.Data] = map[string]string{}
				for _, a := range n.Attr {
					attrs[n.Data][a.Key] = a.Val
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		frame, script := attrs["iframe"], attrs["script"]
		for key, want := range map[string]string{"src": tt.src, "title": tt.title, "loading": "lazy", "width": "100%", "height": tt.height} {
			if frame[key] != want {
				t.Errorf("%s: iframe %s = %q, want %q", tt.id, key, frame[key], want)
			}
		}
		if _, ok := frame["style"]; ok {
			t.Errorf("%s: a style attribute, which a strict host policy refuses", tt.id)
		}
		if script["src"] != tt.scriptSrc {
			t.Errorf("%s: script src = %q, want %q", tt.id, script["src"], tt.scriptSrc)
		}
		if _, ok := script["async"]; !ok {
			t.Errorf("%s: the host script is not async", tt.id)
		}
	}
}

// TestEmbedTitles checks that every embed's frame has a title, in every
// language, and an initial height of its own.
func TestEmbedTitles(t *testing.T) {
	f := facts(t)
	for _, l := range locale.All {
		for _, id := range append([]string{"", FiguresEmbed}, chart.IDs()...) {
			if got := EmbedTitle(f, l, id); strings.TrimSpace(got) == "" {
				t.Errorf("%s: embed %q has no title", l, id)
			}
			if EmbedHeight(id) <= 0 {
				t.Errorf("embed %q has no measured initial height", id)
			}
		}
	}
}

// headlineHTML is a key figure's value as the page writes it: the
// qualifier, if any, then the amount.
func headlineHTML(f *data.Facts, id string, l locale.Lang) string {
	h := f.Figure(id).HeadlineParts(l)
	amount := `<span class="keyfigure__amount">` + h.Amount + `</span>`
	if h.Qualifier == "" {
		return `<span aria-hidden="true" class="keyfigure__value">` + amount
	}
	return `<span class="keyfigure__qualifier">` + h.Qualifier + `</span> ` + amount
}
