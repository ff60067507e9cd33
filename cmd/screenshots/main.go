// Command screenshots serves the built site on a free local port and writes
// full-page screenshots of every language at phone, desktop and big-screen
// sizes, so the page can be looked at without a browser at hand.
//
//	screenshots [-out screenshots] [-langs fr,nl,de,en]
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

	"github.com/chromedp/chromedp"

	"github.com/be-us/partnership/internal/chrome"
	"github.com/be-us/partnership/internal/server"
)

// sizes are the viewports the page is judged at.
var sizes = []struct {
	name          string
	width, height int64
	mobile        bool
}{
	{"phone", 360, 800, true},
	{"desktop", 1280, 800, false},
	{"bigscreen", 1920, 1080, false},
}

func main() {
	out := flag.String("out", "screenshots", "folder to write the PNG files to")
	langs := flag.String("langs", "fr,nl,de,en", "languages to capture")
	flag.Parse()
	if err := run(*out, strings.Split(*langs, ",")); err != nil {
		log.Fatal(err)
	}
}

func run(out string, langs []string) error {
	h, err := server.Open("", "screenshots", "")
	if err != nil {
		return err
	}
	srv := httptest.NewServer(h)
	defer srv.Close()

	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	profile, err := os.MkdirTemp("", "screenshots-chromium-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)
	browser, cancel, err := chrome.New(context.Background(), profile)
	if err != nil {
		return err
	}
	defer cancel()

	const ready = `[...document.querySelectorAll('[data-chart]')].every(c => c.dataset.chartReady === '1') && !document.getElementById('app-wasm-loader')`
	for _, lang := range langs {
		for _, s := range sizes {
			ctx, cancelTab := chromedp.NewContext(browser)
			ctx, cancelTimeout := context.WithTimeout(ctx, 60*time.Second)
			var opts []chromedp.EmulateViewportOption
			if s.mobile {
				opts = append(opts, chromedp.EmulateScale(2), chromedp.EmulateMobile)
			}
			err := chromedp.Do(ctx,
				chromedp.EmulateViewport(s.width, s.height, opts...),
				chromedp.Navigate(srv.URL+"/"+lang),
			)
			if err == nil {
				_, err = chromedp.Run(ctx, chromedp.Poll[bool](ready, chromedp.WithPollingTimeout(40*time.Second)))
			}
			var png []byte
			if err == nil {
				png, err = chromedp.Run(ctx, chromedp.FullScreenshot(100))
			}
			cancelTimeout()
			cancelTab()
			if err != nil {
				return fmt.Errorf("%s at %s: %w", lang, s.name, err)
			}
			name := filepath.Join(out, lang+"-"+s.name+".png")
			if err := os.WriteFile(name, png, 0o644); err != nil {
				return err
			}
			fmt.Println(name)
		}
	}
	return nil
}
