package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// keyFigureIDs are the figures of the key-figure grid, in reading order.
var keyFigureIDs = []string{"aid.direct", "aid.multilateral", "aid.programme", "purchases.total", "purchases.jltv"}

// KeyFigures is the grid of headline numbers, each with its qualifier set
// apart so "more than" or "nearly" is read before the number.
type KeyFigures struct {
	goapp.Compo

	Facts *data.Facts
	Lang  locale.Lang
}

// Render writes one card per figure; a figure missing from the data is left out.
func (k *KeyFigures) Render() goapp.UI {
	pause()
	l := k.Lang
	return goapp.Section().Class("keyfigures").Aria("labelledby", "keyfigures-heading").Body(
		goapp.H2().ID("keyfigures-heading").Class("visually-hidden").Text(k.Facts.Texts.Figures.Heading.In(l)),
		goapp.Ul().Class("keyfigures__grid").Body(
			goapp.Range(keyFigureIDs).Slice(func(i int) goapp.UI {
				fig := k.Facts.Figure(keyFigureIDs[i])
				if fig == nil {
					return nil
				}
				amount := l.Amount(fig.Quantity(), locale.Short)
				if fig.Unit == locale.Vehicles {
					amount = l.Number(fig.Value, 0)
				}
				return goapp.Li().Class("keyfigure").DataSet("figure", fig.ID).Body(
					goapp.P().Class("keyfigure__qualifier").Text(l.QualifierWord(fig.Qualifier)),
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
