package chart

import (
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// Tiles are the parts of a known total whose split is unknown: equal
// tiles, each with its name and the source's own words, and never an
// amount.
type Tiles struct {
	Tiles []Tile
	// Total is the known total, with its qualifier.
	Total string
	// TotalLine says the total in a line, as a picture of the chart ends:
	// its label and years, then its amount in short.
	TotalLine string
	// Unknown says that the source gives no amount per tile.
	Unknown string
	// Figure is the id of the total's figure.
	Figure string
}

// Tile is one part.
type Tile struct {
	ID, Name, Detail string
	// Figure is the id of a figure that counts the part's items, or "".
	Figure string
}

func (Tiles) kind() Kind { return HTML }

// purchases shows what Belgium bought as tiles of one size: the source
// gives the total but no amount per category.
func purchases(f *data.Facts, s Spec, l locale.Lang) (Drawing, error) {
	total, err := only(f, s)
	if err != nil {
		return nil, err
	}
	label := total.Label.In(l)
	if total.Period.Kind != data.Total {
		label += ", " + l.YearSpan(total.Period.From, total.Period.To)
	}
	t := Tiles{
		Total:     total.Format(l, locale.Long),
		TotalLine: l.Colon(label) + " " + total.Format(l, locale.Short),
		Unknown:   f.Texts.Purchases.Unknown.In(l),
		Figure:    total.ID,
	}
	for _, c := range f.Categories {
		tile := Tile{ID: c.ID, Name: c.Label.In(l), Figure: c.Figure}
		if c.Detail != nil {
			tile.Detail = c.Detail.In(l)
		}
		t.Tiles = append(t.Tiles, tile)
	}
	return t, nil
}

func purchasesTable(f *data.Facts, s Spec, l locale.Lang) (Table, error) {
	total, err := only(f, s)
	if err != nil {
		return Table{}, err
	}
	var t Table
	unknown := f.Texts.Purchases.Unknown.In(l)
	for _, c := range f.Categories {
		t.Rows = append(t.Rows, [2]string{c.Label.In(l), unknown})
	}
	t.Foot = &[2]string{total.Label.In(l) + ", " + l.YearSpan(total.Period.From, total.Period.To), total.Format(l, locale.Long)}
	return t, nil
}
