//go:build e2e

package e2e

import (
	"net/url"
	"strconv"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestLanguages loads each language on a desktop: app.wasm mounts, every
// chart is drawn, the texts and numbers are in that language, nothing errs,
// and no request leaves the origin.
func TestLanguages(t *testing.T) {
	tests := []struct {
		lang, title, figure string
	}{
		{"fr", "La Belgique et les États-Unis, partenaires depuis 1830", "près de 2,5\u00a0Md\u00a0$"},
		{"nl", "België en de Verenigde Staten, partners sinds 1830", "bijna 2,5\u00a0mld. dollar"},
		{"de", "Belgien und die Vereinigten Staaten\u00a0– Partner seit 1830", "fast 2,5\u00a0Mrd. US-$"},
		{"en", "Belgium and the United States: partners since 1830", "nearly $2.5B"},
	}
	origin, _ := url.Parse(siteURL)
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			tb := newTab(t, desktop, false)
			tb.navigate(t, "/"+tt.lang)
			tb.waitMounted(t)
			tb.waitCharts(t, tt.lang)
			tb.expect(t, []check{
				{"language", `document.documentElement.lang`, tt.lang},
				{"title", `document.querySelector('h1').textContent`, tt.title},
				{"key figure", `document.querySelector('[data-figure="aid.direct"] .keyfigure__value').textContent`, tt.figure},
				{"ECharts drawings", `String(document.querySelectorAll('.chart__surface svg').length)`, strconv.Itoa(echartsCharts)},
				{"pictogram icons", `String(document.querySelectorAll('[data-chart="jltv"] .pictogram__grid use').length)`, "322"},
			})
			tb.noErrors(t)
			for _, r := range tb.reqs() {
				u, err := url.Parse(r)
				if err != nil || (u.Scheme != "data" && u.Scheme != "blob" && u.Host != origin.Host) {
					t.Errorf("request leaves the origin: %s", r)
				}
			}
		})
	}
}

// TestWithoutJavaScript checks the served page alone, as a reader without
// script gets it: every chart reads, the charts of amounts as the list of
// what they would draw, and no loader spins.
func TestWithoutJavaScript(t *testing.T) {
	tb := newTab(t, desktop, true)
	tb.navigate(t, "/en")
	tb.expect(t, []check{
		{"title", `document.querySelector('h1').textContent`, "Belgium and the United States: partners since 1830"},
		{"key figure", `document.querySelector('[data-figure="purchases.jltv"] .keyfigure__value').textContent`, "322"},
		{"every table", `String(document.querySelectorAll('.datatable table').length)`, strconv.Itoa(charts)},
		{"aid in its box", `(t => t.includes('Direct aid to Ukraine') && t.includes('nearly $2.5\u00a0billion') && t.includes('about $1.14\u00a0billion'))(document.querySelector('[data-chart="aid-channels"] .chart__canvas').innerText) ? 'yes' : 'no'`, "yes"},
		{"programme in its box", `String(document.querySelector('[data-chart="aid-programme"] .chart__canvas').innerText.split('more than $1.1\u00a0billion').length - 1)`, "5"},
		{"chart boxes not empty", `String([...document.querySelectorAll('.chart__canvas')].every(c => c.getBoundingClientRect().height > 40 && c.innerText.trim() !== ''))`, "true"},
		{"pictogram", `String(document.querySelectorAll('[data-chart="jltv"] .pictogram__grid use').length)`, "322"},
		{"tiles", `String(document.querySelectorAll('[data-chart="purchases"] .tile').length)`, "8"},
		{"timeline", `String(document.querySelectorAll('[data-chart="timeline"] .moment').length)`, "11"},
		{"no ECharts", `String(document.querySelectorAll('[data-chart] svg.echarts, .chart__surface').length)`, "0"},
		{"no loader", `(l => !l || getComputedStyle(l).display === 'none')(document.getElementById('app-wasm-loader')) ? 'hidden' : 'shown'`, "hidden"},
		{"embed codes in the page, at the public address", `String([...document.querySelectorAll('textarea.embedcode__code')].filter(c => c.value.includes('<iframe src="` + siteURL + `/en/embed')).length)`, strconv.Itoa(charts + 2)},
		{"no copy button without script", `String([...document.querySelectorAll('.embedcode__copy')].every(b => b.hidden))`, "true"},
	})
}

// TestInjection requests crafted paths that once put markup into the 404
// page: the page shows none of it and stays where it is.
func TestInjection(t *testing.T) {
	paths := []string{
		`/%22%3E%3Cmeta%20http-equiv=refresh%20content=0;url=/%5C127.0.0.1:1/pwned.html%3E`,
		`/en/%22%3E%3Ch1%20id=injected%3EEmbassy%20notice%3C/h1%3E`,
		`/%22%3E%3Cimg%20id=injected%20src=x%3E`,
	}
	for _, p := range paths {
		tb := newTab(t, phone, false)
		tb.navigate(t, p)
		if err := chromedp.Do(tb.ctx, chromedp.Sleep(500*1e6)); err != nil {
			t.Fatal(err)
		}
		tb.expect(t, []check{
			{"no injected element", `String(document.querySelectorAll('#injected, meta[http-equiv]').length)`, "0"},
			{"no notice", `String(document.body.innerText.includes('Embassy notice'))`, "false"},
			{"not sent elsewhere", `location.origin + location.pathname`, siteURL + p},
			{"the 404 page", `String(document.querySelector('.notfound') !== null)`, "true"},
		})
	}
}
