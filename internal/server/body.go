package server

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// go-app renders each page's component tree, the body; the site writes
// the rest (page.html). What go-app's encoder writes wrong is set right
// here, tag by tag, and nothing else (TestGoAppEncoderDefects fails the
// day go-app writes one of them right, so that its rule is deleted):
//   - it writes a tag's attributes in Go's random map order, so the same
//     page differed, and its ETag changed, from one start of the server
//     to the next: they are sorted by name;
//   - it quotes attribute values as Go quotes strings, which HTML does
//     not read: each value is written again HTML-escaped, and a value
//     holding a backslash, the trace of a character it escaped that HTML
//     would not read back, is refused;
//   - it writes a value "true" as a bare attribute, which HTML reads as
//     empty: an ARIA or data attribute so written is refused, its meaning
//     lost (a component writes such values in markup).

// encoderFixes counts what the rules fixed in the pages of one start. The
// markup the components write has its attributes in order already: a
// tag out of order is go-app's, and when none is in any page, go-app no
// longer writes them so and the start fails (check), for the rule to go.
// Every value is written again: that rule cannot fail to apply.
type encoderFixes struct {
	// sorted counts the tags whose attributes were out of order.
	sorted int
}

// check reports a rule that fixed nothing.
func (c encoderFixes) check() error {
	if c.sorted == 0 {
		return errors.New("no tag's attributes were out of order: go-app now writes them in order, so the sorting rule goes")
	}
	return nil
}

// body is the component tree of a page go-app rendered: the first
// element of its <body>, with its attributes set right, the encoder's
// fixes counted in c.
func body(page []byte, c *encoderFixes) ([]byte, error) {
	z := html.NewTokenizer(bytes.NewReader(page))
	var out bytes.Buffer
	inBody, depth := false, 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if errors.Is(z.Err(), io.EOF) {
				return nil, errors.New("the page has no element in its body")
			}
			return nil, z.Err()
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if !inBody {
				inBody = tok.Data == "body"
				continue
			}
			if err := fixTag(&tok, c); err != nil {
				return nil, err
			}
			out.WriteString(tok.String())
			if tt == html.StartTagToken && !voidElements[tok.Data] {
				depth++
			} else if depth == 0 {
				return out.Bytes(), nil
			}
		case html.EndTagToken:
			if !inBody {
				continue
			}
			out.Write(z.Raw())
			if depth--; depth == 0 {
				return out.Bytes(), nil
			}
		default:
			if inBody && depth > 0 {
				out.Write(z.Raw())
			}
		}
	}
}

// fixTag sets right what go-app's encoder wrote wrong in one start tag.
func fixTag(tok *html.Token, c *encoderFixes) error {
	for _, a := range tok.Attr {
		if strings.ContainsRune(a.Val, '\\') {
			return fmt.Errorf("<%s %s=%q>: an escape in an attribute, which HTML does not read", tok.Data, a.Key, a.Val)
		}
		if a.Val == "" && (strings.HasPrefix(a.Key, "aria-") || strings.HasPrefix(a.Key, "data-")) {
			return fmt.Errorf("<%s %s>: an attribute without its value (go-app writes \"true\" so): write it in markup", tok.Data, a.Key)
		}
	}
	if !slices.IsSortedFunc(tok.Attr, byKey) {
		slices.SortStableFunc(tok.Attr, byKey)
		c.sorted++
	}
	return nil
}

// voidElements are the elements without an end tag.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
}

func byKey(a, b html.Attribute) int { return strings.Compare(a.Key, b.Key) }
