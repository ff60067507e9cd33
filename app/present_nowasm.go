//go:build !wasm

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data/locale"
)

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

// tell has no other window to tell on the server.
func (kiosk) tell(deckState) {}

// openSpeaker has no window to open on the server.
func (p *Present) openSpeaker() {}

// focus has nothing to focus on the server.
func focus(string) {}

// keepNotesLang keeps nothing on the server.
func keepNotesLang(locale.Lang) {}
