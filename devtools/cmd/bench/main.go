// Command bench measures how the built site loads in Chromium, as a
// throttled phone and as a desktop, cold and on a repeat visit, and what
// embeds of it cost a page of another site, and prints each metric beside
// its target.
//
//	bench [-site bin/site] [-path /fr] [-runs 3] [-only phone,desktop,present,host] [-vitals-dir devtools/bench/vitals]
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
	flag.IntVar(&cfg.Runs, "runs", 3, "cold loads per profile, each followed by a repeat visit")
	only := flag.String("only", "", "run only these parts, separated by commas: phone, desktop, present, host")
	flag.StringVar(&cfg.VitalsDir, "vitals-dir", "devtools/bench/vitals", "folder where npm installed the web-vitals library")
	flag.Parse()
	if *only != "" {
		cfg.Only = strings.Split(*only, ",")
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := bench.Run(ctx, cfg, os.Stdout)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}
