package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// KeyFigures is the grid of headline numbers, in the order the data gives.
// Each number stands with the source's qualifier, on one line and in the
// same weight ("nearly $2.5B"), so that from across a room it never reads
// as exact.
type KeyFigures struct {
	goapp.Compo

	Facts *data.Facts
	Lang  locale.Lang
}

// Render writes one card per figure; a figure missing from the data is left out.
func (k *KeyFigures) Render() goapp.UI {
	l := k.Lang
	return goapp.Section().Class("keyfigures").Aria("labelledby", "keyfigures-heading").Body(
		goapp.H2().ID("keyfigures-heading").Class("visually-hidden").Text(k.Facts.Texts.Figures.Heading.In(l)),
		goapp.Ul().Class("keyfigures__grid").Body(
			goapp.Range(k.Facts.KeyFigures).Slice(func(i int) goapp.UI {
				fig := k.Facts.Figure(k.Facts.KeyFigures[i])
				if fig == nil {
					return nil
				}
				amount := l.Amount(fig.Quantity(), locale.Short)
				if fig.Unit == locale.Vehicles {
					amount = l.Number(fig.Value, 0)
				}
				if q := l.QualifierWord(fig.Qualifier); q != "" {
					amount = q + " " + amount
				}
				return goapp.Li().Class("keyfigure").DataSet("figure", fig.ID).Body(
					goapp.P().Class("keyfigure__value").Text(amount),
					goapp.P().Class("keyfigure__label").Text(fig.Label.In(l)),
					goapp.P().Class("keyfigure__covers").Text(periodNote(fig, l)+fig.Covers.In(l)),
				)
			}),
		),
	)
}

// periodNote prefixes a figure's description with its years, when it has some.
func periodNote(fig *data.Figure, l locale.Lang) string {
	if fig.Period.Kind == data.Total {
		return ""
	}
	return l.YearSpan(fig.Period.From, fig.Period.To) + " · "
}
