package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// Closing is the presentation's last slide: the sources, a link to the
// one-page handout to print, and a QR code
// to the page in the slide's language at the site's public address, for
// people in the room to open it on their phones. Without a public address
// there is no code: the page would not know where it is reached from.
type Closing struct {
	goapp.Compo

	Facts *data.Facts
	Lang  locale.Lang
	Site  Site
	// Takeaway is the line under the slide's title.
	Takeaway string
}

// QRPath is the path of the QR code to the page in a language, which the
// server draws when it knows the public address.
func QRPath(l locale.Lang) string { return "/qr/" + string(l) + ".svg" }

// Render writes the slide's body.
func (c *Closing) Render() goapp.UI {
	f, l := c.Facts, c.Lang
	t := f.Texts.Present
	var m markup
	m.open("div", "class", "closing")
	m.open("div", "class", "closing__sources")
	m.elem("h2", t.Closing.In(l), "class", "slide__title")
	m.elem("p", c.Takeaway, "class", "slide__takeaway")
	m.elem("h3", f.Texts.Footer.Sources.In(l))
	sourcesList(&m, f, l)
	m.elem("p", f.Texts.Footer.Rounding.In(l), "class", "closing__note")
	m.open("p", "class", "closing__handout").elem("a", f.Texts.Footer.Handout.In(l), "href", c.Site.Link(HandoutPath(l))).close("p")
	m.close("div")
	if s := c.Site; s.PublicURL != "" {
		address := s.PublicURL + s.Home(l)
		m.open("figure", "class", "closing__qr")
		m.open("img", "src", s.Link(QRPath(l)), "alt", t.QR.In(l)+" "+address, "width", "400", "height", "400")
		m.open("figcaption").elem("p", t.Scan.In(l)).elem("p", address, "class", "closing__address").close("figcaption")
		m.close("figure")
	}
	m.close("div")
	return goapp.Raw(m.String())
}

// sourcesList writes the sources, each with its date, as a numbered list:
// on the last slide and on the handout.
func sourcesList(m *markup, f *data.Facts, l locale.Lang) {
	m.open("ol", "class", "sources")
	for _, s := range f.Sources {
		m.open("li").text(s.Name.In(l))
		if d := sourceDate(f, l, s); d != "" {
			m.text(" (" + d + ")")
		}
		m.close("li")
	}
	m.close("ol")
}
