//go:build e2e

package e2e

import (
	"fmt"
	"html"
	"math"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/server"
)

// embedded are the embeds of the host page: two charts, one drawn by
// ECharts and one by Go, then the whole infographic.
var embedded = []string{"aid-channels", "jltv", ""}

// codes are the embed codes of the embeds, as the page gives them, for
// the site at origin.
func codes(t *testing.T, origin string, l locale.Lang, ids ...string) []string {
	t.Helper()
	f, err := data.Load(chart.Needs()...)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, id := range ids {
		out = append(out, app.EmbedSnippet(app.Site{PublicURL: origin}, l, id, app.EmbedTitle(f, l, id), app.EmbedHeight(id)))
	}
	return out
}

// frameSize is a frame's height as the host page lays it out, and its
// document's content height and widths, as the frame measures them.
type frameSize struct {
	frame, content, scroll, inner float64
	lang                          string
	wide                          bool
}

// measureFrames returns, once every frame of the host page has loaded and
// been sized, each frame's size by its address; a frame it cannot read
// (between two documents) is left out.
func measureFrames(t *testing.T, tb *tab, want int) map[string]frameSize {
	t.Helper()
	tb.poll(t, "the host script did not size every frame",
		fmt.Sprintf(`[...document.querySelectorAll('iframe')].filter(f => f.dataset.beUsId && f.style.height).length === %d`, want))
	sizes := map[string]frameSize{}
	for _, info := range tb.framesAt(t, siteURL) {
		path := strings.TrimPrefix(info.URL, siteURL)
		if i := strings.IndexAny(path, "?#"); i >= 0 {
			path = path[:i]
		}
		ctx := tb.frame(t, info.TargetID)
		type measures struct {
			Content, Scroll, Inner float64
			Lang                   string
			Wide                   bool
		}
		got, err := chromedp.Run(ctx, chromedp.Evaluate[measures](`({
			content: document.documentElement.getBoundingClientRect().height,
			scroll: document.documentElement.scrollHeight,
			inner: innerHeight,
			lang: document.documentElement.lang,
			wide: document.documentElement.scrollWidth > document.documentElement.clientWidth,
		})`))
		if err != nil {
			continue // a frame between two documents: measured next time
		}
		// The frame's address after a language switch is no longer its
		// src: it is found by what it embeds, the path after the language.
		frame := tb.eval(t, fmt.Sprintf(`String([...document.querySelectorAll('iframe')].find(f => new URL(f.src).pathname.replace(/^\/[a-z]{2}/, '') === %q).getBoundingClientRect().height)`,
			path[3:]))
		var fh float64
		fmt.Sscan(frame, &fh)
		sizes[path] = frameSize{frame: fh, content: got.Content, scroll: got.Scroll, inner: got.Inner, lang: got.Lang, wide: got.Wide}
	}
	return sizes
}

// settled measures the frames until each frame's height is its content's
// within 2 px, and fails with the last sizes after 20 s.
func settled(t *testing.T, tb *tab, want int) map[string]frameSize {
	t.Helper()
	var sizes map[string]frameSize
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(500 * time.Millisecond) {
		sizes = measureFrames(t, tb, want)
		ok := len(sizes) == want
		for _, s := range sizes {
			if math.Abs(s.frame-s.content) > 2 || s.scroll > s.inner+2 {
				ok = false
			}
		}
		if ok || time.Now().After(deadline) {
			break
		}
	}
	if len(sizes) != want {
		t.Fatalf("%d framed pages, want %d: %v", len(sizes), want, sizes)
	}
	for path, s := range sizes {
		if math.Abs(s.frame-s.content) > 2 {
			t.Errorf("%s: frame %.1f px high, its document %.1f px", path, s.frame, s.content)
		}
		if s.scroll > s.inner+2 {
			t.Errorf("%s: the document scrolls (%.0f px in %.0f px)", path, s.scroll, s.inner)
		}
		if s.wide {
			t.Errorf("%s: the document scrolls sideways", path)
		}
	}
	return sizes
}

// TestEmbedHeights embeds two charts and the whole infographic in a page
// of another site, at three widths: every frame takes its document's
// height, after loading and after a language switch in each frame, and
// nothing scrolls sideways.
func TestEmbedHeights(t *testing.T) {
	widths := []profile{
		{"320", 320, 640, true},
		{"768", 768, 1000, true},
		{"1280", 1280, 900, false},
	}
	u := hosts.Add("/heights", "Embassy news", codes(t, siteURL, locale.EN, embedded...)...)
	for _, p := range widths {
		t.Run(p.name, func(t *testing.T) {
			tb := newTab(t, p, false)
			tb.navigateTo(t, u)
			// A reader scrolls down to each frame, which loads lazily.
			for i := range embedded {
				tb.eval(t, fmt.Sprintf(`document.querySelectorAll('iframe')[%d].scrollIntoView(); ''`, i))
				tb.poll(t, "a frame was not sized", fmt.Sprintf(`!!document.querySelectorAll('iframe')[%d].style.height`, i))
			}
			before := settled(t, tb, len(embedded))
			for path, s := range before {
				if s.lang != "en" {
					t.Errorf("%s: lang %q, want en", path, s.lang)
				}
			}
			if wide := tb.eval(t, `String(document.documentElement.scrollWidth > document.documentElement.clientWidth)`); wide != "false" {
				t.Errorf("the host page scrolls sideways")
			}

			// Switch each frame to Dutch: the whole infographic with its
			// language links, a part (which has none) by its address.
			for _, info := range tb.framesAt(t, siteURL) {
				js := `(document.querySelector('.embedbar .switcher a[lang="nl"]') || {click: () => location.assign(location.href.replace('/en/', '/nl/'))}).click()`
				if _, err := chromedp.Run(tb.frame(t, info.TargetID), chromedp.Evaluate[any](js)); err != nil {
					t.Fatalf("switching %s to Dutch: %v", info.URL, err)
				}
			}
			var after map[string]frameSize
			for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(500 * time.Millisecond) {
				after = measureFrames(t, tb, len(embedded))
				dutch := 0
				for path, s := range after {
					if strings.HasPrefix(path, "/nl/") && s.lang == "nl" {
						dutch++
					}
				}
				if dutch == len(embedded) {
					break
				}
			}
			after = settled(t, tb, len(embedded))
			for path, s := range after {
				if !strings.HasPrefix(path, "/nl/") || s.lang != "nl" {
					t.Errorf("after the switch, a frame at %s in %q, want Dutch", path, s.lang)
				}
			}
			tb.noErrors(t)
			// The host script greets a lazy frame once it loads: the
			// host's console stays quiet.
			tb.noWarnings(t)
		})
	}
}

// TestEmbedIgnoresForeignMessages sends the host script height messages
// from the host page itself and from a frame of no origin: the frames keep
// their heights.
func TestEmbedIgnoresForeignMessages(t *testing.T) {
	code := codes(t, siteURL, locale.FR, "jltv")[0]
	u := hosts.Add("/foreign", "Foreign messages", code)
	tb := newTab(t, desktop, false)
	tb.navigateTo(t, u)
	settled(t, tb, 1)
	height := tb.eval(t, `document.querySelector('iframe').style.height`)
	// From the host page itself, then as if from another site and from
	// the host's origin through the frame's window.
	tb.eval(t, `(() => {
		const f = document.querySelector('iframe');
		window.postMessage({ type: 'be-us:height', id: f.dataset.beUsId, height: 7 }, '*');
		window.dispatchEvent(new MessageEvent('message', { origin: 'https://evil.example', source: f.contentWindow, data: { type: 'be-us:height', id: f.dataset.beUsId, height: 9 } }));
		window.dispatchEvent(new MessageEvent('message', { origin: location.origin, source: f.contentWindow, data: { type: 'be-us:height', id: f.dataset.beUsId, height: 11 } }));
		return '';
	})()`)
	// Messages are delivered in the order they were posted: once a
	// marker posted after the first one has arrived, the host script has
	// had the first.
	tb.await(t, `new Promise(done => {
		const mark = 'be-us-test-' + Math.random();
		addEventListener('message', function seen(e) {
			if (e.data === mark) { removeEventListener('message', seen); done(''); }
		});
		window.postMessage(mark, '*');
	})`)
	if got := tb.eval(t, `document.querySelector('iframe').style.height`); got != height {
		t.Errorf("after foreign messages the frame is %s high, want %s", got, height)
	}
	// The same message from the site's origin is obeyed: the test above
	// would pass for a script that obeys nothing.
	tb.eval(t, fmt.Sprintf(`(() => {
		const f = document.querySelector('iframe');
		window.dispatchEvent(new MessageEvent('message', { origin: %q, source: f.contentWindow, data: { type: 'be-us:height', id: f.dataset.beUsId, height: 13 } }));
		return '';
	})()`, siteURL))
	if got := tb.eval(t, `document.querySelector('iframe').style.height`); got != "13px" {
		t.Errorf("a message from the site's origin set the height to %s, want 13px", got)
	}
}

// TestFrameAncestors frames an embed from the host's origin: a site whose
// allow-list is unset refuses it; the site of the tests, which lists the
// host, is shown.
func TestFrameAncestors(t *testing.T) {
	closed, err := server.Open(server.Options{Version: "e2e-closed"})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(closed)
	t.Cleanup(srv.Close)
	hosts.Allow(siteURL + " " + srv.URL)
	t.Cleanup(func() { hosts.Allow(siteURL) })
	tests := []struct {
		name, site string
		shown      bool
	}{
		{"allow-list unset", srv.URL, false},
		{"allow-list with the host", siteURL, true},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := hosts.Add(fmt.Sprintf("/ancestors-%d", i), "Ancestors", codes(t, tt.site, locale.DE, "jltv")...)
			tb := newTab(t, desktop, false)
			tb.navigateTo(t, u)
			if tt.shown {
				settled(t, tb, 1)
				return
			}
			for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline) && !strings.Contains(strings.Join(tb.errs(), " "), "frame-ancestors"); {
				time.Sleep(200 * time.Millisecond)
			}
			if errs := strings.Join(tb.errs(), " "); !strings.Contains(errs, "frame-ancestors") {
				t.Errorf("no frame-ancestors refusal reported; errors: %s", errs)
			}
			if h := tb.eval(t, `document.querySelector('iframe').style.height`); h != "" {
				t.Errorf("the refused frame reported a height (%s)", h)
			}
		})
	}
}

// TestEmbedCodeFromPage takes the embed code from the page, as an editor
// does, on a phone: it is in the page, it copies, Escape closes it, and
// pasted into a blank page of another site it shows the chart at its
// height.
func TestEmbedCodeFromPage(t *testing.T) {
	tb := newTab(t, phone, false)
	grantClipboard(t, tb)
	tb.navigate(t, "/fr")
	const details = `document.querySelector('details.embedcode[data-embed="jltv"]')`
	tb.eval(t, details+`.querySelector('summary').click(); ''`)
	tb.poll(t, "the embed code did not open", details+`.open`)
	tb.eval(t, details+`.querySelector('button[data-copy]').click(); ''`)
	tb.poll(t, "the copy was not confirmed", details+`.querySelector('.embedcode__status').textContent !== ''`)
	tb.expect(t, []check{
		{"confirmation", details + `.querySelector('.embedcode__status').textContent`, facts.Texts.Embed.Copied.In(locale.FR)},
	})
	code := tb.eval(t, details+`.querySelector('textarea').value`)
	if copied := clipboard(t, tb); copied != code {
		t.Errorf("copied %q, want the code %q", copied, code)
	}
	for _, want := range []string{`src="` + siteURL + `/fr/embed/jltv"`, `src="` + siteURL + `/embed.js"`, `title="` + html.EscapeString(facts.Expand(facts.Texts.Chart["jltv"].Title, locale.FR)), `loading="lazy"`} {
		if !strings.Contains(code, want) {
			t.Errorf("the code lacks %q: %s", want, code)
		}
	}
	// Escape in the code closes it, and the focus goes back to its summary.
	if err := chromedp.Do(tb.ctx, chromedp.Focus(`details.embedcode[data-embed="jltv"] textarea`), chromedp.KeyEvent("\u001b")); err != nil {
		t.Fatal(err)
	}
	tb.expect(t, []check{
		{"closed by Escape", `String(` + details + `.open)`, "false"},
		{"focus on the summary", `String(document.activeElement === ` + details + `.querySelector('summary'))`, "true"},
	})
	if tb.asked(".wasm") {
		t.Error("the phone fetched app.wasm")
	}
	tb.noErrors(t)

	// Pasted into a blank page of another site.
	host := newTab(t, desktop, false)
	host.navigateTo(t, hosts.AddBlank("/pasted", code))
	settled(t, host, 1)
	frame := framedPage(t, host, siteURL+"/fr/embed/jltv")
	if frame == nil {
		t.Fatal("the pasted code shows no frame")
	}
	title, err := chromedp.Run(frame, chromedp.Evaluate[string](`document.querySelector('h1').textContent`))
	if want := facts.Expand(facts.Texts.Chart["jltv"].Title, locale.FR); err != nil || title != want {
		t.Errorf("the pasted frame's heading = %q (%v), want %q", title, err, facts.Expand(facts.Texts.Chart["jltv"].Title, locale.FR))
	}
	host.noErrors(t)
}

// TestEmbedsLoadNoAppWasm loads each embed on a desktop: no embed asks
// for app.wasm nor for go-app's scripts, and an embed drawn by Go asks
// for no script but its own.
func TestEmbedsLoadNoAppWasm(t *testing.T) {
	for _, r := range app.Routes {
		if !r.Embed {
			continue
		}
		path := r.Path(locale.EN)
		t.Run(r.Name, func(t *testing.T) {
			tb := newTab(t, desktop, false)
			tb.navigate(t, path+"?theme=dark")
			// Opened on its own, not in a frame as tall as it, the embed
			// draws a chart as it comes near the screen, as a page does.
			n, _ := strconv.Atoi(tb.eval(t, `String(document.querySelectorAll('[data-chart]').length)`))
			for i := range n {
				tb.eval(t, fmt.Sprintf(`document.querySelectorAll('[data-chart]')[%d].scrollIntoView({behavior: 'instant'}); ''`, i))
				tb.poll(t, fmt.Sprintf("chart %d not drawn", i), fmt.Sprintf(`document.querySelectorAll('[data-chart]')[%d].dataset.chartReady === '1'`, i))
			}
			tb.poll(t, "charts not drawn", `[...document.querySelectorAll('[data-chart]')].every(c => c.dataset.chartReady === '1')`)
			tb.idle(t)
			echarts := tb.eval(t, `String(document.querySelectorAll('.chart__canvas').length > 0)`) == "true"
			for _, part := range []string{".wasm", "wasm_exec.js", "/app.js", "app-worker.js", "manifest.webmanifest"} {
				if tb.asked(part) {
					t.Errorf("%s asked for %s", path, part)
				}
			}
			if got := tb.asked("/web/echarts."); got != echarts {
				t.Errorf("%s: ECharts bundle fetched = %v, want %v", path, got, echarts)
			}
			checks := []check{
				{"theme", `document.documentElement.dataset.theme`, "dark"},
				{"the full page in a new tab", `(a => a.target + ' ' + a.rel)(document.querySelector('.embedbar__open'))`, "_blank noopener"},
			}
			if r.Part == "" {
				checks = append(checks, check{"theme kept by the language links", `document.querySelector('.switcher a[lang="de"]').getAttribute('href')`, strings.Replace(path, "/en", "/de", 1) + "?theme=dark"})
			} else {
				checks = append(checks, check{"no language links in a part's embed", `String(document.querySelectorAll('.switcher').length)`, "0"})
			}
			tb.expect(t, checks)
			tb.noErrors(t)
		})
	}
}

// TestEmbedSandboxed embeds a chart of amounts in a sandboxed frame, as a
// cautious host does: it is drawn and takes its height.
func TestEmbedSandboxed(t *testing.T) {
	code := strings.Replace(codes(t, siteURL, locale.NL, "aid-channels")[0], "<iframe ", `<iframe sandbox="allow-scripts allow-same-origin allow-popups" `, 1)
	tb := newTab(t, desktop, false)
	tb.navigateTo(t, hosts.Add("/sandboxed", "Sandboxed", code))
	settled(t, tb, 1)
	frame := framedPage(t, tb, siteURL+"/nl/embed/aid-channels")
	if frame == nil {
		t.Fatal("no framed page")
	}
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(300 * time.Millisecond) {
		n, err := chromedp.Run(frame, chromedp.Evaluate[int](`document.querySelectorAll('[data-chart-ready="1"] .chart__surface svg').length`))
		if err == nil && n == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the sandboxed chart was not drawn (%d, %v)", n, err)
		}
	}
	settled(t, tb, 1)
	tb.noErrors(t)
}

// TestEmbedFlags embeds a chart three times on a page of another origin,
// with each display flag: ?plain hides the title but keeps the source
// line, ?transparent leaves the host's colour showing, and ?theme=host
// follows the host page's theme, also when it changes after load.
func TestEmbedFlags(t *testing.T) {
	code := codes(t, siteURL, locale.EN, "aid-channels")[0]
	var flagged []string
	for _, flag := range []string{"plain", "transparent", "theme=host"} {
		flagged = append(flagged, strings.Replace(code, `/en/embed/aid-channels"`, `/en/embed/aid-channels?`+flag+`"`, 1))
	}
	u := hosts.Add("/flags", "Embed flags", flagged...)
	tb := newTab(t, desktop, false)
	tb.navigateTo(t, u)
	for i := range flagged {
		tb.eval(t, fmt.Sprintf(`document.querySelectorAll('iframe')[%d].scrollIntoView(); ''`, i))
		tb.poll(t, "a frame was not sized", fmt.Sprintf(`!!document.querySelectorAll('iframe')[%d].style.height`, i))
	}
	inFrame := func(query, js string) string {
		t.Helper()
		for _, info := range tb.framesAt(t, siteURL) {
			if strings.HasSuffix(info.URL, "?"+query) {
				got, err := chromedp.Run(tb.frame(t, info.TargetID), chromedp.Evaluate[string](js))
				if err != nil {
					t.Fatalf("?%s: %v", query, err)
				}
				return got
			}
		}
		t.Fatalf("no frame at ?%s", query)
		return ""
	}
	shown := `(e => String(e.getBoundingClientRect().width > 1 && e.getBoundingClientRect().height > 1))(document.querySelector(%q))`
	background := `getComputedStyle(document.body).backgroundColor`
	checks := []struct {
		query, name, js, want string
	}{
		{"plain", "the title", fmt.Sprintf(shown, ".chart__title"), "false"},
		{"plain", "the source line", fmt.Sprintf(shown, ".chart__source"), "true"},
		{"plain", "the figure's name", `document.getElementById(document.querySelector('figure').getAttribute('aria-labelledby')).textContent !== '' ? 'named' : ''`, "named"},
		{"transparent", "the background", background, "rgba(0, 0, 0, 0)"},
		{"transparent", "the title", fmt.Sprintf(shown, ".chart__title"), "true"},
		{"theme=host", "the theme at first", `document.documentElement.getAttribute('data-theme')`, "light"},
	}
	for _, c := range checks {
		if got := inFrame(c.query, c.js); got != c.want {
			t.Errorf("?%s: %s = %q, want %q", c.query, c.name, got, c.want)
		}
	}
	light := inFrame("theme=host", background)
	// The host switches to its dark theme: the frame follows.
	tb.eval(t, `document.documentElement.setAttribute('data-theme', 'dark'); ''`)
	deadline := time.Now().Add(10 * time.Second)
	for inFrame("theme=host", `document.documentElement.getAttribute('data-theme')`) != "dark" {
		if time.Now().After(deadline) {
			t.Fatal("?theme=host: the frame did not take the host's dark theme")
		}
		time.Sleep(200 * time.Millisecond)
	}
	if dark := inFrame("theme=host", background); dark == light {
		t.Errorf("?theme=host: the background stayed %s in the dark theme", dark)
	}
	// The other frames keep their own theme.
	if got := inFrame("plain", `document.documentElement.getAttribute('data-theme') || ''`); got != "" {
		t.Errorf("?plain: theme %q after the host's switch, want none", got)
	}
	tb.noErrors(t)
	tb.noWarnings(t)
}
