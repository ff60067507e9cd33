//go:build wasm

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
)

// NewKit stands in, in app.wasm, for the social-media kit, which the
// server alone writes: reached by a link of a page app.wasm runs, it
// loads the kit from the server.
func NewKit(*data.Facts, Site) goapp.Composer { return &serverPage{} }
