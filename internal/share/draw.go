package share

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"strings"

	"github.com/be-us/partnership/internal/glyph"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// The site's palette (its light theme).
var (
	navy   = color.RGBA{0x0A, 0x31, 0x61, 0xFF}
	white  = color.RGBA{0xFF, 0xFF, 0xFF, 0xFF}
	ink    = color.RGBA{0x16, 0x19, 0x1F, 0xFF}
	muted  = color.RGBA{0x4A, 0x52, 0x61, 0xFF}
	red    = color.RGBA{0xB3, 0x19, 0x42, 0xFF}
	yellow = color.RGBA{0xFD, 0xDA, 0x24, 0xFF}
	rule   = color.RGBA{0xDD, 0xE0, 0xE5, 0xFF}
)

// The layout, in pixels: a navy column with the title, and the figures
// on white beside it.
const (
	column = 520 // the navy column's width
	margin = 60  // the space around the content of each side
	// The title's largest and smallest sizes; it takes the largest at
	// which it fits its column.
	titleMax, titleMin = 60, 36
	// The amounts' largest and smallest sizes: all three take the same,
	// the largest at which the longest fits on one line, its qualifier
	// with it.
	amountMax, amountMin = 60, 34
	labelSize            = 26
	indent               = 24 // from a figure's red mark to its text
	labelGap             = 10 // between an amount and its label
)

// PNG draws the card as a Width×Height PNG.
func (c Card) PNG() ([]byte, error) {
	img, err := c.Draw()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		return nil, fmt.Errorf("share picture in %s: encoding: %w", c.Lang, err)
	}
	return b.Bytes(), nil
}

// Draw draws the card: the title in white on the navy column, under a
// yellow bar; on the right, each figure's amount in navy over its label
// and its years, the figures apart by thin rules. It fails when a text
// holds a character the fonts lack or does not fit at the smallest size.
func (c Card) Draw() (*image.RGBA, error) {
	if len(c.Figures) == 0 {
		return nil, fmt.Errorf("share picture in %s: no figure to show", c.Lang)
	}
	ff, err := glyph.Fonts()
	if err != nil {
		return nil, err
	}
	bold, regular := ff.Bold, ff.Regular
	img := image.NewRGBA(image.Rect(0, 0, Width, Height))
	fill(img, img.Bounds(), white)
	fill(img, image.Rect(0, 0, column, Height), navy)
	fill(img, image.Rect(margin, margin, margin+96, margin+12), yellow)

	// The title, at the largest size at which it fits the column below
	// the bar, in the middle of that space.
	top, width, height := margin+12+24, column-2*margin, Height-2*margin-12-24
	face, size, title, err := fit(bold, c.Title, width, height)
	if err != nil {
		return nil, fmt.Errorf("share picture in %s: %w", c.Lang, err)
	}
	y := top + (height-len(title)*lineHeight(size))/2
	for _, line := range title {
		y += lineHeight(size)
		text(img, face, line, margin, y-descent(face), white)
	}

	// The figures, each in the middle of an equal row.
	left := column + margin + indent
	width = Width - left - margin
	amountFace, err := amountSize(bold, c, width)
	if err != nil {
		return nil, err
	}
	labelFace, err := newFace(regular, labelSize)
	if err != nil {
		return nil, err
	}
	ascent := amountFace.Metrics().Ascent.Ceil()
	row := (Height - 2*margin) / len(c.Figures)
	for i, fig := range c.Figures {
		label, err := figureLines(labelFace, regular, fig, width)
		if err != nil {
			return nil, fmt.Errorf("share picture in %s: %w", c.Lang, err)
		}
		top := margin + i*row
		if i > 0 {
			fill(img, image.Rect(column+margin, top-1, Width-margin, top+1), rule)
		}
		y := top + (row-ascent-labelGap-len(label)*lineHeight(labelSize))/2 + ascent
		fill(img, image.Rect(left-indent, y-ascent+8, left-indent+6, y), red)
		text(img, amountFace, fig.Amount, left, y, navy)
		y += labelGap
		for _, line := range label {
			y += lineHeight(labelSize)
			x := left
			for _, part := range line {
				text(img, labelFace, part.text, x, y-descent(labelFace), part.color)
				x += font.MeasureString(labelFace, glyph.Drawable(part.text)).Ceil()
			}
		}
	}
	return img, nil
}

// fit is the largest face, from titleMax down to titleMin pixels, at
// which s fits a box of width and height, with its size and lines.
func fit(f *sfnt.Font, s string, width, height int) (font.Face, int, []string, error) {
	for size := titleMax; size >= titleMin; size -= 2 {
		face, err := newFace(f, size)
		if err != nil {
			return nil, 0, nil, err
		}
		lines, err := wrap(face, f, s, width)
		if err != nil {
			return nil, 0, nil, err
		}
		if lines != nil && len(lines)*lineHeight(size) <= height {
			return face, size, lines, nil
		}
	}
	return nil, 0, nil, fmt.Errorf("%q does not fit %d×%d px at %d px", s, width, height, titleMin)
}

// span is a run of text in one colour.
type span struct {
	text  string
	color color.Color
}

// figureLines sets a figure's label, on two lines at most, and its years
// after it in the muted colour, on the label's last line where they fit
// and on a line of their own where they do not.
func figureLines(face font.Face, f *sfnt.Font, fig Figure, width int) ([][]span, error) {
	label, err := wrap(face, f, fig.Label, width)
	if err != nil {
		return nil, err
	}
	if label == nil || len(label) > 2 {
		return nil, fmt.Errorf("the label %q does not fit on two lines of %d px", fig.Label, width)
	}
	lines := make([][]span, len(label))
	for i, l := range label {
		lines[i] = []span{{l, ink}}
	}
	if fig.Years == "" {
		return lines, nil
	}
	if err := glyph.Covered(f, fig.Years); err != nil {
		return nil, err
	}
	last := &lines[len(lines)-1]
	years := " · " + fig.Years
	if font.MeasureString(face, glyph.Drawable(label[len(label)-1]+years)).Ceil() <= width {
		*last = append(*last, span{years, muted})
		return lines, nil
	}
	return append(lines, []span{{fig.Years, muted}}), nil
}

// amountSize is the face at which every amount of the card fits width on
// one line: the qualifier stays with its number.
func amountSize(bold *sfnt.Font, c Card, width int) (font.Face, error) {
	for _, fig := range c.Figures {
		if err := glyph.Covered(bold, fig.Amount); err != nil {
			return nil, fmt.Errorf("share picture in %s: %w", c.Lang, err)
		}
	}
	for size := amountMax; size >= amountMin; size -= 2 {
		face, err := newFace(bold, size)
		if err != nil {
			return nil, err
		}
		fits := true
		for _, fig := range c.Figures {
			if font.MeasureString(face, glyph.Drawable(fig.Amount)).Ceil() > width {
				fits = false
			}
		}
		if fits {
			return face, nil
		}
	}
	return nil, fmt.Errorf("share picture in %s: an amount does not fit at %d px", c.Lang, amountMin)
}

// newFace is f at size pixels.
func newFace(f *sfnt.Font, size int) (font.Face, error) {
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: float64(size), DPI: 72, Hinting: font.HintingFull})
	if err != nil {
		return nil, fmt.Errorf("share picture: a face at %d px: %w", size, err)
	}
	return face, nil
}

// lineHeight is the distance between two lines of text at size pixels.
func lineHeight(size int) int { return size * 6 / 5 }

// descent is how far a face's letters go below their baseline.
func descent(face font.Face) int { return face.Metrics().Descent.Ceil() }

// wrap breaks s into lines no wider than width, at spaces only: a
// no-break space keeps its words together. It returns nil when a word
// alone is wider.
func wrap(face font.Face, f *sfnt.Font, s string, width int) ([]string, error) {
	if err := glyph.Covered(f, s); err != nil {
		return nil, err
	}
	var lines []string
	line := ""
	for _, word := range strings.Split(s, " ") {
		next := word
		if line != "" {
			next = line + " " + word
		}
		if font.MeasureString(face, glyph.Drawable(next)).Ceil() <= width {
			line = next
			continue
		}
		if line == "" {
			return nil, nil
		}
		lines = append(lines, line)
		line = word
		if font.MeasureString(face, glyph.Drawable(line)).Ceil() > width {
			return nil, nil
		}
	}
	return append(lines, line), nil
}

// text draws s with its baseline's left end at (x, y).
func text(img *image.RGBA, face font.Face, s string, x, y int, c color.Color) {
	d := font.Drawer{Dst: img, Src: image.NewUniform(c), Face: face, Dot: fixed.P(x, y)}
	d.DrawString(glyph.Drawable(s))
}

// fill paints r in c.
func fill(img *image.RGBA, r image.Rectangle, c color.Color) {
	draw.Draw(img, r, image.NewUniform(c), image.Point{}, draw.Src)
}
