//go:build wasm

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
)

// newEmbedPage stands in, in app.wasm, for the embeds' pages, which never
// run it: should it ever be asked for one, it shows the not-found page
// rather than fail.
func newEmbedPage(f *data.Facts, s Site, _ string) goapp.Composer { return NewNotFound(f, s) }
