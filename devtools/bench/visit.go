package bench

import (
	"context"
	"errors"
	"fmt"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/be-us/partnership/devtools/chrome"
)

// errSkipped is the error of a repeat visit that could not run.
var errSkipped = errors.New("skipped: the cold load failed")

// visitTwice starts a browser with a fresh profile, loads url cold, waits
// for the service worker to cache the app where app.wasm runs, and loads
// url again, with probe installed in every page. It reports each load to
// record; it returns the errors that are no load's own.
func visitTwice(ctx context.Context, p Profile, url, probe string, record func(Visit, Load, error)) (err error) {
	meter := newTrafficMeter()
	tab, cancel, err := chrome.NewTemp(ctx)
	if err != nil {
		return err
	}
	defer cancel()
	if err := chromedp.Listen(tab, meter.listener("page")); err != nil {
		return fmt.Errorf("counting the page's traffic: %w", err)
	}
	prepare, err := newTabSetup(tab, p, probe)
	if err != nil {
		return err
	}
	if err := prepare(); err != nil {
		return err
	}
	stop, err := watchWorkers(tab, meter, p.Network)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, stop()) }()

	cold, err := measure(tab, url, meter, p.Wasm, p.Mobile)
	record(Cold, cold, err)
	if err != nil {
		record(Repeat, Load{}, errSkipped)
		return nil
	}
	if p.Wasm {
		if err := waitWorker(tab); err != nil {
			record(Repeat, Load{}, err)
			return nil
		}
	}
	// Leave the page first, so that coming back is a new navigation and not
	// a reload of the same document.
	if err := chromedp.Do(tab, chromedp.Navigate("about:blank")); err != nil {
		return fmt.Errorf("leaving the page: %w", err)
	}
	if err := prepare(); err != nil {
		return err
	}
	repeat, err := measure(tab, url, meter, p.Wasm, p.Mobile)
	record(Repeat, repeat, err)
	return nil
}

// newTabSetup installs the probe script in the tab and returns a func that
// applies the profile's emulation, to call before each load.
func newTabSetup(tab context.Context, p Profile, probe string) (func() error, error) {
	userAgent := ""
	if p.Mobile {
		var err error
		if userAgent, err = mobileUserAgent(tab); err != nil {
			return nil, err
		}
	}
	if _, err := chromedp.Call(tab, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: probe}); err != nil {
		return nil, fmt.Errorf("installing the probe: %w", err)
	}
	if p.Wasm && !p.Mobile {
		if _, err := chromedp.Call(tab, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: chrome.FinePointer}); err != nil {
			return nil, fmt.Errorf("giving the page a mouse: %w", err)
		}
	}
	return func() error { return emulate(tab, p, userAgent) }, nil
}
