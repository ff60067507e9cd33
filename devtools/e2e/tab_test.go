//go:build e2e

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/devtools/chrome"
	"github.com/be-us/partnership/devtools/host"
	"github.com/be-us/partnership/internal/server"
)

var (
	siteURL string
	// facts are the page's own data: what a test expects to read is
	// derived from them.
	facts   *data.Facts
	browser context.Context
	// handler is the site, for a test that needs a server of its own.
	handler http.Handler
	// hosts is a second site, on the other name of the loopback, that
	// the site lets frame it: the embassy's site in the tests of embeds.
	hosts *host.Server
)

// charts is the number of charts on the page; echartsCharts of them are
// drawn by ECharts.
var charts, echartsCharts = func() (int, int) {
	n := 0
	for _, s := range chart.All {
		if s.Kind == chart.ECharts {
			n++
		}
	}
	return len(chart.All), n
}()

// mounted is true once app.wasm has taken over the page.
const mounted = `performance.getEntriesByName('` + app.MountedMark + `').length > 0`

// TestMain serves the built site and starts one browser for all tests. The
// assets must be built first (make build); without them, or without
// Chromium, every test fails, never skips.
func TestMain(m *testing.M) {
	if dir := os.Getenv(exportEnv); dir != "" {
		os.Exit(exportSite(dir))
	}
	os.Exit(run(m))
}

func run(m *testing.M) int {
	var err error
	if facts, err = data.Load(chart.Needs()...); err != nil {
		fmt.Fprintln(os.Stderr, "browser tests:", err)
		return 1
	}
	hosts = host.New()
	defer hosts.Close()
	// The site's own address is its public one, for the presentation's
	// QR code.
	srv := httptest.NewUnstartedServer(nil)
	siteURL = "http://" + srv.Listener.Addr().String()
	h, err := server.Open(server.Options{Version: "e2e", PublicURL: siteURL, FrameAncestors: hosts.Origin()})
	if err != nil {
		fmt.Fprintln(os.Stderr, "browser tests:", err)
		return 1
	}
	handler = h
	srv.Config.Handler = h
	srv.Start()
	defer srv.Close()
	hosts.Allow(siteURL)

	ctx, cancel, err := chrome.NewTemp(context.Background())
	if err != nil {
		fmt.Fprintln(os.Stderr, "browser tests:", err)
		return 1
	}
	defer cancel()
	browser = ctx
	return m.Run()
}

// profile is a kind of device: its viewport, and whether it is a phone.
type profile struct {
	name          string
	width, height int64
	phone         bool
}

var (
	desktop = profile{"desktop", 1280, 800, false}
	phone   = profile{"phone", 412, 823, true}
)

// tab is one browser tab that records console errors, exceptions, log
// errors (CSP violations among them) and every requested URL.
type tab struct {
	ctx      context.Context
	mu       sync.Mutex
	errors   []string
	warnings []string
	requests []string
	// frames are the contexts attached to frames of other sites, by
	// target; they last as long as the tab, since ending one ends the
	// tab's session.
	frames map[target.ID]context.Context
}

// framesAt lists the frames of other sites in the tab whose address starts
// with prefix, each a target of its own.
func (tb *tab) framesAt(t *testing.T, prefix string) []*target.Info {
	t.Helper()
	targets, err := chromedp.Targets(tb.ctx)
	if err != nil {
		t.Fatal(err)
	}
	var frames []*target.Info
	for _, info := range targets {
		if info.Type == "iframe" && strings.HasPrefix(info.URL, prefix) {
			frames = append(frames, info)
		}
	}
	return frames
}

// frame returns a context attached to a frame of another site in the
// tab, which the browser runs as a target of its own.
func (tb *tab) frame(t *testing.T, id target.ID) context.Context {
	t.Helper()
	tb.mu.Lock()
	defer tb.mu.Unlock()
	if ctx, ok := tb.frames[id]; ok {
		return ctx
	}
	if tb.frames == nil {
		tb.frames = map[target.ID]context.Context{}
	}
	ctx, cancel := chromedp.NewContext(tb.ctx, chromedp.WithTargetID(id))
	t.Cleanup(cancel)
	tb.frames[id] = ctx
	return ctx
}

// newTab opens a tab in a fresh browser context with the given device
// profile, with scripts on or off.
func newTab(t *testing.T, p profile, scriptsOff bool) *tab {
	t.Helper()
	return openTab(t, p, scriptsOff, browser, chromedp.WithNewBrowserContext())
}

// sibling opens another tab in tb's browser context, which shares its
// storage and its broadcast channels, as a second window of one browser
// does.
func (tb *tab) sibling(t *testing.T, p profile) *tab {
	t.Helper()
	return openTab(t, p, false, tb.ctx)
}

// openTab opens a tab from parent with the given options.
func openTab(t *testing.T, p profile, scriptsOff bool, parent context.Context, opts ...chromedp.ContextOption) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(parent, opts...)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancel() })
	tb := &tab{ctx: ctx}
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	err := chromedp.Listen(ctx, func(ev any) {
		tb.mu.Lock()
		defer tb.mu.Unlock()
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			var parts []string
			for _, a := range ev.Args {
				parts = append(parts, string(a.Value)+a.Description)
			}
			switch ev.Type {
			case runtime.ConsoleAPICalledTypeError:
				tb.errors = append(tb.errors, "console: "+strings.Join(parts, " "))
			case runtime.ConsoleAPICalledTypeWarning:
				tb.warnings = append(tb.warnings, "console: "+strings.Join(parts, " "))
			}
		case *runtime.EventExceptionThrown:
			tb.errors = append(tb.errors, "exception: "+ev.ExceptionDetails.Text+" "+describe(ev.ExceptionDetails.Exception))
		case *cdplog.EventEntryAdded:
			switch ev.Entry.Level {
			case cdplog.EntryLevelError:
				tb.errors = append(tb.errors, "log: "+ev.Entry.Text+" "+ev.Entry.URL)
			case cdplog.EntryLevelWarning:
				tb.warnings = append(tb.warnings, "log: "+ev.Entry.Text+" "+ev.Entry.URL)
			}
		case *network.EventRequestWillBeSent:
			tb.requests = append(tb.requests, ev.Request.URL)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, enable := range []error{
		call(ctx, network.Enable, network.EnableParams{}),
		call(ctx, cdplog.Enable, cdp.Empty{}),
		call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: scriptsOff}),
	} {
		if enable != nil {
			t.Fatal(enable)
		}
	}
	tb.resize(t, p)
	if !p.phone {
		tb.finePointer(t)
	}
	return tb
}

// finePointer makes the page see a mouse, as on a desktop.
func (tb *tab) finePointer(t *testing.T) {
	t.Helper()
	if err := call(tb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: chrome.FinePointer}); err != nil {
		t.Fatal(err)
	}
}

// resize gives the tab a profile's viewport; a phone also gets touch.
func (tb *tab) resize(t *testing.T, p profile) {
	t.Helper()
	var opts []chromedp.EmulateViewportOption
	if p.phone {
		opts = append(opts, chromedp.EmulateScale(2.6), chromedp.EmulateMobile, chromedp.EmulateTouch)
	}
	if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(p.width, p.height, opts...)); err != nil {
		t.Fatal(err)
	}
}

func call[P, R any](ctx context.Context, cmd cdp.Command[P, R], p P) error {
	_, err := chromedp.Call(ctx, cmd, p)
	return err
}

func describe(o *runtime.RemoteObject) string {
	if o == nil {
		return ""
	}
	return o.Description
}

func (tb *tab) navigate(t *testing.T, path string) {
	t.Helper()
	tb.navigateTo(t, siteURL+path)
}

func (tb *tab) navigateTo(t *testing.T, url string) {
	t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.Navigate(url)); err != nil {
		t.Fatalf("navigate %s: %v", url, err)
	}
}

func (tb *tab) eval(t *testing.T, js string) string {
	t.Helper()
	s, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](js))
	if err != nil {
		t.Fatalf("evaluate %q: %v", js, err)
	}
	return s
}

// poll waits until js is true. A document that goes while it is read (a
// reload, a navigation) is read again in the next one.
func (tb *tab) poll(t *testing.T, what, js string) {
	t.Helper()
	deadline := time.Now().Add(40 * time.Second)
	for {
		_, err := chromedp.Run(tb.ctx, chromedp.Poll[bool](js, chromedp.WithPollingTimeout(time.Until(deadline))))
		if err == nil {
			return
		}
		gone := strings.Contains(err.Error(), "Cannot find context") || strings.Contains(err.Error(), "Execution context was destroyed") || strings.Contains(err.Error(), "Inspected target navigated or closed")
		if !gone || time.Now().After(deadline) {
			t.Fatalf("%s: %v; errors: %v", what, err, tb.errs())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// await evaluates js, a promise of a string, and gives what it resolves to.
func (tb *tab) await(t *testing.T, js string) string {
	t.Helper()
	s, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("await %q: %v", js, err)
	}
	return s
}

// idle waits until the document has loaded and the browser has then
// been idle: what the page's scripts start on load has been started.
func (tb *tab) idle(t *testing.T) {
	t.Helper()
	tb.await(t, `new Promise(done => {
		const rest = () => requestIdleCallback(() => done(''), { timeout: 5000 });
		document.readyState === 'complete' ? rest() : addEventListener('load', rest, { once: true });
	})`)
}

// nearCharts scrolls each chart of amounts into view, as a reader does,
// which has the page draw it, then back to the top.
func (tb *tab) nearCharts(t *testing.T) {
	t.Helper()
	tb.await(t, bringChartsNear)
}

// bringChartsNear scrolls each chart of amounts into view until the page
// has asked for the ECharts bundle, then back to the top.
const bringChartsNear = `(async () => {
	const asked = () => document.querySelector('script[src*="/web/echarts"]') !== null;
	for (const c of document.querySelectorAll('.` + app.CanvasClass + `')) {
		c.scrollIntoView();
		for (const t0 = performance.now(); !asked() && performance.now() - t0 < 5000; ) {
			await new Promise(r => setTimeout(r, 50));
		}
	}
	scrollTo(0, 0);
	return '';
})()`

// waitCharts brings the page's charts near the screen and waits until
// every one, in the given language, says it is drawn.
func (tb *tab) waitCharts(t *testing.T, lang string) {
	t.Helper()
	tb.nearCharts(t)
	js := fmt.Sprintf(`document.querySelectorAll('[%s][data-lang="%s"][%s="1"]').length === %d`, app.ChartAttr, lang, app.ReadyAttr, charts)
	if _, err := chromedp.Run(tb.ctx, chromedp.Poll[bool](js, chromedp.WithPollingTimeout(40*time.Second))); err != nil {
		ready := tb.eval(t, `[...document.querySelectorAll('[data-chart]')].map(c => c.dataset.chart + '/' + c.dataset.lang + '=' + (c.dataset.chartReady || '-')).join(' ')`)
		t.Fatalf("charts not drawn: %v (%s); errors: %v", err, ready, tb.errs())
	}
}

// waitCached waits until the service worker controls the page and its
// cache holds app.wasm and every one of paths.
func (tb *tab) waitCached(t *testing.T, paths ...string) {
	t.Helper()
	tb.waitCachedUnder(t, "", paths...)
}

// waitCachedUnder is waitCached for a site served under prefix, which
// paths include.
func (tb *tab) waitCachedUnder(t *testing.T, prefix string, paths ...string) {
	t.Helper()
	want, err := json.Marshal(paths)
	if err != nil {
		t.Fatal(err)
	}
	cached := `(async () => {
		if (!navigator.serviceWorker.controller) return false;
		const keys = await caches.keys();
		if (keys.length !== 1) return false;
		const urls = (await (await caches.open(keys[0])).keys()).map(r => new URL(r.url).pathname);
		return urls.some(u => /^` + strings.ReplaceAll(regexp.QuoteMeta(prefix), "/", `\/`) + `\/web\/app\.[0-9a-f]+\.wasm$/.test(u)) && ` + string(want) + `.every(p => urls.includes(p));
	})()`
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		done, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](cached, chromedp.EvalAwaitPromise))
		if err == nil && done {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the service worker did not keep app.wasm and %v (%v); errors: %v", paths, err, tb.errs())
		}
	}
}

// waitMounted waits until app.wasm has taken over the page.
func (tb *tab) waitMounted(t *testing.T) {
	t.Helper()
	tb.poll(t, "app.wasm did not mount", mounted+` && !document.getElementById('app-wasm-loader')`)
}

// quiet waits until the page has had no layout change for half a second.
func (tb *tab) quiet(t *testing.T) {
	t.Helper()
	tb.eval(t, `window.__lastShift = performance.now();
		new PerformanceObserver(() => { window.__lastShift = performance.now(); }).observe({type: 'layout-shift'}); ''`)
	tb.poll(t, "the page did not settle", `performance.now() - window.__lastShift > 500`)
}

// expect evaluates each check and compares it with what it should be.
func (tb *tab) expect(t *testing.T, checks []check) {
	t.Helper()
	for _, c := range checks {
		if got := tb.eval(t, c.js); got != c.want {
			t.Errorf("%s: %s = %q, want %q", c.name, c.js, got, c.want)
		}
	}
}

// check is one expectation on the page: a JavaScript expression that
// gives a string, and the string it should give.
type check struct{ name, js, want string }

func (tb *tab) errs() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]string(nil), tb.errors...)
}

func (tb *tab) reqs() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return append([]string(nil), tb.requests...)
}

// asked reports whether the tab requested a URL that contains part.
func (tb *tab) asked(part string) bool {
	for _, r := range tb.reqs() {
		if strings.Contains(r, part) {
			return true
		}
	}
	return false
}

// noWarnings fails the test for each warning of the tab's console.
func (tb *tab) noWarnings(t *testing.T) {
	t.Helper()
	tb.mu.Lock()
	defer tb.mu.Unlock()
	if len(tb.warnings) > 0 {
		t.Errorf("console warnings:\n%s", strings.Join(tb.warnings, "\n"))
	}
}

func (tb *tab) noErrors(t *testing.T) {
	t.Helper()
	if errs := tb.errs(); len(errs) > 0 {
		t.Errorf("page errors:\n%s", strings.Join(errs, "\n"))
	}
}
