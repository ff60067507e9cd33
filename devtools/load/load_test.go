package load

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestMisses(t *testing.T) {
	nginx := Result{Rate: 1000, P99: 10 * time.Millisecond}
	tests := []struct {
		name    string
		product Result
		want    []string
	}{
		{"met", Result{Rate: 800, P99: 20 * time.Millisecond}, nil},
		{"slow", Result{Rate: 799, P99: 10 * time.Millisecond}, []string{"req/s 0.80× nginx's"}},
		{"late", Result{Rate: 1000, P99: 21 * time.Millisecond}, []string{"p99 2.1× nginx's"}},
		{"timeouts", Result{Rate: 1000, P99: time.Millisecond, Errors: 3, Timeouts: 2}, []string{"2 timeouts", "3 errors"}},
	}
	for _, tt := range tests {
		got := Cell{Path: "/fr", Conns: 50, Product: tt.product, Nginx: nginx}.Misses()
		if len(got) != len(tt.want) {
			t.Errorf("%s: Misses() = %q, want %d misses", tt.name, got, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			if !strings.HasPrefix(got[i], w) {
				t.Errorf("%s: miss %d = %q, want it to start with %q", tt.name, i, got[i], w)
			}
		}
	}
}

func TestPrint(t *testing.T) {
	cells := []Cell{{Path: "/web/app.0123456789ab.wasm", Conns: 200, Product: Result{Rate: 500, P99: time.Millisecond}, Nginx: Result{Rate: 1000, P99: time.Millisecond}}}
	var b bytes.Buffer
	if ok := Print(&b, cells, 50<<20, 20<<20); ok {
		t.Error("Print reports every target met for a cell at 0.5× nginx's rate")
	}
	for _, want := range []string{"/web/app.wasm", "0.50", "app.wasm at 200 connections: req/s 0.50×", "product 50.0 MB"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("Print's report lacks %q:\n%s", want, b.String())
		}
	}
	b.Reset()
	if ok := Print(&b, nil, MaxRSS+1, 0); ok {
		t.Error("Print reports every target met with the product above its memory budget")
	}
}
