package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// TestNoSidewaysScroll loads each language on a 360 px phone with every
// data table open: nothing is wider than the screen.
func TestNoSidewaysScroll(t *testing.T) {
	for _, path := range []string{"/fr", "/nl", "/de", "/en"} {
		t.Run(path, func(t *testing.T) {
			tb := newTab(t, false)
			if err := chromedp.Do(tb.ctx, chromedp.EmulateViewport(360, 800, chromedp.EmulateScale(2), chromedp.EmulateMobile)); err != nil {
				t.Fatal(err)
			}
			tb.navigate(t, path)
			tb.waitMounted(t)
			tb.waitCharts(t)
			tb.eval(t, `document.querySelectorAll('details').forEach(d => d.open = true); ''`)
			if got := tb.eval(t, `String(document.documentElement.scrollWidth)`); got != "360" {
				t.Errorf("page is %s px wide on a 360 px screen", got)
			}
		})
	}
}
