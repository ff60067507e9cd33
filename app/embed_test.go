//go:build !wasm

package app

import (
	"testing"

	"github.com/be-us/partnership/data/locale"
)

// TestEmbedBarHTML checks the bar that closes an embed: the whole
// infographic's languages lead to the same embed, a part's embed has no
// language links, and the full page opens in a new tab at the same place.
func TestEmbedBarHTML(t *testing.T) {
	f := facts(t)
	tests := []htmlCase{
		{"embed bar of a chart", &EmbedBar{ID: "jltv", Facts: f, Lang: locale.DE, Sources: []string{"primary"}}, []string{
			`href="/de#chart-jltv"`, `rel="noopener"`, `target="_blank"`,
			f.Texts.Embed.Open.In(locale.DE), f.Texts.Embed.NewTab.In(locale.DE), f.Texts.Footer.Source.In(locale.DE) + ":",
		}, []string{`href="/fr/embed/jltv"`, "switcher"}},
		{"embed bar of the figures", &EmbedBar{ID: FiguresEmbed, Facts: f, Lang: locale.EN}, []string{`href="/en#keyfigures"`}, []string{"embedbar__source", `href="/nl/embed/figures"`}},
		{"embed bar of the whole infographic", &EmbedBar{ID: "", Facts: f, Lang: locale.FR}, []string{`href="/nl/embed"`, `href="/en/embed"`, `aria-current="page"`, `href="/fr"`}, nil},
	}
	checkHTML(t, tests)
}
