package server

import (
	"fmt"
	"net/http"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/web"
)

// Options are how the site is served.
type Options struct {
	// AssetsDir is a folder to read the assets from, instead of the copy
	// embedded in the program.
	AssetsDir string
	// Version identifies the build.
	Version string
	// PublicURL is the site's public address ("https://example.org").
	PublicURL string
	// Prefix is the path the site is served under ("/infographic"), or
	// "" at the root of its origin (ParsePrefix).
	Prefix string
	// Contact is the address for feedback on accessibility: an e-mail
	// address or an https page (ParseContact); none when empty.
	Contact string
	// FrameAncestors lists the sites that may frame the site, as
	// ParseFrameAncestors reads them; empty means this site alone.
	FrameAncestors string
	// Draining reports that the server is shutting down (Config.Draining).
	Draining func() bool
}

// Open loads the facts, checked against the charts' needs, and the assets
// (embedded, or read from o.AssetsDir), and returns the site's handler:
// what the server, the browser tests and the tools serve.
func Open(o Options) (http.Handler, error) {
	cfg, err := load(o)
	if err != nil {
		return nil, err
	}
	return New(cfg)
}

// load reads what Options name into a Config.
func load(o Options) (Config, error) {
	ancestors, err := ParseFrameAncestors(o.FrameAncestors)
	if err != nil {
		return Config{}, err
	}
	prefix, err := ParsePrefix(o.Prefix)
	if err != nil {
		return Config{}, err
	}
	contact, err := ParseContact(o.Contact)
	if err != nil {
		return Config{}, err
	}
	publicURL, err := ParsePublicURL(o.PublicURL)
	if err != nil {
		return Config{}, err
	}
	facts, err := data.Load(chart.Needs()...)
	if err != nil {
		return Config{}, fmt.Errorf("loading data: %w", err)
	}
	assets, err := web.FS(o.AssetsDir)
	if err != nil {
		return Config{}, fmt.Errorf("opening assets: %w", err)
	}
	return Config{
		Facts: facts, Assets: assets, Version: o.Version,
		Site:           app.NewSite(publicURL, prefix, contact),
		FrameAncestors: ancestors, Draining: o.Draining,
	}, nil
}
