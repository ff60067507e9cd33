package bench

import "testing"

func TestSummarize(t *testing.T) {
	tests := []struct {
		name   string
		values []float64
		want   Summary
		wantOK bool
	}{
		{"none", nil, Summary{}, false},
		{"one", []float64{42}, Summary{Median: 42, Min: 42, Max: 42, N: 1}, true},
		{"odd count, unsorted", []float64{300, 100, 200}, Summary{Median: 200, Min: 100, Max: 300, N: 3}, true},
		{"even count takes the mean of the middle two", []float64{4, 1, 3, 2}, Summary{Median: 2.5, Min: 1, Max: 4, N: 4}, true},
		{"repeated values", []float64{7, 7, 1}, Summary{Median: 7, Min: 1, Max: 7, N: 3}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Summarize(tt.values)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("Summarize(%v) = %+v, %v; want %+v, %v", tt.values, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestSummarizeLeavesInputAlone(t *testing.T) {
	values := []float64{3, 1, 2}
	Summarize(values)
	if values[0] != 3 || values[1] != 1 || values[2] != 2 {
		t.Errorf("Summarize sorted its input: got %v, want [3 1 2]", values)
	}
}
