//go:build wasm

package main

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data"
)

// main runs in the browser: it registers the same page table as the server
// and takes over the prerendered page; the charts' components keep the
// charts the page's script drew. Without valid data it leaves the
// prerendered page as it is, which still has every text, figure and table.
func main() {
	facts, err := data.Load()
	if err != nil {
		goapp.Log("loading data:", err)
		return
	}
	app.Register(facts, app.SiteOfPage())
	// Starting Go, making the charts and mounting the page are three tasks,
	// not one long one: the browser answers in between.
	yield()
	app.Warm(facts)
	yield()
	goapp.RunWhenOnBrowser()
}

// yield hands the main thread back to the browser for one turn of its
// event loop.
func yield() {
	done := make(chan struct{})
	var next goapp.Func
	next = goapp.FuncOf(func(goapp.Value, []goapp.Value) any {
		next.Release()
		close(done)
		return nil
	})
	goapp.Window().Call("setTimeout", next, 0)
	<-done
}
