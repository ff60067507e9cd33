package bench

import (
	"context"
	"fmt"
	"io"
	"slices"
	"text/tabwriter"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/be-us/partnership/devtools/chrome"
)

// The presentation benchmark: /{lang}/present loads cold on the desktop
// profile; the first slide must read at once (it is in the served HTML),
// app.wasm must soon be in control (its keys work once it has mounted),
// and slide changes must keep the frame rate.

// PresentName names the presentation benchmark in Config.Only.
const PresentName = "present"

// The presentation's targets, in milliseconds.
const (
	// PresentReadable bounds the largest contentful paint: the first
	// slide readable.
	PresentReadable = 1000
	// PresentInControl bounds the mount of app.wasm: the keys work.
	PresentInControl = 3000
	// PresentFrame bounds the longest frame during slide changes: 20 ms
	// is 50 frames a second.
	PresentFrame = 20
)

// presentChanges is how many slide changes each run times, one every
// presentPause.
const (
	presentChanges = 12
	presentPause   = 700 * time.Millisecond
)

// PresentResult is what the presentation's runs measured, in
// milliseconds: the first slide's largest paint, app.wasm's mount, and
// during slide changes the frames per second and the longest frame.
type PresentResult struct {
	Path                                string
	Runs                                int
	Readable, InControl, FPS, LongFrame []float64
	// BusyLongest and BusyP95 are the longest frame and the 95th
	// percentile of the frames of the slide changes on a busy laptop
	// (busyFrames).
	BusyLongest, BusyP95 []float64
	Errors               []error
}

// frameProbe records the time of every animation frame in the page.
const frameProbe = `(() => {
	window.__frames = [];
	const tick = (t) => { window.__frames.push(t); requestAnimationFrame(tick); };
	requestAnimationFrame(tick);
	return true;
})()`

// runPresent loads the presentation at url cfg.Runs times, each in a
// fresh browser, with probe installed in every page.
func runPresent(ctx context.Context, cfg Config, url, probe string) PresentResult {
	res := PresentResult{Path: url, Runs: cfg.Runs}
	for run := 1; run <= cfg.Runs && ctx.Err() == nil; run++ {
		r, err := loadPresent(ctx, url, probe)
		if err != nil {
			res.Errors = append(res.Errors, fmt.Errorf("presentation run %d: %w", run, err))
			cfg.progress("presentation %d/%d failed: %v", run, cfg.Runs, err)
			continue
		}
		cfg.progress("presentation %d/%d: readable %.0f ms, in control %.0f ms, %.0f fps, longest frame %.1f ms; CPU %d× slower: longest frame %.1f ms, 95th percentile %.1f ms",
			run, cfg.Runs, r[0], r[1], r[2], r[3], BusySlowdown, r[4], r[5])
		res.Readable = append(res.Readable, r[0])
		res.InControl = append(res.InControl, r[1])
		res.FPS = append(res.FPS, r[2])
		res.LongFrame = append(res.LongFrame, r[3])
		res.BusyLongest = append(res.BusyLongest, r[4])
		res.BusyP95 = append(res.BusyP95, r[5])
	}
	return res
}

// loadPresent loads the presentation cold on the desktop profile and
// returns its largest paint, its mount, the frames per second and
// longest frame over presentChanges slide changes, and the longest frame
// and the 95th percentile of the frames over as many changes on a busy
// laptop.
func loadPresent(ctx context.Context, url, probe string) ([6]float64, error) {
	var out [6]float64
	tab, cancel, err := chrome.NewTemp(ctx)
	if err != nil {
		return out, err
	}
	defer cancel()
	prepare, err := newTabSetup(tab, Desktop, probe)
	if err != nil {
		return out, err
	}
	if err := prepare(); err != nil {
		return out, err
	}
	ctx, cancelLoad := context.WithTimeout(tab, loadTimeout)
	defer cancelLoad()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return out, fmt.Errorf("navigating: %w", err)
	}
	tick := time.NewTicker(pollInterval)
	defer tick.Stop()
	for {
		r, err := chromedp.Run(ctx, chromedp.Evaluate[*reading](readProbe))
		if err != nil {
			return out, fmt.Errorf("reading the probe: %w", err)
		}
		if r != nil && r.LCP != nil && r.Mark != nil {
			out[0], out[1] = *r.LCP, *r.Mark
			break
		}
		select {
		case <-ctx.Done():
			return out, fmt.Errorf("the presentation did not mount: %w", ctx.Err())
		case <-tick.C:
		}
	}
	if err := chromedp.Do(ctx, chromedp.Sleep(2*time.Second)); err != nil {
		return out, err
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](frameProbe)); err != nil {
		return out, err
	}
	for range presentChanges {
		if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.ArrowRight), chromedp.Sleep(presentPause)); err != nil {
			return out, err
		}
	}
	frames, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`window.__frames`))
	if err != nil {
		return out, err
	}
	out[2], out[3] = frameRate(frames)
	busy, err := busyFrames(ctx, presentChanges, presentPause)
	if err != nil {
		return out, err
	}
	if len(busy) == 0 {
		return out, fmt.Errorf("the trace holds no frame of the slide changes")
	}
	out[4], out[5] = slices.Max(busy), percentile(busy, 95)
	return out, nil
}

// frameRate returns the frames per second over the frame times, and the
// longest frame, in milliseconds.
func frameRate(times []float64) (fps, longest float64) {
	if len(times) < 2 {
		return 0, 0
	}
	for i := 1; i < len(times); i++ {
		longest = max(longest, times[i]-times[i-1])
	}
	return float64(len(times)-1) / (times[len(times)-1] - times[0]) * 1000, longest
}

// WritePresentReport writes the presentation's figures beside its targets.
func WritePresentReport(w io.Writer, r PresentResult) error {
	if _, err := fmt.Fprintf(w, "presentation: %s, desktop, cold, %s; %d slide changes timed in each\n", r.Path, plural(r.Runs, "run"), presentChanges); err != nil {
		return fmt.Errorf("writing the report: %w", err)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "metric\tmedian\tmin–max\ttarget\t")
	for _, m := range []struct {
		name   string
		values []float64
		unit   Unit
		target string
		met    func(float64) bool
	}{
		{"first slide readable (largest contentful paint)", r.Readable, Milliseconds, "≤ " + Milliseconds.Format(PresentReadable), func(v float64) bool { return v <= PresentReadable }},
		{"app.wasm in control (mounted)", r.InControl, Milliseconds, "≤ " + Milliseconds.Format(PresentInControl), func(v float64) bool { return v <= PresentInControl }},
		{"frames per second over the slide changes", r.FPS, Count, "", nil},
		{"longest frame over the slide changes", r.LongFrame, Milliseconds, "≤ " + Milliseconds.Format(PresentFrame) + " (50 fps)", func(v float64) bool { return v <= PresentFrame }},
		{fmt.Sprintf("busy laptop (CPU %d× slower): longest frame of a change (trace)", BusySlowdown), r.BusyLongest, Milliseconds, "≤ " + Milliseconds.Format(BusyLongest), func(v float64) bool { return v <= BusyLongest }},
		{fmt.Sprintf("busy laptop (CPU %d× slower): 95th percentile of the frames (trace)", BusySlowdown), r.BusyP95, Milliseconds, "≤ " + Milliseconds.Format(BusyP95), func(v float64) bool { return v <= BusyP95 }},
	} {
		s, ok := Summarize(m.values)
		median, span, status := "–", "–", ""
		if ok {
			median, span = m.unit.Format(s.Median), m.unit.FormatRange(s.Min, s.Max)
		}
		if m.met != nil {
			status = statusMiss
			if ok && m.met(s.Median) {
				status = statusOK
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s  %s\t\n", m.name, median, span, m.target, status)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("writing the report: %w", err)
	}
	return writeErrors(w, r.Errors)
}
