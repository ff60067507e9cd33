package bench

import (
	"errors"
	"strings"
	"testing"
)

func TestUnitFormat(t *testing.T) {
	tests := []struct {
		unit      Unit
		v, lo, hi float64
		want      string
		wantRange string
	}{
		{Milliseconds, 820.4, 810, 905.6, "820 ms", "810–906 ms"},
		{Kilobytes, 20 * 1024, 1024, 1536, "20.0 KB", "1.0–1.5 KB"},
		{Count, 21, 20, 22, "21", "20–22"},
		{Score, 0.0153, 0, 0.1, "0.015", "0.000–0.100"},
	}
	for _, tt := range tests {
		if got := tt.unit.Format(tt.v); got != tt.want {
			t.Errorf("Format(%v) = %q, want %q", tt.v, got, tt.want)
		}
		if got := tt.unit.FormatRange(tt.lo, tt.hi); got != tt.wantRange {
			t.Errorf("FormatRange(%v, %v) = %q, want %q", tt.lo, tt.hi, got, tt.wantRange)
		}
	}
}

func phoneResult() Result {
	cold := func(fcp, charts float64) Load {
		return Load{Values: map[Metric]float64{FCP: fcp, Charts: charts, Mounted: 9000, CLS: 0.01, TBT: 700, Bytes: 2 << 20}, MountedBy: MountedByLoader}
	}
	return Result{
		Profile: Phone,
		Path:    "/fr",
		Runs:    3,
		Loads: map[Visit][]Load{
			Cold:   {cold(900, 3000), cold(1100, 4000), cold(950, 3600)},
			Repeat: {{Values: map[Metric]float64{Bytes: 512, Charts: 1200}}},
		},
		Errors: []error{errors.New("phone repeat run 2: timed out"), errors.New("phone repeat run 3: timed out")},
	}
}

func TestRows(t *testing.T) {
	rows := map[string]row{}
	for _, rw := range phoneResult().rows() {
		rows[rw.visit+" "+rw.metric] = rw
	}
	tests := []struct {
		key  string
		want row
	}{
		{"cold first contentful paint", row{"cold", "first contentful paint", "950 ms", "900–1100 ms", "3/3", "≤ 1000 ms", "ok"}},
		{"cold charts drawn", row{"cold", "charts drawn", "3600 ms", "3000–4000 ms", "3/3", "≤ 2200 ms", "MISS"}},
		{"cold WASM mounted (loader gone)", row{"cold", "WASM mounted (loader gone)", "9000 ms", "9000–9000 ms", "3/3", "", ""}},
		{"cold total blocking time (FCP to mount, or to the end of a load without app.wasm)", row{"cold", "total blocking time (FCP to mount, or to the end of a load without app.wasm)", "700 ms", "700–700 ms", "3/3", "≤ 150 ms", "MISS"}},
		{"cold largest contentful paint", row{"cold", "largest contentful paint", "–", "–", "0/3", "≤ 1500 ms", "MISS"}},
		{"repeat bytes transferred", row{"repeat", "bytes transferred", "0.5 KB", "0.5–0.5 KB", "1/3", "≤ 20.0 KB", "ok"}},
		{"repeat WASM mounted", row{"repeat", "WASM mounted", "–", "–", "0/3", "", ""}},
		{"repeat charts drawn", row{"repeat", "charts drawn", "1200 ms", "1200–1200 ms", "1/3", "≤ 1500 ms", "ok"}},
	}
	for _, tt := range tests {
		got, ok := rows[tt.key]
		if !ok {
			t.Errorf("no row %q", tt.key)
			continue
		}
		if got != tt.want {
			t.Errorf("row %q = %+v, want %+v", tt.key, got, tt.want)
		}
	}
	if got, want := len(rows), 2*len(Metrics); got != want {
		t.Errorf("%d rows, want %d", got, want)
	}
}

func TestRowsMissingValueMissesTarget(t *testing.T) {
	r := Result{Profile: Desktop, Path: "/fr", Runs: 1, Loads: map[Visit][]Load{}}
	for _, rw := range r.rows() {
		if rw.visit == "cold" && rw.metric == string(Charts) && rw.status != statusMiss {
			t.Errorf("charts never drawn: status %q, want %q", rw.status, statusMiss)
		}
	}
}

func TestWriteReport(t *testing.T) {
	var b strings.Builder
	if err := WriteReport(&b, phoneResult()); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, want := range []string{
		"phone: /fr, 412×823 at 2.6x, mobile, latency 150 ms, 1.6 Mbps down, 750 kbps up, CPU 4x slower, 3 runs\n",
		"visit   metric",
		"cold    charts drawn",
		"≤ 2200 ms   MISS\n",
		"targets missed: 5 of 9\n",
		"error: phone repeat run 2: timed out\nerror: phone repeat run 3: timed out\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("report lacks %q; got:\n%s", want, got)
		}
	}
}

func TestProfileString(t *testing.T) {
	if got, want := Desktop.String(), "1350×940 at 1x, no network throttling"; got != want {
		t.Errorf("Desktop.String() = %q, want %q", got, want)
	}
}

// TestWriteHostReport checks the host page's lines: what the embeds add
// to the host's blocking time, against the target, in both process models.
func TestWriteHostReport(t *testing.T) {
	type line struct{ prefix, median, added, status string }
	tests := []struct {
		name                 string
		bare, embeds, shared []float64
		want                 []line
	}{
		{"within", []float64{0, 10, 0}, []float64{0, 10, 20}, []float64{40, 60, 50}, []line{
			{"with embeds  ", "10 ms (0–20 ms)", "10 ms", "ok"},
			{"with embeds, frames in the host's process", "50 ms (40–60 ms)", "50 ms", "ok"},
		}},
		{"over", []float64{0}, []float64{0}, []float64{51}, []line{
			{"with embeds, frames in the host's process", "51 ms (51–51 ms)", "51 ms", "MISS"},
		}},
		{"nothing measured", nil, nil, nil, []line{{"with embeds  ", "–", "–", "MISS"}}},
	}
	for _, tt := range tests {
		var b strings.Builder
		r := HostResult{Runs: 3, Bare: tt.bare, Embeds: tt.embeds, Shared: tt.shared, Settled: []float64{500}, Errors: []error{errors.New("boom")}}
		if err := WriteHostReport(&b, r); err != nil {
			t.Fatal(err)
		}
		report := b.String()
		for _, want := range tt.want {
			found := false
			for _, l := range strings.Split(report, "\n") {
				if !strings.HasPrefix(l, want.prefix) {
					continue
				}
				found = true
				fields := strings.Split(strings.TrimSpace(l[len(want.prefix):]), "  ")
				var cells []string
				for _, f := range fields {
					if f = strings.TrimSpace(f); f != "" {
						cells = append(cells, f)
					}
				}
				if got := strings.Join(cells, " | "); got != want.median+" | "+want.added+" | ≤ 50 ms | "+want.status {
					t.Errorf("%s: %q line = %q", tt.name, want.prefix, got)
				}
			}
			if !found {
				t.Errorf("%s: no %q line in\n%s", tt.name, want.prefix, report)
			}
		}
		for _, want := range []string{"every frame at its height (with embeds)", "error: boom"} {
			if !strings.Contains(report, want) {
				t.Errorf("%s: report lacks %q", tt.name, want)
			}
		}
	}
}

func TestConfigRuns(t *testing.T) {
	tests := []struct {
		only []string
		name string
		want bool
	}{
		{nil, "phone", true},
		{nil, HostName, true},
		{[]string{HostName}, "phone", false},
		{[]string{"phone", HostName}, HostName, true},
	}
	for _, tt := range tests {
		if got := (Config{Only: tt.only}).runs(tt.name); got != tt.want {
			t.Errorf("Only %v: runs(%q) = %v, want %v", tt.only, tt.name, got, tt.want)
		}
	}
}
