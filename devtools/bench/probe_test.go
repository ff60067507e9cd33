package bench

import (
	"strings"
	"testing"
)

// TestReadingEndWithoutWasm checks that where app.wasm does not run, a load
// ends once the charts are drawn.
func TestReadingEndWithoutWasm(t *testing.T) {
	r := reading{ChartsDrawn: ms(900), ChartsTotal: 5, ChartsReady: 5, Now: 3000}
	if !r.done(false) {
		t.Error("a load without app.wasm is not done once its charts are drawn")
	}
	if r.done(true) {
		t.Error("a load with app.wasm is done before it has mounted")
	}
}

func TestReadingEnd(t *testing.T) {
	tests := []struct {
		name        string
		r           reading
		wantDone    bool
		wantMissing []string
		wantQuiet   bool
	}{
		{
			name:        "nothing yet",
			r:           reading{ChartsTotal: 5, LoaderPresent: true, Now: 300},
			wantMissing: []string{"charts drawn 0 of 5", "WASM not mounted"},
		},
		{
			name:        "charts drawn, loader still there",
			r:           reading{ChartsDrawn: ms(900), ChartsTotal: 5, ChartsReady: 5, LoaderPresent: true, Now: 3000},
			wantMissing: []string{"WASM not mounted"},
		},
		{
			name:        "mounted, charts lost since",
			r:           reading{ChartsDrawn: ms(900), ChartsTotal: 5, ChartsReady: 2, Mark: ms(1000), Now: 3000},
			wantMissing: []string{"charts drawn 2 of 5"},
		},
		{
			name:     "done, still busy",
			r:        reading{ChartsDrawn: ms(900), ChartsTotal: 5, ChartsReady: 5, Mark: ms(1000), LastActivity: 1500, Now: 2000},
			wantDone: true,
		},
		{
			name:      "done and quiet",
			r:         reading{ChartsDrawn: ms(2500), ChartsTotal: 5, ChartsReady: 5, LoaderGone: ms(1000), LastActivity: 1500, Now: 3500},
			wantDone:  true,
			wantQuiet: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.r.done(true); got != tt.wantDone {
				t.Errorf("done() = %v, want %v", got, tt.wantDone)
			}
			missing := tt.r.missing()
			for _, want := range tt.wantMissing {
				if !strings.Contains(missing, want) {
					t.Errorf("missing() = %q, want it to say %q", missing, want)
				}
			}
			if len(tt.wantMissing) == 0 && missing != "" {
				t.Errorf("missing() = %q, want nothing", missing)
			}
			if tt.wantDone {
				if got := tt.r.quiet(); got != tt.wantQuiet {
					t.Errorf("quiet() = %v, want %v", got, tt.wantQuiet)
				}
			}
		})
	}
}

func TestBuildProbe(t *testing.T) {
	lib := "var webVitals=function(t){return t.onFCP=()=>{},t}({});\n//# sourceMappingURL=web-vitals.iife.js.map\n"
	tests := []struct {
		name          string
		lib           string
		wantErr       string
		want, wantNot []string
	}{
		{
			name: "the build, then probe.js called with its settings and the library",
			lib:  lib,
			want: []string{
				"(() => {\nif (window.top !== window) return;\nvar webVitals=function(t){",
				`"charts":5`, `"mountMark":"app-mounted"`, `"loaderID":"app-wasm-loader"`,
				"(config, vitals) => {", "window.__bench = {", ", webVitals);\n})();",
			},
			wantNot: []string{"sourceMappingURL"},
		},
		{
			name:    "not the IIFE build",
			lib:     "export { onFCP };",
			wantErr: "does not start with var webVitals=",
		},
		{
			name:    "empty",
			lib:     "",
			wantErr: "does not start with var webVitals=",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := buildProbe(tt.lib)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("buildProbe() error = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("buildProbe() error = %v", err)
			}
			for _, want := range tt.want {
				if !strings.Contains(got, want) {
					t.Errorf("buildProbe() lacks %q; got:\n%s", want, got)
				}
			}
			for _, not := range tt.wantNot {
				if strings.Contains(got, not) {
					t.Errorf("buildProbe() has %q; got:\n%s", not, got)
				}
			}
		})
	}
}

func TestProbeScriptWithoutWebVitals(t *testing.T) {
	_, err := probeScript(t.TempDir())
	if err == nil || !strings.Contains(err.Error(), "make bench installs it") {
		t.Errorf("probeScript(empty folder) error = %v, want one that says how to install web-vitals", err)
	}
}
