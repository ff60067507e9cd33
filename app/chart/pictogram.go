package chart

import (
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// Pictogram is a count drawn as one icon per item, in groups.
type Pictogram struct {
	// Count is the number of icons: exactly the figure.
	Count int
	// Group is how many icons a group holds.
	Group int
	// Label says the count in words, for screen readers ("322 vehicles").
	Label string
	// Key says what one icon stands for.
	Key string
}

func (Pictogram) kind() Kind { return HTML }

// Groups returns the sizes of the groups, in order: full groups, then what
// is left.
func (p Pictogram) Groups() []int {
	if p.Group <= 0 || p.Count <= 0 {
		return nil
	}
	var sizes []int
	for left := p.Count; left > 0; left -= p.Group {
		sizes = append(sizes, min(left, p.Group))
	}
	return sizes
}

// jltv draws one vehicle icon per JLTV, in groups of ten.
func jltv(f *data.Facts, l locale.Lang) (Drawing, error) {
	fig, err := figure(f, "purchases.jltv")
	if err != nil {
		return nil, err
	}
	return Pictogram{
		Count: int(fig.Value),
		Group: 10,
		Label: fig.Format(l, locale.Long),
		Key:   f.Texts.Chart["jltv"].Key.In(l),
	}, nil
}

func jltvTable(f *data.Facts, l locale.Lang) (Table, error) {
	fig, err := figure(f, "purchases.jltv")
	if err != nil {
		return Table{}, err
	}
	return Table{Rows: [][2]string{{fig.Label.In(l), fig.Format(l, locale.Long)}}}, nil
}
