// Package web holds the page's static assets (static/: the stylesheet,
// icons, the scripts built from js/ and app.wasm, with their brotli and
// gzip copies, all but the first two built by the Makefile) and the
// palette of the pictures the server draws, held to the stylesheet.
package web

import (
	"embed"
	"io/fs"
	"os"
)

//go:embed static
var files embed.FS

// FS returns the assets: embedded in the binary, or read from dir on disk
// when dir is not empty, never from outside it, whatever links it holds:
// a developer sees an edit after restarting the server, without
// rebuilding it (the server reads, hashes and compresses the assets once,
// when it starts).
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
