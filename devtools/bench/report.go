package bench

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"
)

// Result is what the runs of one profile measured.
type Result struct {
	// Profile is the profile the loads ran under.
	Profile Profile
	// Path is the page that was loaded.
	Path string
	// Runs is how many runs were asked for.
	Runs int
	// Loads holds, for each kind of visit, the loads that measured
	// something; a load that failed part-way keeps the metrics it had.
	Loads map[Visit][]Load
	// Errors lists what went wrong, one entry per failed load.
	Errors []error
}

// The marks beside a target.
const (
	statusOK   = "ok"
	statusMiss = "MISS"
)

// row is one line of the report: one metric of one kind of visit.
type row struct {
	visit, metric, median, span, runs, target, status string
}

func (r Result) rows() []row {
	var rows []row
	for _, v := range Visits {
		loads := r.Loads[v]
		for _, m := range Metrics {
			var values []float64
			for _, l := range loads {
				if x, ok := l.Values[m]; ok {
					values = append(values, x)
				}
			}
			rw := row{visit: string(v), metric: label(m, loads), median: "–", span: "–", runs: fmt.Sprintf("%d/%d", len(values), r.Runs)}
			s, ok := Summarize(values)
			if ok {
				rw.median = m.Unit().Format(s.Median)
				rw.span = m.Unit().FormatRange(s.Min, s.Max)
			}
			if t, found := findTarget(r.Profile.Name, v, m); found {
				rw.target = t.String()
				rw.status = statusMiss
				if ok && t.Met(s.Median) {
					rw.status = statusOK
				}
			}
			rows = append(rows, rw)
		}
	}
	return rows
}

// label names a metric in the report, with how it was measured where that
// varies or needs saying.
func label(m Metric, loads []Load) string {
	switch m {
	case Mounted:
		var by []string
		for _, l := range loads {
			if l.MountedBy != "" && !slices.Contains(by, l.MountedBy) {
				by = append(by, l.MountedBy)
			}
		}
		if len(by) > 0 {
			return fmt.Sprintf("%s (%s)", m, strings.Join(by, "/"))
		}
	case LongTasks:
		return string(m) + " (total)"
	case TBT:
		return string(m) + " (FCP to mount, or to the end of a load without app.wasm)"
	case CLS:
		return string(m) + " (session window)"
	}
	return string(m)
}

// WriteReport writes the result as a plain-text table: one line per metric
// and kind of visit, with the median, the range, how many runs measured it,
// and the target with "ok" or "MISS" where there is one. The errors follow.
func WriteReport(w io.Writer, r Result) error {
	if _, err := fmt.Fprintf(w, "%s: %s, %s, %s\n", r.Profile.Name, r.Path, r.Profile, plural(r.Runs, "run")); err != nil {
		return fmt.Errorf("writing the report: %w", err)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "visit\tmetric\tmedian\tmin–max\truns\ttarget\t")
	targets, missed := 0, 0
	for _, rw := range r.rows() {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", rw.visit, rw.metric, rw.median, rw.span, rw.runs, rw.target, rw.status)
		if rw.target != "" {
			targets++
		}
		if rw.status == statusMiss {
			missed++
		}
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("writing the report: %w", err)
	}
	if _, err := fmt.Fprintf(w, "targets missed: %d of %d\n", missed, targets); err != nil {
		return fmt.Errorf("writing the report: %w", err)
	}
	return writeErrors(w, r.Errors)
}

// writeErrors writes one line per error under a report.
func writeErrors(w io.Writer, errs []error) error {
	for _, err := range errs {
		if _, err := fmt.Fprintf(w, "error: %v\n", err); err != nil {
			return fmt.Errorf("writing the report: %w", err)
		}
	}
	return nil
}

// plural returns n and the noun, with an s unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
