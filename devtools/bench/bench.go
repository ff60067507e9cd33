// Package bench measures how the built site loads in Chromium: it starts
// the server binary and loads a page cold and again with the service
// worker in place, as a throttled phone and as a desktop, and a page of
// another site with embeds of the site. The bytes and requests come from
// Chromium's own network events, the paints and the layout shift from the
// web-vitals library, installed in every page. It reports the median and
// range of each metric beside the project's targets.
package bench

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/be-us/partnership/devtools/host"
)

// Config says what the benchmark runs.
type Config struct {
	// Site is the server binary (built by make build).
	Site string
	// Path is the page to load, as in "/fr".
	Path string
	// Runs is how many times each profile loads the page cold, each in a
	// fresh browser followed by a repeat visit.
	Runs int
	// Only, when not empty, lists what to run: the names of profiles
	// ("phone", "desktop") and "host" for the host page.
	Only []string
	// VitalsDir is the folder where npm installed the web-vitals library.
	VitalsDir string
	// Progress receives a line per load as the benchmark goes; nil
	// discards them.
	Progress io.Writer
}

func (c Config) check() error {
	switch {
	case c.Runs < 1:
		return fmt.Errorf("runs: %d, want at least 1", c.Runs)
	case !strings.HasPrefix(c.Path, "/"):
		return fmt.Errorf("path: %q, want one starting with /", c.Path)
	}
	return nil
}

// runs reports whether the benchmark runs the named part.
func (c Config) runs(name string) bool {
	return len(c.Only) == 0 || slices.Contains(c.Only, name)
}

func (c Config) progress(format string, args ...any) {
	if c.Progress != nil {
		fmt.Fprintf(c.Progress, format+"\n", args...)
	}
}

// Run starts the site, loads the page with every profile and writes one
// report per profile to out. Missed targets are reported,
// not returned: Run returns an error when something failed, a page load
// among others, after the reports are written.
func Run(ctx context.Context, cfg Config, out io.Writer) error {
	if err := cfg.check(); err != nil {
		return err
	}
	probe, err := probeScript(cfg.VitalsDir)
	if err != nil {
		return err
	}
	// A page of another site embeds the site: the site lets it frame it.
	hosts := host.New()
	defer hosts.Close()
	site, err := StartSite(ctx, cfg.Site, "-frame-ancestors", hosts.Origin())
	if err != nil {
		return err
	}
	defer site.Stop()
	hosts.Allow(site.URL())
	bare, embeds, err := hostPages(hosts, site.URL())
	if err != nil {
		return err
	}

	failed, written := 0, false
	for _, p := range Profiles {
		if !cfg.runs(p.Name) {
			continue
		}
		res := runProfile(ctx, cfg, p, site.URL()+cfg.Path+p.Query, probe)
		if written {
			fmt.Fprintln(out)
		}
		written = true
		if err := WriteReport(out, res); err != nil {
			return err
		}
		failed += len(res.Errors)
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	if ctx.Err() == nil && cfg.runs(PresentName) {
		res := runPresent(ctx, cfg, site.URL()+"/fr/present", probe)
		if written {
			fmt.Fprintln(out)
		}
		written = true
		if err := WritePresentReport(out, res); err != nil {
			return err
		}
		failed += len(res.Errors)
	}
	if ctx.Err() == nil && cfg.runs(HostName) {
		res := runHost(ctx, cfg, bare, embeds, probe)
		if written {
			fmt.Fprintln(out)
		}
		if err := WriteHostReport(out, res); err != nil {
			return err
		}
		failed += len(res.Errors)
	}
	if failed > 0 {
		return fmt.Errorf("%d errors (listed under the reports)", failed)
	}
	return site.Stop()
}

// runProfile runs the cold and repeat visits of one profile cfg.Runs times.
// probe is the script installed in every page (probeScript).
func runProfile(ctx context.Context, cfg Config, p Profile, url, probe string) Result {
	res := Result{Profile: p, Path: cfg.Path, Runs: cfg.Runs, Loads: map[Visit][]Load{}}
	for run := 1; run <= cfg.Runs && ctx.Err() == nil; run++ {
		err := visitTwice(ctx, p, url, probe, func(v Visit, l Load, err error) {
			if l.Values != nil {
				res.Loads[v] = append(res.Loads[v], l)
			}
			if err != nil {
				res.Errors = append(res.Errors, fmt.Errorf("%s %s run %d: %w", p.Name, v, run, err))
				cfg.progress("%s %s %d/%d failed: %v", p.Name, v, run, cfg.Runs, err)
				return
			}
			cfg.progress("%s %s %d/%d: %s", p.Name, v, run, cfg.Runs, l)
		})
		if err != nil {
			res.Errors = append(res.Errors, fmt.Errorf("%s run %d: %w", p.Name, run, err))
		}
	}
	return res
}
