package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/picture"
)

// oembedPath is the address of the oEmbed endpoint, which answers for
// any embed with the sizes asked for; oembedFile the address of an
// embed's answer written once, at its usual size, which the pages name
// for discovery and the export keeps.
const oembedPath = "/oembed"

func oembedFile(l locale.Lang, id string) string {
	return oembedPath + "/" + string(l) + "/" + embedKey(id) + ".json"
}

// embedKey names an embed in a file name: "page" for the whole
// infographic.
func embedKey(id string) string {
	if id == "" {
		return "page"
	}
	return id
}

// oembedWidth is the width of an embed's answer when none is asked for:
// the width of an article's column on most sites.
const oembedWidth = 680

// oembedCacheAge is how long, in seconds, a consumer may keep an answer:
// a day, since the figures change once a year.
const oembedCacheAge = 86400

// oembedAnswer is an answer of oEmbed 1.0, of the rich type: a frame and
// the host script that sizes it.
type oembedAnswer struct {
	Version         string `json:"version"`
	Type            string `json:"type"`
	Title           string `json:"title"`
	ProviderName    string `json:"provider_name"`
	ProviderURL     string `json:"provider_url"`
	HTML            string `json:"html"`
	Width           int    `json:"width"`
	Height          int    `json:"height"`
	ThumbnailURL    string `json:"thumbnail_url,omitempty"`
	ThumbnailWidth  int    `json:"thumbnail_width,omitempty"`
	ThumbnailHeight int    `json:"thumbnail_height,omitempty"`
	CacheAge        int    `json:"cache_age"`
}

// oembed is the answer for an embed in a language at its usual size:
// oembedWidth, and the frame's first height, which a consumer that shows
// the code inside its own frame (Drupal's /media/oembed) keeps, and the
// host script then fits to the content.
func oembed(f *data.Facts, site app.Site, l locale.Lang, id string) oembedAnswer {
	title := app.EmbedTitle(f, l, id)
	a := oembedAnswer{
		Version:      "1.0",
		Type:         "rich",
		Title:        title,
		ProviderName: f.Texts.Site.Publisher.In(l),
		ProviderURL:  site.PublicURL + site.Home(l),
		CacheAge:     oembedCacheAge,
	}
	if p, ok := chartPicture(site, l, id); ok {
		a.ThumbnailURL = site.PublicURL + site.Link(app.DataPath(l, id, app.PNG))
		a.ThumbnailWidth, a.ThumbnailHeight = p.Width, p.Height
	} else if _, isChart := chart.Lookup(id); !isChart {
		a.ThumbnailURL = site.PublicURL + site.Link(sharePath(l))
		a.ThumbnailWidth, a.ThumbnailHeight = picture.CardWidth, picture.CardHeight
	}
	return a.within(site, l, id, 0, 0)
}

// chartPicture is the size of a chart's picture as the site laid it out
// at start, and false for no chart.
func chartPicture(site app.Site, l locale.Lang, id string) (app.Picture, bool) {
	if site.Picture == nil {
		return app.Picture{}, false
	}
	return site.Picture(l, id)
}

// within is the answer within the sizes asked for (0: none asked), its
// code's frame as high as the answer says.
func (a oembedAnswer) within(site app.Site, l locale.Lang, id string, maxWidth, maxHeight int) oembedAnswer {
	a.Width, a.Height = oembedWidth, app.EmbedHeight(id)
	if maxWidth > 0 {
		a.Width = min(a.Width, maxWidth)
	}
	if maxHeight > 0 {
		a.Height = min(a.Height, maxHeight)
	}
	a.HTML = app.EmbedSnippet(site, l, id, a.Title, a.Height)
	return a
}

// embedOf reads which embed an address shows: an embed's own address, or
// a page's, which embeds the whole infographic. ok is false for an
// address of another site or of no embed.
func embedOf(raw string, site app.Site, host string) (l locale.Lang, id string, ok bool) {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.User != nil {
		return "", "", false
	}
	want := host
	if site.PublicURL != "" {
		if p, err := url.Parse(site.PublicURL); err == nil {
			want = p.Host
		}
	}
	if !strings.EqualFold(u.Host, want) {
		return "", "", false
	}
	path, found := strings.CutPrefix(u.Path, site.Prefix)
	if !found {
		return "", "", false
	}
	for _, l := range locale.All {
		for _, id := range app.EmbedIDs() {
			if path == app.EmbedPath(l, id) {
				return l, id, true
			}
		}
		if path == "/"+string(l) {
			return l, "", true
		}
	}
	return "", "", false
}

// oembedDiscovery is the address of the oEmbed answer of the page at path
// in language l: its embed's, the whole infographic's for the
// infographic's page, "" for any other page.
func oembedDiscovery(site app.Site, l locale.Lang, path string) string {
	if path == app.RootRoute().Path(l) {
		return site.PublicURL + site.Link(oembedFile(l, ""))
	}
	for _, id := range app.EmbedIDs() {
		if path == app.EmbedPath(l, id) {
			return site.PublicURL + site.Link(oembedFile(l, id))
		}
	}
	return ""
}

// serveOEmbed answers oEmbed's requests as its specification says: 400
// for a request it cannot read, 404 for an address it has no embed for,
// 501 for a format other than JSON.
func (s *site) serveOEmbed(cfg Config) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		if format := q.Get("format"); format != "" && format != "json" {
			http.Error(w, "only the json format is offered", http.StatusNotImplemented)
			return
		}
		size := func(name string) (int, bool) {
			v := q.Get(name)
			if v == "" {
				return 0, true
			}
			n, err := strconv.Atoi(v)
			return n, err == nil && n > 0
		}
		maxWidth, okW := size("maxwidth")
		maxHeight, okH := size("maxheight")
		raw := q.Get("url")
		if raw == "" || !okW || !okH {
			http.Error(w, "url, and maxwidth and maxheight as positive whole numbers if given", http.StatusBadRequest)
			return
		}
		l, id, ok := embedOf(raw, cfg.Site, r.Host)
		if !ok {
			http.Error(w, "no embed at that address", http.StatusNotFound)
			return
		}
		// The answer made at start, resized: no picture is laid out
		// again for a request.
		var a oembedAnswer
		made, err := s.files[oembedFile(l, id)].get()
		if err == nil {
			err = json.Unmarshal(made.Body, &a)
		}
		if err != nil {
			http.Error(w, "the answer cannot be written", http.StatusInternalServerError)
			return
		}
		body, err := json.Marshal(a.within(cfg.Site, l, id, maxWidth, maxHeight))
		if err != nil {
			http.Error(w, "the answer cannot be written", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Header().Set("Cache-Control", "public, max-age="+strconv.Itoa(oembedCacheAge))
		w.Header().Set("Access-Control-Allow-Origin", "*")
		w.Write(body)
	}
}

// oembedFiles writes each embed's answer in each language, at its usual
// size, for discovery and the export.
func oembedFiles(fs files, f *data.Facts, site app.Site, quality int) error {
	for _, l := range locale.All {
		for _, id := range app.EmbedIDs() {
			body, err := json.Marshal(oembed(f, site, l, id))
			if err != nil {
				return fmt.Errorf("writing the oEmbed answer of %s: %w", app.EmbedPath(l, id), err)
			}
			path := oembedFile(l, id)
			file, err := compressed(path[1:], body, quality)
			if err != nil {
				return err
			}
			fs[path] = generated{get: made(file)}
		}
	}
	return nil
}
