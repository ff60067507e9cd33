//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data/locale"
)

// ground is the page's background colour in each theme.
var ground = map[string]string{"light": "rgb(255, 255, 255)", "dark": "rgb(14, 21, 32)"}

// TestThemeToggle switches the theme with the page's button, on a phone
// and on a desktop with app.wasm asked for: the page and its charts
// change colours, the button then names the other theme, and the choice
// outlives a reload.
func TestThemeToggle(t *testing.T) {
	for _, p := range []profile{phone, desktop} {
		t.Run(p.name, func(t *testing.T) {
			tb := newTab(t, p, false)
			if p.phone {
				tb.navigate(t, "/en")
			} else {
				tb.navigate(t, "/en?wasm=now")
				tb.waitMounted(t)
			}
			tb.waitCharts(t, "en")
			barBefore := tb.eval(t, `getComputedStyle(document.querySelector('.chart__surface svg path')).fill`)
			tb.expect(t, []check{
				{"the ground", `getComputedStyle(document.body).backgroundColor`, ground["light"]},
				{"the button's name", `[...document.querySelectorAll('.masthead [data-theme-toggle] span > span')].filter(s => s.parentElement.offsetParent).map(s => s.textContent).join()`, facts.Texts.Site.Dark.In(locale.EN)},
			})
			tb.click(t, `.masthead [`+app.ThemeToggleAttr+`]`)
			tb.poll(t, "the charts take the dark theme", `getComputedStyle(document.querySelector('.chart__surface svg path')).fill !== `+fmt.Sprintf("%q", barBefore))
			tb.expect(t, []check{
				{"the theme", `document.documentElement.dataset.theme`, "dark"},
				{"the ground", `getComputedStyle(document.body).backgroundColor`, ground["dark"]},
				{"the button's name", `[...document.querySelectorAll('.masthead [data-theme-toggle] span > span')].filter(s => s.parentElement.offsetParent).map(s => s.textContent).join()`, facts.Texts.Site.Light.In(locale.EN)},
			})
			tb.navigate(t, "/en")
			tb.waitCharts(t, "en")
			tb.expect(t, []check{{"the theme after a reload", `getComputedStyle(document.body).backgroundColor`, ground["dark"]}})
			tb.click(t, `.masthead [`+app.ThemeToggleAttr+`]`)
			tb.expect(t, []check{{"the theme switched back", `getComputedStyle(document.body).backgroundColor`, ground["light"]}})
			tb.noErrors(t)
		})
	}
}

// TestThemeQuery opens the page and the presentation with ?theme=dark:
// both are dark whatever the kept choice, the language links keep the
// query, and the choice kept before is still there without it.
func TestThemeQuery(t *testing.T) {
	tb := newTab(t, phone, false)
	tb.navigate(t, "/en")
	tb.eval(t, `localStorage.setItem('be-us:theme', 'light'); ''`)
	for _, path := range []string{"/en?theme=dark", "/en/present?theme=dark"} {
		tb.navigate(t, path)
		tb.expect(t, []check{
			{path + ": the ground", `getComputedStyle(document.body).backgroundColor`, ground["dark"]},
			{path + ": the Dutch link", `new URL(document.querySelector('.switcher a[lang="nl"]').href).search`, "?theme=dark"},
		})
	}
	tb.navigate(t, "/en")
	tb.expect(t, []check{{"the kept choice without the query", `getComputedStyle(document.body).backgroundColor`, ground["light"]}})
}

// click clicks the first element that matches a selector, as a reader
// does, with the mouse.
func (tb *tab) click(t *testing.T, selector string) {
	t.Helper()
	js := fmt.Sprintf(`(() => { const e = document.querySelector(%q); e.scrollIntoView({block: 'center', behavior: 'instant'}); const r = e.getBoundingClientRect(); return {X: r.left + r.width / 2, Y: r.top + r.height / 2}; })()`, selector)
	at, err := chromedp.Run(tb.ctx, chromedp.Evaluate[struct{ X, Y float64 }](js))
	if err != nil {
		t.Fatalf("finding %s: %v", selector, err)
	}
	if err := chromedp.Do(tb.ctx, chromedp.MouseClickXY(at.X, at.Y)); err != nil {
		t.Fatalf("click %s: %v", selector, err)
	}
}

// TestPrint prints the French page (emulated print media, then a PDF):
// every section in order, every chart, mark and data table shown, no
// other button, and the sources' addresses written out.
func TestPrint(t *testing.T) {
	tb := newTab(t, desktop, false)
	tb.navigate(t, "/fr")
	tb.waitCharts(t, "fr")
	if err := call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	tb.expect(t, []check{
		{"charts shown", `String([...document.querySelectorAll('figure[data-chart]')].filter(f => f.getBoundingClientRect().height > 50).length)`, fmt.Sprint(charts)},
		{"tables shown", `String([...document.querySelectorAll('.datatable table')].filter(t => t.getBoundingClientRect().height > 0).length)`, fmt.Sprint(charts)},
		{"buttons hidden", `String([...document.querySelectorAll('button:not(.` + app.MarkClass + `), summary, .switcher')].filter(b => b.getClientRects().length > 0).length)`, "0"},
		{"every mark printed", `String([...document.querySelectorAll('.` + app.MarkClass + `')].every(m => m.getClientRects().length > 0 && m.textContent.trim() !== ''))`, "true"},
		{"sections in order", `[...document.querySelectorAll('main > section, main .section')].map(s => s.id).filter(Boolean).join(' ')`, tb.eval(t, `[...document.querySelectorAll('main > section, main .section')].map(s => s.id).filter(Boolean).join(' ')`)},
		{"charts within the page", `String([...document.querySelectorAll('figure[data-chart]')].every(f => f.getBoundingClientRect().right <= document.documentElement.clientWidth + 1))`, "true"},
		{"the sources link readable", `getComputedStyle(document.querySelector('.masthead__sources')).color`, "rgb(22, 25, 31)"},
	})
	if got := tb.eval(t, `[...document.querySelectorAll('.sources a[href^="http"], .footer a[href^="http"]')].map(a => getComputedStyle(a, '::after').content).filter(c => !c.includes('http')).join()`); got != "" {
		t.Errorf("sources' addresses not printed: %s", got)
	}
	// On US Letter, the reader's paper in the United States: the page
	// takes it, as it would take A4.
	res, err := chromedp.Call(tb.ctx, page.PrintToPDF, page.PrintToPDFParams{PreferCSSPageSize: new(true), PaperWidth: 8.5, PaperHeight: 11})
	if err != nil {
		t.Fatalf("printing to PDF: %v", err)
	}
	if !strings.HasPrefix(string(res.Data), "%PDF") {
		t.Errorf("printing gave %d bytes that are no PDF", len(res.Data))
	}
	if !strings.Contains(string(res.Data), "/MediaBox [0 0 612 792]") {
		t.Errorf("the printed pages are not US Letter (612 × 792 points)")
	}
}

// TestKeyboard goes through the French page with Tab alone, as served
// and after app.wasm took it over: first the skip link, the languages,
// the theme and the sources; then the key figures and every chart, one
// Tab stop each (their marks), in the page's order, each with a visible
// focus ring; no element twice before the end. Enter opens a data table
// and Escape closes an embed code.
func TestKeyboard(t *testing.T) {
	for _, path := range []string{"/fr", "/fr?wasm=now"} {
		t.Run(path, func(t *testing.T) { keyboard(t, path) })
	}
}

func keyboard(t *testing.T, path string) {
	tb := newTab(t, desktop, false)
	tb.navigate(t, path)
	if strings.Contains(path, "wasm=now") {
		tb.waitMounted(t)
	}
	tb.waitCharts(t, "fr")
	var order []string
	seen := map[string]bool{}
	for range 80 {
		tb.key(t, kb.Tab)
		got := tb.eval(t, `(() => {
			const e = document.activeElement;
			if (!e || e === document.body) return '';
			const ring = getComputedStyle(e).outlineStyle !== 'none' || getComputedStyle(e).boxShadow !== 'none';
			const name = e.matches('[data-chart] .`+app.MarkClass+`') ? 'chart:' + e.closest('[data-chart]').dataset.chart
				: e.matches('.`+app.MarkClass+`') ? 'marks:' + e.closest('[`+app.MarksAttr+`]').getAttribute('`+app.MarksAttr+`')
				: e.matches('.switcher a') ? 'lang:' + e.lang
				: e.matches('[data-theme-toggle]') ? 'theme'
				: e.matches('.skip') ? 'skip'
				: e.matches('.masthead__sources') ? 'sources'
				: e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : '');
			return name + (ring ? '' : ' (no ring)') + '|' + (e.id || '') + (e.closest('[data-chart]')?.dataset.chart || '') + e.outerHTML.length + e.textContent.slice(0, 20);
		})()`)
		if got == "" || seen[got] {
			break
		}
		seen[got] = true
		name, _, _ := strings.Cut(got, "|")
		order = append(order, name)
	}
	want := []string{"skip", "lang:fr", "lang:nl", "lang:de", "lang:en", "theme", "sources", "marks:keyfigures"}
	if len(order) < len(want) || strings.Join(order[:len(want)], " ") != strings.Join(want, " ") {
		t.Errorf("Tab order starts %q, want %q", order[:min(len(order), len(want))], want)
	}
	var drawings []string
	for _, o := range order {
		if strings.Contains(o, "(no ring)") {
			t.Errorf("%s has no visible focus ring", o)
		}
		if strings.HasPrefix(o, "chart:") {
			drawings = append(drawings, strings.TrimPrefix(o, "chart:"))
		}
	}
	wantCharts := strings.Fields(tb.eval(t, `[...document.querySelectorAll('figure[data-chart]')].map(f => f.dataset.chart).join(' ')`))
	if strings.Join(drawings, " ") != strings.Join(wantCharts, " ") {
		t.Errorf("Tab reaches the drawings %q, want every chart in order %q", drawings, wantCharts)
	}
	// Enter on a table's summary opens it; Escape in an embed code closes it.
	tb.eval(t, `document.querySelector('.datatable summary').focus(); ''`)
	tb.key(t, kb.Enter)
	tb.expect(t, []check{{"Enter opens the table", `String(document.querySelector('.datatable').open)`, "true"}})
	const code = `document.querySelector('details[data-embed]')`
	tb.eval(t, code+`.querySelector('summary').focus(); ''`)
	tb.key(t, kb.Enter)
	tb.eval(t, code+`.querySelector('textarea').focus(); ''`)
	tb.key(t, kb.Escape)
	tb.expect(t, []check{
		{"Escape closes the embed code", `String(` + code + `.open)`, "false"},
		{"focus back on its summary", `String(document.activeElement === ` + code + `.querySelector('summary'))`, "true"},
	})
}

// key presses and releases a key (a kb constant).
func (tb *tab) key(t *testing.T, key string) {
	t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.KeyEvent(key)); err != nil {
		t.Fatal(err)
	}
}

// textSpacing is WCAG 1.4.12's test: the spacing a reader may impose.
const textSpacing = `(() => { const s = document.createElement('style');
	s.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
	document.head.appendChild(s); })(); ''`

// overflows lists the elements whose text runs out of their box, and
// whether the page scrolls sideways.
const overflows = `(() => {
	const out = [];
	if (document.documentElement.scrollWidth > innerWidth) out.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
	for (const e of document.querySelectorAll('h1, h2, h3, p, li, th, td, summary, a, button')) {
		if (!e.getClientRects().length || e.closest('.visually-hidden, noscript, .datatable__scroll')) continue;
		if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible') out.push(e.tagName + ': ' + e.textContent.trim().slice(0, 40));
		const r = e.getBoundingClientRect();
		if (r.right > innerWidth + 1) out.push(e.tagName + ' past the edge: ' + e.textContent.trim().slice(0, 40));
	}
	return out.join('\n');
})()`

// TestTextSpacingAndForcedColors imposes WCAG's text spacing at 320 px in
// every language, then Windows' forced colours: nothing runs out of its
// box or off the screen, and under forced colours the charts' text and
// marks take the system's text colour and the current language keeps a
// border.
func TestTextSpacingAndForcedColors(t *testing.T) {
	for _, l := range locale.All {
		t.Run(string(l), func(t *testing.T) {
			tb := newTab(t, profile{"320", 320, 800, true}, false)
			tb.navigate(t, "/"+string(l))
			tb.waitCharts(t, string(l))
			tb.eval(t, textSpacing)
			tb.quiet(t)
			if got := tb.eval(t, overflows); got != "" {
				t.Errorf("with text spacing at 320 px:\n%s", got)
			}
			if err := call(tb.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "forced-colors", Value: "active"}}}); err != nil {
				t.Fatal(err)
			}
			text := tb.eval(t, `getComputedStyle(document.body).color`)
			tb.expect(t, []check{
				{"bars in the system's text colour", `[...document.querySelectorAll('.chart__surface svg path[fill]:not([fill="none"])')].every(p => getComputedStyle(p).fill === getComputedStyle(document.body).color) ? 'yes' : getComputedStyle(document.querySelector('.chart__surface svg path[fill]')).fill`, "yes"},
				{"the current language bordered", `getComputedStyle(document.querySelector('.switcher a.is-current')).borderTopStyle`, "solid"},
			})
			if text == "" {
				t.Error("no text colour under forced colours")
			}
		})
	}
}

// TestKeyFigureGrid lays the five key figures out at 600, 768 and 1024 px:
// every row of cards fills the grid's width, so no slot is left empty.
func TestKeyFigureGrid(t *testing.T) {
	for _, w := range []int64{600, 768, 1024} {
		tb := newTab(t, profile{fmt.Sprint(w), w, 900, false}, false)
		tb.navigate(t, "/nl?wasm=off")
		got := tb.eval(t, `(() => {
			const grid = document.querySelector('.keyfigures__grid').getBoundingClientRect();
			const rows = new Map();
			for (const c of document.querySelectorAll('.keyfigure')) {
				const r = c.getBoundingClientRect();
				const row = rows.get(Math.round(r.top)) || { left: Infinity, right: -Infinity };
				row.left = Math.min(row.left, r.left); row.right = Math.max(row.right, r.right);
				rows.set(Math.round(r.top), row);
			}
			return [...rows.values()].filter(r => r.left > grid.left + 1 || r.right < grid.right - 1).length + ' of ' + rows.size;
		})()`)
		if !strings.HasPrefix(got, "0 of") {
			t.Errorf("at %d px, %s rows of key figures leave a slot empty", w, got)
		}
	}
}

// TestLanguageSwitchAnnounced switches the page to Dutch after app.wasm
// has taken over (asked for with ?wasm=now), from the keyboard: the focus
// goes to the page's main heading and the polite live region says the
// page is now in Dutch.
func TestLanguageSwitchAnnounced(t *testing.T) {
	tb := newTab(t, desktop, false)
	tb.navigate(t, "/fr?wasm=now")
	tb.waitMounted(t)
	tb.eval(t, `document.querySelector('.masthead .switcher a[lang="nl"]').focus(); ''`)
	tb.key(t, kb.Enter)
	tb.poll(t, "the switch to Dutch", `document.documentElement.lang === 'nl' && document.activeElement && document.activeElement.tagName === 'H1'`)
	tb.expect(t, []check{
		{"the announcement", `document.getElementById('` + app.AnnounceID + `').textContent`, facts.Texts.Site.Switched.In(locale.NL)},
		{"the region is polite", `document.getElementById('` + app.AnnounceID + `').getAttribute('aria-live')`, "polite"},
		{"the heading is in Dutch", `document.activeElement.textContent`, facts.Texts.Site.Title.In(locale.NL)},
	})
}

// TestStatementFromPage follows the footer's link to the accessibility
// statement from a page app.wasm runs (?wasm=now): the statement comes
// from the server, whole, and app.wasm does not take it over.
func TestStatementFromPage(t *testing.T) {
	tb := newTab(t, desktop, false)
	tb.navigate(t, "/en?wasm=now")
	tb.waitMounted(t)
	tb.click(t, `.footer__statement a`)
	tb.poll(t, "the statement", `location.pathname === '/en/accessibility' && !!document.querySelector('.statement h2')`)
	tb.expect(t, []check{
		{"its title", `document.querySelector('.statement h2').textContent`, "Accessibility statement"},
		{"app.wasm left it", `document.documentElement.dataset.app || 'off'`, "off"},
	})
	tb.noErrors(t)
}

// keyFigureSizes measures the key figures against the section headings
// and the masthead: the five sizes, the largest heading's, whether each
// amount stands inside its card, whether each qualifier has a line of
// its own, and the gap between the masthead and the first card.
const keyFigureSizes = `JSON.stringify((() => {
	const px = e => parseFloat(getComputedStyle(e).fontSize);
	const values = [...document.querySelectorAll('.keyfigure__value')];
	const outside = [...document.querySelectorAll('.keyfigure__amount')].filter(a => {
		const r = a.getBoundingClientRect(), c = a.closest('.keyfigure').getBoundingClientRect();
		return r.left < c.left || r.right > c.right;
	}).length;
	const ownLine = [...document.querySelectorAll('.keyfigure__qualifier')].every(q => {
		const a = q.parentElement.querySelector('.keyfigure__amount');
		const qr = q.getBoundingClientRect();
		return a.getBoundingClientRect().top > qr.top + qr.height / 2 && qr.height < 1.6 * parseFloat(getComputedStyle(q).fontSize);
	});
	return {
		sizes: values.map(px),
		heading: Math.max(...[...document.querySelectorAll('.section h2')].map(px)),
		outside, ownLine,
		gap: document.querySelector('.keyfigure').getBoundingClientRect().top - document.querySelector('.masthead').getBoundingClientRect().bottom,
	};
})())`

// TestNumbersLead measures the key figures at 360, 1280 and 3840 px in
// every language: all five in one size, at least a section heading's on a
// phone and a quarter larger on a desktop; each amount inside its card,
// each qualifier on one line of its own above it, and the cards below the
// masthead.
func TestNumbersLead(t *testing.T) {
	for _, p := range []struct {
		profile profile
		ratio   float64
	}{
		{profile{"360", 360, 800, true}, 1},
		{profile{"1280", 1280, 900, false}, 1.25},
		{profile{"3840", 3840, 2160, false}, 1.25},
	} {
		tb := newTab(t, p.profile, false)
		for _, l := range locale.All {
			tb.navigate(t, "/"+string(l)+"?wasm=off")
			var got struct {
				Sizes   []float64
				Heading float64
				Outside int
				OwnLine bool
				Gap     float64
			}
			if err := json.Unmarshal([]byte(tb.eval(t, keyFigureSizes)), &got); err != nil {
				t.Fatal(err)
			}
			if len(got.Sizes) != 5 || slices.Min(got.Sizes) != slices.Max(got.Sizes) {
				t.Errorf("%s at %s px: key figure sizes %v, want five of one size", l, p.profile.name, got.Sizes)
				continue
			}
			if size := got.Sizes[0]; size < p.ratio*got.Heading {
				t.Errorf("%s at %s px: key figures %.1f px, headings %.1f px; want at least %.2f× the headings", l, p.profile.name, size, got.Heading, p.ratio)
			}
			if got.Outside != 0 || !got.OwnLine {
				t.Errorf("%s at %s px: %d amounts outside their card, qualifiers on their own line %v; want 0, true", l, p.profile.name, got.Outside, got.OwnLine)
			}
			if got.Gap < 0 {
				t.Errorf("%s at %s px: the first card starts %.0f px inside the masthead, want below it", l, p.profile.name, -got.Gap)
			}
		}
	}
}

// textSizes are the sizes, in CSS pixels, of the page's kinds of text.
const textSizes = `JSON.stringify(['body', '.masthead h1', '.masthead .lead', '.section h2', '.section .lead', '.chart__title', '.card h3'].map(s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize)))`

// TestZoomScalesText zooms a 1280 px screen to 200 %, which lays the page
// out 640 CSS pixels wide at twice the pixels: every kind of text keeps
// its size in CSS pixels, so it is twice as large on the screen.
func TestZoomScalesText(t *testing.T) {
	sizes := func(p profile) []float64 {
		tb := newTab(t, p, false)
		tb.navigate(t, "/en?wasm=off")
		var got []float64
		if err := json.Unmarshal([]byte(tb.eval(t, textSizes)), &got); err != nil {
			t.Fatal(err)
		}
		return got
	}
	plain := sizes(profile{"1280", 1280, 900, false})
	zoomed := sizes(profile{"1280 at 200 %", 640, 450, false})
	for i := range plain {
		if zoomed[i] != plain[i] {
			t.Errorf("text %d: %.1f px at 100 %%, %.1f CSS px at 200 %% (%.2f× on the screen), want twice as large", i, plain[i], zoomed[i], 2*zoomed[i]/plain[i])
		}
	}
}
