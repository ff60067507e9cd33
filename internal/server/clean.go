package server

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"golang.org/x/net/html"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data/locale"
)

// pageMeta is what cleanPage needs to know of a page.
type pageMeta struct {
	// publicURL is the site's public address ("https://example.org"), or
	// empty when it is not known.
	publicURL string
	// prefix is the path the site is served under ("" at the root).
	prefix string
	// path is the page's own path, below the prefix.
	path string
	// image is the address (prefix included) of the image for link previews.
	image string
	// title is the page's title as typeset, with its no-break spaces,
	// which go-app cannot write into both <title> and og:title.
	title string
	// frameScript is the address of the embeds' script, for a page shown
	// in a frame on another site (an embed), and "" for any other page;
	// charts is the ECharts bundle's, when the embed has charts of
	// amounts.
	frameScript, charts string
	// lang is the page's language.
	lang locale.Lang
	// canonical gives the page its canonical address, when the public
	// address is known: the page, the presentation and the embeds.
	canonical bool
	// share gives the page the tags of link previews (headTags): the page
	// and the presentation.
	share bool
	// alternates are a shared page's public addresses in every language
	// and its x-default, when the public address is known.
	alternates []alternate
	// imageAlt describes the picture at image, when it is the page's
	// picture for link previews.
	imageAlt string
	// siteName is the site's name in the page's language.
	siteName string
	// description is the page's description, as go-app wrote it into
	// its head; cleanPage reads it there.
	description string
}

// cleanPage rewrites what go-app's page template writes and a page of this
// site should not carry, tag by tag, leaving text and scripts as they are
// but for the document's title and the embed codes:
//   - og:url and og:image hold the public address, or are left out when
//     it is not known (go-app writes "https:///fr");
//   - the head ends with the canonical address, the addresses in the
//     other languages and the rest of the link previews' tags, as
//     headTags writes them;
//   - <title> and og:title hold m.title, when set, with the language's
//     no-break spaces;
//   - an embed code (a textarea marked with app.OriginAttr) names the
//     public address in front of its paths, when it is known;
//   - an empty <meta name="author"> is left out;
//   - the link to go-app's own stylesheet is left out (app.css styles the
//     loader, and the page has one render-blocking request less);
//   - go-app's loader becomes a status, not a landmark, with a decorative
//     icon;
//   - aria-hidden, which go-app writes without a value, says "true";
//   - an embed (m.frameScript set) loads no go-app script: the frame
//     script takes the place of app.js, and wasm_exec.js, the manifest
//     and the loader are left out; it is not to be indexed;
//   - every tag is written anew, its attributes HTML-escaped and in the
//     order of their names: go-app writes them in Go's random map order,
//     which made the same page differ, and its ETag change, from one
//     start of the server to the next.
//
// It fails on any attribute value holding a backslash: go-app quotes
// attribute values the Go way, and a backslash is the trace of a character
// it escaped, which HTML would not read back.
func cleanPage(page []byte, m pageMeta) ([]byte, error) {
	z := html.NewTokenizer(bytes.NewReader(page))
	var out bytes.Buffer
	out.Grow(len(page))
	inLoader, inHead, inTitle, inCode := false, false, false, false
	// skipping counts the open elements of a tag left out with what it
	// holds.
	skipping := 0
	for {
		tt := z.Next()
		if skipping > 0 {
			switch tt {
			case html.StartTagToken:
				if name, _ := z.TagName(); !voidElements[string(name)] {
					skipping++
				}
			case html.EndTagToken:
				skipping--
			case html.ErrorToken:
				return nil, fmt.Errorf("a page that ends inside an element left out: %w", z.Err())
			}
			continue
		}
		switch tt {
		case html.ErrorToken:
			if errors.Is(z.Err(), io.EOF) {
				return out.Bytes(), nil
			}
			return nil, z.Err()
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			for _, a := range tok.Attr {
				if strings.ContainsRune(a.Val, '\\') {
					return nil, fmt.Errorf("<%s %s=%q>: an escape in an attribute, which HTML does not read", tok.Data, a.Key, a.Val)
				}
			}
			if m.frameScript != "" {
				switch embedTag(&tok, m) {
				case dropElement:
					if tt == html.StartTagToken && !voidElements[tok.Data] {
						skipping = 1
					}
					continue
				case frameScript:
					out.WriteString(`<meta content="noindex" name="robots">`)
				}
			}
			if !cleanTag(&tok, m) {
				continue
			}
			if inHead && tok.Data == "meta" && attr(tok, "name") == "description" {
				m.description = attr(tok, "content")
			}
			if tok.Data == "aside" && attr(tok, "id") == "app-wasm-loader" {
				tok.Data, inLoader = "div", true
			}
			// Only the document's own title: an SVG in the body has its own.
			inTitle = tok.Data == "title" && inHead && m.title != ""
			if tok.Data == "head" {
				inHead = true
			}
			if tok.Data == "textarea" && attr(tok, app.OriginAttr) != "" && m.publicURL != "" {
				tok.Attr = slices.DeleteFunc(tok.Attr, func(a html.Attribute) bool { return a.Key == app.OriginAttr })
				inCode = true
			}
			slices.SortStableFunc(tok.Attr, byKey)
			out.WriteString(tok.String())
		case html.TextToken:
			if inTitle {
				out.WriteString(html.EscapeString(m.title))
				inTitle = false
				continue
			}
			if inCode {
				code := strings.ReplaceAll(string(z.Text()), `src="/`, `src="`+m.publicURL+`/`)
				out.WriteString(html.EscapeString(code))
				inCode = false
				continue
			}
			out.Write(z.Raw())
		case html.EndTagToken:
			// A rewrite applies to the element's own text: an empty
			// element has none.
			inTitle, inCode = false, false
			name, _ := z.TagName()
			if string(name) == "head" && inHead {
				out.WriteString(headTags(m))
				inHead = false
			}
			if inLoader && string(name) == "aside" {
				out.WriteString("</div>")
				inLoader = false
				continue
			}
			out.Write(z.Raw())
		default:
			out.Write(z.Raw())
		}
	}
}

// voidElements are the elements without an end tag.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

// What embedTag makes of a tag.
const (
	keepElement = iota
	dropElement
	frameScript
)

// embedTag changes one start tag of an embed: go-app's scripts, manifest
// and loader are left out, and app.js becomes the frame script.
func embedTag(tok *html.Token, m pageMeta) int {
	switch {
	case tok.Data == "script" && attr(*tok, "src") == m.prefix+"/app.js":
		tok.Attr = []html.Attribute{{Key: "defer"}, {Key: "src", Val: m.frameScript}}
		if m.charts != "" {
			tok.Attr = append(tok.Attr, html.Attribute{Key: "data-charts", Val: m.charts})
		}
		return frameScript
	case tok.Data == "script" && attr(*tok, "src") == m.prefix+"/wasm_exec.js",
		tok.Data == "link" && attr(*tok, "rel") == "manifest",
		tok.Data == "aside" && attr(*tok, "id") == "app-wasm-loader":
		return dropElement
	}
	return keepElement
}

// cleanTag changes one start tag; it reports whether the tag stays.
func cleanTag(tok *html.Token, m pageMeta) bool {
	for i, a := range tok.Attr {
		if a.Key == "aria-hidden" && a.Val == "" {
			tok.Attr[i].Val = "true"
		}
	}
	switch tok.Data {
	case "meta":
		switch {
		case attr(*tok, "name") == "author" && attr(*tok, "content") == "":
			return false
		case attr(*tok, "property") == "og:title" && m.title != "":
			setAttr(tok, "content", m.title)
		case attr(*tok, "property") == "og:url":
			setAttr(tok, "content", m.publicURL+m.prefix+m.path)
			return m.publicURL != ""
		case attr(*tok, "property") == "og:image":
			setAttr(tok, "content", m.publicURL+m.image)
			return m.publicURL != "" && m.image != ""
		}
	case "link":
		return attr(*tok, "rel") != "stylesheet" || attr(*tok, "href") != m.prefix+"/app.css"
	case "aside":
		if attr(*tok, "id") == "app-wasm-loader" {
			setAttr(tok, "role", "status")
		}
	case "img":
		if attr(*tok, "id") == "app-wasm-loader-icon" {
			setAttr(tok, "alt", "")
		}
	}
	return true
}

func byKey(a, b html.Attribute) int { return strings.Compare(a.Key, b.Key) }

// attr returns the value of a tag's attribute, or "".
func attr(tok html.Token, key string) string {
	for _, a := range tok.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// setAttr sets a tag's attribute, adding it when missing.
func setAttr(tok *html.Token, key, val string) {
	for i, a := range tok.Attr {
		if a.Key == key {
			tok.Attr[i].Val = val
			return
		}
	}
	tok.Attr = append(tok.Attr, html.Attribute{Key: key, Val: val})
}
