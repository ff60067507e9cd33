//go:build !wasm

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// HandoutChart is the chart the handout shows: the aid, direct and
// through the EU and NATO.
const HandoutChart = "aid-channels"

// Handout is the one-page handout, for events: the title, the five key
// figures with their qualifiers, the aid chart as the server draws its
// picture, the sources with their dates, and a QR code to the page when
// the site's public address is known. It prints on one sheet of A4 or US
// Letter and needs no script: on screen it is a sheet, with a line that
// tells how to print it.
type Handout struct {
	langPage
}

// NewHandout returns the handout.
func NewHandout(f *data.Facts, s Site) *Handout {
	return &Handout{langPage{Facts: f, Site: s, title: func(l locale.Lang) string {
		return f.Texts.Handout.Title.In(l) + " · " + f.Texts.Site.Title.In(l)
	}}}
}

// OnMount runs in the browser once app.wasm has taken over the page.
func (h *Handout) OnMount(goapp.Context) { markMounted() }

// Render writes the sheet, under the line that tells how to print it.
func (h *Handout) Render() goapp.UI {
	f, l, s := h.Facts, h.Lang(), h.Site
	t := f.Texts
	var m markup
	m.open("p", "class", "handout__screen").text(t.Handout.Print.In(l)+" ").elem("a", t.NotFound.Home.In(l), "href", s.Home(l)).close("p")
	m.open("article", "class", "handout__sheet")
	m.open("header", "class", "handout__head")
	m.open("span", "class", "flags", "aria-hidden", "true").raw(flagBE + flagUS).close("span")
	m.elem("h1", t.Site.Title.In(l))
	m.elem("p", t.Site.Publisher.In(l), "class", "handout__publisher")
	m.close("header")
	m.elem("h2", t.Figures.Heading.In(l), "class", "visually-hidden")
	m.open("ul", "class", "handout__figures")
	for _, id := range f.KeyFigures {
		fig := f.Figure(id)
		if fig == nil {
			continue
		}
		m.open("li", "class", "handout__figure", "data-figure", fig.ID)
		headline(&m, fig.HeadlineParts(l), false)
		m.elem("span", fig.Label.In(l), "class", "keyfigure__label")
		m.elem("span", periodNote(fig, l)+fig.Covers.In(l), "class", "keyfigure__covers")
		m.close("li")
	}
	m.close("ul")
	if texts, ok := t.Chart[HandoutChart]; ok {
		m.open("figure", "class", "handout__chart")
		m.open("img", "src", s.Link(DataPath(l, HandoutChart, SVG)), "alt", f.Expand(texts.Title, l)+". "+f.Expand(texts.Description, l))
		m.close("figure")
	}
	m.open("div", "class", "handout__foot")
	m.open("div", "class", "handout__sources")
	m.elem("h2", t.Footer.Sources.In(l))
	sourcesList(&m, f, l)
	m.elem("p", t.Footer.Rounding.In(l))
	m.open("p").text(l.Colon(t.Footer.Updated.In(l)) + " ")
	updated(&m, f, l)
	m.close("p")
	m.close("div")
	if s.PublicURL != "" {
		address := s.PublicURL + s.Home(l)
		m.open("figure", "class", "handout__qr")
		m.open("img", "src", s.Link(QRPath(l)), "alt", t.Present.QR.In(l)+" "+address, "width", "120", "height", "120")
		m.open("figcaption").elem("span", t.Present.Scan.In(l)).text(" ").elem("span", address, "class", "handout__address").close("figcaption")
		m.close("figure")
	}
	m.close("div")
	m.close("article")
	// A page of text: app.wasm never takes it over.
	return goapp.Div().Class("page page--handout").Attr(WasmPolicyAttr, "never").Body(
		goapp.Main().ID("content").Class("handout").Body(goapp.Raw(m.String())),
	)
}
