package server

import (
	"runtime/debug"
	"sync"
	"sync/atomic"
)

// drawer lets one lazily drawn picture be drawn at a time, with its
// layout, its PNG and its compression: a drawing takes tens of
// megabytes, and many first requests at once would take as many times
// that. When the last drawing of a burst ends, it gives the memory back
// to the system.
type drawer struct {
	// one holds a token while a picture is drawn.
	one chan struct{}
	// pending counts the drawings under way or waiting.
	pending atomic.Int32
	// free gives the memory back; debug.FreeOSMemory unless a test
	// counts its calls.
	free func()
}

// newDrawer returns a drawer that frees the memory after a burst.
func newDrawer() *drawer {
	return &drawer{one: make(chan struct{}, 1), free: debug.FreeOSMemory}
}

// drawn returns a function that draws with draw on its first call, one
// drawing at a time across the drawer, and gives what it drew to every
// call.
func drawn[T any](d *drawer, draw func() (T, error)) func() (T, error) {
	return sync.OnceValues(func() (T, error) {
		d.pending.Add(1)
		d.one <- struct{}{}
		v, err := draw()
		<-d.one
		if d.pending.Add(-1) == 0 {
			// The answer need not wait for the collection.
			go d.free()
		}
		return v, err
	})
}
