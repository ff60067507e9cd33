//go:build e2e

package e2e

import (
	"net/http/httptest"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestOffline visits once on a desktop, where app.wasm and the service
// worker run, then stops the server and loads the page in another
// language: the service worker serves everything, and the charts are
// drawn.
func TestOffline(t *testing.T) {
	srv := httptest.NewServer(handler)
	defer srv.Close()
	tb := newTab(t, desktop, false)
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
	tb.waitCharts(t, "en")
	if got := tb.eval(t, `document.documentElement.lang`); got != "en" {
		t.Errorf("offline page lang = %q, want en", got)
	}
}
