//go:build !wasm

package data

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/be-us/partnership/data/locale"
)

// Review writes every figure as readers meet it, in every language and
// form, for an editor to read over after a change: the long form of the
// text and the tables, the short form of the charts, and the headline of
// the key figures and the pictures.
func (f *Facts) Review(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "figure\tlanguage\tin full\tin short\tas a key figure")
	for i := range f.Figures {
		fig := &f.Figures[i]
		for _, l := range locale.All {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", fig.ID, l, plain(fig.Format(l, locale.Long)), plain(fig.Format(l, locale.Short)), plain(fig.Headline(l)))
		}
	}
	return tw.Flush()
}

// plain shows the no-break spaces of typography as ordinary ones, which a
// terminal shows the same.
func plain(s string) string {
	out := []rune(s)
	for i, r := range out {
		switch r {
		case '\u00a0', '\u202f', '\u2009', '\u2007':
			out[i] = ' '
		}
	}
	return string(out)
}
