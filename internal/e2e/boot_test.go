package e2e

import (
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/chromedp"
)

// mounted is true once app.wasm has taken over the page.
const mounted = `performance.getEntriesByName('app-mounted').length > 0`

// TestChartsBeforeWasm loads the page without app.wasm (go-app's ?wasm=false):
// the page's script still draws all five charts from the prerendered options.
func TestChartsBeforeWasm(t *testing.T) {
	tb := newTab(t, false)
	tb.navigate(t, "/nl?wasm=false")
	tb.waitCharts(t)
	checks := []struct{ js, want string }{
		{`String(` + mounted + `)`, "false"},
		{`String(document.querySelectorAll('[data-chart] .chart__surface svg').length)`, "5"},
		{`(t => t.includes('bijna') && t.includes('2,5\u00a0mld.'))(document.querySelector('[data-chart="aid-channels"] svg').textContent) ? 'yes' : 'no'`, "yes"},
	}
	for _, c := range checks {
		if got := tb.eval(t, c.js); got != c.want {
			t.Errorf("%s = %q, want %q", c.js, got, c.want)
		}
	}
	if errs := tb.errs(); len(errs) > 0 {
		t.Errorf("page errors:\n%s", strings.Join(errs, "\n"))
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
		case <-time.After(20 * time.Second):
			t.Fatal("the page never asked for app.wasm")
		}
	}
}

// TestTakeOver holds app.wasm back until the page's script has drawn the
// charts, then lets it mount: the components keep the very elements that
// were drawn (no second drawing), and nothing on the page moves.
func TestTakeOver(t *testing.T) {
	tb := newTab(t, false)
	release := tb.holdWasm(t)
	tb.navigate(t, "/fr")
	tb.waitCharts(t)
	if got := tb.eval(t, `String(`+mounted+`)`); got != "false" {
		t.Fatalf("app.wasm mounted while held back")
	}
	tb.eval(t, `window.__shift = 0;
		new PerformanceObserver(l => l.getEntries().forEach(e => { if (!e.hadRecentInput) window.__shift += e.value; }))
			.observe({type: 'layout-shift'});
		document.querySelectorAll('.chart__surface').forEach(s => s.dataset.drawnBy = 'page');
		window.__svgs = [...document.querySelectorAll('.chart__surface svg')];
		''`)
	release()
	tb.waitMounted(t)
	tb.waitCharts(t)
	// Let any late change of layout happen before it is measured.
	time.Sleep(500 * time.Millisecond)
	checks := []struct{ name, js, want string }{
		{"surfaces kept", `String(document.querySelectorAll('[data-chart] .chart__surface[data-drawn-by="page"]').length)`, "5"},
		{"one surface per chart", `String(document.querySelectorAll('.chart__surface').length)`, "5"},
		{"same drawings", `String(window.__svgs.every(s => s.isConnected))`, "true"},
		{"one drawing per chart", `String([...document.querySelectorAll('.chart__canvas')].every(c => c.querySelectorAll('svg').length === 1))`, "true"},
		{"no layout shift", `String(window.__shift < 0.001)`, "true"},
	}
	for _, c := range checks {
		if got := tb.eval(t, c.js); got != c.want {
			t.Errorf("%s: %s = %q, want %q", c.name, c.js, got, c.want)
		}
	}
	if errs := tb.errs(); len(errs) > 0 {
		t.Errorf("page errors:\n%s", strings.Join(errs, "\n"))
	}
}

// TestOffline visits once, then stops the server and loads the page in
// another language: the service worker serves everything, and the charts
// are drawn.
func TestOffline(t *testing.T) {
	srv := httptest.NewServer(handler)
	defer srv.Close()
	tb := newTab(t, false)
	tb.navigateTo(t, srv.URL+"/de")
	tb.waitMounted(t)
	const cached = `(async () => {
		if (!navigator.serviceWorker.controller) return false;
		const keys = await caches.keys();
		if (keys.length !== 1) return false;
		const urls = (await (await caches.open(keys[0])).keys()).map(r => new URL(r.url).pathname);
		return urls.some(u => /^\/web\/app\.[0-9a-f]+\.wasm$/.test(u)) && urls.includes('/en');
	})()`
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		done, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](cached, chromedp.EvalAwaitPromise))
		if err == nil && done {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the service worker did not cache the app (%v); errors: %v", err, tb.errs())
		}
	}
	srv.CloseClientConnections()
	srv.Close()
	tb.navigateTo(t, srv.URL+"/en")
	tb.waitMounted(t)
	tb.waitCharts(t)
	if got := tb.eval(t, `document.documentElement.lang`); got != "en" {
		t.Errorf("offline page lang = %q, want en", got)
	}
}
