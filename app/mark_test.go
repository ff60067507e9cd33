//go:build !wasm

package app

import (
	"strings"
	"testing"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
	"golang.org/x/net/html"

	"github.com/be-us/partnership/data/locale"
)

// element is an element of rendered HTML: its tag, attributes and text,
// and the text screen readers get of it (spoken: none of what is
// aria-hidden).
type element struct {
	tag    string
	attrs  map[string]string
	text   string
	spoken string
}

// elements parses HTML into its elements, each with the text it holds.
func elements(t *testing.T, s string) []*element {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	var out []*element
	var walk func(n *html.Node)
	var text func(n *html.Node, spoken bool) string
	text = func(n *html.Node, spoken bool) string {
		if n.Type == html.TextNode {
			return n.Data
		}
		for _, a := range n.Attr {
			if spoken && a.Key == "aria-hidden" && a.Val == "true" {
				return ""
			}
		}
		var b strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			b.WriteString(text(c, spoken))
		}
		return b.String()
	}
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			e := &element{tag: n.Data, attrs: map[string]string{}, text: text(n, false), spoken: text(n, true)}
			for _, a := range n.Attr {
				e.attrs[a.Key] = a.Val
			}
			out = append(out, e)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

// TestMarks renders each chart and the key figures, and holds their marks
// to what a reader needs of them: one Tab stop a group, one spoken
// sentence a mark that ends with its place, a card for every mark that
// says the figure with its qualifier and quotes the source in its own
// language, and actions that fit where the chart is.
func TestMarks(t *testing.T) {
	f := facts(t)
	of := func(l locale.Lang) string { return " " + f.Texts.Present.Of.In(l) + " " }
	long := func(id string, l locale.Lang) string { return f.Figure(id).Format(l, locale.Long) }
	tests := []struct {
		name     string
		ui       goapp.UI
		group    string
		marks    int
		labels   map[string]string // mark id → its spoken sentence
		cards    map[string]string // card id → a text it holds
		embedded bool
	}{
		{
			name: "key figures", ui: &KeyFigures{Facts: f, Lang: locale.EN}, group: "keyfigures", marks: 5,
			labels: map[string]string{"aid.direct": f.Figure("aid.direct").Label.In(locale.EN) + ": " + long("aid.direct", locale.EN) + ", 1" + of(locale.EN) + "5"},
			cards:  map[string]string{"card--keyfigures--purchases.jltv": long("purchases.jltv", locale.EN)},
		},
		{
			name: "bars", ui: &Chart{ID: "aid-channels", Facts: f, Lang: locale.FR}, group: "aid-channels", marks: 2,
			labels: map[string]string{"aid-channels--aid.multilateral": f.Figure("aid.multilateral").Label.In(locale.FR) + "\u00a0: " + long("aid.multilateral", locale.FR) + ", 2" + of(locale.FR) + "2"},
			cards:  map[string]string{"card--aid-channels--aid.direct": long("aid.direct", locale.FR)},
		},
		{
			name: "tiles", ui: &Chart{ID: "purchases", Facts: f, Lang: locale.DE}, group: "purchases", marks: len(f.Categories),
			labels: map[string]string{"purchases--aircraft": f.Categories[0].Label.In(locale.DE) + ": " + f.Texts.Purchases.Unknown.In(locale.DE) + ", 1" + of(locale.DE) + "3"},
			cards:  map[string]string{"card--purchases--vehicles": long("purchases.jltv", locale.DE), "card--purchases--aircraft": f.Texts.Purchases.Unknown.In(locale.DE)},
		},
		{
			name: "pictogram", ui: &Chart{ID: "jltv", Facts: f, Lang: locale.NL}, group: "jltv", marks: 15 + 1,
			labels: map[string]string{"jltv--15": f.Figure("purchases.jltv").Label.In(locale.NL) + ": " + f.Figure("purchases.jltv").Headline(locale.NL) + ", " + f.Texts.Card.Group.In(locale.NL) + " 15" + of(locale.NL) + "15"},
			cards:  map[string]string{"card--jltv--purchases.jltv": long("purchases.jltv", locale.NL)},
		},
		{
			name: "timeline", ui: &Chart{ID: "timeline", Facts: f, Lang: locale.EN}, group: "timeline", marks: len(f.Events),
			labels: map[string]string{"timeline--start": "1850: " + f.Events[0].Label.In(locale.EN) + ", 1" + of(locale.EN) + "4"},
			cards:  map[string]string{"card--timeline--programme": long("aid.programme", locale.EN), "card--timeline--start": f.Events[0].Text.In(locale.EN)},
		},
		{
			name: "bars in an embed", ui: &Chart{ID: "aid-programme", Facts: f, Lang: locale.EN, Embedded: true}, group: "aid-programme", marks: 1, embedded: true,
			cards: map[string]string{"card--aid-programme--aid.programme": long("aid.programme", locale.EN)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			els := elements(t, goapp.HTMLString(tt.ui))
			byID := map[string]*element{}
			for _, e := range els {
				if id := e.attrs["id"]; id != "" {
					if byID[id] != nil {
						t.Errorf("id %q twice", id)
					}
					byID[id] = e
				}
			}
			var groups, marks, stops int
			for _, e := range els {
				if e.attrs[MarksAttr] == tt.group {
					groups++
				}
				if !strings.Contains(" "+e.attrs["class"]+" ", " "+MarkClass+" ") {
					continue
				}
				marks++
				if e.tag != "button" || e.attrs["type"] != "button" {
					t.Errorf("mark %s is a <%s type=%q>, want a button", e.attrs["id"], e.tag, e.attrs["type"])
				}
				if _, ok := e.attrs["tabindex"]; !ok {
					stops++
				}
				card := byID[e.attrs["popovertarget"]]
				if card == nil || card.attrs["popover"] != "auto" || card.attrs["role"] != "dialog" {
					t.Errorf("mark %s opens %q, which is no card", e.attrs["id"], e.attrs["popovertarget"])
				}
				if want, ok := tt.labels[e.attrs["id"]]; ok && e.spoken != want {
					t.Errorf("mark %s says %q, want %q", e.attrs["id"], e.spoken, want)
				}
				if e.attrs["aria-label"] != "" {
					t.Errorf("mark %s has an aria-label: its name must come from its text", e.attrs["id"])
				}
			}
			if groups != 1 || marks != tt.marks || stops != marks {
				t.Errorf("%d groups, %d marks, %d Tab stops as served; want 1, %d, every mark", groups, marks, stops, tt.marks)
			}
			for id := range tt.labels {
				if byID[id] == nil {
					t.Errorf("no mark %s", id)
				}
			}
			for id, want := range tt.cards {
				card := byID[id]
				if card == nil {
					t.Errorf("no card %s", id)
					continue
				}
				if !strings.Contains(card.text, want) {
					t.Errorf("card %s lacks %q: %q", id, want, card.text)
				}
			}
			for _, e := range els {
				if e.tag == "blockquote" && e.attrs["lang"] != "fr" {
					t.Errorf("a quote in %q, want the source's fr", e.attrs["lang"])
				}
				if e.tag == "a" && strings.Contains(e.attrs["class"], "chart-card__action") {
					if tt.embedded && (e.attrs["target"] != "_blank" || e.attrs["download"] != "" || strings.HasPrefix(e.attrs["href"], "#")) {
						t.Errorf("an embed's card has the action %v: only the direct link, to a new tab", e.attrs)
					}
				}
			}
		})
	}
}

// TestMarkSlide names the slide of each kind of fragment.
func TestMarkSlide(t *testing.T) {
	f := facts(t)
	ids := SlideIDs()
	tests := []struct {
		id   string
		want string
		ok   bool
	}{
		{"aid.direct", figuresSlide, true},
		{"aid-channels--aid.multilateral", "aid-channels", true},
		{"timeline--start", "timeline", true},
		{"jltv--key", "jltv", true},
		{"nowhere--x", "", false},
		{"no.figure", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := MarkSlide(f, tt.id)
		if ok != tt.ok || (ok && ids[got] != tt.want) {
			t.Errorf("MarkSlide(%q) = %d, %v; want %q, %v", tt.id, got, ok, tt.want, tt.ok)
		}
	}
}

// TestCopiedLink checks the link a card's copy button copies: the public
// address where it is set, with the prefix, the language and the mark;
// else the path, which the browser completes.
func TestCopiedLink(t *testing.T) {
	f := facts(t)
	tests := []struct {
		site Site
		want string
	}{
		{Site{}, "/en#aid-channels--aid.direct"},
		{Site{Prefix: "/infographic"}, "/infographic/en#aid-channels--aid.direct"},
		{Site{PublicURL: "https://example.org", Prefix: "/infographic"}, "https://example.org/infographic/en#aid-channels--aid.direct"},
	}
	for _, tt := range tests {
		html := goapp.HTMLString(&Chart{ID: "aid-channels", Facts: f, Lang: locale.EN, Site: tt.site})
		var got string
		for _, e := range elements(t, html) {
			if e.attrs["id"] == "card--aid-channels--aid.direct" {
				got = "?"
			}
			if v, ok := e.attrs[CardCopyAttr]; ok && got == "?" {
				got = v
				break
			}
		}
		if got != tt.want {
			t.Errorf("site %+v: copies %q, want %q", tt.site, got, tt.want)
		}
	}
}

// TestKnownDates checks the marker of a well-known date, one the source
// does not give: shown after its years, heard in words, explained by the
// chart's note, and absent from a date the source gives.
func TestKnownDates(t *testing.T) {
	f := facts(t)
	for _, l := range locale.All {
		html := goapp.HTMLString(&Chart{ID: "timeline", Facts: f, Lang: l})
		spoken := map[string]string{}
		marked := map[string]bool{}
		for _, e := range elements(t, html) {
			if strings.Contains(e.attrs["class"], MarkClass) {
				spoken[e.attrs["id"]] = e.spoken
			}
			if e.tag == "li" && e.attrs["data-event"] != "" {
				marked[e.attrs["data-event"]] = strings.Contains(e.text, "*")
			}
		}
		known := f.Texts.Chart["timeline"].Known.In(l)
		tests := []struct {
			event string
			known bool
		}{
			{"start", false},
			{"span", true},
		}
		for _, tt := range tests {
			if marked[tt.event] != tt.known {
				t.Errorf("%s: %s marked %v, want %v", l, tt.event, marked[tt.event], tt.known)
			}
			if got := strings.Contains(spoken["timeline--"+tt.event], "("+known+")"); got != tt.known {
				t.Errorf("%s: %s heard as %q, want the words for a well-known date: %v", l, tt.event, spoken["timeline--"+tt.event], tt.known)
			}
		}
		if note := f.Texts.Chart["timeline"].Note.In(l); !strings.Contains(html, note) {
			t.Errorf("%s: the timeline lacks its note %q", l, note)
		}
	}
}
