package picture

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"image/color"

	"github.com/be-us/partnership/web"
)

// iconID is the id of the icon's path in an SVG picture: a picture draws
// one icon, as many times as it needs.
const iconID = "icon"

// SVG writes the picture as an SVG document: its title in <title>, its
// description in <desc>, every text as a <text> element in the site's
// font family, one line a <tspan>, and each purchase category's tile in a
// <g data-category="…">.
func (p *Picture) SVG() []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="%d" height="%d" viewBox="0 0 %d %d" xml:lang="%s" role="img" font-family="%s">`+"\n",
		p.Width, p.Height, p.Width, p.Height, p.Lang, escape(fontFamily))
	fmt.Fprintf(&b, "<title>%s</title>\n", escape(p.Title))
	if p.Alt != "" {
		fmt.Fprintf(&b, "<desc>%s</desc>\n", escape(p.Alt))
	}
	for _, s := range p.shapes {
		if s.kind == iconShape {
			// The icon at its shape's size, its view box's corner at
			// (0, 0): each is then a <use> at its place.
			fmt.Fprintf(&b, `<defs><path id="%s" transform="scale(%g) translate(%g %g)" d="%s"/></defs>`+"\n",
				iconID, float64(s.w)/float64(s.icon.Width), -s.icon.Left, -s.icon.Top, escape(s.icon.Path))
			break
		}
	}
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="%s"/>`+"\n", p.Width, p.Height, hex(page))
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
		case iconShape:
			fmt.Fprintf(&b, `<use href="#%s" xlink:href="#%s" x="%d" y="%d" fill="%s"/>`+"\n", iconID, iconID, s.x, s.y, hex(s.color))
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

// escape writes s as XML character data or an attribute's value.
func escape(s string) string {
	var b bytes.Buffer
	// Writing to a bytes.Buffer does not fail.
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// hex writes a colour as #rrggbb.
func hex(c color.RGBA) string { return web.Hex(c) }
