package server

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/picture"
)

// TestOEmbed asks the oEmbed endpoint, under a prefix and a public
// address, for each kind of address: an embed's or the page's gets a rich
// answer within the sizes asked for, in the embed's language; another
// site's address or an unknown chart gets 404, a format other than JSON
// 501, a request it cannot read 400.
func TestOEmbed(t *testing.T) {
	testServer(t)
	site := app.Site{Prefix: "/infographic", PublicURL: "https://embassy.example"}
	srv := serve(t, Config{Facts: loaded, Assets: standIns(), Version: "test", Site: site})
	at := func(path string) string { return "https://embassy.example/infographic" + path }
	tests := []struct {
		name, query string
		status      int
		lang        locale.Lang
		id          string
		width       int
		height      int
	}{
		{"a chart's embed", "url=" + url.QueryEscape(at("/nl/embed/jltv")), 200, locale.NL, "jltv", oembedWidth, app.EmbedHeight("jltv")},
		{"the page", "url=" + url.QueryEscape(at("/en")) + "&format=json", 200, locale.EN, "", oembedWidth, app.EmbedHeight("")},
		{"within the sizes asked", "url=" + url.QueryEscape(at("/de/embed/figures")) + "&maxwidth=400&maxheight=300", 200, locale.DE, app.FiguresEmbed, 400, 300},
		{"sizes larger than needed", "url=" + url.QueryEscape(at("/fr/embed/timeline")) + "&maxwidth=5000&maxheight=9000", 200, locale.FR, "timeline", oembedWidth, app.EmbedHeight("timeline")},
		{"xml", "url=" + url.QueryEscape(at("/en")) + "&format=xml", 501, "", "", 0, 0},
		{"another site", "url=" + url.QueryEscape("https://evil.example/infographic/en"), 404, "", "", 0, 0},
		{"outside the prefix", "url=" + url.QueryEscape("https://embassy.example/en"), 404, "", "", 0, 0},
		{"an unknown chart", "url=" + url.QueryEscape(at("/en/embed/no-such-chart")), 404, "", "", 0, 0},
		{"an unknown language", "url=" + url.QueryEscape(at("/xx/embed")), 404, "", "", 0, 0},
		{"not http", "url=" + url.QueryEscape("javascript:alert(1)"), 404, "", "", 0, 0},
		{"no url", "format=json", 400, "", "", 0, 0},
		{"a width that is no number", "url=" + url.QueryEscape(at("/en")) + "&maxwidth=wide", 400, "", "", 0, 0},
		{"a negative height", "url=" + url.QueryEscape(at("/en")) + "&maxheight=-3", 400, "", "", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, body := fetch(t, srv, "/infographic/oembed?"+tt.query, nil)
			if res.StatusCode != tt.status {
				t.Fatalf("status = %d, want %d: %s", res.StatusCode, tt.status, body)
			}
			if tt.status != http.StatusOK {
				return
			}
			if got := res.Header.Get("Content-Type"); got != "application/json; charset=utf-8" {
				t.Errorf("Content-Type = %q", got)
			}
			var a oembedAnswer
			if err := json.Unmarshal(body, &a); err != nil {
				t.Fatal(err)
			}
			if a.Version != "1.0" || a.Type != "rich" || a.CacheAge <= 0 {
				t.Errorf("version %q, type %q, cache_age %d; want 1.0, rich, > 0", a.Version, a.Type, a.CacheAge)
			}
			if a.Width != tt.width || a.Height != tt.height {
				t.Errorf("size %d×%d, want %d×%d", a.Width, a.Height, tt.width, tt.height)
			}
			if want := app.EmbedTitle(loaded, tt.lang, tt.id); a.Title != want {
				t.Errorf("title = %q, want %q", a.Title, want)
			}
			if a.ProviderName != loaded.Texts.Site.Publisher.In(tt.lang) || a.ProviderURL != at("/"+string(tt.lang)) {
				t.Errorf("provider %q at %q", a.ProviderName, a.ProviderURL)
			}
			for _, want := range []string{`src="` + at(app.EmbedPath(tt.lang, tt.id)) + `"`, `height="` + strconv.Itoa(tt.height) + `"`, `<script src="` + at("/embed.js") + `" async>`} {
				if !strings.Contains(a.HTML, want) {
					t.Errorf("html %q lacks %s", a.HTML, want)
				}
			}
			if a.ThumbnailURL == "" || a.ThumbnailWidth == 0 || a.ThumbnailHeight == 0 {
				t.Errorf("thumbnail %q %d×%d, want one with its size", a.ThumbnailURL, a.ThumbnailWidth, a.ThumbnailHeight)
			}
			if tt.id == "" && a.ThumbnailWidth != picture.CardWidth {
				t.Errorf("the page's thumbnail is %d wide, want the link preview's %d", a.ThumbnailWidth, picture.CardWidth)
			}
			// The thumbnail is served.
			thumb, _ := strings.CutPrefix(a.ThumbnailURL, "https://embassy.example")
			if res, _ := fetch(t, srv, thumb, nil); res.StatusCode != http.StatusOK {
				t.Errorf("the thumbnail %s: status %d", thumb, res.StatusCode)
			}
		})
	}
}

// TestOEmbedDiscovery reads each page and embed: the infographic's page
// and every embed name their oEmbed answer, which is served and says the
// same as the endpoint; the other pages name none.
func TestOEmbedDiscovery(t *testing.T) {
	srv := testServer(t)
	for _, l := range locale.All {
		for _, r := range app.Routes {
			path := r.Path(l)
			_, page := fetch(t, srv, path, nil)
			href := ""
			walk(parse(t, page), func(n *html.Node) {
				if typ, _ := attrOf(n, "type"); n.Data == "link" && typ == "application/json+oembed" {
					href, _ = attrOf(n, "href")
				}
			})
			wants := r.Embed || path == app.RootRoute().Path(l)
			if (href != "") != wants {
				t.Errorf("%s: discovery link %q; want one: %v", path, href, wants)
				continue
			}
			if href == "" {
				continue
			}
			res, body := fetch(t, srv, href, nil)
			var a oembedAnswer
			if res.StatusCode != http.StatusOK || json.Unmarshal(body, &a) != nil || a.Type != "rich" {
				t.Errorf("%s: %s answers %d %s", path, href, res.StatusCode, body)
			}
		}
	}
}

// FuzzEmbedOf reads any address as oEmbed's url: it never fails, and an
// address it takes is on the site's host, under its prefix.
func FuzzEmbedOf(f *testing.F) {
	for _, s := range []string{"https://embassy.example/p/en/embed/jltv", "https://embassy.example/p/fr", "http://EMBASSY.example/p/nl/embed", "https://evil.example/p/en", "//embassy.example/p/en", "https://u@embassy.example/p/en", "%", ""} {
		f.Add(s)
	}
	site := app.Site{Prefix: "/p", PublicURL: "https://embassy.example"}
	f.Fuzz(func(t *testing.T, raw string) {
		l, id, ok := embedOf(raw, site, "other.example")
		if !ok {
			return
		}
		u, err := url.Parse(raw)
		if err != nil || !strings.EqualFold(u.Host, "embassy.example") || !strings.HasPrefix(u.Path, "/p/") {
			t.Errorf("embedOf(%q) took it, as %s %q", raw, l, id)
		}
	})
}
