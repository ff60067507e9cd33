package server

import (
	"fmt"
	"strings"
)

// go-app's app.js starts the service worker and app.wasm as soon as it
// runs, on every device. patchAppJS replaces that start with the site's
// start script (web/js/start.js), which runs app.wasm only where it
// serves, and fails loudly if go-app's script no longer reads as
// expected.

// goappStart is how go-app's app.js starts.
const goappStart = `goappInitServiceWorker();
goappWatchForUpdate();
goappWatchForInstallable();
goappInitWebAssembly();
`

// chartsBundle is where the start script names the ECharts bundle it
// loads.
const chartsBundle = "{{CHARTS_BUNDLE}}"

// patchAppJS changes go-app's app.js to start with the start script,
// which loads the ECharts bundle at bundleURL, and adds the controls
// script (web/js/controls.js) at its end.
func patchAppJS(appJS []byte, start, controls, bundleURL string) ([]byte, error) {
	s := string(appJS)
	if strings.Count(s, goappStart) != 1 {
		return nil, fmt.Errorf("go-app's app.js does not read as expected (%q): cannot change its start", strings.TrimSpace(goappStart))
	}
	if strings.Count(start, chartsBundle) != 1 {
		return nil, fmt.Errorf("the start script does not name the ECharts bundle as %s", chartsBundle)
	}
	start = strings.Replace(start, chartsBundle, bundleURL, 1)
	return []byte(strings.Replace(s, goappStart, start+"\n", 1) + controls), nil
}
