// Package app holds the site's go-app components, one per file, and its
// page table, from which the server and the browser both derive their
// routes.
package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// Route is one row of the page table: a kind of page, served in every
// language at Path(l).
type Route struct {
	// Name names the row, for tools and messages.
	Name string
	// Path is the page's path in a language.
	Path func(l locale.Lang) string
	// Status is the HTTP status the page is served with.
	Status int
	// Offline pages are kept by the service worker.
	Offline bool
	// Root marks the row whose page the root path ("/") serves, in the
	// negotiated language.
	Root bool
	// Indexed pages are in the sitemap, with their addresses in every
	// language, and carry the tags of link previews.
	Indexed bool
	// Fallback marks the row whose page answers every path that is no
	// other row's, with its status.
	Fallback bool
	// NoIndex pages ask search engines to leave them out: the handout
	// repeats the page, as the embeds do, and the social-media kit is for
	// the embassy's people.
	NoIndex bool
	// Embed marks a page made to be shown in a frame on another site: it
	// never loads app.wasm nor go-app's scripts, only the frame script.
	Embed bool
	// Part is what an embed shows: FiguresEmbed or a chart's id; "" for
	// the whole infographic and for every other page.
	Part string
	// Text marks a page of text that the server alone writes: app.wasm
	// never takes it over, and loads it from the server when a link leads
	// there.
	Text bool
	// New makes the page's component.
	New func(f *data.Facts, s Site) goapp.Composer
}

// Routes is the page table. The server prerenders every row in every
// language once, when it starts; go-app routes the same paths in the
// browser.
var Routes = append([]Route{
	{
		Name:    "page",
		Path:    func(l locale.Lang) string { return "/" + string(l) },
		Status:  200,
		Offline: true,
		Root:    true,
		Indexed: true,
		New:     func(f *data.Facts, s Site) goapp.Composer { return NewPage(f, s) },
	},
	{
		// The presentation for a big screen, which runs app.wasm at once.
		Name:    "present",
		Path:    PresentPath,
		Status:  200,
		Offline: true,
		Indexed: true,
		New:     func(f *data.Facts, s Site) goapp.Composer { return NewPresent(f, s) },
	},
	{
		// The speaker's window of the presentation, which S or a button
		// opens: the slide shown and the next, the notes, the time.
		Name:    "speaker",
		Path:    SpeakerPath,
		Status:  200,
		Offline: true,
		NoIndex: true,
		New:     func(f *data.Facts, s Site) goapp.Composer { return NewSpeaker(f, s) },
	},
	{
		// The accessibility statement, linked from every page's footer.
		Name:   "accessibility",
		Path:   StatementPath,
		Status: 200,
		Text:   true,
		New:    func(f *data.Facts, s Site) goapp.Composer { return NewStatement(f, s) },
	},
	{
		// The one-page handout, to print for events, linked from the
		// footer and the presentation's last slide.
		Name:    "handout",
		Path:    HandoutPath,
		Status:  200,
		Offline: true,
		Text:    true,
		NoIndex: true,
		New:     func(f *data.Facts, s Site) goapp.Composer { return NewHandout(f, s) },
	},
	{
		// The social-media kit, linked from every page's footer: pictures
		// to post, their captions and alt texts; not for search engines.
		Name:    "kit",
		Path:    KitPath,
		Status:  200,
		Text:    true,
		NoIndex: true,
		New:     func(f *data.Facts, s Site) goapp.Composer { return NewKit(f, s) },
	},
	{
		// The 404 page: prerendered once per language, it never holds
		// anything of the request.
		Name:     "notfound",
		Path:     func(l locale.Lang) string { return "/" + string(l) + "/404" },
		Status:   404,
		Fallback: true,
		New:      func(f *data.Facts, s Site) goapp.Composer { return NewNotFound(f, s) },
	},
}, embedRoutes()...)

// StatementPath is the accessibility statement's path in a language.
func StatementPath(l locale.Lang) string { return "/" + string(l) + "/accessibility" }

// HandoutPath is the one-page handout's path in a language.
func HandoutPath(l locale.Lang) string { return "/" + string(l) + "/handout" }

// KitPath is the social-media kit's path in a language.
func KitPath(l locale.Lang) string { return "/" + string(l) + "/kit" }

// FiguresEmbed names the embed of the key figures, beside the charts'.
const FiguresEmbed = "figures"

// EmbedPath is the path of an embed in a language: the whole infographic
// for "", the key figures for FiguresEmbed, else the chart with that id.
func EmbedPath(l locale.Lang, id string) string {
	if id == "" {
		return "/" + string(l) + "/embed"
	}
	return "/" + string(l) + "/embed/" + id
}

// EmbedIDs are every embed's id: the whole infographic (""), the key
// figures and each chart of the registry.
func EmbedIDs() []string { return append([]string{"", FiguresEmbed}, chart.IDs()...) }

// embedRoutes are the rows of the embeds: the whole infographic, the key
// figures and each chart of the registry.
func embedRoutes() []Route {
	ids := EmbedIDs()
	rows := make([]Route, len(ids))
	for i, id := range ids {
		name := "embed"
		if id != "" {
			name += "-" + id
		}
		rows[i] = Route{
			Name:   name,
			Path:   func(l locale.Lang) string { return EmbedPath(l, id) },
			Status: 200,
			Embed:  true,
			Part:   id,
			New:    func(f *data.Facts, s Site) goapp.Composer { return newEmbedPage(f, s, id) },
		}
	}
	return rows
}

// Register registers the page table with go-app: each row's paths, the
// root row at "/" and, for any other path, the fallback row, each page
// made with the facts and how the site is served. The server and the
// browser call it alike.
func Register(f *data.Facts, s Site) {
	for _, r := range Routes {
		if r.Fallback {
			continue
		}
		for _, l := range locale.All {
			goapp.Route(r.Path(l), func() goapp.Composer { return r.New(f, s) })
		}
	}
	goapp.Route("/", func() goapp.Composer { return RootRoute().New(f, s) })
	goapp.RouteWithRegexp(".*", func() goapp.Composer { return FallbackRoute().New(f, s) })
}

// RootRoute is the row the root path serves.
func RootRoute() Route { return find(func(r Route) bool { return r.Root }) }

// FallbackRoute is the row that answers every other path.
func FallbackRoute() Route { return find(func(r Route) bool { return r.Fallback }) }

func find(match func(Route) bool) Route {
	for _, r := range Routes {
		if match(r) {
			return r
		}
	}
	panic("app: the page table has no such row")
}

// OfflinePaths are the paths the service worker keeps: the root and every
// offline row in every language.
func OfflinePaths() []string {
	paths := []string{"/"}
	for _, r := range Routes {
		if r.Offline {
			for _, l := range locale.All {
				paths = append(paths, r.Path(l))
			}
		}
	}
	return paths
}

// LangOfPath returns the language a path starts with ("/nl", "/nl/…").
func LangOfPath(path string) (locale.Lang, bool) {
	first, _, _ := strings.Cut(strings.TrimPrefix(path, "/"), "/")
	return locale.Parse(first)
}
