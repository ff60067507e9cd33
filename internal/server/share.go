package server

import (
	"encoding/xml"
	"fmt"
	"strings"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/asset"
	"github.com/be-us/partnership/internal/picture"
)

// sharePath is the path of the link previews' picture in a language.
func sharePath(l locale.Lang) string { return "/share/" + string(l) + ".png" }

// previewPath is the path of a chart's picture for link previews in a
// language, which its embed's address shows.
func previewPath(l locale.Lang, id string) string { return "/share/" + string(l) + "/" + id + ".png" }

// previewSize is the size of a chart's picture for link previews.
var previewSize = app.KitSize{Width: picture.CardWidth, Height: picture.CardHeight}

// chartPreviews adds, when the public address is known (link previews
// need an absolute address), each chart's picture for link previews in
// each language: the chart as the social-media kit draws it, at the size
// link previews crop to, drawn once, when it is first asked for, by d,
// one picture at a time.
func chartPreviews(fs files, f *data.Facts, site app.Site, d *drawer) {
	if site.PublicURL == "" {
		return
	}
	for _, l := range locale.All {
		for _, it := range app.KitItems(f, site, l) {
			if it.Chart == "" {
				continue
			}
			fs[previewPath(l, it.Chart)] = generated{onRequest: true, get: drawn(d, func() (*asset.File, error) {
				p, err := picture.KitPicture(f, it, l, previewSize, "")
				if err != nil {
					return nil, err
				}
				png, err := p.PNG()
				if err != nil {
					return nil, err
				}
				return asset.New(strings.TrimPrefix(previewPath(l, it.Chart), "/"), png), nil
			})}
		}
	}
}

// previewAlt is what a chart's picture for link previews shows, in words.
func previewAlt(f *data.Facts, site app.Site, l locale.Lang, id string) string {
	for _, it := range app.KitItems(f, site, l) {
		if it.Chart == id {
			return it.Alt
		}
	}
	return ""
}

// sitemapPath is the sitemap's path.
const sitemapPath = "/sitemap.xml"

// sharePicture is a language's picture for link previews.
type sharePicture struct {
	file *asset.File
	// alt describes what it shows.
	alt string
}

// sharePictures draws, when the public address is known (link previews
// need an absolute address), the picture of each language.
func sharePictures(f *data.Facts, publicURL string) (map[locale.Lang]sharePicture, error) {
	pictures := map[locale.Lang]sharePicture{}
	if publicURL == "" {
		return pictures, nil
	}
	for _, l := range locale.All {
		card, err := picture.NewCard(f, l)
		if err != nil {
			return nil, err
		}
		p, err := card.Picture()
		if err != nil {
			return nil, err
		}
		png, err := p.PNG()
		if err != nil {
			return nil, err
		}
		pictures[l] = sharePicture{file: asset.New(sharePath(l)[1:], png), alt: p.Alt}
	}
	return pictures, nil
}

// alternate is one language's address of a page, for hreflang.
type alternate struct {
	Hreflang, Href string
}

// alternates are the public addresses of a row of the page table in each
// language, and its x-default: the root for the row the root serves
// (it chooses the reader's language), else the row in the default
// language.
func alternates(r app.Route, site app.Site) []alternate {
	var out []alternate
	for _, l := range locale.All {
		out = append(out, alternate{string(l), site.PublicURL + site.Link(r.Path(l))})
	}
	xDefault := r.Path(locale.Default)
	if r.Root {
		xDefault = "/"
	}
	return append(out, alternate{"x-default", site.PublicURL + site.Link(xDefault)})
}

// robotsTxt is robots.txt: every crawler may read everything, and, when
// the public address is known, where the sitemap is.
func robotsTxt(site app.Site) []byte {
	robots := "User-agent: *\nAllow: /\n"
	if site.PublicURL != "" {
		robots += "Sitemap: " + site.PublicURL + site.Link(sitemapPath) + "\n"
	}
	return []byte(robots)
}

// sitemap lists, at the public address, every indexed row of the page table
// in every language, each with its address in the others (hreflang) and
// the date the facts were last updated. It is nil without a public
// address: a sitemap names absolute addresses only.
func sitemap(f *data.Facts, site app.Site) []byte {
	if site.PublicURL == "" {
		return nil
	}
	var b strings.Builder
	b.WriteString(xml.Header)
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">` + "\n")
	esc := func(s string) string {
		var e strings.Builder
		// Writing to a strings.Builder cannot fail.
		_ = xml.EscapeText(&e, []byte(s))
		return e.String()
	}
	for _, r := range app.Routes {
		if !r.Indexed {
			continue
		}
		alts := alternates(r, site)
		for _, l := range locale.All {
			fmt.Fprintf(&b, "  <url>\n    <loc>%s</loc>\n", esc(site.PublicURL+site.Link(r.Path(l))))
			if !f.Updated.IsZero() {
				fmt.Fprintf(&b, "    <lastmod>%s</lastmod>\n", f.Updated.Format("2006-01-02"))
			}
			for _, a := range alts {
				fmt.Fprintf(&b, "    <xhtml:link rel=\"alternate\" hreflang=\"%s\" href=\"%s\"/>\n", a.Hreflang, esc(a.Href))
			}
			b.WriteString("  </url>\n")
		}
	}
	b.WriteString("</urlset>\n")
	return []byte(b.String())
}
