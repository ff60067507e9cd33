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
	"sync"
	"time"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/asset"
	"github.com/be-us/partnership/internal/download"
	"github.com/be-us/partnership/internal/picture"
	"github.com/be-us/partnership/internal/qr"
)

// Config is what the server needs to know.
type Config struct {
	// Facts are the validated data; app.Register must have been called
	// with them.
	Facts *data.Facts
	// Assets are the files served under /web/, each possibly with its
	// build-time ".br" and ".gz" copies beside it.
	Assets fs.FS
	// Version identifies the build. The version the page and its service
	// worker use also covers the assets' content, so it changes whenever
	// any of them does.
	Version string
	// Site is how the site is served: its public address, for what needs
	// an absolute address (link previews and their pictures, canonical
	// addresses, the sitemap, the embed codes, the presentation's QR
	// codes), each left out or made of paths without it; its prefix, which
	// every address it writes starts with, the handler serving the paths
	// below it; the address for feedback on accessibility.
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
	// shell are go-app's generated files, by path.
	shell map[string]*asset.File
	// prerendered are the pages of the page table, rendered at start.
	prerendered
	// qr are the QR codes to the page in each language, by path, when the
	// public address is known.
	qr map[string]*asset.File
	// downloads are the data as CSV files, each chart's and all of it,
	// in each language, by path.
	downloads map[string]*asset.File
	// pictures are each chart's picture as SVG and PNG in each language,
	// by path, each drawn on its first request: drawing them all would
	// double the time the server takes to start.
	pictures map[string]func() (*asset.File, error)
	// share are the pictures of link previews, by path, when the public
	// address is known.
	share map[string]*asset.File
	// robots is robots.txt.
	robots *asset.File
	// sitemap is sitemap.xml, when the public address is known, else nil.
	sitemap *asset.File
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
	// cannot show stops the start, not a reader's download.
	if err := picture.Check(cfg.Facts); err != nil {
		return nil, fmt.Errorf("checking the pictures: %w", err)
	}
	files, err := asset.Load(cfg.Assets)
	if err != nil {
		return nil, err
	}
	where := cfg.Site
	quality := cfg.Quality
	if quality == 0 {
		quality = asset.BestQuality
	}
	app.Register(cfg.Facts, where)
	s := &site{
		where:     where,
		static:    map[string]*asset.File{},
		immutable: map[string]*asset.File{},
		share:     map[string]*asset.File{},
		robots:    asset.New("robots.txt", robotsTxt(where)),
	}
	if xml := sitemap(cfg.Facts, where); xml != nil {
		s.sitemap = asset.New(sitemapPath[1:], xml)
		if err := s.sitemap.Compress(quality); err != nil {
			return nil, err
		}
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
	if s.qr, err = qrCodes(cfg.Facts, where, quality); err != nil {
		return nil, err
	}
	pictures, err := sharePictures(cfg.Facts, where.PublicURL)
	if err != nil {
		return nil, err
	}
	for l, p := range pictures {
		s.share[sharePath(l)] = p.file
	}
	if s.downloads, err = dataFiles(cfg.Facts, quality); err != nil {
		return nil, err
	}
	s.pictures = chartPictures(cfg.Facts, quality)
	// The service worker keeps the QR codes, the data files and the
	// charts' pictures, for the presentation and the page without network.
	var extra []string
	for _, path := range slices.Sorted(maps.Keys(s.qr)) {
		extra = append(extra, where.Link(path))
	}
	for _, path := range slices.Sorted(maps.Keys(s.downloads)) {
		extra = append(extra, where.Link(path))
	}
	for _, path := range slices.Sorted(maps.Keys(s.pictures)) {
		extra = append(extra, where.Link(path))
	}
	h := newPageHandler(cfg.Facts, s.static, version(cfg.Version, files), where, extra)
	assets := func(name string) string { return where.Link("/web/" + s.static[name].Versioned()) }
	bundleURL := assets("echarts.js")
	if s.shell, err = shellFiles(h, s.static, bundleURL, where.Prefix, quality); err != nil {
		return nil, err
	}
	sh := shellFor{
		site: where, assets: assets, frameScript: assets("frame.js"), charts: bundleURL,
		icon: assets("icon.svg"), touchIcon: assets("icon-512.png"), stylesheet: assets("app.css"),
		pictures: pictures, quality: quality,
	}
	if s.prerendered, err = prerender(h, cfg.Facts, sh); err != nil {
		return nil, err
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
	mux.HandleFunc("GET /robots.txt", func(w http.ResponseWriter, r *http.Request) {
		s.robots.Serve(w, r, asset.Revalidate)
	})
	mux.HandleFunc("GET /web/{name}", s.serveStatic)
	// The host script of the embeds, at an address that never changes,
	// since other sites' pages name it.
	mux.HandleFunc("GET "+hostScript, func(w http.ResponseWriter, r *http.Request) {
		s.static["embed.js"].Serve(w, r, asset.Revalidate)
	})
	mux.HandleFunc("GET /qr/{name}", func(w http.ResponseWriter, r *http.Request) {
		if f := s.qr[r.URL.Path]; f != nil {
			f.Serve(w, r, asset.Revalidate)
			return
		}
		s.servePage(w, r)
	})
	mux.HandleFunc("GET /{lang}/data/{name}", s.serveData)
	mux.HandleFunc("GET /share/{name}", func(w http.ResponseWriter, r *http.Request) {
		if f := s.share[r.URL.Path]; f != nil {
			f.Serve(w, r, asset.Revalidate)
			return
		}
		s.servePage(w, r)
	})
	mux.HandleFunc("GET "+sitemapPath, func(w http.ResponseWriter, r *http.Request) {
		if s.sitemap != nil {
			s.sitemap.Serve(w, r, asset.Revalidate)
			return
		}
		s.servePage(w, r)
	})
	mux.HandleFunc("GET /", s.servePage)
	stall := cfg.Stall
	if stall == 0 {
		stall = Stall
	}
	return secureHeaders(s.under(cfg.Site.Prefix, paced(stall, oneRange(mux))), policy(cfg.FrameAncestors), cfg.Site.Prefix)
}

// under serves next below prefix, which it strips from the path: the
// prefix alone redirects to the root below it, and any path outside it
// gets the 404 page.
func (s *site) under(prefix string, next http.Handler) http.Handler {
	if prefix == "" {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == prefix {
			http.Redirect(w, r, prefix+"/", http.StatusPermanentRedirect)
			return
		}
		rest, ok := strings.CutPrefix(r.URL.Path, prefix+"/")
		if !ok {
			l, _ := app.LangOfPath(r.URL.Path)
			if l == "" {
				l = preferredLang(r)
			}
			s.notFound[l].ServeStatus(w, r, asset.Revalidate, app.FallbackRoute().Status)
			return
		}
		r2 := r.Clone(r.Context())
		r2.URL.Path, r2.URL.RawPath = "/"+rest, ""
		next.ServeHTTP(w, r2)
	})
}

// qrCodes draws, when the public address is known, the QR code to the page
// in each language, for the presentation's closing slide.
func qrCodes(f *data.Facts, site app.Site, quality int) (map[string]*asset.File, error) {
	codes := map[string]*asset.File{}
	if site.PublicURL == "" {
		return codes, nil
	}
	for _, l := range locale.All {
		address := site.PublicURL + site.Home(l)
		svg, err := qr.SVG(address, f.Texts.Present.QR.In(l)+" "+address)
		if err != nil {
			return nil, err
		}
		path := app.QRPath(l)
		file := asset.New(path[1:], svg)
		if err := file.Compress(quality); err != nil {
			return nil, err
		}
		codes[path] = file
	}
	return codes, nil
}

// dataFiles writes the data as CSV files, each chart's and all of it, in
// each language, by their paths.
func dataFiles(f *data.Facts, quality int) (map[string]*asset.File, error) {
	files := map[string]*asset.File{}
	for _, l := range locale.All {
		for _, id := range append(chart.IDs(), app.AllData) {
			var body []byte
			var err error
			if id == app.AllData {
				body, err = download.All(f, l)
			} else {
				body, err = download.Chart(f, id, l)
			}
			if err != nil {
				return nil, err
			}
			if files[app.DataPath(l, id, app.CSV)], err = downloadFile(l, id, app.CSV, body, quality); err != nil {
				return nil, err
			}
		}
	}
	return files, nil
}

// chartPictures are the makers of each chart's picture as SVG and PNG in
// each language, by their paths: a chart's two pictures in a language are
// drawn together, once, when either is first asked for.
func chartPictures(f *data.Facts, quality int) map[string]func() (*asset.File, error) {
	makers := map[string]func() (*asset.File, error){}
	for _, l := range locale.All {
		for _, id := range chart.IDs() {
			draw := sync.OnceValues(func() (map[string]*asset.File, error) {
				p, err := picture.New(f, id, l)
				if err != nil {
					return nil, err
				}
				png, err := p.PNG()
				if err != nil {
					return nil, err
				}
				files := map[string]*asset.File{}
				for format, body := range map[string][]byte{app.SVG: p.SVG(), app.PNG: png} {
					if files[format], err = downloadFile(l, id, format, body, quality); err != nil {
						return nil, err
					}
				}
				return files, nil
			})
			for _, format := range []string{app.SVG, app.PNG} {
				makers[app.DataPath(l, id, format)] = func() (*asset.File, error) {
					files, err := draw()
					if err != nil {
						return nil, err
					}
					return files[format], nil
				}
			}
		}
	}
	return makers
}

// downloadFile is a chart's file in a language and format, compressed
// where that helps, under the name it is saved under.
func downloadFile(l locale.Lang, id, format string, body []byte, quality int) (*asset.File, error) {
	file := asset.New(app.DataFileName(l, id, format), body)
	if err := file.Compress(quality); err != nil {
		return nil, err
	}
	return file, nil
}

// serveData serves a data file or a chart's picture as an attachment
// under its own name, which says what it holds and in which language; any
// other name under a language's data gets the 404 page of that language.
func (s *site) serveData(w http.ResponseWriter, r *http.Request) {
	f := s.downloads[r.URL.Path]
	if draw := s.pictures[r.URL.Path]; draw != nil {
		var err error
		if f, err = draw(); err != nil {
			http.Error(w, "the picture cannot be drawn", http.StatusInternalServerError)
			return
		}
	}
	if f == nil {
		s.servePage(w, r)
		return
	}
	w.Header().Set("Content-Disposition", attachment(f.Name))
	f.Serve(w, r, asset.Revalidate)
}

// attachment is the Content-Disposition of a file to save under name, a
// name of plain characters (DataFileName's).
func attachment(name string) string {
	return `attachment; filename="` + name + `"`
}

// version joins the build's version and a hash of every asset's content.
func version(build string, files []*asset.File) string {
	h := sha256.New()
	for _, f := range files {
		fmt.Fprintln(h, f.Name, f.Hash)
	}
	sum := hex.EncodeToString(h.Sum(nil))[:12]
	if build == "" {
		return sum
	}
	return build + "-" + sum
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

// servePage serves go-app's files, the prerendered pages of the page
// table (with the language negotiated for "/"), and for every other path
// the prerendered 404 page in the path's language or else the negotiated
// one. Nothing of the request goes into what is sent.
func (s *site) servePage(w http.ResponseWriter, r *http.Request) {
	path := r.URL.Path
	if f := s.shell[path]; f != nil {
		f.Serve(w, r, asset.Revalidate)
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
