// Command soak runs the presentation through many slide changes, as a
// kiosk does for hours, and prints the JavaScript heap and the counts of
// ECharts instances, event listeners and DOM nodes at the start and at the
// end. It exits 1 when one grew by more than 5 %.
//
//	soak [-site bin/site] [-path /fr/present] [-changes 500] [-interval 40ms]
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/be-us/partnership/devtools/bench"
)

func main() {
	cfg := bench.SoakConfig{Progress: os.Stderr}
	flag.StringVar(&cfg.Site, "site", "bin/site", "server binary to start")
	flag.StringVar(&cfg.Path, "path", "/fr/present", "presentation to run")
	flag.IntVar(&cfg.Changes, "changes", 500, "slide changes")
	flag.DurationVar(&cfg.Interval, "interval", 40e6, "time between two slide changes")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := bench.Soak(ctx, cfg, os.Stdout)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		os.Exit(1)
	}
}
