package bench

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const lighthouseJSON = `{
  "lighthouseVersion": "12.1.0",
  "runWarnings": ["The page loaded too slowly."],
  "categories": {"performance": {"score": 0.72}},
  "audits": {
    "first-contentful-paint": {"numericValue": 911.2},
    "largest-contentful-paint": {"numericValue": 2238.4},
    "total-blocking-time": {"numericValue": 1668},
    "cumulative-layout-shift": {"numericValue": 0.0153},
    "speed-index": {"numericValue": 1353.9},
    "interactive": {"numericValue": 9000}
  }
}`

func TestParseLighthouse(t *testing.T) {
	tests := []struct {
		name    string
		json    string
		want    LighthouseRun
		wantErr string
	}{
		{
			name: "complete",
			json: lighthouseJSON,
			want: LighthouseRun{Version: "12.1.0", Score: 72, FCP: 911.2, LCP: 2238.4, TBT: 1668, CLS: 0.0153, SI: 1353.9},
		},
		{
			name:    "runtime error",
			json:    `{"runtimeError": {"code": "NO_FCP", "message": "The page did not paint any content."}, "categories": {"performance": {"score": null}}}`,
			wantErr: "NO_FCP: The page did not paint any content.",
		},
		{
			name:    "no score",
			json:    `{"categories": {"performance": {"score": null}}}`,
			wantErr: "no performance score",
		},
		{
			name:    "metric missing",
			json:    `{"categories": {"performance": {"score": 0.5}}, "audits": {"first-contentful-paint": {"numericValue": 1}, "speed-index": {}}}`,
			wantErr: "no value for largest-contentful-paint, total-blocking-time, cumulative-layout-shift, speed-index",
		},
		{
			name:    "not JSON",
			json:    `<html>`,
			wantErr: "decoding the report",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseLighthouse([]byte(tt.json))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("parseLighthouse() error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("parseLighthouse() error = %v", err)
			}
			if len(got.Warnings) != 1 {
				t.Errorf("warnings = %q, want the report's one", got.Warnings)
			}
			got.Warnings = nil
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parseLighthouse() = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestMedianRun(t *testing.T) {
	runs := func(scores ...float64) []LighthouseRun {
		var rs []LighthouseRun
		for _, s := range scores {
			rs = append(rs, LighthouseRun{Score: s})
		}
		return rs
	}
	tests := []struct {
		name string
		runs []LighthouseRun
		want int
	}{
		{"one", runs(50), 0},
		{"three", runs(70, 40, 55), 2},
		{"three sorted", runs(40, 55, 70), 1},
		{"ties keep the first", runs(55, 55, 55), 1},
		{"even count takes the lower middle", runs(90, 10, 60, 30), 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MedianRun(tt.runs); got != tt.want {
				t.Errorf("MedianRun(%v) = %d, want %d", tt.runs, got, tt.want)
			}
		})
	}
}

func TestWriteLighthouseReport(t *testing.T) {
	runs := []LighthouseRun{
		{Version: "12.1.0", Score: 80, FCP: 900, LCP: 2000, TBT: 100, CLS: 0.01, SI: 1200},
		{Version: "12.1.0", Score: 60, FCP: 1100, LCP: 2600, TBT: 400, CLS: 0.02, SI: 1500, Warnings: []string{"slow"}},
		{Version: "12.1.0", Score: 70, FCP: 1000, LCP: 2400, TBT: 300, CLS: 0.015, SI: 1400, Warnings: []string{"slow"}},
	}
	var b strings.Builder
	if err := WriteLighthouseReport(&b, "/fr", runs); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, want := range []string{
		"Lighthouse 12.1.0: /fr, mobile, simulated throttling, 3 runs\n",
		"median: performance 70, FCP 1000 ms, LCP 2400 ms, TBT 300 ms, CLS 0.015, SI 1400 ms\n",
		"1400 ms  median\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("report lacks %q; got:\n%s", want, got)
		}
	}
	if n := strings.Count(got, "warning: slow"); n != 1 {
		t.Errorf("warning printed %d times, want once; got:\n%s", n, got)
	}
	if err := WriteLighthouseReport(&b, "/fr", nil); err == nil {
		t.Errorf("WriteLighthouseReport with no runs: no error, want one")
	}
}

func TestLHCIConfig(t *testing.T) {
	data, err := lhciConfig("http://127.0.0.1:9000/fr", 3, "/opt/chromium")
	if err != nil {
		t.Fatal(err)
	}
	var rc lhciRC
	if err := json.Unmarshal(data, &rc); err != nil {
		t.Fatalf("lhciConfig() is not JSON: %v\n%s", err, data)
	}
	c := rc.CI.Collect
	for _, check := range []struct {
		name      string
		got, want any
	}{
		{"url", c.URL, []string{"http://127.0.0.1:9000/fr"}},
		{"numberOfRuns", c.NumberOfRuns, 3},
		{"chromePath", c.ChromePath, "/opt/chromium"},
		{"formFactor", c.Settings.FormFactor, "mobile"},
		{"throttlingMethod", c.Settings.ThrottlingMethod, "simulate"},
		{"onlyCategories", c.Settings.OnlyCategories, []string{"performance"}},
		{"enableErrorReporting", c.Settings.EnableErrorReporting, false},
	} {
		if !reflect.DeepEqual(check.got, check.want) {
			t.Errorf("ci.collect %s = %v, want %v", check.name, check.got, check.want)
		}
	}
	for _, flag := range []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run",
		`--host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"`} {
		if !slices.Contains(splitFlags(c.Settings.ChromeFlags), flag) {
			t.Errorf("chromeFlags %q lack %s", c.Settings.ChromeFlags, flag)
		}
	}
	if !strings.Contains(string(data), `"enableErrorReporting": false`) {
		t.Errorf("lhciConfig() leaves Lighthouse's error reporting to its default:\n%s", data)
	}
}

// splitFlags splits a command line at the spaces outside double quotes.
func splitFlags(s string) []string {
	var flags []string
	quoted, start := false, 0
	for i, r := range s + " " {
		switch {
		case r == '"':
			quoted = !quoted
		case r == ' ' && !quoted:
			if i > start {
				flags = append(flags, s[start:i])
			}
			start = i + 1
		}
	}
	return flags
}

func TestReadLHCIResults(t *testing.T) {
	report := func(score float64) string {
		return strings.Replace(lighthouseJSON, `"score": 0.72`, `"score": `+strconv.FormatFloat(score, 'f', -1, 64), 1)
	}
	tests := []struct {
		name       string
		files      map[string]string
		wantScores []float64
		wantErr    string
	}{
		{
			name: "in the order saved, the rest left alone",
			files: map[string]string{
				"lhr-1700000000900.json": report(0.5),
				"lhr-1700000000100.json": report(0.9),
				"lhr-999.json":           report(0.3),
				"lhr-1700000000100.html": "<html>",
				"flags-1234.json":        "{}",
				"links.json":             "{}",
			},
			wantScores: []float64{30, 90, 50},
		},
		{
			name:    "none saved",
			files:   map[string]string{"lhr-1.html": "<html>"},
			wantErr: "no report of Lighthouse CI",
		},
		{
			name:    "a run that failed",
			files:   map[string]string{"lhr-1.json": report(0.5), "lhr-2.json": `{"runtimeError": {"code": "NO_FCP", "message": "no paint"}}`},
			wantErr: "lighthouse run 2 (lhr-2.json): lighthouse failed: NO_FCP",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, body := range tt.files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			runs, err := readLHCIResults(dir)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("readLHCIResults() error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("readLHCIResults() error = %v", err)
			}
			var scores []float64
			for _, r := range runs {
				scores = append(scores, r.Score)
			}
			if !reflect.DeepEqual(scores, tt.wantScores) {
				t.Errorf("readLHCIResults() scores = %v, want %v", scores, tt.wantScores)
			}
		})
	}
	if _, err := readLHCIResults(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("readLHCIResults(missing folder): no error, want one")
	}
}
