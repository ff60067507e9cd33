//go:build !wasm

package data

import (
	"bytes"
	"os"
	"reflect"
	"testing"
)

// TestBuiltIn checks that the facts compiled into app.wasm are those of
// the data files, field for field, and that builtin.go is what Generate
// writes from them now.
func TestBuiltIn(t *testing.T) {
	loaded, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if got := builtIn(); !reflect.DeepEqual(got, loaded) {
		t.Error("builtIn() differs from the data files: run make generate")
	}
	src, err := Generate(loaded)
	if err != nil {
		t.Fatal(err)
	}
	file, err := os.ReadFile("builtin.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(src, file) {
		t.Error("builtin.go is not what Generate writes from the data files: run make generate")
	}
	if got := builtIn().Figure("aid.direct"); got == nil || got.Value != 2.5e9 {
		t.Errorf("builtIn().Figure(\"aid.direct\") = %+v, want the indexed figure", got)
	}
}

// BenchmarkBuiltIn is what app.wasm does in place of Load.
func BenchmarkBuiltIn(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if builtIn() == nil {
			b.Fatal("no facts")
		}
	}
}
