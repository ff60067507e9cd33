//go:build e2e

package e2e

import (
	"encoding/json"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestShare reads, in each language, the tags that link previews and
// search engines read in the page's head, then fetches the picture that
// og:image names, as a crawler would, and decodes it in the browser: a
// PNG of 1200×630.
func TestShare(t *testing.T) {
	locales := map[string]string{"fr": "fr_BE", "nl": "nl_BE", "de": "de_BE", "en": "en_US"}
	for lang := range locales {
		t.Run(lang, func(t *testing.T) {
			tb := newTab(t, phone, false)
			tb.navigate(t, "/"+lang)
			var tags map[string]string
			read := `JSON.stringify(Object.fromEntries([
				...[...document.head.querySelectorAll('meta[property], meta[name^="twitter:"]')].map(m => [m.getAttribute('property') || m.name, m.content]),
				...[...document.head.querySelectorAll('link[rel="canonical"], link[rel="alternate"][hreflang]')].map(l => [l.rel + (l.hreflang ? ' ' + l.hreflang : ''), l.href]),
			]))`
			if err := json.Unmarshal([]byte(tb.eval(t, read)), &tags); err != nil {
				t.Fatalf("reading the head's tags: %v", err)
			}
			picture := siteURL + "/share/" + lang + ".png"
			for key, want := range map[string]string{
				"og:url":              siteURL + "/" + lang,
				"canonical":           siteURL + "/" + lang,
				"og:image":            picture,
				"og:image:width":      "1200",
				"og:image:height":     "630",
				"og:locale":           locales[lang],
				"og:type":             "website",
				"twitter:card":        "summary_large_image",
				"twitter:image":       picture,
				"twitter:image:alt":   tags["og:image:alt"],
				"twitter:title":       tags["og:title"],
				"alternate fr":        siteURL + "/fr",
				"alternate en":        siteURL + "/en",
				"alternate x-default": siteURL + "/",
			} {
				if got, ok := tags[key]; !ok || got != want {
					t.Errorf("%s = %q (present: %v), want %q", key, got, ok, want)
				}
			}
			for _, key := range []string{"og:title", "og:description", "og:image:alt", "og:site_name", "twitter:description"} {
				if tags[key] == "" {
					t.Errorf("%s is empty or missing", key)
				}
			}
			// The picture, fetched at the address og:image gives and
			// decoded by the browser.
			fetched, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`(async () => {
				const res = await fetch(document.head.querySelector('meta[property="og:image"]').content, {cache: 'no-store'});
				const bytes = new Uint8Array(await res.clone().arrayBuffer());
				const image = await createImageBitmap(await res.blob());
				return JSON.stringify({
					status: res.status,
					type: res.headers.get('content-type'),
					signature: Array.from(bytes.slice(0, 8)).join(','),
					width: image.width,
					height: image.height,
				});
			})()`, chromedp.EvalAwaitPromise))
			if err != nil {
				t.Fatalf("fetching og:image: %v; errors: %v", err, tb.errs())
			}
			var got struct {
				Status        int
				Type          string
				Signature     string
				Width, Height int
			}
			if err := json.Unmarshal([]byte(fetched), &got); err != nil {
				t.Fatal(err)
			}
			if got.Status != 200 || got.Type != "image/png" || got.Signature != "137,80,78,71,13,10,26,10" || got.Width != 1200 || got.Height != 630 {
				t.Errorf("og:image: %+v, want status 200, image/png with PNG's signature, 1200×630", got)
			}
			tb.noErrors(t)
		})
	}
}
