// Package app holds the page's go-app components, one per file, and the
// routes that both the server and the browser register.
package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// PagePaths are the paths that serve the infographic: the root, which serves
// the negotiated language, and one path per language.
func PagePaths() []string {
	paths := []string{"/"}
	for _, l := range locale.All {
		paths = append(paths, "/"+string(l))
	}
	return paths
}

// Routes registers every route of the page with go-app. The server and the
// browser call it alike, so both render the same component for a path; any
// other path renders the not-found page.
func Routes(f *data.Facts) {
	for _, p := range PagePaths() {
		goapp.Route(p, func() goapp.Composer { return &Page{Facts: f} })
	}
	goapp.RouteWithRegexp(".*", func() goapp.Composer { return &NotFound{Facts: f} })
}

// LangOfPath returns the language a path starts with ("/nl", "/nl/…").
func LangOfPath(path string) (locale.Lang, bool) {
	first, _, _ := strings.Cut(strings.TrimPrefix(path, "/"), "/")
	return locale.Parse(first)
}

// pageLang is the language of the page being shown: the path's own language,
// else (in the browser, on "/" or an unknown path) the one the server put in
// <html lang>, else the default.
func pageLang(ctx goapp.Context) locale.Lang { return langOf(ctx.Page().URL().Path) }

// startLang is the language a page component starts with, before any
// navigation event: in the browser the address's, so that the first
// rendering is already the right one and nothing is mounted twice.
func startLang() locale.Lang {
	if !goapp.IsClient {
		return ""
	}
	return langOf(goapp.Window().URL().Path)
}

func langOf(path string) locale.Lang {
	if l, ok := LangOfPath(path); ok {
		return l
	}
	if goapp.IsClient {
		if l, ok := locale.Parse(goapp.Window().Get("document").Get("documentElement").Get("lang").String()); ok {
			return l
		}
	}
	return locale.Default
}
