package server

import (
	"strings"
	"testing"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data/locale"
)

// TestHandout serves the handout in every language, with and without the
// public address: not indexed, not in the sitemap, with the QR code only
// when the address is known; the footer and the presentation's last
// slide link to it.
func TestHandout(t *testing.T) {
	testServer(t)
	for _, public := range []string{"", "https://partners.example"} {
		srv := serve(t, Config{Facts: loaded, Assets: standIns(), Version: "test", Site: app.Site{PublicURL: public}})
		_, sitemap := get(t, srv, "/sitemap.xml", "")
		for _, l := range locale.All {
			path := app.HandoutPath(l)
			res, body := get(t, srv, path, "")
			checks := []struct {
				name string
				got  bool
				want bool
			}{
				{"served", res.StatusCode == 200, true},
				{"titled", strings.Contains(body, "<title>"+loaded.Texts.Handout.Title.In(l)), true},
				{"noindex", strings.Contains(body, `<meta name="robots" content="noindex">`), true},
				{"the aid chart's picture", strings.Contains(body, `src="`+app.DataPath(l, app.HandoutChart, app.SVG)+`"`), true},
				{"the QR code", strings.Contains(body, `src="`+app.QRPath(l)+`"`), public != ""},
				{"in the sitemap", strings.Contains(sitemap, path+"<"), false},
			}
			for _, c := range checks {
				if c.got != c.want {
					t.Errorf("public address %q: GET %s: %s = %v, want %v", public, path, c.name, c.got, c.want)
				}
			}
			for _, from := range []string{"/" + string(l), app.PresentPath(l)} {
				if _, page := get(t, srv, from, ""); !strings.Contains(page, `href="`+path+`"`) {
					t.Errorf("public address %q: %s has no link to %s", public, from, path)
				}
			}
		}
	}
}
