//go:build e2e

package e2e

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"rsc.io/pdf"
)

// paper is a sheet the reader prints on, in inches, as the print dialog
// offers it.
type paper struct {
	name          string
	width, height float64
}

var (
	a4     = paper{"A4", 8.27, 11.69}
	letter = paper{"Letter", 8.5, 11}
)

// printed is one page of a PDF: its size in points, how many runs of
// text are drawn on it and how far right they reach. The text itself is
// not read: the browser writes it in glyph numbers.
type printed struct {
	width, height float64
	// runs counts the runs of text drawn on the page.
	runs int
	// right is the right edge of the text that reaches furthest, in
	// points.
	right float64
}

// print prints the tab's page on a sheet of paper, as a reader does with
// the browser's default settings (background graphics off, the page's
// own size if it gives one), and reads back each page of the PDF.
func (tb *tab) print(t *testing.T, on paper) []printed {
	t.Helper()
	res, err := chromedp.Call(tb.ctx, page.PrintToPDF, page.PrintToPDFParams{
		PreferCSSPageSize: new(true),
		PaperWidth:        on.width,
		PaperHeight:       on.height,
		// The page's own margins (@page), not the dialog's.
		MarginTop: new(0.0), MarginBottom: new(0.0), MarginLeft: new(0.0), MarginRight: new(0.0),
	})
	if err != nil {
		t.Fatalf("printing on %s: %v", on.name, err)
	}
	pages, err := readPDF(res.Data)
	if err != nil {
		t.Fatalf("reading the PDF printed on %s: %v", on.name, err)
	}
	return pages
}

// readPDF reads the pages of a PDF: their size and their runs of text.
func readPDF(b []byte) ([]printed, error) {
	r, err := pdf.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, fmt.Errorf("opening the PDF: %w", err)
	}
	pages := make([]printed, r.NumPage())
	for i := range pages {
		p := r.Page(i + 1)
		box := p.V.Key("MediaBox")
		pages[i].width, pages[i].height = box.Index(2).Float64(), box.Index(3).Float64()
		for _, c := range p.Content().Text {
			pages[i].runs++
			pages[i].right = max(pages[i].right, c.X+c.W)
		}
	}
	return pages, nil
}

// points is a paper's size in points, as a PDF gives it, rounded.
func (p paper) points() (int, int) {
	return int(p.width*72 + 0.5), int(p.height*72 + 0.5)
}
