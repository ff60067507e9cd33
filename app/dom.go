package app

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
)

// The names that the Go components and the page's scripts (web/js) share:
// the scripts take them from names.js, which make generate writes from
// ScriptNames.
const (
	// ChartAttr marks a chart's <figure>: data-chart="<id>".
	ChartAttr = "data-chart"
	// ReadyAttr is "1" on a figure once its chart is drawn: in the HTML for
	// a chart the Go components draw, set by the script for ECharts.
	ReadyAttr = "data-chart-ready"
	// CanvasClass is the box an ECharts chart is drawn in.
	CanvasClass = "chart__canvas"
	// OptionClass is the <script type="application/json"> holding the
	// chart's ECharts option.
	OptionClass = "chart__option"
	// SurfaceClass is the element ECharts draws on, inside the canvas.
	SurfaceClass = "chart__surface"
	// BarsClass is the list of a chart's bars, each with its name and
	// amount; TrackClass is the space under them where ECharts draws the
	// bar.
	BarsClass  = "bars"
	TrackClass = "bar__track"
	// RuntimeGlobal is the script's object on window: mount(figure),
	// adopt(figure), release(figure), count() and ready, a promise kept
	// once the page's charts are drawn.
	RuntimeGlobal = "pageCharts"
	// MountedMark is the performance mark app.wasm leaves once it has
	// taken over the page.
	MountedMark = "app-mounted"
	// LiveClass is on the presentation once app.wasm runs it, one slide
	// at a time: its charts grow in as they appear.
	LiveClass = "present--live"
	// SwitcherClass is the list of links to the page's languages.
	SwitcherClass = "switcher"
	// DataTableClass is a chart's data table's disclosure, which printing
	// opens.
	DataTableClass = "datatable"
	// EmbedCodeClass is an embed code's disclosure, and StatusClass the
	// place its copy button says what it did.
	EmbedCodeClass = "embedcode"
	StatusClass    = "embedcode__status"
	// KitClass is the social-media kit's article, in which the page's
	// script shows the copy buttons.
	KitClass = "kit"
	// ThemeAttr on <html> is the theme the reader chose ("light", "dark")
	// or the page was asked for ("auto" too, in an embed).
	ThemeAttr = "data-theme"
	// AppAttr on <html> says what became of app.wasm: off, waiting,
	// loading, blocked or done.
	AppAttr = "data-app"
	// LoaderID is go-app's loader, which the page shell writes and the
	// start script removes when app.wasm is done or not to run.
	LoaderID = "app-wasm-loader"
	// LangAttr on a chart's figure is its language.
	LangAttr = "data-lang"
	// CopiedAttr and FailedAttr on an embed code's status are what it
	// says after a copy, or a copy that failed.
	CopiedAttr = "data-copied"
	FailedAttr = "data-failed"
	// BundleAttr on an embed's frame script names the ECharts bundle it
	// loads when the embed has charts of amounts.
	BundleAttr = "data-charts"
)

// ScriptNames are the names the page's scripts share with the
// components, each by the name the scripts give it.
var ScriptNames = []struct{ Name, Value string }{
	{"CHART", ChartAttr}, {"READY", ReadyAttr}, {"CANVAS", CanvasClass}, {"OPTION", OptionClass},
	{"SURFACE", SurfaceClass}, {"TRACK", TrackClass}, {"RUNTIME", RuntimeGlobal},
	{"LIVE", LiveClass}, {"SWITCHER", SwitcherClass}, {"DATA_TABLE", DataTableClass},
	{"EMBED_CODE", EmbedCodeClass}, {"KIT", KitClass}, {"STATUS", StatusClass}, {"COPY", CopyAttr}, {"ORIGIN", OriginAttr},
	{"THEME", ThemeAttr}, {"THEME_TOGGLE", ThemeToggleAttr}, {"WASM_POLICY", WasmPolicyAttr},
	{"APP", AppAttr}, {"LOADER", LoaderID}, {"LANG", LangAttr},
	{"COPIED", CopiedAttr}, {"FAILED", FailedAttr}, {"BUNDLE", BundleAttr},
	{"MARKS", MarksAttr}, {"MARK", MarkClass}, {"FIGURES", FiguresAttr}, {"CARD", CardClass}, {"CARD_COPY", CardCopyAttr}, {"CARD_STATUS", CardStatusClass}, {"MOUNTED", MountedMark},
	{"SHARE", ShareAttr}, {"SHARE_TITLE", ShareTitleAttr}, {"SHARE_TEXT", ShareTextAttr},
}

// GenerateScriptNames writes web/js/names.js: ScriptNames as constants of
// a JavaScript module.
func GenerateScriptNames() []byte {
	var b strings.Builder
	b.WriteString("// Code generated from app.ScriptNames by \"go run ./cmd/checkdata -write\"; DO NOT EDIT.\n\n")
	b.WriteString("// The names the page's scripts share with the Go components.\n")
	for _, n := range ScriptNames {
		fmt.Fprintf(&b, "export const %s = %q;\n", n.Name, n.Value)
	}
	return []byte(b.String())
}

// AttrText is text made fit for an HTML attribute that go-app writes.
// On the server go-app quotes attribute values the way Go quotes strings,
// which would turn a no-break space into the six characters \u00a0 that a
// browser then reads out; there each of data.Spaces becomes its character
// reference, which go-app leaves alone and HTML reads back as the space
// itself. In the browser go-app sets attributes as they are. Data
// validation keeps every other character that Go quoting would change out
// of the texts. Markup (markup.go) escapes its own attributes and needs
// none of this.
func AttrText(s string) string {
	if goapp.IsClient || !strings.ContainsFunc(s, isSpace) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isSpace(r) {
			fmt.Fprintf(&b, "&#x%X;", r)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isSpace(r rune) bool { return slices.Contains(data.Spaces, r) }

// SiteOfPage is, in the browser, how the server said the site is served:
// its public address and its prefix. The contact is not needed there: the
// accessibility statement is a page app.wasm never takes over.
func SiteOfPage() Site { return NewSite(PublicURLOfPage(), PrefixOfPage(), "") }

// PrefixOfPage is, in the browser, the path the site is served under, as
// the server gave it to go-app's environment, or "" at the origin's root.
func PrefixOfPage() string {
	if !goapp.IsClient {
		return ""
	}
	return strings.TrimSuffix(goapp.Getenv("GOAPP_ROOT_PREFIX"), "/")
}

// PublicURLOfPage is, in the browser, the site's public address as the
// server wrote it into the page's og:url, or "" when it wrote none.
func PublicURLOfPage() string {
	if !goapp.IsClient {
		return ""
	}
	meta := goapp.Window().Get("document").Call("querySelector", `meta[property="og:url"]`)
	if !meta.Truthy() {
		return ""
	}
	u, err := url.Parse(meta.Call("getAttribute", "content").String())
	if err != nil || u.Scheme == "" || u.Host == "" {
		return ""
	}
	return u.Scheme + "://" + u.Host
}

// AnnounceID is the polite live region of a page, which says that the
// page switched language.
const AnnounceID = "announce"

// announcer is the page's live region, empty until there is news.
func announcer() goapp.UI {
	return goapp.P().ID(AnnounceID).Class("visually-hidden").Aria("live", "polite")
}

// announceSwitch moves the focus to the page's main heading, without
// scrolling, and says in the live region what happened.
func announceSwitch(said string) {
	doc := goapp.Window().Get("document")
	if h := doc.Call("querySelector", "h1"); h.Truthy() {
		h.Call("setAttribute", "tabindex", "-1")
		h.Call("focus", map[string]any{"preventScroll": true})
	}
	if region := doc.Call("getElementById", AnnounceID); region.Truthy() {
		region.Set("textContent", said)
	}
}
