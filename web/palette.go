package web

import "image/color"

// Palette is a theme's colours, as the stylesheet names them.
type Palette struct {
	Ink, Muted, Navy, Red, Grey, Yellow, Page, Panel, Rule color.RGBA
}

// Light is the stylesheet's light theme (its :root), which the pictures
// the server draws and the web app's manifest use: TestPalettes holds
// them to app.css.
var Light = Palette{
	Ink:    color.RGBA{0x16, 0x19, 0x1F, 0xFF},
	Muted:  color.RGBA{0x4A, 0x52, 0x61, 0xFF},
	Navy:   color.RGBA{0x0A, 0x31, 0x61, 0xFF},
	Red:    color.RGBA{0xB3, 0x19, 0x42, 0xFF},
	Grey:   color.RGBA{0x6B, 0x72, 0x80, 0xFF},
	Yellow: color.RGBA{0xFD, 0xDA, 0x24, 0xFF},
	Page:   color.RGBA{0xFF, 0xFF, 0xFF, 0xFF},
	Panel:  color.RGBA{0xF7, 0xF5, 0xF0, 0xFF},
	Rule:   color.RGBA{0xD9, 0xDC, 0xE1, 0xFF},
}

// Names are the palette's colours by their custom properties' names in
// the stylesheet.
func (p Palette) Names() map[string]color.RGBA {
	return map[string]color.RGBA{
		"--ink": p.Ink, "--muted": p.Muted, "--navy": p.Navy, "--red": p.Red, "--grey": p.Grey,
		"--yellow": p.Yellow, "--page": p.Page, "--panel": p.Panel, "--rule": p.Rule,
	}
}

// Hex writes a colour as the stylesheet does: #rrggbb.
func Hex(c color.RGBA) string {
	const digits = "0123456789abcdef"
	b := []byte{'#', 0, 0, 0, 0, 0, 0}
	for i, v := range []uint8{c.R, c.G, c.B} {
		b[1+2*i], b[2+2*i] = digits[v>>4], digits[v&15]
	}
	return string(b)
}
