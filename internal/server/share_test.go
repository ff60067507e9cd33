package server

import (
	"bytes"
	"encoding/xml"
	"image"
	"image/color"
	"image/png"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/picture"
)

// sharing is one way to serve the site that changes its addresses: at a
// public address or not, under a prefix or not.
type sharing struct {
	name, publicURL, prefix string
}

// TestSharing builds the site without a public address, with one, and
// with one and a prefix, and checks, for each, the heads of the pages,
// robots.txt and sitemap.xml, the pictures of link previews and what the
// export holds of them.
func TestSharing(t *testing.T) {
	testServer(t)
	for _, site := range []sharing{
		{"no public address", "", ""},
		{"public address", "https://partners.example.org", ""},
		{"public address and prefix", "https://www.embassy.example", "/infographic"},
	} {
		t.Run(site.name, func(t *testing.T) {
			cfg := testConfig(Config{Facts: loaded, Assets: standIns(), Version: "test", Site: app.NewSite(site.publicURL, site.prefix, "")})
			s, err := newSite(cfg)
			if err != nil {
				t.Fatal(err)
			}
			srv := httptest.NewServer(s.handler(cfg))
			t.Cleanup(srv.Close)
			t.Run("head", func(t *testing.T) { checkShareTags(t, srv, site) })
			t.Run("robots and sitemap", func(t *testing.T) { checkRobotsAndSitemap(t, srv, site) })
			t.Run("pictures", func(t *testing.T) { checkSharePictures(t, srv, site) })
			t.Run("export", func(t *testing.T) { checkExportShare(t, s, site) })
		})
	}
}

// headOf is what a page's head says: its title, each meta's contents by
// its property or name, and each link's addresses by its rel (and
// hreflang, after a space).
type headOf struct {
	title string
	meta  map[string][]string
	links map[string][]string
}

func readHead(t *testing.T, page []byte) headOf {
	t.Helper()
	h := headOf{meta: map[string][]string{}, links: map[string][]string{}}
	walk(parse(t, page), func(n *html.Node) {
		if n.Parent == nil || n.Parent.Data != "head" {
			return
		}
		switch n.Data {
		case "title":
			if n.FirstChild != nil {
				h.title = n.FirstChild.Data
			}
		case "meta":
			key, ok := attrOf(n, "property")
			if !ok {
				key, _ = attrOf(n, "name")
			}
			content, _ := attrOf(n, "content")
			h.meta[key] = append(h.meta[key], content)
		case "link":
			rel, _ := attrOf(n, "rel")
			if lang, ok := attrOf(n, "hreflang"); ok {
				rel += " " + lang
			}
			href, _ := attrOf(n, "href")
			h.links[rel] = append(h.links[rel], href)
		}
	})
	return h
}

// one is the single value of key in m, or a description of what is there
// instead.
func one(m map[string][]string, key string) string {
	switch v := m[key]; len(v) {
	case 0:
		return "(none)"
	case 1:
		return v[0]
	default:
		return "(" + strings.Join(v, " | ") + ")"
	}
}

// indexed are the rows of the page table in the sitemap, with the tags of
// link previews and their addresses in every language.
var indexed = map[string]bool{"page": true, "present": true}

// checkShareTags reads the head of every page of the page table in every
// language: the title and description, the canonical address, the
// addresses in the other languages, the Open Graph and Twitter tags; and
// nothing that needs an absolute address without the public address.
func checkShareTags(t *testing.T, srv *httptest.Server, site sharing) {
	locales := map[locale.Lang]string{locale.FR: "fr_BE", locale.NL: "nl_BE", locale.DE: "de_BE", locale.EN: "en_US"}
	// A figure of the picture, in full, as its description gives it.
	amounts := map[locale.Lang]string{
		locale.FR: "près de 3,2\u00a0milliards de dollars",
		locale.NL: "meer dan 7,4\u00a0miljard dollar",
		locale.DE: "150\u00a0Fahrzeuge",
		locale.EN: "more than $7.4\u00a0billion",
	}
	absolute := []string{"og:url", "og:image", "og:image:width", "og:image:height", "og:image:alt", "twitter:image", "twitter:image:alt"}
	base := site.publicURL + site.prefix
	for _, r := range app.Routes {
		for _, l := range locale.All {
			path := r.Path(l)
			_, page := fetch(t, srv, site.prefix+path, nil)
			h := readHead(t, page)
			title := r.New(loaded, app.Site{}).(interface{ Title(locale.Lang) string }).Title(l)
			description := loaded.Texts.Site.Description.In(l)
			checks := []struct{ what, got, want string }{
				{"<title>", h.title, title},
				{"description", one(h.meta, "description"), description},
				{"og:title", one(h.meta, "og:title"), title},
				{"og:description", one(h.meta, "og:description"), description},
			}
			canonical := "(none)"
			if site.publicURL != "" && !r.Fallback {
				canonical = base + path
			}
			checks = append(checks, struct{ what, got, want string }{"canonical", one(h.links, "canonical"), canonical})
			if indexed[r.Name] {
				others := []string{}
				for _, o := range locale.All {
					if o != l {
						others = append(others, locales[o])
					}
				}
				checks = append(checks, []struct{ what, got, want string }{
					{"og:type", one(h.meta, "og:type"), "website"},
					{"og:site_name", one(h.meta, "og:site_name"), loaded.Texts.Site.Title.In(l)},
					{"og:locale", one(h.meta, "og:locale"), locales[l]},
					{"og:locale:alternate", strings.Join(h.meta["og:locale:alternate"], " "), strings.Join(others, " ")},
					{"twitter:title", one(h.meta, "twitter:title"), title},
					{"twitter:description", one(h.meta, "twitter:description"), description},
				}...)
			} else if _, chartEmbed := chart.Lookup(r.Part); chartEmbed && site.publicURL != "" {
				// A chart's embed has its own preview (TestChartPreviews).
				checks = append(checks, struct{ what, got, want string }{"twitter:card", one(h.meta, "twitter:card"), "summary_large_image"})
			} else {
				for _, key := range []string{"og:locale", "og:site_name", "twitter:card"} {
					checks = append(checks, struct{ what, got, want string }{key, one(h.meta, key), "(none)"})
				}
			}
			switch {
			case indexed[r.Name] && site.publicURL != "":
				picture := base + "/share/" + string(l) + ".png"
				checks = append(checks, []struct{ what, got, want string }{
					{"og:url", one(h.meta, "og:url"), base + path},
					{"og:image", one(h.meta, "og:image"), picture},
					{"og:image:width", one(h.meta, "og:image:width"), "1200"},
					{"og:image:height", one(h.meta, "og:image:height"), "630"},
					{"twitter:card", one(h.meta, "twitter:card"), "summary_large_image"},
					{"twitter:image", one(h.meta, "twitter:image"), picture},
					{"twitter:image:alt", one(h.meta, "twitter:image:alt"), one(h.meta, "og:image:alt")},
				}...)
				if alt := one(h.meta, "og:image:alt"); !strings.HasPrefix(alt, loaded.Texts.Site.Title.In(l)+". ") || !strings.Contains(alt, amounts[l]) {
					t.Errorf("%s: og:image:alt %q, want the title, then the figures (%q among them)", path, alt, amounts[l])
				}
				xDefault := base + r.Path(locale.Default)
				if r.Root {
					xDefault = base + "/"
				}
				for _, o := range locale.All {
					checks = append(checks, struct{ what, got, want string }{"alternate " + string(o), one(h.links, "alternate "+string(o)), base + r.Path(o)})
				}
				checks = append(checks, struct{ what, got, want string }{"alternate x-default", one(h.links, "alternate x-default"), xDefault})
			case indexed[r.Name]:
				checks = append(checks, struct{ what, got, want string }{"twitter:card", one(h.meta, "twitter:card"), "summary"})
				fallthrough
			default:
				if site.publicURL == "" {
					for _, key := range absolute {
						checks = append(checks, struct{ what, got, want string }{key, one(h.meta, key), "(none)"})
					}
				}
				for rel := range h.links {
					if strings.HasPrefix(rel, "alternate ") {
						t.Errorf("%s: a link %q, on a page without the addresses of its languages", path, rel)
					}
				}
			}
			for _, c := range checks {
				if c.got != c.want {
					t.Errorf("%s: %s = %q, want %q", path, c.what, c.got, c.want)
				}
			}
		}
	}
}

// checkRobotsAndSitemap checks robots.txt and sitemap.xml: the sitemap,
// named in robots.txt, lists the page and the presentation in every
// language, each with its address in every language and its x-default;
// without the public address there is no sitemap.
func checkRobotsAndSitemap(t *testing.T, srv *httptest.Server, site sharing) {
	type link struct {
		Rel      string `xml:"rel,attr"`
		Hreflang string `xml:"hreflang,attr"`
		Href     string `xml:"href,attr"`
	}
	type urlset struct {
		XMLName xml.Name
		URLs    []struct {
			Loc     string `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 loc"`
			Lastmod string `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 lastmod"`
			Links   []link `xml:"http://www.w3.org/1999/xhtml link"`
		} `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 url"`
	}
	base := site.publicURL + site.prefix
	res, robots := get(t, srv, site.prefix+"/robots.txt", "")
	want := "User-agent: *\nAllow: /\n"
	if site.publicURL != "" {
		want += "Sitemap: " + base + "/sitemap.xml\n"
	}
	if res.StatusCode != 200 || robots != want {
		t.Errorf("robots.txt: %d %q, want 200 %q", res.StatusCode, robots, want)
	}
	res, body := get(t, srv, site.prefix+"/sitemap.xml", "")
	if site.publicURL == "" {
		if res.StatusCode != 404 {
			t.Errorf("sitemap.xml without a public address: status %d, want 404", res.StatusCode)
		}
		return
	}
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "application/xml" || res.Header.Get("Cache-Control") != "no-cache" {
		t.Fatalf("sitemap.xml: %d, %s, %s; want 200, application/xml, no-cache", res.StatusCode, res.Header.Get("Content-Type"), res.Header.Get("Cache-Control"))
	}
	var set urlset
	if err := xml.Unmarshal([]byte(body), &set); err != nil {
		t.Fatalf("sitemap.xml does not parse: %v\n%s", err, body)
	}
	if set.XMLName.Space != "http://www.sitemaps.org/schemas/sitemap/0.9" || set.XMLName.Local != "urlset" {
		t.Errorf("sitemap.xml's root is %v, want the sitemap protocol's urlset", set.XMLName)
	}
	wantLinks := map[string][]link{}
	for _, r := range app.Routes {
		if !indexed[r.Name] {
			continue
		}
		var links []link
		for _, l := range locale.All {
			links = append(links, link{"alternate", string(l), base + r.Path(l)})
		}
		xDefault := base + r.Path(locale.Default)
		if r.Root {
			xDefault = base + "/"
		}
		links = append(links, link{"alternate", "x-default", xDefault})
		for _, l := range locale.All {
			wantLinks[base+r.Path(l)] = links
		}
	}
	if len(set.URLs) != len(wantLinks) {
		t.Errorf("sitemap.xml lists %d addresses, want %d", len(set.URLs), len(wantLinks))
	}
	for _, u := range set.URLs {
		want, ok := wantLinks[u.Loc]
		if !ok {
			t.Errorf("sitemap.xml lists %s, which is no page nor presentation", u.Loc)
			continue
		}
		delete(wantLinks, u.Loc)
		if !slices.Equal(u.Links, want) {
			t.Errorf("sitemap.xml, %s: links %v, want %v", u.Loc, u.Links, want)
		}
		if want := loaded.Updated.Format("2006-01-02"); u.Lastmod != want {
			t.Errorf("sitemap.xml, %s: lastmod %q, want %q", u.Loc, u.Lastmod, want)
		}
	}
	for loc := range wantLinks {
		t.Errorf("sitemap.xml lacks %s", loc)
	}
}

// checkSharePictures fetches the picture of each language: a 1200×630
// PNG, revalidated, not blank (navy and white, each over a good part of
// it), and each language's its own, which the service worker does not
// keep. Without a public address there is none.
func checkSharePictures(t *testing.T, srv *httptest.Server, site sharing) {
	if site.publicURL == "" {
		if res, _ := get(t, srv, site.prefix+"/share/fr.png", ""); res.StatusCode != 404 {
			t.Errorf("GET /share/fr.png without a public address: status %d, want 404", res.StatusCode)
		}
		return
	}
	navy := color.RGBA{0x0A, 0x31, 0x61, 0xFF}
	white := color.RGBA{0xFF, 0xFF, 0xFF, 0xFF}
	seen := map[string]locale.Lang{}
	for _, l := range locale.All {
		path := site.prefix + "/share/" + string(l) + ".png"
		res, body := fetch(t, srv, path, map[string]string{"Accept-Encoding": "br, gzip"})
		if res.StatusCode != 200 {
			t.Fatalf("GET %s: status %d", path, res.StatusCode)
		}
		for header, want := range map[string]string{"Content-Type": "image/png", "Cache-Control": "no-cache", "Content-Encoding": ""} {
			if got := res.Header.Get(header); got != want {
				t.Errorf("GET %s: %s = %q, want %q", path, header, got, want)
			}
		}
		img, err := png.Decode(bytes.NewReader(body))
		if err != nil {
			t.Fatalf("GET %s: not a PNG: %v", path, err)
		}
		if got := img.Bounds(); got != image.Rect(0, 0, 1200, 630) {
			t.Errorf("GET %s: bounds %v, want 1200×630", path, got)
		}
		// One pixel in sixteen, which is enough to see the colours'
		// shares.
		counts := map[color.RGBA]int{}
		for y := 0; y < img.Bounds().Dy(); y += 4 {
			for x := 0; x < img.Bounds().Dx(); x += 4 {
				counts[color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)]++
			}
		}
		area := 1200 * 630 / 16
		if counts[navy] < area/5 || counts[white] < area/5 {
			t.Errorf("GET %s: %d navy and %d white pixels, want a fifth of %d each", path, counts[navy], counts[white], area)
		}
		if other, ok := seen[string(body)]; ok {
			t.Errorf("GET %s: the same picture as %s's", path, other)
		}
		seen[string(body)] = l
	}
	_, worker := get(t, srv, site.prefix+"/app-worker.js", "")
	if strings.Contains(worker, "/share/") {
		t.Error("the service worker keeps the pictures of link previews")
	}
}

// checkExportShare checks that the export carries the pictures and the
// sitemap when the public address is known, and neither when it is not.
func checkExportShare(t *testing.T, s *site, site sharing) {
	files, err := s.exported()
	if err != nil {
		t.Fatal(err)
	}
	want := site.publicURL != ""
	for _, name := range []string{"share/fr.png", "share/nl.png", "share/de.png", "share/en.png", "sitemap.xml"} {
		if got := files[name] != nil; got != want {
			t.Errorf("the export has %s: %v, want %v", name, got, want)
		}
	}
	if f := files["sitemap.xml"]; f != nil && (f.Brotli == nil || f.Gzip == nil) {
		t.Error("the export's sitemap.xml has no compressed copies")
	}
	if f := files["robots.txt"]; f == nil || strings.Contains(string(f.Body), "Sitemap:") != want {
		t.Errorf("the export's robots.txt names the sitemap: want %v", want)
	}
	if want {
		if got, want := files["share/en.png"].Body[:8], []byte("\x89PNG\r\n\x1a\n"); !bytes.Equal(got, want) {
			t.Errorf("share/en.png starts with %q, want PNG's signature", got)
		}
	}
}

// TestShareCard checks, in every language, that the picture shows its
// figures as the page's key figures write them, qualifier included.
func TestShareCard(t *testing.T) {
	srv := testServer(t)
	for _, l := range locale.All {
		c, err := picture.NewCard(loaded, l)
		if err != nil {
			t.Fatal(err)
		}
		_, page := fetch(t, srv, "/"+string(l), nil)
		var shown []string
		walk(parse(t, page), func(n *html.Node) {
			if hasClass(n, "keyfigure__value") {
				shown = append(shown, textOf(n))
			}
		})
		for _, fig := range c.Figures {
			if !slices.Contains(shown, fig.Amount) {
				t.Errorf("%s: the picture shows %q, which is none of the page's key figures %q", l, fig.Amount, shown)
			}
		}
	}
}

// TestChartPreviews checks that a chart's embed, whose address an editor
// may paste in a post, names the chart's own picture for link previews,
// which the server sends at the size previews crop to; without a public
// address there is none.
func TestChartPreviews(t *testing.T) {
	testServer(t)
	srv := serve(t, Config{Facts: loaded, Assets: standIns(), Version: "test", Site: app.NewSite("https://partners.example", "", "")})
	for _, l := range []locale.Lang{locale.FR, locale.DE} {
		for _, id := range chart.IDs() {
			_, page := fetch(t, srv, app.EmbedPath(l, id), nil)
			meta := map[string]string{}
			walk(parse(t, page), func(n *html.Node) {
				if n.Data != "meta" {
					return
				}
				key, ok := attrOf(n, "property")
				if !ok {
					key, _ = attrOf(n, "name")
				}
				meta[key], _ = attrOf(n, "content")
			})
			want := "https://partners.example" + previewPath(l, id)
			if meta["og:image"] != want || meta["twitter:card"] != "summary_large_image" || meta["og:image:alt"] == "" {
				t.Errorf("%s %s: og:image %q, twitter:card %q, alt %q; want %s, summary_large_image and an alt", l, id, meta["og:image"], meta["twitter:card"], meta["og:image:alt"], want)
			}
			res, body := fetch(t, srv, previewPath(l, id), nil)
			if res.StatusCode != 200 {
				t.Fatalf("GET %s: %d", previewPath(l, id), res.StatusCode)
			}
			cfg, err := png.DecodeConfig(bytes.NewReader(body))
			if err != nil || cfg.Width != 1200 || cfg.Height != 630 {
				t.Errorf("%s: %d×%d (%v), want 1200×630", previewPath(l, id), cfg.Width, cfg.Height, err)
			}
		}
	}
	bare := serve(t, Config{Facts: loaded, Assets: standIns(), Version: "test"})
	if res, _ := fetch(t, bare, previewPath(locale.FR, "jltv"), nil); res.StatusCode != 404 {
		t.Errorf("without a public address, GET %s: %d, want 404", previewPath(locale.FR, "jltv"), res.StatusCode)
	}
}
