package bench

import (
	"context"
	"fmt"
	"strings"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/be-us/partnership/devtools/chrome"
)

type networkConditions = chrome.NetworkConditions

var emulateNetworkConditions = chrome.EmulateNetworkConditions

// conditions returns the throttle as the command's parameters; a nil
// throttle turns throttling off.
func (t *Throttle) conditions() networkConditions {
	if t == nil {
		return networkConditions{DownloadThroughput: -1, UploadThroughput: -1}
	}
	return networkConditions{Latency: t.Latency, DownloadThroughput: t.Download, UploadThroughput: t.Upload}
}

// mobileUserAgent returns the user agent of Chrome for Android of the same
// major version as the browser at hand, in the reduced form Chrome sends.
func mobileUserAgent(ctx context.Context) (string, error) {
	v, err := chromedp.CallBrowser(ctx, browser.GetVersion, cdp.Empty{})
	if err != nil {
		return "", fmt.Errorf("reading the browser version: %w", err)
	}
	// Product is like "HeadlessChrome/156.0.8078.108".
	_, version, _ := strings.Cut(v.Product, "/")
	major, _, _ := strings.Cut(version, ".")
	if major == "" {
		return "", fmt.Errorf("reading the browser version: unexpected product %q", v.Product)
	}
	return "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/" +
		major + ".0.0.0 Mobile Safari/537.36", nil
}

// emulate makes the tab of ctx look like the profile's device on the
// profile's network. The settings hold for later navigations of the tab;
// applying them again before each load costs nothing and makes sure.
func emulate(ctx context.Context, p Profile, userAgent string) error {
	touch := emulation.SetTouchEmulationEnabledParams{Enabled: p.Mobile}
	if p.Mobile {
		touch.MaxTouchPoints = 5
	}

	if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
		Width: p.Width, Height: p.Height, DeviceScaleFactor: p.Scale, Mobile: p.Mobile,
	}); err != nil {
		return fmt.Errorf("emulating the viewport of %s: %w", p.Name, err)
	}
	if _, err := chromedp.Call(ctx, emulation.SetTouchEmulationEnabled, touch); err != nil {
		return fmt.Errorf("emulating the touch screen of %s: %w", p.Name, err)
	}
	if p.Mobile {
		if _, err := chromedp.Call(ctx, emulation.SetUserAgentOverride, emulation.SetUserAgentOverrideParams{
			UserAgent: userAgent, Platform: "Linux armv8l",
		}); err != nil {
			return fmt.Errorf("emulating the user agent of %s: %w", p.Name, err)
		}
	}
	if _, err := chromedp.Call(ctx, emulateNetworkConditions, p.Network.conditions()); err != nil {
		return fmt.Errorf("throttling the network of %s: %w", p.Name, err)
	}
	if _, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: max(p.CPUSlowdown, 1)}); err != nil {
		return fmt.Errorf("throttling the CPU of %s: %w", p.Name, err)
	}
	return nil
}
