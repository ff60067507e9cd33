//go:build e2e

package e2e

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/be-us/partnership/data/locale"
)

// TestResizeRedraws draws the charts at one size, then changes the window
// (a phone turned, a window made full screen): each ECharts chart is drawn
// again at its box's new size.
func TestResizeRedraws(t *testing.T) {
	tb := newTab(t, profile{"narrow", 700, 900, false}, false)
	tb.navigate(t, "/en?wasm=off")
	tb.waitCharts(t, "en")
	const sizes = `[...document.querySelectorAll('.chart__canvas')].map(c => {
		const svg = c.querySelector('.chart__surface svg');
		return Math.round(c.getBoundingClientRect().width) + '=' + Math.round(svg.getBoundingClientRect().width);
	}).join(' ')`
	before := tb.eval(t, sizes)
	tb.resize(t, profile{"wide", 1600, 900, false})
	tb.poll(t, "charts not redrawn at the new size", `(() => {
		const all = [...document.querySelectorAll('.chart__canvas')];
		return `+sizes+` !== '`+before+`' && all.every(c => Math.abs(c.querySelector('.chart__surface svg').getBoundingClientRect().width - c.getBoundingClientRect().width) < 2);
	})()`)
	after := tb.eval(t, sizes)
	if before == after {
		t.Errorf("chart sizes did not change: %s", after)
	}
	for _, pair := range strings.Fields(after) {
		box, svg, _ := strings.Cut(pair, "=")
		if box != svg {
			t.Errorf("a chart is %s px wide in a %s px box", svg, box)
		}
	}
}

// wordsIntact is a script that lists what is broken or cut on the page:
// a word of the page's text that runs over two lines, a chart label that
// is not made of whole words of the chart's labels, a label outside its
// drawing, and the page's own width when it scrolls sideways.
const wordsIntact = `(() => {
	const problems = [];
	if (document.documentElement.scrollWidth > innerWidth) problems.push('page is ' + document.documentElement.scrollWidth + ' px wide');
	const walker = document.createTreeWalker(document.querySelector('.page'), NodeFilter.SHOW_TEXT);
	const range = document.createRange();
	// A word is the run between spaces and hyphens: a line may end after
	// a hyphen, as in print. Two parts of one word are on two lines when
	// their boxes do not overlap in height.
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		const el = n.parentElement;
		if (!el || el.closest('svg, script, noscript, .visually-hidden')) continue;
		if (!el.getClientRects().length) continue;
		const text = n.textContent;
		const re = /[^\s\-‐‑–—]+/g;
		let m;
		while ((m = re.exec(text))) {
			range.setStart(n, m.index);
			range.setEnd(n, m.index + m[0].length);
			// A long compound may be hyphenated (hyphenate-limit-chars).
			if (m[0].length >= 14) continue;
			const rects = [...range.getClientRects()].filter(r => r.width > 0);
			if (rects.some(a => rects.some(b => a.bottom <= b.top + 1))) problems.push('word broken: ' + m[0]);
		}
	}
	for (const fig of document.querySelectorAll('figure[data-chart]')) {
		const source = fig.querySelector('script.chart__option');
		const svg = fig.querySelector('.chart__surface svg');
		if (!source || !svg) continue;
		const labels = JSON.stringify(JSON.parse(source.textContent)).replace(/\{[a-z]\|/g, ' ').replace(/\\n/g, ' ');
		const words = new Set(labels.split(/[\s"}]+/));
		const box = svg.getBoundingClientRect();
		const texts = [...svg.querySelectorAll('text')].filter(t => t.textContent.trim());
		texts.forEach((a, i) => texts.slice(i + 1).forEach(b => {
			const r = a.getBoundingClientRect(), s = b.getBoundingClientRect();
			if (r.left < s.right - 1 && s.left < r.right - 1 && r.top < s.bottom - 1 && s.top < r.bottom - 1) {
				problems.push(fig.dataset.chart + ': labels overlap: ' + a.textContent + ' / ' + b.textContent);
			}
		}));
		for (const t of texts) {
			for (const w of t.textContent.split(/\s+/).filter(Boolean)) {
				if (!words.has(w)) problems.push(fig.dataset.chart + ': label cut: ' + w);
			}
			const r = t.getBoundingClientRect();
			if (r.width && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)) {
				problems.push(fig.dataset.chart + ': label outside its chart: ' + t.textContent);
			}
		}
	}
	return problems.join('\n');
})()`

// TestNoBrokenWords loads every language at phone, tablet, desktop and
// wall-screen widths, with every data table open: no text is cut or broken
// inside a word, no chart label collides with its edge, and nothing scrolls
// sideways.
func TestNoBrokenWords(t *testing.T) {
	widths := []int64{300, 320, 360, 768, 1280, 1920}
	for _, l := range locale.All {
		for _, w := range widths {
			t.Run(fmt.Sprintf("%s/%d", l, w), func(t *testing.T) {
				p := profile{strconv.FormatInt(w, 10), w, 900, w < 768}
				if w == 1920 {
					p.height = 1080
				}
				tb := newTab(t, p, false)
				tb.navigate(t, "/"+string(l)+"?wasm=off")
				tb.waitCharts(t, string(l))
				tb.eval(t, `document.querySelectorAll('details').forEach(d => d.open = true); ''`)
				tb.quiet(t)
				if got := tb.eval(t, wordsIntact); got != "" {
					t.Errorf("at %d px:\n%s", w, got)
				}
			})
		}
	}
}

// TestPictogramFitsLandscape turns a phone on its side: the pictogram is
// no taller than the screen, and its groups do not touch nor lose their
// shape (the icons of a group are apart in its symbol).
func TestPictogramFitsLandscape(t *testing.T) {
	tb := newTab(t, profile{"landscape", 915, 412, true}, false)
	tb.navigate(t, "/de")
	tb.waitCharts(t, "de")
	tb.expect(t, []check{
		{"height", `String(document.querySelector('.pictogram__grid').getBoundingClientRect().height <= innerHeight)`, "true"},
		{"groups apart", `(() => {
			const groups = [...document.querySelectorAll('.pictogram__group')].map(s => s.getBoundingClientRect());
			return String(groups.every((a, i) => groups.every((b, j) => i === j || a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top)));
		})()`, "true"},
		{"groups keep their shape", `String([...document.querySelectorAll('.pictogram__group')].every(s => {
			const r = s.getBoundingClientRect(), v = s.viewBox.baseVal;
			return r.width > 0 && Math.abs(r.width / r.height - v.width / v.height) < 0.02 * v.width / v.height;
		}))`, "true"},
	})
}

// barsInTracks lists each chart of bars whose ECharts bars are not in
// the tracks the page lays out under their names and amounts, or "".
const barsInTracks = `[...document.querySelectorAll('.chart__canvas')].map(c => {
	const tracks = [...c.querySelectorAll('.bar__track')].map(t => t.getBoundingClientRect());
	const bars = [...c.querySelectorAll('.chart__surface svg path')].map(p => p.getBoundingClientRect()).filter(r => r.height > 0);
	const off = tracks.length !== bars.length || tracks.some((t, i) => Math.abs(t.top - bars[i].top) > 1 || Math.abs(t.height - bars[i].height) > 1 || Math.abs(t.left - bars[i].left) > 1);
	return off ? c.closest('[data-chart]').dataset.chart + ': tracks ' + tracks.map(t => Math.round(t.top) + '+' + Math.round(t.height)) + ', bars ' + bars.map(b => Math.round(b.top) + '+' + Math.round(b.height)) : '';
}).filter(Boolean).join('; ')`

// TestBarsInTracks draws the charts of bars on a phone and a desktop, in
// the language with the longest names, and with larger text: each bar is
// drawn in its track, under its name and amount.
func TestBarsInTracks(t *testing.T) {
	for _, p := range []profile{phone, desktop} {
		t.Run(p.name, func(t *testing.T) {
			tb := newTab(t, p, false)
			tb.navigate(t, "/de?wasm=off")
			tb.waitCharts(t, "de")
			if got := tb.eval(t, barsInTracks); got != "" {
				t.Errorf("bars out of their tracks: %s", got)
			}
			tb.eval(t, `document.documentElement.style.fontSize = '150%'; ''`)
			tb.poll(t, "bars in their tracks with larger text", barsInTracks+` === ''`)
		})
	}
}
