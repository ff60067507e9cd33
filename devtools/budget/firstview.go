package budget

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"
)

// Group names of the size budgets.
const (
	GroupWasm    = "app.wasm"
	GroupECharts = "ECharts bundle"
	GroupRest    = "everything else"
)

// GroupPhone is the budget of everything a phone loads: the first view
// without app.wasm, which a phone never fetches.
const GroupPhone = "phone first view"

// Limits are the size budgets of a page's first view, in brotli bytes
// (1 MB = 1,000,000 bytes). app.wasm's grew by 10 KB with the
// presentation, which it runs, by 5 KB with the marks and cards of its
// slides, and by 60 KB with the speaker's tools (the speaker's window,
// the overview, the notes in four languages, the slides' takeaways and
// statements); app.wasm runs the presentation alone, and the page and
// the embeds never load it. The phone's counts the ECharts bundle, which
// a phone fetches once the reader scrolls to a chart of amounts.
var Limits = []Limit{
	{GroupWasm, []string{GroupWasm}, 1_645_000},
	{GroupECharts, []string{GroupECharts}, 140_000},
	{GroupRest, []string{GroupRest}, 60_000},
	{GroupPhone, []string{GroupECharts, GroupRest}, 200_000},
}

// Group name of the embeds' budget: everything an embed loads.
const GroupEmbed = "embed first view"

// EmbedLimits are the size budgets of an embed's first view: all it loads,
// in brotli bytes, with the ECharts bundle when it draws a chart of
// amounts (withECharts) and without it when Go draws everything.
func EmbedLimits(withECharts bool) []Limit {
	// The whole infographic's embed grew past 160 KB with a citation in
	// each figure's card.
	max := 20_000
	if withECharts {
		max = 166_000
	}
	return []Limit{{GroupEmbed, []string{GroupWasm, GroupECharts, GroupRest}, max}}
}

// HasECharts reports whether a first view loads the ECharts bundle.
func HasECharts(assets []Asset) bool {
	return slices.ContainsFunc(assets, func(a Asset) bool { return a.Group == GroupECharts })
}

// Limit is the most some groups of files may weigh together, compressed
// with brotli.
type Limit struct {
	Group     string
	Of        []string
	MaxBrotli int
}

// Asset is one file of the first view, with its size as sent in each
// encoding (the size as it is when the server has no such encoding).
type Asset struct {
	URL               string
	Group             string
	Raw, Gzip, Brotli int
}

// Total is a group's weight against its budget.
type Total struct {
	Limit
	Brotli int
}

// Over reports whether the group is over its budget.
func (t Total) Over() bool { return t.Brotli > t.MaxBrotli }

// loaded finds what a page makes the browser load at once: stylesheets,
// icons, the manifest, scripts and images.
var loaded = regexp.MustCompile(`<(?:link|script|img)\b[^>]*?\b(?:href|src)="(/[^"]*)"[^>]*>`)

// notLoaded are link relations a browser does not fetch on a first view.
var notLoaded = regexp.MustCompile(`\brel="(?:apple-touch-icon|preconnect|canonical)"`)

// chartsLoads finds the ECharts bundle an embed's frame script loads
// after the first paint (data-charts on the script).
var chartsLoads = regexp.MustCompile(`\bdata-charts="(/[^"]*)"`)

// scriptLoads finds what app.js loads itself: the WebAssembly, and the
// ECharts bundle it adds to the page after the first paint.
var scriptLoads = regexp.MustCompile(`"(/[^"]*\.wasm|/web/echarts\.[0-9a-f]+\.js)"`)

// FirstView asks h for page and for everything the page loads at once,
// app.wasm included, and measures each as sent in brotli, gzip and as is.
func FirstView(h http.Handler, page string) ([]Asset, error) {
	html, err := get(h, page, "")
	if err != nil {
		return nil, err
	}
	urls := []string{page}
	for _, m := range loaded.FindAllStringSubmatch(string(html), -1) {
		if !notLoaded.MatchString(m[0]) && !slices.Contains(urls, m[1]) {
			urls = append(urls, m[1])
		}
	}
	for _, m := range chartsLoads.FindAllStringSubmatch(string(html), -1) {
		if !slices.Contains(urls, m[1]) {
			urls = append(urls, m[1])
		}
	}
	if slices.Contains(urls, "/app.js") {
		appJS, err := get(h, "/app.js", "")
		if err != nil {
			return nil, err
		}
		for _, m := range scriptLoads.FindAllSubmatch(appJS, -1) {
			if u := string(m[1]); !slices.Contains(urls, u) {
				urls = append(urls, u)
			}
		}
	}
	var assets []Asset
	for _, u := range urls {
		a := Asset{URL: u, Group: groupOf(u)}
		for _, enc := range []struct {
			accept string
			size   *int
		}{{"", &a.Raw}, {"gzip", &a.Gzip}, {"br", &a.Brotli}} {
			body, err := get(h, u, enc.accept)
			if err != nil {
				return nil, err
			}
			*enc.size = len(body)
		}
		assets = append(assets, a)
	}
	return assets, nil
}

// get returns the body h sends for GET path with the given Accept-Encoding.
func get(h http.Handler, path, acceptEncoding string) ([]byte, error) {
	req := httptest.NewRequest(http.MethodGet, path, nil)
	req.Header.Set("Accept-Encoding", acceptEncoding)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("GET %s: status %d", path, rec.Code)
	}
	return rec.Body.Bytes(), nil
}

// groupOf puts a URL in its budget group.
func groupOf(url string) string {
	name := url[strings.LastIndex(url, "/")+1:]
	switch {
	case strings.HasPrefix(name, "app.") && strings.HasSuffix(name, ".wasm"):
		return GroupWasm
	case strings.HasPrefix(name, "echarts.") && strings.HasSuffix(name, ".js"):
		return GroupECharts
	}
	return GroupRest
}

// Check weighs each group of assets against its budget in limits.
func Check(assets []Asset, limits []Limit) []Total {
	var totals []Total
	for _, l := range limits {
		t := Total{Limit: l}
		for _, a := range assets {
			if slices.Contains(l.Of, a.Group) {
				t.Brotli += a.Brotli
			}
		}
		totals = append(totals, t)
	}
	return totals
}

// WriteEmbeds writes one line per embed: its first view against its
// budget.
func WriteEmbeds(w io.Writer, embeds []Embed) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	p := &printer{w: tw}
	p.printf("Embeds: first view (bytes as sent)\t\t\t\t\t\n")
	p.printf("embed\tfiles\tbrotli\tlimit\tresult\t\n")
	for _, e := range embeds {
		for _, t := range e.Totals {
			result := "ok"
			if t.Over() {
				result = "OVER"
			}
			p.printf("%s\t%d\t%s\t%s\t%s\t\n", e.Page, len(e.Assets), thousands(t.Brotli), thousands(t.MaxBrotli), result)
		}
	}
	if p.err != nil {
		return p.err
	}
	return tw.Flush()
}

// Embed is an embed's first view weighed against its budget.
type Embed struct {
	Page   string
	Assets []Asset
	Totals []Total
}

// WriteFirstView writes the assets, largest first, and the groups against
// their budgets.
func WriteFirstView(w io.Writer, page string, assets []Asset, totals []Total) error {
	sorted := slices.Clone(assets)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Brotli > sorted[j].Brotli })
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	p := &printer{w: tw}
	p.printf("First view of %s (bytes as sent)\t\t\t\t\t\n", page)
	p.printf("file\tgroup\tas is\tgzip\tbrotli\t\n")
	for _, a := range sorted {
		p.printf("%s\t%s\t%s\t%s\t%s\t\n", a.URL, a.Group, thousands(a.Raw), thousands(a.Gzip), thousands(a.Brotli))
	}
	p.printf("\t\t\t\t\t\n")
	p.printf("budget\t\tbrotli\tlimit\tresult\t\n")
	for _, t := range totals {
		result := "ok"
		if t.Over() {
			result = "OVER"
		}
		p.printf("%s\t\t%s\t%s\t%s\t\n", t.Group, thousands(t.Brotli), thousands(t.MaxBrotli), result)
	}
	if p.err != nil {
		return p.err
	}
	return tw.Flush()
}
