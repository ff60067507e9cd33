package server

import (
	"bytes"
	"image/png"
	"net/http"
	"path"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/picture"
)

// parse parses a served page with an HTML parser, as a browser would.
func parse(t *testing.T, page []byte) *html.Node {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// walk calls fn for every element below n.
func walk(n *html.Node, fn func(*html.Node)) {
	if n.Type == html.ElementNode {
		fn(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, fn)
	}
}

func attrOf(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasClass(n *html.Node, class string) bool {
	v, _ := attrOf(n, "class")
	for c := range strings.FieldsSeq(v) {
		if c == class {
			return true
		}
	}
	return false
}

// TestAttributesAsMeant parses every prerendered page of the page table,
// in every language, and compares attributes with the text they were
// meant to carry: the charts' descriptions, the page's description, the
// loader's, and no attribute anywhere holds a Go escape.
func TestAttributesAsMeant(t *testing.T) {
	srv := testServer(t)
	f := loaded
	for _, r := range app.Routes {
		for _, l := range locale.All {
			path := r.Path(l)
			res, page := fetch(t, srv, path, nil)
			if res.StatusCode != r.Status {
				t.Errorf("GET %s: status %d, want %d", path, res.StatusCode, r.Status)
			}
			descriptions := map[string]string{}
			walk(parse(t, page), func(n *html.Node) {
				for _, a := range n.Attr {
					if strings.ContainsRune(a.Val, '\\') {
						t.Errorf("%s: <%s %s=%q> holds an escape", path, n.Data, a.Key, a.Val)
					}
					if a.Key == "aria-hidden" && a.Val != "true" {
						t.Errorf("%s: <%s aria-hidden=%q>, want \"true\"", path, n.Data, a.Val)
					}
				}
				if v, ok := attrOf(n, "name"); ok && v == "description" {
					got, _ := attrOf(n, "content")
					if want := f.Texts.Site.Description.In(l); got != want {
						t.Errorf("%s: meta description = %q, want %q", path, got, want)
					}
				}
				title := r.New(f, app.Site{}).(interface{ Title(locale.Lang) string }).Title(l)
				if n.Data == "title" && n.FirstChild != nil && n.FirstChild.Data != title {
					t.Errorf("%s: <title> %q, want %q", path, n.FirstChild.Data, title)
				}
				if v, _ := attrOf(n, "property"); v == "og:title" {
					if got, _ := attrOf(n, "content"); got != title {
						t.Errorf("%s: og:title %q, want %q", path, got, title)
					}
				}
				if v, ok := attrOf(n, "property"); ok && (v == "og:url" || v == "og:image") {
					t.Errorf("%s: %s without a public address", path, v)
				}
				if v, _ := attrOf(n, "name"); v == "author" {
					t.Errorf("%s: an empty author meta", path)
				}
				if v, _ := attrOf(n, "id"); v == "app-wasm-loader" {
					if n.Data == "aside" {
						t.Errorf("%s: the loader is a landmark", path)
					}
					if role, _ := attrOf(n, "role"); role != "status" {
						t.Errorf("%s: loader role = %q, want status", path, role)
					}
				}
				if v, _ := attrOf(n, "id"); v == "app-wasm-loader-icon" {
					if alt, ok := attrOf(n, "alt"); !ok || alt != "" {
						t.Errorf("%s: loader icon alt = %q, want empty (decorative)", path, alt)
					}
				}
				if id, ok := attrOf(n, "data-chart"); ok {
					walk(n, func(c *html.Node) {
						if _, ok := attrOf(c, app.MarksAttr); ok {
							descriptions[id], _ = attrOf(c, "aria-label")
						}
					})
				}
			})
			if r.Status != 200 {
				continue
			}
			for _, s := range chart.All {
				got, shown := descriptions[s.ID]
				if want := r.Name == "page" || r.Name == "present" || r.Name == "embed" || r.Name == "embed-"+s.ID; shown != want {
					t.Errorf("%s: chart %s shown = %v, want %v", path, s.ID, shown, want)
				}
				if want := f.Expand(f.Texts.Chart[s.ID].Description, l); shown && got != want {
					t.Errorf("%s: chart %s described as %q, want %q", path, s.ID, got, want)
				}
			}
		}
	}
}

// TestNoInjection requests the crafted paths of a reflected injection: the
// answer is the prerendered 404 page of the language, byte for byte, with
// nothing of the path in it.
func TestNoInjection(t *testing.T) {
	srv := testServer(t)
	_, fr404 := fetch(t, srv, "/fr/404", nil)
	_, en404 := fetch(t, srv, "/en/404", nil)
	tests := []struct {
		path string
		want []byte
	}{
		{`/%22%3E%3Cscript%3Ealert(1)%3C/script%3E`, fr404},
		{`/%22%3E%3Cmeta%20http-equiv=refresh%20content=0;url=/%5C127.0.0.1:8621/pwned.html%3E`, fr404},
		{`/en/%22%3E%3Ch1%3EEmbassy%20notice%3C/h1%3E`, en404},
		{`/en/x%22%20onerror=%22alert(1)`, en404},
	}
	for _, tt := range tests {
		res, body := fetch(t, srv, tt.path, map[string]string{"Accept-Language": "fr"})
		if res.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: status %d, want 404", tt.path, res.StatusCode)
		}
		if !bytes.Equal(body, tt.want) {
			t.Errorf("GET %s: the answer is not the prerendered 404 page", tt.path)
		}
		for _, bad := range []string{"alert(1)", "pwned", "Embassy notice", "onerror"} {
			if bytes.Contains(body, []byte(bad)) {
				t.Errorf("GET %s: the page holds %q", tt.path, bad)
			}
		}
	}
}

// TestPublicURL checks the link previews: og:url and og:image hold the
// public address when it is given, og:image the page's own picture.
func TestPublicURL(t *testing.T) {
	testServer(t)
	srv := serve(t, Config{Facts: loaded, Assets: standIns(), Version: "test", Site: app.NewSite("https://partners.example/", "", "")})
	_, page := fetch(t, srv, "/nl", nil)
	got := map[string]string{}
	walk(parse(t, page), func(n *html.Node) {
		if p, ok := attrOf(n, "property"); ok {
			got[p], _ = attrOf(n, "content")
		}
	})
	if got["og:url"] != "https://partners.example/nl" {
		t.Errorf("og:url = %q, want https://partners.example/nl", got["og:url"])
	}
	if want := "https://partners.example/share/nl.png"; got["og:image"] != want {
		t.Errorf("og:image = %q, want the page's picture at the public address, %s", got["og:image"], want)
	}
	// The embed codes, image codes and citations name the public
	// address, with no script needed.
	codes, images := 0, 0
	walk(parse(t, page), func(n *html.Node) {
		if n.Data != "textarea" {
			return
		}
		if _, ok := attrOf(n, app.OriginAttr); ok {
			t.Errorf("a code still marked %s", app.OriginAttr)
		}
		code := n.FirstChild.Data
		switch {
		case strings.Contains(code, "<iframe"):
			codes++
			if !strings.Contains(code, `<iframe src="https://partners.example/nl/embed`) || !strings.Contains(code, `<script src="https://partners.example/embed.js" async>`) {
				t.Errorf("embed code without the public address: %s", code)
			}
		case strings.Contains(code, "<img"):
			images++
			if !strings.Contains(code, `<a href="https://partners.example/nl#chart-`) || !strings.Contains(code, `<img src="https://partners.example/nl/data/`) {
				t.Errorf("image code without the public address: %s", code)
			}
		default:
			if !strings.Contains(code, ", https://partners.example/nl#") {
				t.Errorf("citation without the public address: %s", code)
			}
		}
	})
	if want := len(chart.All) + 2; codes != want {
		t.Errorf("%d embed codes on the page, want %d", codes, want)
	}
	if want := len(chart.All); images != want {
		t.Errorf("%d image codes on the page, want %d", images, want)
	}
	// The presentation's QR codes, at the public address only.
	res, svg := fetch(t, srv, "/qr/nl.svg", nil)
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "image/svg+xml" || !bytes.HasPrefix(svg, []byte("<svg")) {
		t.Errorf("GET /qr/nl.svg: %d %s %.40q", res.StatusCode, res.Header.Get("Content-Type"), svg)
	}
	if !bytes.Contains(svg, []byte("present.qr nl https://partners.example/nl")) {
		t.Errorf("the QR code's name does not say where it leads: %.200s", svg)
	}
	if res, _ := fetch(t, testServer(t), "/qr/nl.svg", nil); res.StatusCode != 404 {
		t.Errorf("without a public address, GET /qr/nl.svg: %d, want 404", res.StatusCode)
	}
	// Without the public address, paths, for the page's script to complete.
	_, page = fetch(t, testServer(t), "/nl", nil)
	if !bytes.Contains(page, []byte(`data-origin="page"`)) || !bytes.Contains(page, []byte(`&lt;iframe src=&#34;/nl/embed`)) {
		t.Error("without a public address, the embed codes do not hold paths marked for the script")
	}
}

// TestStablePages starts the site twice: the same build serves the same
// bytes, so ETags hold across restarts and replicas.
func TestStablePages(t *testing.T) {
	testServer(t)
	// Two builds of the site, as two starts of the server make.
	a := serve(t, Config{Facts: loaded, Assets: standIns(), Version: "test"})
	b := serve(t, Config{Facts: loaded, Assets: standIns(), Version: "test"})
	for _, path := range []string{"/fr", "/en/404"} {
		ra, _ := fetch(t, a, path, nil)
		rb, _ := fetch(t, b, path, nil)
		if ra.Header.Get("ETag") != rb.Header.Get("ETag") {
			t.Errorf("GET %s: ETag %s, then %s", path, ra.Header.Get("ETag"), rb.Header.Get("ETag"))
		}
	}
}

// TestBody takes the component tree out of pages as go-app writes them:
// the first element of the body, its attributes sorted and escaped; a
// value with a Go escape, or an ARIA attribute without its value, is
// refused.
func TestBody(t *testing.T) {
	tests := []struct {
		page, want, err string
		sorted          int
	}{
		{`<html><head><title>t</title></head><body><div id="a" class="b"><p title="x&y">z</p><img src="i" alt=""></div><aside id="loader"></aside></body></html>`,
			`<div class="b" id="a"><p title="x&amp;y">z</p><img alt="" src="i"></div>`, "", 2},
		{`<body><main>only</main></body>`, `<main>only</main>`, "", 0},
		{`<body><div title="a \"b\"">x</div></body>`, "", "an escape", 0},
		{`<body><div aria-hidden>x</div></body>`, "", "without its value", 0},
		{`<html><head></head><body></body></html>`, "", "no element", 0},
	}
	for _, tt := range tests {
		var fixes encoderFixes
		got, err := body([]byte(tt.page), &fixes)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("body(%q) error = %v, want one that says %q", tt.page, err, tt.err)
			}
			continue
		}
		if err != nil || string(got) != tt.want || fixes.sorted != tt.sorted {
			t.Errorf("body(%q) = %q, %v, %d sorted; want %q, %d", tt.page, got, err, fixes.sorted, tt.want, tt.sorted)
		}
	}
	if err := (encoderFixes{}).check(); err == nil {
		t.Error("a start where no tag was out of order passed the check")
	}
}

// TestImageCode parses each chart's image code as a newsletter would take
// it: a link to the chart on the page around its picture, whose PNG the
// server sends at the size the code states, with the chart's description.
func TestImageCode(t *testing.T) {
	testServer(t)
	srv := serve(t, Config{Facts: loaded, Assets: standIns(), Version: "test", Site: app.NewSite("https://partners.example", "", "")})
	for _, l := range []locale.Lang{locale.FR, locale.EN} {
		_, page := fetch(t, srv, "/"+string(l), nil)
		found := 0
		walk(parse(t, page), func(n *html.Node) {
			if n.Data != "textarea" || !strings.Contains(n.FirstChild.Data, "<img") {
				return
			}
			found++
			code := parse(t, []byte(n.FirstChild.Data))
			var link, src, alt string
			var width, height int
			walk(code, func(e *html.Node) {
				switch e.Data {
				case "a":
					link, _ = attrOf(e, "href")
				case "img":
					src, _ = attrOf(e, "src")
					alt, _ = attrOf(e, "alt")
					w, _ := attrOf(e, "width")
					h, _ := attrOf(e, "height")
					width, _ = strconv.Atoi(w)
					height, _ = strconv.Atoi(h)
				}
			})
			id := strings.TrimSuffix(path.Base(src), ".png")
			if want := "https://partners.example/" + string(l) + "#chart-" + id; link != want {
				t.Errorf("%s %s: the picture links to %q, want %q", l, id, link, want)
			}
			p, err := picture.New(loaded, id, l)
			if err != nil {
				t.Fatal(err)
			}
			if alt != p.Alt || alt == "" {
				t.Errorf("%s %s: alt %q, want the picture's description %q", l, id, alt, p.Alt)
			}
			res, body := fetch(t, srv, strings.TrimPrefix(src, "https://partners.example"), nil)
			if res.StatusCode != 200 {
				t.Fatalf("GET %s: %d", src, res.StatusCode)
			}
			img, err := png.DecodeConfig(bytes.NewReader(body))
			if err != nil {
				t.Fatalf("%s: %v", src, err)
			}
			if img.Width != width || img.Height != height {
				t.Errorf("%s: the PNG is %d×%d, the code says %d×%d", src, img.Width, img.Height, width, height)
			}
		})
		if want := len(chart.All); found != want {
			t.Errorf("%s: %d image codes, want %d", l, found, want)
		}
	}
}
