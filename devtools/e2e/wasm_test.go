//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/be-us/partnership/data/locale"
)

// TestPageLoadsNoWasm loads the page on a phone and on a desktop: the
// charts are drawn, and app.wasm is neither requested nor announced by a
// loader; the presentation alone runs it.
func TestPageLoadsNoWasm(t *testing.T) {
	for _, c := range []struct {
		p    profile
		path string
	}{{phone, "/nl"}, {phone, "/en"}, {desktop, "/de"}, {desktop, "/fr"}} {
		p, path := c.p, c.path
		tb := newTab(t, p, false)
		tb.navigate(t, path)
		tb.waitCharts(t, path[1:])
		tb.poll(t, "the page did not decide on app.wasm", `document.documentElement.dataset.app === 'off'`)
		if tb.asked(".wasm") {
			t.Errorf("%s: the %s requested app.wasm", path, p.name)
		}
		tb.expect(t, []check{
			{"not mounted", `String(` + mounted + `)`, "false"},
			{"no service worker", `String(!!navigator.serviceWorker.controller)`, "false"},
			{"no loader", `String(document.getElementById('app-wasm-loader') === null)`, "true"},
		})
		tb.noErrors(t)
	}
}

// TestWasmOverride turns the policy off on a desktop with ?wasm=off.
func TestWasmOverride(t *testing.T) {
	tb := newTab(t, desktop, false)
	tb.navigate(t, "/de?wasm=off")
	tb.waitCharts(t, "de")
	tb.poll(t, "the page did not decide on app.wasm", `document.documentElement.dataset.app === 'off'`)
	if tb.asked(".wasm") {
		t.Error("?wasm=off requested app.wasm")
	}
}

// holdWasm keeps the browser's request for app.wasm waiting until the
// returned function is called.
func (tb *tab) holdWasm(t *testing.T) (release func()) {
	t.Helper()
	paused := make(chan fetch.RequestID, 1)
	chromedp.Listen(tb.ctx, func(ev any) {
		if ev, ok := ev.(*fetch.EventRequestPaused); ok {
			paused <- ev.RequestID
		}
	})
	err := call(tb.ctx, fetch.Enable, fetch.EnableParams{Patterns: []*fetch.RequestPattern{{URLPattern: "*/web/app.*.wasm"}}})
	if err != nil {
		t.Fatal(err)
	}
	return func() {
		t.Helper()
		select {
		case id := <-paused:
			if err := call(tb.ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: id}); err != nil {
				t.Fatal(err)
			}
		case <-time.After(30 * time.Second):
			t.Fatal("the page never asked for app.wasm")
		}
	}
}

// TestTakeOver holds app.wasm back until the page's script has drawn the
// charts, then lets it mount on a desktop that asked for it
// (?wasm=idle): the components keep the very drawings (no second
// drawing), nothing moves, and the language switch then works without a
// page load.
func TestTakeOver(t *testing.T) {
	tb := newTab(t, desktop, false)
	release := tb.holdWasm(t)
	tb.navigate(t, "/fr?wasm=idle")
	tb.waitCharts(t, "fr")
	if got := tb.eval(t, `String(`+mounted+`)`); got != "false" {
		t.Fatalf("app.wasm mounted while held back")
	}
	tb.eval(t, `window.__shift = 0;
		new PerformanceObserver(l => l.getEntries().forEach(e => { if (!e.hadRecentInput) window.__shift += e.value; }))
			.observe({type: 'layout-shift'});
		window.__lcpBefore = performance.getEntriesByType('largest-contentful-paint').length;
		document.querySelectorAll('.chart__surface').forEach(s => s.dataset.drawnBy = 'page');
		window.__svgs = [...document.querySelectorAll('.chart__surface svg')];
		window.__samePage = 'yes';
		''`)
	release()
	tb.waitMounted(t)
	tb.waitCharts(t, "fr")
	tb.quiet(t)
	n := strconv.Itoa(echartsCharts)
	tb.expect(t, []check{
		{"surfaces kept", `String(document.querySelectorAll('[data-chart] .chart__surface[data-drawn-by="page"]').length)`, n},
		{"one surface per chart", `String(document.querySelectorAll('.chart__surface').length)`, n},
		{"same drawings", `String(window.__svgs.every(s => s.isConnected))`, "true"},
		{"one drawing per chart", `String([...document.querySelectorAll('.chart__canvas')].every(c => c.querySelectorAll('.chart__surface svg').length === 1))`, "true"},
		{"charts the runtime holds", `String(pageCharts.count())`, n},
		{"runtime API", `['mount', 'adopt', 'release', 'count'].map(m => typeof pageCharts[m]).join()`, "function,function,function,function"},
		{"no layout shift", `String(window.__shift < 0.001)`, "true"},
		{"no new largest paint", `String(performance.getEntriesByType('largest-contentful-paint').length === window.__lcpBefore)`, "true"},
	})
	if err := chromedp.Do(tb.ctx, chromedp.Click(chromedp.CSS(`.switcher a[href="/de"]`))); err != nil {
		t.Fatal(err)
	}
	tb.poll(t, "language did not switch", `document.documentElement.lang === 'de'`)
	tb.waitCharts(t, "de")
	tb.expect(t, []check{
		{"no reload", `window.__samePage || 'reloaded'`, "yes"},
		{"path", `location.pathname`, "/de"},
		{"title", `document.querySelector('h1').textContent`, facts.Texts.Site.Title.In(locale.DE)},
		{"key figure", `document.querySelector('[data-figure="purchases.total"] .keyfigure__value').textContent`, facts.Figure("purchases.total").Format(locale.DE, locale.Short)},
		{"current language", `document.querySelector('.switcher [aria-current="page"]').textContent.trim().slice(0, 2)`, "DE"},
		{"chart in German", fmt.Sprintf(`document.querySelector('[data-chart="aid-channels"] .chart__canvas').textContent.includes(%q) ? 'yes' : 'no'`, facts.Figure("aid.direct").Format(locale.DE, locale.Short)), "yes"},
		{"old charts released", `String(pageCharts.count())`, n},
	})
	tb.noErrors(t)
}

// TestCrossSiteFrame frames the page from another site, where the browser
// blocks the frame's storage: every chart stays drawn, whether app.wasm is
// left out (the default in a frame) or forced to run.
func TestCrossSiteFrame(t *testing.T) {
	tests := []struct{ query, want string }{
		{"", "off"},
		{"?wasm=now", "done"},
	}
	for i, tt := range tests {
		query := tt.query
		t.Run("query="+query, func(t *testing.T) {
			code := fmt.Sprintf(`<iframe id="f" title="page" src="%s/en%s" width="1280" height="900"></iframe>`, siteURL, query)
			u := hosts.Add(fmt.Sprintf("/cross-site-%d", i), "Host", code)
			tb := newTab(t, desktop, false)
			tb.navigateTo(t, u)
			var frame context.Context
			for deadline := time.Now().Add(30 * time.Second); frame == nil && time.Now().Before(deadline); time.Sleep(300 * time.Millisecond) {
				frame = framedPage(t, tb, siteURL+"/en")
			}
			if frame == nil {
				t.Fatalf("no framed page; errors: %v", tb.errs())
			}
			if _, err := chromedp.Run(frame, chromedp.Evaluate[string](bringChartsNear, chromedp.EvalAwaitPromise)); err != nil {
				t.Fatalf("scrolling the framed page: %v", err)
			}
			count := func(sel string) int {
				n, err := chromedp.Run(frame, chromedp.Evaluate[int](`document.querySelectorAll('`+sel+`').length`))
				if err != nil {
					t.Fatalf("reading the framed page: %v", err)
				}
				return n
			}
			for deadline := time.Now().Add(30 * time.Second); count(`[data-chart-ready="1"]`) != charts; time.Sleep(300 * time.Millisecond) {
				if time.Now().After(deadline) {
					t.Fatalf("the framed page did not draw its charts")
				}
			}
			// Until app.wasm is left out, blocked, or done (mounted or failed).
			var state string
			for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(300 * time.Millisecond) {
				state, _ = chromedp.Run(frame, chromedp.Evaluate[string](`document.documentElement.dataset.app || ''`))
				if state == "off" || state == "blocked" || state == "done" {
					break
				}
			}
			if state != tt.want {
				t.Errorf("app.wasm in the frame: %q, want %q", state, tt.want)
			}
			for sel, want := range map[string]int{`[data-chart-ready="1"]`: charts, `.chart__surface svg`: echartsCharts, `.pictogram__group`: (int(facts.Figure("purchases.jltv").Value) + 9) / 10} {
				if n := count(sel); n != want {
					t.Errorf("in the frame, %s: %d, want %d", sel, n, want)
				}
			}
		})
	}
}

// TestBlockedStorage runs app.wasm where the browser refuses the page its
// storage, as browsers do in a frame on another site when they block
// third-party storage (which this headless Chromium does not do on its
// own): the page leaves app.wasm out and keeps every chart, with no error.
func TestBlockedStorage(t *testing.T) {
	tb := newTab(t, desktop, false)
	const block = `Object.defineProperty(window, 'localStorage', {
		get() { throw new DOMException("Failed to read the 'localStorage' property from 'Window'", 'SecurityError'); },
	});`
	if err := call(tb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: block}); err != nil {
		t.Fatal(err)
	}
	tb.navigate(t, "/en?wasm=now")
	tb.waitCharts(t, "en")
	tb.poll(t, "the page did not give up app.wasm", `document.documentElement.dataset.app === 'blocked'`)
	tb.expect(t, []check{
		{"charts drawn", `String(document.querySelectorAll('.chart__surface svg').length)`, strconv.Itoa(echartsCharts)},
		{"not mounted", `String(` + mounted + `)`, "false"},
		{"no loader", `String(document.getElementById('app-wasm-loader') === null)`, "true"},
	})
	if tb.asked(".wasm") {
		t.Error("app.wasm was fetched although it cannot run")
	}
	tb.noErrors(t)
}

// framedPage attaches to the page framed on another site whose address
// starts with prefix, which the browser runs as a target of its own, or
// returns nil while there is none.
func framedPage(t *testing.T, tb *tab, prefix string) context.Context {
	t.Helper()
	if frames := tb.framesAt(t, prefix); len(frames) > 0 {
		return tb.frame(t, frames[0].TargetID)
	}
	return nil
}
