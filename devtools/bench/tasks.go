package bench

// Task is one long task of the page's main thread, in milliseconds since
// the navigation started.
type Task struct {
	// Start is when the task began.
	Start float64 `json:"start"`
	// Duration is how long it ran.
	Duration float64 `json:"duration"`
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
