package server

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"

	"golang.org/x/net/html"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/download"
)

// addresses are the addresses in a code or a citation: an attribute's,
// and one that ends a citation.
var addresses = regexp.MustCompile(`(src|href)="[^"]*"|(https?://|/)[^\s"<>]*$`)

// rendered returns every string a reader or a screen reader may meet on a
// served page: its text and the attributes that are read (aria-label,
// content, title, alt). The charts' options hold nothing a reader sees:
// the bars' names and amounts are the page's own text.
func rendered(t *testing.T, page []byte) []string {
	t.Helper()
	var out []string
	// Text in another language than the page's (a language's own name
	// on its link, the source's sentence quoted) follows that language's
	// rules: it is left out.
	pageLang := ""
	var walkAll func(n *html.Node, lang string)
	walkAll = func(n *html.Node, lang string) {
		if n.Type == html.ElementNode {
			for _, a := range n.Attr {
				if a.Key == "lang" {
					lang = a.Val
				}
			}
			if pageLang == "" {
				pageLang = lang
			}
		}
		if lang != pageLang {
			return
		}
		switch n.Type {
		case html.TextNode:
			parent := n.Parent
			switch {
			case parent != nil && (parent.Data == "script" || parent.Data == "style"):
			case parent != nil && parent.Data == "textarea":
				// An embed code or a citation: its words, not its
				// addresses.
				out = append(out, addresses.ReplaceAllString(n.Data, `$1=""`))
			case strings.TrimSpace(n.Data) != "":
				out = append(out, n.Data)
			}
		case html.ElementNode:
			for _, a := range n.Attr {
				switch a.Key {
				case "aria-label", "content", "title", "alt":
					out = append(out, a.Val)
				}
			}
			// A key figure's value is read as one text, its parts set
			// apart only for the eye.
			if hasClass(n, "keyfigure__value") {
				out = append(out, textOf(n))
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walkAll(c, lang)
		}
	}
	walkAll(parse(t, page), "")
	return out
}

// jsonStrings lists every string in a decoded JSON value.
func jsonStrings(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, e := range v {
			out = append(out, jsonStrings(e)...)
		}
		return out
	case map[string]any:
		var out []string
		for _, e := range v {
			out = append(out, jsonStrings(e)...)
		}
		return out
	}
	return nil
}

var (
	realOnce    sync.Once
	realFacts   *data.Facts
	realHandler http.Handler
	realErr     error
)

// realServer serves the site with the page's own data, built once: the
// checks of its texts read what readers read.
func realServer(t *testing.T) (*httptest.Server, *data.Facts) {
	t.Helper()
	testServer(t)
	realOnce.Do(func() {
		if realFacts, realErr = data.Load(chart.Needs()...); realErr != nil {
			return
		}
		realHandler, realErr = New(testConfig(Config{Facts: realFacts, Assets: standIns(), Version: "test"}))
	})
	if realErr != nil {
		t.Fatal(realErr)
	}
	srv := httptest.NewServer(realHandler)
	t.Cleanup(srv.Close)
	return srv, realFacts
}

// allTexts returns pageTexts and every cell of the data files in words.
func allTexts(t *testing.T, l locale.Lang) []string {
	return append(pageTexts(t, l), dataTexts(t, l)...)
}

// pageTexts returns what rendered finds on every page of the page table in
// a language, in the manifest and in the text of every chart's picture,
// with the page's own data.
func pageTexts(t *testing.T, l locale.Lang) []string {
	t.Helper()
	srv, _ := realServer(t)
	var all []string
	for _, r := range app.Routes {
		_, page := fetch(t, srv, r.Path(l), nil)
		all = append(all, rendered(t, page)...)
	}
	_, manifest := fetch(t, srv, manifestPath(l), nil)
	var m any
	if err := json.Unmarshal(manifest, &m); err != nil {
		t.Fatal(err)
	}
	all = append(all, jsonStrings(m)...)
	for _, id := range chart.IDs() {
		_, svg := fetch(t, srv, "/"+string(l)+"/data/"+id+".svg", nil)
		all = append(all, svgTexts(t, svg)...)
	}
	return all
}

// dataTexts returns the cells in words of every data file in a language.
func dataTexts(t *testing.T, l locale.Lang) []string {
	t.Helper()
	srv, _ := realServer(t)
	var all []string
	for _, id := range dataIDs() {
		_, body := fetch(t, srv, "/"+string(l)+"/data/"+id+".csv", nil)
		rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(body, []byte(download.BOM)))).ReadAll()
		if err != nil {
			t.Fatalf("reading %s's %s data: %v", l, id, err)
		}
		// The id and the columns of codes are the same in every language:
		// they are keys, not words.
		for _, row := range rows {
			for c, cell := range row {
				if c != download.ColID && !strings.HasSuffix(rows[0][c], "(code)") {
					all = append(all, cell)
				}
			}
		}
	}
	_, zipped := fetch(t, srv, app.KitZipPath(l), nil)
	return append(all, kitTexts(t, zipped)...)
}

// kitTexts returns the lines in words of the captions.txt of a kit's ZIP
// file: each picture's title, caption and alt text, and their labels.
func kitTexts(t *testing.T, zipped []byte) []string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(zipped), int64(len(zipped)))
	if err != nil {
		t.Fatalf("reading the kit's ZIP file: %v", err)
	}
	f, err := z.Open(kitCaptions)
	if err != nil {
		t.Fatalf("reading the kit's ZIP file: %v", err)
	}
	defer f.Close()
	body, err := io.ReadAll(f)
	if err != nil {
		t.Fatalf("reading the kit's %s: %v", kitCaptions, err)
	}
	var all []string
	for _, line := range strings.Split(string(body), "\n") {
		// The pictures' file names are names, not words.
		if line = strings.TrimPrefix(line, "## "); line != "" && !strings.HasSuffix(line, ".png") {
			all = append(all, line)
		}
	}
	if len(all) == 0 {
		t.Fatalf("the kit's %s holds no text", kitCaptions)
	}
	return all
}

// svgTexts returns every text an SVG picture draws, its lines put end to
// end, and its title and description.
func svgTexts(t *testing.T, svg []byte) []string {
	t.Helper()
	var out []string
	var text strings.Builder
	d := xml.NewDecoder(bytes.NewReader(svg))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("reading a picture: %v", err)
		}
		switch tok := tok.(type) {
		case xml.CharData:
			text.Write(tok)
		case xml.EndElement:
			if tok.Name.Local == "tspan" {
				continue
			}
			if s := strings.TrimSpace(text.String()); s != "" {
				out = append(out, s)
			}
			text.Reset()
		case xml.StartElement:
			if tok.Name.Local != "tspan" {
				text.Reset()
			}
		}
	}
}

// TestForbiddenForms looks for the forms the glossary rules out, in every
// string of every page and the manifest: "at least" for the source's
// "more than", Billion or biljoen for 10⁹, the EU next to 1957, British
// spellings in the US English page.
func TestForbiddenForms(t *testing.T) {
	forbidden := map[locale.Lang][]*regexp.Regexp{
		locale.FR: {regexp.MustCompile(`(?i)\bminimum\b`), regexp.MustCompile(`(?i)\bau moins\b`)},
		locale.NL: {regexp.MustCompile(`(?i)\bminimum\b`), regexp.MustCompile(`(?i)\bten minste\b`), regexp.MustCompile(`(?i)\bbiljoen`)},
		locale.DE: {regexp.MustCompile(`(?i)\bminimum\b`), regexp.MustCompile(`(?i)\bmindestens\b`), regexp.MustCompile(`\bBillion`)},
		locale.EN: {regexp.MustCompile(`(?i)\bminimum\b`), regexp.MustCompile(`(?i)\bat least\b`), regexp.MustCompile(`(?i)\bprogramme`), regexp.MustCompile(`(?i)\bdefence\b`)},
	}
	eu1957 := regexp.MustCompile(`1957[^.]*\b(EU|UE|Union européenne|Europese Unie|Europäische Union|European Union)\b|\b(EU|UE|Union européenne|Europese Unie|Europäische Union|European Union)\b[^.]*1957`)
	for _, l := range locale.All {
		for _, s := range allTexts(t, l) {
			for _, re := range forbidden[l] {
				if re.MatchString(s) {
					t.Errorf("%s: %q holds the forbidden form %s", l, s, re)
				}
			}
			if eu1957.MatchString(s) {
				t.Errorf("%s: %q puts the EU next to 1957", l, s)
			}
		}
	}
}

// TestFrenchSpacing reads every French string as served: no ordinary space
// before : ; ? ! nor inside « ».
func TestFrenchSpacing(t *testing.T) {
	bad := regexp.MustCompile(` [:;?!»]|« `)
	for _, s := range allTexts(t, locale.FR) {
		if m := bad.FindString(s); m != "" {
			t.Errorf("ordinary space in %q (%q)", s, m)
		}
	}
}

// TestQualifiersEverywhere checks that wherever a figure's amount stands
// on a page, in text, a label, a table or an aria text, the source's
// qualifier stands right before it.
func TestQualifiersEverywhere(t *testing.T) {
	_, f := realServer(t)
	for _, l := range locale.All {
		texts := allTexts(t, l)
		for _, fig := range f.Figures {
			word := l.QualifierWord(fig.Qualifier)
			if word == "" {
				continue
			}
			for _, form := range []locale.Form{locale.Long, locale.Short} {
				amount := l.Amount(fig.Quantity(), form)
				seen := false
				for _, s := range texts {
					for i := strings.Index(s, amount); i >= 0; {
						seen = true
						before := strings.TrimRight(s[:i], " \u00a0\u202f")
						if !strings.HasSuffix(before, word) {
							t.Errorf("%s: %q stands without %q in %q", l, amount, word, s)
						}
						next := strings.Index(s[i+len(amount):], amount)
						if next < 0 {
							break
						}
						i += len(amount) + next
					}
				}
				if !seen && form == locale.Long {
					t.Errorf("%s: figure %s (%q) is nowhere on the pages", l, fig.ID, amount)
				}
			}
		}
	}
}

// TestNoBreakInside reads every string as served for a place where a line
// could break inside a name, a model number, an amount or a span of
// years: each one holds a no-break space, a no-break hyphen or a word
// joiner there.
func TestNoBreakInside(t *testing.T) {
	breakable := []struct {
		what string
		re   *regexp.Regexp
	}{
		{"a number and its scale or unit", regexp.MustCompile(`\d (Md|M|mld\.|mln\.|Mrd\.|Mio\.|milliards?|miljard|miljoen|Milliarden?|Millionen?|millions?|billion|%|\$|dollars?|US)\b`)},
		{"a scale and its currency", regexp.MustCompile(`\b(Md|M|mld\.|mln\.|Mrd\.|Mio\.) (\$|dollar|US)`)},
		{"a model number", regexp.MustCompile(`(^|[^\pL\pN])[\p{Lu}\d]+-[\d$]`)},
		{"a name kept whole", regexp.MustCompile(`États-Unis`)},
		{"a span of years", regexp.MustCompile(`\d{4}–\d`)},
		{"an amount and its period", regexp.MustCompile(`(\$|dollar)/\pL`)},
		{"a German day and its month", regexp.MustCompile(`\b\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)`)},
	}
	for _, l := range locale.All {
		for _, s := range pageTexts(t, l) {
			for _, b := range breakable {
				if m := b.re.FindString(s); m != "" {
					t.Errorf("%s: a line may break inside %s, %q, in %q", l, b.what, m, s)
				}
			}
		}
	}
}

// TestNewTabSaid reads every link that opens a new tab, on every page,
// embed and slide: each says so to a screen reader, in the page's
// language.
func TestNewTabSaid(t *testing.T) {
	srv, f := realServer(t)
	for _, l := range locale.All {
		said := f.Texts.Embed.NewTab.In(l)
		for _, r := range app.Routes {
			_, page := fetch(t, srv, r.Path(l), nil)
			walk(parse(t, page), func(n *html.Node) {
				if target, _ := attrOf(n, "target"); n.Data != "a" || target != "_blank" {
					return
				}
				if text := textOf(n); !strings.Contains(text, said) {
					href, _ := attrOf(n, "href")
					t.Errorf("%s: the link to %s opens a new tab, but says %q, without %q", r.Path(l), href, text, said)
				}
			})
		}
	}
}

// textOf is the text of n and all below it.
func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textOf(c))
	}
	return b.String()
}

// TestFragmentsLand follows every link to a place on the same page, on
// every page, embed and slide and on the page not found: an element has
// that id.
func TestFragmentsLand(t *testing.T) {
	srv, _ := realServer(t)
	for _, l := range locale.All {
		paths := []string{"/" + string(l) + "/no-such-page"}
		for _, r := range app.Routes {
			paths = append(paths, r.Path(l))
		}
		for _, path := range paths {
			_, page := fetch(t, srv, path, nil)
			doc := parse(t, page)
			ids := map[string]bool{}
			walk(doc, func(n *html.Node) {
				if id, ok := attrOf(n, "id"); ok {
					ids[id] = true
				}
			})
			walk(doc, func(n *html.Node) {
				href, _ := attrOf(n, "href")
				if n.Data != "a" || !strings.HasPrefix(href, "#") || len(href) < 2 {
					return
				}
				if !ids[href[1:]] {
					t.Errorf("%s: the link to %s leads nowhere: no element has that id", path, href)
				}
			})
		}
	}
}

// TestSpokenForms reads what a screen reader hears of every chart's
// title, on every page, embed and slide: each amount in full ("more than
// $1.1 billion a year"), never its abbreviation ("$1.1B/yr").
func TestSpokenForms(t *testing.T) {
	srv, f := realServer(t)
	for _, l := range locale.All {
		for _, r := range app.Routes {
			_, page := fetch(t, srv, r.Path(l), nil)
			walk(parse(t, page), func(n *html.Node) {
				if !hasClass(n, "chart__title") {
					return
				}
				heard, ok := attrOf(n, "aria-label")
				if !ok {
					heard = textOf(n)
				}
				for _, fig := range f.Figures {
					if short := fig.Format(l, locale.Short); fig.Unit != locale.Vehicles && strings.Contains(heard, short) {
						t.Errorf("%s: a screen reader hears %q in %q", r.Path(l), short, heard)
					}
				}
			})
		}
	}
}

// TestKitCaptionsFit holds the kit's captions, with the page's own data
// and a public address, to X's limit as X counts.
func TestKitCaptionsFit(t *testing.T) {
	_, f := realServer(t)
	for _, l := range locale.All {
		for _, it := range app.KitItems(f, app.Site{PublicURL: "https://unitedstates.diplomatie.belgium.be/infographic"}, l) {
			if n := app.XLength(it.Caption); n >= 280 {
				t.Errorf("%s %s: caption of %d characters as X counts, want under 280: %q", l, it.Name, n, it.Caption)
			}
		}
	}
}
