package e2e

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/be-us/partnership/internal/chrome"
	"github.com/be-us/partnership/internal/server"
)

var (
	siteURL string
	browser context.Context
	// handler is the site, for a test that needs a server of its own.
	handler http.Handler
)

// TestMain serves the built site and starts one browser for all tests. The
// assets must be built first (make build); without them, or without
// Chromium, every test fails, never skips.
func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	h, err := server.Open("", "e2e", "")
	if err != nil {
		fmt.Fprintln(os.Stderr, "browser tests:", err)
		return 1
	}
	handler = h
	srv := httptest.NewServer(h)
	defer srv.Close()
	siteURL = srv.URL

	profile, err := os.MkdirTemp("", "e2e-chromium-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(profile)
	ctx, cancel, err := chrome.New(context.Background(), profile)
	if err != nil {
		fmt.Fprintln(os.Stderr, "browser tests:", err)
		return 1
	}
	defer cancel()
	browser = ctx
	return m.Run()
}

// tab is one browser tab that records console errors, exceptions, log
// errors (CSP violations among them) and every requested URL.
type tab struct {
	ctx      context.Context
	mu       sync.Mutex
	errors   []string
	requests []string
}

func newTab(t *testing.T, scriptsOff bool) *tab {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser, chromedp.WithNewBrowserContext())
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
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
			if ev.Type == runtime.ConsoleAPICalledTypeError {
				var parts []string
				for _, a := range ev.Args {
					parts = append(parts, string(a.Value)+a.Description)
				}
				tb.errors = append(tb.errors, "console: "+strings.Join(parts, " "))
			}
		case *runtime.EventExceptionThrown:
			tb.errors = append(tb.errors, "exception: "+ev.ExceptionDetails.Text+" "+describe(ev.ExceptionDetails.Exception))
		case *cdplog.EventEntryAdded:
			if ev.Entry.Level == cdplog.EntryLevelError {
				tb.errors = append(tb.errors, "log: "+ev.Entry.Text+" "+ev.Entry.URL)
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
	return tb
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

// waitCharts waits until every chart container says ECharts has drawn it.
func (tb *tab) waitCharts(t *testing.T) {
	t.Helper()
	const js = `(() => { const all = document.querySelectorAll('[data-chart]');
		return all.length === 5 && [...all].every(c => c.dataset.chartReady === '1'); })()`
	if _, err := chromedp.Run(tb.ctx, chromedp.Poll[bool](js, chromedp.WithPollingTimeout(40*time.Second))); err != nil {
		ready := tb.eval(t, `[...document.querySelectorAll('[data-chart]')].map(c => c.dataset.chart + '=' + (c.dataset.chartReady || '-')).join(' ')`)
		t.Fatalf("charts not drawn: %v (%s); errors: %v", err, ready, tb.errs())
	}
}

// waitMounted waits until go-app has taken over the page: its loader is
// gone and the page component has left its mark.
func (tb *tab) waitMounted(t *testing.T) {
	t.Helper()
	if _, err := chromedp.Run(tb.ctx, chromedp.Poll[bool](`!document.getElementById('app-wasm-loader') && `+mounted, chromedp.WithPollingTimeout(40*time.Second))); err != nil {
		t.Fatalf("app.wasm did not mount: %v; errors: %v", err, tb.errs())
	}
}

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

// TestLanguages loads each language route: the WASM mounts, all five charts
// are drawn, the texts and numbers are in that language, nothing errs, and
// no request leaves the origin.
func TestLanguages(t *testing.T) {
	tests := []struct {
		path, lang, title, figure string
	}{
		{"/fr", "fr", "La Belgique et les États-Unis, partenaires depuis 1830", "2,5\u00a0Md\u00a0$"},
		{"/nl", "nl", "België en de Verenigde Staten, partners sinds 1830", "2,5\u00a0mld. dollar"},
		{"/de", "de", "Belgien und die Vereinigten Staaten – Partner seit 1830", "2,5\u00a0Mrd. US-$"},
		{"/en", "en", "Belgium and the United States: partners since 1830", "$2.5B"},
	}
	origin, _ := url.Parse(siteURL)
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			tb := newTab(t, false)
			tb.navigate(t, tt.path)
			tb.waitMounted(t)
			tb.waitCharts(t)
			if got := tb.eval(t, `document.documentElement.lang`); got != tt.lang {
				t.Errorf("html lang = %q, want %q", got, tt.lang)
			}
			if got := tb.eval(t, `document.querySelector('h1').textContent`); got != tt.title {
				t.Errorf("h1 = %q, want %q", got, tt.title)
			}
			if got := tb.eval(t, `document.querySelector('[data-figure="aid.direct"] .keyfigure__value').textContent`); got != tt.figure {
				t.Errorf("key figure = %q, want %q", got, tt.figure)
			}
			if got := tb.eval(t, `String(document.querySelectorAll('[data-chart] svg').length)`); got != "5" {
				t.Errorf("%s SVG charts drawn, want 5", got)
			}
			if errs := tb.errs(); len(errs) > 0 {
				t.Errorf("page errors:\n%s", strings.Join(errs, "\n"))
			}
			for _, r := range tb.reqs() {
				u, err := url.Parse(r)
				if err != nil || (u.Scheme != "data" && u.Scheme != "blob" && u.Host != origin.Host) {
					t.Errorf("request leaves the origin: %s", r)
				}
			}
		})
	}
}

// TestSwitchLanguage clicks the switcher: texts, number formats and charts
// follow without a page load.
func TestSwitchLanguage(t *testing.T) {
	tb := newTab(t, false)
	tb.navigate(t, "/fr")
	tb.waitMounted(t)
	tb.waitCharts(t)
	tb.eval(t, `window.__samePage = 'yes'; ''`)
	if err := chromedp.Do(tb.ctx, chromedp.Click(chromedp.CSS(`.switcher a[href="/de"]`))); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(tb.ctx, chromedp.Poll[bool](`document.documentElement.lang === 'de'`, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("language did not switch: %v", err)
	}
	tb.waitCharts(t)
	checks := []struct{ js, want string }{
		{`location.pathname`, "/de"},
		{`window.__samePage || 'reloaded'`, "yes"},
		{`document.querySelector('h1').textContent`, "Belgien und die Vereinigten Staaten – Partner seit 1830"},
		{`document.querySelector('[data-figure="purchases.total"] .keyfigure__qualifier').textContent`, "mehr als"},
		{`document.querySelector('[data-figure="purchases.total"] .keyfigure__value').textContent`, "6,8\u00a0Mrd. US-$"},
		{`document.querySelector('.switcher [aria-current="page"]').textContent`, "DE"},
		{`document.title`, "Belgien und die Vereinigten Staaten – Partner seit 1830"},
		{`(t => t.includes('fast') && t.includes('2,5\u00a0Mrd.'))(document.querySelector('[data-chart="aid-channels"] svg').textContent) ? 'yes' : 'no'`, "yes"},
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

// TestWithoutJavaScript checks the prerendered page alone: text, figures
// and every data table are there.
func TestWithoutJavaScript(t *testing.T) {
	tb := newTab(t, true)
	tb.navigate(t, "/en")
	checks := []struct{ js, want string }{
		{`document.querySelector('h1').textContent`, "Belgium and the United States: partners since 1830"},
		{`document.querySelector('[data-figure="purchases.jltv"] .keyfigure__value').textContent`, "322"},
		{`String(document.querySelectorAll('.datatable table').length)`, "5"},
		{`document.querySelector('[data-chart="purchases"] tfoot td').textContent`, "more than $6.8\u00a0billion"},
		{`String(document.querySelectorAll('[data-chart] svg').length)`, "0"},
		{`document.querySelector('.cards').textContent.includes('Port of Antwerp-Bruges') ? 'yes' : 'no'`, "yes"},
	}
	for _, c := range checks {
		if got := tb.eval(t, c.js); got != c.want {
			t.Errorf("%s = %q, want %q", c.js, got, c.want)
		}
	}
}
