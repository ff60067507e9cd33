// Command screenshots serves the built site on a free local port and writes
// full-page screenshots of every language at phone, desktop and big-screen
// sizes, so the page can be looked at without a browser at hand. With
// -embeds it shows instead a page of another site embedding the whole
// infographic and two charts, at 320, 768 and 1280 px; with -present, each
// slide of the presentation at 16:9 and 16:10.
//
//	screenshots [-out screenshots] [-langs fr,nl,de,en] [-embeds] [-present]
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/devtools/chrome"
	"github.com/be-us/partnership/devtools/host"
	"github.com/be-us/partnership/internal/server"
)

// sizes are the viewports the page is judged at.
var sizes = []size{
	{"phone", 360, 800, true},
	{"desktop", 1280, 800, false},
	{"bigscreen", 1920, 1080, false},
}

// hostSizes are the widths of the host page of the embeds.
var hostSizes = []size{
	{"320", 320, 700, true},
	{"768", 768, 1000, true},
	{"1280", 1280, 900, false},
}

// presentSizes are the screens the presentation is judged on.
var presentSizes = []size{
	{"1920x1080", 1920, 1080, false},
	{"1440x900", 1440, 900, false},
}

type size struct {
	name          string
	width, height int64
	mobile        bool
}

// shot is one screenshot: the page to load, and when it is ready.
type shot struct {
	name, url, ready string
	size             size
	// dark emulates a system in its dark colour scheme.
	dark bool
}

// Ready conditions: every chart drawn and app.wasm done with; every frame
// of a host page sized by the host script.
const (
	pageReady = `[...document.querySelectorAll('[data-chart]')].every(c => c.dataset.chartReady === '1') && !document.getElementById('app-wasm-loader')`
	hostReady = `[...document.querySelectorAll('iframe')].every(f => f.style.height !== '')`
	// slideReady: app.wasm runs the presentation and the slide's charts
	// are drawn.
	// bringChartsNear scrolls each chart of amounts into view, which has
	// the page load ECharts and draw it, then back to the top.
	bringChartsNear = `(async () => {
		const frame = () => new Promise(r => setTimeout(r, 300));
		for (const c of document.querySelectorAll('.chart__canvas')) { c.scrollIntoView(); await frame(); }
		scrollTo(0, 0);
		return true;
	})()`
	slideReady = `performance.getEntriesByName('app-mounted').length > 0 && [...document.querySelectorAll('[data-chart]')].every(c => c.dataset.chartReady === '1')`
)

func main() {
	out := flag.String("out", "screenshots", "folder to write the PNG files to")
	langs := flag.String("langs", strings.Join(codes(), ","), "languages to capture")
	embeds := flag.Bool("embeds", false, "capture a host page with embeds instead of the page")
	present := flag.Bool("present", false, "capture each slide of the presentation instead of the page")
	dark := flag.Bool("dark", false, "capture in the system's dark colour scheme (names end in -dark)")
	flag.Parse()
	if err := run(*out, strings.Split(*langs, ","), *embeds, *present, *dark); err != nil {
		log.Fatal(err)
	}
}

func run(out string, langs []string, embeds, present, dark bool) error {
	hosts := host.New()
	defer hosts.Close()
	// The site's address is its public one, for the presentation's QR code.
	srv := httptest.NewUnstartedServer(nil)
	siteURL := "http://" + srv.Listener.Addr().String()
	h, err := server.Open(server.Options{Version: "screenshots", PublicURL: siteURL, FrameAncestors: hosts.Origin()})
	if err != nil {
		return err
	}
	srv.Config.Handler = h
	srv.Start()
	defer srv.Close()
	hosts.Allow(srv.URL)
	slides := app.SlideIDs()

	var shots []shot
	switch {
	case present:
		for _, lang := range langs {
			for _, s := range presentSizes {
				for i := range slides {
					shots = append(shots, shot{fmt.Sprintf("present-%s-%s-%d", lang, s.name, i), fmt.Sprintf("%s/%s/present?slide=%d", srv.URL, lang, i), slideReady, s, false})
				}
			}
		}
	case embeds:
		facts, err := data.Load(chart.Needs()...)
		if err != nil {
			return err
		}
		for _, lang := range langs {
			l, ok := locale.Parse(lang)
			if !ok {
				return fmt.Errorf("unknown language %q", lang)
			}
			var codes []string
			for _, id := range []string{"aid-channels", "jltv", ""} {
				codes = append(codes, app.EmbedSnippet(app.Site{PublicURL: srv.URL}, l, id, app.EmbedTitle(facts, l, id), app.EmbedHeight(id)))
			}
			u := hosts.Add("/"+lang, "Embassy news", codes...)
			for _, s := range hostSizes {
				shots = append(shots, shot{"host-" + lang + "-" + s.name, u, hostReady, s, false})
			}
		}
	default:
		for _, lang := range langs {
			for _, s := range sizes {
				shots = append(shots, shot{lang + "-" + s.name, srv.URL + "/" + lang, pageReady, s, false})
			}
		}
	}

	if dark {
		for i := range shots {
			shots[i].name += "-dark"
			shots[i].dark = true
		}
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	browser, cancel, err := chrome.NewTemp(context.Background())
	if err != nil {
		return err
	}
	defer cancel()

	for _, sh := range shots {
		png, err := capture(browser, sh)
		if err != nil {
			return fmt.Errorf("%s: %w", sh.name, err)
		}
		name := filepath.Join(out, sh.name+".png")
		if err := os.WriteFile(name, png, 0o644); err != nil {
			return err
		}
		fmt.Println(name)
	}
	return nil
}

// capture loads a shot's page at its size, waits until it is ready and a
// moment more for the last layout, and returns a full-page screenshot.
func capture(browser context.Context, sh shot) ([]byte, error) {
	ctx, cancelTab := chromedp.NewContext(browser)
	defer cancelTab()
	ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
	defer cancelTimeout()
	var opts []chromedp.EmulateViewportOption
	if sh.size.mobile {
		opts = append(opts, chromedp.EmulateScale(2), chromedp.EmulateMobile)
	}
	if sh.dark {
		dark := emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}}
		if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, dark); err != nil {
			return nil, err
		}
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(sh.size.width, sh.size.height, opts...), chromedp.Navigate(sh.url)); err != nil {
		return nil, err
	}
	if sh.ready == pageReady {
		// The bars are drawn as their chart nears the screen: a reader
		// scrolls there, and so does the picture of the whole page.
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](bringChartsNear, chromedp.EvalAwaitPromise)); err != nil {
			return nil, err
		}
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](sh.ready, chromedp.WithPollingTimeout(40*time.Second))); err != nil {
		return nil, err
	}
	if sh.ready == slideReady {
		// The slide as the screen shows it, once it has appeared.
		if err := chromedp.Do(ctx, chromedp.Sleep(time.Second)); err != nil {
			return nil, err
		}
		return chromedp.Run(ctx, chromedp.CaptureScreenshot())
	}
	if sh.ready == hostReady {
		// Chromium paints a frame from another site only near the
		// viewport: the viewport takes the page's whole height, and the
		// frames their final sizes.
		for range 3 {
			height, err := chromedp.Run(ctx, chromedp.Evaluate[int64](`document.documentElement.scrollHeight`))
			if err != nil {
				return nil, err
			}
			if err := chromedp.Do(ctx, chromedp.EmulateViewport(sh.size.width, height, opts...), chromedp.Sleep(time.Second)); err != nil {
				return nil, err
			}
		}
	}
	if sh.ready == pageReady {
		// A section away from the screen is not painted until it comes
		// near (content-visibility: auto), and the picture of the whole
		// page is taken from its top: every section is painted for it.
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`[...document.querySelectorAll('.section')].every(s => (s.style.contentVisibility = 'visible'))`)); err != nil {
			return nil, err
		}
	}
	if err := chromedp.Do(ctx, chromedp.Sleep(time.Second)); err != nil {
		return nil, err
	}
	return chromedp.Run(ctx, chromedp.FullScreenshot(100))
}

// codes are the site's languages' codes.
func codes() []string {
	var out []string
	for _, l := range locale.All {
		out = append(out, string(l))
	}
	return out
}
