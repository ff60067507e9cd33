package bench

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/be-us/partnership/devtools/chrome"
)

// lighthouseChromeFlags are the flags Lighthouse starts Chromium with: the
// project's own (chrome.Flags), headless. With chrome-launcher's alone,
// Chromium still asks for the time, component updates and Google accounts;
// with these nothing leaves the machine, not even a DNS query.
func lighthouseChromeFlags() string {
	args := []string{"--headless=new"}
	for _, f := range chrome.Flags {
		args = append(args, f.Arg())
	}
	return strings.Join(args, " ")
}

// LighthouseRun is what one Lighthouse run reported. Times are in
// milliseconds.
type LighthouseRun struct {
	// Version is Lighthouse's own.
	Version string
	// Score is the performance score, 0 to 100.
	Score float64
	// FCP, LCP, TBT and SI are first and largest contentful paint, total
	// blocking time and speed index, as Lighthouse simulates them for a
	// mobile device; CLS is the cumulative layout shift.
	FCP, LCP, TBT, SI, CLS float64
	// Warnings are the run's warnings, such as a page that loaded too
	// slowly.
	Warnings []string
}

// Lighthouse starts the site and runs Lighthouse against cfg.Path cfg.Runs
// times (mobile, Lighthouse's default simulated throttling, performance
// only), then writes each run and the median one to out.
func Lighthouse(ctx context.Context, cfg Config, out io.Writer) error {
	if err := cfg.check(); err != nil {
		return err
	}
	bin := filepath.Join(cfg.LighthouseDir, "node_modules", ".bin", "lighthouse")
	if _, err := os.Stat(bin); err != nil {
		return fmt.Errorf("lighthouse is not installed (make lighthouse installs it): %w", err)
	}
	chromePath, err := chrome.Find()
	if err != nil {
		return err
	}
	site, err := StartSite(ctx, cfg.Site)
	if err != nil {
		return err
	}
	defer site.Stop()
	dir, err := os.MkdirTemp("", "bench-lighthouse-")
	if err != nil {
		return fmt.Errorf("making a folder for the reports: %w", err)
	}
	defer os.RemoveAll(dir)

	var runs []LighthouseRun
	for i := 1; i <= cfg.Runs; i++ {
		report := filepath.Join(dir, fmt.Sprintf("run-%d.json", i))
		if err := runLighthouse(ctx, bin, chromePath, site.URL()+cfg.Path, report); err != nil {
			return fmt.Errorf("lighthouse run %d: %w", i, err)
		}
		run, err := readLighthouse(report)
		if err != nil {
			return fmt.Errorf("lighthouse run %d: %w", i, err)
		}
		cfg.progress("lighthouse %d/%d: score %.0f", i, cfg.Runs, run.Score)
		runs = append(runs, run)
	}
	if err := WriteLighthouseReport(out, cfg.Path, runs); err != nil {
		return err
	}
	return site.Stop()
}

// runLighthouse runs the Lighthouse CLI once and writes its JSON report to
// report.
func runLighthouse(ctx context.Context, bin, chromePath, url, report string) error {
	cmd := exec.CommandContext(ctx, bin, url,
		"--output=json",
		"--output-path="+report,
		"--form-factor=mobile",
		"--throttling-method=simulate",
		"--only-categories=performance",
		"--chrome-flags="+lighthouseChromeFlags(),
		// Never send crash reports anywhere, and never ask.
		"--no-enable-error-reporting",
		"--quiet",
	)
	cmd.Env = append(os.Environ(), "CHROME_PATH="+chromePath)
	output := &tailBuffer{max: 4 << 10}
	cmd.Stdout = output
	cmd.Stderr = output
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%w: %s", err, output)
	}
	return nil
}

// lighthouseReport is the part of Lighthouse's JSON report the benchmark
// reads.
type lighthouseReport struct {
	LighthouseVersion string `json:"lighthouseVersion"`
	RuntimeError      *struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"runtimeError"`
	RunWarnings []string `json:"runWarnings"`
	Categories  struct {
		Performance struct {
			Score *float64 `json:"score"`
		} `json:"performance"`
	} `json:"categories"`
	Audits map[string]struct {
		NumericValue *float64 `json:"numericValue"`
	} `json:"audits"`
}

// readLighthouse reads the score and metrics of a JSON report.
func readLighthouse(path string) (LighthouseRun, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return LighthouseRun{}, fmt.Errorf("reading the report: %w", err)
	}
	return parseLighthouse(data)
}

// parseLighthouse reads the score and metrics of a JSON report.
func parseLighthouse(data []byte) (LighthouseRun, error) {
	var r lighthouseReport
	if err := json.Unmarshal(data, &r); err != nil {
		return LighthouseRun{}, fmt.Errorf("decoding the report: %w", err)
	}
	if e := r.RuntimeError; e != nil {
		return LighthouseRun{}, fmt.Errorf("lighthouse failed: %s: %s", e.Code, e.Message)
	}
	score := r.Categories.Performance.Score
	if score == nil {
		return LighthouseRun{}, errors.New("the report has no performance score")
	}
	run := LighthouseRun{Version: r.LighthouseVersion, Score: *score * 100, Warnings: r.RunWarnings}
	var missing []string
	for _, m := range []struct {
		audit string
		to    *float64
	}{
		{"first-contentful-paint", &run.FCP},
		{"largest-contentful-paint", &run.LCP},
		{"total-blocking-time", &run.TBT},
		{"cumulative-layout-shift", &run.CLS},
		{"speed-index", &run.SI},
	} {
		v := r.Audits[m.audit].NumericValue
		if v == nil {
			missing = append(missing, m.audit)
			continue
		}
		*m.to = *v
	}
	if len(missing) > 0 {
		return LighthouseRun{}, fmt.Errorf("the report has no value for %s", strings.Join(missing, ", "))
	}
	return run, nil
}

// MedianRun returns the index of the run with the median score; of two
// middle runs, the lower scoring one. runs must not be empty.
func MedianRun(runs []LighthouseRun) int {
	order := make([]int, len(runs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch {
		case runs[a].Score < runs[b].Score:
			return -1
		case runs[a].Score > runs[b].Score:
			return 1
		}
		return 0
	})
	return order[(len(order)-1)/2]
}

// WriteLighthouseReport writes every run, then the median run's score and
// metrics, then the warnings Lighthouse gave.
func WriteLighthouseReport(w io.Writer, path string, runs []LighthouseRun) error {
	if len(runs) == 0 {
		return errors.New("no lighthouse run to report")
	}
	median := MedianRun(runs)
	fmt.Fprintf(w, "Lighthouse %s: %s, mobile, simulated throttling, %s\n", runs[0].Version, path, plural(len(runs), "run"))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "run\tscore\tFCP\tLCP\tTBT\tCLS\tSI\t")
	var warnings []string
	for i, r := range runs {
		mark := ""
		if i == median {
			mark = "median"
		}
		fmt.Fprintf(tw, "%d\t%.0f\t%s\t%s\t%s\t%s\t%s\t%s\n", i+1, r.Score,
			Milliseconds.Format(r.FCP), Milliseconds.Format(r.LCP), Milliseconds.Format(r.TBT),
			Score.Format(r.CLS), Milliseconds.Format(r.SI), mark)
		for _, warning := range r.Warnings {
			if !slices.Contains(warnings, warning) {
				warnings = append(warnings, warning)
			}
		}
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("writing the lighthouse report: %w", err)
	}
	m := runs[median]
	_, err := fmt.Fprintf(w, "median: performance %.0f, FCP %s, LCP %s, TBT %s, CLS %s, SI %s\n", m.Score,
		Milliseconds.Format(m.FCP), Milliseconds.Format(m.LCP), Milliseconds.Format(m.TBT), Score.Format(m.CLS), Milliseconds.Format(m.SI))
	for _, warning := range warnings {
		if err == nil {
			_, err = fmt.Fprintf(w, "warning: %s\n", warning)
		}
	}
	if err != nil {
		return fmt.Errorf("writing the lighthouse report: %w", err)
	}
	return nil
}
