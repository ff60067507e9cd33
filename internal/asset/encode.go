package asset

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"

	"github.com/andybalholm/brotli"
)

// BestQuality is brotli's highest quality: slow, for files encoded once at
// build time.
const BestQuality = 11

// BrotliWindow is the largest brotli window, as a power of two: the
// brotli command's default, 16 MiB, where the library would pick 4 MiB.
const BrotliWindow = 24

// windowFor is the brotli window for a body of n bytes: the smallest that
// holds it, within brotli's bounds. A larger window finds nothing more in
// a small file, and costs the encoder memory in proportion: at quality 11,
// a 16 MiB window for each of the pages the server encodes when it starts
// took its memory past 400 MB.
func windowFor(n int) int {
	w := 10
	for w < BrotliWindow && 1<<w < n {
		w++
	}
	return w
}

// FastQuality is a brotli quality for large files encoded while the server
// starts, when no build-time encoding is there.
const FastQuality = 5

// Compress fills in the encodings the file lacks, brotli at the given
// quality and gzip at its best, keeping each only if it is smaller than the
// file.
func (f *File) Compress(quality int) error {
	if !Compressible(f.Name) {
		return nil
	}
	if f.Brotli == nil {
		br, err := encodeBrotli(f.Body, quality)
		if err != nil {
			return fmt.Errorf("brotli %s: %w", f.Name, err)
		}
		f.Brotli = smaller(br, f.Body)
	}
	if f.Gzip == nil {
		gz, err := encodeGzip(f.Body)
		if err != nil {
			return fmt.Errorf("gzip %s: %w", f.Name, err)
		}
		f.Gzip = smaller(gz, f.Body)
	}
	return nil
}

func smaller(enc, body []byte) []byte {
	if len(enc) < len(body) {
		return enc
	}
	return nil
}

func encodeBrotli(body []byte, quality int) ([]byte, error) {
	var b bytes.Buffer
	w := brotli.NewWriterOptions(&b, brotli.WriterOptions{Quality: quality, LGWin: windowFor(len(body))})
	if _, err := w.Write(body); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func encodeGzip(body []byte) ([]byte, error) {
	var b bytes.Buffer
	w, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(body); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// Decodes reports whether enc, in the given encoding ("br" or "gzip"),
// decodes to body: an encoding left over from an older build must never be
// served, nor measured in its place.
func Decodes(encoding string, enc, body []byte) bool {
	var r io.Reader
	switch encoding {
	case "br":
		r = brotli.NewReader(bytes.NewReader(enc))
	case "gzip":
		zr, err := gzip.NewReader(bytes.NewReader(enc))
		if err != nil {
			return false
		}
		r = zr
	default:
		return false
	}
	got, err := io.ReadAll(io.LimitReader(r, int64(len(body))+1))
	return err == nil && bytes.Equal(got, body)
}
