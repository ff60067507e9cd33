package asset

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// suffixes name the encoded copies that may sit beside a file.
var suffixes = map[string]string{".br": "br", ".gz": "gzip"}

// LargeFile is the size above which a file without build-time encodings is
// compressed at FastQuality rather than BestQuality while the server starts.
const LargeFile = 1 << 20

// Load reads every file at the top of fsys. An encoded copy beside a file
// ("app.wasm.br", "app.wasm.gz") is used as that file's encoding if it
// decodes to the file; any encoding missing is made now.
func Load(fsys fs.FS) ([]*File, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("listing assets: %w", err)
	}
	var files []*File
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || suffixes[filepath.Ext(name)] != "" || strings.HasPrefix(name, ".") {
			continue
		}
		body, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("reading asset: %w", err)
		}
		f := New(name, body)
		if err := f.loadEncodings(fsys); err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return files, nil
}

// loadEncodings takes the build-time encodings beside f, or makes them.
func (f *File) loadEncodings(fsys fs.FS) error {
	if !Compressible(f.Name) {
		return nil
	}
	for suffix, encoding := range suffixes {
		enc, err := fs.ReadFile(fsys, f.Name+suffix)
		if err != nil || !Decodes(encoding, enc, f.Body) || len(enc) >= len(f.Body) {
			continue
		}
		if encoding == "br" {
			f.Brotli = enc
		} else {
			f.Gzip = enc
		}
	}
	quality := BestQuality
	if len(f.Body) > LargeFile {
		quality = FastQuality
	}
	return f.Compress(quality)
}

// WriteEncodings writes the brotli (best quality) and gzip copies of every
// compressible file at the top of dir, beside it, skipping a file whose
// copies are already up to date. It returns the names it wrote.
func WriteEncodings(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("listing %s: %w", dir, err)
	}
	var wrote []string
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !Compressible(name) {
			continue
		}
		p := filepath.Join(dir, name)
		body, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("reading asset: %w", err)
		}
		if upToDate(p, body) {
			continue
		}
		f := New(name, body)
		if err := f.Compress(BestQuality); err != nil {
			return nil, err
		}
		for suffix, enc := range map[string][]byte{".br": f.Brotli, ".gz": f.Gzip} {
			if enc == nil {
				_ = os.Remove(p + suffix)
				continue
			}
			if err := os.WriteFile(p+suffix, enc, 0o644); err != nil {
				return nil, fmt.Errorf("writing encoding: %w", err)
			}
			wrote = append(wrote, name+suffix)
		}
	}
	sort.Strings(wrote)
	return wrote, nil
}

// upToDate reports whether both encoded copies beside p decode to body.
func upToDate(p string, body []byte) bool {
	for suffix, encoding := range suffixes {
		enc, err := os.ReadFile(p + suffix)
		if err != nil || !Decodes(encoding, enc, body) {
			return false
		}
	}
	return true
}
