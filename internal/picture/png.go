package picture

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"

	"github.com/be-us/partnership/internal/glyph"
	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// PNG draws the picture as a PNG, with the pictures' font. It fails when a text
// holds a character the fonts lack.
func (p *Picture) PNG() ([]byte, error) {
	img, err := p.Draw()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.DefaultCompression}
	if err := enc.Encode(&b, paletted(img)); err != nil {
		return nil, fmt.Errorf("picture in %s: encoding the PNG: %w", p.Lang, err)
	}
	return b.Bytes(), nil
}

// palette holds the picture's colours and, for the edges that the fonts
// and shapes smooth, eight steps between each of them and each ground it
// is drawn on: a PNG of indexed colours is a quarter of one in full
// colour, and looks the same.
var palette = func() color.Palette {
	seen := map[color.RGBA]bool{}
	var p color.Palette
	for _, bg := range []color.RGBA{page, panel, navy, rule} {
		for _, fg := range []color.RGBA{ink, muted, navy, red, grey, yellow, page, panel, rule} {
			for k := 0; k <= 8; k++ {
				c := blend(fg, bg, float64(k)/8)
				if !seen[c] {
					seen[c] = true
					p = append(p, c)
				}
			}
		}
	}
	return p
}()

// blend is fg over bg with the given coverage.
func blend(fg, bg color.RGBA, a float64) color.RGBA {
	mix := func(f, b uint8) uint8 { return uint8(math.Round(float64(f)*a + float64(b)*(1-a))) }
	return color.RGBA{mix(fg.R, bg.R), mix(fg.G, bg.G), mix(fg.B, bg.B), 0xFF}
}

// paletted turns the drawing into indexed colours, each pixel the
// palette's nearest; pixels repeat, so each colour is looked up once.
func paletted(img *image.RGBA) *image.Paletted {
	out := image.NewPaletted(img.Bounds(), palette)
	index := map[color.RGBA]uint8{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := img.RGBAAt(x, y)
			i, ok := index[c]
			if !ok {
				i = uint8(palette.Index(c))
				index[c] = i
			}
			out.SetColorIndex(x, y, i)
		}
	}
	return out
}

// Draw draws the picture, Width × Height pixels, with the pictures' font. It
// fails when a text holds a character the fonts lack.
func (p *Picture) Draw() (*image.RGBA, error) {
	img := image.NewRGBA(image.Rect(0, 0, p.Width, p.Height))
	fill(img, img.Bounds(), page)
	fs := faces{}
	for _, s := range p.shapes {
		switch s.kind {
		case rectShape:
			fill(img, image.Rect(s.x, s.y, s.x+s.w, s.y+s.h), s.color)
		case iconShape:
			r := vector.NewRasterizer(s.w, s.h)
			s.icon.draw(r, s.w)
			r.Draw(img, image.Rect(s.x, s.y, s.x+s.w, s.y+s.h), image.NewUniform(s.color), image.Point{})
		case textShape:
			f, err := fs.face(s.size, s.bold)
			if err != nil {
				return nil, err
			}
			for i, line := range s.lines {
				if err := covered(line, s.bold); err != nil {
					return nil, fmt.Errorf("picture in %s: %w", p.Lang, err)
				}
				d := font.Drawer{Dst: img, Src: image.NewUniform(s.color), Face: f, Dot: fixed.P(s.x, s.baseline(i))}
				d.DrawString(glyph.Drawable(line))
			}
		}
	}
	return img, nil
}

// fill paints r in c.
func fill(img *image.RGBA, r image.Rectangle, c color.Color) {
	draw.Draw(img, r, image.NewUniform(c), image.Point{}, draw.Src)
}
