//go:build !wasm

package app

import (
	"html"
	"regexp"
	"strings"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data/locale"
)

// TestProvenance renders the page in every language: every key figure
// and every chart links to what the source says, and that entry holds
// the source's own sentence, its name and the day it was checked.
func TestProvenance(t *testing.T) {
	f := facts(t)
	for _, l := range locale.All {
		page := goapp.HTMLString(&KeyFigures{Facts: f, Lang: l}) + goapp.HTMLString(&Footer{Facts: f, Lang: l})
		for _, id := range chart.IDs() {
			page += goapp.HTMLString(&Chart{ID: id, Facts: f, Lang: l})
		}
		for _, id := range f.KeyFigures {
			fig := f.Figure(id)
			link := `href="#` + quoteID(id) + `"`
			if !strings.Contains(page, link) {
				t.Errorf("%s: the key figure %s does not link to its quote (%s)", l, id, link)
			}
			entry := regexp.MustCompile(`(?s)<dt id="` + quoteID(id) + `">.*?</dd>`).FindString(page)
			if entry == "" {
				t.Errorf("%s: no entry %s", l, quoteID(id))
				continue
			}
			for _, want := range []string{
				html.EscapeString(quoted(f.Source(fig.Source), fig.Quote)),
				html.EscapeString(f.Source(fig.Source).Name.In(l)),
				`datetime="` + f.Updated.Format("2006-01-02") + `"`,
				`lang="` + f.Source(fig.Source).Lang + `"`,
			} {
				if !strings.Contains(entry, want) {
					t.Errorf("%s: the entry for %s lacks %s:\n%s", l, id, want, entry)
				}
			}
		}
		if got, want := strings.Count(page, `class="chart__quotes" href="#`+QuotesID+`"`), len(chart.IDs()); got != want {
			t.Errorf("%s: %d charts link to the quotes, want %d", l, got, want)
		}
	}
}
