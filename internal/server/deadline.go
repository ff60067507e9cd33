package server

import (
	"net/http"
	"time"
)

// How long an answer may take to send. Every answer gets WriteTime; a
// file gets as much more as it needs at MinRate, so that no legitimate
// download is cut: the whole app.wasm, uncompressed, at 100 KB/s, among
// them. The server itself sets no write timeout, which would be the same
// for a page and for app.wasm.
const (
	WriteTime = 30 * time.Second
	MinRate   = 16 << 10 // bytes a second: a poor mobile link
)

// deadline gives every answer WriteTime to be sent.
func deadline(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// A writer without a connection beneath (a test's) has no
		// deadline to set.
		_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(WriteTime))
		next.ServeHTTP(w, r)
	})
}

// allowFor gives an answer of size bytes the time it needs at MinRate.
func allowFor(w http.ResponseWriter, size int) {
	_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(SendTime(size)))
}

// SendTime is the time an answer of size bytes may take: WriteTime, and
// the time it takes at MinRate.
func SendTime(size int) time.Duration {
	return WriteTime + time.Duration(size)*time.Second/MinRate
}
