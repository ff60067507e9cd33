// Package web holds the page's static assets: the stylesheet, icons, the
// ECharts bundle and app.wasm, with their brotli and gzip copies (the
// bundle, app.wasm and the copies are built by the Makefile).
package web

import (
	"embed"
	"io/fs"
	"os"
)

//go:embed static
var files embed.FS

// FS returns the assets: embedded in the binary, or read from dir on disk
// when dir is not empty (never from outside it, whatever links it holds), so that a developer sees an edit after restarting
// the server, without rebuilding it (the server reads, hashes and
// compresses the assets once, when it starts).
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
