package server

import (
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/net/html"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/asset"
	"github.com/be-us/partnership/internal/picture"
)

// ogLocales are the Open Graph locales of the languages: Belgium's for
// the three it speaks, the United States' for English, written for
// American readers.
var ogLocales = map[locale.Lang]string{locale.FR: "fr_BE", locale.NL: "nl_BE", locale.DE: "de_BE", locale.EN: "en_US"}

// sharePath is the path of the link previews' picture in a language.
func sharePath(l locale.Lang) string { return "/share/" + string(l) + ".png" }

// sitemapPath is the sitemap's path.
const sitemapPath = "/sitemap.xml"

// shared reports whether a row of the page table is shared and indexed:
// the page and the presentation, not an embed nor the 404 page.
func shared(r app.Route) bool { return !r.Embed && !r.Fallback }

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
	hreflang, href string
}

// alternates are the public addresses of a row of the page table in each
// language, and its x-default: the root for the row the root serves
// (it chooses the reader's language), else the row in the default
// language.
func alternates(r app.Route, publicURL, prefix string) []alternate {
	var out []alternate
	for _, l := range locale.All {
		out = append(out, alternate{string(l), publicURL + prefix + r.Path(l)})
	}
	xDefault := r.Path(locale.Default)
	if r.Root {
		xDefault = "/"
	}
	return append(out, alternate{"x-default", publicURL + prefix + xDefault})
}

// headTags are the tags cleanPage adds at the end of a page's head, after
// go-app's own og:url, og:title, og:description, og:type and og:image:
//   - a shared page (the page, the presentation): its picture's size and
//     description, its locale and the others, the site's name and the
//     Twitter card;
//   - a shared page or an embed: its canonical address;
//   - a shared page: its address in each language, and x-default.
//
// Without the public address, whatever needs an absolute address is left
// out (the picture, the canonical address, the other languages'
// addresses), and the Twitter card is the small one.
func headTags(m pageMeta) string {
	var b strings.Builder
	tag := func(name string, attrs ...string) {
		tok := html.Token{Type: html.StartTagToken, Data: name}
		for i := 0; i < len(attrs); i += 2 {
			tok.Attr = append(tok.Attr, html.Attribute{Key: attrs[i], Val: attrs[i+1]})
		}
		b.WriteString("  " + tok.String() + "\n  ")
	}
	if m.share {
		withImage := m.publicURL != "" && m.imageAlt != ""
		if withImage {
			tag("meta", "content", strconv.Itoa(picture.CardWidth), "property", "og:image:width")
			tag("meta", "content", strconv.Itoa(picture.CardHeight), "property", "og:image:height")
			tag("meta", "content", m.imageAlt, "property", "og:image:alt")
		}
		tag("meta", "content", ogLocales[m.lang], "property", "og:locale")
		for _, l := range locale.All {
			if l != m.lang {
				tag("meta", "content", ogLocales[l], "property", "og:locale:alternate")
			}
		}
		tag("meta", "content", m.siteName, "property", "og:site_name")
		card := "summary"
		if withImage {
			card = "summary_large_image"
		}
		tag("meta", "content", card, "name", "twitter:card")
		tag("meta", "content", m.title, "name", "twitter:title")
		tag("meta", "content", m.description, "name", "twitter:description")
		if withImage {
			tag("meta", "content", m.publicURL+m.image, "name", "twitter:image")
			tag("meta", "content", m.imageAlt, "name", "twitter:image:alt")
		}
	}
	if m.canonical && m.publicURL != "" {
		tag("link", "href", m.publicURL+m.prefix+m.path, "rel", "canonical")
	}
	for _, a := range m.alternates {
		tag("link", "href", a.href, "hreflang", a.hreflang, "rel", "alternate")
	}
	return b.String()
}

// robotsTxt is robots.txt: every crawler may read everything, and, when
// the public address is known, where the sitemap is.
func robotsTxt(publicURL, prefix string) []byte {
	robots := "User-agent: *\nAllow: /\n"
	if publicURL != "" {
		robots += "Sitemap: " + publicURL + prefix + sitemapPath + "\n"
	}
	return []byte(robots)
}

// sitemap lists, at the public address, every shared row of the page table
// in every language, each with its address in the others (hreflang) and
// the date the facts were last updated. It is nil without a public
// address: a sitemap names absolute addresses only.
func sitemap(f *data.Facts, publicURL, prefix string) []byte {
	if publicURL == "" {
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
		if !shared(r) {
			continue
		}
		alts := alternates(r, publicURL, prefix)
		for _, l := range locale.All {
			fmt.Fprintf(&b, "  <url>\n    <loc>%s</loc>\n", esc(publicURL+prefix+r.Path(l)))
			if !f.Updated.IsZero() {
				fmt.Fprintf(&b, "    <lastmod>%s</lastmod>\n", f.Updated.Format("2006-01-02"))
			}
			for _, a := range alts {
				fmt.Fprintf(&b, "    <xhtml:link rel=\"alternate\" hreflang=\"%s\" href=\"%s\"/>\n", a.hreflang, esc(a.href))
			}
			b.WriteString("  </url>\n")
		}
	}
	b.WriteString("</urlset>\n")
	return []byte(b.String())
}
