package chart

import (
	"fmt"
	"strconv"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// Bars is a chart of amounts: one horizontal bar a figure, from zero, on
// the value axis of the chart's scale. Each bar stands under its name and
// its amount with the source's qualifier ("nearly $2.5B"): the words have
// the chart's whole width, whatever the language. A "more than" amount is
// drawn to the amount and says "more than": nothing gives it a length of
// its own, so nothing reads as a ceiling or a range.
type Bars struct {
	Bars []Bar
	// Max is the end of the value axis, in the figures' unit: the largest
	// figure of the charts of the same scale (Spec.Scale).
	Max float64
	// ByBar gives each bar a colour of its own (ECharts' colorBy "data");
	// else they share the first.
	ByBar bool
}

// Bar is one bar.
type Bar struct {
	// Figure is the id of the figure the bar draws.
	Figure string
	// Name says what the bar stands for: the figure's label, or the years
	// of a figure given for each year ("2025–2029").
	Name string
	// Amount is the figure in short, with the source's qualifier.
	Amount string
	// Value is the figure's value, in its unit.
	Value float64
}

func (Bars) kind() Kind { return ECharts }

// bars draws each of the chart's figures as a bar: a figure given for
// each year of a span is one bar, named for its years, since five bars of
// one amount would say the same thing five times.
func bars(f *data.Facts, s Spec, l locale.Lang) (Drawing, error) {
	max, err := scaleMax(f, s.Scale)
	if err != nil {
		return nil, err
	}
	b := Bars{Max: max, ByBar: len(s.Figures) > 1}
	for _, id := range s.Figures {
		fig, err := figure(f, id)
		if err != nil {
			return nil, err
		}
		name := fig.Label.In(l)
		if fig.Period.Kind == data.PerYear {
			name = l.YearSpan(fig.Period.From, fig.Period.To)
		}
		b.Bars = append(b.Bars, Bar{Figure: id, Name: name, Amount: fig.Format(l, locale.Short), Value: fig.Value})
	}
	return b, nil
}

// scaleMax is the largest figure that a chart of the given scale draws.
func scaleMax(f *data.Facts, scale string) (float64, error) {
	top := 0.0
	for _, s := range All {
		if s.Kind != ECharts || s.Scale != scale {
			continue
		}
		for _, id := range s.Figures {
			fig, err := figure(f, id)
			if err != nil {
				return 0, err
			}
			if fig.Value <= 0 {
				return 0, fmt.Errorf("figure %q: a bar needs an amount above zero, got %v", id, fig.Value)
			}
			top = max(top, fig.Value)
		}
	}
	return top, nil
}

// barsTable has a row a figure, and for a figure given for each year of a
// span, a row a year.
func barsTable(f *data.Facts, s Spec, l locale.Lang) (Table, error) {
	var t Table
	for _, id := range s.Figures {
		fig, err := figure(f, id)
		if err != nil {
			return Table{}, err
		}
		if fig.Period.Kind != data.PerYear {
			t.Rows = append(t.Rows, [2]string{fig.Label.In(l), fig.Format(l, locale.Long)})
			continue
		}
		for _, y := range fig.Period.Years() {
			t.Rows = append(t.Rows, [2]string{strconv.Itoa(y), fig.Format(l, locale.Long)})
		}
	}
	return t, nil
}
