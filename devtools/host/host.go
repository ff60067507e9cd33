// Package host serves pages of another site that embed the infographic with
// the embed codes it gives, as the embassy's site would, under a strict
// Content-Security-Policy of their own: for the browser tests, the
// benchmark and the screenshots.
package host

import (
	"html"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

// Server is a second site on its own origin, with pages added by path.
type Server struct {
	*httptest.Server

	mu    sync.Mutex
	pages map[string][]byte
	site  string
}

// New starts a host site. Its pages may frame and load scripts from no
// other origin until Allow names the infographic's.
func New() *Server {
	s := &Server{pages: map[string][]byte{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/favicon.ico" {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		s.mu.Lock()
		page, ok := s.pages[r.URL.Path]
		csp := "default-src 'none'; style-src 'nonce-host'; img-src 'self'; " +
			"script-src " + s.site + "; frame-src " + s.site + "; base-uri 'none'; form-action 'none'"
		s.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Security-Policy", csp)
		w.Header().Set("Cache-Control", "no-store")
		w.Write(page)
	}))
	return s
}

// Allow lets the host pages frame the infographic at site, its origin
// ("http://127.0.0.1:8080"), and load the host script from it: what the
// embassy's own policy must allow.
func (s *Server) Allow(site string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.site = site
}

// Origin is the host's origin under another name of the loopback, which
// makes it a second site to the browser beside the infographic on
// 127.0.0.1.
func (s *Server) Origin() string { return strings.Replace(s.URL, "127.0.0.1", "localhost", 1) }

// Add serves at path a page that holds each code (the HTML a reader
// pasted) between paragraphs of its own, and returns the page's address
// on the host's origin.
func (s *Server) Add(path, title string, codes ...string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[path] = Page(title, codes...)
	return s.Origin() + path
}

// AddBlank serves at path a blank page that holds nothing but code, and
// returns its address on the host's origin.
func (s *Server) AddBlank(path, code string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[path] = []byte(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body>` + code + `</body></html>`)
	return s.Origin() + path
}

// Page is a host page, as a content management system writes one: a
// column of text with the codes pasted in it.
func Page(title string, codes ...string) []byte {
	var b strings.Builder
	b.WriteString(`<!doctype html><html lang="en"><head><meta charset="utf-8">` +
		`<meta name="viewport" content="width=device-width, initial-scale=1">` +
		`<title>` + html.EscapeString(title) + `</title>` +
		`<style nonce="host">body{margin:0;font:16px/1.5 Georgia,serif;color:#222;background:#f4f1ea}` +
		`article{max-width:48rem;margin:0 auto;padding:1rem}h1{font-size:1.6rem}</style></head>` +
		`<body><article><h1>` + html.EscapeString(title) + `</h1>`)
	for i, code := range codes {
		b.WriteString(`<p>A paragraph of the host page before embed ` + string(rune('1'+i)) + `.</p>`)
		b.WriteString(code)
	}
	b.WriteString(`<p id="host-end">The end of the host page.</p></article></body></html>`)
	return []byte(b.String())
}
