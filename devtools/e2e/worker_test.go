//go:build e2e

package e2e

import (
	"net"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/be-us/partnership/internal/server"
)

// TestWorkerFollowsSettings visits the presentation of a server that lets
// one site frame it, until the service worker keeps the site; restarts
// the server at the same address with another site in -frame-ancestors;
// and comes back. The page comes with the new policy, the worker's cache
// is replaced by one that holds the page with the new policy, and once
// the server is gone the worker serves the page with the new policy.
func TestWorkerFollowsSettings(t *testing.T) {
	const before, after = "https://before.example", "https://after.example"
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	origin := "http://" + addr
	start := func(ln net.Listener, frameAncestors string) *httptest.Server {
		t.Helper()
		h, err := server.Open(server.Options{Version: "e2e", PublicURL: origin, FrameAncestors: frameAncestors})
		if err != nil {
			ln.Close()
			t.Fatal(err)
		}
		srv := httptest.NewUnstartedServer(h)
		srv.Listener.Close()
		srv.Listener = ln
		srv.Start()
		t.Cleanup(srv.Close)
		return srv
	}
	first := start(ln, before)

	tb := newTab(t, desktop, false)
	docs := tb.documents(t)
	tb.navigateTo(t, origin+"/en/present")
	tb.waitMounted(t)
	tb.waitCached(t, "/en")
	oldCache := tb.await(t, `caches.keys().then(keys => keys[0])`)
	if got := tb.keptPolicy(t, "/en"); !strings.Contains(got, before) {
		t.Fatalf("kept /en's policy = %q, want one with %s", got, before)
	}

	first.CloseClientConnections()
	first.Close()
	ln, err = net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("listening again at %s: %v", addr, err)
	}
	second := start(ln, after)

	// The returning reader: the page the server serves now, with its
	// policy, even before the new worker has installed.
	tb.navigateTo(t, origin+"/en")
	if got := docs.policy(t, origin+"/en"); !strings.Contains(got, after) || strings.Contains(got, before) {
		t.Errorf("the page came with the policy %q, want %s in it, not %s", got, after, before)
	}
	// The new worker: a cache of its own, in place of the old, with the
	// page and its new policy.
	tb.poll(t, "the worker did not keep the site anew", `(async () => {
		const keys = await caches.keys();
		if (keys.length !== 1 || keys[0] === `+quoteJS(oldCache)+`) return false;
		const page = await caches.match('/en');
		return !!navigator.serviceWorker.controller && !!page && page.headers.get('content-security-policy').includes(`+quoteJS(after)+`);
	})()`)

	// Without the server, the worker serves the page it kept anew.
	second.CloseClientConnections()
	second.Close()
	tb.navigateTo(t, origin+"/en")
	if got := docs.policy(t, origin+"/en"); !strings.Contains(got, after) || strings.Contains(got, before) {
		t.Errorf("offline, the page came with the policy %q, want %s in it, not %s", got, after, before)
	}
	if got := tb.eval(t, `document.documentElement.lang`); got != "en" {
		t.Errorf("offline page lang = %q, want en", got)
	}
}

// documents are the responses a tab got for its pages, by address, the
// last one of each: from the network or from the service worker.
type documents struct {
	mu       sync.Mutex
	policies map[string]string
}

// documents records the Content-Security-Policy of every page the tab
// gets from now on.
func (tb *tab) documents(t *testing.T) *documents {
	t.Helper()
	d := &documents{policies: map[string]string{}}
	err := chromedp.Listen(tb.ctx, func(ev any) {
		res, ok := ev.(*network.EventResponseReceived)
		if !ok || res.Type != network.ResourceTypeDocument {
			return
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		d.policies[res.Response.URL] = ""
		for name, value := range res.Response.Headers {
			if s, ok := value.(string); ok && strings.EqualFold(name, "Content-Security-Policy") {
				d.policies[res.Response.URL] = s
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// policy is the Content-Security-Policy the page at url last came with,
// and forgets it: the next call waits for the page to come again.
func (d *documents) policy(t *testing.T, url string) string {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		d.mu.Lock()
		p, ok := d.policies[url]
		delete(d.policies, url)
		d.mu.Unlock()
		if ok {
			return p
		}
		if time.Now().After(deadline) {
			t.Fatalf("no page came from %s", url)
		}
	}
}

// keptPolicy is the Content-Security-Policy of the page at path as the
// service worker keeps it.
func (tb *tab) keptPolicy(t *testing.T, path string) string {
	t.Helper()
	return tb.await(t, `caches.match(`+quoteJS(path)+`).then(r => r ? r.headers.get('content-security-policy') || '' : '')`)
}

// quoteJS is s as a JavaScript string.
func quoteJS(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}
