//go:build e2e

package e2e

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data/locale"
)

// TestPrintPaper prints the English and French pages, with their charts
// drawn, on A4 and on US Letter: in print, every section's heading and
// every key figure shows; each PDF is on that paper, has no page without
// text, nothing past the page's right edge, and no more pages than
// measured when the print layout was made (14 on A4 and 13 on Letter in
// English, 15 and 15 in French, before; 6 and 6, 7 and 7, after).
func TestPrintPaper(t *testing.T) {
	const most = 7
	for _, lang := range []string{"en", "fr"} {
		tb := newTab(t, desktop, false)
		tb.navigate(t, "/"+lang)
		tb.waitCharts(t, lang)
		for _, on := range []paper{a4, letter} {
			t.Run(lang+"/"+on.name, func(t *testing.T) {
				pages := tb.print(t, on)
				t.Logf("%d pages", len(pages))
				if len(pages) > most {
					t.Errorf("%d pages, want at most %d", len(pages), most)
				}
				checkPages(t, pages, on)
			})
		}
		if err := call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
			t.Fatal(err)
		}
		tb.expect(t, []check{
			{"headings not shown in print", `[...document.querySelectorAll('main section h2:not(.visually-hidden), main h3, .footer #sources')].filter(h => h.getClientRects().length === 0).map(h => h.textContent).join()`, ""},
			{"key figures not shown in print", `[...document.querySelectorAll('.keyfigure')].filter(k => k.getClientRects().length === 0 || k.textContent.trim() === '').map(k => k.dataset.figure).join()`, ""},
			{"key figures shown", `String(document.querySelectorAll('.keyfigure').length)`, fmt.Sprint(len(facts.KeyFigures))},
		})
		if err := call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{}); err != nil {
			t.Fatal(err)
		}
	}
}

// TestHandout prints the handout in every language on A4 and on US
// Letter: one page, with the title and the five key figures' qualified
// amounts and labels as the page writes them, and the aid chart's
// picture and the QR code loaded.
func TestHandout(t *testing.T) {
	for _, l := range locale.All {
		tb := newTab(t, desktop, false)
		tb.navigate(t, app.HandoutPath(l))
		tb.idle(t)
		tb.expect(t, []check{
			{"pictures loaded", `String([...document.querySelectorAll('.handout img')].filter(i => i.complete && i.naturalWidth > 0).length)`, "2"},
		})
		var figures []string
		for _, id := range facts.KeyFigures {
			fig := facts.Figure(id)
			h := fig.HeadlineParts(l)
			figures = append(figures, strings.Join(strings.Fields(h.Qualifier+" "+h.Amount+h.Per), " ")+" "+fig.Label.In(l))
		}
		tb.expect(t, []check{
			{"title", `document.querySelector('.handout h1').textContent`, facts.Texts.Site.Title.In(l)},
			{"key figures", `[...document.querySelectorAll('.handout__figure')].map(f => [f.querySelector('.keyfigure__value'), f.querySelector('.keyfigure__label')].map(e => e.textContent.split(/\s+/).join(' ')).join(' ')).join('|')`, strings.Join(figures, "|")},
		})
		for _, on := range []paper{a4, letter} {
			t.Run(string(l)+"/"+on.name, func(t *testing.T) {
				pages := tb.print(t, on)
				if len(pages) != 1 {
					t.Errorf("%d pages, want 1", len(pages))
				}
				checkPages(t, pages, on)
			})
		}
	}
}

// checkPages checks that every page is on the paper, has text, and has
// none past its right edge.
func checkPages(t *testing.T, pages []printed, on paper) {
	t.Helper()
	w, h := on.points()
	for i, p := range pages {
		if got := fmt.Sprintf("%.0f×%.0f", p.width, p.height); !near(p.width, w) || !near(p.height, h) {
			t.Errorf("page %d is %s points, want %d×%d", i+1, got, w, h)
		}
		if p.runs == 0 {
			t.Errorf("page %d is blank", i+1)
		}
		if p.right > p.width {
			t.Errorf("page %d has text up to %.0f points, past its width %.0f", i+1, p.right, p.width)
		}
	}
}

// near reports whether a size in points is the paper's, to the point.
func near(got float64, want int) bool { return got > float64(want)-1.5 && got < float64(want)+1.5 }
