package web

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// TestFSStaysInItsFolder reads assets from a folder on disk: a file in it
// reads, a link that leads out of it does not.
func TestFSStaysInItsFolder(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "app.css"), []byte("body{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	secret := filepath.Join(outside, "secret.txt")
	if err := os.WriteFile(secret, []byte("secret"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(secret, filepath.Join(dir, "leak.css")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "sub")); err != nil {
		t.Fatal(err)
	}
	fsys, err := FS(dir)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		ok   bool
	}{
		{"app.css", true},
		{"leak.css", false},
		{"sub/secret.txt", false},
		{"../" + filepath.Base(outside) + "/secret.txt", false},
	}
	for _, tt := range tests {
		_, err := fs.ReadFile(fsys, tt.name)
		if got := err == nil; got != tt.ok {
			t.Errorf("reading %s: error %v, want readable = %v", tt.name, err, tt.ok)
		}
	}
	if _, err := FS(filepath.Join(dir, "missing")); err == nil {
		t.Error("a missing folder gave no error")
	}
}
