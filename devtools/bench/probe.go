package bench

import (
	_ "embed"
	"encoding/json"
	"fmt"
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

// probeScript returns the script installed in every new document: probe.js
// called with what it looks for.
func probeScript() (string, error) {
	config, err := json.Marshal(map[string]any{
		"charts":         chartCount,
		"chartSelector":  "[" + app.ChartAttr + "]",
		"readyAttribute": app.ReadyAttr,
		"mountMark":      mountMark,
		"loaderID":       loaderID,
	})
	if err != nil {
		return "", fmt.Errorf("encoding the probe's settings: %w", err)
	}
	return "(" + strings.TrimSpace(probeJS) + ")(" + string(config) + ");", nil
}

// readProbe is the expression that returns the probe's reading, or null in
// a document that has none.
const readProbe = `window.__bench ? window.__bench.read() : null`

// reading is what the probe recorded in one document. Times are in
// milliseconds since the navigation started; a nil time was not seen yet.
type reading struct {
	FCP           *float64 `json:"fcp"`
	LCP           *float64 `json:"lcp"`
	Mark          *float64 `json:"mark"`
	WasmFetch     *float64 `json:"wasmFetch"`
	LoaderGone    *float64 `json:"loaderGone"`
	ChartsDrawn   *float64 `json:"chartsDrawn"`
	ChartsTotal   int      `json:"chartsTotal"`
	ChartsReady   int      `json:"chartsReady"`
	LoaderPresent bool     `json:"loaderPresent"`
	LongTasks     []Task   `json:"longTasks"`
	Shifts        []Shift  `json:"shifts"`
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
