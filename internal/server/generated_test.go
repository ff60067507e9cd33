package server

import (
	"net/http/httptest"
	"regexp"
	"testing"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data/locale"
)

// TestGeneratedFiles builds the site with a public address and holds its
// table of generated files to what it should hold, kind by kind, and
// each file to how it is served: at its path, whole, as an attachment
// when it is one.
func TestGeneratedFiles(t *testing.T) {
	testServer(t)
	s, err := newSite(testConfig(Config{Facts: loaded, Assets: standIns(), Version: "test", Site: app.Site{PublicURL: "https://example.org"}}))
	if err != nil {
		t.Fatal(err)
	}
	langs, charts := len(locale.All), len(chart.IDs())
	kitItems := len(loaded.KeyFigures) + charts + 1
	kinds := []struct {
		name       string
		path       *regexp.Regexp
		count      int
		attachment bool
		offline    bool
	}{
		{"robots.txt", regexp.MustCompile(`^/robots\.txt$`), 1, false, false},
		{"sitemap", regexp.MustCompile(`^/sitemap\.xml$`), 1, false, false},
		{"link previews' pictures", regexp.MustCompile(`^/share/[a-z]+\.png$`), langs, false, false},
		{"charts' link previews", regexp.MustCompile(`^/share/[a-z]+/[a-z0-9-]+\.png$`), langs * charts, false, false},
		{"QR codes", regexp.MustCompile(`^/qr/[a-z]+\.svg$`), langs, false, true},
		{"data files", regexp.MustCompile(`^/[a-z]+/data/[a-z0-9-]+\.csv$`), langs * (charts + 1), true, true},
		{"charts' pictures", regexp.MustCompile(`^/[a-z]+/data/[a-z0-9-]+\.(svg|png)$`), langs * charts * 2, true, true},
		{"oEmbed answers", regexp.MustCompile(`^/oembed/[a-z]+/[a-z0-9-]+\.json$`), langs * (charts + 2), false, false},
		{"kit's pictures", regexp.MustCompile(`^/kit/[a-z]+/[a-z0-9-]+-[0-9]+x[0-9]+\.png$`), langs * kitItems * len(app.KitSizes), true, false},
		{"kit's ZIP files", regexp.MustCompile(`^/kit/[a-z]+\.zip$`), langs, true, false},
		{"languages' manifests", regexp.MustCompile(`^/[a-z]+/manifest\.webmanifest$`), langs, false, false},
		{"go-app's files", regexp.MustCompile(`^/(app\.js|wasm_exec\.js|app-worker\.js|manifest\.webmanifest|app\.css)$`), len(shellNames), false, false},
	}
	srv := httptest.NewServer(s.handler(Config{}))
	t.Cleanup(srv.Close)
	seen := map[string]int{}
	for path, g := range s.files {
		kind := -1
		for i, k := range kinds {
			if k.path.MatchString(path) {
				kind = i
				break
			}
		}
		if kind < 0 {
			t.Errorf("%s: a generated file of no known kind", path)
			continue
		}
		k := kinds[kind]
		seen[k.name]++
		if g.attachment != k.attachment || g.offline != k.offline {
			t.Errorf("%s: attachment %v, offline %v; want %v, %v", path, g.attachment, g.offline, k.attachment, k.offline)
		}
		f, err := g.get()
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		res, body := get(t, srv, path, "")
		if res.StatusCode != 200 || body != string(f.Body) {
			t.Errorf("%s: status %d, %d bytes; want 200, the file's %d", path, res.StatusCode, len(body), len(f.Body))
		}
		want := ""
		if k.attachment {
			want = attachment(f.Name)
		}
		if got := res.Header.Get("Content-Disposition"); got != want {
			t.Errorf("%s: Content-Disposition %q, want %q", path, got, want)
		}
	}
	for _, k := range kinds {
		if seen[k.name] != k.count {
			t.Errorf("%d %s, want %d", seen[k.name], k.name, k.count)
		}
	}
}
