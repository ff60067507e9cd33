package asset

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func TestChoose(t *testing.T) {
	tests := []struct {
		header string
		br, gz bool
		want   string
	}{
		{"", true, true, ""},
		{"gzip, deflate, br, zstd", true, true, "br"},
		{"gzip, deflate, br", false, true, "gzip"},
		{"gzip, deflate, br", false, false, ""},
		{"gzip", true, true, "gzip"},
		{"br;q=0.5, gzip;q=0.8", true, true, "gzip"},
		{"br;q=0, gzip", true, true, "gzip"},
		{"BR", true, true, "br"},
		{"x-gzip", true, true, "gzip"},
		{"*", true, true, "br"},
		{"*;q=0", true, true, ""},
		{"*;q=0, gzip", true, true, "gzip"},
		{"identity", true, true, ""},
		{"br;q=0.5, identity", true, true, ""},
		{"br;q=0.5, identity;q=0.5", true, true, "br"},
		{"br;q=nope, gzip", true, true, "gzip"},
		{"br;q=2", true, true, ""},
		{";;,,=, br", true, true, "br"},
		{"deflate", true, true, ""},
		{"br;foo=1;q=0, gzip;q=0", true, true, ""},
		{"br;level=9, gzip;q=0.5", true, true, "br"},
		{"gzip;q=0.5;x=y, br;q=0.4", true, true, "gzip"},
	}
	for _, tt := range tests {
		if got := Choose(tt.header, tt.br, tt.gz); got != tt.want {
			t.Errorf("Choose(%q, br=%v, gz=%v) = %q, want %q", tt.header, tt.br, tt.gz, got, tt.want)
		}
	}
}

func FuzzChoose(f *testing.F) {
	for _, s := range []string{"", "gzip, deflate, br", "br;q=0.5, gzip;q=0.8", "*;q=0", "identity;q=0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, header string) {
		got := Choose(header, true, true)
		if got != "" && got != "br" && got != "gzip" {
			t.Fatalf("Choose(%q) = %q", header, got)
		}
		if Choose(header, false, false) != "" {
			t.Fatalf("Choose(%q) chose an encoding the file does not have", header)
		}
	})
}

func TestNames(t *testing.T) {
	tests := []struct {
		name, versionedPattern, typ string
		compressible                bool
	}{
		{"echarts.js", "echarts.*.js", "text/javascript; charset=utf-8", true},
		{"app.wasm", "app.*.wasm", "application/wasm", true},
		{"app.css", "app.*.css", "text/css; charset=utf-8", true},
		{"icon-192.png", "icon-192.*.png", "image/png", false},
		{"manifest.webmanifest", "manifest.*.webmanifest", "application/manifest+json", true},
		{"LICENSE", "LICENSE.*", "application/octet-stream", false},
	}
	for _, tt := range tests {
		f := New(tt.name, []byte("body of "+tt.name))
		if ok, _ := filepath.Match(tt.versionedPattern, f.Versioned()); !ok || len(f.Hash) != hashLen {
			t.Errorf("%s: Versioned() = %q, want %s with a %d-digit hash", tt.name, f.Versioned(), tt.versionedPattern, hashLen)
		}
		if f.Type != tt.typ {
			t.Errorf("%s: Type = %q, want %q", tt.name, f.Type, tt.typ)
		}
		if got := Compressible(tt.name); got != tt.compressible {
			t.Errorf("Compressible(%q) = %v, want %v", tt.name, got, tt.compressible)
		}
	}
	if a, b := New("a.js", []byte("1")), New("a.js", []byte("2")); a.Versioned() == b.Versioned() {
		t.Errorf("two contents share the versioned name %q", a.Versioned())
	}
}

var text = bytes.Repeat([]byte("Belgique – États-Unis, partenaires depuis 1830. "), 200)

func TestLoad(t *testing.T) {
	good := New("app.js", text)
	if err := good.Compress(FastQuality); err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		"app.js":       {Data: text},
		"app.js.br":    {Data: good.Brotli},
		"app.js.gz":    {Data: []byte("a stale copy")},
		"style.css":    {Data: text},
		"icon.png":     {Data: []byte("\x89PNG")},
		"sub/x.js":     {Data: []byte("x")},
		".hidden":      {Data: []byte("x")},
		"orphan.js.br": {Data: []byte("x")},
	}
	files, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	byName := map[string]*File{}
	for _, f := range files {
		names = append(names, f.Name)
		byName[f.Name] = f
	}
	if want := []string{"app.js", "icon.png", "style.css"}; !slices.Equal(names, want) {
		t.Fatalf("Load names = %v, want %v", names, want)
	}
	if js := byName["app.js"]; !bytes.Equal(js.Brotli, good.Brotli) {
		t.Errorf("app.js: the build-time brotli copy was not used")
	}
	for _, name := range []string{"app.js", "style.css"} {
		f := byName[name]
		if !Decodes("br", f.Brotli, f.Body) || !Decodes("gzip", f.Gzip, f.Body) {
			t.Errorf("%s: encodings do not decode to the file (br %d B, gz %d B)", name, len(f.Brotli), len(f.Gzip))
		}
	}
	if png := byName["icon.png"]; png.Brotli != nil || png.Gzip != nil {
		t.Errorf("icon.png was compressed")
	}
}

func TestWriteEncodings(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string][]byte{"a.js": text, "b.wasm": text, "c.png": text} {
		if err := os.WriteFile(filepath.Join(dir, name), body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	wrote, err := WriteEncodings(dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"a.js.br", "a.js.gz", "b.wasm.br", "b.wasm.gz"}; !slices.Equal(wrote, want) {
		t.Errorf("first run wrote %v, want %v", wrote, want)
	}
	if wrote, err := WriteEncodings(dir); err != nil || len(wrote) != 0 {
		t.Errorf("second run wrote %v (%v), want nothing: the copies are up to date", wrote, err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.js"), []byte(strings.Repeat("changed ", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	if wrote, _ := WriteEncodings(dir); !slices.Equal(wrote, []string{"a.js.br", "a.js.gz"}) {
		t.Errorf("after a change wrote %v, want a.js's copies", wrote)
	}
}

func TestServe(t *testing.T) {
	f := New("app.js", text)
	if err := f.Compress(FastQuality); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, method, accept, ifNoneMatch string
		status                            int
		encoding, etag                    string
		body                              []byte
	}{
		{"brotli", "GET", "gzip, deflate, br", "", 200, "br", `"` + f.Hash + `-br"`, f.Brotli},
		{"gzip", "GET", "gzip", "", 200, "gzip", `"` + f.Hash + `-gz"`, f.Gzip},
		{"identity", "GET", "", "", 200, "", `"` + f.Hash + `"`, f.Body},
		{"not modified", "GET", "br", `"` + f.Hash + `-br"`, 304, "", `"` + f.Hash + `-br"`, nil},
		{"other representation", "GET", "br", `"` + f.Hash + `-gz"`, 200, "br", `"` + f.Hash + `-br"`, f.Brotli},
		{"head", "HEAD", "br", "", 200, "br", `"` + f.Hash + `-br"`, nil},
		{"not modified, in a list, weak", "GET", "br", `"x", W/"` + f.Hash + `-br"`, 304, "", `"` + f.Hash + `-br"`, nil},
		{"not modified, any", "GET", "", `*`, 304, "", `"` + f.Hash + `"`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(tt.method, "/app.js", nil)
			if tt.accept != "" {
				req.Header.Set("Accept-Encoding", tt.accept)
			}
			if tt.ifNoneMatch != "" {
				req.Header.Set("If-None-Match", tt.ifNoneMatch)
			}
			rec := httptest.NewRecorder()
			f.Serve(rec, req, Immutable)
			res := rec.Result()
			if res.StatusCode != tt.status {
				t.Errorf("status = %d, want %d", res.StatusCode, tt.status)
			}
			for header, want := range map[string]string{
				"Content-Encoding": tt.encoding,
				"ETag":             tt.etag,
				"Vary":             "Accept-Encoding",
				"Cache-Control":    Immutable,
			} {
				if got := res.Header.Get(header); got != want {
					t.Errorf("%s = %q, want %q", header, got, want)
				}
			}
			if tt.status == 200 && res.Header.Get("Content-Type") != "text/javascript; charset=utf-8" {
				t.Errorf("Content-Type = %q", res.Header.Get("Content-Type"))
			}
			if got := rec.Body.Bytes(); !bytes.Equal(got, tt.body) {
				t.Errorf("body is %d bytes, want %d", len(got), len(tt.body))
			}
		})
	}
}

func TestUnversioned(t *testing.T) {
	tests := []struct {
		name, plain string
		ok          bool
	}{
		{"echarts.0123456789ab.js", "echarts.js", true},
		{"app.abcdefabcdef.wasm", "app.wasm", true},
		{"icon-192.482bbc519e9a.png", "icon-192.png", true},
		{"echarts.js", "", false},
		{"echarts.0123456789a.js", "", false},
		{"echarts.0123456789AB.js", "", false},
		{"echarts.0123456789xy.js", "", false},
		{".0123456789ab", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		plain, ok := Unversioned(tt.name)
		if plain != tt.plain || ok != tt.ok {
			t.Errorf("Unversioned(%q) = %q, %v; want %q, %v", tt.name, plain, ok, tt.plain, tt.ok)
		}
	}
	f := New("app.css", []byte("x"))
	if plain, ok := Unversioned(f.Versioned()); !ok || plain != "app.css" {
		t.Errorf("Unversioned(%q) = %q, %v; want app.css, true", f.Versioned(), plain, ok)
	}
}

// TestServeRange checks that a range is served from a file sent as is, and
// that an encoded response is sent whole, with its length.
func TestServeRange(t *testing.T) {
	f := New("app.js", text)
	if err := f.Compress(FastQuality); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		accept string
		status int
		body   []byte
	}{
		{"", http.StatusPartialContent, f.Body[10:20]},
		{"br", http.StatusOK, f.Brotli},
	}
	for _, tt := range tests {
		req := httptest.NewRequest("GET", "/app.js", nil)
		req.Header.Set("Range", "bytes=10-19")
		req.Header.Set("Accept-Encoding", tt.accept)
		rec := httptest.NewRecorder()
		f.Serve(rec, req, Immutable)
		if rec.Code != tt.status || !bytes.Equal(rec.Body.Bytes(), tt.body) {
			t.Errorf("Accept-Encoding %q with a range: status %d with %d bytes, want %d with %d", tt.accept, rec.Code, rec.Body.Len(), tt.status, len(tt.body))
		}
		if got, want := rec.Header().Get("Content-Length"), strconv.Itoa(len(tt.body)); got != want {
			t.Errorf("Accept-Encoding %q with a range: Content-Length = %q, want %q", tt.accept, got, want)
		}
	}
}

func TestServeUncompressible(t *testing.T) {
	f := New("icon.png", []byte("\x89PNG"))
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/icon.png", nil)
	req.Header.Set("Accept-Encoding", "br")
	f.Serve(rec, req, Revalidate)
	if got := rec.Header().Get("Vary"); got != "" {
		t.Errorf("Vary = %q for a file with one representation", got)
	}
	if got := rec.Header().Get("Content-Encoding"); got != "" {
		t.Errorf("Content-Encoding = %q, want none", got)
	}
	if got := rec.Code; got != http.StatusOK {
		t.Errorf("status = %d", got)
	}
}

func TestWindowFor(t *testing.T) {
	tests := []struct{ n, want int }{
		{0, 10}, {1, 10}, {1024, 10}, {1025, 11}, {60_000, 16}, {65_536, 16}, {65_537, 17},
		{8_000_000, 23}, {1 << 24, 24}, {1 << 30, 24},
	}
	for _, tt := range tests {
		if got := windowFor(tt.n); got != tt.want {
			t.Errorf("windowFor(%d) = %d, want %d", tt.n, got, tt.want)
		}
	}
}

func TestNoneMatch(t *testing.T) {
	tests := []struct {
		header, etag string
		want         bool
	}{
		{`"a"`, `"a"`, true},
		{`W/"a"`, `"a"`, true},
		{`"b", "a"`, `"a"`, true},
		{`"b",W/"a"`, `"a"`, true},
		{`*`, `"a"`, true},
		{`"b"`, `"a"`, false},
		{`"a`, `"a"`, false},
		{`a`, `"a"`, false},
		{``, `"a"`, false},
		{`"b" junk "a"`, `"a"`, false},
		{`"a-br"`, `"a"`, false},
	}
	for _, tt := range tests {
		if got := NoneMatch(tt.header, tt.etag); got != tt.want {
			t.Errorf("NoneMatch(%q, %q) = %v, want %v", tt.header, tt.etag, got, tt.want)
		}
	}
}

// FuzzNoneMatch holds Serve's answer to If-None-Match to net/http's own:
// whatever the header, both send a 304 or both send the file.
func FuzzNoneMatch(f *testing.F) {
	file := New("app.js", text)
	for _, s := range []string{`"x"`, `W/"x"`, `*`, `"a", "b"`, `"`, ` ,, "x"`, `W/`, `"x" "y"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, header string) {
		etag := `"` + file.Hash + `"`
		for _, h := range []string{header, header + ", " + etag, etag + "," + header} {
			req := httptest.NewRequest("GET", "/app.js", nil)
			req.Header.Set("If-None-Match", h)
			ours := httptest.NewRecorder()
			file.Serve(ours, req, Revalidate)
			theirs := httptest.NewRecorder()
			theirs.Header().Set("ETag", etag)
			http.ServeContent(theirs, req, "", time.Time{}, bytes.NewReader(file.Body))
			if ours.Code != theirs.Code {
				t.Fatalf("If-None-Match: %q: Serve answers %d, net/http %d", h, ours.Code, theirs.Code)
			}
		}
	})
}

// TestServeLarge serves a large file over real connections, many at
// once: every answer is the whole body, in the encoding asked for, and a
// HEAD has none.
func TestServeLarge(t *testing.T) {
	body := make([]byte, 200<<10)
	for i := range body {
		body[i] = byte(i*7 + i/1000)
	}
	f := New("app.wasm", body)
	if err := f.Compress(FastQuality); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { f.Serve(w, r, Immutable) }))
	defer srv.Close()
	tests := []struct {
		method, accept, encoding string
		want                     []byte
	}{
		{"GET", "", "", f.Body},
		{"GET", "br", "br", f.Brotli},
		{"GET", "gzip", "gzip", f.Gzip},
		{"HEAD", "br", "br", nil},
	}
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	errs := make(chan error, 8*len(tests))
	for range 8 {
		for _, tt := range tests {
			go func() {
				req, _ := http.NewRequest(tt.method, srv.URL, nil)
				req.Header.Set("Accept-Encoding", tt.accept)
				res, err := client.Do(req)
				if err != nil {
					errs <- err
					return
				}
				defer res.Body.Close()
				got, err := io.ReadAll(res.Body)
				switch {
				case err != nil:
					errs <- err
				case res.Header.Get("Content-Encoding") != tt.encoding:
					errs <- fmt.Errorf("%s %q: encoding %q, want %q", tt.method, tt.accept, res.Header.Get("Content-Encoding"), tt.encoding)
				case !bytes.Equal(got, tt.want):
					errs <- fmt.Errorf("%s %q: %d bytes, not the %d of the body", tt.method, tt.accept, len(got), len(tt.want))
				case res.ContentLength != int64(len(f.Body)) && tt.encoding == "" && tt.method == "GET":
					errs <- fmt.Errorf("Content-Length %d, want %d", res.ContentLength, len(f.Body))
				default:
					errs <- nil
				}
			}()
		}
	}
	for range 8 * len(tests) {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
