//go:build !wasm

package app

import (
	"strings"
	"testing"

	"github.com/be-us/partnership/data/locale"
)

func TestCitation(t *testing.T) {
	f := facts(t)
	tests := []struct {
		lang   locale.Lang
		site   Site
		figure bool
		name   string
		anchor string
		want   string
	}{
		{locale.EN, Site{PublicURL: "https://be-us.example"}, true, "Direct aid", "aid.direct",
			"site.publisher en, “site.title en”, share.figure en “Direct aid”, share.checked en March 14, 2030, https://be-us.example/en#aid.direct"},
		{locale.FR, Site{Prefix: "/infographie"}, false, "Aide", "chart-aid-channels",
			"site.publisher fr, «\u00a0site.title fr\u00a0», share.chart fr «\u00a0Aide\u00a0», share.checked fr 14\u00a0mars 2030, /infographie/fr#chart-aid-channels"},
		{locale.DE, Site{}, true, "Hilfe", "aid.direct",
			"site.publisher de, „site.title de“, share.figure de „Hilfe“, share.checked de 14.\u00a0März 2030, /de#aid.direct"},
	}
	for _, tt := range tests {
		kind := f.Texts.Share.Chart
		if tt.figure {
			kind = f.Texts.Share.Figure
		}
		got := sharedOf(f, tt.lang, tt.site, kind, tt.anchor, tt.name, "").cite
		if got != tt.want {
			t.Errorf("citation in %s:\n got %q\nwant %q", tt.lang, got, tt.want)
		}
	}
}

func TestShareBox(t *testing.T) {
	f := facts(t)
	tests := []struct {
		name string
		site Site
		want []string
		not  []string
	}{
		{"public address", Site{PublicURL: "https://be-us.example"}, []string{
			`data-share-box="chart-jltv"`, `value="https://be-us.example/en#chart-jltv"`, `data-share="https://be-us.example/en#chart-jltv"`,
			`data-copy="share-chart-jltv-link"`, `data-copy="share-chart-jltv-cite"`, f.Texts.Share.CopyCite.In(locale.EN), ", https://be-us.example/en#chart-jltv</textarea>",
		}, []string{`data-origin="page"`}},
		{"paths", Site{}, []string{`value="/en#chart-jltv"`, `data-origin="page"`}, nil},
	}
	for _, tt := range tests {
		got := (&Chart{ID: "jltv", Facts: f, Lang: locale.EN, Site: tt.site}).shareBox("JLTV")
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: share box lacks %q:\n%s", tt.name, w, got)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(got, n) {
				t.Errorf("%s: share box has %q", tt.name, n)
			}
		}
	}
}
