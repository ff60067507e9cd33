package server

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/asset"
)

// ParsePrefix reads the path a site is served under, as -prefix or PREFIX
// give it ("/infographic/", "infographic", "/a/b"), into the form the
// site uses: a leading slash, no trailing one, "" for the origin's root.
// Each segment may hold letters, digits and "-._~" only, and is neither
// "." nor "..": the prefix goes unescaped into addresses, the manifest,
// the service worker and nginx's configuration.
func ParsePrefix(s string) (string, error) {
	p := strings.Trim(strings.TrimSpace(s), "/")
	if p == "" {
		return "", nil
	}
	segs := strings.Split(p, "/")
	if _, lang := locale.Parse(strings.ToLower(segs[0])); lang || strings.EqualFold(segs[0], "healthz") {
		return "", fmt.Errorf("prefix %q: a path the site serves itself, which the prefix would repeat (%s/%s)", s, "/"+p, segs[0])
	}
	for _, seg := range segs {
		if seg == "" || strings.Trim(seg, ".") == "" {
			return "", fmt.Errorf("prefix %q: an empty segment, or one of dots only", s)
		}
		for _, r := range seg {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-._~", r)) {
				return "", fmt.Errorf("prefix %q: %q is not allowed in a path segment", s, r)
			}
		}
	}
	return "/" + p, nil
}

// scopeManifest sets the web app manifest's scope to the site's prefix:
// go-app always writes "/", which would claim the whole origin.
func scopeManifest(manifest []byte, prefix string) ([]byte, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(manifest, &m); err != nil {
		return nil, fmt.Errorf("reading go-app's manifest: %w", err)
	}
	if _, ok := m["scope"]; !ok {
		return nil, fmt.Errorf("go-app's manifest has no scope")
	}
	scope, err := json.Marshal(prefix + "/")
	if err != nil {
		return nil, err
	}
	m["scope"] = scope
	return json.Marshal(m)
}

// manifestPath is the address of a language's web app manifest.
func manifestPath(l locale.Lang) string { return "/" + string(l) + "/manifest.webmanifest" }

// manifestPaths are the addresses of every language's manifest.
func manifestPaths() []string {
	var paths []string
	for _, l := range locale.All {
		paths = append(paths, manifestPath(l))
	}
	return paths
}

// localManifest is go-app's manifest in a language: the installed app is
// named with the site's title and described with its description, and
// opens on the language's page.
func localManifest(base []byte, f *data.Facts, l locale.Lang, site app.Site, quality int) (*asset.File, error) {
	var m map[string]any
	if err := json.Unmarshal(base, &m); err != nil {
		return nil, fmt.Errorf("reading the manifest: %w", err)
	}
	m["name"] = f.Texts.Site.Title.In(l)
	m["description"] = f.Texts.Site.Description.In(l)
	m["lang"] = l.Tag().String()
	m["start_url"] = site.Home(l)
	body, err := json.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("writing the %s manifest: %w", l, err)
	}
	return compressed(manifestPath(l)[1:], body, quality)
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
