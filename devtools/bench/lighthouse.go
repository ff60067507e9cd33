package bench

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/be-us/partnership/devtools/chrome"
)

// lhciBuild is Lighthouse CI's command, in the folder where npm installed
// it.
const lhciBuild = "node_modules/.bin/lhci"

// lighthouseChromeFlags are the flags Lighthouse CI starts Chromium with:
// headless and the project's own (chrome.Flags). chrome-launcher gives it
// a fresh profile each run. With chrome-launcher's flags alone, Chromium
// still asks for the time, component updates and Google accounts; with
// these nothing leaves the machine, not even a DNS query.
func lighthouseChromeFlags() string {
	args := []string{"--headless"}
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

// Lighthouse starts the site, has Lighthouse CI collect cfg.Runs runs of
// Lighthouse against cfg.Path (mobile, Lighthouse's default simulated
// throttling, performance only), then reads the reports it saved and
// writes each run and the median one to out.
func Lighthouse(ctx context.Context, cfg Config, out io.Writer) error {
	if err := cfg.check(); err != nil {
		return err
	}
	bin, err := filepath.Abs(filepath.Join(cfg.LighthouseDir, filepath.FromSlash(lhciBuild)))
	if err != nil {
		return fmt.Errorf("finding Lighthouse CI: %w", err)
	}
	if _, err := os.Stat(bin); err != nil {
		return fmt.Errorf("lhci is not installed (make lighthouse installs it): %w", err)
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
	// Lighthouse CI keeps its reports in .lighthouseci under the folder it
	// runs in.
	dir, err := os.MkdirTemp("", "bench-lhci-")
	if err != nil {
		return fmt.Errorf("making a folder for Lighthouse CI: %w", err)
	}
	defer os.RemoveAll(dir)
	rc, err := lhciConfig(site.URL()+cfg.Path, cfg.Runs, chromePath)
	if err != nil {
		return err
	}
	rcPath := filepath.Join(dir, "lighthouserc.json")
	if err := os.WriteFile(rcPath, rc, 0o644); err != nil {
		return fmt.Errorf("writing Lighthouse CI's settings: %w", err)
	}
	if err := runLHCI(ctx, bin, dir, rcPath, cfg.Progress); err != nil {
		return err
	}
	runs, err := readLHCIResults(filepath.Join(dir, ".lighthouseci"))
	if err != nil {
		return err
	}
	if len(runs) != cfg.Runs {
		return fmt.Errorf("lhci collect saved %d reports, want %d", len(runs), cfg.Runs)
	}
	for i, run := range runs {
		cfg.progress("lighthouse %d/%d: score %.0f", i+1, len(runs), run.Score)
	}
	if err := WriteLighthouseReport(out, cfg.Path, runs); err != nil {
		return err
	}
	return site.Stop()
}

// lhciRC is the part of a Lighthouse CI settings file (lighthouserc.json)
// the benchmark writes.
type lhciRC struct {
	CI struct {
		Collect lhciCollect `json:"collect"`
	} `json:"ci"`
}

// lhciCollect are the settings of lhci collect; Settings go to Lighthouse.
type lhciCollect struct {
	URL          []string           `json:"url"`
	NumberOfRuns int                `json:"numberOfRuns"`
	ChromePath   string             `json:"chromePath"`
	Settings     lighthouseSettings `json:"settings"`
}

// lighthouseSettings are Lighthouse's own flags.
type lighthouseSettings struct {
	ChromeFlags          string   `json:"chromeFlags"`
	FormFactor           string   `json:"formFactor"`
	ThrottlingMethod     string   `json:"throttlingMethod"`
	OnlyCategories       []string `json:"onlyCategories"`
	EnableErrorReporting bool     `json:"enableErrorReporting"`
}

// lhciConfig returns the settings file that has Lighthouse CI run
// Lighthouse runs times on url, mobile with simulated throttling,
// performance only, in the Chromium at chromePath. Lighthouse never
// sends crash reports anywhere.
func lhciConfig(url string, runs int, chromePath string) ([]byte, error) {
	var rc lhciRC
	rc.CI.Collect = lhciCollect{
		URL:          []string{url},
		NumberOfRuns: runs,
		ChromePath:   chromePath,
		Settings: lighthouseSettings{
			ChromeFlags:      lighthouseChromeFlags(),
			FormFactor:       "mobile",
			ThrottlingMethod: "simulate",
			OnlyCategories:   []string{"performance"},
		},
	}
	data, err := json.MarshalIndent(rc, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("encoding Lighthouse CI's settings: %w", err)
	}
	return data, nil
}

// runLHCI runs lhci collect in dir with the settings file rc; its lines
// go to progress as well, when not nil.
func runLHCI(ctx context.Context, bin, dir, rc string, progress io.Writer) error {
	cmd := exec.CommandContext(ctx, bin, "collect", "--config="+rc)
	cmd.Dir = dir
	output := &tailBuffer{max: 4 << 10}
	cmd.Stdout, cmd.Stderr = output, output
	if progress != nil {
		cmd.Stdout = io.MultiWriter(output, progress)
	}
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("lhci collect: %w: %s", err, output)
	}
	return nil
}

// lhrName is the name of a report lhci collect saves: lhr- and the time
// it was saved, in milliseconds.
var lhrName = regexp.MustCompile(`^lhr-(\d+)\.json$`)

// readLHCIResults reads the JSON reports lhci collect saved in dir, in the
// order of the runs.
func readLHCIResults(dir string) ([]LighthouseRun, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("reading Lighthouse CI's reports: %w", err)
	}
	type saved struct {
		at   int64
		name string
	}
	var reports []saved
	for _, e := range entries {
		m := lhrName.FindStringSubmatch(e.Name())
		if m == nil || e.IsDir() {
			continue
		}
		at, err := strconv.ParseInt(m[1], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("reading Lighthouse CI's report %s: %w", e.Name(), err)
		}
		reports = append(reports, saved{at, e.Name()})
	}
	if len(reports) == 0 {
		return nil, fmt.Errorf("no report of Lighthouse CI in %s", dir)
	}
	slices.SortFunc(reports, func(a, b saved) int { return cmp.Compare(a.at, b.at) })
	runs := make([]LighthouseRun, 0, len(reports))
	for i, r := range reports {
		run, err := readLighthouse(filepath.Join(dir, r.name))
		if err != nil {
			return nil, fmt.Errorf("lighthouse run %d (%s): %w", i+1, r.name, err)
		}
		runs = append(runs, run)
	}
	return runs, nil
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
