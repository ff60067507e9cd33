//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data/locale"
)

// axeSource is axe-core, at the version pinned in axe/package.json
// (installed by make e2e).
func axeSource(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("axe/node_modules/axe-core/axe.min.js")
	if err != nil {
		t.Fatalf("axe-core: %v (run npm ci in devtools/e2e/axe, as make e2e does)", err)
	}
	return string(b)
}

// axeTags are the rules axe runs: WCAG 2.0, 2.1 and 2.2, levels A and AA.
var axeTags = []string{"wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"}

// violation is one rule axe found broken, with where.
type violation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

// axe runs axe-core on the tab's page and reports every violation as an
// error naming what the page was.
func (tb *tab) axe(t *testing.T, source, what string) {
	t.Helper()
	// What comes in, fading, is read once it has come.
	tb.poll(t, what+": animations", `document.getAnimations().every(a => a.playState !== 'running')`)
	tags, _ := json.Marshal(axeTags)
	js := `(async () => {
		if (!window.axe) { (0, eval)(` + "`" + `__AXE__` + "`" + `); }
		const r = await axe.run(document, { runOnly: { type: 'tag', values: ` + string(tags) + ` }, resultTypes: ['violations'] });
		return JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
			nodes: v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\s+/g, ' ')) })));
	})()`
	// axe's code goes in as a string, its backquotes and ${ escaped.
	src := strings.NewReplacer("\\", "\\\\", "`", "\\`", "${", "\\${").Replace(source)
	js = strings.Replace(js, "__AXE__", src, 1)
	out, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: running axe: %v", what, err)
	}
	var found []violation
	if err := json.Unmarshal([]byte(out), &found); err != nil {
		t.Fatalf("%s: reading axe's result: %v", what, err)
	}
	for _, v := range found {
		t.Errorf("%s: axe %s (%s): %s\n\t%s", what, v.ID, v.Impact, v.Help, strings.Join(v.Nodes, "\n\t"))
	}
}

// scheme emulates the system's light or dark colour scheme.
func (tb *tab) scheme(t *testing.T, dark bool) {
	t.Helper()
	value := "light"
	if dark {
		value = "dark"
	}
	err := call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: value}}})
	if err != nil {
		t.Fatal(err)
	}
}

// inTheme checks that the page shows the theme asked for: its ground.
func (tb *tab) inTheme(t *testing.T, what string, dark bool) {
	t.Helper()
	want := map[bool]string{false: "rgb(255, 255, 255)", true: "rgb(14, 21, 32)"}[dark]
	if got := tb.eval(t, `getComputedStyle(document.body).backgroundColor`); got != want {
		t.Errorf("%s: the page's ground is %s, want %s", what, got, want)
	}
}

// chartsReady waits until the page is in language l and every chart on
// it says it is drawn.
func (tb *tab) chartsReady(t *testing.T, what string, l locale.Lang) {
	t.Helper()
	tb.nearCharts(t)
	tb.poll(t, what+": charts not drawn", fmt.Sprintf(
		`document.documentElement.lang === %q && [...document.querySelectorAll('[%s]')].every(c => c.getAttribute('%s') === '1')`,
		l, app.ChartAttr, app.ReadyAttr))
}

// TestAxe runs axe-core on every route in every language, in the light
// and the dark theme: the page and the 404 page as served (a phone), with
// a card open, and taken over by app.wasm (a desktop, ?wasm=now), the
// presentation, and every embed. It wants no violation at all.
func TestAxe(t *testing.T) {
	source := axeSource(t)
	for _, dark := range []bool{false, true} {
		theme := map[bool]string{false: "light", true: "dark"}[dark]
		for _, l := range locale.All {
			// Tabs of their own for each language and theme: a tab lasts
			// 90 s.
			phoneTab := newTab(t, phone, false)
			desktopTab := newTab(t, desktop, false)
			// Embeds draw a chart once it is on screen: this one shows
			// them all.
			embedTab := newTab(t, profile{"tall", 1024, 6000, false}, false)
			phoneTab.scheme(t, dark)
			desktopTab.scheme(t, dark)
			for _, r := range app.Routes {
				path := r.Path(l)
				switch {
				case r.Embed:
					embedTab.navigate(t, path+"?theme="+theme)
					embedTab.chartsReady(t, path, l)
					embedTab.inTheme(t, path, dark)
					embedTab.axe(t, source, path+" ("+theme+")")
				case r.Name == "present" || r.Name == "speaker":
					desktopTab.navigate(t, path)
					desktopTab.waitMounted(t)
					desktopTab.chartsReady(t, path, l)
					desktopTab.axe(t, source, path+" ("+theme+", app.wasm)")
				default:
					phoneTab.navigate(t, path)
					phoneTab.chartsReady(t, path, l)
					phoneTab.inTheme(t, path, dark)
					phoneTab.axe(t, source, path+" ("+theme+", before app.wasm)")
					if r.Name == "page" {
						phoneTab.eval(t, `document.querySelector('[data-chart="aid-channels"] .`+app.MarkClass+`').click(); ''`)
						phoneTab.poll(t, "no card opened", `document.querySelector('.`+app.CardClass+`:popover-open') !== null`)
						phoneTab.axe(t, source, path+" ("+theme+", a card open)")
					}
					if r.Text {
						// app.wasm never runs there.
						continue
					}
					desktopTab.navigate(t, path+"?wasm=now")
					desktopTab.waitMounted(t)
					desktopTab.chartsReady(t, path, l)
					desktopTab.axe(t, source, path+" ("+theme+", app.wasm)")
				}
			}
		}
	}
}
