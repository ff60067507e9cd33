package bench

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/chromedp/chromedp"
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
func measure(ctx context.Context, url string, meter *trafficMeter, wasm bool) (Load, error) {
	meter.Reset()
	loadCtx, cancel := context.WithTimeout(ctx, loadTimeout)
	r, err := awaitLoad(loadCtx, url, wasm)
	cancel()
	traffic := meter.Reset()
	if err == nil {
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
		last   *reading
		doneAt time.Time
	)
	for {
		r, err := chromedp.Run(ctx, chromedp.Evaluate[*reading](readProbe))
		if err != nil {
			return last, fmt.Errorf("reading the probe: %w", err)
		}
		if r != nil {
			last = r
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
