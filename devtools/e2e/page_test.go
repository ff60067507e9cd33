//go:build e2e

package e2e

import (
	"fmt"
	"net/url"
	"strconv"
	"testing"

	"github.com/be-us/partnership/data/locale"
)

// TestLanguages loads each language on a desktop: every
// chart is drawn, the texts and numbers are in that language, nothing errs,
// and no request leaves the origin.
func TestLanguages(t *testing.T) {
	var tests []struct{ lang, title, figure string }
	for _, l := range locale.All {
		tests = append(tests, struct{ lang, title, figure string }{string(l), facts.Texts.Site.Title.In(l), facts.Figure("aid.direct").Format(l, locale.Short)})
	}
	vehicles := strconv.Itoa(int(facts.Figure("purchases.jltv").Value))
	origin, _ := url.Parse(siteURL)
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			tb := newTab(t, desktop, false)
			tb.navigate(t, "/"+tt.lang)
			tb.waitCharts(t, tt.lang)
			tb.expect(t, []check{
				{"language", `document.documentElement.lang`, tt.lang},
				{"title", `document.querySelector('h1').textContent`, tt.title},
				{"key figure", `document.querySelector('[data-figure="aid.direct"] .keyfigure__value').textContent`, tt.figure},
				{"ECharts drawings", `String(document.querySelectorAll('.chart__surface svg').length)`, strconv.Itoa(echartsCharts)},
				{"pictogram icons", pictogramIcons, vehicles},
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
	en := locale.EN
	vehicles := strconv.Itoa(int(facts.Figure("purchases.jltv").Value))
	direct, multilateral, programme := facts.Figure("aid.direct"), facts.Figure("aid.multilateral"), facts.Figure("aid.programme")
	tb.expect(t, []check{
		{"title", `document.querySelector('h1').textContent`, facts.Texts.Site.Title.In(en)},
		{"key figure", `document.querySelector('[data-figure="purchases.jltv"] .keyfigure__value').textContent`, vehicles},
		{"every table", `String(document.querySelectorAll('.datatable table').length)`, strconv.Itoa(charts)},
		{"aid in its box", fmt.Sprintf(`(t => t.includes(%q) && t.includes(%q) && t.includes(%q))(document.querySelector('[data-chart="aid-channels"] .chart__canvas').innerText) ? 'yes' : 'no'`,
			direct.Label.In(en), direct.Format(en, locale.Short), multilateral.Format(en, locale.Short)), "yes"},
		{"programme in its box", fmt.Sprintf(`String(document.querySelector('[data-chart="aid-programme"] .chart__canvas').innerText.split(%q).length - 1)`, programme.Format(en, locale.Short)), "1"},
		{"chart boxes not empty", `String([...document.querySelectorAll('.chart__canvas')].every(c => c.getBoundingClientRect().height > 40 && c.innerText.trim() !== ''))`, "true"},
		{"pictogram", pictogramIcons, vehicles},
		{"tiles", `String(document.querySelectorAll('[data-chart="purchases"] .tile').length)`, strconv.Itoa(len(facts.Categories))},
		{"timeline", `String(document.querySelectorAll('[data-chart="timeline"] .moment').length)`, strconv.Itoa(len(facts.Events))},
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
		tb.idle(t)
		tb.expect(t, []check{
			{"no injected element", `String(document.querySelectorAll('#injected, meta[http-equiv]').length)`, "0"},
			{"no notice", `String(document.body.innerText.includes('Embassy notice'))`, "false"},
			{"not sent elsewhere", `location.origin + location.pathname`, siteURL + p},
			{"the 404 page", `String(document.querySelector('.notfound') !== null)`, "true"},
		})
	}
}

// pictogramIcons counts the icons the pictogram draws: each group is one
// <use> of the symbol of its size, whose own <use>s are its icons.
const pictogramIcons = `String([...document.querySelectorAll('[data-chart="jltv"] .pictogram__grid use')].reduce((n, u) => n + (document.querySelector(u.getAttribute('href'))?.querySelectorAll('use').length || 0), 0))`
