// Package server serves the page: the prerendered HTML of each language, the
// static assets under versioned names, go-app's own scripts, a health check,
// and a 404 page in the reader's language for everything else. Everything
// that can be is compressed once, when the server starts or at build time,
// never per request.
package server

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"maps"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/asset"
	"github.com/be-us/partnership/internal/picture"
)

// Config is what the server needs to know.
type Config struct {
	// Facts are the validated data; app.Register must have been called
	// with them.
	Facts *data.Facts
	// Assets are the files served under /web/, each possibly with its
	// build-time ".br" and ".gz" copies beside it.
	Assets fs.FS
	// Version identifies the build. The version go-app's scripts and the
	// service worker use also covers what the worker keeps and the
	// settings (the site and the frame-ancestors list), so it changes
	// whenever any of them does.
	Version string
	// Site is how the site is served: its public address, its prefix and
	// its contact (see app.Site).
	Site app.Site
	// FrameAncestors are the sources of the frame-ancestors directive,
	// as ParseFrameAncestors gives them; none means 'self'.
	FrameAncestors []string
	// Draining, when set, reports that the server is shutting down:
	// /healthz then answers 503, so that a load balancer sends no more.
	Draining func() bool
	// Stall is how long a connection may take none of an answer; Stall
	// when zero.
	Stall time.Duration
	// Quality is the brotli quality of what the server compresses when
	// it starts (pages, data files, pictures); asset.BestQuality when
	// zero.
	Quality int
}

// What /healthz answers.
var ready, draining = []byte("ready\n"), []byte("draining\n")

// required are the assets without which the page cannot work.
var required = []string{"app.wasm", "echarts.js", "app.css", "icon-192.png", "icon-512.png", "icon.svg", "frame.js", "embed.js", "start.js", "controls.js", "worker.js"}

// site is the server's state, all of it built in New and read-only after.
type site struct {
	// where is how the site is served.
	where app.Site
	// static maps a name under /web/ to its asset; versioned names are
	// in immutable.
	static, immutable map[string]*asset.File
	// prerendered are the pages of the page table, rendered at start.
	prerendered
	// files are the files generated from the data and go-app's, by path.
	files files
}

// New returns the site's handler, or an error naming any missing asset or
// any chart the data cannot draw. Every page is prerendered here, once: no
// request ever reaches go-app's renderer.
func New(cfg Config) (http.Handler, error) {
	s, err := newSite(cfg)
	if err != nil {
		return nil, err
	}
	return s.handler(cfg), nil
}

// newSite loads the assets and renders every page and generated file.
func newSite(cfg Config) (*site, error) {
	if err := chart.Check(cfg.Facts); err != nil {
		return nil, fmt.Errorf("checking the charts: %w", err)
	}
	// Every picture the site draws is laid out now, not drawn: a text it
	// cannot show stops the start, not a reader's download. The charts'
	// layouts also give the sizes and descriptions the image codes and
	// the oEmbed answers name.
	where := cfg.Site
	var err error
	if where.Picture, err = chartPictureSizes(cfg.Facts); err != nil {
		return nil, fmt.Errorf("checking the pictures: %w", err)
	}
	if err := picture.CheckCards(cfg.Facts); err != nil {
		return nil, fmt.Errorf("checking the pictures: %w", err)
	}
	files, err := asset.Load(cfg.Assets)
	if err != nil {
		return nil, err
	}
	quality := cfg.Quality
	if quality == 0 {
		quality = asset.BestQuality
	}
	app.Register(cfg.Facts, where)
	s := &site{
		where:     where,
		static:    map[string]*asset.File{},
		immutable: map[string]*asset.File{},
	}
	for _, f := range files {
		s.static[f.Name] = f
		s.immutable[f.Versioned()] = f
	}
	for _, name := range required {
		if s.static[name] == nil {
			return nil, fmt.Errorf("asset %s is missing (run make build)", name)
		}
	}
	pictures, err := sharePictures(cfg.Facts, where.PublicURL)
	if err != nil {
		return nil, err
	}
	if s.files, err = generate(cfg.Facts, where, pictures, quality); err != nil {
		return nil, err
	}
	// The service worker keeps the QR codes, the data files and the
	// charts' pictures, for the presentation and the page without network.
	var extra []string
	for _, path := range s.files.offline() {
		extra = append(extra, where.Link(path))
	}
	// The pages are rendered first: the version of go-app's scripts and
	// the service worker covers them.
	h := newPageHandler(cfg.Facts, s.static, cfg.Version, where, extra)
	assets := func(name string) string { return where.Link("/web/" + s.static[name].Versioned()) }
	bundleURL := assets("echarts.js")
	sh := shellFor{
		site: where, assets: assets, frameScript: assets("frame.js"), charts: bundleURL,
		icon: assets("icon.svg"), touchIcon: assets("icon-512.png"), stylesheet: assets("app.css"),
		pictures: pictures, quality: quality,
	}
	if s.prerendered, err = prerender(h, cfg.Facts, sh); err != nil {
		return nil, err
	}
	kept, err := s.kept(files)
	if err != nil {
		return nil, err
	}
	v := version(cfg.Version, kept, settings(where, policy(cfg.FrameAncestors)))
	h = newPageHandler(cfg.Facts, s.static, v, where, extra)
	shell, err := shellFiles(h, s.static, bundleURL, where.Prefix, quality)
	if err != nil {
		return nil, err
	}
	for path, f := range shell {
		s.files[path] = generated{get: made(f)}
	}
	for _, l := range locale.All {
		f, err := localManifest(shell["/manifest.webmanifest"].Body, cfg.Facts, l, where, quality)
		if err != nil {
			return nil, err
		}
		s.files[manifestPath(l)] = generated{get: made(f)}
	}
	return s, nil
}

// handler serves the site, with its security headers, paced answers and
// one range at most a request.
func (s *site) handler(cfg Config) http.Handler {
	mux := http.NewServeMux()
	// The handler exists once every page is rendered: it is ready from
	// its first request until the server drains.
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		if cfg.Draining != nil && cfg.Draining() {
			w.WriteHeader(http.StatusServiceUnavailable)
			w.Write(draining)
			return
		}
		w.Write(ready)
	})
	mux.HandleFunc("GET /web/{name}", s.serveStatic)
	// The host script of the embeds, at an address that never changes,
	// since other sites' pages name it.
	mux.HandleFunc("GET "+hostScript, func(w http.ResponseWriter, r *http.Request) {
		s.static["embed.js"].Serve(w, r, asset.Revalidate)
	})
	mux.HandleFunc("GET "+oembedPath, s.serveOEmbed(cfg))
	mux.HandleFunc("GET /", s.servePage)
	stall := cfg.Stall
	if stall == 0 {
		stall = Stall
	}
	return secureHeaders(s.under(cfg.Site.Prefix, paced(stall, oneRange(mux))), policy(cfg.FrameAncestors), cfg.Site.Prefix)
}

// serveGenerated serves a generated file; a data file or a chart's
// picture as an attachment under its own name, which says what it holds
// and in which language.
func (s *site) serveGenerated(w http.ResponseWriter, r *http.Request, g generated) {
	f, err := g.get()
	if err != nil {
		http.Error(w, "the file cannot be made", http.StatusInternalServerError)
		return
	}
	if g.attachment {
		w.Header().Set("Content-Disposition", attachment(f.Name))
	}
	f.Serve(w, r, asset.Revalidate)
}

// attachment is the Content-Disposition of a file to save under name, a
// name of plain characters (DataFileName's).
func attachment(name string) string {
	return `attachment; filename="` + name + `"`
}

// version joins the build's version and a hash of what the service
// worker keeps and of how it is served: kept maps a name to a file's
// content hash, and settings are the site's settings. Any change in one
// changes the version, and so the service worker: a browser that sees a
// changed worker installs it, with a new cache.
func version(build string, kept map[string]string, settings []string) string {
	h := sha256.New()
	for _, name := range slices.Sorted(maps.Keys(kept)) {
		fmt.Fprintf(h, "%q %s\n", name, kept[name])
	}
	for _, s := range settings {
		fmt.Fprintf(h, "setting %q\n", s)
	}
	sum := hex.EncodeToString(h.Sum(nil))[:12]
	if build == "" {
		return sum
	}
	return build + "-" + sum
}

// settings are the site's runtime settings, as the version covers them:
// its public address, prefix and contact, and every security header,
// csp (with the frame-ancestors list) among them.
func settings(where app.Site, csp string) []string {
	s := []string{"public-url " + where.PublicURL, "prefix " + where.Prefix, "contact " + where.Contact}
	for _, h := range commonHeaders(csp) {
		s = append(s, h.name+": "+h.value)
	}
	return s
}

// kept maps what the service worker keeps, and what it is made from, to
// its content hash: the assets, every page, and the generated files it
// keeps. A chart's picture, drawn on its first request, is not drawn for
// this: the data files and the pages hold what it is drawn from, and the
// build the code that draws it. go-app's own files follow from the
// assets, the prefix and the version.
func (s *site) kept(assets []*asset.File) (map[string]string, error) {
	kept := map[string]string{}
	for _, f := range assets {
		kept["/web/"+f.Name] = f.Hash
	}
	for path, f := range s.pages {
		kept[path] = f.Hash
	}
	for _, path := range s.files.offline() {
		g := s.files[path]
		if g.onRequest {
			kept[path] = "drawn on request"
			continue
		}
		f, err := g.get()
		if err != nil {
			return nil, fmt.Errorf("versioning %s: %w", path, err)
		}
		kept[path] = f.Hash
	}
	return kept, nil
}

// serveStatic serves an asset: under its versioned name for a year, under
// its plain name with revalidation. A versioned name from an earlier build,
// still in a page that a browser or its service worker kept, gets the
// current file, with revalidation, rather than a 404.
func (s *site) serveStatic(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	f, cache := s.immutable[name], asset.Immutable
	if f == nil {
		f, cache = s.static[name], asset.Revalidate
	}
	if plain, ok := asset.Unversioned(name); f == nil && ok {
		f = s.static[plain]
	}
	if f == nil {
		// Any other name gets the 404 page, in the reader's language.
		s.servePage(w, r)
		return
	}
	f.Serve(w, r, cache)
}

// servePage serves the generated files, the prerendered pages of the page
// table (with the language negotiated for "/"), and for every other path
// the prerendered 404 page in the path's language or else the negotiated
// one. Nothing of the request goes into what is sent.
func (s *site) servePage(w http.ResponseWriter, r *http.Request) {
	path := r.URL.Path
	if g, ok := s.files[path]; ok {
		s.serveGenerated(w, r, g)
		return
	}
	if path == "/" {
		w.Header().Add("Vary", "Accept-Language")
		s.pages[app.RootRoute().Path(preferredLang(r))].Serve(w, r, asset.Revalidate)
		return
	}
	if f := s.pages[path]; f != nil {
		f.Serve(w, r, asset.Revalidate)
		return
	}
	// A page's path with a slash at its end goes to the page: the path
	// sent is the page's own, never the request's; the query goes along,
	// as net/http read it (it refuses control characters).
	if trimmed := strings.TrimSuffix(path, "/"); trimmed != path && s.pages[trimmed] != nil {
		to := s.where.Link(trimmed)
		if r.URL.RawQuery != "" {
			to += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, to, http.StatusPermanentRedirect)
		return
	}
	l, ok := app.LangOfPath(path)
	if !ok {
		w.Header().Add("Vary", "Accept-Language")
		l = preferredLang(r)
	}
	notFound := s.notFound[l]
	if strings.HasPrefix(path, app.EmbedPath(l, "")+"/") {
		notFound = s.notFoundEmbed[l]
	}
	notFound.ServeStatus(w, r, asset.Revalidate, app.FallbackRoute().Status)
}

// preferredLang is the language asked for with ?lang=, else negotiated from
// Accept-Language.
func preferredLang(r *http.Request) locale.Lang {
	if l, ok := locale.Parse(r.URL.Query().Get("lang")); ok {
		return l
	}
	return locale.Negotiate(r.Header.Get("Accept-Language"))
}
