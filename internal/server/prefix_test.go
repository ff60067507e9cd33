package server

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/asset"
)

func TestParsePrefix(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"", "", true},
		{"/", "", true},
		{"  ", "", true},
		{"/infographic/", "/infographic", true},
		{"infographic", "/infographic", true},
		{"/a/b-c_d.e~f/", "/a/b-c_d.e~f", true},
		{"/a//b", "", false},
		{"/../etc", "", false},
		{"/a/./b", "", false},
		{"/a b", "", false},
		{"/a?b", "", false},
		{"/a#b", "", false},
		{"/a\"b", "", false},
		{"/a;b", "", false},
		{"/a%2fb", "", false},
		{"/é", "", false},
		{"/...", "", false},
		{"/a/...", "", false},
		{"/fr", "", false},
		{"/EN/x", "", false},
		{"/healthz", "", false},
		{"/infographic/fr", "/infographic/fr", true},
		{`/a\b`, "", false},
	}
	for _, tt := range tests {
		got, err := ParsePrefix(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParsePrefix(%q) = %q, %v; want %q, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func FuzzParsePrefix(f *testing.F) {
	for _, s := range []string{"", "/", "/infographic/", "a/b", "/../x", "/a b", "//"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParsePrefix(s)
		if err != nil || got == "" {
			return
		}
		if !strings.HasPrefix(got, "/") || strings.HasSuffix(got, "/") || strings.Contains(got, "//") {
			t.Fatalf("ParsePrefix(%q) = %q: not one slash before each segment", s, got)
		}
		for _, seg := range strings.Split(got[1:], "/") {
			if seg == "." || seg == ".." || strings.ContainsAny(seg, " \t\r\n\"'`;{}$%?#\\") {
				t.Fatalf("ParsePrefix(%q) = %q: the segment %q", s, got, seg)
			}
		}
		if again, err := ParsePrefix(got); err != nil || again != got {
			t.Fatalf("ParsePrefix is not stable on its own output %q: %q, %v", got, again, err)
		}
	})
}

func TestScopeManifest(t *testing.T) {
	for _, prefix := range []string{"", "/infographic"} {
		got, err := scopeManifest([]byte(`{"name":"x","scope":"/","start_url":"/"}`), prefix)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]string
		if err := json.Unmarshal(got, &m); err != nil {
			t.Fatal(err)
		}
		if m["scope"] != prefix+"/" || m["name"] != "x" {
			t.Errorf("scopeManifest(%q) = %s, want scope %q and the rest kept", prefix, got, prefix+"/")
		}
	}
	if _, err := scopeManifest([]byte(`{"name":"x"}`), ""); err == nil {
		t.Error("scopeManifest of a manifest without scope: no error")
	}
}

// TestLocalManifests reads each language's manifest under a prefix: the
// site's title and description in the language, its tag, its page as the
// start, and each page links its own language's.
func TestLocalManifests(t *testing.T) {
	testServer(t)
	site := app.Site{Prefix: "/infographic", PublicURL: "https://embassy.example"}
	srv := serve(t, Config{Facts: loaded, Assets: standIns(), Version: "test", Site: site})
	for _, l := range locale.All {
		res, body := fetch(t, srv, "/infographic"+manifestPath(l), nil)
		if res.StatusCode != http.StatusOK {
			t.Fatalf("%s: status %d", manifestPath(l), res.StatusCode)
		}
		var m map[string]any
		if err := json.Unmarshal(body, &m); err != nil {
			t.Fatalf("%s: %v", manifestPath(l), err)
		}
		want := map[string]any{
			"name":        loaded.Texts.Site.Title.In(l),
			"description": loaded.Texts.Site.Description.In(l),
			"lang":        l.Tag().String(),
			"start_url":   site.Home(l),
			"scope":       "/infographic/",
		}
		for k, v := range want {
			if m[k] != v {
				t.Errorf("%s: %s = %v, want %v", manifestPath(l), k, m[k], v)
			}
		}
		_, page := fetch(t, srv, "/infographic/"+string(l), nil)
		if link := `<link rel="manifest" href="/infographic` + manifestPath(l) + `">`; !strings.Contains(string(page), link) {
			t.Errorf("/%s lacks %s", l, link)
		}
	}
}

// TestPrefix serves the site under a prefix, as -prefix does: every
// address it writes starts with the prefix, and it answers only below it.
func TestPrefix(t *testing.T) {
	testServer(t)
	srv := serve(t, Config{Facts: loaded, Assets: standIns(), Version: "test", Site: app.Site{Prefix: "/infographic", PublicURL: "https://embassy.example"}})
	tests := []struct {
		path     string
		status   int
		location string
	}{
		{"/infographic/fr", 200, ""},
		{"/infographic/nl/present", 200, ""},
		{"/infographic/embed.js", 200, ""},
		{"/infographic/manifest.webmanifest", 200, ""},
		{"/infographic/fr/", 308, "/infographic/fr"},
		{"/infographic", 308, "/infographic/"},
		{"/infographic/", 200, ""},
		{"/fr", 404, ""},
		{"/infographic/fr/nothing", 404, ""},
	}
	for _, tt := range tests {
		res, body := get(t, srv, tt.path, "")
		if res.StatusCode != tt.status || res.Header.Get("Location") != tt.location {
			t.Errorf("GET %s = %d, Location %q; want %d, %q", tt.path, res.StatusCode, res.Header.Get("Location"), tt.status, tt.location)
		}
		if res.Header.Get("Content-Security-Policy") == "" {
			t.Errorf("GET %s: no Content-Security-Policy", tt.path)
		}
		if want := "same-origin"; tt.path == "/infographic/embed.js" {
			want = "cross-origin"
			if got := res.Header.Get("Cross-Origin-Resource-Policy"); got != want {
				t.Errorf("GET %s: Cross-Origin-Resource-Policy %q, want %q", tt.path, got, want)
			}
		}
		if !strings.Contains(tt.path, "manifest") && !strings.HasSuffix(tt.path, ".js") && res.StatusCode == 200 {
			for _, attr := range []string{`href="/`, `src="/`} {
				for _, rest := range strings.Split(body, attr)[1:] {
					if !strings.HasPrefix(rest, "infographic/") {
						t.Errorf("GET %s: %s%s… is outside the prefix", tt.path, attr, rest[:min(len(rest), 30)])
					}
				}
			}
		}
	}
	_, manifest := get(t, srv, "/infographic/manifest.webmanifest", "")
	if !strings.Contains(manifest, `"scope":"/infographic/"`) {
		t.Errorf("manifest = %s, want the scope /infographic/", manifest)
	}
	_, worker := get(t, srv, "/infographic/app-worker.js", "")
	for _, p := range []string{`"/infographic/fr"`, `"/infographic/en/present"`, `"/infographic/"`} {
		if strings.Count(worker, p) != 1 {
			t.Errorf("the service worker keeps %s %d times, want once", p, strings.Count(worker, p))
		}
	}
}

// TestExportFiles exports the site under a prefix: every page of the
// page table is a file, each with its compressed copies where they are
// worth it, and the nginx and _headers files carry the prefix and the
// headers.
func TestExportFiles(t *testing.T) {
	files := prefixedExport(t)
	var want []string
	for _, r := range app.Routes {
		for _, l := range locale.All {
			want = append(want, strings.TrimPrefix(r.Path(l), "/")+".html")
		}
	}
	want = append(want, "index.html", "404.html", "fr/embed/404.html", "embed.js", "app.js", "app-worker.js", "manifest.webmanifest", "robots.txt")
	for _, name := range want {
		if files[name] == nil {
			t.Errorf("the export has no %s", name)
		}
	}
	for name := range files {
		if strings.HasPrefix(name, "web/") && !strings.Contains(name, ".") {
			t.Errorf("the export has %s, an asset without its version", name)
		}
	}
	s, err := prefixedSite(t)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, name := range []string{"fr.html", "web/" + s.static["app.css"].Versioned()} {
		if err := writeFile(dir, name, files[name]); err != nil {
			t.Fatal(err)
		}
		for _, ext := range []string{"", ".br", ".gz"} {
			if _, err := os.Stat(filepath.Join(dir, name+ext)); err != nil {
				t.Errorf("writing %s: %v", name+ext, err)
			}
		}
	}
	csp := policy(nil)
	conf, err := nginxConf("/infographic", csp, []string{"/fr", "/fr/present"})
	if err != nil {
		t.Fatal(err)
	}
	headers := netlifyHeaders("/infographic", csp, files)
	for _, c := range []struct{ file, got, want string }{
		{"nginx.conf", conf, `location /infographic/ {`},
		{"nginx.conf", conf, `location = /infographic/embed.js {`},
		{"nginx.conf", conf, `add_header Cross-Origin-Resource-Policy "cross-origin" always;`},
		{"nginx.conf", conf, `error_page 404 /infographic/$1/404.html;`},
		{"nginx.conf", conf, `add_header Content-Security-Policy "` + csp + `" always;`},
		{"_headers", headers, "/infographic/*\n  Content-Security-Policy: " + csp},
		{"_headers", headers, "/infographic/web/*\n  Cross-Origin-Resource-Policy: same-origin\n  Cache-Control: public, max-age=31536000, immutable"},
		{"_headers", headers, "/infographic/embed.js\n  Cross-Origin-Resource-Policy: cross-origin"},
		{"_headers", headers, "/infographic/fr\n  Cross-Origin-Resource-Policy: same-origin"},
		{"_headers", headers, "/infographic/fr/*\n"},
	} {
		if !strings.Contains(c.got, c.want) {
			t.Errorf("%s lacks %q", c.file, c.want)
		}
	}
	if n := strings.Count(headers, "Cross-Origin-Resource-Policy: cross-origin"); n != 1 {
		t.Errorf("_headers lets %d paths be loaded by other sites, want 1 (embed.js)", n)
	}
}

// TestPageSuffixes matches the pages' own paths after their language, and
// refuses a path with a character a redirect must not carry.
func TestPageSuffixes(t *testing.T) {
	tests := []struct {
		pages   []string
		want    string
		wantErr bool
	}{
		{[]string{"/fr", "/nl", "/fr/present", "/de/embed/jltv", "/en/embed/jltv"}, "(|/embed/jltv|/present)", false},
		{[]string{"/fr/a.b"}, "", true},
		{[]string{"/fr/A"}, "", true},
		{[]string{"/xx/present"}, "", true},
	}
	for _, tt := range tests {
		got, err := pageSuffixes(tt.pages)
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("pageSuffixes(%q) = %q, %v; want %q, error %v", tt.pages, got, err, tt.want, tt.wantErr)
		}
	}
	conf, err := nginxConf("/info.graphic", policy(nil), []string{"/fr", "/fr/present"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"location ~ \"^/info\\.graphic/(fr|nl|de|en)(|/present)/$\" {",
		"    return 308 /info.graphic/$1$2$is_args$args;",
	} {
		if !strings.Contains(conf, want) {
			t.Errorf("nginx.conf lacks %q", want)
		}
	}
}

var (
	prefixedOnce sync.Once
	prefixed     *site
	prefixedErr  error
)

// prefixedSite is the fixture's site under /infographic, with what it
// exports, built once for the tests of the export.
// prefixedExport is what the export of prefixedSite writes.
func prefixedExport(t *testing.T) map[string]*asset.File {
	t.Helper()
	testServer(t)
	s, err := prefixedSite(t)
	if err != nil {
		t.Fatal(err)
	}
	files, err := s.exported()
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func prefixedSite(t *testing.T) (*site, error) {
	t.Helper()
	testServer(t)
	prefixedOnce.Do(func() {
		prefixed, prefixedErr = newSite(testConfig(Config{Facts: loaded, Assets: standIns(), Version: "test", Site: app.Site{Prefix: "/infographic"}}))
	})
	return prefixed, prefixedErr
}
