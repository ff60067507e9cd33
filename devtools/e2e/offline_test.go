//go:build e2e

package e2e

import (
	"net/http/httptest"
	"testing"
)

// TestOffline visits the presentation once, where app.wasm and the
// service worker run, then stops the server and loads the page in another
// language: the service worker serves everything, and the charts are
// drawn.
func TestOffline(t *testing.T) {
	srv := httptest.NewServer(handler)
	defer srv.Close()
	tb := newTab(t, desktop, false)
	tb.navigateTo(t, srv.URL+"/de/present")
	tb.waitMounted(t)
	tb.waitCached(t, "/en")
	srv.CloseClientConnections()
	srv.Close()
	tb.navigateTo(t, srv.URL+"/en")
	tb.waitCharts(t, "en")
	if got := tb.eval(t, `document.documentElement.lang`); got != "en" {
		t.Errorf("offline page lang = %q, want en", got)
	}
}
