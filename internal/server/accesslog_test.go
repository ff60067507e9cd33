package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
)

// failing is a ResponseWriter whose writes fail after the first n bytes,
// as when the client goes away.
type failing struct {
	*httptest.ResponseRecorder
	n int
}

func (f *failing) Write(b []byte) (int, error) {
	if len(b) > f.n {
		n, _ := f.ResponseRecorder.Write(b[:f.n])
		f.n = 0
		return n, errors.New("connection reset by peer")
	}
	f.n -= len(b)
	return f.ResponseRecorder.Write(b)
}

func TestAccessLog(t *testing.T) {
	long := "/" + strings.Repeat("a", 5000)
	tests := []struct {
		name, method, path string
		remote, forwarded  string
		status             int
		length             int // the Content-Length the handler sets; 0 for none
		body               string
		failAfter          int // bytes the client takes before it goes away; 0 for all
		wantLevel          string
		wantClient         string
		wantPath           string
		wantCut            bool
	}{
		{"a page", "GET", "/fr", "203.0.113.5:4000", "", 200, 5, "hello", 0, "INFO", "203.0.113.5", "/fr", false},
		{"not found", "GET", "/nope", "203.0.113.5:4000", "", 404, 0, "not here", 0, "WARN", "203.0.113.5", "/nope", false},
		{"server error", "GET", "/boom", "203.0.113.5:4000", "", 500, 0, "", 0, "ERROR", "203.0.113.5", "/boom", false},
		{"hostile path", "GET", "/%22%3E%3Cscript%3E", "203.0.113.5:4000", "", 404, 0, "", 0, "WARN", "203.0.113.5", `/"><script>`, false},
		{"forwarded by an outside peer", "GET", "/fr", "203.0.113.5:4000", "198.51.100.1", 200, 0, "hi", 0, "INFO", "203.0.113.5", "/fr", false},
		{"forwarded by a local proxy", "GET", "/fr", "127.0.0.1:4000", "192.0.2.9, 198.51.100.7", 200, 0, "hi", 0, "INFO", "198.51.100.7", "/fr", false},
		{"forwarded over IPv6's loopback", "GET", "/fr", "[::1]:4000", "2001:db8::1", 200, 0, "hi", 0, "INFO", "2001:db8::1", "/fr", false},
		{"forwarded nonsense", "GET", "/fr", "127.0.0.1:4000", "evil\" level=ERROR", 200, 0, "hi", 0, "INFO", "127.0.0.1", "/fr", false},
		{"a local request", "GET", "/fr", "127.0.0.1:4000", "", 200, 0, "hi", 0, "INFO", "127.0.0.1", "/fr", false},
		{"fewer bytes than announced", "GET", "/web/app.wasm", "203.0.113.5:4000", "", 200, 10, "hello", 0, "WARN", "203.0.113.5", "/web/app.wasm", true},
		{"the client went away", "GET", "/web/app.wasm", "203.0.113.5:4000", "", 200, 0, "hello world", 3, "WARN", "203.0.113.5", "/web/app.wasm", true},
		{"a HEAD request", "HEAD", "/web/app.wasm", "203.0.113.5:4000", "", 200, 10, "", 0, "INFO", "203.0.113.5", "/web/app.wasm", false},
		{"not modified", "GET", "/fr", "203.0.113.5:4000", "", 304, 10, "", 0, "INFO", "203.0.113.5", "/fr", false},
		{"a long path", "GET", long, "203.0.113.5:4000", "", 404, 0, "", 0, "WARN", "203.0.113.5", long[:loggedPath], false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			h := AccessLog(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if tt.length != 0 {
					w.Header().Set("Content-Length", strconv.Itoa(tt.length))
				}
				if tt.status != 200 {
					w.WriteHeader(tt.status)
				}
				w.Write([]byte(tt.body))
			}), slog.New(slog.NewJSONHandler(&out, nil)))
			r := httptest.NewRequest(tt.method, tt.path, nil)
			r.RemoteAddr = tt.remote
			if tt.forwarded != "" {
				r.Header.Set("X-Forwarded-For", tt.forwarded)
			}
			var w http.ResponseWriter = httptest.NewRecorder()
			if tt.failAfter != 0 {
				w = &failing{httptest.NewRecorder(), tt.failAfter}
			}
			h.ServeHTTP(w, r)
			var line map[string]any
			if err := json.Unmarshal(out.Bytes(), &line); err != nil {
				t.Fatalf("the log line is not one JSON object: %q", out.String())
			}
			wantBytes := len(tt.body)
			if tt.failAfter != 0 {
				wantBytes = tt.failAfter
			}
			cut, _ := line["cut"].(bool)
			if line["level"] != tt.wantLevel || line["client"] != tt.wantClient || line["method"] != tt.method || line["path"] != tt.wantPath ||
				line["status"] != float64(tt.status) || line["bytes"] != float64(wantBytes) || line["duration"] == nil || cut != tt.wantCut {
				t.Errorf("logged %v, want level %s, client %s, path %q, status %d, %d bytes, cut %v",
					line, tt.wantLevel, tt.wantClient, tt.wantPath, tt.status, wantBytes, tt.wantCut)
			}
			if tt.wantCut && tt.length != 0 && line["expected"] != float64(tt.length) {
				t.Errorf("logged expected=%v, want %d", line["expected"], tt.length)
			}
			if got, want := line["path_bytes"] != nil, len(tt.path) > loggedPath; got != want {
				t.Errorf("logged path_bytes=%v, want it: %v", line["path_bytes"], want)
			}
		})
	}
}
