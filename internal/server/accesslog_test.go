package server

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestAccessLog(t *testing.T) {
	tests := []struct {
		path   string
		status int
		body   string
		level  string
	}{
		{"/fr", 200, "hello", "INFO"},
		{"/nope", 404, "not here", "WARN"},
		{"/boom", 500, "", "ERROR"},
		{"/%22%3E%3Cscript%3E", 404, "", "WARN"},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		h := AccessLog(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if tt.status != 200 {
				w.WriteHeader(tt.status)
			}
			w.Write([]byte(tt.body))
		}), slog.New(slog.NewJSONHandler(&out, nil)))
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", tt.path, nil))
		var line map[string]any
		if err := json.Unmarshal(out.Bytes(), &line); err != nil {
			t.Fatalf("%s: the log line is not one JSON object: %q", tt.path, out.String())
		}
		wantPath := httptest.NewRequest("GET", tt.path, nil).URL.Path
		if line["level"] != tt.level || line["method"] != "GET" || line["path"] != wantPath ||
			line["status"] != float64(tt.status) || line["bytes"] != float64(len(tt.body)) || line["duration"] == nil {
			t.Errorf("%s: logged %v", tt.path, line)
		}
	}
}
