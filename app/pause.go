package app

import (
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// mounted turns true once app.wasm has taken over the page.
var mounted bool

// pause hands the browser its main thread for a moment during the first
// mount. go-app mounts the whole page in one go; the larger components call
// pause as they render, so the mount runs as a series of short tasks and
// the page keeps answering meanwhile: in WebAssembly a sleeping goroutine
// returns control to the browser's event loop. After the mount it does
// nothing, since go-app then handles clicks on the same goroutine and a
// pause would let a click through unhandled; nor does it in a hidden tab,
// where the browser holds timers back for a second. On the server it does
// nothing.
func pause() {
	if goapp.IsClient && !mounted && !goapp.Window().Get("document").Get("hidden").Bool() {
		time.Sleep(time.Millisecond)
	}
}

// markMounted records the end of the first mount and leaves a performance
// mark, "app-mounted", for the browser's own timings and the benchmarks.
func markMounted() {
	mounted = true
	if perf := goapp.Window().Get("performance"); perf.Truthy() {
		perf.Call("mark", "app-mounted")
	}
}
