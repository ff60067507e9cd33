//go:build !wasm

package app

import (
	"testing"

	"github.com/be-us/partnership/data/locale"
)

// TestEmbedBarHTML checks the bar that closes an embed: its languages lead
// to the same embed, the full page opens in a new tab at the same place.
func TestEmbedBarHTML(t *testing.T) {
	f := facts(t)
	tests := []htmlCase{
		{"embed bar", &EmbedBar{ID: "jltv", Facts: f, Lang: locale.DE, Sources: []string{"primary"}}, []string{
			`href="/fr/embed/jltv"`, `href="/en/embed/jltv"`, `aria-current="page"`, `href="/de#chart-jltv"`, `rel="noopener"`, `target="_blank"`,
			f.Texts.Embed.Open.In(locale.DE), f.Texts.Embed.NewTab.In(locale.DE), f.Texts.Footer.Source.In(locale.DE) + ":",
		}, nil},
		{"embed bar of the figures", &EmbedBar{ID: FiguresEmbed, Facts: f, Lang: locale.EN}, []string{`href="/en#keyfigures"`, `href="/nl/embed/figures"`}, []string{"embedbar__source"}},
	}
	checkHTML(t, tests)
}
