package bench

import (
	"fmt"
	"strconv"
)

// Metric is one quantity measured on every page load.
type Metric string

// The metrics of a page load. Times are in milliseconds since the
// navigation started.
const (
	Bytes     Metric = "bytes transferred"
	Requests  Metric = "requests"
	FCP       Metric = "first contentful paint"
	LCP       Metric = "largest contentful paint"
	Charts    Metric = "charts drawn"
	Mounted   Metric = "WASM mounted"
	LongTasks Metric = "long tasks"
	TBT       Metric = "total blocking time"
	CLS       Metric = "cumulative layout shift"
	// MountTask is the longest main-thread task from app.wasm's fetch to
	// its mount.
	MountTask Metric = "longest task, fetch to mount"
	// MountBusy is the long tasks' time from app.wasm's fetch to its mount.
	MountBusy Metric = "long tasks, fetch to mount"
	// ChartsTask is the longest main-thread task from the reader's scroll
	// to the charts, which loads ECharts, to the charts drawn.
	ChartsTask Metric = "longest task, scroll to charts"
	// CardINP is the interaction to next paint of a tap or a click that
	// opens a mark's card; 16 ms means under 16 ms, the least the browser
	// reports.
	CardINP Metric = "card opened (INP)"
)

// Metrics lists every metric in the order the report shows them.
var Metrics = []Metric{Bytes, Requests, FCP, LCP, Charts, Mounted, LongTasks, TBT, CLS, MountTask, MountBusy, ChartsTask, CardINP}

// Unit returns how the metric's values are shown.
func (m Metric) Unit() Unit {
	switch m {
	case Bytes:
		return Kilobytes
	case Requests:
		return Count
	case CLS:
		return Score
	default:
		return Milliseconds
	}
}

// Unit is how the values of a metric are shown.
type Unit int

// The units of the metrics.
const (
	// Milliseconds shows a time, rounded to the millisecond.
	Milliseconds Unit = iota
	// Kilobytes shows a count of bytes in KB of 1024 bytes.
	Kilobytes
	// Count shows a whole number.
	Count
	// Score shows a unitless score with three decimals.
	Score
)

// Format returns v with its unit, as in "820 ms" or "12.5 KB".
func (u Unit) Format(v float64) string {
	return u.number(v) + u.suffix()
}

// FormatRange returns lo and hi with one unit, as in "810–905 ms".
func (u Unit) FormatRange(lo, hi float64) string {
	return u.number(lo) + "–" + u.number(hi) + u.suffix()
}

func (u Unit) number(v float64) string {
	switch u {
	case Kilobytes:
		return strconv.FormatFloat(v/1024, 'f', 1, 64)
	case Score:
		return strconv.FormatFloat(v, 'f', 3, 64)
	default:
		return strconv.FormatFloat(v, 'f', 0, 64)
	}
}

func (u Unit) suffix() string {
	switch u {
	case Milliseconds:
		return " ms"
	case Kilobytes:
		return " KB"
	default:
		return ""
	}
}

// How a load timed the WASM mount.
const (
	// MountedByMark means the app's performance mark app-mounted.
	MountedByMark = "mark"
	// MountedByLoader means the loader leaving the document, for an app
	// that does not set the mark.
	MountedByLoader = "loader gone"
)

// Load is what one page load measured. A metric that could not be measured
// is missing from Values.
type Load struct {
	// Values holds each measured metric in its base unit: milliseconds,
	// bytes, a count or a score.
	Values map[Metric]float64
	// MountedBy says how Mounted was timed: MountedByMark or MountedByLoader.
	MountedBy string
}

// newLoad computes the metrics of a load from what the page recorded and
// the traffic Chromium reported. Where app.wasm runs, the blocking time runs from
// the first paint to its mount; elsewhere to the end of the load.
func newLoad(r reading, t Traffic, wasm bool) Load {
	l := Load{Values: map[Metric]float64{
		Bytes:     float64(t.Bytes),
		Requests:  float64(t.Requests),
		LongTasks: LongTaskTime(r.LongTasks),
	}}
	set := func(m Metric, v *float64) {
		if v != nil {
			l.Values[m] = *v
		}
	}
	set(FCP, r.FCP)
	set(LCP, r.LCP)
	set(CLS, r.CLS)
	if r.ChartsDrawn != nil {
		// Charts drawn as they near the screen count from the reader's
		// scroll to them.
		drawn := *r.ChartsDrawn
		if r.Scrolled != nil {
			drawn -= *r.Scrolled
			longest := 0.0
			for _, task := range r.LongTasks {
				if task.Start+task.Duration >= *r.Scrolled && task.Start <= *r.ChartsDrawn {
					longest = max(longest, task.Duration)
				}
			}
			l.Values[ChartsTask] = longest
		}
		l.Values[Charts] = drawn
	}
	if r.INP != nil {
		l.Values[CardINP] = max(*r.INP, 16)
	}
	mounted, by, ok := r.mounted()
	if ok && wasm {
		l.Values[Mounted] = mounted
		l.MountedBy = by
		if r.FCP != nil {
			l.Values[TBT] = BlockingTime(r.LongTasks, *r.FCP, mounted)
		}
		if r.WasmFetch != nil {
			longest, busy := 0.0, 0.0
			for _, task := range r.LongTasks {
				if task.Start >= *r.WasmFetch && task.Start <= mounted {
					longest = max(longest, task.Duration)
					busy += task.Duration
				}
			}
			l.Values[MountTask] = longest
			l.Values[MountBusy] = busy
		}
	}
	if !wasm && r.FCP != nil {
		// The load's own blocking time: until the reader scrolls.
		end := r.Now
		if r.Scrolled != nil {
			end = *r.Scrolled
		}
		l.Values[TBT] = BlockingTime(r.LongTasks, *r.FCP, end)
	}
	return l
}

// String returns the load's values in the order of Metrics, for logs.
func (l Load) String() string {
	s := ""
	for _, m := range Metrics {
		if v, ok := l.Values[m]; ok {
			if s != "" {
				s += ", "
			}
			s += fmt.Sprintf("%s %s", m, m.Unit().Format(v))
		}
	}
	return s
}
