package chart

import (
	"strconv"

	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// billions is the unit of the aid charts' value axes.
const billions = 1e9

// AidScale is the value axis of both aid charts, in billions: the largest
// aid figure. The two charts stand side by side on one scale, so a bar of
// one can be held against a bar of the other.
func AidScale(f *data.Facts) float64 {
	top := 0.0
	for _, id := range []string{"aid.direct", "aid.multilateral", "aid.programme"} {
		if fig := f.Figure(id); fig != nil {
			top = max(top, fig.Value/billions)
		}
	}
	return top
}

// aidChannels compares direct aid with aid through the EU and NATO: one bar
// each, its name above it and, under the name, its amount in bold with the
// source's qualifier ("nearly $2.5B").
func aidChannels(f *data.Facts, l locale.Lang) (Drawing, error) {
	var names []string
	var items []opts.BarData
	for _, id := range []string{"aid.direct", "aid.multilateral"} {
		fig, err := figure(f, id)
		if err != nil {
			return nil, err
		}
		name := fig.Label.In(l)
		names = append(names, name)
		items = append(items, opts.BarData{
			Name:  name,
			Value: fig.Value / billions,
			Label: &opts.Label{Formatter: plain(name) + "\n" + bold(fig.Format(l, locale.Short))},
		})
	}
	return barsWithLabelsAbove(names, items, AidScale(f), true), nil
}

func aidChannelsTable(f *data.Facts, l locale.Lang) (Table, error) {
	var t Table
	for _, id := range []string{"aid.direct", "aid.multilateral"} {
		fig, err := figure(f, id)
		if err != nil {
			return Table{}, err
		}
		t.Rows = append(t.Rows, [2]string{fig.Label.In(l), fig.Format(l, locale.Long)})
	}
	return t, nil
}

// aidProgramme draws the yearly programme as one bar, for each of its
// years: the years above it and, under them, "more than $1.1B/yr". The bar
// stops at the figure, on the same scale as the aid channels: nothing
// extends it, so nothing reads as a ceiling or a range, and five identical
// bars would only say the same thing five times.
func aidProgramme(f *data.Facts, l locale.Lang) (Drawing, error) {
	fig, err := figure(f, "aid.programme")
	if err != nil {
		return nil, err
	}
	years := l.YearSpan(fig.Period.From, fig.Period.To)
	item := opts.BarData{
		Name:  years,
		Value: fig.Value / billions,
		Label: &opts.Label{Formatter: plain(years) + "\n" + bold(fig.Format(l, locale.Short))},
	}
	return barsWithLabelsAbove([]string{years}, []opts.BarData{item}, AidScale(f), false), nil
}

func aidProgrammeTable(f *data.Facts, l locale.Lang) (Table, error) {
	fig, err := figure(f, "aid.programme")
	if err != nil {
		return Table{}, err
	}
	var t Table
	for _, y := range fig.Period.Years() {
		t.Rows = append(t.Rows, [2]string{strconv.Itoa(y), fig.Format(l, locale.Long)})
	}
	return t, nil
}
