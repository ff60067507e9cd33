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
// when dir is not empty, so that a developer sees an edit after restarting
// the server, without rebuilding it (the server reads, hashes and
// compresses the assets once, when it starts).
func FS(dir string) (fs.FS, error) {
	if dir != "" {
		if _, err := os.Stat(dir); err != nil {
			return nil, err
		}
		return os.DirFS(dir), nil
	}
	return fs.Sub(files, "static")
}
