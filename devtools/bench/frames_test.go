package bench

import (
	"slices"
	"testing"
	"time"
)

func TestChangeFrames(t *testing.T) {
	draw := func(ms float64) traceEvent { return traceEvent{Name: "DrawFrame", Ts: ms * 1000} }
	mark := func(ms float64) traceEvent {
		e := traceEvent{Name: "TimeStamp", Ts: ms * 1000}
		e.Args.Data.Message = changeMark
		return e
	}
	tests := []struct {
		name   string
		events []traceEvent
		want   []float64
	}{
		{"no change", []traceEvent{draw(0), draw(16)}, nil},
		{"frames after a change, from the key", []traceEvent{draw(0), mark(100), draw(110), draw(126), draw(160)}, []float64{10, 16, 34}},
		{"out of order, past the window", []traceEvent{draw(600), draw(126), mark(100), draw(110)}, []float64{10, 16}},
		{"two changes", []traceEvent{mark(0), draw(20), mark(1000), draw(1016), draw(1032)}, []float64{20, 16, 16}},
		{"a time stamp of another kind", []traceEvent{{Name: "TimeStamp", Ts: 0}, draw(20)}, nil},
	}
	for _, tt := range tests {
		if got := changeFrames(tt.events, 400*time.Millisecond); !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestPercentile(t *testing.T) {
	tests := []struct {
		values []float64
		p      float64
		want   float64
	}{
		{nil, 95, 0},
		{[]float64{5}, 95, 5},
		{[]float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 40}, 95, 19},
		{[]float64{30, 10, 20}, 50, 20},
		{[]float64{30, 10, 20}, 100, 30},
	}
	for _, tt := range tests {
		if got := percentile(tt.values, tt.p); got != tt.want {
			t.Errorf("percentile(%v, %v) = %v, want %v", tt.values, tt.p, got, tt.want)
		}
	}
}
