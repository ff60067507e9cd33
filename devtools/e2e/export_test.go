//go:build e2e

package e2e

import (
	"bufio"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/server"
)

// exportEnv, set, makes the test binary export the site into the folder
// it names and exit: go-app's routes and the site's prefix are global, so
// the export runs in a process of its own.
const exportEnv = "E2E_EXPORT"

// exportPrefix is the path the export is served under.
const exportPrefix = "/infographic"

// exportSite exports the site under the prefix in E2E_EXPORT_PREFIX, with
// the public address in E2E_EXPORT_URL, into dir.
func exportSite(dir string) int {
	err := server.Export(server.Options{Version: "e2e", Prefix: os.Getenv(exportEnv + "_PREFIX"), PublicURL: os.Getenv(exportEnv + "_URL")}, dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "exporting:", err)
		return 1
	}
	return 0
}

// export exports the site under prefix, with the given public address,
// into dir, in a process of its own.
func export(t *testing.T, dir, prefix, publicURL string) {
	t.Helper()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), exportEnv+"="+dir, exportEnv+"_PREFIX="+prefix, exportEnv+"_URL="+publicURL)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("export: %v\n%s", err, out)
	}
}

// TestExport exports the site under a prefix (as PREFIX=/infographic/
// make export does), serves the folder with a static file server that
// reads its _headers as static hosts do, and loads every route of every
// language: each renders, in its language, with every chart drawn, no
// error (a CSP violation is one) and no request outside the prefix. Then
// the page works offline after one visit.
func TestExport(t *testing.T) {
	srv := httptest.NewUnstartedServer(nil)
	origin := "http://" + srv.Listener.Addr().String()
	dir := filepath.Join(t.TempDir(), "dist")
	export(t, dir, exportPrefix+"/", origin)
	srv.Config.Handler = staticHost(t, dir, exportPrefix)
	srv.Start()
	defer srv.Close()
	base := origin + exportPrefix

	tb := newTab(t, profile{"tall", 1280, 6000, false}, false)
	for _, r := range app.Routes {
		for _, l := range locale.All {
			if r.Fallback || r.Name == "present" {
				continue
			}
			url := base + r.Path(l)
			tb.navigateTo(t, url)
			tb.poll(t, url+": charts not drawn", fmt.Sprintf(
				`document.documentElement.lang === %q && [...document.querySelectorAll('[%s]')].every(c => c.getAttribute('%s') === '1')`,
				l, app.ChartAttr, app.ReadyAttr))
			if r.Name == "page" {
				if got := tb.eval(t, fmt.Sprintf(`String(document.querySelectorAll('[%s]').length)`, app.ChartAttr)); got != fmt.Sprint(charts) {
					t.Errorf("%s: %s charts, want %d", url, got, charts)
				}
			}
		}
	}
	tb.navigateTo(t, base+app.PresentPath("nl"))
	tb.waitMounted(t)
	tb.poll(t, "the presentation's first slide", `!!document.querySelector('.slide')`)
	for _, u := range tb.reqs() {
		if strings.HasPrefix(u, "http") && !strings.HasPrefix(u, base+"/") {
			t.Errorf("a request outside the export's prefix: %s", u)
		}
	}
	tb.noErrors(t)
	// The 404 page of the path's language, which the browser logs.
	tb.navigateTo(t, base+"/nl/nothing-here")
	if got := tb.eval(t, `document.documentElement.lang + ' ' + !!document.querySelector('a[href="`+exportPrefix+`/nl"]')`); got != "nl true" {
		t.Errorf("404 page under the prefix: lang and home link = %q, want %q", got, "nl true")
	}

	// Offline after one visit.
	off := newTab(t, desktop, false)
	off.navigateTo(t, base+"/de/present")
	off.waitMounted(t)
	off.waitCachedUnder(t, exportPrefix, exportPrefix+"/en", exportPrefix+"/en/present")
	srv.CloseClientConnections()
	srv.Close()
	off.navigateTo(t, base+"/en")
	off.waitCharts(t, "en")
	if got := off.eval(t, `document.documentElement.lang`); got != "en" {
		t.Errorf("offline page lang = %q, want en", got)
	}
}

// staticHost serves dir under prefix as a static host does: a path is
// the file of that name, or that name with ".html"; any other path gets
// "404.html" of its first folder (the language's) or of the root, with
// status 404; the headers are those the folder's _headers file gives the
// path (a pattern ending in "*" matches what starts with it).
func staticHost(t *testing.T, dir, prefix string) http.Handler {
	t.Helper()
	rules := readHeaders(t, filepath.Join(dir, "_headers"))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for _, rule := range rules {
			if rule.pattern == r.URL.Path || strings.HasSuffix(rule.pattern, "*") && strings.HasPrefix(r.URL.Path, strings.TrimSuffix(rule.pattern, "*")) {
				for _, h := range rule.headers {
					w.Header().Set(h[0], h[1])
				}
			}
		}
		rest, ok := strings.CutPrefix(r.URL.Path, prefix+"/")
		if !ok {
			http.NotFound(w, r)
			return
		}
		if rest == "" {
			rest = "index.html"
		}
		for _, name := range []string{rest, rest + ".html"} {
			p := filepath.Join(dir, filepath.FromSlash(path.Clean("/"+name)))
			if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
				http.ServeFile(w, r, p)
				return
			}
		}
		notFound := filepath.Join(dir, "404.html")
		first, _, _ := strings.Cut(rest, "/")
		if _, ok := locale.Parse(first); ok {
			notFound = filepath.Join(dir, first, "404.html")
		}
		body, err := os.ReadFile(notFound)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusNotFound)
		w.Write(body)
	})
}

// headerRule is one rule of a _headers file: a path pattern and headers.
type headerRule struct {
	pattern string
	headers [][2]string
}

// readHeaders reads a _headers file: a pattern at the line's start, its
// headers indented below it, "#" for comments.
func readHeaders(t *testing.T, name string) []headerRule {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rules []headerRule
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#"):
		case !strings.HasPrefix(line, " "):
			rules = append(rules, headerRule{pattern: line})
		case len(rules) > 0:
			k, v, ok := strings.Cut(strings.TrimSpace(line), ":")
			if !ok {
				t.Fatalf("_headers: %q is no header", line)
			}
			rules[len(rules)-1].headers = append(rules[len(rules)-1].headers, [2]string{k, strings.TrimSpace(v)})
		default:
			t.Fatalf("_headers: %q before any path", line)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(rules) == 0 {
		t.Fatal("_headers has no rule")
	}
	return rules
}
