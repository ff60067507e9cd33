package bench

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"

	"github.com/be-us/partnership/app"
)

// The rules that end a page load.
const (
	// loadTimeout is how long a load may take to draw its charts and mount.
	loadTimeout = 60 * time.Second
	// quietSpan is how long the page must then go without a long task or a
	// layout shift, in page time, to catch the late ones.
	quietSpan = 1000
	// maxQuietWait bounds the wait for quiet on a page that stays busy.
	maxQuietWait = 5 * time.Second
	// pollInterval is how often the probe is read during a load.
	pollInterval = 100 * time.Millisecond
)

// measure loads url in the tab of ctx and returns what the load measured,
// with the traffic the meter counted meanwhile. A load that fails keeps
// what it measured before it failed.
func measure(ctx context.Context, url string, meter *trafficMeter, wasm, touch bool) (Load, error) {
	meter.Reset()
	loadCtx, cancel := context.WithTimeout(ctx, loadTimeout)
	r, err := awaitLoad(loadCtx, url, wasm)
	cancel()
	traffic := meter.Reset()
	if err == nil {
		cardCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		if after, err := openCard(cardCtx, touch); err == nil {
			r = after
		} else {
			return newLoad(*r, traffic, wasm), fmt.Errorf("opening a card on %s: %w", url, err)
		}
		return newLoad(*r, traffic, wasm), nil
	}
	if errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil {
		// Read what the page has now, to say what was missing.
		readCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		if late, rerr := chromedp.Run(readCtx, chromedp.Evaluate[*reading](readProbe)); rerr == nil && late != nil {
			return newLoad(*late, traffic, wasm), fmt.Errorf("loading %s: not done after %v: %s", url, loadTimeout, late.missing())
		}
	}
	partial := Load{Values: map[Metric]float64{Bytes: float64(traffic.Bytes), Requests: float64(traffic.Requests)}}
	if r != nil {
		partial = newLoad(*r, traffic, wasm)
	}
	return partial, fmt.Errorf("loading %s: %w", url, err)
}

// awaitLoad navigates to url and reads the probe until the charts are
// drawn, the WASM has mounted where it runs, and the page has been quiet
// for a moment. It returns the last reading it had, also with an error.
func awaitLoad(ctx context.Context, url string, wasm bool) (*reading, error) {
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return nil, fmt.Errorf("navigating: %w", err)
	}
	tick := time.NewTicker(pollInterval)
	defer tick.Stop()
	var (
		last     *reading
		doneAt   time.Time
		scrolled bool
	)
	for {
		r, err := chromedp.Run(ctx, chromedp.Evaluate[*reading](readProbe))
		if err != nil {
			return last, fmt.Errorf("reading the probe: %w", err)
		}
		if r != nil {
			last = r
			// Charts out of sight are drawn as a reader scrolls to them:
			// once the first view has settled, the reader does.
			if !scrolled && !r.chartsReady() && r.LCP != nil && r.Now-max(r.LastActivity, *r.LCP) >= quietSpan {
				if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.__bench.bringCharts()`)); err != nil {
					return last, fmt.Errorf("scrolling to the charts: %w", err)
				}
				scrolled = true
			}
			if r.done(wasm) {
				if doneAt.IsZero() {
					doneAt = time.Now()
				}
				if r.quiet() || time.Since(doneAt) > maxQuietWait {
					return r, nil
				}
			}
		}
		select {
		case <-ctx.Done():
			return last, ctx.Err()
		case <-tick.C:
		}
	}
}

// openCard taps (on a touch screen) or clicks the first mark of the
// first chart of amounts, as a reader does, waits until its card is open
// and the browser has painted, and reads the probe: its INP is the
// interaction's.
func openCard(ctx context.Context, touch bool) (*reading, error) {
	at, err := chromedp.Run(ctx, chromedp.Evaluate[struct{ X, Y float64 }](`(() => {
		const m = document.querySelector('.`+app.CanvasClass+` .`+app.MarkClass+`');
		m.scrollIntoView({block: 'center', behavior: 'instant'});
		const r = m.getBoundingClientRect();
		return {X: r.left + r.width / 2, Y: r.top + r.height / 2};
	})()`))
	if err != nil {
		return nil, fmt.Errorf("finding a mark: %w", err)
	}
	if touch {
		for _, ev := range []input.DispatchTouchEventParams{
			{Type: input.DispatchTouchEventTypeTouchStart, TouchPoints: []*input.TouchPoint{{X: at.X, Y: at.Y}}},
			{Type: input.DispatchTouchEventTypeTouchEnd, TouchPoints: []*input.TouchPoint{}},
		} {
			if _, err := chromedp.Call(ctx, input.DispatchTouchEvent, ev); err != nil {
				return nil, fmt.Errorf("tapping the mark: %w", err)
			}
		}
	} else if err := chromedp.Do(ctx, chromedp.MouseClickXY(at.X, at.Y)); err != nil {
		return nil, fmt.Errorf("clicking the mark: %w", err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelector('.`+app.CardClass+`:popover-open') !== null`, chromedp.WithPollingTimeout(5*time.Second))); err != nil {
		return nil, fmt.Errorf("no card opened: %w", err)
	}
	// Event Timing reports an interaction once its next paint is done.
	if err := chromedp.Do(ctx, chromedp.Sleep(500*time.Millisecond)); err != nil {
		return nil, err
	}
	return chromedp.Run(ctx, chromedp.Evaluate[*reading](readProbe))
}

// quiet reports whether the page has gone quietSpan without a long task or
// a layout shift since the load reached its end.
func (r reading) quiet() bool {
	mounted, _, _ := r.mounted()
	since := max(mounted, r.LastActivity)
	if r.ChartsDrawn != nil {
		since = max(since, *r.ChartsDrawn)
	}
	return r.Now-since >= quietSpan
}
