package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// Footer lists the sources with their dates, links to all the data as a
// CSV file and to the one-page handout, gives the last update and how to read the qualifiers, and
// gives the codes that embed the infographic and its key figures on
// another site.
type Footer struct {
	goapp.Compo

	Facts *data.Facts
	Lang  locale.Lang
	Site  Site
}

// Render writes the footer; the sources list is the target of the
// masthead's "Sources" link.
func (ft *Footer) Render() goapp.UI {
	f, l := ft.Facts, ft.Lang
	t := f.Texts.Footer
	var m markup
	m.open("footer", "class", "footer")
	m.elem("h2", t.Sources.In(l), "id", "sources")
	m.open("ol", "class", "sources")
	for _, s := range f.Sources {
		m.open("li", "id", "source-"+s.ID).text(s.Name.In(l))
		if d := sourceDate(f, l, s); d != "" {
			m.elem("span", " ("+d+")", "class", "sources__date")
		}
		m.close("li")
	}
	m.close("ol")
	provenance(&m, f, l, ft.Site)
	m.open("p", "class", "download download--all")
	m.elem("a", f.Texts.Download.All.In(l), "href", ft.Site.Link(DataPath(l, AllData, CSV)), "download", DataFileName(l, AllData, CSV))
	m.close("p")
	m.elem("p", t.Rounding.In(l), "class", "footer__note")
	m.open("p", "class", "footer__handout").elem("a", t.Handout.In(l), "href", ft.Site.Link(HandoutPath(l))).close("p")
	m.open("p", "class", "footer__statement").elem("a", t.Accessibility.In(l), "href", ft.Site.Link(StatementPath(l))).
		text(" · ").elem("a", t.Kit.In(l), "href", ft.Site.Link(KitPath(l))).close("p")
	m.open("p", "class", "footer__updated").text(l.Colon(t.Updated.In(l)) + " ")
	updated(&m, f, l)
	m.close("p")
	m.open("div", "class", "footer__embed")
	m.elem("h2", f.Texts.Embed.Heading.In(l))
	embedCode(&m, f, l, ft.Site, "", f.Texts.Embed.Page.In(l))
	embedCode(&m, f, l, ft.Site, FiguresEmbed, f.Texts.Embed.Figures.In(l))
	m.close("div").close("footer")
	return goapp.Raw(m.String())
}
