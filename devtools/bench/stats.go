package bench

import "slices"

// Summary is the median, minimum and maximum of the values of one metric
// over several page loads.
type Summary struct {
	// Median, Min and Max are in the unit of the values.
	Median, Min, Max float64
	// N is how many values there were.
	N int
}

// Summarize returns the summary of values; ok is false when there are none.
// The median of an even count is the mean of the two middle values.
func Summarize(values []float64) (s Summary, ok bool) {
	if len(values) == 0 {
		return Summary{}, false
	}
	sorted := slices.Clone(values)
	slices.Sort(sorted)
	n := len(sorted)
	median := sorted[n/2]
	if n%2 == 0 {
		median = (sorted[n/2-1] + sorted[n/2]) / 2
	}
	return Summary{Median: median, Min: sorted[0], Max: sorted[n-1], N: n}, true
}
