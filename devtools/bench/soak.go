package bench

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/heapprofiler"
	"github.com/chromedp/cdproto/memory"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/devtools/chrome"
)

// SoakConfig says what the soak test runs.
type SoakConfig struct {
	// Site is the server binary (built by make build).
	Site string
	// Path is the presentation to run, as in "/fr/present".
	Path string
	// Changes is how many slide changes to make, Interval the time
	// between two.
	Changes  int
	Interval time.Duration
	// Progress receives a line now and then; nil discards them.
	Progress io.Writer
}

// soakJSFlags leave V8 its interpreter and its baseline compiler only.
// Its optimizing compilers add machine code for hot functions to the
// heap that Runtime.getHeapUsage counts, for a few thousand slide changes
// until they level off (about 260 KB here); without them, what the heap
// holds is the page's own objects, which must stay flat.
var soakJSFlags = chrome.Flag{Name: "js-flags", Value: "--max-opt=1"}

// warmLoops is how many loops through the slides come before the start.
const warmLoops = 5

// settle is how long the presentation rests before the counts are read.
const settle = 3 * time.Second

// SoakTolerance is how much, as a fraction, a count may grow over the run.
const SoakTolerance = 0.05

// Counts are what a long run must not make grow, read on the first slide
// after a garbage collection.
type Counts struct {
	// Heap is the JavaScript heap in use, in bytes.
	Heap float64
	// Charts is the number of live ECharts instances.
	Charts float64
	// Listeners and Nodes are the page's event listeners and DOM nodes.
	Listeners, Nodes float64
}

// Soak runs the presentation through cfg.Changes slide changes, rounded up
// to whole loops, with the arrow key, as a kiosk does for hours, and
// writes the counts at the start
// and at the end, each on the first slide after a garbage collection (the
// start after a few loops through the slides). It
// returns an error when a count grew by more than SoakTolerance.
func Soak(ctx context.Context, cfg SoakConfig, out io.Writer) error {
	site, err := StartSite(ctx, cfg.Site)
	if err != nil {
		return err
	}
	defer site.Stop()
	tab, cancel, err := chrome.NewTemp(ctx, soakJSFlags)
	if err != nil {
		return err
	}
	defer cancel()
	if err := chromedp.Do(tab, chromedp.EmulateViewport(1920, 1080), chromedp.Navigate(site.URL()+cfg.Path)); err != nil {
		return fmt.Errorf("loading %s: %w", cfg.Path, err)
	}
	shown := `performance.getEntriesByName('` + app.MountedMark + `').length > 0 && document.querySelector('.present--live .slide') !== null`
	if _, err := chromedp.Run(tab, chromedp.Poll[bool](shown, chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		return fmt.Errorf("the presentation did not start: %w", err)
	}
	// The start is read after a few loops through the slides, which fill
	// the caches a first showing fills (compiled code among them), and
	// once the presentation has rested: app.wasm has let go of what it no
	// longer shows (Present.collect).
	for range warmLoops * len(app.SlideIDs()) {
		if err := chromedp.Do(tab, chromedp.KeyEvent(kb.ArrowRight), chromedp.Sleep(cfg.Interval)); err != nil {
			return err
		}
	}
	if err := chromedp.Do(tab, chromedp.KeyEvent(kb.Home), chromedp.Sleep(settle)); err != nil {
		return err
	}
	start, err := readCounts(tab)
	if err != nil {
		return err
	}
	// Whole loops, and Home, as before the start: the end is read where
	// the start was, reached the same way (the last slide left lingers
	// until the next collection, and slides differ in size).
	n := len(app.SlideIDs())
	changes := (cfg.Changes + n - 1) / n * n
	for i := 1; i <= changes; i++ {
		if err := chromedp.Do(tab, chromedp.KeyEvent(kb.ArrowRight), chromedp.Sleep(cfg.Interval)); err != nil {
			return fmt.Errorf("slide change %d: %w", i, err)
		}
		if cfg.Progress != nil && i%100 == 0 {
			fmt.Fprintf(cfg.Progress, "%d slide changes\n", i)
		}
	}
	if err := chromedp.Do(tab, chromedp.KeyEvent(kb.Home), chromedp.Sleep(settle)); err != nil {
		return err
	}
	end, err := readCounts(tab)
	if err != nil {
		return err
	}
	cfg.Changes = changes
	return writeSoak(out, cfg, start, end)
}

// readCounts collects the garbage and reads the counts.
func readCounts(tab context.Context) (Counts, error) {
	if _, err := chromedp.Call(tab, heapprofiler.CollectGarbage, cdp.Empty{}); err != nil {
		return Counts{}, fmt.Errorf("collecting garbage: %w", err)
	}
	heap, err := chromedp.Call(tab, runtime.GetHeapUsage, cdp.Empty{})
	if err != nil {
		return Counts{}, fmt.Errorf("reading the heap: %w", err)
	}
	dom, err := chromedp.Call(tab, memory.GetDOMCounters, cdp.Empty{})
	if err != nil {
		return Counts{}, fmt.Errorf("reading the DOM counters: %w", err)
	}
	charts, err := chromedp.Run(tab, chromedp.Evaluate[float64](`window.`+app.RuntimeGlobal+` ? `+app.RuntimeGlobal+`.count() : 0`))
	if err != nil {
		return Counts{}, fmt.Errorf("counting the charts: %w", err)
	}
	return Counts{Heap: heap.UsedSize, Charts: charts, Listeners: float64(dom.JsEventListeners), Nodes: float64(dom.Nodes)}, nil
}

// writeSoak writes the counts side by side and fails on growth.
func writeSoak(w io.Writer, cfg SoakConfig, start, end Counts) error {
	fmt.Fprintf(w, "soak: %s, %d slide changes every %v, counts on the first slide after a garbage collection\n", cfg.Path, cfg.Changes, cfg.Interval)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "count\tstart\tend\tchange\tlimit\t")
	grew := 0
	for _, c := range []struct {
		name       string
		start, end float64
		unit       Unit
	}{
		{"JavaScript heap", start.Heap, end.Heap, Kilobytes},
		{"ECharts instances", start.Charts, end.Charts, Count},
		{"event listeners", start.Listeners, end.Listeners, Count},
		{"DOM nodes", start.Nodes, end.Nodes, Count},
	} {
		change := 0.0
		if c.start > 0 {
			change = (c.end - c.start) / c.start
		} else if c.end > 0 {
			change = 1
		}
		status := statusOK
		if change > SoakTolerance {
			status, grew = statusMiss, grew+1
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%+.1f %%\t+%.0f %%  %s\t\n", c.name, c.unit.Format(c.start), c.unit.Format(c.end), 100*change, 100*SoakTolerance, status)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("writing the report: %w", err)
	}
	if grew > 0 {
		return fmt.Errorf("%d counts grew by more than %.0f %%", grew, 100*SoakTolerance)
	}
	return nil
}
