package bench

import "testing"

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
