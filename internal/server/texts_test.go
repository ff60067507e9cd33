package server

import (
	"encoding/json"
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
)

// addresses are the addresses in an embed code.
var addresses = regexp.MustCompile(`src="[^"]*"`)

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
				// An embed code: its words, not its addresses.
				out = append(out, addresses.ReplaceAllString(n.Data, `src=""`))
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

// pageTexts returns what rendered finds on every page of the page table in
// a language, and in the manifest, with the page's own data.
func pageTexts(t *testing.T, l locale.Lang) []string {
	t.Helper()
	srv, _ := realServer(t)
	var all []string
	for _, r := range app.Routes {
		_, page := fetch(t, srv, r.Path(l), nil)
		all = append(all, rendered(t, page)...)
	}
	_, manifest := fetch(t, srv, "/manifest.webmanifest", nil)
	var m any
	if err := json.Unmarshal(manifest, &m); err != nil {
		t.Fatal(err)
	}
	return append(all, jsonStrings(m)...)
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
		for _, s := range pageTexts(t, l) {
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
	for _, s := range pageTexts(t, locale.FR) {
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
		texts := pageTexts(t, l)
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
