package chart

import (
	"fmt"
	"math"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// Pictogram is a count drawn as one icon per item, in groups.
type Pictogram struct {
	// Count is the number of icons: exactly the figure.
	Count int
	// Group is how many icons a group holds.
	Group int
	// Key says what one icon stands for.
	Key string
	// Headline is the count as the key figures write it, and Label what
	// it counts.
	Headline, Label string
	// Figure is the id of the figure it draws.
	Figure string
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

// maxIcons bounds a pictogram: past it, one icon per item is no longer a
// picture anyone counts, and the page would grow without end.
const maxIcons = 10_000

// jltv draws one vehicle icon per JLTV, in groups of ten.
func jltv(f *data.Facts, s Spec, l locale.Lang) (Drawing, error) {
	fig, err := only(f, s)
	if err != nil {
		return nil, err
	}
	if fig.Unit != locale.Vehicles || fig.Value != math.Trunc(fig.Value) || fig.Value < 1 || fig.Value > maxIcons {
		return nil, fmt.Errorf("figure %q: a pictogram needs a whole number of vehicles from 1 to %d, got %v %s", fig.ID, maxIcons, fig.Value, fig.Unit)
	}
	key := f.Texts.Chart[s.ID].Key
	if key == nil {
		return nil, fmt.Errorf("no [chart.%s.key] text: the pictogram needs its key", s.ID)
	}
	return Pictogram{Count: int(fig.Value), Group: 10, Key: key.In(l), Headline: fig.Headline(l), Label: fig.Label.In(l), Figure: fig.ID}, nil
}

func jltvTable(f *data.Facts, s Spec, l locale.Lang) (Table, error) {
	fig, err := only(f, s)
	if err != nil {
		return Table{}, err
	}
	return Table{Rows: [][2]string{{fig.Label.In(l), fig.Format(l, locale.Long)}}}, nil
}
