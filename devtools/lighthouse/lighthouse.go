// Package lighthouse reads the reports Lighthouse CI saves and sets the
// runs of two pages side by side.
//
// What Lighthouse runs and how is in lighthouserc.json, beside this file:
// a mobile device with simulated throttling, performance only, in a
// Chromium that asks nothing of the network but the pages.
package lighthouse

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
)

// Run is what one Lighthouse run reported. Times are in milliseconds.
type Run struct {
	// Version is Lighthouse's own.
	Version string
	// URL is the address the run loaded.
	URL string
	// Score is the performance score, 0 to 100.
	Score float64
	// FCP, LCP, TBT and SI are first and largest contentful paint, total
	// blocking time and speed index, as Lighthouse simulates them.
	FCP, LCP, TBT, SI float64
	// CLS is the cumulative layout shift.
	CLS float64
	// Warnings are the run's warnings, such as a page that loaded too
	// slowly.
	Warnings []string
}

// saved is the name of a report lhci collect saves: lhr- and the time it
// was saved, in milliseconds.
var saved = regexp.MustCompile(`^lhr-(\d+)\.json$`)

// Read reads the JSON reports lhci collect saved in dir, in the order of
// the runs.
func Read(dir string) ([]Run, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("reading Lighthouse CI's reports: %w", err)
	}
	type report struct {
		at   int64
		name string
	}
	var reports []report
	for _, e := range entries {
		m := saved.FindStringSubmatch(e.Name())
		if m == nil || e.IsDir() {
			continue
		}
		at, err := strconv.ParseInt(m[1], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("reading Lighthouse CI's report %s: %w", e.Name(), err)
		}
		reports = append(reports, report{at, e.Name()})
	}
	if len(reports) == 0 {
		return nil, fmt.Errorf("no report of Lighthouse CI in %s", dir)
	}
	slices.SortFunc(reports, func(a, b report) int { return cmp.Compare(a.at, b.at) })
	runs := make([]Run, 0, len(reports))
	for i, r := range reports {
		data, err := os.ReadFile(filepath.Join(dir, r.name))
		if err != nil {
			return nil, fmt.Errorf("lighthouse run %d: %w", i+1, err)
		}
		run, err := parse(data)
		if err != nil {
			return nil, fmt.Errorf("lighthouse run %d (%s): %w", i+1, r.name, err)
		}
		runs = append(runs, run)
	}
	return runs, nil
}

// report is the part of Lighthouse's JSON report that Read reads.
type report struct {
	LighthouseVersion string `json:"lighthouseVersion"`
	RequestedURL      string `json:"requestedUrl"`
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

// parse reads the score and metrics of a JSON report.
func parse(data []byte) (Run, error) {
	var r report
	if err := json.Unmarshal(data, &r); err != nil {
		return Run{}, fmt.Errorf("decoding the report: %w", err)
	}
	if e := r.RuntimeError; e != nil {
		return Run{}, fmt.Errorf("lighthouse failed: %s: %s", e.Code, e.Message)
	}
	score := r.Categories.Performance.Score
	if score == nil {
		return Run{}, errors.New("the report has no performance score")
	}
	run := Run{Version: r.LighthouseVersion, URL: r.RequestedURL, Score: *score * 100, Warnings: r.RunWarnings}
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
		return Run{}, fmt.Errorf("the report has no value for %s", strings.Join(missing, ", "))
	}
	return run, nil
}

// Median returns the index of the run with the median score; of two
// middle runs, the lower scoring one. runs must not be empty.
func Median(runs []Run) int {
	order := make([]int, len(runs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(runs[a].Score, runs[b].Score) })
	return order[(len(order)-1)/2]
}

// Page is a page's name in the report and its runs.
type Page struct {
	Name string
	Runs []Run
}

// Write writes each page's runs, then each page's median run, side by
// side, then the warnings Lighthouse gave.
func Write(w io.Writer, pages []Page) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "page\trun\tscore\tFCP\tLCP\tTBT\tCLS\tSI\t")
	var warnings []string
	row := func(name, run string, r Run) {
		fmt.Fprintf(tw, "%s\t%s\t%.0f\t%.0f ms\t%.0f ms\t%.0f ms\t%.3f\t%.0f ms\t\n", name, run, r.Score, r.FCP, r.LCP, r.TBT, r.CLS, r.SI)
	}
	for _, p := range pages {
		if len(p.Runs) == 0 {
			return fmt.Errorf("no lighthouse run of %s", p.Name)
		}
		for i, r := range p.Runs {
			row(p.Name, strconv.Itoa(i+1), r)
			for _, warning := range r.Warnings {
				if !slices.Contains(warnings, warning) {
					warnings = append(warnings, warning)
				}
			}
		}
	}
	for _, p := range pages {
		row(p.Name, "median", p.Runs[Median(p.Runs)])
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("writing the lighthouse report: %w", err)
	}
	for _, warning := range warnings {
		if _, err := fmt.Fprintf(w, "warning: %s\n", warning); err != nil {
			return fmt.Errorf("writing the lighthouse report: %w", err)
		}
	}
	return nil
}
