package server

import (
	"strings"
	"testing"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data/fixture"
	"github.com/be-us/partnership/data/locale"
)

// TestAnotherLanguage adds a sixth language to the table and to the
// fixture's texts, as the table's doc says a language is added, and builds
// the whole site: every page of the page table, its files and pictures,
// the language's links, the sitemap and the negotiation all have it.
func TestAnotherLanguage(t *testing.T) {
	const lb locale.Lang = "lb"
	f := fixture.Facts(t, chart.Needs()...)
	fixture.AddLanguage(f, lb, locale.FR)
	t.Cleanup(locale.Extend(lb, locale.FR, "Lëtzebuergesch"))
	srv := serve(t, Config{Facts: f, Assets: standIns(), Version: "test", Site: app.NewSite("https://partners.example", "", "")})
	for _, r := range app.Routes {
		path := r.Path(lb)
		res, body := get(t, srv, path, "")
		if res.StatusCode != r.Status || !strings.Contains(body, `<html lang="lb">`) {
			t.Errorf("GET %s: %d, lang lb %v; want %d in lb", path, res.StatusCode, strings.Contains(body, `<html lang="lb">`), r.Status)
		}
	}
	for _, path := range []string{"/lb/data/all.csv", "/lb/data/jltv.csv", "/lb/data/jltv.svg", "/lb/data/aid-channels.png", "/share/lb.png", "/qr/lb.svg"} {
		if res, _ := get(t, srv, path, ""); res.StatusCode != 200 {
			t.Errorf("GET %s: %d, want 200", path, res.StatusCode)
		}
	}
	_, page := get(t, srv, "/fr", "")
	for _, want := range []string{`href="/lb" lang="lb"`, `hreflang="lb"`, `content="lb"`} {
		if !strings.Contains(page, want) {
			t.Errorf("/fr lacks %s", want)
		}
	}
	if _, sitemap := get(t, srv, "/sitemap.xml", ""); !strings.Contains(sitemap, "<loc>https://partners.example/lb</loc>") {
		t.Error("the sitemap lacks /lb")
	}
	for _, accept := range []string{"lb", "lb-LU,fr;q=0.5"} {
		if _, body := get(t, srv, "/", accept); !strings.Contains(body, `<html lang="lb">`) {
			t.Errorf("Accept-Language %q: not the lb page", accept)
		}
	}
}
