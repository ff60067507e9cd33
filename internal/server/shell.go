package server

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/http/httptest"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/asset"
	"github.com/be-us/partnership/internal/picture"
	"github.com/be-us/partnership/web"
)

// newPageHandler configures go-app's handler, which renders the pages'
// component trees and writes go-app's own files: local icons and assets
// under their versioned names, app.wasm's real size for the progress
// figure. The service worker keeps the offline pages, the ECharts bundle
// and extra.
func newPageHandler(f *data.Facts, static map[string]*asset.File, version string, site app.Site, extra []string) *goapp.Handler {
	l := locale.Default
	asset := func(name string) string { return "/web/" + static[name].Versioned() }
	// go-app keeps the root itself, under the prefix.
	var offline []string
	for _, p := range app.OfflinePaths() {
		if p != "/" {
			offline = append(offline, site.Link(p))
		}
	}
	return &goapp.Handler{
		// go-app's manifest, in no language, is the base of each
		// language's (localManifest).
		Name:            "BE · US 1830",
		ShortName:       "BE · US",
		Title:           f.Texts.Site.Title.In(l),
		Lang:            string(l),
		BackgroundColor: web.Hex(web.Light.Page),
		ThemeColor:      web.Hex(web.Light.Navy),
		Icon: goapp.Icon{
			Default:  asset("icon-192.png"),
			Large:    asset("icon-512.png"),
			Maskable: asset("icon-512.png"),
			SVG:      asset("icon.svg"),
		},
		// The ECharts bundle is not in the page: start.js loads it once the
		// page has first painted (patchAppJS).
		CacheableResources: append(append(offline, asset("echarts.js")), extra...),
		Version:            version,
		// The site's own service worker (web/js/worker.js), which go-app
		// fills in with its version and what it keeps.
		ServiceWorkerTemplate: string(static["worker.js"].Body),
		WasmContentLength:     strconv.Itoa(len(static["app.wasm"].Body)),
		Resources:             resolver{prefix: site.Prefix, names: map[string]string{"/web/app.wasm": asset("app.wasm")}},
	}
}

// resolver gives go-app the versioned name of app.wasm, and puts the
// site's prefix in front of the root, the assets under /web/ and go-app's
// own files. Every other address go-app is given is one the components
// made with Site.Link, prefix included, and stays as it is.
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
func shellFiles(h http.Handler, static map[string]*asset.File, bundleURL, prefix string, quality int) (map[string]*asset.File, error) {
	files := map[string]*asset.File{}
	for _, p := range shellNames {
		var fix func([]byte) ([]byte, error)
		switch p {
		case "/app.js":
			fix = func(js []byte) ([]byte, error) {
				return patchAppJS(js, string(static["start.js"].Body), string(static["controls.js"].Body), bundleURL)
			}
		case "/manifest.webmanifest":
			fix = func(m []byte) ([]byte, error) { return scopeManifest(m, prefix) }
		}
		f, err := captured(h, p, p[1:], fix, quality)
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

//go:embed page.html
var pageHTML string

// pageShell writes every page's <html>, <head> and the scripts around
// the body go-app renders.
var pageShell = template.Must(template.New("page").Parse(pageHTML))

// shellData is what the page shell writes of one page.
type shellData struct {
	Lang               locale.Lang
	Title, Description string
	// Embed is a page for a frame on another site.
	Embed bool
	// NoIndex asks search engines to leave the page out: an embed, or a
	// row of the page table that says so (Route.NoIndex).
	NoIndex    bool
	ThemeColor string
	// URL is the page's public address, and Canonical the one search
	// engines are to index; "" without the public address.
	URL, Canonical string
	// Image is the picture of link previews, or nil.
	Image *shareImage
	// Share are the tags of a page shared on social media, or nil.
	Share      *shareTags
	Alternates []alternate
	// The files the head links to, by their addresses.
	Icon, TouchIcon, Manifest, Stylesheet string
	// OEmbed is the address of the oEmbed answer of what the page
	// embeds, or "" for a page that is no embed and not the
	// infographic.
	OEmbed                       string
	WasmExec, AppJS, FrameScript string
	// Charts is the ECharts bundle, for an embed with charts of amounts,
	// which the frame script loads.
	Charts string
	// LoaderIcon and Loading are go-app's loader's icon and words.
	LoaderIcon, Loading string
	// Body is the page's component tree, as go-app rendered it.
	Body template.HTML
}

// shareImage is a page's picture for link previews.
type shareImage struct {
	URL           string
	Width, Height int
	// Alt describes it; "" for the site's icon, which needs no words.
	Alt string
}

// shareTags are the tags of a page shared on social media.
type shareTags struct {
	Locale       string
	OtherLocales []string
	SiteName     string
	Card         string
}

// shellFor are the shell's data for every page: the addresses of the
// files every head links to, and the site.
type shellFor struct {
	site                        app.Site
	assets                      func(name string) string
	frameScript, charts         string
	icon, touchIcon, stylesheet string
	pictures                    map[locale.Lang]sharePicture
	// quality is brotli's, for the pages.
	quality int
}

// prerender renders every row of the page table in every language once:
// go-app renders its component tree, the page shell the rest. Each page
// gets its title; a page with a public address its canonical address;
// an indexed page (Route.Indexed) the tags of link previews, with its
// language's picture when there is one, and its addresses in every
// language. An embed gets the frame script, which loads the ECharts
// bundle when the embed has charts of amounts; so does the 404 page
// served for an embed's address that is no embed (a chart since renamed,
// in an embed code pasted long ago).
func prerender(h http.Handler, f *data.Facts, sh shellFor) (prerendered, error) {
	out := prerendered{
		pages:         map[string]*asset.File{},
		notFound:      map[locale.Lang]*asset.File{},
		notFoundEmbed: map[locale.Lang]*asset.File{},
	}
	var fixes encoderFixes
	// The pages rendered, compressed together once all are.
	var rendered []*asset.File
	site := sh.site
	for _, r := range app.Routes {
		for _, l := range locale.All {
			path := r.Path(l)
			page, err := capture(h, path)
			if err != nil {
				return prerendered{}, err
			}
			tree, err := body(page, &fixes)
			if err != nil {
				return prerendered{}, fmt.Errorf("rendering %s: %w", path, err)
			}
			d := shellData{
				Lang:        l,
				NoIndex:     r.NoIndex,
				Description: f.Texts.Site.Description.In(l),
				ThemeColor:  web.Hex(web.Light.Navy),
				Icon:        sh.icon,
				TouchIcon:   sh.touchIcon,
				Manifest:    site.Link(manifestPath(l)),
				OEmbed:      oembedDiscovery(site, l, path),
				Stylesheet:  sh.stylesheet,
				WasmExec:    site.Link("/wasm_exec.js"),
				AppJS:       site.Link("/app.js"),
				LoaderIcon:  sh.assets("icon-192.png"),
				Loading:     f.Texts.Site.Loading.In(l) + "…",
				Body:        template.HTML(tree),
			}
			if page, ok := r.New(f, site).(interface{ Title(locale.Lang) string }); ok {
				d.Title = page.Title(l)
			}
			if site.PublicURL != "" && !r.Fallback {
				d.URL = site.PublicURL + site.Link(path)
				d.Canonical = d.URL
			}
			if r.Indexed {
				d.Share = &shareTags{Locale: l.OGLocale(), SiteName: f.Texts.Site.Title.In(l), Card: "summary"}
				for _, other := range locale.All {
					if other != l {
						d.Share.OtherLocales = append(d.Share.OtherLocales, other.OGLocale())
					}
				}
				if site.PublicURL != "" {
					d.Alternates = alternates(r, site)
					d.Image = &shareImage{URL: site.PublicURL + sh.assets("icon-512.png")}
					if p, ok := sh.pictures[l]; ok {
						d.Image = &shareImage{URL: site.PublicURL + site.Link(sharePath(l)), Width: picture.CardWidth, Height: picture.CardHeight, Alt: p.alt}
						d.Share.Card = "summary_large_image"
					}
				}
			} else if _, ok := chart.Lookup(r.Part); ok && site.PublicURL != "" {
				// A chart's embed, whose address an editor may paste in a
				// post: the chart's own preview.
				d.Share = &shareTags{Locale: l.OGLocale(), SiteName: f.Texts.Site.Title.In(l), Card: "summary_large_image"}
				d.Image = &shareImage{URL: site.PublicURL + site.Link(previewPath(l, r.Part)), Width: previewSize.Width, Height: previewSize.Height,
					Alt: previewAlt(f, site, l, r.Part)}
			} else if site.PublicURL != "" && !r.Fallback {
				d.Image = &shareImage{URL: site.PublicURL + sh.assets("icon-512.png")}
			}
			name := strings.ReplaceAll(strings.TrimPrefix(path, "/"), "/", "-")
			render := func(name string, embed bool) (*asset.File, error) {
				d := d
				d.Embed = embed
				d.NoIndex = embed || r.NoIndex
				if embed {
					d.FrameScript = sh.frameScript
					if strings.Contains(string(tree), `class="`+app.OptionClass+`"`) {
						d.Charts = sh.charts
					}
				}
				var b bytes.Buffer
				if err := pageShell.Execute(&b, d); err != nil {
					return nil, fmt.Errorf("rendering %s: %w", path, err)
				}
				file := asset.New(name, b.Bytes())
				rendered = append(rendered, file)
				return file, nil
			}
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
	if err := fixes.check(); err != nil {
		return prerendered{}, fmt.Errorf("rendering the pages: %w", err)
	}
	if err := compressAll(rendered, sh.quality); err != nil {
		return prerendered{}, err
	}
	return out, nil
}

// compressAll compresses files, one on each processor at a time: brotli at
// its best quality is most of the time the server takes to start.
func compressAll(files []*asset.File, quality int) error {
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs []error
	)
	next := make(chan *asset.File)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for f := range next {
				if err := f.Compress(quality); err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
				}
			}
		})
	}
	for _, f := range files {
		next <- f
	}
	close(next)
	wg.Wait()
	return errors.Join(errs...)
}

// captured is what h answers to GET path, changed by fix when fix is not
// nil, as a compressed file of the given name.
func captured(h http.Handler, path, name string, fix func([]byte) ([]byte, error), quality int) (*asset.File, error) {
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
	if err := f.Compress(quality); err != nil {
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
