package bench

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/devtools/chrome"
	"github.com/be-us/partnership/devtools/host"
)

// The host page benchmark: a page of another site, as the embassy's,
// loads cold on the desktop profile, once as it is and once with the embed
// codes of the whole infographic and two charts. What the embeds cost the
// host is the difference in its total blocking time. A desktop Chromium
// runs each frame of another site in a process of its own, so the host's
// main thread does not see the frames' work; the host page also loads with
// its frames in its own process, as Chrome on Android runs most sites,
// where every long task of a frame blocks the host too.

// HostName names the host page benchmark in Config.Only.
const HostName = "host"

// HostTBTTarget is the most the embeds may add to the host page's total
// blocking time, in milliseconds.
const HostTBTTarget = 50

// hostEmbeds are the embeds of the host page: two charts, one drawn by
// ECharts and one by Go, and the whole infographic.
var hostEmbeds = []string{"aid-channels", "jltv", ""}

// HostResult is what the host page's loads measured: its total blocking
// time without and with the embeds, and when the embeds had their
// heights.
type HostResult struct {
	Runs                          int
	Bare, Embeds, Shared, Settled []float64
	Errors                        []error
}

// hostPages adds the two host pages to hosts, with embed codes for the
// site at siteURL, and returns their addresses: without and with embeds.
func hostPages(hosts *host.Server, siteURL string) (bare, embeds string, err error) {
	f, err := data.Load(chart.Needs()...)
	if err != nil {
		return "", "", err
	}
	var codes, none []string
	for _, id := range hostEmbeds {
		codes = append(codes, app.EmbedSnippet(app.Site{PublicURL: siteURL}, locale.FR, id, app.EmbedTitle(f, locale.FR, id), app.EmbedHeight(id)))
		none = append(none, "")
	}
	return hosts.Add("/bare", "Embassy news", none...), hosts.Add("/embeds", "Embassy news", codes...), nil
}

// runHost loads each host page cfg.Runs times, each in a fresh browser,
// with probe installed in every page.
func runHost(ctx context.Context, cfg Config, bare, embeds, probe string) HostResult {
	res := HostResult{Runs: cfg.Runs}
	for run := 1; run <= cfg.Runs && ctx.Err() == nil; run++ {
		for _, page := range []struct {
			name, url string
			frames    int
			flags     []chrome.Flag
			tbt       *[]float64
		}{
			{"without embeds", bare, 0, nil, &res.Bare},
			{"with embeds", embeds, len(hostEmbeds), nil, &res.Embeds},
			{"with embeds in one process", embeds, len(hostEmbeds), chrome.SharedProcess, &res.Shared},
		} {
			tbt, settled, err := loadHost(ctx, page.url, page.frames, page.flags, probe)
			if err != nil {
				res.Errors = append(res.Errors, fmt.Errorf("host page %s, run %d: %w", page.name, run, err))
				cfg.progress("host page %s %d/%d failed: %v", page.name, run, cfg.Runs, err)
				continue
			}
			cfg.progress("host page %s %d/%d: total blocking time %.0f ms", page.name, run, cfg.Runs, tbt)
			*page.tbt = append(*page.tbt, tbt)
			if page.frames > 0 && page.flags == nil {
				res.Settled = append(res.Settled, settled)
			}
		}
	}
	return res
}

// loadHost loads a host page cold on the desktop profile and waits until
// its frames, if any, have their heights and the page has been quiet. It
// returns the host page's total blocking time from its first paint, and
// when the last frame was sized.
func loadHost(ctx context.Context, url string, frames int, flags []chrome.Flag, probe string) (tbt, settled float64, err error) {
	tab, cancel, err := chrome.NewTemp(ctx, flags...)
	if err != nil {
		return 0, 0, err
	}
	defer cancel()
	prepare, err := newTabSetup(tab, Desktop, probe)
	if err != nil {
		return 0, 0, err
	}
	if err := prepare(); err != nil {
		return 0, 0, err
	}
	ctx, cancelLoad := context.WithTimeout(tab, loadTimeout)
	defer cancelLoad()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return 0, 0, fmt.Errorf("navigating: %w", err)
	}
	sizedJS := fmt.Sprintf(`[...document.querySelectorAll('iframe')].filter(f => f.style.height).length === %d`, frames)
	tick := time.NewTicker(pollInterval)
	defer tick.Stop()
	settled = -1
	for {
		r, err := chromedp.Run(ctx, chromedp.Evaluate[*reading](readProbe))
		if err != nil {
			return 0, 0, fmt.Errorf("reading the probe: %w", err)
		}
		sized, err := chromedp.Run(ctx, chromedp.Evaluate[bool](sizedJS))
		if err != nil {
			return 0, 0, fmt.Errorf("reading the frames: %w", err)
		}
		if r != nil && sized && settled < 0 {
			settled = r.Now
		}
		if r != nil && r.FCP != nil && settled >= 0 && r.Now-max(settled, r.LastActivity) >= quietSpan {
			return BlockingTime(r.LongTasks, *r.FCP, r.Now), settled, nil
		}
		select {
		case <-ctx.Done():
			return 0, 0, fmt.Errorf("the frames were not all sized or the page never went quiet: %w", ctx.Err())
		case <-tick.C:
		}
	}
}

// WriteHostReport writes the host page's figures beside the target.
func WriteHostReport(w io.Writer, r HostResult) error {
	if _, err := fmt.Fprintf(w, "host page: another site's page with the whole infographic and two charts embedded, desktop, cold, %s\n", plural(r.Runs, "run")); err != nil {
		return fmt.Errorf("writing the report: %w", err)
	}
	bare, okBare := Summarize(r.Bare)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "host page\ttotal blocking time\tadded\ttarget\t")
	fmt.Fprintf(tw, "without embeds\t%s\t\t\t\n", summaryCell(bare, okBare))
	for _, v := range []struct {
		name   string
		values []float64
	}{{"with embeds", r.Embeds}, {"with embeds, frames in the host's process", r.Shared}} {
		s, ok := Summarize(v.values)
		status, added := statusMiss, "–"
		if okBare && ok {
			d := s.Median - bare.Median
			added = Milliseconds.Format(d)
			if d <= HostTBTTarget {
				status = statusOK
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t≤ %s\t%s\n", v.name, summaryCell(s, ok), added, Milliseconds.Format(HostTBTTarget), status)
	}
	settled, ok := Summarize(r.Settled)
	fmt.Fprintf(tw, "every frame at its height (with embeds)\t%s\t\t\t\n", summaryCell(settled, ok))
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("writing the report: %w", err)
	}
	return writeErrors(w, r.Errors)
}

// summaryCell is a median with its range, or "–".
func summaryCell(s Summary, ok bool) string {
	if !ok {
		return "–"
	}
	return Milliseconds.Format(s.Median) + " (" + Milliseconds.FormatRange(s.Min, s.Max) + ")"
}
