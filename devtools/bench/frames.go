package bench

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The busy laptop: a speaker's laptop at an event also runs a video call
// or a second screen. Slide changes are timed with the processor slowed
// down, from the frames Chromium's compositor draws, as its trace records
// them, not from the page's own animation frames.
const (
	// BusySlowdown is how much slower the processor runs.
	BusySlowdown = 2
	// BusyLongest bounds the longest frame of a slide change, and BusyP95
	// the 95th percentile of its frames, in milliseconds.
	BusyLongest = 33
	BusyP95     = 20
	// busyWindow is how long after a key a slide change's frames are
	// counted: the slide's entrance (0.35 s) and the first of its chart.
	busyWindow = 400 * time.Millisecond
)

// changeMark is written into the trace at each slide change.
const changeMark = "be-us:slide-change"

// traceEvent is what the trace says of one event: its name, its time in
// microseconds and, for a console time stamp, its message.
type traceEvent struct {
	Name string  `json:"name"`
	Ts   float64 `json:"ts"`
	Args struct {
		Data struct {
			Message string `json:"message"`
		} `json:"data"`
	} `json:"args"`
}

// busyFrames changes slides changes times, with the processor slowed
// down BusySlowdown times, while Chromium traces the tab; it returns the
// duration of every frame drawn in the busyWindow after each change, in
// milliseconds.
func busyFrames(ctx context.Context, changes int, pause time.Duration) ([]float64, error) {
	if _, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: BusySlowdown}); err != nil {
		return nil, fmt.Errorf("slowing the processor: %w", err)
	}
	defer chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 1})
	var (
		mu     sync.Mutex
		events []traceEvent
	)
	complete := make(chan struct{})
	if err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *tracing.EventDataCollected:
			mu.Lock()
			defer mu.Unlock()
			for _, raw := range e.Value {
				var te traceEvent
				if json.Unmarshal(raw, &te) == nil && (te.Name == "DrawFrame" || te.Name == "TimeStamp") {
					events = append(events, te)
				}
			}
		case *tracing.EventTracingComplete:
			close(complete)
		}
	}); err != nil {
		return nil, fmt.Errorf("listening to the trace: %w", err)
	}
	if _, err := chromedp.Call(ctx, tracing.Start, tracing.StartParams{
		TransferMode: tracing.StartTransferModeReportEvents,
		TraceConfig:  &tracing.TraceConfig{IncludedCategories: []string{"devtools.timeline", "disabled-by-default-devtools.timeline.frame"}},
	}); err != nil {
		return nil, fmt.Errorf("starting the trace: %w", err)
	}
	for range changes {
		if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](`console.timeStamp(`+fmt.Sprintf("%q", changeMark)+`)`), chromedp.KeyEvent(kb.ArrowRight), chromedp.Sleep(pause)); err != nil {
			return nil, err
		}
	}
	if _, err := chromedp.Call(ctx, tracing.End, cdp.Empty{}); err != nil {
		return nil, fmt.Errorf("ending the trace: %w", err)
	}
	select {
	case <-complete:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	mu.Lock()
	defer mu.Unlock()
	return changeFrames(events, busyWindow), nil
}

// changeFrames returns, for each change marked in the events, the
// durations of the frames drawn within window after it: the time from
// one drawn frame to the next, the first counted from the key, in
// milliseconds.
func changeFrames(events []traceEvent, window time.Duration) []float64 {
	slices.SortFunc(events, func(a, b traceEvent) int {
		switch {
		case a.Ts < b.Ts:
			return -1
		case a.Ts > b.Ts:
			return 1
		}
		return 0
	})
	var draws, marks []float64
	for _, e := range events {
		switch {
		case e.Name == "DrawFrame":
			draws = append(draws, e.Ts/1000)
		case e.Args.Data.Message == changeMark:
			marks = append(marks, e.Ts/1000)
		}
	}
	var frames []float64
	w := float64(window / time.Millisecond)
	for _, m := range marks {
		prev := m
		for _, d := range draws {
			if d < m {
				continue
			}
			if d > m+w {
				break
			}
			frames = append(frames, d-prev)
			prev = d
		}
	}
	return frames
}

// percentile is the p-th percentile of values (0 to 100), nearest rank.
func percentile(values []float64, p float64) float64 {
	if len(values) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(values))
	i := int(float64(len(s))*p/100+0.5) - 1
	return s[min(max(i, 0), len(s)-1)]
}
