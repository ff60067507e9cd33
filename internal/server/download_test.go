package server

import (
	"bytes"
	"encoding/csv"
	"net/http"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/download"
)

// dataIDs are the names of the data files: each chart's, and all.
func dataIDs() []string { return append(chart.IDs(), app.AllData) }

// TestDataFiles gets every data file in every language: a CSV attachment
// under a name that says what it holds and in which language, revalidated,
// whose first row names the columns in that language; compressed for a
// client that asks.
func TestDataFiles(t *testing.T) {
	srv := testServer(t)
	for _, l := range locale.All {
		for _, id := range dataIDs() {
			path := "/" + string(l) + "/data/" + id + ".csv"
			t.Run(path, func(t *testing.T) {
				res, body := fetch(t, srv, path, nil)
				if res.StatusCode != http.StatusOK {
					t.Fatalf("status = %d, want 200", res.StatusCode)
				}
				for _, h := range []struct{ name, want string }{
					{"Content-Type", "text/csv; charset=utf-8"},
					{"Content-Disposition", `attachment; filename="belgium-us-` + id + "-" + string(l) + `.csv"`},
					{"Cache-Control", "no-cache"},
					{"X-Content-Type-Options", "nosniff"},
				} {
					if got := res.Header.Get(h.name); got != h.want {
						t.Errorf("%s = %q, want %q", h.name, got, h.want)
					}
				}
				rest, ok := bytes.CutPrefix(body, []byte(download.BOM))
				if !ok {
					t.Fatalf("the body does not start with the byte order mark: %q", body[:min(len(body), 16)])
				}
				header, err := csv.NewReader(bytes.NewReader(rest)).Read()
				if err != nil {
					t.Fatalf("reading the header row: %v", err)
				}
				if want := download.Header(loaded, l); strings.Join(header, "|") != strings.Join(want, "|") {
					t.Errorf("header = %q, want %q", header, want)
				}
				res, br := fetch(t, srv, path, map[string]string{"Accept-Encoding": "br"})
				if got := res.Header.Get("Content-Encoding"); got != "br" || len(br) >= len(body) {
					t.Errorf("with Accept-Encoding br: Content-Encoding %q, %d bytes for %d; want br, fewer", got, len(br), len(body))
				}
			})
		}
	}
}

// TestDataFileNotFound asks for data files that do not exist: each gets
// the 404 page of the path's language, and no attachment.
func TestDataFileNotFound(t *testing.T) {
	srv := testServer(t)
	tests := []struct{ path, want string }{
		{"/fr/data/no-such-chart.csv", "notfound.title fr"},
		{"/nl/data/jltv.txt", "notfound.title nl"},
		{"/de/data/jltv", "notfound.title de"},
		{"/en/data/jltv.csv.gz", "notfound.title en"},
		{"/en/data/", "notfound.title en"},
	}
	for _, tt := range tests {
		res, body := get(t, srv, tt.path, "")
		if res.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: status = %d, want 404", tt.path, res.StatusCode)
		}
		if !strings.Contains(body, tt.want) {
			t.Errorf("GET %s: the page lacks %q", tt.path, tt.want)
		}
		if got := res.Header.Get("Content-Disposition"); got != "" {
			t.Errorf("GET %s: Content-Disposition = %q, want none", tt.path, got)
		}
	}
}

// TestDataFilesLinkedAndKept checks that each page links to its
// language's files, and that the service worker keeps every one of them.
func TestDataFilesLinkedAndKept(t *testing.T) {
	srv := testServer(t)
	_, worker := get(t, srv, "/app-worker.js", "")
	for _, l := range locale.All {
		_, page := fetch(t, srv, "/"+string(l), nil)
		links := map[string][]string{}
		walk(parse(t, page), func(n *html.Node) {
			if href, ok := attrOf(n, "href"); n.Data == "a" && ok {
				name, _ := attrOf(n, "download")
				links[href] = append(links[href], name)
			}
		})
		for _, id := range dataIDs() {
			path := app.DataPath(l, id, app.CSV)
			// The data table links to the file, and so do the cards.
			names := slices.Compact(slices.Sorted(slices.Values(links[path])))
			if got, want := strings.Join(names, " "), app.DataFileName(l, id, app.CSV); got != want {
				t.Errorf("/%s: the links to %s save as %q, want each to save as %q", l, path, got, want)
			}
			if n := strings.Count(worker, `"`+path+`"`); n != 1 {
				t.Errorf("the service worker keeps %s %d times, want once", path, n)
			}
		}
	}
}

// TestDataFilesUnderPrefix serves the site under a prefix: the files are
// there, the links and the service worker name them with the prefix.
func TestDataFilesUnderPrefix(t *testing.T) {
	testServer(t)
	srv := serve(t, Config{Facts: loaded, Assets: standIns(), Version: "test", Site: app.Site{Prefix: "/infographic"}})
	res, _ := get(t, srv, "/infographic/nl/data/jltv.csv", "")
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "text/csv; charset=utf-8" {
		t.Errorf("GET /infographic/nl/data/jltv.csv = %d %q, want 200 text/csv", res.StatusCode, res.Header.Get("Content-Type"))
	}
	if res, _ := get(t, srv, "/nl/data/jltv.csv", ""); res.StatusCode != http.StatusNotFound {
		t.Errorf("GET /nl/data/jltv.csv outside the prefix = %d, want 404", res.StatusCode)
	}
	_, page := get(t, srv, "/infographic/nl", "")
	if !strings.Contains(page, `href="/infographic/nl/data/all.csv"`) {
		t.Errorf("the page does not link to /infographic/nl/data/all.csv")
	}
	_, worker := get(t, srv, "/infographic/app-worker.js", "")
	if !strings.Contains(worker, `"/infographic/nl/data/jltv.csv"`) {
		t.Errorf("the service worker does not keep /infographic/nl/data/jltv.csv")
	}
}

// TestExportDataFiles checks that the export holds every data file, and
// that its nginx and _headers files send them as CSV attachments.
func TestExportDataFiles(t *testing.T) {
	files := prefixedExport(t)
	for _, l := range locale.All {
		for _, id := range dataIDs() {
			name := string(l) + "/data/" + id + ".csv"
			f := files[name]
			if f == nil {
				t.Errorf("the export has no %s", name)
				continue
			}
			if !bytes.HasPrefix(f.Body, []byte(download.BOM)) || f.Brotli == nil || f.Gzip == nil {
				t.Errorf("%s: %d bytes with BOM %v, brotli %v, gzip %v; want a CSV file with both copies",
					name, len(f.Body), bytes.HasPrefix(f.Body, []byte(download.BOM)), f.Brotli != nil, f.Gzip != nil)
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
		{"nginx.conf", conf, `location ~ ^/infographic/(fr|nl|de|en)/data/([a-z0-9-]+)\.csv$ {`},
		{"nginx.conf", conf, `default_type "text/csv; charset=utf-8";`},
		{"nginx.conf", conf, `add_header Content-Disposition "attachment; filename=\"belgium-us-$2-$1.csv\"" always;`},
		{"_headers", headers, "/infographic/de/data/jltv.csv\n  Content-Type: text/csv; charset=utf-8\n  Content-Disposition: attachment; filename=\"belgium-us-jltv-de.csv\"\n"},
		{"_headers", headers, "/infographic/fr/data/all.csv\n  Content-Type: text/csv; charset=utf-8\n  Content-Disposition: attachment; filename=\"belgium-us-all-fr.csv\"\n"},
	} {
		if !strings.Contains(c.got, c.want) {
			t.Errorf("%s lacks %q", c.file, c.want)
		}
	}
	// nginx takes the first regular expression that matches: the data
	// files' must come before the language's pages'.
	if data, pages := strings.Index(conf, "/data/"), strings.Index(conf, `(/|$)`); data < 0 || pages < 0 || data > pages {
		t.Errorf("nginx.conf: the data files' location at %d, the pages' at %d; want the data files' first", data, pages)
	}
}

// TestNoChartNamedAll keeps the name of the file of all the data apart
// from the charts' ids.
func TestNoChartNamedAll(t *testing.T) {
	if _, ok := chart.Lookup(app.AllData); ok {
		t.Errorf("a chart is named %q, the name of the file of all the data", app.AllData)
	}
}
