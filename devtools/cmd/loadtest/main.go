// Command loadtest puts the product and nginx under the same load, side
// by side, and prints req/s, latencies, errors and timeouts for both, the
// ratios, and the product's memory. nginx serves the product's static
// export (site -export) with its nginx.conf: the same headers and the
// same precompressed files. It exits 1 when the product misses a target:
// ≥ 0.8× nginx's req/s and ≤ 2× its p99 in every cell, no timeout, and
// ≤ 80 MB resident.
//
//	loadtest [-site bin/site] [-vegeta bin/vegeta] [-duration 20s] [-conns 50,200]
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/be-us/partnership/devtools/bench"
	"github.com/be-us/partnership/devtools/load"
)

func main() {
	site := flag.String("site", "bin/site", "server binary")
	vegeta := flag.String("vegeta", "bin/vegeta", "vegeta binary")
	duration := flag.Duration("duration", 20*time.Second, "length of each attack")
	connsList := flag.String("conns", "50,200", "numbers of connections, separated by commas")
	flood := flag.Int("flood", 10000, "idle connections for the flood, after the load (0: none)")
	split := flag.Bool("split", runtime.NumCPU() > 1, "run the servers on the first half of the processors and vegeta on the others (taskset)")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	ok, err := run(ctx, *site, *vegeta, *duration, *connsList, *split, *flood)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(2)
	}
	if !ok {
		os.Exit(1)
	}
}

func run(ctx context.Context, site, vegeta string, d time.Duration, connsList string, split bool, flood int) (bool, error) {
	var conns []int
	for _, f := range strings.Split(connsList, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return false, fmt.Errorf("-conns: %q is no number of connections", f)
		}
		conns = append(conns, n)
	}
	tmp, err := os.MkdirTemp("", "loadtest-")
	if err != nil {
		return false, err
	}
	defer os.RemoveAll(tmp)
	// nginx's workers run as another user, who must read the export.
	if err := os.Chmod(tmp, 0o755); err != nil {
		return false, err
	}
	dist := filepath.Join(tmp, "dist")
	if out, err := exec.CommandContext(ctx, site, "-export", dist, "-prefix", "").CombinedOutput(); err != nil {
		return false, fmt.Errorf("exporting: %w\n%s", err, out)
	}
	paths, err := targets(dist)
	if err != nil {
		return false, err
	}

	// Either both servers and vegeta share every processor, or the
	// servers have the first half and vegeta the rest: a load generator
	// on the server's processors measures how the two share them as much
	// as how fast the server is.
	var serverCPUs, loadCPUs []string
	workers := runtime.NumCPU()
	if split {
		half := runtime.NumCPU() / 2
		serverCPUs = []string{"taskset", "-c", fmt.Sprintf("0-%d", half-1)}
		loadCPUs = []string{"taskset", "-c", fmt.Sprintf("%d-%d", half, runtime.NumCPU()-1)}
		workers = half
	}
	product, err := bench.StartSiteUnder(ctx, serverCPUs, site, "-access-log=false")
	if err != nil {
		return false, err
	}
	defer product.Stop()
	nginx, err := load.StartNginx(ctx, serverCPUs, dist, workers)
	if err != nil {
		return false, err
	}
	defer nginx.Stop()
	productRSS := load.WatchRSS(func() []int { return []int{product.PID()} })
	nginxRSS := load.WatchRSS(nginx.PIDs)
	// The start's peak is not load.
	time.Sleep(time.Second)
	productRSS.Reset()
	nginxRSS.Reset()

	var cells []load.Cell
	for _, n := range conns {
		for _, p := range paths {
			c := load.Cell{Path: p, Conns: n}
			fmt.Fprintf(os.Stderr, "%s, %d connections, %v each: product", p, n, d)
			if c.Product, err = load.Attack(ctx, loadCPUs, vegeta, product.URL()+p, n, d); err != nil {
				return false, err
			}
			fmt.Fprint(os.Stderr, ", nginx\n")
			if c.Nginx, err = load.Attack(ctx, loadCPUs, vegeta, "http://"+nginx.Addr+p, n, d); err != nil {
				return false, err
			}
			cells = append(cells, c)
		}
	}
	loadRSS, nginxLoadRSS := productRSS.Max(), nginxRSS.Max()

	// Then a flood of idle keep-alive connections: health checks on
	// fresh connections must still be answered.
	var floods [2]load.FloodResult
	var floodRSS int64
	if flood > 0 {
		productRSS.Reset()
		for i, addr := range []string{product.Addr, nginx.Addr} {
			fmt.Fprintf(os.Stderr, "%d idle connections to %s\n", flood, addr)
			if floods[i], err = load.Flood(ctx, addr, flood, 10*time.Second); err != nil {
				return false, err
			}
			if i == 0 {
				floodRSS = productRSS.Max()
			}
			// Their sockets close before the next flood.
			time.Sleep(2 * time.Second)
		}
	}
	productRSS.Stop()
	nginxRSS.Stop()
	where := "servers and vegeta on every processor"
	if split {
		where = fmt.Sprintf("servers on processors %s (nginx with %d workers), vegeta on %s", serverCPUs[2], workers, loadCPUs[2])
	}
	fmt.Printf("%s, %d processors: %s; %v each, Accept-Encoding: br, vegeta at full rate, no access logs\n\n", runtime.GOOS, runtime.NumCPU(), where, d)
	ok := load.Print(os.Stdout, cells, loadRSS, nginxLoadRSS)
	if flood > 0 {
		fmt.Printf("\nflood of %d idle keep-alive connections, health checked every 0.5 s for 10 s (%v timeout):\n", flood, load.ProbeTimeout)
		fmt.Printf("  product: %v; highest resident memory %.1f MB\n", floods[0], float64(floodRSS)/(1<<20))
		fmt.Printf("  nginx:   %v\n", floods[1])
		if floods[0].OK < floods[0].Probes {
			ok = false
			fmt.Println("missed: health checks unanswered during the flood")
		}
	}
	return ok, nil
}

// targets are the paths under load: the French page, the ECharts bundle
// and app.wasm under their versioned names, and the health check.
func targets(dist string) ([]string, error) {
	paths := []string{"/fr"}
	for _, pattern := range []string{"echarts.*.js", "app.*.wasm"} {
		m, err := filepath.Glob(filepath.Join(dist, "web", pattern))
		if err != nil || len(m) != 1 {
			return nil, fmt.Errorf("the export has %d files %s, want 1", len(m), pattern)
		}
		paths = append(paths, "/web/"+filepath.Base(m[0]))
	}
	return append(paths, "/healthz"), nil
}
