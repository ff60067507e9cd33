// Command lighthouse has Lighthouse CI run Lighthouse on the built site
// and, with -reference, on a page to compare it with, in turns, and
// prints their runs and medians side by side.
//
//	lighthouse [-site bin/site] [-path /fr] [-reference dir] [-runs 3] [-within 2]
//
// Lighthouse's settings are in devtools/lighthouse/lighthouserc.json. The
// reference folder is served by nginx with gzip, as a hand-written page
// would be. The runs alternate, so that whatever else the machine does
// weighs on both pages alike. With -reference, the command exits 1 when
// the site's median score is more than -within points below the
// reference's.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/be-us/partnership/devtools/bench"
	"github.com/be-us/partnership/devtools/chrome"
	"github.com/be-us/partnership/devtools/lighthouse"
	"github.com/be-us/partnership/devtools/load"
)

// referenceConf serves the reference folder as a plain web server would:
// compressed, revalidated.
const referenceConf = `gzip on;
gzip_types text/css application/javascript text/javascript image/svg+xml;
location / {
    add_header Cache-Control "no-cache";
}
`

func main() {
	site := flag.String("site", "bin/site", "server binary to start")
	path := flag.String("path", "/fr", "page of the site to run Lighthouse on")
	reference := flag.String("reference", "", "folder of a page to compare the site with (served by nginx)")
	referencePath := flag.String("reference-path", "/", "page of the reference folder")
	runs := flag.Int("runs", 3, "Lighthouse runs of each page")
	within := flag.Float64("within", 2, "how many points the site's median score may fall below the reference's")
	dir := flag.String("dir", "devtools/lighthouse", "folder of lighthouserc.json, where npm installed Lighthouse CI")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	pages, err := run(ctx, *site, *path, *reference, *referencePath, *runs, *dir)
	if err == nil {
		err = lighthouse.Write(os.Stdout, pages)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "lighthouse:", err)
		os.Exit(1)
	}
	if len(pages) == 2 {
		got, ref := pages[0].Runs[lighthouse.Median(pages[0].Runs)].Score, pages[1].Runs[lighthouse.Median(pages[1].Runs)].Score
		fmt.Printf("site %.0f, reference %.0f: %+.0f points (target: %+.0f or better)\n", got, ref, got-ref, -*within)
		if got < ref-*within {
			os.Exit(1)
		}
	}
}

// run starts the site and the reference and has Lighthouse CI run each in
// turn, runs times.
func run(ctx context.Context, binary, path, reference, referencePath string, runs int, dir string) ([]lighthouse.Page, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	lhci := filepath.Join(dir, "node_modules", ".bin", "lhci")
	if _, err := os.Stat(lhci); err != nil {
		return nil, fmt.Errorf("lhci is not installed (make lighthouse installs it): %w", err)
	}
	chromium, err := chrome.Find()
	if err != nil {
		return nil, err
	}
	site, err := bench.StartSite(ctx, binary)
	if err != nil {
		return nil, err
	}
	defer site.Stop()
	pages := []lighthouse.Page{{Name: "site"}}
	urls := []string{site.URL() + path}
	if reference != "" {
		conf, err := os.CreateTemp("", "reference-*.conf")
		if err != nil {
			return nil, err
		}
		defer os.Remove(conf.Name())
		if _, err := io.WriteString(conf, referenceConf); err != nil {
			return nil, err
		}
		conf.Close()
		n, err := load.RunNginx(ctx, load.NginxConfig{Root: reference, Conf: conf.Name()})
		if err != nil {
			return nil, fmt.Errorf("serving the reference: %w", err)
		}
		defer n.Stop()
		pages = append(pages, lighthouse.Page{Name: "reference"})
		urls = append(urls, n.URL+referencePath)
	}
	// Lighthouse CI keeps its reports in .lighthouseci under the folder
	// it runs in.
	work, err := os.MkdirTemp("", "lhci-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(work)
	for i := range runs {
		for j, url := range urls {
			fmt.Fprintf(os.Stderr, "lighthouse %d/%d: %s\n", i+1, runs, pages[j].Name)
			cmd := exec.CommandContext(ctx, lhci, "collect", "--config="+filepath.Join(dir, "lighthouserc.json"), "--url="+url, "--additive")
			cmd.Dir = work
			cmd.Env = append(os.Environ(), "CHROME_PATH="+chromium)
			if out, err := cmd.CombinedOutput(); err != nil {
				return nil, fmt.Errorf("lhci collect %s: %w\n%s", url, err, out)
			}
		}
	}
	all, err := lighthouse.Read(filepath.Join(work, ".lighthouseci"))
	if err != nil {
		return nil, err
	}
	for _, r := range all {
		for j, url := range urls {
			if r.URL == url {
				pages[j].Runs = append(pages[j].Runs, r)
			}
		}
	}
	for _, p := range pages {
		if len(p.Runs) != runs {
			return nil, fmt.Errorf("%d reports of %s, want %d", len(p.Runs), p.Name, runs)
		}
	}
	return pages, nil
}
