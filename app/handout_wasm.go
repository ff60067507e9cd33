//go:build wasm

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
)

// NewHandout stands in, in app.wasm, for the handout, which the server
// alone writes: reached by a link of a page app.wasm runs, it loads the
// handout from the server.
func NewHandout(*data.Facts, Site) goapp.Composer { return &serverPage{} }
