package server

import (
	"bytes"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/asset"
)

// newPageHandler configures go-app's handler: local icons and assets under
// their versioned names, app.wasm's real size for the progress figure, and
// a loading indicator that never covers the prerendered page. The service
// worker keeps the offline pages, the ECharts bundle and extra.
func newPageHandler(f *data.Facts, static map[string]*asset.File, version, prefix string, extra []string) *goapp.Handler {
	l := locale.Default
	web := func(name string) string { return "/web/" + static[name].Versioned() }
	// go-app keeps the root itself, under the prefix.
	var offline []string
	for _, p := range app.OfflinePaths() {
		if p != "/" {
			offline = append(offline, app.Link(p))
		}
	}
	return &goapp.Handler{
		// The manifest serves every language: its name is neutral, and it
		// has no description rather than one in a single language. Each
		// page sets its own title and description.
		Name:            "BE – US 1830",
		ShortName:       "BE · US",
		Title:           f.Texts.Site.Title.In(l),
		Lang:            string(l),
		BackgroundColor: "#FFFFFF",
		ThemeColor:      "#0A3161",
		Icon: goapp.Icon{
			Default:  web("icon-192.png"),
			Large:    web("icon-512.png"),
			Maskable: web("icon-512.png"),
			SVG:      web("icon.svg"),
		},
		Styles: []string{web("app.css")},
		// The ECharts bundle is not in the page: start.js loads it once the
		// page has first painted (patchAppJS).
		CacheableResources: append(append(offline, web("echarts.js")), extra...),
		Version:            version,
		WasmContentLength:  strconv.Itoa(len(static["app.wasm"].Body)),
		Resources:          resolver{prefix: prefix, names: map[string]string{"/web/app.wasm": web("app.wasm")}},
	}
}

// resolver gives go-app the versioned name of app.wasm, and puts the
// site's prefix in front of the root, the assets under /web/ and go-app's
// own files. Every other address go-app is given is one the components
// made with app.Link, prefix included, and stays as it is.
type resolver struct {
	prefix string
	names  map[string]string
}

func (r resolver) Resolve(location string) string {
	if v, ok := r.names[location]; ok {
		return r.prefix + v
	}
	if location == "/" || location == "/web" || strings.HasPrefix(location, "/web/") || slices.Contains(shellNames, location) {
		return r.prefix + location
	}
	return location
}

// shellNames are the files go-app generates.
var shellNames = []string{"/app.js", "/wasm_exec.js", "/app-worker.js", "/manifest.webmanifest", "/app.css"}

// shellFiles takes go-app's generated files from its handler, once, and
// compresses them; app.js learns the ECharts bundle's address.
func shellFiles(h http.Handler, bundleURL, prefix string) (map[string]*asset.File, error) {
	files := map[string]*asset.File{}
	for _, p := range shellNames {
		var fix func([]byte) ([]byte, error)
		switch p {
		case "/app.js":
			fix = func(js []byte) ([]byte, error) { return patchAppJS(js, bundleURL) }
		case "/app-worker.js":
			fix = patchWorker
		case "/manifest.webmanifest":
			fix = func(m []byte) ([]byte, error) { return scopeManifest(m, prefix) }
		}
		f, err := captured(h, p, p[1:], fix)
		if err != nil {
			return nil, err
		}
		files[p] = f
	}
	return files, nil
}

// prerendered are the pages rendered when the server starts.
type prerendered struct {
	// pages are the pages served with 200, by path.
	pages map[string]*asset.File
	// notFound is the 404 page by language; notFoundEmbed the same for
	// an embed's address, which loads nothing but the frame script.
	notFound, notFoundEmbed map[locale.Lang]*asset.File
}

// prerender renders every row of the page table in every language once,
// cleans and compresses it. Each page gets its title (its Title in the
// language). The page and the presentation get the tags of link
// previews, with the language's picture among pictures when there is
// one; they and the embeds get their canonical address. An embed gets the
// frame script at frameURL, which loads the ECharts bundle at bundleURL
// when the embed has charts of amounts; so does the 404 page served for
// an embed's address that is no embed (a chart since renamed, in an embed
// code pasted long ago).
func prerender(h http.Handler, f *data.Facts, meta pageMeta, pictures map[locale.Lang]sharePicture, frameURL, bundleURL string) (prerendered, error) {
	out := prerendered{
		pages:         map[string]*asset.File{},
		notFound:      map[locale.Lang]*asset.File{},
		notFoundEmbed: map[locale.Lang]*asset.File{},
	}
	for _, r := range app.Routes {
		for _, l := range locale.All {
			path := r.Path(l)
			m := meta
			m.path, m.lang, m.siteName = path, l, f.Texts.Site.Title.In(l)
			if page, ok := r.New(f).(interface{ Title(locale.Lang) string }); ok {
				m.title = page.Title(l)
			}
			m.canonical = !r.Fallback
			if shared(r) {
				m.share = true
				if m.publicURL != "" {
					m.alternates = alternates(r, m.publicURL, m.prefix)
				}
				if p, ok := pictures[l]; ok {
					m.image, m.imageAlt = app.Link(sharePath(l)), p.alt
				}
			}
			render := func(name string, embed bool) (*asset.File, error) {
				return captured(h, path, name, func(page []byte) ([]byte, error) {
					m := m
					if embed {
						m.frameScript = frameURL
						if bytes.Contains(page, []byte(`class="`+app.OptionClass+`"`)) {
							m.charts = bundleURL
						}
					}
					return cleanPage(page, m)
				})
			}
			name := strings.ReplaceAll(strings.TrimPrefix(path, "/"), "/", "-")
			file, err := render(name+".html", r.Embed)
			if err != nil {
				return prerendered{}, err
			}
			if !r.Fallback {
				out.pages[path] = file
				continue
			}
			out.notFound[l] = file
			if out.notFoundEmbed[l], err = render(name+"-embed.html", true); err != nil {
				return prerendered{}, err
			}
		}
	}
	return out, nil
}

// captured is what h answers to GET path, changed by fix when fix is not
// nil, as a compressed file of the given name.
func captured(h http.Handler, path, name string, fix func([]byte) ([]byte, error)) (*asset.File, error) {
	body, err := capture(h, path)
	if err != nil {
		return nil, err
	}
	if fix != nil {
		if body, err = fix(body); err != nil {
			return nil, fmt.Errorf("rendering %s: %w", path, err)
		}
	}
	f := asset.New(name, body)
	if err := f.Compress(asset.BestQuality); err != nil {
		return nil, err
	}
	return f, nil
}

// capture returns what h answers to GET path.
func capture(h http.Handler, path string) ([]byte, error) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("rendering %s: status %d", path, rec.Code)
	}
	return rec.Body.Bytes(), nil
}
