package budget

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestMeasure(t *testing.T) {
	debug := File{Path: "app.debug.wasm", Data: tinyModule()}
	stripped := File{Path: "app.wasm", Data: module(buildIDSec, typeSec, importSec, funcSec, codeSec, dataSec)}
	r, err := Measure(stripped, debug, Options{Quality: 0, Top: 2})
	if err != nil {
		t.Fatalf("Measure() error: %v", err)
	}
	total := 0
	for _, s := range r.Sections {
		total += s.Bytes
	}
	if total != len(stripped.Data) {
		t.Errorf("sections add up to %d bytes, want the stripped file's %d", total, len(stripped.Data))
	}
	if r.CodeDelta != 0 || r.NameSection != len(nameSec) {
		t.Errorf("CodeDelta = %d, NameSection = %d; want 0, %d", r.CodeDelta, r.NameSection, len(nameSec))
	}
	if r.Brotli <= 0 || r.GroupBrotli["runtime"] <= 0 || r.ModuleBrotli[ModuleStd] <= 0 {
		t.Errorf("Brotli = %d, runtime group %d, std module %d; want all measured", r.Brotli, r.GroupBrotli["runtime"], r.ModuleBrotli[ModuleStd])
	}

	var out strings.Builder
	if err := r.Write(&out); err != nil {
		t.Fatalf("Write() error: %v", err)
	}
	for _, want := range []string{
		"real size   app.wasm: " + thousands(len(stripped.Data)) + " bytes",
		"split from  app.debug.wasm",
		"3 of 3 functions named in full",
		"same size as the stripped build's",
		"Estimates.",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
	for _, want := range [][]string{
		{"code", strconv.Itoa(len(codeSec))},
		{"function", "bodies", "213"},
		{"total", thousands(len(stripped.Data)), "100.0%"},
		{"runtime", "(std)", "1", "3", "1.4%"},
		{"github.com/be-us/partnership", "1", "10", "4.7%"},
	} {
		if !hasRow(out.String(), want) {
			t.Errorf("report lacks a row starting %q:\n%s", want, out.String())
		}
	}
}

// hasRow tells whether a line of text starts with the given fields.
func hasRow(text string, fields []string) bool {
	for line := range strings.Lines(text) {
		got := strings.Fields(line)
		if len(got) >= len(fields) && slices.Equal(got[:len(fields)], fields) {
			return true
		}
	}
	return false
}

func TestMeasureErrors(t *testing.T) {
	named := File{Path: "named.wasm", Data: tinyModule()}
	unnamed := File{Path: "unnamed.wasm", Data: module(typeSec, funcSec, codeSec)}
	broken := File{Path: "broken.wasm", Data: []byte("\x00asm")}
	tests := []struct {
		name            string
		stripped, debug File
		want            string
	}{
		{"debug without names", unnamed, unnamed, "unnamed.wasm has no function names"},
		{"broken stripped", broken, named, "parsing broken.wasm"},
		{"broken debug", named, broken, "parsing broken.wasm"},
		{"bad quality", unnamed, named, "quality 12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			quality := 0
			if tt.name == "bad quality" {
				quality = 12
			}
			_, err := Measure(tt.stripped, tt.debug, Options{Quality: quality})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Measure() error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestMeasureDifferentCode(t *testing.T) {
	other := section(SectionCode, vec(append(uleb(4), body(4)...)))
	stripped := File{Path: "app.wasm", Data: module(typeSec, funcSec, other)}
	r, err := Measure(stripped, File{Path: "app.debug.wasm", Data: tinyModule()}, Options{})
	if err != nil {
		t.Fatalf("Measure() error: %v", err)
	}
	var out strings.Builder
	if err := r.Write(&out); err != nil {
		t.Fatalf("Write() error: %v", err)
	}
	if r.CodeDelta == 0 || !strings.Contains(out.String(), "WARNING") {
		t.Errorf("CodeDelta = %d and report without a warning:\n%s", r.CodeDelta, out.String())
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{thousands(0), "0"},
		{thousands(999), "999"},
		{thousands(1000), "1,000"},
		{thousands(8941009), "8,941,009"},
		{thousands(-1234567), "-1,234,567"},
		{percent(1, 3), "33.3%"},
		{percent(5, 0), "-"},
		{optional(-1), ""},
		{optional(1500), "1,500"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
