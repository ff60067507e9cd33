//go:build !wasm

package app

import goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

// kiosk is empty on the server, which writes the presentation but never
// runs it: no listener, no wake lock, no cursor to hide.
type kiosk struct{}

// collect has nothing to collect on the server, where no slide comes or
// goes.
func (kiosk) collect(goapp.Context) {}

// toggleFullscreen has no screen to fill on the server.
func toggleFullscreen() {}

// showCard has no card to show on the server, which writes them closed.
func showCard(string) {}
