package bench

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
)

// chartCount is how many charts the page draws.
var chartCount = len(chart.All)

// What the page under test looks like to the probe.
const (
	// mountMark is the performance mark the app sets once it has mounted.
	mountMark = app.MountedMark
	// loaderID is the element go-app shows while the WASM loads.
	loaderID = "app-wasm-loader"
)

//go:embed probe.js
var probeJS string

// vitalsBuild is the web-vitals build the probe uses, in the folder where
// npm installed the package: a script that defines the global webVitals.
const vitalsBuild = "node_modules/web-vitals/dist/web-vitals.iife.js"

// vitalsGlobal is how the build starts: the name it defines.
const vitalsGlobal = "var webVitals="

// probeScript returns the script installed in every new document, with
// the web-vitals build that npm installed in vitalsDir.
func probeScript(vitalsDir string) (string, error) {
	lib, err := os.ReadFile(filepath.Join(vitalsDir, filepath.FromSlash(vitalsBuild)))
	if err != nil {
		return "", fmt.Errorf("reading the web-vitals build (make bench installs it): %w", err)
	}
	return buildProbe(string(lib))
}

// sourceMapComment is the build's last line, which names a file the page
// does not have.
var sourceMapComment = regexp.MustCompile(`(?m)^//# sourceMappingURL=.*$`)

// buildProbe returns the script installed in every new document: in the
// top window only, the web-vitals build lib, then probe.js called with
// what it looks for and the library. The function around them keeps the
// library's global out of the page.
func buildProbe(lib string) (string, error) {
	if !strings.HasPrefix(strings.TrimSpace(lib), vitalsGlobal) {
		return "", errors.New("the web-vitals build does not start with " + vitalsGlobal)
	}
	config, err := json.Marshal(map[string]any{
		"charts":         chartCount,
		"chartSelector":  "[" + app.ChartAttr + "]",
		"readyAttribute": app.ReadyAttr,
		"mountMark":      mountMark,
		"loaderID":       loaderID,
		"canvasSelector": "." + app.CanvasClass,
	})
	if err != nil {
		return "", fmt.Errorf("encoding the probe's settings: %w", err)
	}
	return "(() => {\nif (window.top !== window) return;\n" +
		strings.TrimSpace(sourceMapComment.ReplaceAllString(lib, "")) + ";\n(" +
		strings.TrimSpace(probeJS) + ")(" + string(config) + ", webVitals);\n})();", nil
}

// readProbe is the expression that returns the probe's reading, or null in
// a document that has none.
const readProbe = `window.__bench ? window.__bench.read() : null`

// reading is what the probe recorded in one document. Times are in
// milliseconds since the navigation started; a nil time was not seen yet.
// FCP, LCP and CLS are web-vitals' latest values.
type reading struct {
	FCP           *float64 `json:"fcp"`
	LCP           *float64 `json:"lcp"`
	CLS           *float64 `json:"cls"`
	Mark          *float64 `json:"mark"`
	WasmFetch     *float64 `json:"wasmFetch"`
	LoaderGone    *float64 `json:"loaderGone"`
	ChartsDrawn   *float64 `json:"chartsDrawn"`
	Scrolled      *float64 `json:"scrolled"`
	INP           *float64 `json:"inp"`
	ChartsTotal   int      `json:"chartsTotal"`
	ChartsReady   int      `json:"chartsReady"`
	LoaderPresent bool     `json:"loaderPresent"`
	LongTasks     []Task   `json:"longTasks"`
	Now           float64  `json:"now"`
	LastActivity  float64  `json:"lastActivity"`
}

// mounted returns when the WASM mounted and how that was seen: the app's
// mark when it sets one, else the loader leaving the document.
func (r reading) mounted() (at float64, by string, ok bool) {
	switch {
	case r.Mark != nil:
		return *r.Mark, MountedByMark, true
	case r.LoaderGone != nil:
		return *r.LoaderGone, MountedByLoader, true
	}
	return 0, "", false
}

// chartsReady reports whether every chart is drawn now.
func (r reading) chartsReady() bool {
	return r.ChartsDrawn != nil && r.ChartsTotal == chartCount && r.ChartsReady == r.ChartsTotal
}

// done reports whether the load has reached its end: every chart drawn
// and, where it runs, the WASM mounted.
func (r reading) done(wasm bool) bool {
	_, _, mounted := r.mounted()
	return r.chartsReady() && (mounted || !wasm)
}

// missing says what keeps the load from its end.
func (r reading) missing() string {
	var parts []string
	if !r.chartsReady() {
		parts = append(parts, fmt.Sprintf("charts drawn %d of %d (%d in the document)", r.ChartsReady, chartCount, r.ChartsTotal))
	}
	if _, _, ok := r.mounted(); !ok {
		parts = append(parts, fmt.Sprintf("WASM not mounted (no %q mark, #%s still in the document)", mountMark, loaderID))
	}
	return strings.Join(parts, "; ")
}
