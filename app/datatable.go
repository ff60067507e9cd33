package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data/locale"
)

// DataTable is a chart's data as a real table, folded under a summary so it
// is one click away, and readable without the chart or JavaScript.
type DataTable struct {
	goapp.Compo

	Table chart.Table
	// Summary and Hide are the disclosure's words, closed and open.
	Summary, Hide string
	// Downloads are the links under the table to the chart's files: its
	// data as CSV, its picture as SVG and PNG; none in an embed.
	Downloads []Download
}

// Download is a link to a file to save: its address, the name it is saved
// under, the link's words and, where the words alone do not say what the
// link does ("SVG"), its accessible name, which holds them.
type Download struct {
	Href, Name, Text, Label string
}

// Render writes the table with header cells scoped to their column or row.
// The summary says "Show the data" or, open, "Hide the data". A table
// wider than its column scrolls in a region that the keyboard reaches and
// that is named by the table's caption.
func (d *DataTable) Render() goapp.UI {
	t := d.Table
	var m markup
	m.open("details", "class", DataTableClass).open("summary")
	m.elem("span", d.Summary, "class", "datatable__show")
	if d.Hide != "" {
		m.elem("span", d.Hide, "class", "datatable__hide")
	}
	m.close("summary")
	m.open("div", "class", "datatable__scroll", "role", "region", "tabindex", "0", "aria-label", t.Caption).open("table").elem("caption", t.Caption)
	m.open("thead").open("tr").elem("th", t.Head[0], "scope", "col").elem("th", t.Head[1], "scope", "col").close("tr").close("thead")
	m.open("tbody")
	for _, r := range t.Rows {
		m.open("tr").elem("th", r[0], "scope", "row").elem("td", r[1]).close("tr")
	}
	m.close("tbody")
	if t.Foot != nil {
		m.open("tfoot").open("tr").elem("th", t.Foot[0], "scope", "row").elem("td", t.Foot[1]).close("tr").close("tfoot")
	}
	m.close("table").close("div")
	if len(d.Downloads) > 0 {
		m.open("p", "class", "download")
		for i, a := range d.Downloads {
			if i > 0 {
				m.text(" ")
			}
			attrs := []string{"href", a.Href, "download", a.Name}
			if a.Label != "" {
				attrs = append(attrs, "aria-label", a.Label)
			}
			m.elem("a", a.Text, attrs...)
		}
		m.close("p")
	}
	m.close("details")
	return goapp.Raw(m.String())
}

// AllData names the file of all the data, beside the charts' files.
const AllData = "all"

// The formats of a chart's files, as their extensions: its data as CSV,
// its picture as SVG and PNG.
const (
	CSV = "csv"
	SVG = "svg"
	PNG = "png"
)

// DataPath is the path of a chart's file in a language and a format, or
// of all the data for AllData (as CSV): "/fr/data/aid-channels.csv",
// "/fr/data/aid-channels.svg".
func DataPath(l locale.Lang, id, format string) string {
	return "/" + string(l) + "/data/" + id + "." + format
}

// DataFileName is the name a file of DataPath is saved under: it says what
// the file holds and in which language, "belgium-us-jltv-nl.csv".
func DataFileName(l locale.Lang, id, format string) string {
	return "belgium-us-" + id + "-" + string(l) + "." + format
}
