package server

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"golang.org/x/net/html"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/fixture"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/asset"
)

var (
	defaultOnce sync.Once
	loaded      *data.Facts
	defaultSite http.Handler
	defaultErr  error
)

// testServer serves the site of the fixture with stand-in assets (the
// page's HTML does not depend on what app.wasm or the ECharts bundle
// contain), built once for every test that needs no other configuration.
func testServer(t testing.TB) *httptest.Server {
	t.Helper()
	defaultOnce.Do(func() {
		if loaded, defaultErr = fixture.Load(chart.Needs()...); defaultErr != nil {
			return
		}
		defaultSite, defaultErr = New(testConfig(Config{Facts: loaded, Assets: standIns(), Version: "test"}))
	})
	if defaultErr != nil {
		t.Fatal(defaultErr)
	}
	srv := httptest.NewServer(defaultSite)
	t.Cleanup(srv.Close)
	return srv
}

// serve serves the site with the given configuration, built anew.
func serve(t testing.TB, cfg Config) *httptest.Server {
	t.Helper()
	h, err := New(testConfig(cfg))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

// testConfig is cfg with the fastest compression, when it names none:
// what a test reads is the same at any quality.
func testConfig(cfg Config) Config {
	if cfg.Quality == 0 {
		cfg.Quality = 1
	}
	return cfg
}

// standIns are compressible stand-ins for the required assets, but for
// the scripts the server reads, which are their sources (web/js).
func standIns() fstest.MapFS {
	assets := fstest.MapFS{}
	for _, name := range required {
		data := []byte(strings.Repeat("stand-in "+name+"\n", 100))
		switch name {
		case "start.js", "controls.js", "worker.js":
			src, err := os.ReadFile(filepath.Join("..", "..", "web", "js", name))
			if err != nil {
				panic(err)
			}
			data = src
		}
		assets[name] = &fstest.MapFile{Data: data}
	}
	return assets
}

func get(t *testing.T, srv *httptest.Server, path, acceptLanguage string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest("GET", srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if acceptLanguage != "" {
		req.Header.Set("Accept-Language", acceptLanguage)
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res, string(body)
}

func TestRoutes(t *testing.T) {
	srv := testServer(t)
	tests := []struct {
		path, acceptLanguage string
		status               int
		contains             []string
		vary                 bool
	}{
		{"/fr", "", 200, []string{`<html lang="fr">`, "site.title fr", "près de 3,2\u00a0milliards de dollars"}, false},
		{"/nl", "", 200, []string{`<html lang="nl">`, "site.title nl", "bijna 3,2\u00a0miljard dollar"}, false},
		{"/de", "", 200, []string{`<html lang="de">`, "site.title de", "fast 3,2\u00a0Milliarden US\u2011Dollar"}, false},
		{"/en", "fr", 200, []string{`<html lang="en">`, "site.title en", "$3.2B"}, false},
		{"/", "nl-BE,nl;q=0.9,en;q=0.5", 200, []string{`<html lang="nl">`, "figures.heading nl"}, true},
		{"/", "de-AT", 200, []string{`<html lang="de">`}, true},
		{"/", "ja", 200, []string{`<html lang="fr">`}, true},
		{"/", "", 200, []string{`<html lang="fr">`}, true},
		{"/?lang=en", "fr", 200, []string{`<html lang="en">`}, true},
		{"/?lang=xx", "de", 200, []string{`<html lang="de">`}, true},
		{"/nope", "en-US", 404, []string{`<html lang="en">`, "notfound.title en", `href="/en"`}, true},
		{"/nl/onbekend", "en", 404, []string{`<html lang="nl">`, "notfound.title nl"}, false},
		{"/de/a/b/c?x=%00", "", 404, []string{"notfound.title de"}, false},
		{"/fr/404", "", 404, []string{"notfound.title fr"}, false},
		{"/healthz", "", 200, []string{"ready"}, false},
		{"/robots.txt", "", 200, []string{"User-agent: *"}, false},
		{"/web/app.css", "", 200, []string{"stand-in app.css"}, false},
		{"/web/missing.js", "de", 404, []string{"notfound.title de"}, true},
		{"/web/", "", 404, []string{"notfound.title fr"}, true},
		{"/web/../data/facts.toml", "", 307, nil, false}, // cleaned by ServeMux, then:
		{"/data/facts.toml", "", 404, []string{"notfound.title fr"}, true},
		{"/web/%2e%2e/go.mod", "", 404, []string{"notfound.title fr"}, true},
		{"/web/sub/app.css", "", 404, []string{"notfound.title fr"}, true},
		{"/web/app.0123456789ab.css", "", 200, []string{"stand-in app.css"}, false}, // an earlier build's name
		{"/web/missing.0123456789ab.css", "", 404, []string{"notfound.title fr"}, true},
		{"/app.js", "", 200, []string{"goappInitWebAssembly", "beforeprint"}, false},
		{"/fr/embed", "", 200, []string{`<html lang="fr">`, `class="embed embed--page"`, "embed.open fr", `href="/de/embed"`}, false},
		{"/nl/embed/jltv", "", 200, []string{`<html lang="nl">`, `data-chart="jltv"`, `href="/nl#chart-jltv"`}, false},
		{"/de/embed/figures", "", 200, []string{`<html lang="de">`, "figures.heading de"}, false},
		{"/en/embed/aid-channels", "", 200, []string{`data-chart="aid-channels"`, `target="_blank"`}, false},
		{"/nl/embed/unknown-chart", "en", 404, []string{`<html lang="nl">`, "notfound.title nl", `src="/web/frame.`, `content="noindex"`}, false},
		{"/fr/embed/jltv/more", "", 404, []string{"notfound.title fr"}, false},
		{"/fr/embed/jltv/", "", 308, nil, false},
		{"/nl/", "", 308, nil, false},
		{"/embed.js", "", 200, []string{"stand-in embed.js"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.path+" "+tt.acceptLanguage, func(t *testing.T) {
			res, body := get(t, srv, tt.path, tt.acceptLanguage)
			if res.StatusCode != tt.status {
				t.Fatalf("status = %d, want %d", res.StatusCode, tt.status)
			}
			if want := strings.TrimSuffix(tt.path, "/"); tt.status == 308 && res.Header.Get("Location") != want {
				t.Errorf("Location = %q, want %q", res.Header.Get("Location"), want)
			}
			for _, s := range tt.contains {
				if !strings.Contains(body, s) {
					t.Errorf("body lacks %q", s)
				}
			}
			if got := strings.Contains(strings.Join(res.Header.Values("Vary"), ","), "Accept-Language"); got != tt.vary {
				t.Errorf("Vary: Accept-Language present = %v, want %v", got, tt.vary)
			}
		})
	}
}

// TestPrerenderedContent checks the HTML alone carries the figures, tables
// and chart containers, for readers without JavaScript.
func TestPrerenderedContent(t *testing.T) {
	srv := testServer(t)
	_, body := get(t, srv, "/en", "")
	for _, id := range chart.IDs() {
		if !strings.Contains(body, `data-chart="`+id+`"`) {
			t.Errorf("no container for chart %s", id)
		}
	}
	for _, s := range []string{
		"<table>", `<th scope="col">`, `<th scope="row">`,
		"more than $7.4\u00a0billion", "150\u00a0vehicles", "purchases.unknown en",
		`<script class="chart__option" type="application/json">`,
		`class="timeline"`, `class="tiles"`, `pictogram__grid`,
		`aria-current="page"`, `id="sources"`, "footer.updated en:",
	} {
		if !strings.Contains(body, s) {
			t.Errorf("prerendered page lacks %q", s)
		}
	}
	if strings.Contains(body, "https://raw.githubusercontent.com") {
		t.Error("page refers to another host")
	}
}

func TestHeaders(t *testing.T) {
	srv := testServer(t)
	res, _ := get(t, srv, "/fr", "")
	csp := res.Header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
		}
	}
	for _, tt := range []struct{ path, header, want string }{
		{"/fr", "Cross-Origin-Opener-Policy", "same-origin"},
		{"/fr", "Cross-Origin-Resource-Policy", "same-origin"},
		{"/web/app.css", "Cross-Origin-Resource-Policy", "same-origin"},
		{"/embed.js", "Cross-Origin-Resource-Policy", "cross-origin"},
		{"/nope", "Referrer-Policy", "strict-origin-when-cross-origin"},
	} {
		res, _ := get(t, srv, tt.path, "")
		if got := res.Header.Get(tt.header); got != tt.want {
			t.Errorf("GET %s: %s = %q, want %q", tt.path, tt.header, got, tt.want)
		}
	}
	pp := res.Header.Get("Permissions-Policy")
	for _, want := range []string{"camera=()", "payment=()", "usb=()", "browsing-topics=()", "fullscreen=(self)", "screen-wake-lock=(self)"} {
		if !strings.Contains(pp, want) {
			t.Errorf("Permissions-Policy %q lacks %q", pp, want)
		}
	}
	if got := res.Header.Get("X-Content-Type-Options"); got != "nosniff" {
		t.Errorf("X-Content-Type-Options = %q, want nosniff", got)
	}
	if got := res.Header.Get("Cache-Control"); got != "no-cache" {
		t.Errorf("HTML Cache-Control = %q, want no-cache", got)
	}
	res, _ = get(t, srv, "/web/app.wasm", "")
	if got := res.Header.Get("Content-Type"); got != "application/wasm" {
		t.Errorf("wasm Content-Type = %q, want application/wasm", got)
	}
}

// TestFramePolicy checks the frame-ancestors directive on every kind of
// response, with the allow-list unset and set, and that no X-Frame-Options
// contradicts it.
func TestFramePolicy(t *testing.T) {
	testServer(t)
	tests := []struct {
		list, want string
	}{
		{"", "frame-ancestors 'self'"},
		{"https://embassy.example", "frame-ancestors 'self' https://embassy.example"},
		{"'none'", "frame-ancestors 'none'"},
	}
	for _, tt := range tests {
		ancestors, err := ParseFrameAncestors(tt.list)
		if err != nil {
			t.Fatal(err)
		}
		srv := serve(t, Config{Facts: loaded, Assets: standIns(), Version: "test", FrameAncestors: ancestors})
		for _, path := range []string{"/fr", "/fr/embed", "/nl/embed/jltv", "/nope", "/embed.js", "/web/app.css", "/healthz"} {
			res, _ := get(t, srv, path, "")
			csp := res.Header.Get("Content-Security-Policy")
			if got := csp[strings.LastIndex(csp, ";")+2:]; got != tt.want {
				t.Errorf("list %q, GET %s: last directive %q, want %q", tt.list, path, got, tt.want)
			}
			if got := res.Header.Get("X-Frame-Options"); got != "" {
				t.Errorf("GET %s: X-Frame-Options %q beside frame-ancestors", path, got)
			}
		}
	}
}

// TestEmbedPages checks what an embed loads: never go-app's scripts nor
// app.wasm's manifest; the frame script, with the ECharts bundle only
// where there are charts of amounts to draw.
func TestEmbedPages(t *testing.T) {
	srv := testServer(t)
	for _, r := range app.Routes {
		if !r.Embed {
			continue
		}
		for _, l := range locale.All {
			path := r.Path(l)
			_, page := fetch(t, srv, path, nil)
			var scripts []string
			charts, frames, manifests, robots := "", 0, 0, ""
			walk(parse(t, page), func(n *html.Node) {
				if src, ok := attrOf(n, "src"); ok && n.Data == "script" {
					scripts = append(scripts, src)
					if strings.HasPrefix(src, "/web/frame.") {
						frames++
						charts, _ = attrOf(n, "data-charts")
					}
				}
				if rel, _ := attrOf(n, "rel"); rel == "manifest" {
					manifests++
				}
				if name, _ := attrOf(n, "name"); name == "robots" {
					robots, _ = attrOf(n, "content")
				}
				if id, _ := attrOf(n, "id"); id == "app-wasm-loader" {
					t.Errorf("%s: go-app's loader", path)
				}
			})
			if len(scripts) != 1 || frames != 1 {
				t.Errorf("%s: scripts %v, want the frame script alone", path, scripts)
			}
			wantCharts := bytes.Contains(page, []byte(`class="`+app.OptionClass+`"`))
			if got := strings.HasPrefix(charts, "/web/echarts."); got != wantCharts {
				t.Errorf("%s: ECharts bundle named = %v (%q), want %v", path, got, charts, wantCharts)
			}
			if manifests != 0 {
				t.Errorf("%s: links the manifest", path)
			}
			if robots != "noindex" {
				t.Errorf("%s: robots %q, want noindex", path, robots)
			}
		}
	}
	// The page itself keeps go-app's scripts.
	_, page := fetch(t, srv, "/fr", nil)
	for _, s := range []string{`src="/app.js"`, `src="/wasm_exec.js"`, `rel="manifest"`} {
		if !bytes.Contains(page, []byte(s)) {
			t.Errorf("/fr lacks %s", s)
		}
	}
}

// TestWorkerHasNoPush checks that the service worker keeps its cache and
// has no push or notification handler.
func TestWorkerHasNoPush(t *testing.T) {
	srv := testServer(t)
	_, worker := get(t, srv, "/app-worker.js", "")
	for _, want := range []string{`addEventListener("install"`, `addEventListener("activate"`, `addEventListener("fetch"`} {
		if !strings.Contains(worker, want) {
			t.Errorf("the worker lacks %s", want)
		}
	}
	for _, not := range []string{"push", "notification", "openWindow", `addEventListener("message"`} {
		if strings.Contains(worker, not) {
			t.Errorf("the worker still holds %q", not)
		}
	}
	for _, want := range []string{"event.waitUntil", `request.mode === "navigate"`} {
		if !strings.Contains(worker, want) {
			t.Errorf("the worker lacks %s", want)
		}
	}
	if strings.Contains(worker, "{{") {
		t.Errorf("the worker still holds a template's field:\n%s", worker)
	}
}

// TestHSTS checks that Strict-Transport-Security comes over TLS only.
func TestHSTS(t *testing.T) {
	testServer(t)
	h, err := New(testConfig(Config{Facts: loaded, Assets: standIns(), Version: "test"}))
	if err != nil {
		t.Fatal(err)
	}
	tls := httptest.NewTLSServer(h)
	defer tls.Close()
	plain := httptest.NewServer(h)
	defer plain.Close()
	for _, tt := range []struct {
		srv  *httptest.Server
		want string
	}{{tls, "max-age=63072000; includeSubDomains"}, {plain, ""}} {
		res, err := tt.srv.Client().Get(tt.srv.URL + "/fr")
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if got := res.Header.Get("Strict-Transport-Security"); got != tt.want {
			t.Errorf("%s: Strict-Transport-Security = %q, want %q", tt.srv.URL, got, tt.want)
		}
	}
}

// TestHealthDraining checks that /healthz says when the server drains.
func TestHealthDraining(t *testing.T) {
	testServer(t)
	draining := false
	srv := serve(t, Config{Facts: loaded, Assets: standIns(), Version: "test", Draining: func() bool { return draining }})
	for _, tt := range []struct {
		draining bool
		status   int
		body     string
	}{{false, 200, "ready\n"}, {true, 503, "draining\n"}, {false, 200, "ready\n"}} {
		draining = tt.draining
		res, body := get(t, srv, "/healthz", "")
		if res.StatusCode != tt.status || body != tt.body || res.Header.Get("Cache-Control") != "no-store" {
			t.Errorf("draining %v: %d %q (%s), want %d %q, no-store", tt.draining, res.StatusCode, body, res.Header.Get("Cache-Control"), tt.status, tt.body)
		}
	}
}

// TestRanges asks for parts of a file: one range is served as asked, many
// ranges get the whole file.
func TestRanges(t *testing.T) {
	srv := testServer(t)
	tests := []struct {
		ranges string
		status int
		length int
	}{
		{"", 200, 0},
		{"bytes=0-99", 206, 100},
		{"bytes=-10", 206, 10},
		{"bytes=0-0,2-2", 200, 0},
		{"bytes=" + strings.Repeat("0-0,", 500) + "0-0", 200, 0},
		{"bytes=-0", 416, -1},
		{"bytes= -00", 416, -1},
	}
	whole := 0
	for _, tt := range tests {
		res, body := fetch(t, srv, "/web/app.wasm", map[string]string{"Range": tt.ranges, "Accept-Encoding": "identity"})
		if tt.ranges == "" {
			whole = len(body)
		}
		want := tt.length
		if want == 0 {
			want = whole
		}
		if want < 0 {
			want = len(body)
		}
		if res.StatusCode != tt.status || len(body) != want {
			t.Errorf("Range %.30q: %d with %d bytes, want %d with %d", tt.ranges, res.StatusCode, len(body), tt.status, want)
		}
	}
}

// fetch sends GET path with the given headers and returns the response and
// its body as sent, not decoded.
func fetch(t testing.TB, srv *httptest.Server, path string, headers map[string]string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest("GET", srv.URL+path, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Accept-Encoding", "identity")
	for k, v := range headers {
		req.Header.Set(k, v)
	}
	res, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, body
}

// versionedURL finds the versioned URL of a /web/ asset in text.
func versionedURL(t testing.TB, text, name string) string {
	t.Helper()
	ext := path.Ext(name)
	re := regexp.MustCompile(`/web/` + regexp.QuoteMeta(strings.TrimSuffix(name, ext)) + `\.[0-9a-f]{12}` + regexp.QuoteMeta(ext))
	u := re.FindString(text)
	if u == "" {
		t.Fatalf("no versioned URL of %s in:\n%.2000s", name, text)
	}
	return u
}

// TestCaching checks each kind of response's encoding and cache policy:
// versioned assets are cached for a year, everything else is revalidated,
// and a current copy costs a 304.
func TestCaching(t *testing.T) {
	srv := testServer(t)
	_, page := fetch(t, srv, "/fr", nil)
	_, appJS := fetch(t, srv, "/app.js", nil)
	tests := []struct {
		name, path, accept, cache, encoding, typ string
	}{
		{"page in brotli", "/fr", "gzip, deflate, br", "no-cache", "br", "text/html; charset=utf-8"},
		{"page in gzip", "/de", "gzip", "no-cache", "gzip", "text/html; charset=utf-8"},
		{"page as is", "/en", "identity", "no-cache", "", "text/html; charset=utf-8"},
		{"negotiated page", "/", "br", "no-cache", "br", "text/html; charset=utf-8"},
		{"versioned stylesheet", versionedURL(t, string(page), "app.css"), "br", asset.Immutable, "br", "text/css; charset=utf-8"},
		{"versioned bundle", versionedURL(t, string(appJS), "echarts.js"), "br", asset.Immutable, "br", "text/javascript; charset=utf-8"},
		{"versioned icon", versionedURL(t, string(page), "icon-192.png"), "br", asset.Immutable, "", "image/png"},
		{"versioned wasm", versionedURL(t, string(appJS), "app.wasm"), "br", asset.Immutable, "br", "application/wasm"},
		{"plain wasm", "/web/app.wasm", "gzip", "no-cache", "gzip", "application/wasm"},
		{"go-app script", "/app.js", "br", "no-cache", "br", "text/javascript; charset=utf-8"},
		{"service worker", "/app-worker.js", "gzip", "no-cache", "gzip", "text/javascript; charset=utf-8"},
		{"manifest", "/manifest.webmanifest", "br", "no-cache", "br", "application/manifest+json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := fetch(t, srv, tt.path, map[string]string{"Accept-Encoding": tt.accept})
			if res.StatusCode != 200 {
				t.Fatalf("GET %s: status %d", tt.path, res.StatusCode)
			}
			for header, want := range map[string]string{
				"Cache-Control":    tt.cache,
				"Content-Encoding": tt.encoding,
				"Content-Type":     tt.typ,
				"Content-Length":   strconv.Itoa(len(body)),
			} {
				if got := res.Header.Get(header); got != want {
					t.Errorf("GET %s: %s = %q, want %q", tt.path, header, got, want)
				}
			}
			if vary := strings.Join(res.Header.Values("Vary"), ", "); tt.encoding != "" && !strings.Contains(vary, "Accept-Encoding") {
				t.Errorf("GET %s: Vary = %q, want Accept-Encoding", tt.path, vary)
			}
			etag := res.Header.Get("ETag")
			if etag == "" {
				t.Fatalf("GET %s: no ETag", tt.path)
			}
			again, body := fetch(t, srv, tt.path, map[string]string{"Accept-Encoding": tt.accept, "If-None-Match": etag})
			if again.StatusCode != http.StatusNotModified || len(body) != 0 {
				t.Errorf("GET %s with If-None-Match %s: status %d with %d bytes, want 304 and none", tt.path, etag, again.StatusCode, len(body))
			}
		})
	}
}

// TestShell checks what go-app's generated files were given: the versioned
// names, app.wasm's size, and a start that waits for the page.
func TestShell(t *testing.T) {
	srv := testServer(t)
	_, page := fetch(t, srv, "/nl", nil)
	_, appJS := fetch(t, srv, "/app.js", nil)
	_, worker := fetch(t, srv, "/app-worker.js", nil)
	_, wasm := fetch(t, srv, "/web/app.wasm", nil)
	checks := []struct {
		name, text, want string
	}{
		{"app.js starts by its policy", string(appJS), "switch (goappPolicyNow) {"},
		{"app.js knows app.wasm's size", string(appJS), `const goappWasmContentLength = "` + strconv.Itoa(len(wasm)) + `"`},
		{"worker keeps the wasm", string(worker), versionedURL(t, string(appJS), "app.wasm")},
		{"worker keeps the bundle", string(worker), versionedURL(t, string(appJS), "echarts.js")},
		{"app.js loads the bundle", string(appJS), `script.src = "` + versionedURL(t, string(appJS), "echarts.js") + `"`},
		{"worker keeps each language", string(worker), `"/nl"`},
	}
	for _, c := range checks {
		if !strings.Contains(c.text, c.want) {
			t.Errorf("%s: lacks %q", c.name, c.want)
		}
	}
	if strings.Contains(string(page), `href="/app.css"`) {
		t.Error("the page still links go-app's stylesheet")
	}
	if strings.Contains(string(appJS), "\ngoappInitWebAssembly();") || strings.Contains(string(appJS), "\ngoappInitServiceWorker();") {
		t.Error("app.js still starts the WebAssembly or the service worker at once")
	}
	if strings.Contains(string(page), "/web/echarts.") {
		t.Error("the page loads the ECharts bundle itself, before its first paint")
	}
	// Nothing may block rendering but the stylesheet.
	for _, tag := range regexp.MustCompile(`<script[^>]*>`).FindAllString(string(page), -1) {
		if strings.Contains(tag, " src=") && !strings.Contains(tag, " defer") && !strings.Contains(tag, " async") {
			t.Errorf("render-blocking script: %s", tag)
		}
	}
}

func TestPatchAppJS(t *testing.T) {
	tests := []struct {
		name, js string
	}{
		{"starts otherwise", "goappInitWebAssembly();"},
		{"started twice", goappStart + goappStart},
	}
	for _, tt := range tests {
		if _, err := patchAppJS([]byte(tt.js), "start(\"{{CHARTS_BUNDLE}}\");", "", "/web/echarts.js"); err == nil {
			t.Errorf("%s: patched without an error", tt.name)
		}
	}
	if _, err := patchAppJS([]byte(goappStart), "start();", "", "/web/echarts.js"); err == nil {
		t.Error("a start script that names no bundle: patched without an error")
	}
	got, err := patchAppJS([]byte("// go-app\n"+goappStart+"async function x() {}\n"), "start(\"{{CHARTS_BUNDLE}}\");", "controls();", "/web/echarts.0123.js")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(got), "start(") || strings.Contains(string(got), goappStart) || !strings.HasSuffix(string(got), "controls();") {
		t.Errorf("patched app.js does not start with the start script and end with the controls:\n%s", got)
	}
	if !strings.Contains(string(got), `"/web/echarts.0123.js"`) || strings.Contains(string(got), chartsBundle) {
		t.Errorf("patched app.js does not name the bundle:\n%s", got)
	}
}

// TestVersion checks that the version follows what the service worker
// keeps and the site's settings.
func TestVersion(t *testing.T) {
	kept := map[string]string{"/web/a.js": "1", "/fr": "2"}
	settings := []string{"prefix ", "Content-Security-Policy: frame-ancestors 'self'"}
	base := version("v1", kept, settings)
	tests := []struct {
		name     string
		kept     map[string]string
		settings []string
		same     bool
	}{
		{"the same", map[string]string{"/fr": "2", "/web/a.js": "1"}, settings, true},
		{"another content", map[string]string{"/web/a.js": "1", "/fr": "3"}, settings, false},
		{"one more file", map[string]string{"/web/a.js": "1", "/fr": "2", "/nl": "2"}, settings, false},
		{"another setting", kept, []string{"prefix ", "Content-Security-Policy: frame-ancestors https://a.example"}, false},
		{"a name and content moved", map[string]string{"/web/a.js 1": "", "/fr": "2"}, settings, false},
	}
	for _, tt := range tests {
		got := version("v1", tt.kept, tt.settings)
		if (got == base) != tt.same {
			t.Errorf("%s: version %q beside %q, want the same: %v", tt.name, got, base, tt.same)
		}
	}
	if !strings.HasPrefix(base, "v1-") {
		t.Errorf("version = %q, want it to start with the build's version", base)
	}
}

// TestWorkerFollowsSettings checks that the service worker, and so the
// cache it keeps the site in, changes with each setting that reaches a
// page or a header: a returning reader's browser then installs it again.
func TestWorkerFollowsSettings(t *testing.T) {
	testServer(t)
	cacheName := regexp.MustCompile(`const cacheName = "app-" \+ "([^"]+)";`)
	worker := func(t *testing.T, cfg Config) string {
		t.Helper()
		s, err := newSite(testConfig(cfg))
		if err != nil {
			t.Fatal(err)
		}
		f, err := s.files["/app-worker.js"].get()
		if err != nil {
			t.Fatal(err)
		}
		m := cacheName.FindSubmatch(f.Body)
		if m == nil {
			t.Fatalf("the worker names no cache:\n%s", f.Body)
		}
		return string(m[1])
	}
	base := Config{Facts: loaded, Assets: standIns(), Version: "test", Site: app.NewSite("https://a.example", "", ""), FrameAncestors: []string{"https://a.example"}}
	want := worker(t, base)
	if again := worker(t, base); again != want {
		t.Errorf("the same settings: cache %q, then %q", want, again)
	}
	tests := []struct {
		name   string
		change func(*Config)
	}{
		{"frame-ancestors", func(c *Config) { c.FrameAncestors = []string{"https://b.example"} }},
		{"public address", func(c *Config) { c.Site.PublicURL = "https://b.example" }},
		{"contact", func(c *Config) { c.Site.Contact = "mailto:access@a.example" }},
		{"prefix", func(c *Config) { c.Site.Prefix = "/infographic" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := base
			tt.change(&cfg)
			if got := worker(t, cfg); got == want {
				t.Errorf("another %s: cache %q, want another than %q", tt.name, got, want)
			}
		})
	}
}

func TestMissingAsset(t *testing.T) {
	testServer(t)
	_, err := New(Config{Facts: loaded, Assets: fstest.MapFS{}})
	if err == nil || !strings.Contains(err.Error(), "make build") {
		t.Errorf("New without assets: error = %v, want one that says to run make build", err)
	}
	_, err = New(Config{Facts: &data.Facts{}, Assets: standIns()})
	if err == nil || !strings.Contains(err.Error(), `chart "aid-channels" in fr: figure "aid.direct" is not in the data`) {
		t.Errorf("New with empty facts: error = %v, want one that names the missing figure", err)
	}
}

// BenchmarkPage serves a prerendered page, as a browser asks for it.
func BenchmarkPage(b *testing.B) {
	srv := testServer(b)
	h := srv.Config.Handler
	b.ReportAllocs()
	for b.Loop() {
		w := httptest.NewRecorder()
		req := httptest.NewRequest("GET", "/fr", nil)
		req.Header.Set("Accept-Encoding", "gzip, deflate, br")
		h.ServeHTTP(w, req)
		if w.Code != 200 {
			b.Fatal(w.Code)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
}

// BenchmarkRender prerenders a page with go-app and cleans it, as the
// server does once per page and language when it starts (before it
// compresses it).
func BenchmarkRender(b *testing.B) {
	testServer(b)
	h := newPageHandler(loaded, testStatic(b), "bench", app.Site{}, nil)
	b.ReportAllocs()
	for b.Loop() {
		page, err := capture(h, "/fr")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := body(page, &encoderFixes{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAsset serves a versioned asset in brotli.
func BenchmarkAsset(b *testing.B) {
	srv := testServer(b)
	h := srv.Config.Handler
	_, page := fetch(b, srv, "/fr", nil)
	css := versionedURL(b, string(page), "app.css")
	b.ReportAllocs()
	for b.Loop() {
		w := httptest.NewRecorder()
		req := httptest.NewRequest("GET", css, nil)
		req.Header.Set("Accept-Encoding", "gzip, deflate, br")
		h.ServeHTTP(w, req)
		if w.Code != 200 {
			b.Fatal(w.Code)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
}

// testStatic are the stand-in assets by name.
func testStatic(tb testing.TB) map[string]*asset.File {
	tb.Helper()
	files, err := asset.Load(standIns())
	if err != nil {
		tb.Fatal(err)
	}
	static := map[string]*asset.File{}
	for _, f := range files {
		static[f.Name] = f
	}
	return static
}
