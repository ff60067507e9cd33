package picture

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image/color"

	"github.com/be-us/partnership/app"
)

// vehicleID is the id of the vehicle's <symbol> in an SVG picture.
const vehicleID = "vehicle"

// SVG writes the picture as an SVG document: its title in <title>, every
// text as a <text> element in the site's font family, one line a <tspan>,
// and each purchase category's tile in a <g data-category="…">.
func (p *Picture) SVG() []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="%d" height="%d" viewBox="0 0 %d %d" xml:lang="%s" role="img" font-family="%s">`+"\n",
		Width, p.Height, Width, p.Height, p.Lang, escape(fontFamily))
	fmt.Fprintf(&b, "<title>%s</title>\n", escape(p.Title))
	for _, s := range p.shapes {
		if s.kind == vehicleShape {
			// The icon at a vehicle's size, its view box's corner at
			// (0, 0): each vehicle is then a <use> at its place.
			fmt.Fprintf(&b, `<defs><path id="%s" transform="scale(%g) translate(%g %g)" d="%s"/></defs>`+"\n",
				vehicleID, float64(s.w)/vehicleWidth, -float64(vehicleLeft), -vehicleTop, app.VehiclePath)
			break
		}
	}
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="%s"/>`+"\n", Width, p.Height, hex(page))
	group := ""
	for _, s := range p.shapes {
		if s.group != group {
			if group != "" {
				b.WriteString("</g>\n")
			}
			if s.group != "" {
				fmt.Fprintf(&b, "<g data-category=\"%s\">\n", escape(s.group))
			}
			group = s.group
		}
		switch s.kind {
		case rectShape:
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" fill="%s"/>`+"\n", s.x, s.y, s.w, s.h, hex(s.color))
		case vehicleShape:
			fmt.Fprintf(&b, `<use href="#%s" xlink:href="#%s" x="%d" y="%d" fill="%s"/>`+"\n", vehicleID, vehicleID, s.x, s.y, hex(s.color))
		case textShape:
			weight := ""
			if s.bold {
				weight = ` font-weight="bold"`
			}
			fmt.Fprintf(&b, `<text font-size="%d"%s fill="%s">`, s.size, weight, hex(s.color))
			for i, line := range s.lines {
				fmt.Fprintf(&b, `<tspan x="%d" y="%d">%s</tspan>`, s.x, s.baseline(i), escape(line))
			}
			b.WriteString("</text>\n")
		}
	}
	if group != "" {
		b.WriteString("</g>\n")
	}
	b.WriteString("</svg>\n")
	return b.Bytes()
}

// baseline is the y of a paragraph's line's baseline.
func (s shape) baseline(line int) int { return s.y + line*s.lead + s.size }

// escape writes s as XML character data or an attribute's value.
func escape(s string) string {
	var b bytes.Buffer
	// Writing to a bytes.Buffer does not fail.
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// hex writes a colour as #rrggbb.
func hex(c color.RGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }
