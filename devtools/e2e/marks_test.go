//go:build e2e

package e2e

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data/locale"
)

// groups are the ids of the page's groups of marks: the key figures and
// every chart, in page order.
func groups() []string { return append([]string{"keyfigures"}, chart.IDs()...) }

// markJS is an expression for the marks of a group, in order.
func markJS(group string) string {
	return `[...document.querySelector('[` + app.MarksAttr + `="` + group + `"]').querySelectorAll('.` + app.MarkClass + `')]`
}

// openCard is the id of the open card, or "".
const openCard = `(document.querySelector('.` + app.CardClass + `:popover-open') || {}).id || ''`

// TestMarksAnswer goes through every group of marks on a phone and a
// desktop, in two languages: one Tab stop; the arrows, Home and End move
// between its marks; Enter opens the mark's card, which holds the
// figure with its qualifier and the source's French sentence; Escape
// closes it and the focus is back on the mark; a click and a tap open a
// card, a click elsewhere closes it.
func TestMarksAnswer(t *testing.T) {
	for _, p := range []profile{phone, desktop} {
		for _, l := range []locale.Lang{locale.FR, locale.EN} {
			t.Run(p.name+"/"+string(l), func(t *testing.T) {
				tb := newTab(t, p, false)
				tb.navigate(t, "/"+string(l))
				tb.waitCharts(t, string(l))
				for _, g := range groups() {
					checkGroup(t, tb, p, l, g)
				}
				tb.noErrors(t)
			})
		}
	}
}

func checkGroup(t *testing.T, tb *tab, p profile, l locale.Lang, group string) {
	t.Helper()
	marks := markJS(group)
	n := tb.eval(t, `String(`+marks+`.length)`)
	if n == "0" {
		t.Errorf("%s: no marks", group)
		return
	}
	if got := tb.eval(t, `String(`+marks+`.filter(m => m.tabIndex === 0).length)`); got != "1" {
		t.Errorf("%s: %s Tab stops, want 1", group, got)
	}
	active := `(() => { const m = ` + marks + `; return String(m.indexOf(document.activeElement)); })()`
	tb.eval(t, marks+`[0].focus(); ''`)
	steps := []struct {
		key  string
		want string
	}{
		{kb.ArrowRight, "1"}, {kb.ArrowDown, "2"}, {kb.ArrowLeft, "1"}, {kb.End, fmt.Sprint(mustAtoi(n) - 1)}, {kb.Home, "0"},
	}
	if n == "1" {
		steps = []struct{ key, want string }{{kb.ArrowRight, "0"}, {kb.End, "0"}}
	}
	if n == "2" {
		steps[1].want = "1"
		steps[2].want = "0"
	}
	for _, s := range steps {
		tb.key(t, s.key)
		if got := tb.eval(t, active); got != s.want {
			t.Errorf("%s: after %q the focus is on mark %s, want %s", group, s.key, got, s.want)
		}
	}
	// Enter opens the first mark's card; Escape closes it.
	want := tb.eval(t, marks+`[0].getAttribute('popovertarget')`)
	tb.key(t, kb.Enter)
	if got := tb.eval(t, openCard); got != want {
		t.Errorf("%s: Enter opened %q, want %q", group, got, want)
	} else {
		checkCard(t, tb, group, want, l)
	}
	tb.key(t, kb.Escape)
	tb.expect(t, []check{
		{group + ": Escape closes the card", openCard, ""},
		{group + ": the focus is back on the mark", `String(document.activeElement === ` + marks + `[0])`, "true"},
	})
	// The last mark answers a click, or a tap on a phone; a click
	// elsewhere closes its card.
	last := marks + `[` + marks + `.length - 1]`
	want = tb.eval(t, last+`.getAttribute('popovertarget')`)
	at := tb.center(t, last)
	if p.phone {
		tb.tap(t, at)
	} else {
		tb.clickAt(t, at)
	}
	if got := tb.eval(t, openCard); got != want {
		under := tb.eval(t, fmt.Sprintf(`(() => { const e = document.elementFromPoint(%g, %g); return e ? e.outerHTML.slice(0, 120) : 'nothing'; })()`, at.X, at.Y))
		t.Errorf("%s: a %s at %v opened %q, want %q; there: %s", group, map[bool]string{true: "tap", false: "click"}[p.phone], at, got, want, under)
	}
	tb.eval(t, `scrollTo(0, 0); ''`)
	tb.clickAt(t, point{2, 2})
	if got := tb.eval(t, openCard); got != "" {
		t.Errorf("%s: a click elsewhere left %q open", group, got)
	}
}

// checkCard holds an open card to what it must say: its figure in words,
// qualifier included, and the source's sentence in French.
func checkCard(t *testing.T, tb *tab, group, card string, l locale.Lang) {
	t.Helper()
	text := tb.eval(t, `document.getElementById('`+card+`').textContent`)
	figures := strings.Fields(tb.eval(t, `document.querySelector('[popovertarget="`+card+`"]').getAttribute('`+app.FiguresAttr+`') || ''`))
	if group == "purchases" {
		// A category's card says that the source gives no amount.
		if want := facts.Texts.Purchases.Unknown.In(l); !strings.Contains(text, want) {
			t.Errorf("%s: card %s lacks %q: %q", group, card, want, text)
		}
	}
	for _, id := range figures {
		fig := facts.Figure(id)
		if fig == nil {
			t.Errorf("%s: card %s names figure %q, which the data lacks", group, card, id)
			continue
		}
		if want := fig.Format(l, locale.Long); !strings.Contains(text, want) {
			t.Errorf("%s: card %s lacks %q: %q", group, card, want, text)
		}
		if fig.Quote != "" {
			if got := tb.eval(t, `String(document.querySelector('#`+cssID(card)+` blockquote[lang="fr"]') !== null)`); got != "true" {
				t.Errorf("%s: card %s has no quote marked lang=fr", group, card)
			}
		}
	}
}

// TestMarksLightCounterparts hovers and focuses marks and checks which
// marks light up elsewhere on the page.
func TestMarksLightCounterparts(t *testing.T) {
	jltv := ""
	for _, c := range facts.Categories {
		if c.Figure == "purchases.jltv" {
			jltv = "purchases--" + c.ID
		}
	}
	programme := ""
	for _, e := range facts.Events {
		if e.Figure == "aid.programme" {
			programme = "timeline--" + e.ID
		}
	}
	tests := []struct {
		mark string
		lit  []string
	}{
		{"purchases.jltv", []string{jltv, "jltv--1", "jltv--key"}},
		{jltv, []string{"purchases.jltv", "jltv--1"}},
		{"purchases.total", []string{"timeline--purchases"}},
		{programme, []string{"aid.programme", "aid-programme--aid.programme"}},
		{"aid-programme--aid.programme", []string{"aid.programme", programme}},
		{"aid.direct", []string{"aid-channels--aid.direct"}},
		{"aid.multilateral", []string{"aid-channels--aid.multilateral"}},
	}
	tb := newTab(t, desktop, false)
	tb.navigate(t, "/en")
	tb.waitCharts(t, "en")
	for _, tt := range tests {
		for _, how := range []string{"focus", "hover"} {
			sel := `document.getElementById('` + tt.mark + `')`
			if how == "focus" {
				tb.eval(t, sel+`.focus(); ''`)
			} else {
				tb.eval(t, `document.activeElement.blur(); ''`)
				tb.move(t, tb.center(t, sel))
			}
			got := strings.Fields(tb.eval(t, `[...document.querySelectorAll('.is-lit')].map(m => m.id).join(' ')`))
			for _, want := range append(tt.lit, tt.mark) {
				if !slices.Contains(got, want) {
					t.Errorf("%s %s: lit %q, want %s among them", how, tt.mark, got, want)
				}
			}
			if slices.Contains(got, "aid.multilateral") && tt.mark == "aid.direct" {
				t.Errorf("%s %s lit another figure's mark", how, tt.mark)
			}
		}
	}
	// A lit bar is outlined by ECharts as well.
	tb.eval(t, `document.getElementById('aid.direct').focus(); ''`)
	tb.poll(t, "the bar is not lit", `[...document.querySelectorAll('[data-chart="aid-channels"] .`+app.SurfaceClass+` path')].some(p => +p.getAttribute('stroke-width') >= 2)`)
}

// TestMarksDeepLinks opens addresses that name a mark or a figure: the
// page, an embed and the presentation open its card, and the page keeps
// the open card in its address and its language links.
func TestMarksDeepLinks(t *testing.T) {
	tests := []struct {
		path, card string
	}{
		{"/en#purchases.jltv", "card--keyfigures--purchases.jltv"},
		{"/fr#aid-channels--aid.multilateral", "card--aid-channels--aid.multilateral"},
		{"/de/embed/jltv#purchases.jltv", "card--jltv--purchases.jltv"},
		{"/nl/embed#timeline--founding", "card--timeline--founding"},
		{"/en/present#aid-channels--aid.direct", "card--aid-channels--aid.direct"},
		{"/fr/present#purchases.total", "card--keyfigures--purchases.total"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			tb := newTab(t, desktop, false)
			tb.navigate(t, tt.path)
			if strings.Contains(tt.path, "/present") {
				tb.waitMounted(t)
			}
			tb.poll(t, "the card did not open", `document.getElementById('`+tt.card+`')?.matches(':popover-open') === true`)
			if got := tb.eval(t, `document.activeElement.getAttribute('popovertarget') || ''`); got != tt.card {
				t.Errorf("the focus is on %q, want the card's mark", got)
			}
			_, hash, _ := strings.Cut(tt.path, "#")
			if got := tb.eval(t, `decodeURIComponent(location.hash.slice(1))`); got != hash && !strings.Contains(tb.eval(t, `location.hash`), "--") {
				t.Errorf("the address's fragment is %q, want %q or its mark's", got, hash)
			}
			tb.noErrors(t)
		})
	}
	// A card opened on the page goes into the address and the language
	// links, and the other language's page opens it again.
	tb := newTab(t, phone, false)
	tb.navigate(t, "/en")
	tb.eval(t, `document.getElementById('aid.direct').click(); ''`)
	tb.expect(t, []check{
		{"the address names the mark", `location.hash`, "#aid.direct"},
		{"the language links keep it", `document.querySelector('.switcher a[lang="nl"]').hash`, "#aid.direct"},
	})
	tb.eval(t, `document.querySelector('.switcher a[lang="nl"]').click(); ''`)
	tb.poll(t, "the Dutch page did not open the card", `location.pathname === '/nl' && document.getElementById('card--keyfigures--aid.direct')?.matches(':popover-open') === true`)
	tb.key(t, kb.Escape)
	tb.poll(t, "closing the card left it in the address", `location.hash === ''`)
}

// TestMarksInPresentation: a presenter clicks a mark, whose card opens on
// the slide; the clicker's key closes it first, then turns the slide;
// the open card goes through a language switch.
func TestMarksInPresentation(t *testing.T) {
	tb := newTab(t, profile{"1080p", 1920, 1080, false}, false)
	slide := fmt.Sprint(slices.Index(app.SlideIDs(), "aid-channels"))
	tb.navigate(t, "/en/present?slide="+slide)
	tb.waitMounted(t)
	tb.poll(t, "the slide is not drawn", slideDrawn)
	tb.clickAt(t, tb.center(t, `document.getElementById('aid-channels--aid.direct')`))
	tb.poll(t, "the card did not open", `document.getElementById('card--aid-channels--aid.direct')?.matches(':popover-open') === true`)
	tb.poll(t, "the address does not name the mark", `location.hash === '#aid-channels--aid.direct'`)
	if got := tb.eval(t, `String(Math.round(parseFloat(getComputedStyle(document.querySelector('#card--aid-channels--aid\\.direct .chart-card__figure')).fontSize)))`); mustAtoi(got) < 40 {
		t.Errorf("the card's figure is %s px on a 1080p screen, want at least 40 to read from the room", got)
	}
	// The language switch keeps the slide and the card.
	tb.eval(t, `document.querySelector('.present__bar a[lang="fr"]').click(); ''`)
	tb.poll(t, "the French slide did not open the card", `location.pathname === '/fr/present' && document.getElementById('card--aid-channels--aid.direct')?.matches(':popover-open') === true`)
	tb.key(t, kb.PageDown)
	tb.poll(t, "the clicker did not close the card", `!document.querySelector('.chart-card:popover-open') && location.hash === ''`)
	if got := tb.eval(t, `new URLSearchParams(location.search).get('slide') || '0'`); got != slide {
		t.Errorf("closing the card moved to slide %s, want %s", got, slide)
	}
	tb.key(t, kb.PageDown)
	tb.poll(t, "the clicker did not turn the slide", `new URLSearchParams(location.search).get('slide') === '`+fmt.Sprint(mustAtoi(slide)+1)+`'`)
	tb.noErrors(t)
}

// TestTakeoverKeepsWhatTheReaderDid opens a data table and a card and
// focuses the table's summary while app.wasm loads: once it has taken
// the page over, all of it is as the reader left it.
func TestTakeoverKeepsWhatTheReaderDid(t *testing.T) {
	tb := newTab(t, desktop, false)
	release := tb.holdWasm(t)
	tb.navigate(t, "/en?wasm=idle")
	tb.waitCharts(t, "en")
	if tb.eval(t, `String(`+mounted+`)`) == "true" {
		t.Fatal("app.wasm mounted while held back: the test shows nothing")
	}
	tb.eval(t, `(() => {
		const d = document.querySelector('[data-chart="jltv"] details.datatable');
		d.open = true;
		d.querySelector('summary').focus();
		document.getElementById('card--aid-channels--aid.direct').showPopover();
		scrollTo({top: 1500, behavior: 'instant'});
		window.__at = scrollY;
		return '';
	})()`)
	release()
	tb.waitMounted(t)
	tb.poll(t, "the state did not come back", `document.querySelector('[data-chart="jltv"] details.datatable').open`)
	tb.await(t, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => r('')))))`)
	tb.expect(t, []check{
		{"the table is still open", `String(document.querySelector('[data-chart="jltv"] details.datatable').open)`, "true"},
		{"the focus is still on its summary", `String(document.activeElement === document.querySelector('[data-chart="jltv"] details.datatable summary'))`, "true"},
		{"the card is still open", openCard, "card--aid-channels--aid.direct"},
		{"the page has not moved", `String(Math.abs(scrollY - window.__at) <= 2)`, "true"},
	})
}

// point is a place on the screen, in CSS pixels.
type point struct{ X, Y float64 }

// center scrolls the element of a JavaScript expression into view and
// gives its center.
func (tb *tab) center(t *testing.T, el string) point {
	t.Helper()
	// Once any smooth scroll of the page has ended.
	s := tb.await(t, `(async () => {
		const e = `+el+`;
		const still = async () => {
			for (let last = NaN, same = 0; same < 3; ) {
				await new Promise(r => requestAnimationFrame(r));
				same = scrollY === last ? same + 1 : 0;
				last = scrollY;
			}
		};
		await still();
		e.scrollIntoView({block: 'center', behavior: 'instant'});
		await still();
		const r = e.getBoundingClientRect();
		return (r.left + r.width / 2) + ' ' + (r.top + r.height / 2);
	})()`)
	var p point
	fmt.Sscan(s, &p.X, &p.Y)
	return p
}

// clickAt clicks the mouse's main button at a point.
func (tb *tab) clickAt(t *testing.T, p point) {
	t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.MouseClickXY(p.X, p.Y)); err != nil {
		t.Fatal(err)
	}
}

// move moves the mouse to a point.
func (tb *tab) move(t *testing.T, p point) {
	t.Helper()
	if err := call(tb.ctx, input.DispatchMouseEvent, input.DispatchMouseEventParams{Type: input.DispatchMouseEventTypeMouseMoved, X: p.X, Y: p.Y}); err != nil {
		t.Fatal(err)
	}
}

// tap touches a point and lifts the finger.
func (tb *tab) tap(t *testing.T, p point) {
	t.Helper()
	touch := []*input.TouchPoint{{X: p.X, Y: p.Y}}
	for _, ev := range []input.DispatchTouchEventParams{
		{Type: input.DispatchTouchEventTypeTouchStart, TouchPoints: touch},
		{Type: input.DispatchTouchEventTypeTouchEnd, TouchPoints: []*input.TouchPoint{}},
	} {
		if err := call(tb.ctx, input.DispatchTouchEvent, ev); err != nil {
			t.Fatal(err)
		}
	}
}

// cssID escapes an id for a CSS selector.
func cssID(id string) string { return strings.ReplaceAll(id, ".", `\\.`) }

func mustAtoi(s string) int {
	var n int
	fmt.Sscan(s, &n)
	return n
}

// cardFits lists what of the open card does not fit a narrow screen: a
// card wider than the screen or out of it, text that runs out of its
// box.
const cardFits = `(() => {
	const c = document.querySelector('.` + app.CardClass + `:popover-open');
	if (!c) return 'no card open';
	const out = [];
	const r = c.getBoundingClientRect();
	if (r.left < 0 || r.right > innerWidth + 1) out.push(c.id + ' is out of the screen: ' + Math.round(r.left) + '–' + Math.round(r.right));
	if (c.scrollWidth > c.clientWidth + 1) out.push(c.id + ' scrolls sideways');
	for (const e of c.querySelectorAll('p, a, button, blockquote')) {
		if (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible') out.push(c.id + ': ' + e.textContent.trim().slice(0, 40));
	}
	return out.join('\n');
})()`

// TestCardsAtNarrowWidths opens the first card of every group at 320 px,
// in every language, plainly and under WCAG's text spacing: the card fits
// the screen, and no word in it (nor on the page) breaks.
func TestCardsAtNarrowWidths(t *testing.T) {
	for _, l := range locale.All {
		t.Run(string(l), func(t *testing.T) {
			tb := newTab(t, profile{"320", 320, 800, true}, false)
			tb.navigate(t, "/"+string(l))
			tb.waitCharts(t, string(l))
			for _, spacing := range []bool{false, true} {
				if spacing {
					tb.eval(t, textSpacing)
				}
				for _, g := range groups() {
					tb.eval(t, markJS(g)+`[0].click(); ''`)
					if got := tb.eval(t, cardFits); got != "" {
						t.Errorf("%s (text spacing %v): %s", g, spacing, got)
					}
					if got := tb.eval(t, wordsIntact); got != "" {
						t.Errorf("%s (text spacing %v), a card open:\n%s", g, spacing, got)
					}
				}
			}
		})
	}
}
