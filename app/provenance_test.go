//go:build !wasm

package app

import (
	"html"
	"regexp"
	"strings"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
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

// TestSourceDate checks what a citation says of a source's date: the
// document's own date, or that it is undated and when it was consulted,
// and nothing for a source that is no document.
func TestSourceDate(t *testing.T) {
	f := facts(t)
	tests := []struct {
		name   string
		source data.Source
		lang   locale.Lang
		want   string
	}{
		{"dated", data.Source{Date: "2029"}, locale.EN, "2029"},
		{"undated", data.Source{Undated: true}, locale.FR, f.Texts.Footer.Undated.In(locale.FR) + " " + locale.FR.Date(f.Updated)},
		{"undated, in German", data.Source{Undated: true}, locale.DE, f.Texts.Footer.Undated.In(locale.DE) + " " + locale.DE.Date(f.Updated)},
		{"no document", data.Source{}, locale.EN, ""},
	}
	for _, tt := range tests {
		if got := sourceDate(f, tt.lang, tt.source); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}
