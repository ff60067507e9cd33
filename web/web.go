// Package web holds the page's static assets and the palette of the
// pictures the server draws.
//
// static/ holds the stylesheet and the icons, and what the Makefile
// builds: the scripts from js/, app.wasm, and their brotli and gzip
// copies. A test holds the palette to the stylesheet.
package web

import (
	"embed"
	"io/fs"
	"os"
)

//go:embed static
var files embed.FS

// FS returns the assets embedded in the binary, or those in dir when dir
// is not empty. Nothing outside dir is read, whatever links it holds.
// With dir, an edit shows after a restart, without a rebuild.
func FS(dir string) (fs.FS, error) {
	if dir != "" {
		// A root, not a plain folder: no name, symbolic links included,
		// leads out of it.
		root, err := os.OpenRoot(dir)
		if err != nil {
			return nil, err
		}
		return root.FS(), nil
	}
	return fs.Sub(files, "static")
}
