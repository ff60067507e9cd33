package server

import (
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// loggedPath is the most of a path a log line holds, in bytes.
const loggedPath = 1024

// AccessLog logs every request with logger once it is answered: who made
// it (client), method, path, status, bytes sent and duration. A 4xx
// answer is logged at the warning level, a 5xx at the error level. An
// answer cut short (fewer bytes sent than its Content-Length, or a copy
// that failed, as when the client went away) is logged at the warning
// level, with cut=true and the bytes expected. A path longer than
// loggedPath is cut there, and logged with path_bytes, its length.
func AccessLog(next http.Handler, logger *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		level := slog.LevelInfo
		expected, cut := rec.cut(r.Method)
		switch {
		case rec.status >= 500:
			level = slog.LevelError
		case rec.status >= 400 || cut:
			level = slog.LevelWarn
		}
		attrs := []slog.Attr{
			slog.String("client", client(r)),
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Int("status", rec.status),
			slog.Int64("bytes", rec.bytes),
			slog.Duration("duration", time.Since(start)),
		}
		if len(r.URL.Path) > loggedPath {
			attrs[2] = slog.String("path", r.URL.Path[:loggedPath])
			attrs = append(attrs, slog.Int("path_bytes", len(r.URL.Path)))
		}
		if cut {
			attrs = append(attrs, slog.Bool("cut", true), slog.Int64("expected", expected))
		}
		logger.LogAttrs(r.Context(), level, "request", attrs...)
	})
}

// client is the address of who made a request: the peer's, or, when the
// peer is a proxy on this machine (the loopback), the last address the
// proxy added to X-Forwarded-For. Anything there but an IP address is
// ignored: nothing else of a request reaches the log.
func client(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	peer := net.ParseIP(host)
	if peer == nil {
		return ""
	}
	if !peer.IsLoopback() {
		return peer.String()
	}
	hops := r.Header.Values("X-Forwarded-For")
	if len(hops) == 0 {
		return peer.String()
	}
	last := hops[len(hops)-1]
	if i := strings.LastIndexByte(last, ','); i >= 0 {
		last = last[i+1:]
	}
	if ip := net.ParseIP(strings.TrimSpace(last)); ip != nil {
		return ip.String()
	}
	return peer.String()
}

// recorder notes the status and the size of an answer, and whether a
// copy failed; Unwrap lets http.ResponseController reach the connection
// beneath.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
	wrote  bool
	failed bool
}

// cut reports whether an answer to a request of the given method was cut
// short, and the bytes its Content-Length announced (-1 when it named
// none).
func (r *recorder) cut(method string) (expected int64, cut bool) {
	expected = -1
	if n, err := strconv.ParseInt(r.Header().Get("Content-Length"), 10, 64); err == nil {
		expected = n
	}
	bodiless := method == http.MethodHead || r.status == http.StatusNotModified || r.status == http.StatusNoContent || r.status < 200
	return expected, r.failed || !bodiless && expected >= 0 && r.bytes < expected
}

func (r *recorder) WriteHeader(status int) {
	if !r.wrote {
		r.status, r.wrote = status, true
	}
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	r.wrote = true
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	r.failed = r.failed || failed(err)
	return n, err
}

// ReadFrom lets a file reach the connection's own ReadFrom (sendfile).
func (r *recorder) ReadFrom(src io.Reader) (int64, error) {
	r.wrote = true
	n, err := io.Copy(r.ResponseWriter, src)
	r.bytes += n
	r.failed = r.failed || failed(err)
	return n, err
}

// failed reports whether a copy's error cut the answer: a body written
// to an answer that has none (a 304, a HEAD request) cuts nothing.
func failed(err error) bool {
	return err != nil && !errors.Is(err, http.ErrBodyNotAllowed)
}

func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
