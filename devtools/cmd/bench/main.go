// Command bench measures how the built site loads in Chromium, as a
// throttled phone and as a desktop, cold and on a repeat visit, and what
// embeds of it cost a page of another site, and prints each metric beside
// its target. With -lighthouse it runs Lighthouse, through Lighthouse CI,
// against the same server instead.
//
//	bench [-site bin/site] [-path /fr] [-runs 3] [-only phone,desktop,present,host] [-vitals-dir devtools/bench/vitals]
//	bench -lighthouse [-site bin/site] [-path /fr] [-runs 3] [-lighthouse-dir devtools/bench/lighthouse]
//
// Missed targets do not change the exit status (timings depend on the
// machine); errors do.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/be-us/partnership/devtools/bench"
)

func main() {
	cfg := bench.Config{Progress: os.Stderr}
	flag.StringVar(&cfg.Site, "site", "bin/site", "server binary to start")
	flag.StringVar(&cfg.Path, "path", "/fr", "page to load")
	flag.IntVar(&cfg.Runs, "runs", 3, "cold loads per profile (each followed by a repeat visit), or Lighthouse runs")
	only := flag.String("only", "", "run only these parts, separated by commas: phone, desktop, present, host")
	lighthouse := flag.Bool("lighthouse", false, "run Lighthouse (through Lighthouse CI) instead of the browser benchmark")
	flag.StringVar(&cfg.LighthouseDir, "lighthouse-dir", "devtools/bench/lighthouse", "folder where npm installed Lighthouse CI (@lhci/cli)")
	flag.StringVar(&cfg.VitalsDir, "vitals-dir", "devtools/bench/vitals", "folder where npm installed the web-vitals library")
	flag.Parse()
	if *only != "" {
		cfg.Only = strings.Split(*only, ",")
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	run := bench.Run
	if *lighthouse {
		run = bench.Lighthouse
	}
	err := run(ctx, cfg, os.Stdout)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}
