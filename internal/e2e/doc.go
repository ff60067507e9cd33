// Package e2e holds the browser tests: the real server, the real app.wasm
// and ECharts bundle, driven in Debian's headless Chromium.
package e2e
