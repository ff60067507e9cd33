//go:build !wasm

package chart

import (
	"bytes"
	"os"
	"testing"

	"github.com/be-us/partnership/data"
)

// TestBuiltinOptions checks that the options app.wasm holds (builtin.go)
// are what GenerateOptions writes from the data files now.
func TestBuiltinOptions(t *testing.T) {
	f, err := data.Load(Needs()...)
	if err != nil {
		t.Fatal(err)
	}
	src, err := GenerateOptions(f)
	if err != nil {
		t.Fatal(err)
	}
	file, err := os.ReadFile("builtin.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(src, file) {
		t.Error("builtin.go is not what GenerateOptions writes from the data files: run make generate")
	}
}
