package app

import (
	"html"
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// EmbedCode is the control that gives the code to embed a part of the
// page on another site: a disclosure holding the code, in the served HTML
// so that it reads and selects without script, and a copy button that
// the page's script shows and runs (it also closes the disclosure on
// Escape).
type EmbedCode struct {
	goapp.Compo

	// ID is what to embed: "" for the whole infographic, FiguresEmbed,
	// or a chart's id.
	ID    string
	Facts *data.Facts
	Lang  locale.Lang
	Site  Site
}

// Render writes the disclosure.
func (e *EmbedCode) Render() goapp.UI {
	var m markup
	embedCode(&m, e.Facts, e.Lang, e.Site, e.ID, e.Facts.Texts.Embed.Chart.In(e.Lang))
	return goapp.Raw(m.String())
}

// The attributes the page's script acts on.
const (
	// CopyAttr on a button names the id of the element whose code it
	// copies.
	CopyAttr = "data-copy"
	// OriginAttr marks an embed code whose addresses are paths, the
	// site's public address being unknown: the page's script puts the
	// page's own origin in front of them.
	OriginAttr = "data-origin"
)

// The initial heights of the embeds that are no chart, in CSS pixels: the
// key figures', as the charts' (chart.Spec.EmbedHeight), what they need
// in a phone's column; the whole infographic's, what it needs in an
// article's column on a desktop, since on a phone's it would leave some
// five thousand pixels blank on a desktop: without the host script, a
// phone scrolls inside its frame.
const (
	pageEmbedHeight    = 5600
	figuresEmbedHeight = 1640
)

// EmbedHeight is the initial height of an embed's frame; 0 for an embed
// that does not exist.
func EmbedHeight(id string) int {
	switch id {
	case "":
		return pageEmbedHeight
	case FiguresEmbed:
		return figuresEmbedHeight
	}
	if s, ok := chart.Lookup(id); ok {
		return s.EmbedHeight
	}
	return 0
}

// EmbedSnippet is the code that embeds a part of the page: the frame,
// with a title that says what it shows and its first height (EmbedHeight,
// or less where the host asks), and the host script that sizes it and
// takes its border away (a style attribute would not pass a strict
// Content-Security-Policy on the host page). Its addresses are at the
// site's public address, or paths when it is not known.
func EmbedSnippet(s Site, l locale.Lang, id, title string, height int) string {
	return `<iframe src="` + html.EscapeString(s.PublicURL+s.Link(EmbedPath(l, id))) + `" title="` + html.EscapeString(title) +
		`" width="100%" height="` + strconv.Itoa(height) + `" loading="lazy"></iframe>` + "\n" +
		`<script src="` + html.EscapeString(s.PublicURL+s.Link("/embed.js")) + `" async></script>`
}

// ImageSnippet is the code that shows a chart as its picture, for a
// newsletter or a site that removes frames: the PNG, at its size, with
// its description, linked to the chart on the page. The picture scales
// down in a narrower column. ok is false where the server has no
// picture of the chart.
func ImageSnippet(s Site, l locale.Lang, id string) (code string, ok bool) {
	if s.Picture == nil {
		return "", false
	}
	p, ok := s.Picture(l, id)
	if !ok {
		return "", false
	}
	return `<a href="` + html.EscapeString(s.PublicURL+s.Home(l)+"#"+chartAnchor(id)) + `"><img src="` +
		html.EscapeString(s.PublicURL+s.Link(DataPath(l, id, PNG))) + `" width="` + strconv.Itoa(p.Width) +
		`" height="` + strconv.Itoa(p.Height) + `" alt="` + html.EscapeString(p.Alt) +
		`" style="max-width:100%;height:auto"></a>`, true
}

// EmbedTitle is what an embed shows: the title of its frame and its page.
func EmbedTitle(f *data.Facts, l locale.Lang, id string) string {
	switch id {
	case "":
		return f.Texts.Site.Title.In(l)
	case FiguresEmbed:
		return f.Texts.Figures.Heading.In(l) + " – " + f.Texts.Site.Title.In(l)
	}
	return f.Expand(f.Texts.Chart[id].Title, l)
}

// embedCodeID is the id of the box that holds the code of the embed with
// the given key ("page", "figures" or a chart's id).
func embedCodeID(key string) string { return "embed-" + key + "-code" }

// embedCode writes the disclosure that gives an embed's code, under the
// given label.
func embedCode(m *markup, f *data.Facts, l locale.Lang, s Site, id, label string) {
	t := f.Texts.Embed
	key := id
	if key == "" {
		key = "page"
	}
	codeID, helpID := embedCodeID(key), "embed-"+key+"-help"
	m.open("details", "class", EmbedCodeClass, "data-embed", key)
	m.open("summary").raw(embedIcon).elem("span", label).close("summary")
	m.open("div", "class", "embedcode__body")
	m.elem("p", t.Help.In(l), "class", "embedcode__help", "id", helpID)
	m.elem("label", t.Code.In(l), "class", "embedcode__label", "for", codeID)
	// Without the public address, the page's script puts its own in
	// front of the code's paths (OriginAttr).
	origin := ""
	if s.PublicURL == "" {
		origin = "page"
	}
	m.elem("textarea", EmbedSnippet(s, l, id, EmbedTitle(f, l, id), EmbedHeight(id)),
		"id", codeID, "class", "embedcode__code", "readonly", "readonly", "rows", "6",
		"spellcheck", "false", "aria-describedby", helpID, OriginAttr, origin)
	copyActions(m, t.Copy.In(l), codeID, t.Copied.In(l), t.Failed.In(l))
	if image, ok := ImageSnippet(s, l, id); ok {
		imageID, imageHelpID := "embed-"+key+"-image", "embed-"+key+"-image-help"
		m.elem("label", t.Image.In(l), "class", "embedcode__label", "for", imageID)
		m.elem("p", t.ImageHelp.In(l), "class", "embedcode__help", "id", imageHelpID)
		m.elem("textarea", image, "id", imageID, "class", "embedcode__code", "readonly", "readonly", "rows", "4",
			"spellcheck", "false", "aria-describedby", imageHelpID, OriginAttr, origin)
		copyActions(m, t.Copy.In(l), imageID, t.Copied.In(l), t.Failed.In(l))
	}
	m.close("div").close("details")
}

// copyActions writes the button that copies the field with the given id,
// shown by the page's script, and where it says what it did.
func copyActions(m *markup, label, id, copied, failed string) {
	m.open("div", "class", "embedcode__actions")
	m.elem("button", label, "type", "button", "class", "button embedcode__copy", "hidden", "hidden", CopyAttr, id)
	m.elem("p", "", "class", StatusClass, "role", "status", CopiedAttr, copied, FailedAttr, failed)
	m.close("div")
}

// embedIcon is the "</>" mark of the embed controls.
const embedIcon = `<svg class="embedcode__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M8.6 7.4 4 12l4.6 4.6L7.2 18 1.2 12l6-6zm6.8 0L20 12l-4.6 4.6 1.4 1.4 6-6-6-6z"/></svg>`
