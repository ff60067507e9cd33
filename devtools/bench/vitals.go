package bench

// Task is one long task of the page's main thread, in milliseconds since
// the navigation started.
type Task struct {
	// Start is when the task began.
	Start float64 `json:"start"`
	// Duration is how long it ran.
	Duration float64 `json:"duration"`
}

// Shift is one layout shift not caused by recent input.
type Shift struct {
	// Start is when the shift happened, in milliseconds since the
	// navigation started.
	Start float64 `json:"start"`
	// Value is the shift's score.
	Value float64 `json:"value"`
}

// blockingThreshold is how long a task may run before it blocks input.
const blockingThreshold = 50

// LongTaskTime returns the total duration of the tasks.
func LongTaskTime(tasks []Task) float64 {
	var total float64
	for _, t := range tasks {
		total += t.Duration
	}
	return total
}

// BlockingTime returns the total blocking time of the tasks that start in
// [from, to): the sum of the part of each task beyond 50 ms. The benchmark
// counts from first contentful paint to the WASM having mounted, the span in
// which a visitor sees the page but it may not answer yet.
func BlockingTime(tasks []Task, from, to float64) float64 {
	var total float64
	for _, t := range tasks {
		if t.Start >= from && t.Start < to && t.Duration > blockingThreshold {
			total += t.Duration - blockingThreshold
		}
	}
	return total
}

// Session windows as Chrome defines cumulative layout shift: shifts less
// than a second apart belong to one window, a window lasts at most five
// seconds, and the score is the largest window's sum.
const (
	shiftGap    = 1000
	shiftWindow = 5000
)

// LayoutShiftScore returns the cumulative layout shift of shifts, given in
// the order they happened, as the largest session window's sum.
func LayoutShiftScore(shifts []Shift) float64 {
	var best, sum, windowStart, last float64
	for i, s := range shifts {
		if i == 0 || s.Start-last >= shiftGap || s.Start-windowStart >= shiftWindow {
			windowStart, sum = s.Start, 0
		}
		sum += s.Value
		last = s.Start
		best = max(best, sum)
	}
	return best
}
