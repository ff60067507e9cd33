//go:build !wasm

package data

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
)

//go:embed facts.toml texts.toml
var files embed.FS

// Load decodes and validates the embedded files, against the charts' needs
// when they are given.
func Load(needs ...Need) (*Facts, error) {
	return LoadFS(files, ".", needs...)
}

// LoadFS decodes and validates facts.toml and texts.toml from dir in fsys,
// for checking files on disk before they are embedded.
func LoadFS(fsys fs.FS, dir string, needs ...Need) (*Facts, error) {
	facts, err := fs.ReadFile(fsys, path.Join(dir, "facts.toml"))
	if err != nil {
		return nil, fmt.Errorf("reading facts: %w", err)
	}
	texts, err := fs.ReadFile(fsys, path.Join(dir, "texts.toml"))
	if err != nil {
		return nil, fmt.Errorf("reading texts: %w", err)
	}
	return Parse(facts, texts, needs...)
}
