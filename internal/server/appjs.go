package server

import (
	_ "embed"
	"fmt"
	"strings"
)

// go-app's app.js starts the service worker and app.wasm as soon as it
// runs, on every device. patchAppJS replaces that start with start.js,
// which runs app.wasm only where it serves, and fails loudly if go-app's
// script no longer reads as expected.

// goappStart is how go-app's app.js starts.
const goappStart = `goappInitServiceWorker();
goappWatchForUpdate();
goappWatchForInstallable();
goappInitWebAssembly();
`

// startJS is the start that replaces it.
//
//go:embed start.js
var startJS string

// controlsJS runs the page's controls that need no app.wasm; it ends
// app.js.
//
//go:embed controls.js
var controlsJS string

// chartsBundle is where start.js names the ECharts bundle it loads.
const chartsBundle = "{{CHARTS_BUNDLE}}"

// patchAppJS changes go-app's app.js to start with startJS, which loads
// the ECharts bundle at bundleURL, and adds controlsJS at its end.
func patchAppJS(appJS []byte, bundleURL string) ([]byte, error) {
	s := string(appJS)
	if strings.Count(s, goappStart) != 1 {
		return nil, fmt.Errorf("go-app's app.js does not read as expected (%q): cannot change its start", strings.TrimSpace(goappStart))
	}
	start := strings.Replace(startJS, chartsBundle, bundleURL, 1)
	return []byte(strings.Replace(s, goappStart, start, 1) + controlsJS), nil
}

// workerPush heads the part of go-app's service worker that shows push
// notifications and opens windows from them.
const workerPush = "// Push Notifications\n"

// patchWorker cuts the push notifications out of go-app's service worker:
// the site sends none, and a handler it does not use is one that could
// be abused (clients.openWindow from a push's data). It fails loudly when
// the worker no longer reads as expected.
func patchWorker(worker []byte) ([]byte, error) {
	s := string(worker)
	i := strings.Index(s, workerPush)
	if i < 0 || strings.Count(s, workerPush) != 1 {
		return nil, fmt.Errorf("go-app's app-worker.js does not read as expected (%q): cannot cut its push handlers", strings.TrimSpace(workerPush))
	}
	// Back to the start of the comment block that heads the part.
	start := strings.LastIndex(s[:i], "\n// ---")
	if start < 0 {
		start = i
	}
	return []byte(strings.TrimRight(s[:start], "\n") + "\n"), nil
}
