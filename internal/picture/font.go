package picture

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
)

// fontFamily is the site's font stack (--font in the stylesheet), which
// the SVG pictures name: their text is laid out for the Go fonts, whose
// widths are close to those of the system's sans-serif faces.
const fontFamily = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`

// fonts are the Go fonts, parsed once: Go Regular and Go Bold.
var fonts = sync.OnceValues(func() ([2]*sfnt.Font, error) {
	regular, err := opentype.Parse(goregular.TTF)
	if err != nil {
		return [2]*sfnt.Font{}, fmt.Errorf("reading Go Regular: %w", err)
	}
	bold, err := opentype.Parse(gobold.TTF)
	if err != nil {
		return [2]*sfnt.Font{}, fmt.Errorf("reading Go Bold: %w", err)
	}
	return [2]*sfnt.Font{regular, bold}, nil
})

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
	ff, err := fonts()
	if err != nil {
		return nil, err
	}
	set := map[faceKey]font.Face{}
	for _, size := range sizes {
		for i, bold := range []bool{false, true} {
			face, err := opentype.NewFace(ff[i], &opentype.FaceOptions{Size: float64(size), DPI: 72, Hinting: font.HintingFull})
			if err != nil {
				return nil, fmt.Errorf("the Go font at %d px: %w", size, err)
			}
			set[faceKey{size, bold}] = face
		}
	}
	return set, nil
})

// covered reports an error for a character of s that the Go fonts lack,
// spaces aside, which drawable makes plain.
func covered(s string, bold bool) error {
	ff, err := fonts()
	if err != nil {
		return err
	}
	f := ff[0]
	if bold {
		f = ff[1]
	}
	var buf sfnt.Buffer
	for _, r := range drawable(s) {
		i, err := f.GlyphIndex(&buf, r)
		if err != nil {
			return fmt.Errorf("looking up %q: %w", r, err)
		}
		if i == 0 {
			return fmt.Errorf("the Go font has no %q (U+%04X), in %q", r, r, s)
		}
	}
	return nil
}

// drawable is s with every kind of space as a plain one: the Go fonts
// lack the narrow no-break space, and a space looks the same once the
// lines are set.
func drawable(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, s)
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
