package bench

import "testing"

func TestTargetMet(t *testing.T) {
	tests := []struct {
		target Target
		value  float64
		want   bool
	}{
		{Target{"phone", Cold, FCP, 1000}, 999, true},
		{Target{"phone", Cold, FCP, 1000}, 1000, true},
		{Target{"phone", Cold, FCP, 1000}, 1001, false},
		{Target{"phone", Cold, CLS, 0.02}, 0.019, true},
		{Target{"phone", Cold, CLS, 0.02}, 0.021, false},
		{Target{"phone", Repeat, Bytes, 20 * 1024}, 20 * 1024, true},
		{Target{"phone", Repeat, Bytes, 20 * 1024}, 20*1024 + 1, false},
	}
	for _, tt := range tests {
		if got := tt.target.Met(tt.value); got != tt.want {
			t.Errorf("%v.Met(%v) = %v, want %v", tt.target, tt.value, got, tt.want)
		}
	}
}

func TestTargetString(t *testing.T) {
	tests := []struct {
		target Target
		want   string
	}{
		{Target{"phone", Cold, FCP, 1000}, "≤ 1000 ms"},
		{Target{"phone", Cold, CLS, 0.02}, "≤ 0.020"},
		{Target{"phone", Repeat, Bytes, 20 * 1024}, "≤ 20.0 KB"},
	}
	for _, tt := range tests {
		if got := tt.target.String(); got != tt.want {
			t.Errorf("Target{%s %s %s}.String() = %q, want %q", tt.target.Profile, tt.target.Visit, tt.target.Metric, got, tt.want)
		}
	}
}

// TestTargetsTable checks the table itself: one target per metric and
// load, each for a profile that runs.
func TestTargetsTable(t *testing.T) {
	seen := map[Target]bool{}
	for _, tt := range Targets {
		key := Target{tt.Profile, tt.Visit, tt.Metric, 0}
		if seen[key] {
			t.Errorf("two targets for %s %s %s", tt.Profile, tt.Visit, tt.Metric)
		}
		seen[key] = true
		found := false
		for _, p := range Profiles {
			found = found || p.Name == tt.Profile
		}
		if !found {
			t.Errorf("target for %q, which is no profile", tt.Profile)
		}
		if got, ok := findTarget(tt.Profile, tt.Visit, tt.Metric); !ok || got != tt {
			t.Errorf("findTarget(%s, %s, %s) = %v, %v; want %v, true", tt.Profile, tt.Visit, tt.Metric, got, ok, tt)
		}
	}
	if _, ok := findTarget("desktop", Repeat, Bytes); ok {
		t.Errorf("findTarget(desktop, repeat, bytes) found a target, want none")
	}
}
