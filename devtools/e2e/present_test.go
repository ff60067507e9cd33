//go:build e2e

package e2e

import (
	"bytes"
	"fmt"
	"image"
	_ "image/png"
	"net/http/httptest"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/devtools/chrome"
)

// slideDrawn is true once app.wasm runs the presentation and the current
// slide's charts are drawn.
const slideDrawn = mounted + ` && document.querySelector('.present--live .slide') !== null && [...document.querySelectorAll('.slide [data-chart]')].every(c => c.dataset.chartReady === '1')`

// roomLabels are what the room reads on a slide: the takeaway, the
// labels and the values, at least 48 px at 1080p.
const roomLabels = `.slide__takeaway, .bar__name, .bar__amount, .keyfigure__value, .keyfigure__label, .tile__name, .moment__years, .moment__label, .pictogram__key, .card h3, .card > p`

// presentScreen is a screen the slides are shown on. flow is a screen
// too small for a slide (a phone, or a zoom of 200 % or 400 %): the
// slide scrolls, between the controls above it and the bar below it.
type presentScreen struct {
	profile
	flow bool
}

// TestPresentFits goes through every slide in every language on 16:9,
// 16:10 and 4:3 screens: nothing is cut, nothing scrolls, nothing runs
// under the bars, and every slide has its takeaway. At 1080p the room's
// labels and values are 48 px at least, the content reaches the screen's
// lower 40 %, and the QR code is 60 % of the screen's height. At 200 %
// and 400 % zoom and on a phone, the slide scrolls and the bars, in the
// flow, cover none of it.
func TestPresentFits(t *testing.T) {
	screens := []presentScreen{
		{profile{"1920x1080", 1920, 1080, false}, false},
		{profile{"1440x900", 1440, 900, false}, false},
		{profile{"1024x768", 1024, 768, false}, false},
		{profile{"1400x1050", 1400, 1050, false}, false},
		{profile{"zoom200", 640, 400, false}, true},
		{profile{"zoom400", 320, 200, false}, true},
		{profile{"phone", 360, 800, true}, true},
	}
	slides := app.SlideIDs()
	for _, l := range locale.All {
		for _, p := range screens {
			if p.flow && l != locale.FR && l != locale.DE {
				continue
			}
			t.Run(string(l)+"/"+p.name, func(t *testing.T) {
				tb := newTab(t, p.profile, false)
				tb.navigate(t, app.PresentPath(l))
				for i, id := range slides {
					tb.poll(t, "slide "+id+" not shown", slideDrawn+fmt.Sprintf(` && document.querySelector('.slide').id === 'slide-%s'`, id))
					tb.poll(t, "slide "+id+" still moving", `document.getAnimations().every(a => a.playState !== 'running')`)
					overflow := tb.eval(t, fmt.Sprintf(`((flow, room) => {
						const slide = document.querySelector('.slide');
						const bar = document.querySelector('.present__bar').getBoundingClientRect();
						const controls = document.querySelector('.present__controls').getBoundingClientRect();
						const out = [];
						const takeaway = slide.querySelector('.slide__takeaway');
						if (!takeaway || takeaway.textContent.trim() === '' || takeaway.getBoundingClientRect().height === 0) out.push('no takeaway');
						if (document.documentElement.scrollWidth > innerWidth) out.push('page scrolls sideways');
						if (!flow && slide.scrollHeight > slide.clientHeight + 1) out.push('slide scrolls: ' + slide.scrollHeight + ' > ' + slide.clientHeight);
						const meets = (r, o) => r.left < o.right && r.right > o.left && r.top < o.bottom && r.bottom > o.top;
						let lowest = 0;
						const where = (el, r) => el.tagName + '.' + el.className + ' ' + Math.round(r.left) + '–' + Math.round(r.right) + ', ' + Math.round(r.top) + '–' + Math.round(r.bottom);
						let bad = '';
						for (const el of slide.querySelectorAll('h2, h3, p, li, figure, svg, img, .chart__canvas, .bar__track')) {
							const r = el.getBoundingClientRect();
							if (r.height === 0 || el.closest('.visually-hidden')) continue;
							// A figure is as wide as the slide: what it holds is checked.
							const box = el.matches('figure, .chart__canvas');
							if (!box) lowest = Math.max(lowest, r.bottom);
							if (bad) continue;
							if (r.right > innerWidth + 1 || r.left < -1) bad = where(el, r) + ' is cut at the side';
							else if ((!flow && r.bottom > bar.top + 1) || meets(r, bar)) bad = where(el, r) + ' runs under the bar at ' + Math.round(bar.top);
							else if (!box && meets(r, controls)) bad = where(el, r) + ' runs under the controls, to ' + Math.round(controls.bottom);
						}
						if (bad) out.push(bad);
						if (room) {
							for (const el of slide.querySelectorAll(%q)) {
								const px = parseFloat(getComputedStyle(el).fontSize);
								if (el.getBoundingClientRect().height > 0 && px < 47.5) { out.push(el.className + ' "' + el.textContent.trim().slice(0, 30) + '" at ' + px + ' px'); break; }
							}
							if (lowest < 0.6 * innerHeight) out.push('the lower 40 %% is empty: the content ends at ' + Math.round(lowest));
						}
						const qr = slide.querySelector('.closing__qr img');
						if (qr && !flow && qr.getBoundingClientRect().height < 0.6 * innerHeight) out.push('QR code ' + Math.round(qr.getBoundingClientRect().height) + ' px high');
						return out.join('; ');
					})(%t, %t)`, roomLabels, p.flow, p.width == 1920 && p.height == 1080))
					if overflow != "" {
						t.Errorf("slide %d (%s): %s", i, id, overflow)
					}
					if err := chromedp.Do(tb.ctx, chromedp.KeyEvent(kb.ArrowRight)); err != nil {
						t.Fatal(err)
					}
				}
				tb.noErrors(t)
			})
		}
	}
}

// slideIs is true once slide id is shown.
func slideIs(id string) string {
	return slideDrawn + ` && document.querySelector('.slide').id === 'slide-` + id + `'`
}

// TestPresentDrive drives the slides with the keys a clicker sends, clicks
// on either half, a swipe and the language links, and toggles full screen
// with F; what leaves the screen is let go.
func TestPresentDrive(t *testing.T) {
	tb := newTab(t, desktop, false)
	tb.navigate(t, "/en/present")
	slides := app.SlideIDs()
	last := len(slides) - 1
	tb.poll(t, "the presentation did not start", slideIs(slides[0]))
	steps := []struct {
		name string
		do   chromedp.Action[chromedp.Void]
		want int
	}{
		{"→", chromedp.KeyEvent(kb.ArrowRight), 1},
		{"PageDown", chromedp.KeyEvent(kb.PageDown), 2},
		{"space", chromedp.KeyEvent(" "), 3},
		{"←", chromedp.KeyEvent(kb.ArrowLeft), 2},
		{"PageUp", chromedp.KeyEvent(kb.PageUp), 1},
		{"End", chromedp.KeyEvent(kb.End), last},
		{"→ past the last", chromedp.KeyEvent(kb.ArrowRight), 0},
		{"← before the first", chromedp.KeyEvent(kb.ArrowLeft), last},
		{"Home", chromedp.KeyEvent(kb.Home), 0},
		// Beside the title, where no mark is: a mark opens its card.
		{"click on the right half", chromedp.MouseClickXY(1000, 60), 1},
		{"click on the left half", chromedp.MouseClickXY(200, 60), 0},
		{"swipe to the left", swipe(900, 300), 1},
		{"swipe to the right", swipe(300, 900), 0},
	}
	for _, s := range steps {
		if err := chromedp.Do(tb.ctx, s.do); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		tb.poll(t, s.name+": not on slide "+slides[s.want], slideIs(slides[s.want]))
		wantQuery := ""
		if s.want > 0 {
			wantQuery = fmt.Sprintf("?slide=%d", s.want)
		}
		if got := tb.eval(t, `location.search`); got != wantQuery {
			t.Errorf("%s: address query %q, want %q", s.name, got, wantQuery)
		}
	}
	// Through every slide and back: at most the current slide's chart is
	// alive.
	for range 2 * len(slides) {
		if err := chromedp.Do(tb.ctx, chromedp.KeyEvent(kb.ArrowRight)); err != nil {
			t.Fatal(err)
		}
	}
	tb.poll(t, "back on the first slide", slideIs(slides[0]))
	tb.expect(t, []check{{"ECharts instances on the key figures", `String(pageCharts.count())`, "0"}})

	// A language switch keeps the slide.
	if err := chromedp.Do(tb.ctx, chromedp.KeyEvent(kb.ArrowRight), chromedp.KeyEvent(kb.ArrowRight)); err != nil {
		t.Fatal(err)
	}
	tb.poll(t, "not on slide 2", slideIs(slides[2]))
	tb.eval(t, `document.querySelector('.present__bar .switcher a[lang="de"]').click(); ''`)
	tb.poll(t, "the switch to German lost the slide", slideIs(slides[2])+` && document.documentElement.lang === 'de' && location.pathname === '/de/present'`)
	tb.expect(t, []check{{"ECharts instances", `String(pageCharts.count())`, "1"}})

	// F enters full screen, F again leaves it.
	if err := chromedp.Do(tb.ctx, chromedp.KeyEvent("f")); err != nil {
		t.Fatal(err)
	}
	tb.poll(t, "F did not enter full screen", `document.fullscreenElement !== null`)
	if err := chromedp.Do(tb.ctx, chromedp.KeyEvent("f")); err != nil {
		t.Fatal(err)
	}
	tb.poll(t, "F did not leave full screen", `document.fullscreenElement === null`)
	tb.noErrors(t)
}

// swipe moves a pointer across the screen from x0 to x1.
func swipe(x0, x1 float64) chromedp.Action[chromedp.Void] {
	return chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => {
		const at = (type, x) => window.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: 400, button: 0, pointerType: 'touch', bubbles: true }));
		at('pointerdown', %g); at('pointermove', %g); at('pointerup', %g);
	})()`, x0, (x0+x1)/2, x1))
}

// TestPresentAutoplay runs a kiosk: autoplay advances on its own and
// writes the slide into the address, P pauses and resumes it, and at the
// end of a loop the next language of the rotation takes over from the
// first slide. The timing rules (a pause that P asked for holds for good,
// autoplay resumes 30 s after a reader's last move) are the deck's,
// tested natively by TestDeckAutoplay: here, no check waits for time to
// pass.
func TestPresentAutoplay(t *testing.T) {
	slides := app.SlideIDs()
	last := len(slides) - 1
	tb := newTab(t, desktop, false)
	tb.navigate(t, fmt.Sprintf("/en/present?slide=%d&autoplay=2&rotate-lang=en,nl", last-1))
	tb.poll(t, "not on the slide asked for", slideIs(slides[last-1]))
	tb.poll(t, "autoplay did not advance", slideIs(slides[last])+fmt.Sprintf(` && new URLSearchParams(location.search).get('slide') === '%d'`, last))

	// P pauses: the play control comes back, on the same slide.
	if err := chromedp.Do(tb.ctx, chromedp.KeyEvent("p")); err != nil {
		t.Fatal(err)
	}
	tb.poll(t, "no play control once paused", `document.querySelector('.present__button--play') !== null`)
	tb.expect(t, []check{{"paused", `document.querySelector('.slide').id`, "slide-" + slides[last]}})

	// P again: the loop ends and Dutch begins at the first slide.
	if err := chromedp.Do(tb.ctx, chromedp.KeyEvent("p")); err != nil {
		t.Fatal(err)
	}
	tb.poll(t, "the rotation did not go on in Dutch", slideIs(slides[0])+` && document.documentElement.lang === 'nl' && location.pathname === '/nl/present'`)
	tb.expect(t, []check{
		{"options kept", `new URLSearchParams(location.search).get('rotate-lang') + ' ' + new URLSearchParams(location.search).get('autoplay')`, "en,nl 2"},
		{"still playing", `document.querySelector('.present__button--pause') !== null ? 'playing' : 'paused'`, "playing"},
	})
	tb.poll(t, "autoplay did not go on in Dutch", slideIs(slides[1]))
	tb.noErrors(t)
}

// TestPresentKiosk checks what keeps an unattended screen right: the
// cursor hides after 3 s without movement and comes back with it, and the
// presentation takes a wake lock, and takes it again when the page is
// shown again.
func TestPresentKiosk(t *testing.T) {
	tb := newTab(t, desktop, false)
	const wakeLock = `Object.defineProperty(navigator, 'wakeLock', { value: { request(type) {
		window.__wakeLocks = (window.__wakeLocks || 0) + 1;
		return Promise.resolve({ release() { return Promise.resolve(); } });
	} } });`
	if err := call(tb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: wakeLock}); err != nil {
		t.Fatal(err)
	}
	tb.navigate(t, "/fr/present")
	tb.poll(t, "the presentation did not start", slideDrawn)
	tb.poll(t, "no wake lock", `window.__wakeLocks === 1`)
	tb.eval(t, `document.dispatchEvent(new Event('visibilitychange')); ''`)
	tb.poll(t, "no wake lock again when shown", `window.__wakeLocks === 2`)

	if err := chromedp.Do(tb.ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, 300, 300)); err != nil {
		t.Fatal(err)
	}
	tb.expect(t, []check{{"cursor shown after a move", `String(document.querySelector('.present').classList.contains('present--idle'))`, "false"}})
	tb.poll(t, "the cursor did not hide", `document.querySelector('.present').classList.contains('present--idle') && getComputedStyle(document.querySelector('.slide')).cursor === 'none'`)
	if err := chromedp.Do(tb.ctx, chromedp.MouseEvent(input.DispatchMouseEventTypeMouseMoved, 320, 310)); err != nil {
		t.Fatal(err)
	}
	tb.poll(t, "the cursor did not come back", `!document.querySelector('.present').classList.contains('present--idle')`)
	tb.noErrors(t)
}

// TestPresentQRCode reads the closing slide's QR code off the screen: it
// leads to the page in the slide's language at the public address.
func TestPresentQRCode(t *testing.T) {
	for _, l := range []locale.Lang{locale.FR, locale.DE} {
		tb := newTab(t, desktop, false)
		tb.navigate(t, fmt.Sprintf("%s?slide=%d", app.PresentPath(l), len(app.SlideIDs())-1))
		tb.poll(t, "no QR code", slideIs("closing")+` && document.querySelector('.closing__qr img').complete && document.querySelector('.closing__qr img').naturalWidth > 0`)
		// Once the slide has finished coming in.
		tb.poll(t, "the slide is still moving", `document.getAnimations().length === 0`)
		png, err := chromedp.Run(tb.ctx, chromedp.Screenshot(`.closing__qr img`))
		if err != nil {
			t.Fatal(err)
		}
		img, _, err := image.Decode(bytes.NewReader(png))
		if err != nil {
			t.Fatal(err)
		}
		bmp, err := gozxing.NewBinaryBitmapFromImage(img)
		if err != nil {
			t.Fatal(err)
		}
		res, err := qrcode.NewQRCodeReader().Decode(bmp, nil)
		if err != nil {
			t.Fatalf("%s: the QR code (%v, %d bytes of PNG) does not read: %v", l, img.Bounds(), len(png), err)
		}
		if want := siteURL + "/" + string(l); res.GetText() != want {
			t.Errorf("%s: the QR code leads to %q, want %q", l, res.GetText(), want)
		}
		if got := tb.eval(t, `document.querySelector('.closing__address').textContent`); got != siteURL+"/"+string(l) {
			t.Errorf("%s: address under the code %q", l, got)
		}
	}
}

// TestPresentOffline visits the presentation once on a phone, then cuts
// the network: the presentation in another language loads, reload
// included, with its QR code and every chart drawn.
func TestPresentOffline(t *testing.T) {
	srv := httptest.NewServer(handler)
	defer srv.Close()
	tb := newTab(t, phone, false)
	tb.navigateTo(t, srv.URL+"/fr/present")
	tb.poll(t, "the presentation did not start", slideDrawn)
	tb.waitCached(t, "/nl/present", "/qr/nl.svg")
	srv.CloseClientConnections()
	srv.Close()
	if err := call(tb.ctx, chrome.EmulateNetworkConditions, chrome.NetworkConditions{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}); err != nil {
		t.Fatal(err)
	}
	slides := app.SlideIDs()
	for _, reload := range []bool{false, true} {
		if reload {
			if err := chromedp.Do(tb.ctx, chromedp.Reload()); err != nil {
				t.Fatal(err)
			}
		} else {
			tb.navigateTo(t, srv.URL+"/nl/present")
		}
		tb.poll(t, "offline, the presentation did not start", slideIs(slides[0])+` && document.documentElement.lang === 'nl'`)
		for _, id := range slides[1:] {
			if err := chromedp.Do(tb.ctx, chromedp.KeyEvent(kb.ArrowRight)); err != nil {
				t.Fatal(err)
			}
			tb.poll(t, "offline, slide "+id+" not drawn", slideIs(id))
		}
		tb.poll(t, "offline, no QR code", `document.querySelector('.closing__qr img').complete && document.querySelector('.closing__qr img').naturalWidth > 0`)
		if err := chromedp.Do(tb.ctx, chromedp.KeyEvent(kb.Home)); err != nil {
			t.Fatal(err)
		}
	}
}
