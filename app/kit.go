//go:build !wasm

package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// Kit is the social-media kit: for each key figure, each chart and the
// whole infographic, its picture, links to save it in each size, and a
// caption and an alt text to paste, each with a button that copies it;
// and the ZIP file of all of them. A page of text, which the server alone
// writes: it works without app.wasm, and its copy buttons with the
// page's script.
type Kit struct {
	langPage
}

// NewKit returns the social-media kit.
func NewKit(f *data.Facts, s Site) *Kit {
	return &Kit{langPage{Facts: f, Site: s, title: f.Texts.Kit.Title.In}}
}

// OnMount runs in the browser once app.wasm has taken over the page.
func (k *Kit) OnMount(goapp.Context) { markMounted() }

// Render writes the kit between the masthead and the footer.
func (k *Kit) Render() goapp.UI {
	f, l := k.Facts, k.Lang()
	t := f.Texts.Kit
	var m markup
	m.open("article", "class", KitClass)
	m.elem("h2", t.Title.In(l))
	m.elem("p", t.Intro.In(l), "class", "lead")
	m.open("p", "class", "kit__zip").elem("a", t.Download.In(l), "class", "button", "href", k.Site.Link(KitZipPath(l)), "download", KitZipName(l)).close("p")
	m.open("ul", "class", "kit__items")
	for _, it := range KitItems(f, k.Site, l) {
		k.item(&m, l, it)
	}
	m.close("ul").close("article")
	// A page of text: app.wasm never takes it over.
	return goapp.Div().Class("page page--kit").Attr(WasmPolicyAttr, "never").Body(
		goapp.A().Class("skip").Href("#content").Text(f.Texts.Site.Skip.In(l)),
		&Header{Facts: f, Lang: l, Site: k.Site},
		goapp.Main().ID("content").Body(goapp.Raw(m.String())),
		&Footer{Facts: f, Lang: l, Site: k.Site},
		announcer(),
	)
}

// item writes one picture of the kit: its title, its square picture, the
// links that save each size, its caption and its alt text.
func (k *Kit) item(m *markup, l locale.Lang, it KitItem) {
	t := k.Facts.Texts.Kit
	id := "kit-" + it.Name
	m.open("li", "class", "kit__item", "id", id)
	m.elem("h3", it.Title, "id", id+"-title")
	preview := KitSizes[0]
	m.open("img", "class", "kit__preview", "src", k.Site.Link(KitPicturePath(l, it.Name, preview)), "alt", it.Alt,
		"width", strconv.Itoa(preview.Width), "height", strconv.Itoa(preview.Height), "loading", "lazy")
	m.open("ul", "class", "kit__sizes", "aria-labelledby", id+"-title")
	for i, size := range KitSizes {
		name := []data.Text{t.Square, t.Portrait, t.Landscape}[i].In(l)
		m.open("li").elem("a", l.Number(float64(size.Width), 0)+" × "+l.Number(float64(size.Height), 0)+" ("+name+")",
			"href", k.Site.Link(KitPicturePath(l, it.Name, size)), "download", KitFileName(l, it.Name, size)).close("li")
	}
	m.close("ul")
	k.paste(m, l, id+"-caption", t.Caption.In(l), t.CopyCaption.In(l), it.Caption, 4)
	k.paste(m, l, id+"-alt", t.Alt.In(l), t.CopyAlt.In(l), it.Alt, 5)
	m.close("li")
}

// paste writes a text to paste, in a box that reads and selects without
// script, and the button that copies it, which the page's script shows.
func (k *Kit) paste(m *markup, l locale.Lang, id, label, copy, text string, rows int) {
	t := k.Facts.Texts.Embed
	m.elem("label", label, "class", "kit__label", "for", id)
	m.elem("textarea", text, "id", id, "class", "kit__text", "readonly", "readonly", "rows", strconv.Itoa(rows), "spellcheck", "false")
	m.open("div", "class", "kit__actions")
	m.elem("button", copy, "type", "button", "class", "button kit__copy", "hidden", "hidden", CopyAttr, id)
	m.elem("p", "", "class", StatusClass, "role", "status", CopiedAttr, t.Copied.In(l), FailedAttr, t.Failed.In(l))
	m.close("div")
}
