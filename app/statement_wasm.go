//go:build wasm

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
)

// NewStatement stands in, in app.wasm, for the accessibility statement,
// which the server alone writes: reached by a link of a page app.wasm
// runs, it loads the statement from the server.
func NewStatement(*data.Facts, Site) goapp.Composer { return &serverPage{} }

// serverPage is a page that only the server writes.
type serverPage struct{ goapp.Compo }

// OnNav loads the page from the server, at the address the link gave.
func (s *serverPage) OnNav(goapp.Context) { goapp.Window().Get("location").Call("reload") }

// Render shows nothing while the page loads.
func (s *serverPage) Render() goapp.UI { return goapp.Div() }
