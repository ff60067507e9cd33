//go:build !wasm

package app

import (
	"strings"
	"testing"

	"github.com/be-us/partnership/data/locale"
)

// TestXLength counts posts as X does: an address as 23, a light
// character as one, any other as two.
func TestXLength(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"Près de 2,5 Md $", 16},
		{"1,1\u00a0Md", 6},
		{"27\u202fnovembre", 12},
		{"2025–\u20602029", 11},
		{"“about”", 7},
		{"日本", 4},
		{"see https://example.org/fr#aid.direct now", 4 + TweetURLLength + 4},
		{"https://example.org", TweetURLLength},
		{"http://a.b/c", TweetURLLength},
	}
	for _, tt := range tests {
		if got := XLength(tt.s); got != tt.want {
			t.Errorf("XLength(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

// TestKitItems checks the kit's items in every language: one per key
// figure, per chart and the whole infographic, under distinct names;
// each caption with its qualifier, its sources and its link, within X's
// limit; each alt text with its sources.
func TestKitItems(t *testing.T) {
	f := facts(t)
	site := Site{PublicURL: "https://example.org", Prefix: "/infographic"}
	for _, l := range locale.All {
		items := KitItems(f, site, l)
		if got, want := len(items), len(f.KeyFigures)+len(EmbedIDs())-1; got != want {
			t.Errorf("%s: %d items, want %d", l, got, want)
		}
		seen := map[string]bool{}
		for _, it := range items {
			if seen[it.Name] {
				t.Errorf("%s: two items named %q", l, it.Name)
			}
			seen[it.Name] = true
			wants := []string{SourcesLine(f, it.Sources, l), l.Date(f.Updated), it.Link}
			if fig := f.Figure(it.Figure); fig != nil {
				wants = append(wants, fig.Format(l, locale.Long), fig.Label.In(l))
				if q := l.QualifierWord(fig.Qualifier); q != "" {
					wants = append(wants, q)
				}
			}
			if it.Chart != "" {
				wants = append(wants, f.Expand(f.Texts.Chart[it.Chart].Title, l))
			}
			for _, want := range wants {
				if !strings.Contains(it.Caption, want) {
					t.Errorf("%s %s: caption %q lacks %q", l, it.Name, it.Caption, want)
				}
			}
			if !strings.HasPrefix(it.Link, "https://example.org/infographic/"+string(l)) {
				t.Errorf("%s %s: link %q, want one at the public address", l, it.Name, it.Link)
			}
			if n := XLength(it.Caption); n >= 280 {
				t.Errorf("%s %s: caption of %d characters as X counts, want under 280: %q", l, it.Name, n, it.Caption)
			}
			if !strings.Contains(it.Alt, SourcesLine(f, it.Sources, l)) {
				t.Errorf("%s %s: alt text %q lacks its sources", l, it.Name, it.Alt)
			}
		}
		if !seen[KitWhole] {
			t.Errorf("%s: no picture of the whole infographic", l)
		}
	}
}

// TestKitItemsWithoutAddress checks that without the public address no
// caption holds a link, rather than one that is made up.
func TestKitItemsWithoutAddress(t *testing.T) {
	f := facts(t)
	for _, it := range KitItems(f, Site{}, locale.Default) {
		if it.Link != "" || strings.Contains(it.Caption, "http") || strings.Contains(it.Alt, "http") {
			t.Errorf("%s: link %q, caption %q, alt %q; want no address", it.Name, it.Link, it.Caption, it.Alt)
		}
	}
}
