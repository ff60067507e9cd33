package server

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
)

// TestDrawnOneAtOnce asks for several pictures, each many times, all at
// once: each is drawn once, no two drawings overlap, every caller gets
// its picture or its error, and the memory is freed once the burst ends.
func TestDrawnOneAtOnce(t *testing.T) {
	tests := []struct {
		name     string
		pictures int
		callers  int
		failing  int // the index of the picture whose drawing fails, or -1
	}{
		{"one picture, one caller", 1, 1, -1},
		{"one picture, many callers", 1, 20, -1},
		{"many pictures, many callers", 10, 8, -1},
		{"a drawing that fails", 5, 4, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			freed := make(chan struct{}, 100)
			d := newDrawer()
			d.free = func() { freed <- struct{}{} }
			var now, most atomic.Int32
			draws := make([]atomic.Int32, tt.pictures)
			fail := errors.New("cannot draw")
			gets := make([]func() (string, error), tt.pictures)
			for i := range gets {
				gets[i] = drawn(d, func() (string, error) {
					n := now.Add(1)
					for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
					}
					defer now.Add(-1)
					// Room for another drawing to start, were it let.
					runtime.Gosched()
					draws[i].Add(1)
					if i == tt.failing {
						return "", fail
					}
					return fmt.Sprint("picture ", i), nil
				})
			}
			var wg sync.WaitGroup
			for i := range gets {
				for range tt.callers {
					wg.Go(func() {
						got, err := gets[i]()
						if i == tt.failing {
							if !errors.Is(err, fail) {
								t.Errorf("picture %d: error %v, want %v", i, err, fail)
							}
							return
						}
						if want := fmt.Sprint("picture ", i); got != want || err != nil {
							t.Errorf("picture %d: got %q, %v; want %q, nil", i, got, err, want)
						}
					})
				}
			}
			wg.Wait()
			for i := range draws {
				if got := draws[i].Load(); got != 1 {
					t.Errorf("picture %d drawn %d times, want 1", i, got)
				}
			}
			if got := most.Load(); got != 1 {
				t.Errorf("%d drawings at once, want 1", got)
			}
			// At least one burst ended: the last drawing frees the memory.
			<-freed
			if got := d.pending.Load(); got != 0 {
				t.Errorf("%d drawings pending after the burst, want 0", got)
			}
		})
	}
}
