// Package qr draws QR codes as SVG, for the presentation's closing slide:
// people in the room scan it to open the page on their phones.
package qr

import (
	"fmt"
	"html"
	"strings"

	qrcode "github.com/skip2/go-qrcode"
)

// quiet is the margin around the code, in modules, that readers need.
const quiet = 4

// SVG returns a QR code of text as an SVG document: black modules on
// white, with its quiet zone, one path, and title as its accessible
// name. It scales to any size without blur (crispEdges), for a big
// screen as for print.
func SVG(text, title string) ([]byte, error) {
	code, err := qrcode.New(text, qrcode.Medium)
	if err != nil {
		return nil, fmt.Errorf("qr code of %q: %w", text, err)
	}
	code.DisableBorder = true
	bits := code.Bitmap()
	size := len(bits) + 2*quiet
	var path strings.Builder
	for y, row := range bits {
		for x := 0; x < len(row); {
			if !row[x] {
				x++
				continue
			}
			run := 1
			for x+run < len(row) && row[x+run] {
				run++
			}
			fmt.Fprintf(&path, "M%d %dh%dv1h-%dz", x+quiet, y+quiet, run, run)
			x += run
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" shape-rendering="crispEdges" role="img" aria-label="%s">`, size, size, html.EscapeString(title))
	fmt.Fprintf(&b, `<title>%s</title><rect width="%d" height="%d" fill="#fff"/><path fill="#000" d="%s"/></svg>`, html.EscapeString(title), size, size, path.String())
	return []byte(b.String()), nil
}
