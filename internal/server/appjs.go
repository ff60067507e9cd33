package server

import (
	"fmt"
	"strings"
)

// go-app's app.js starts the service worker and app.wasm as soon as it
// runs; the page wants its text and charts first. patchAppJS rewrites the
// two places that decide this, and fails loudly if go-app's script no
// longer reads as expected.

// goappStart is how go-app's app.js starts: the service worker and the
// WebAssembly at once, as soon as the script runs.
const goappStart = `goappInitServiceWorker();
goappWatchForUpdate();
goappWatchForInstallable();
goappInitWebAssembly();
`

// pageFirst starts them once the page has loaded: its text, its ECharts
// bundle and its charts then have the network and the processor to
// themselves. The service worker, which fetches everything for offline
// use, starts after the WebAssembly, whose copy it then finds in the
// browser's cache.
const pageFirst = `goappWatchForUpdate();
goappWatchForInstallable();
function goappStartAfterLoad() {
  goappInitWebAssembly().finally(goappInitServiceWorker);
}
if (document.readyState === "complete") {
  goappStartAfterLoad();
} else {
  window.addEventListener("load", goappStartAfterLoad, { once: true });
}
`

// goappRun is where go-app's app.js runs app.wasm, once compiled.
const goappRun = `    go.run(wasm.instance);
`

// chartsFirst runs app.wasm only once the page's script has drawn the
// charts (web/echarts/index.js), so that the two do not take turns on the
// processor; it runs it anyway after 10 s without news of the charts.
const chartsFirst = `    await goappChartsDrawn();
    go.run(wasm.instance);
`

// chartsDrawn is the promise chartsFirst waits for. A page in a hidden tab
// draws nothing until it is shown, so there app.wasm does not wait.
const chartsDrawn = `
function goappChartsDrawn() {
  const charts = window.pageCharts;
  if (!charts || !charts.ready || document.hidden) {
    return Promise.resolve();
  }
  return Promise.race([charts.ready, new Promise((resolve) => setTimeout(resolve, 10000))]);
}
`

// patchAppJS changes go-app's app.js to start with pageFirst and to run
// app.wasm with chartsFirst.
func patchAppJS(appJS []byte) ([]byte, error) {
	s := string(appJS)
	for _, want := range []string{goappStart, goappRun} {
		if strings.Count(s, want) != 1 {
			return nil, fmt.Errorf("go-app's app.js does not read as expected (%q): cannot defer its start", strings.TrimSpace(want))
		}
	}
	s = strings.Replace(s, goappStart, pageFirst+chartsDrawn, 1)
	s = strings.Replace(s, goappRun, chartsFirst, 1)
	return []byte(s), nil
}
