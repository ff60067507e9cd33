// Package chrome starts Debian's headless Chromium for the browser tests,
// the benchmarks and the screenshots, with the flags that keep it from
// reaching for the network on its own.
package chrome

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/chromedp"
)

// Find returns the path of the Chromium executable: $CHROME if set, else
// chromium or chromium-browser on PATH.
func Find() (string, error) {
	if p := os.Getenv("CHROME"); p != "" {
		return p, nil
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("chromium not found: install it (apt-get install -y chromium) or set CHROME")
}

// SharedProcess are the flags that keep frames of other sites in their
// host page's process, as Chrome on Android does for most sites: their
// work then competes with the host page's own on one main thread.
var SharedProcess = []Flag{
	{Name: "disable-site-isolation-trials"},
	{Name: "disable-features", Value: "IsolateOrigins,site-per-process"},
}

// NetworkConditions are the parameters of Network.emulateNetworkConditions,
// the command DevTools' own throttling uses. cdproto no longer lists it (the
// protocol marks it deprecated) but Chromium still carries it. A throughput
// of -1 is no limit.
type NetworkConditions struct {
	Offline            bool    `json:"offline"`
	Latency            float64 `json:"latency"`
	DownloadThroughput float64 `json:"downloadThroughput"`
	UploadThroughput   float64 `json:"uploadThroughput"`
}

// EmulateNetworkConditions throttles a page's network, or cuts it.
var EmulateNetworkConditions = cdp.Command[NetworkConditions, cdp.Empty]{Method: "Network.emulateNetworkConditions"}

// Flag is a Chromium command-line switch; a switch without Value is on.
type Flag struct {
	Name, Value string
}

// Arg writes the flag as on a command line, its value quoted when it has
// spaces.
func (f Flag) Arg() string {
	switch {
	case f.Value == "":
		return "--" + f.Name
	case strings.ContainsRune(f.Value, ' '):
		return "--" + f.Name + "=" + strconv.Quote(f.Value)
	default:
		return "--" + f.Name + "=" + f.Value
	}
}

// Flags are the switches of every Chromium the project starts, whoever
// starts it: no sandbox (the tests run as root), no GPU, and nothing that
// reaches for the network on its own.
var Flags = []Flag{
	{Name: "no-sandbox"},
	{Name: "disable-gpu"},
	{Name: "no-first-run"},
	{Name: "disable-background-networking"},
	{Name: "disable-component-update"},
	{Name: "disable-sync"},
	{Name: "disable-quic"},
	// Chromium still looks up its vendor's hosts (the time, updates,
	// accounts): resolve nothing but the loopback addresses served on
	// (localhost is a second site, for the tests of framing).
	{Name: "host-resolver-rules", Value: "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"},
}

// FinePointer is a script to run in every new document so that the page
// sees a mouse, as on a desktop: headless Chromium has no pointing device
// ("pointer: none"), and the page runs app.wasm only where there is a fine
// pointer.
const FinePointer = `(() => {
	const real = window.matchMedia.bind(window);
	window.matchMedia = (q) => /^\(pointer: *fine\)$/.test(q.trim())
		? { matches: true, media: q, onchange: null, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} }
		: real(q);
})();`

// New starts a headless Chromium with a fresh profile in profileDir, with
// Flags and the extra flags, and returns a browser context; cancel stops
// the browser.
func New(parent context.Context, profileDir string, extra ...Flag) (context.Context, context.CancelFunc, error) {
	path, err := Find()
	if err != nil {
		return nil, nil, err
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.UserDataDir(profileDir),
	)
	for _, f := range append(Flags, extra...) {
		if f.Value == "" {
			opts = append(opts, chromedp.Flag(f.Name, true))
		} else {
			opts = append(opts, chromedp.Flag(f.Name, f.Value))
		}
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(parent, opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	if err := chromedp.Do(ctx); err != nil {
		cancelCtx()
		cancelAlloc()
		return nil, nil, fmt.Errorf("starting %s: %w", path, err)
	}
	return ctx, func() { cancelCtx(); cancelAlloc() }, nil
}

// NewTemp starts a headless Chromium as New does, with a fresh profile in a
// folder of its own that cancel removes once the browser has stopped.
func NewTemp(parent context.Context, extra ...Flag) (context.Context, context.CancelFunc, error) {
	dir, err := os.MkdirTemp("", "chromium-profile-")
	if err != nil {
		return nil, nil, fmt.Errorf("making a browser profile: %w", err)
	}
	ctx, cancel, err := New(parent, dir, extra...)
	if err != nil {
		os.RemoveAll(dir)
		return nil, nil, err
	}
	return ctx, func() { cancel(); os.RemoveAll(dir) }, nil
}
