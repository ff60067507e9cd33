package server

import (
	"fmt"
	"net/http"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/web"
)

// Open loads the facts, checked against the charts' needs, and the assets
// (embedded, or read from assetsDir when it is not empty), registers the
// page table with go-app and returns the site's handler: what the server,
// the browser tests and the tools serve. go-app's routes are global, so a
// process calls Open once.
func Open(assetsDir, version, publicURL string) (http.Handler, error) {
	facts, err := data.Load(chart.Needs()...)
	if err != nil {
		return nil, fmt.Errorf("loading data: %w", err)
	}
	assets, err := web.FS(assetsDir)
	if err != nil {
		return nil, fmt.Errorf("opening assets: %w", err)
	}
	app.Register(facts)
	return New(Config{Facts: facts, Assets: assets, Version: version, PublicURL: publicURL})
}
