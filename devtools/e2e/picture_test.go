//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// fetchedPicture is what the page learns of a chart's picture it fetches
// and decodes.
type fetchedPicture struct {
	Href        string `json:"href"`
	Name        string `json:"name"`
	Label       string `json:"label"`
	Status      int    `json:"status"`
	Type        string `json:"type"`
	Disposition string `json:"disposition"`
	// Width and Height are the PNG's, as createImageBitmap decodes it.
	Width  int `json:"width"`
	Height int `json:"height"`
	// Title is the SVG's <title>, as DOMParser reads it, and Texts its
	// <text> elements' words; Error a parser's error or a failed decoding.
	Title string   `json:"title"`
	Texts []string `json:"texts"`
	Error string   `json:"error"`
}

// fetchPicture finds the one link that selector matches on the page,
// fetches its address from the page and decodes the file there: a PNG
// with createImageBitmap, an SVG with DOMParser.
func (tb *tab) fetchPicture(t *testing.T, selector string) fetchedPicture {
	t.Helper()
	js := fmt.Sprintf(`(async () => {
		const links = document.querySelectorAll(%q);
		if (links.length !== 1) return JSON.stringify({href: links.length + ' links'});
		const a = links[0];
		const r = await fetch(a.href);
		const out = {
			href: a.getAttribute('href'), name: a.getAttribute('download'), label: a.getAttribute('aria-label'),
			status: r.status, type: r.headers.get('Content-Type'), disposition: r.headers.get('Content-Disposition'),
		};
		const blob = await r.blob();
		try {
			if (out.type === 'image/png') {
				const bitmap = await createImageBitmap(blob);
				out.width = bitmap.width;
				out.height = bitmap.height;
				bitmap.close();
			} else {
				const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
				const error = doc.querySelector('parsererror');
				if (error) out.error = error.textContent;
				out.title = doc.documentElement.querySelector(':scope > title')?.textContent ?? '';
				out.texts = [...doc.querySelectorAll('text')].map(t => [...t.querySelectorAll('tspan')].map(s => s.textContent).join(''));
			}
		} catch (e) {
			out.error = String(e);
		}
		return JSON.stringify(out);
	})()`, selector)
	var got fetchedPicture
	out, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("fetching the link %s: %v", selector, err)
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%s: %v", selector, err)
	}
	return got
}

// TestPictureDownloads finds, on the French page once app.wasm has taken
// it over, each chart's links to its picture as SVG and PNG, and fetches
// each from the page: an attachment under the chart's name, named in
// French for assistive technology, that the browser decodes: the PNG 1200
// px wide, the SVG with the chart's title as its <title> and among its
// texts.
func TestPictureDownloads(t *testing.T) {
	f, err := data.Load(chart.Needs()...)
	if err != nil {
		t.Fatal(err)
	}
	tb := newTab(t, desktop, false)
	tb.navigate(t, "/fr")
	for _, id := range chart.IDs() {
		title := f.Expand(f.Texts.Chart[id].Title, locale.FR)
		for _, c := range []struct{ format, typ, label string }{
			{app.SVG, "image/svg+xml", f.Texts.Download.SVG.In(locale.FR)},
			{app.PNG, "image/png", f.Texts.Download.PNG.In(locale.FR)},
		} {
			t.Run(id+"."+c.format, func(t *testing.T) {
				got := tb.fetchPicture(t, fmt.Sprintf(`[data-chart=%q] .chart__tools a[download$=".%s"]`, id, c.format))
				name := app.DataFileName(locale.FR, id, c.format)
				for _, h := range []struct{ name, got, want string }{
					{"href", got.Href, app.DataPath(locale.FR, id, c.format)},
					{"download", got.Name, name},
					{"aria-label", got.Label, c.label},
					{"Content-Type", got.Type, c.typ},
					{"Content-Disposition", got.Disposition, `attachment; filename="` + name + `"`},
				} {
					if h.got != h.want {
						t.Errorf("%s = %q, want %q", h.name, h.got, h.want)
					}
				}
				if got.Status != 200 || got.Error != "" {
					t.Fatalf("status %d, error %q; want 200 and a file that decodes", got.Status, got.Error)
				}
				if c.format == app.PNG {
					if got.Width != 1200 || got.Height < 300 {
						t.Errorf("the PNG is %d×%d, want 1200 px wide and at least 300 px tall", got.Width, got.Height)
					}
					return
				}
				found := false
				for _, s := range got.Texts {
					found = found || s == title
				}
				if got.Title != title || !found {
					t.Errorf("the SVG's title is %q and its texts %q; want %q in both", got.Title, got.Texts, title)
				}
			})
		}
	}
	tb.noErrors(t)
}
