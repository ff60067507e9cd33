package bench

import (
	"math"
	"testing"
)

func TestLongTaskTime(t *testing.T) {
	tests := []struct {
		name  string
		tasks []Task
		want  float64
	}{
		{"none", nil, 0},
		{"sums durations", []Task{{Start: 10, Duration: 60}, {Start: 500, Duration: 120}}, 180},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := LongTaskTime(tt.tasks); got != tt.want {
				t.Errorf("LongTaskTime(%v) = %v, want %v", tt.tasks, got, tt.want)
			}
		})
	}
}

func TestBlockingTime(t *testing.T) {
	tests := []struct {
		name     string
		tasks    []Task
		from, to float64
		want     float64
	}{
		{"none", nil, 100, 1000, 0},
		{"counts the part beyond 50 ms", []Task{{Start: 200, Duration: 80}, {Start: 400, Duration: 250}}, 100, 1000, 30 + 200},
		{"task exactly 50 ms blocks nothing", []Task{{Start: 200, Duration: 50}}, 100, 1000, 0},
		{"task before first paint is left out", []Task{{Start: 50, Duration: 300}, {Start: 150, Duration: 70}}, 100, 1000, 20},
		{"task starting at first paint counts", []Task{{Start: 100, Duration: 70}}, 100, 1000, 20},
		{"task starting at mount is left out", []Task{{Start: 1000, Duration: 500}}, 100, 1000, 0},
		{"task running past mount counts whole", []Task{{Start: 900, Duration: 400}}, 100, 1000, 350},
		{"empty span", []Task{{Start: 500, Duration: 400}}, 1000, 100, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := BlockingTime(tt.tasks, tt.from, tt.to); got != tt.want {
				t.Errorf("BlockingTime(%v, %v, %v) = %v, want %v", tt.tasks, tt.from, tt.to, got, tt.want)
			}
		})
	}
}

func TestLayoutShiftScore(t *testing.T) {
	tests := []struct {
		name   string
		shifts []Shift
		want   float64
	}{
		{"none", nil, 0},
		{"one", []Shift{{Start: 100, Value: 0.05}}, 0.05},
		{"close shifts share a window", []Shift{{Start: 100, Value: 0.01}, {Start: 900, Value: 0.02}, {Start: 1800, Value: 0.03}}, 0.06},
		{"a gap of a second opens a window", []Shift{{Start: 100, Value: 0.04}, {Start: 1100, Value: 0.01}, {Start: 1200, Value: 0.01}}, 0.04},
		{"the larger window wins", []Shift{{Start: 100, Value: 0.01}, {Start: 3000, Value: 0.02}, {Start: 3500, Value: 0.02}}, 0.04},
		{"a window lasts five seconds", []Shift{
			{Start: 0, Value: 0.01}, {Start: 900, Value: 0.01}, {Start: 1800, Value: 0.01}, {Start: 2700, Value: 0.01},
			{Start: 3600, Value: 0.01}, {Start: 4500, Value: 0.01}, {Start: 5000, Value: 0.01}, {Start: 5400, Value: 0.01},
		}, 0.06},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := LayoutShiftScore(tt.shifts); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("LayoutShiftScore(%v) = %v, want %v", tt.shifts, got, tt.want)
			}
		})
	}
}
