// Package server serves the page: go-app's prerendered HTML for the
// language routes, the static assets, a health check, and a 404 page in the
// reader's language for everything else.
package server

import (
	"fmt"
	"io/fs"
	"net/http"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// Config is what the server needs to know.
type Config struct {
	// Facts are the validated data; app.Routes must have been called with them.
	Facts *data.Facts
	// Assets are the files served under /web/.
	Assets fs.FS
	// Version identifies the build; it names go-app's caches and versions assets.
	Version string
}

// required are the assets without which the page cannot work.
var required = []string{"app.wasm", "echarts.js", "app.css", "icon-192.png", "icon-512.png", "icon.svg"}

// goappFiles are the files go-app itself generates and serves.
var goappFiles = map[string]bool{
	"/app.js": true, "/wasm_exec.js": true, "/app-worker.js": true,
	"/manifest.webmanifest": true, "/app.css": true,
}

// New returns the site's handler, or an error naming any missing asset.
func New(cfg Config) (http.Handler, error) {
	for _, name := range required {
		if _, err := fs.Stat(cfg.Assets, name); err != nil {
			return nil, fmt.Errorf("asset %s is missing (run make build): %w", name, err)
		}
	}
	pages := newPageHandler(cfg)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /robots.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "User-agent: *\nAllow: /\n")
	})
	mux.Handle("GET /web/", http.StripPrefix("/web", assetHandler(cfg.Assets)))
	mux.Handle("GET /", routePages(pages))
	return secureHeaders(mux), nil
}

// newPageHandler configures go-app's handler: local icons and assets only,
// and a loading indicator that never covers the prerendered page.
func newPageHandler(cfg Config) *goapp.Handler {
	f := cfg.Facts
	l := locale.Default
	return &goapp.Handler{
		Name:            f.Texts.Site.Title.In(locale.EN),
		ShortName:       "BE · US",
		Title:           f.Texts.Site.Title.In(l),
		Description:     f.Texts.Site.Description.In(l),
		Lang:            string(l),
		BackgroundColor: "#FFFFFF",
		ThemeColor:      "#0A3161",
		Icon: goapp.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-512.png",
			SVG:      "/web/icon.svg",
		},
		Styles:             []string{"/web/app.css"},
		Scripts:            []string{"/web/echarts.js defer"},
		CacheableResources: []string{"/fr", "/nl", "/de", "/en"},
		Version:            cfg.Version,
		Resources:          localResources{},
	}
}

// localResources resolves static resources to this origin, unchanged.
type localResources struct{}

func (localResources) Resolve(location string) string { return location }

// routePages sends page paths to go-app, with the language negotiated for
// "/", and every other path to the not-found page with status 404.
func routePages(pages http.Handler) http.Handler {
	known := map[string]bool{}
	for _, p := range app.PagePaths() {
		known[p] = true
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		path := r.URL.Path
		switch {
		case goappFiles[path]:
			pages.ServeHTTP(w, r)
		case path == "/":
			w.Header().Add("Vary", "Accept-Language")
			lang := preferredLang(r)
			r2 := r.Clone(r.Context())
			r2.URL.Path = "/" + string(lang)
			pages.ServeHTTP(w, r2)
		case known[path]:
			pages.ServeHTTP(w, r)
		default:
			r2 := r.Clone(r.Context())
			if _, ok := app.LangOfPath(path); !ok {
				w.Header().Add("Vary", "Accept-Language")
				r2.URL.Path = "/" + string(preferredLang(r)) + "/" + strings.TrimPrefix(path, "/")
			}
			pages.ServeHTTP(&statusWriter{ResponseWriter: w, status: http.StatusNotFound}, r2)
		}
	})
}

// preferredLang is the language asked for with ?lang=, else negotiated from
// Accept-Language.
func preferredLang(r *http.Request) locale.Lang {
	if l, ok := locale.Parse(r.URL.Query().Get("lang")); ok {
		return l
	}
	return locale.Negotiate(r.Header.Get("Accept-Language"))
}

// statusWriter replaces the status of a successful response, so go-app's
// page renderer can answer 404 with the not-found page.
type statusWriter struct {
	http.ResponseWriter
	status      int
	wroteHeader bool
}

func (s *statusWriter) WriteHeader(code int) {
	if s.wroteHeader {
		return
	}
	s.wroteHeader = true
	if code == http.StatusOK {
		code = s.status
	}
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusWriter) Write(b []byte) (int, error) {
	if !s.wroteHeader {
		s.WriteHeader(http.StatusOK)
	}
	return s.ResponseWriter.Write(b)
}
