package bench

import (
	"maps"
	"testing"
)

func ms(v float64) *float64 { return &v }

// TestNewLoadMount checks the take-over's metrics: the longest long task
// and the long tasks' time from app.wasm's fetch to its mount, and a
// phone's blocking time to the end of its load.
func TestNewLoadMount(t *testing.T) {
	tasks := []Task{{Start: 100, Duration: 300}, {Start: 1200, Duration: 80}, {Start: 1300, Duration: 120}, {Start: 2000, Duration: 150}}
	r := reading{FCP: ms(50), Mark: ms(1500), WasmFetch: ms(1000), LongTasks: tasks, Now: 2500}
	got := newLoad(r, Traffic{}, true)
	if got.Values[MountTask] != 120 || got.Values[MountBusy] != 200 {
		t.Errorf("mount task %v, busy %v; want 120 and 200", got.Values[MountTask], got.Values[MountBusy])
	}
	phone := newLoad(r, Traffic{}, false)
	if _, ok := phone.Values[Mounted]; ok {
		t.Error("a load without app.wasm reports a mount")
	}
	if want := 250.0 + 30 + 70 + 100; phone.Values[TBT] != want {
		t.Errorf("phone TBT = %v, want %v (to the end of the load)", phone.Values[TBT], want)
	}
}

func TestNewLoad(t *testing.T) {
	tasks := []Task{{Start: 100, Duration: 300}, {Start: 600, Duration: 80}, {Start: 2000, Duration: 150}}
	traffic := Traffic{Bytes: 4096, Requests: 7}
	tests := []struct {
		name   string
		r      reading
		want   map[Metric]float64
		wantBy string
	}{
		{
			name: "the app's mark wins over the loader",
			r: reading{FCP: ms(500), LCP: ms(700), Mark: ms(1500), LoaderGone: ms(1600), ChartsDrawn: ms(1400),
				LongTasks: tasks, CLS: ms(0.01)},
			want: map[Metric]float64{Bytes: 4096, Requests: 7, FCP: 500, LCP: 700, Charts: 1400, Mounted: 1500,
				LongTasks: 530, TBT: 30, CLS: 0.01},
			wantBy: MountedByMark,
		},
		{
			name: "the loader stands in for a missing mark",
			r:    reading{FCP: ms(50), LoaderGone: ms(2100), ChartsDrawn: ms(1400), LongTasks: tasks},
			want: map[Metric]float64{Bytes: 4096, Requests: 7, FCP: 50, Charts: 1400, Mounted: 2100,
				LongTasks: 530, TBT: 250 + 30 + 100},
			wantBy: MountedByLoader,
		},
		{
			name:   "no blocking time without first paint",
			r:      reading{Mark: ms(1500), LongTasks: tasks},
			want:   map[Metric]float64{Bytes: 4096, Requests: 7, Mounted: 1500, LongTasks: 530},
			wantBy: MountedByMark,
		},
		{
			name: "nothing measured, web-vitals reported no layout shift score yet",
			r:    reading{},
			want: map[Metric]float64{Bytes: 4096, Requests: 7, LongTasks: 0},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := newLoad(tt.r, traffic, true)
			if !maps.Equal(got.Values, tt.want) || got.MountedBy != tt.wantBy {
				t.Errorf("newLoad() = %v by %q, want %v by %q", got.Values, got.MountedBy, tt.want, tt.wantBy)
			}
		})
	}
}
