// Package asset holds the files the server sends as they go over the wire:
// each with its media type, a content hash that versions its name and its
// ETag, and its brotli and gzip encodings.
package asset

import (
	"crypto/sha256"
	"encoding/hex"
	"mime"
	"path"
	"strings"
)

// File is one servable file.
type File struct {
	// Name is the file's name, without any version: "echarts.js".
	Name string
	// Type is the Content-Type.
	Type string
	// Hash is the start of the SHA-256 of Body, in hex.
	Hash string
	// Body is the file as it is.
	Body []byte
	// Brotli and Gzip are Body encoded, or nil when the file is not
	// worth compressing.
	Brotli, Gzip []byte
}

// hashLen is the number of hex digits of the content hash kept in names.
const hashLen = 12

// New returns the file with its type and hash; it has no encodings yet.
func New(name string, body []byte) *File {
	sum := sha256.Sum256(body)
	return &File{
		Name: name,
		Type: TypeOf(name),
		Hash: hex.EncodeToString(sum[:])[:hashLen],
		Body: body,
	}
}

// Versioned is the file's name with its hash before the extension:
// "echarts.js" becomes "echarts.0123456789ab.js". The name changes with the
// content, so it can be cached forever.
func (f *File) Versioned() string {
	ext := path.Ext(f.Name)
	return strings.TrimSuffix(f.Name, ext) + "." + f.Hash + ext
}

// Unversioned returns the plain name of a versioned name:
// "echarts.0123456789ab.js" gives "echarts.js". ok is false when the name
// carries no version.
func Unversioned(name string) (plain string, ok bool) {
	ext := path.Ext(name)
	stem := strings.TrimSuffix(name, ext)
	dot := strings.LastIndexByte(stem, '.')
	if dot < 0 || len(stem)-dot-1 != hashLen {
		return "", false
	}
	for _, c := range stem[dot+1:] {
		if !strings.ContainsRune("0123456789abcdef", c) {
			return "", false
		}
	}
	return stem[:dot] + ext, true
}

// types are the media types this site serves, fixed here rather than taken
// from the system's tables, which vary.
var types = map[string]string{
	".css":         "text/css; charset=utf-8",
	".csv":         "text/csv; charset=utf-8",
	".html":        "text/html; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".json":        "application/json",
	".png":         "image/png",
	".svg":         "image/svg+xml",
	".txt":         "text/plain; charset=utf-8",
	".wasm":        "application/wasm",
	".webmanifest": "application/manifest+json",
	".xml":         "application/xml",
	".zip":         "application/zip",
}

// TypeOf returns the Content-Type for a file name.
func TypeOf(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := types[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}

// Compressible reports whether a file of this name gains from compression;
// images in PNG are compressed already.
func Compressible(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".css", ".csv", ".html", ".js", ".json", ".svg", ".txt", ".wasm", ".webmanifest", ".xml":
		return true
	}
	return false
}
