package server

import (
	"bytes"
	"encoding/xml"
	"errors"
	"image/png"
	"io"
	"net/http"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/picture"
)

// pictureTypes are the Content-Types of the charts' pictures, by format.
var pictureTypes = map[string]string{app.SVG: "image/svg+xml", app.PNG: "image/png"}

// TestChartPictures gets every chart's picture in every language and
// format: an attachment under a name that says what it holds and in which
// language, revalidated; an SVG document that parses and is titled with
// the chart's title, or a PNG picture 1200 px wide. The SVG comes
// compressed to a client that asks.
func TestChartPictures(t *testing.T) {
	srv := testServer(t)
	for _, l := range locale.All {
		for _, id := range chart.IDs() {
			for format, typ := range pictureTypes {
				path := "/" + string(l) + "/data/" + id + "." + format
				t.Run(path, func(t *testing.T) {
					res, body := fetch(t, srv, path, nil)
					if res.StatusCode != http.StatusOK {
						t.Fatalf("status = %d, want 200", res.StatusCode)
					}
					for _, h := range []struct{ name, want string }{
						{"Content-Type", typ},
						{"Content-Disposition", `attachment; filename="belgium-us-` + id + "-" + string(l) + "." + format + `"`},
						{"Cache-Control", "no-cache"},
						{"X-Content-Type-Options", "nosniff"},
					} {
						if got := res.Header.Get(h.name); got != h.want {
							t.Errorf("%s = %q, want %q", h.name, got, h.want)
						}
					}
					if format == app.PNG {
						img, err := png.Decode(bytes.NewReader(body))
						if err != nil {
							t.Fatalf("the PNG does not decode: %v", err)
						}
						if got := img.Bounds().Dx(); got != picture.ChartWidth {
							t.Errorf("width = %d, want %d", got, picture.ChartWidth)
						}
						return
					}
					title := loaded.Expand(loaded.Texts.Chart[id].Title, l)
					if got := svgTitle(t, body); got != title {
						t.Errorf("<title> = %q, want %q", got, title)
					}
					res, br := fetch(t, srv, path, map[string]string{"Accept-Encoding": "br"})
					if got := res.Header.Get("Content-Encoding"); got != "br" || len(br) >= len(body) {
						t.Errorf("with Accept-Encoding br: Content-Encoding %q, %d bytes for %d; want br, fewer", got, len(br), len(body))
					}
				})
			}
		}
	}
}

// svgTitle parses an SVG document and returns its <title>.
func svgTitle(t *testing.T, svg []byte) string {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	title, in := "", false
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return title
		}
		if err != nil {
			t.Fatalf("the SVG does not parse: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			in = tok.Name.Local == "title"
		case xml.EndElement:
			in = false
		case xml.CharData:
			if in {
				title += string(tok)
			}
		}
	}
}

// TestChartPictureNotFound asks for pictures that do not exist: each gets
// the 404 page of the path's language, and no attachment.
func TestChartPictureNotFound(t *testing.T) {
	srv := testServer(t)
	tests := []struct{ path, want string }{
		{"/fr/data/no-such-chart.svg", "notfound.title fr"},
		{"/nl/data/all.png", "notfound.title nl"},
		{"/de/data/jltv.jpg", "notfound.title de"},
		{"/en/data/jltv.PNG", "notfound.title en"},
		{"/en/data/jltv.svg.br", "notfound.title en"},
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

// TestChartPicturesLinkedAndKept checks that each page links to its
// charts' pictures, once each, with the file's name and a name that says,
// in the page's language, what the link does; and that the service worker
// keeps every picture.
func TestChartPicturesLinkedAndKept(t *testing.T) {
	srv := testServer(t)
	_, worker := get(t, srv, "/app-worker.js", "")
	for _, l := range locale.All {
		_, page := fetch(t, srv, "/"+string(l), nil)
		type link struct{ name, label, text string }
		links := map[string][]link{}
		walk(parse(t, page), func(n *html.Node) {
			if href, ok := attrOf(n, "href"); n.Data == "a" && ok {
				name, _ := attrOf(n, "download")
				label, _ := attrOf(n, "aria-label")
				text := ""
				if n.FirstChild != nil && n.FirstChild.Type == html.TextNode {
					text = n.FirstChild.Data
				}
				links[href] = append(links[href], link{name, label, text})
			}
		})
		for _, id := range chart.IDs() {
			for format, words := range map[string]string{app.SVG: loaded.Texts.Download.SVG.In(l), app.PNG: loaded.Texts.Download.PNG.In(l)} {
				path := app.DataPath(l, id, format)
				want := link{app.DataFileName(l, id, format), words, strings.ToUpper(format)}
				if got := links[path]; len(got) != 1 || got[0] != want {
					t.Errorf("/%s: the links to %s are %+v, want one %+v", l, path, got, want)
				}
				if !strings.Contains(words, strings.ToUpper(format)) {
					t.Errorf("%s: the accessible name %q lacks the link's words %q", l, words, strings.ToUpper(format))
				}
				if n := strings.Count(worker, `"`+path+`"`); n != 1 {
					t.Errorf("the service worker keeps %s %d times, want once", path, n)
				}
			}
		}
	}
}

// TestExportChartPictures checks that the export holds every chart's
// picture, and that its nginx and _headers files send them as
// attachments of their type.
func TestExportChartPictures(t *testing.T) {
	files := prefixedExport(t)
	for _, l := range locale.All {
		for _, id := range chart.IDs() {
			for format, typ := range pictureTypes {
				name := string(l) + "/data/" + id + "." + format
				f := files[name]
				if f == nil {
					t.Errorf("the export has no %s", name)
					continue
				}
				if f.Type != typ || (format == app.SVG) != (f.Brotli != nil && f.Gzip != nil) {
					t.Errorf("%s: type %q, brotli %v, gzip %v; want %q, with both copies for SVG alone", name, f.Type, f.Brotli != nil, f.Gzip != nil, typ)
				}
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
		{"nginx.conf", conf, `location ~ ^/infographic/(fr|nl|de|en)/data/([a-z0-9-]+)\.svg$ {`},
		{"nginx.conf", conf, `default_type "image/svg+xml";`},
		{"nginx.conf", conf, `add_header Content-Disposition "attachment; filename=\"belgium-us-$2-$1.svg\"" always;`},
		{"nginx.conf", conf, `location ~ ^/infographic/(fr|nl|de|en)/data/([a-z0-9-]+)\.png$ {`},
		{"nginx.conf", conf, `default_type "image/png";`},
		{"nginx.conf", conf, `add_header Content-Disposition "attachment; filename=\"belgium-us-$2-$1.png\"" always;`},
		{"_headers", headers, "/infographic/de/data/jltv.svg\n  Content-Type: image/svg+xml\n  Content-Disposition: attachment; filename=\"belgium-us-jltv-de.svg\"\n"},
		{"_headers", headers, "/infographic/fr/data/timeline.png\n  Content-Type: image/png\n  Content-Disposition: attachment; filename=\"belgium-us-timeline-fr.png\"\n"},
	} {
		if !strings.Contains(c.got, c.want) {
			t.Errorf("%s lacks %q", c.file, c.want)
		}
	}
}

// TestIsDownload tells the exported data files and pictures from the
// rest of the export.
func TestIsDownload(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"fr/data/jltv.csv", true},
		{"nl/data/all.csv", true},
		{"de/data/purchases.svg", true},
		{"en/data/timeline.png", true},
		{"share/fr.png", false},
		{"kit/fr/aid-direct-1080x1080.png", true},
		{"kit/nl.zip", true},
		{"kit/xx.zip", false},
		{"kit/fr/a/b.png", false},
		{"xx/data/jltv.png", false},
		{"fr/data/jltv.html", false},
		{"fr/embed/jltv.html", false},
		{"web/icon-192.0123456789ab.png", false},
	}
	for _, tt := range tests {
		if got := isDownload(tt.name); got != tt.want {
			t.Errorf("isDownload(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
