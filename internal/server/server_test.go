package server

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data"
)

var (
	routesOnce sync.Once
	loaded     *data.Facts
)

// testServer serves the site with stand-in assets: the page's HTML does not
// depend on what app.wasm or the ECharts bundle contain.
func testServer(t testing.TB) *httptest.Server {
	t.Helper()
	routesOnce.Do(func() {
		f, err := data.Load()
		if err != nil {
			t.Fatal(err)
		}
		loaded = f
		app.Routes(f)
	})
	assets := fstest.MapFS{}
	for _, name := range required {
		assets[name] = &fstest.MapFile{Data: []byte("stand-in " + name)}
	}
	h, err := New(Config{Facts: loaded, Assets: assets, Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
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
		{"/fr", "", 200, []string{`<html lang="fr">`, "La Belgique et les États-Unis, partenaires depuis 1830", "près de 2,5\u00a0Md\u00a0$"}, false},
		{"/nl", "", 200, []string{`<html lang="nl">`, "België en de Verenigde Staten", "bijna 2,5\u00a0mld. dollar"}, false},
		{"/de", "", 200, []string{`<html lang="de">`, "Belgien und die Vereinigten Staaten", "fast 2,5\u00a0Mrd. US-$"}, false},
		{"/en", "fr", 200, []string{`<html lang="en">`, "Belgium and the United States", "$2.5B"}, false},
		{"/", "nl-BE,nl;q=0.9,en;q=0.5", 200, []string{`<html lang="nl">`, "De kerncijfers"}, true},
		{"/", "de-AT", 200, []string{`<html lang="de">`}, true},
		{"/", "ja", 200, []string{`<html lang="fr">`}, true},
		{"/", "", 200, []string{`<html lang="fr">`}, true},
		{"/?lang=en", "fr", 200, []string{`<html lang="en">`}, true},
		{"/?lang=xx", "de", 200, []string{`<html lang="de">`}, true},
		{"/nope", "en-US", 404, []string{`<html lang="en">`, "Page not found", `href="/en"`}, true},
		{"/nl/onbekend", "en", 404, []string{`<html lang="nl">`, "Pagina niet gevonden"}, false},
		{"/de/a/b/c?x=%00", "", 404, []string{"Seite nicht gefunden"}, false},
		{"/healthz", "", 200, []string{"ok"}, false},
		{"/robots.txt", "", 200, []string{"User-agent: *"}, false},
		{"/web/app.css", "", 200, []string{"stand-in app.css"}, false},
		{"/web/missing.js", "", 404, nil, false},
		{"/web/", "", 404, nil, false},
		{"/web/../data/facts.toml", "", 307, nil, false}, // cleaned by ServeMux, then:
		{"/data/facts.toml", "", 404, []string{"Page introuvable"}, true},
		{"/web/%2e%2e/go.mod", "", 404, nil, false},
		{"/app.js", "", 200, []string{"goappInitWebAssembly"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.path+" "+tt.acceptLanguage, func(t *testing.T) {
			res, body := get(t, srv, tt.path, tt.acceptLanguage)
			if res.StatusCode != tt.status {
				t.Fatalf("status = %d, want %d", res.StatusCode, tt.status)
			}
			for _, s := range tt.contains {
				if !strings.Contains(body, s) {
					t.Errorf("body lacks %q", s)
				}
			}
			if got := strings.Contains(res.Header.Get("Vary"), "Accept-Language"); got != tt.vary {
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
	for _, id := range data.ChartIDs {
		if !strings.Contains(body, `data-chart="`+id+`"`) {
			t.Errorf("no container for chart %s", id)
		}
	}
	for _, s := range []string{
		"<table>", `<th scope="col">`, `<th scope="row">`,
		"more than $6.8\u00a0billion", "322\u00a0vehicles", "Amount not given by the source",
		`<script type="application/json" class="chart__option">`,
		`aria-current="page"`, `id="sources"`, "Last updated:",
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
	for _, want := range []string{"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP %q lacks %q", csp, want)
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

func TestMissingAsset(t *testing.T) {
	_, err := New(Config{Facts: &data.Facts{}, Assets: fstest.MapFS{}})
	if err == nil || !strings.Contains(err.Error(), "make build") {
		t.Errorf("New without assets: error = %v, want one that says to run make build", err)
	}
}

func BenchmarkPage(b *testing.B) {
	srv := testServer(b)
	h := srv.Config.Handler
	b.ReportAllocs()
	for b.Loop() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", "/fr", nil))
		if w.Code != 200 {
			b.Fatal(w.Code)
		}
	}
}

func BenchmarkAsset(b *testing.B) {
	srv := testServer(b)
	h := srv.Config.Handler
	b.ReportAllocs()
	for b.Loop() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", "/web/app.css", nil))
		if w.Code != 200 {
			b.Fatal(w.Code)
		}
	}
}
