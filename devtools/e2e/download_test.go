//go:build e2e

package e2e

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/download"
)

// fetched is what the page learns of a file it fetches.
type fetched struct {
	Href        string `json:"href"`
	Name        string `json:"name"`
	Status      int    `json:"status"`
	Type        string `json:"type"`
	Disposition string `json:"disposition"`
	// BOM is true when the body starts with the byte order mark; Text is
	// the body without it.
	BOM  bool   `json:"bom"`
	Text string `json:"text"`
}

// fetchLink finds the one download link that selector matches on the page
// and fetches its address from the page, as the browser would save it.
func (tb *tab) fetchLink(t *testing.T, selector string) fetched {
	t.Helper()
	js := fmt.Sprintf(`(async () => {
		const links = document.querySelectorAll(%q);
		if (links.length !== 1) return JSON.stringify({href: links.length + ' links'});
		const a = links[0];
		const r = await fetch(a.href);
		const bytes = new Uint8Array(await r.arrayBuffer());
		return JSON.stringify({
			href: a.getAttribute('href'), name: a.getAttribute('download'),
			status: r.status, type: r.headers.get('Content-Type'), disposition: r.headers.get('Content-Disposition'),
			bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf,
			text: new TextDecoder('utf-8').decode(bytes),
		});
	})()`, selector)
	var got fetched
	out, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("fetching the link %s: %v", selector, err)
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%s: %v", selector, err)
	}
	return got
}

// TestCSVDownloads finds, on the French page once app.wasm has taken it
// over, each chart's link to its data and the footer's link to all the
// data, and fetches each from the page: a CSV file in UTF-8 with its byte
// order mark, whose first row names the columns in French and whose rows
// are the chart's.
func TestCSVDownloads(t *testing.T) {
	f, err := data.Load(chart.Needs()...)
	if err != nil {
		t.Fatal(err)
	}
	tb := newTab(t, desktop, false)
	tb.navigate(t, "/fr")
	links := map[string]string{app.AllData: "footer .download a[download]"}
	for _, id := range chart.IDs() {
		links[id] = fmt.Sprintf(`[data-chart=%q] .chart__tools a[download$=".csv"]`, id)
	}
	for id, selector := range links {
		t.Run(id, func(t *testing.T) {
			got := tb.fetchLink(t, selector)
			for _, c := range []struct{ name, got, want string }{
				{"href", got.Href, app.DataPath(locale.FR, id, app.CSV)},
				{"download", got.Name, app.DataFileName(locale.FR, id, app.CSV)},
				{"Content-Type", got.Type, "text/csv; charset=utf-8"},
				{"Content-Disposition", got.Disposition, `attachment; filename="` + app.DataFileName(locale.FR, id, app.CSV) + `"`},
			} {
				if c.got != c.want {
					t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
				}
			}
			if got.Status != 200 || !got.BOM {
				t.Fatalf("status %d, byte order mark %v; want 200 and a mark", got.Status, got.BOM)
			}
			records, err := csv.NewReader(strings.NewReader(got.Text)).ReadAll()
			if err != nil {
				t.Fatalf("reading the file: %v\n%s", err, got.Text)
			}
			if want := download.Header(f, locale.FR); !slices.Equal(records[0], want) {
				t.Errorf("header row = %q, want the French %q", records[0], want)
			}
			var want []byte
			if id == app.AllData {
				want, err = download.All(f, locale.FR)
			} else {
				want, err = download.Chart(f, id, locale.FR)
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Text != strings.TrimPrefix(string(want), download.BOM) {
				t.Errorf("the file fetched differs from the chart's data:\n%s\nwant:\n%s", got.Text, want)
			}
		})
	}
	tb.noErrors(t)
}
