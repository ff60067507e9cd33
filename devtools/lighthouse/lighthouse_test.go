package lighthouse

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/be-us/partnership/devtools/chrome"
)

const lighthouseJSON = `{
  "lighthouseVersion": "12.1.0",
  "requestedUrl": "http://127.0.0.1:9000/fr",
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
		want    Run
		wantErr string
	}{
		{
			name: "complete",
			json: lighthouseJSON,
			want: Run{Version: "12.1.0", URL: "http://127.0.0.1:9000/fr", Score: 72, FCP: 911.2, LCP: 2238.4, TBT: 1668, CLS: 0.0153, SI: 1353.9},
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
			got, err := parse([]byte(tt.json))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("parse() error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("parse() error = %v", err)
			}
			if len(got.Warnings) != 1 {
				t.Errorf("warnings = %q, want the report's one", got.Warnings)
			}
			got.Warnings = nil
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("parse() = %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestMedian(t *testing.T) {
	runs := func(scores ...float64) []Run {
		var rs []Run
		for _, s := range scores {
			rs = append(rs, Run{Score: s})
		}
		return rs
	}
	tests := []struct {
		name string
		runs []Run
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
			if got := Median(tt.runs); got != tt.want {
				t.Errorf("Median(%v) = %d, want %d", tt.runs, got, tt.want)
			}
		})
	}
}

func TestWrite(t *testing.T) {
	product := []Run{
		{Score: 80, FCP: 900, LCP: 2000, TBT: 100, CLS: 0.01, SI: 1200},
		{Score: 60, FCP: 1100, LCP: 2600, TBT: 400, CLS: 0.02, SI: 1500, Warnings: []string{"slow"}},
		{Score: 70, FCP: 1000, LCP: 2400, TBT: 300, CLS: 0.015, SI: 1400, Warnings: []string{"slow"}},
	}
	reference := []Run{{Score: 95, FCP: 800, LCP: 1200, TBT: 0, CLS: 0, SI: 900}}
	var b strings.Builder
	if err := Write(&b, []Page{{"product", product}, {"reference", reference}}); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, want := range []string{
		"product    median  70     1000 ms  2400 ms  300 ms  0.015  1400 ms",
		"reference  median  95     800 ms   1200 ms  0 ms    0.000  900 ms",
		"product    2       60",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the report has no %q; got:\n%s", want, got)
		}
	}
	if n := strings.Count(got, "warning: slow"); n != 1 {
		t.Errorf("warning printed %d times, want once; got:\n%s", n, got)
	}
	if err := Write(&b, []Page{{"product", nil}}); err == nil {
		t.Errorf("Write with a page of no runs: no error, want one")
	}
}

// TestChromeFlags holds the Chromium that Lighthouse starts to the
// project's flags: nothing leaves the machine.
func TestChromeFlags(t *testing.T) {
	data, err := os.ReadFile("lighthouserc.json")
	if err != nil {
		t.Fatal(err)
	}
	var rc struct {
		CI struct {
			Collect struct {
				Settings struct {
					ChromeFlags          string `json:"chromeFlags"`
					EnableErrorReporting *bool  `json:"enableErrorReporting"`
				} `json:"settings"`
			} `json:"collect"`
		} `json:"ci"`
	}
	if err := json.Unmarshal(data, &rc); err != nil {
		t.Fatalf("lighthouserc.json: %v", err)
	}
	s := rc.CI.Collect.Settings
	for _, f := range chrome.Flags {
		if !strings.Contains(" "+s.ChromeFlags+" ", " "+f.Arg()+" ") {
			t.Errorf("chromeFlags %q lack %s", s.ChromeFlags, f.Arg())
		}
	}
	if s.EnableErrorReporting == nil || *s.EnableErrorReporting {
		t.Errorf("enableErrorReporting is not false: Lighthouse may send its crashes away")
	}
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
			runs, err := Read(dir)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("Read() error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Read() error = %v", err)
			}
			var scores []float64
			for _, r := range runs {
				scores = append(scores, r.Score)
			}
			if !reflect.DeepEqual(scores, tt.wantScores) {
				t.Errorf("Read() scores = %v, want %v", scores, tt.wantScores)
			}
		})
	}
	if _, err := Read(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("Read(missing folder): no error, want one")
	}
}
