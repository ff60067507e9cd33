package picture

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"

	"github.com/be-us/partnership/internal/glyph"
)

// fontFamily is the site's font stack (--font in the stylesheet), which
// the SVG pictures name: their text is laid out for Liberation Sans, whose
// widths are close to those of the system's sans-serif faces.
const fontFamily = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`

// faceKey names a face: its size in pixels and weight.
type faceKey struct {
	size int
	bold bool
}

// faces are the pictures' font at the sizes one drawing asks for, each made
// once: a face is not safe for use by two drawings at once.
type faces map[faceKey]font.Face

// face is the pictures' font at size pixels, in the weight asked for.
func (fs faces) face(size int, bold bool) (font.Face, error) {
	key := faceKey{size, bold}
	if f, ok := fs[key]; ok {
		return f, nil
	}
	f, err := fontOf(bold)
	if err != nil {
		return nil, err
	}
	fc, err := opentype.NewFace(f, &opentype.FaceOptions{Size: float64(size), DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		return nil, fmt.Errorf("the font Liberation Sans at %d px: %w", size, err)
	}
	fs[key] = fc
	return fc, nil
}

// fontOf is the pictures' font in a weight.
func fontOf(bold bool) (*sfnt.Font, error) {
	ff, err := glyph.Fonts()
	if err != nil {
		return nil, err
	}
	if bold {
		return ff.Bold, nil
	}
	return ff.Regular, nil
}

// covered reports an error for a character of s that the pictures' font lacks,
// in the weight asked for.
func covered(s string, bold bool) error {
	f, err := fontOf(bold)
	if err != nil {
		return err
	}
	return glyph.Covered(f, s)
}

// lead is the distance between the baselines of two lines of text.
func lead(size int) int { return size * 5 / 4 }

// widthOf is how wide s is set in a face.
func widthOf(f font.Face, s string) int { return font.MeasureString(f, glyph.Drawable(s)).Ceil() }

// slack is how much wider than the pictures' font, in percent, a line may be
// set by the fonts an SVG viewer picks from the site's font stack: the
// widest common sans-serif faces (DejaVu Sans, Verdana) run about that
// much wider.
const slack = 118

// wrap breaks s into lines no wider than max, at spaces and after hyphens
// only: a no-break space or hyphen keeps its words together. A line broken
// at a space keeps it at its end, so that the lines put end to end are s
// again. A line is measured with the pictures' font and slack, so that it fits
// in other fonts too. A word wider than max has a line of its own.
func wrap(f font.Face, s string, max int) []string {
	var lines []string
	line := ""
	for w, word := range strings.Split(s, " ") {
		for i, part := range splitHyphens(word) {
			sep := ""
			if w > 0 && i == 0 {
				sep = " "
			}
			if line == "" || widthOf(f, line+sep+part)*slack/100 <= max {
				line += sep + part
				continue
			}
			lines = append(lines, line+sep)
			line = part
		}
	}
	return unstrand(f, append(lines, line), max)
}

// unstrand moves the last word of the line before a last line that holds
// one word alone ("… de la ⏎ NAVO") down to it, when both still fit.
func unstrand(f font.Face, lines []string, max int) []string {
	n := len(lines)
	if n < 2 || strings.Contains(lines[n-1], " ") {
		return lines
	}
	prev := strings.TrimSuffix(lines[n-2], " ")
	cut := strings.LastIndex(prev, " ")
	if cut < 0 {
		return lines
	}
	last := prev[cut+1:] + " " + lines[n-1]
	if widthOf(f, last)*slack/100 > max {
		return lines
	}
	lines[n-2], lines[n-1] = prev[:cut+1], last
	return lines
}

// fits reports whether every line is within max, slack included.
func fits(f font.Face, lines []string, max int) bool {
	for _, l := range lines {
		if widthOf(f, strings.TrimSuffix(l, " "))*slack/100 > max {
			return false
		}
	}
	return true
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
