//go:build !wasm

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
)

// newEmbedPage makes the page of an embed: the whole infographic for "",
// else one part of it. Embeds are served prerendered and never run
// app.wasm, so their components are left out of it (embedpage_wasm.go).
func newEmbedPage(f *data.Facts, s Site, id string) goapp.Composer {
	if id == "" {
		return NewEmbed(f, s)
	}
	return NewEmbedPart(f, s, id)
}
