package picture

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/be-us/partnership/internal/glyph"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
)

// fontFamily is the site's font stack (--font in the stylesheet), which
// the SVG pictures name: their text is laid out for the Go fonts, whose
// widths are close to those of the system's sans-serif faces.
const fontFamily = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`

// faceKey names a face: its size in pixels and weight.
type faceKey struct {
	size int
	bold bool
}

// sizes are the sizes of text the layout uses, in pixels.
var sizes = []int{titleSize, noteSize, labelSize, amountSize, totalSize, countSize, nameSize, detailSize, footSize}

// faceSet are the Go fonts at every size of sizes, in both weights, made
// once.
var faceSet = sync.OnceValues(func() (map[faceKey]font.Face, error) {
	ff, err := glyph.Fonts()
	if err != nil {
		return nil, err
	}
	set := map[faceKey]font.Face{}
	for _, size := range sizes {
		for i, bold := range []bool{false, true} {
			face, err := opentype.NewFace([]*sfnt.Font{ff.Regular, ff.Bold}[i], &opentype.FaceOptions{Size: float64(size), DPI: 72, Hinting: font.HintingFull})
			if err != nil {
				return nil, fmt.Errorf("the Go font at %d px: %w", size, err)
			}
			set[faceKey{size, bold}] = face
		}
	}
	return set, nil
})

// covered reports an error for a character of s that the Go fonts lack,
// in the weight asked for.
func covered(s string, bold bool) error {
	ff, err := glyph.Fonts()
	if err != nil {
		return err
	}
	f := ff.Regular
	if bold {
		f = ff.Bold
	}
	return glyph.Covered(f, s)
}

// splitSpaces splits s at its plain spaces, where a line may break.
func splitSpaces(s string) []string {
	return strings.Split(s, " ")
}

// splitHyphens splits a word after its plain hyphens, where a line may
// also break, but keeps a short part before a hyphen with what follows:
// "F-35-Kampfflugzeuge" is "F-35-", "Kampfflugzeuge"; "US-Satellitensystem"
// stays whole. A hyphen that ends the word stays with it
// ("Kommunikations-").
func splitHyphens(word string) []string {
	var parts []string
	pending := ""
	for _, p := range strings.SplitAfter(word, "-") {
		pending += p
		if utf8.RuneCountInString(pending) >= 4 || !strings.HasSuffix(pending, "-") {
			parts = append(parts, pending)
			pending = ""
		}
	}
	if pending != "" {
		parts = append(parts, pending)
	}
	if n := len(parts); n > 1 && parts[n-1] == "" {
		parts = parts[:n-1]
	}
	return parts
}
