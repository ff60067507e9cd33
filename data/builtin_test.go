//go:build !wasm

package data

import (
	"bytes"
	"os"
	"reflect"
	"testing"
)

// TestBuiltIn checks that the facts compiled into app.wasm are those of
// the data files, field for field but the server's own (builtin:"-"),
// and that builtin.go is what Generate writes from them now.
func TestBuiltIn(t *testing.T) {
	loaded, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if loaded.Texts.Download.Column.Kind == nil || loaded.Texts.Statement.Title == nil {
		t.Fatal("the loaded facts lack the server's own texts")
	}
	want := *loaded
	zeroServerOnly(reflect.ValueOf(&want).Elem())
	if got := builtIn(); !reflect.DeepEqual(got, &want) {
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
	first := loaded.Figures[0]
	if got := builtIn().Figure(first.ID); got == nil || got.Value != first.Value {
		t.Errorf("builtIn().Figure(%q) = %+v, want the indexed figure, of value %v", first.ID, got, first.Value)
	}
}

// zeroServerOnly empties, in the struct v and the structs it holds, every
// field tagged builtin:"-".
func zeroServerOnly(v reflect.Value) {
	for i := range v.NumField() {
		f := v.Type().Field(i)
		switch {
		case !f.IsExported():
		case serverOnly(f):
			v.Field(i).SetZero()
		case f.Type.Kind() == reflect.Struct:
			zeroServerOnly(v.Field(i))
		}
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
