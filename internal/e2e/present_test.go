//go:build e2e

package e2e

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data/locale"
)

// slideDrawn is true once app.wasm runs the presentation and the current
// slide's charts are drawn.
const slideDrawn = mounted + ` && document.querySelector('.present--live .slide') !== null && [...document.querySelectorAll('.slide [data-chart]')].every(c => c.dataset.chartReady === '1')`

// TestPresentFits goes through every slide in every language on a 16:9
// and a 16:10 screen: nothing is cut, nothing scrolls, nothing runs under
// the bar at the bottom.
func TestPresentFits(t *testing.T) {
	screens := []profile{{"1920x1080", 1920, 1080, false}, {"1440x900", 1440, 900, false}}
	slides := app.SlideIDs()
	for _, l := range locale.All {
		for _, p := range screens {
			t.Run(string(l)+"/"+p.name, func(t *testing.T) {
				tb := newTab(t, p, false)
				tb.navigate(t, app.PresentPath(l))
				for i, id := range slides {
					tb.poll(t, "slide "+id+" not shown", slideDrawn+fmt.Sprintf(` && document.querySelector('.slide').id === 'slide-%s'`, id))
					overflow := tb.eval(t, `(() => {
						const slide = document.querySelector('.slide');
						const bar = document.querySelector('.present__bar').getBoundingClientRect().top;
						const out = [];
						if (slide.scrollHeight > slide.clientHeight + 1) out.push('slide scrolls: ' + slide.scrollHeight + ' > ' + slide.clientHeight);
						if (document.documentElement.scrollWidth > innerWidth) out.push('page scrolls sideways');
						for (const el of slide.querySelectorAll('h2, h3, p, li, figure, svg, img, .chart__canvas')) {
							const r = el.getBoundingClientRect();
							if (r.height === 0) continue;
							if (r.bottom > bar + 1 || r.right > innerWidth + 1 || r.left < -1) {
								out.push(el.tagName + '.' + el.className + ' ' + Math.round(r.left) + ',' + Math.round(r.bottom) + ' past ' + Math.round(bar));
								break;
							}
						}
						return out.join('; ');
					})()`)
					if overflow != "" {
						t.Errorf("slide %d (%s): %s", i, id, overflow)
					}
					if err := chromedp.Do(tb.ctx, chromedp.KeyEvent(kb.ArrowRight)); err != nil {
						t.Fatal(err)
					}
				}
				tb.noErrors(t)
			})
		}
	}
}
