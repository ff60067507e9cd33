package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// Footer lists the sources with their dates, the last update and how to
// read the qualifiers.
type Footer struct {
	goapp.Compo

	Facts *data.Facts
	Lang  locale.Lang
}

// Render writes the footer; the sources list is the target of the
// masthead's "Sources" link.
func (ft *Footer) Render() goapp.UI {
	f, l := ft.Facts, ft.Lang
	t := f.Texts.Footer
	return goapp.Footer().Class("footer").Body(
		goapp.H2().ID("sources").Text(t.Sources.In(l)),
		goapp.Ol().Class("sources").Body(
			goapp.Range(f.Sources).Slice(func(i int) goapp.UI {
				s := f.Sources[i]
				return goapp.Li().ID("source-"+s.ID).Body(
					goapp.Text(s.Name.In(l)),
					goapp.If(s.Date != "", func() goapp.UI {
						return goapp.Span().Class("sources__date").Text(" (" + s.Date + ")")
					}),
				)
			}),
		),
		goapp.P().Class("footer__note").Text(t.Rounding.In(l)),
		goapp.P().Class("footer__updated").Body(
			goapp.Text(l.Colon(t.Updated.In(l))+" "),
			goapp.Time().DateTime(f.Updated.Format("2006-01-02")).Text(l.Date(f.Updated)),
		),
	)
}
