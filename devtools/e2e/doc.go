// Package e2e holds the browser tests: the real server, the real app.wasm
// and ECharts bundle, driven in Debian's headless Chromium. They are built
// with the e2e tag (make e2e; make test runs them) after make build.
package e2e
