package server

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/asset"
)

// newPageHandler configures go-app's handler: local icons and assets under
// their versioned names, app.wasm's real size for the progress figure, and
// a loading indicator that never covers the prerendered page.
func newPageHandler(f *data.Facts, static map[string]*asset.File, version string) *goapp.Handler {
	l := locale.Default
	web := func(name string) string { return "/web/" + static[name].Versioned() }
	return &goapp.Handler{
		Name:            f.Texts.Site.Title.In(locale.EN),
		ShortName:       "BE · US",
		Title:           f.Texts.Site.Title.In(l),
		Description:     f.Texts.Site.Description.In(l),
		Lang:            string(l),
		BackgroundColor: "#FFFFFF",
		ThemeColor:      "#0A3161",
		Icon: goapp.Icon{
			Default:  web("icon-192.png"),
			Large:    web("icon-512.png"),
			Maskable: web("icon-512.png"),
			SVG:      web("icon.svg"),
		},
		Styles:             []string{web("app.css")},
		Scripts:            []string{web("echarts.js") + " defer"},
		CacheableResources: pagePaths(),
		Version:            version,
		WasmContentLength:  strconv.Itoa(len(static["app.wasm"].Body)),
		Resources:          resolver{"/web/app.wasm": web("app.wasm")},
	}
}

// pagePaths are the language pages, which the service worker keeps for
// offline use ("/" it keeps anyway).
func pagePaths() []string {
	var paths []string
	for _, l := range locale.All {
		paths = append(paths, "/"+string(l))
	}
	return paths
}

// resolver gives go-app the versioned name of app.wasm; every other
// resource is on this origin under the name it has.
type resolver map[string]string

func (r resolver) Resolve(location string) string {
	if v, ok := r[location]; ok {
		return v
	}
	return location
}

// shellNames are the files go-app generates.
var shellNames = []string{"/app.js", "/wasm_exec.js", "/app-worker.js", "/manifest.webmanifest", "/app.css"}

// shellFiles takes go-app's generated files from its handler, once, and
// compresses them.
func shellFiles(h http.Handler) (map[string]*asset.File, error) {
	files := map[string]*asset.File{}
	for _, p := range shellNames {
		body, err := capture(h, p)
		if err != nil {
			return nil, err
		}
		if p == "/app.js" {
			if body, err = startAfterLoad(body); err != nil {
				return nil, err
			}
		}
		f := asset.New(p[1:], body)
		if err := f.Compress(asset.BestQuality); err != nil {
			return nil, err
		}
		files[p] = f
	}
	return files, nil
}

// goappStylesheet is the link go-app adds to every page, to its own
// stylesheet for its loader and not-found page (its attributes come in any
// order); app.css styles the loader, so the prerendered pages do without
// it: one render-blocking request less.
var goappStylesheet = regexp.MustCompile(`<link [^>]*\bhref="/app\.css"[^>]*>\n?`)

// prerender renders each language's page once, and compresses it.
func prerender(h http.Handler) (map[locale.Lang]*asset.File, error) {
	pages := map[locale.Lang]*asset.File{}
	for _, l := range locale.All {
		body, err := capture(h, "/"+string(l))
		if err != nil {
			return nil, err
		}
		if n := len(goappStylesheet.FindAllIndex(body, -1)); n != 1 {
			return nil, fmt.Errorf("rendering /%s: %d links to go-app's stylesheet, want 1", l, n)
		}
		body = goappStylesheet.ReplaceAll(body, nil)
		f := asset.New(string(l)+".html", body)
		if err := f.Compress(asset.BestQuality); err != nil {
			return nil, err
		}
		pages[l] = f
	}
	return pages, nil
}

// capture returns what h answers to GET path.
func capture(h http.Handler, path string) ([]byte, error) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("rendering %s: status %d", path, rec.Code)
	}
	return rec.Body.Bytes(), nil
}

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

// chartsDrawn is the promise chartsFirst waits for.
const chartsDrawn = `
function goappChartsDrawn() {
  const charts = window.pageCharts;
  if (!charts || !charts.ready) {
    return Promise.resolve();
  }
  return Promise.race([charts.ready, new Promise((resolve) => setTimeout(resolve, 10000))]);
}
`

// startAfterLoad changes app.js to start with pageFirst and to run app.wasm
// with chartsFirst.
func startAfterLoad(appJS []byte) ([]byte, error) {
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
