package load

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
)

// Result is what one attack measured.
type Result struct {
	// Requests were sent; OK of them answered 200.
	Requests, OK int
	// Rate is the answers 200 a second.
	Rate float64
	// P50 and P99 are the latencies' median and 99th percentile, to the
	// last byte of the answer.
	P50, P99 time.Duration
	// Errors are the requests without a 200 answer; Timeouts those of
	// them that ran out of time.
	Errors, Timeouts int
}

// Attack sends GET url from conns connections, as fast as they go, for d,
// each asking for brotli, with vegeta (the binary at vegeta) started by
// the command wrap.
func Attack(ctx context.Context, wrap []string, vegeta, url string, conns int, d time.Duration) (Result, error) {
	out, err := os.CreateTemp("", "vegeta-*.bin")
	if err != nil {
		return Result{}, err
	}
	out.Close()
	defer os.Remove(out.Name())
	n := strconv.Itoa(conns)
	argv := append(append([]string(nil), wrap...), vegeta, "attack",
		"-rate=0", "-workers", n, "-max-workers", n, "-connections", n, "-max-connections", n,
		"-duration", d.String(), "-timeout", "30s", "-max-body", "0",
		"-header", "Accept-Encoding: br", "-output", out.Name())
	attack := exec.CommandContext(ctx, argv[0], argv[1:]...)
	attack.Stdin = strings.NewReader("GET " + url + "\n")
	attack.Stderr = os.Stderr
	if err := attack.Run(); err != nil {
		return Result{}, fmt.Errorf("vegeta attack %s: %w", url, err)
	}
	report, err := exec.CommandContext(ctx, vegeta, "report", "-type=json", out.Name()).Output()
	if err != nil {
		return Result{}, fmt.Errorf("vegeta report: %w", err)
	}
	var rep struct {
		Latencies struct {
			P50 int64 `json:"50th"`
			P99 int64 `json:"99th"`
		} `json:"latencies"`
		Requests    int            `json:"requests"`
		Throughput  float64        `json:"throughput"`
		StatusCodes map[string]int `json:"status_codes"`
	}
	if err := json.Unmarshal(report, &rep); err != nil {
		return Result{}, fmt.Errorf("reading vegeta's report: %w", err)
	}
	r := Result{
		Requests: rep.Requests, OK: rep.StatusCodes["200"], Rate: rep.Throughput,
		P50: time.Duration(rep.Latencies.P50), P99: time.Duration(rep.Latencies.P99),
	}
	r.Errors = r.Requests - r.OK
	if r.Errors > 0 {
		if r.Timeouts, err = timeouts(ctx, vegeta, out.Name()); err != nil {
			return Result{}, err
		}
	}
	return r, nil
}

// timeouts counts the results in vegeta's output file whose error is a
// timeout.
func timeouts(ctx context.Context, vegeta, results string) (int, error) {
	enc := exec.CommandContext(ctx, vegeta, "encode", "-to", "json", results)
	stdout, err := enc.StdoutPipe()
	if err != nil {
		return 0, err
	}
	if err := enc.Start(); err != nil {
		return 0, err
	}
	n := 0
	sc := bufio.NewScanner(stdout)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var res struct {
			Error string `json:"error"`
		}
		if json.Unmarshal(sc.Bytes(), &res) == nil && isTimeout(res.Error) {
			n++
		}
	}
	if err := enc.Wait(); err != nil {
		return 0, fmt.Errorf("vegeta encode: %w", err)
	}
	return n, sc.Err()
}

func isTimeout(e string) bool {
	e = strings.ToLower(e)
	return strings.Contains(e, "timeout") || strings.Contains(e, "deadline exceeded")
}

// RSS samples the resident memory of a set of processes, summed, every
// 100 ms, and keeps the highest.
type RSS struct {
	mu   sync.Mutex
	max  int64
	stop chan struct{}
	done chan struct{}
}

// WatchRSS starts sampling the processes pids gives.
func WatchRSS(pids func() []int) *RSS {
	w := &RSS{stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(w.done)
		t := time.NewTicker(100 * time.Millisecond)
		defer t.Stop()
		for {
			var sum int64
			for _, pid := range pids() {
				sum += rss(pid)
			}
			w.mu.Lock()
			w.max = max(w.max, sum)
			w.mu.Unlock()
			select {
			case <-w.stop:
				return
			case <-t.C:
			}
		}
	}()
	return w
}

// Max is the highest sum so far, in bytes.
func (w *RSS) Max() int64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.max
}

// Reset forgets the highest sum so far.
func (w *RSS) Reset() {
	w.mu.Lock()
	w.max = 0
	w.mu.Unlock()
}

// Stop ends the sampling.
func (w *RSS) Stop() {
	close(w.stop)
	<-w.done
}

// rss is a process's resident memory in bytes, from /proc, or 0.
func rss(pid int) int64 {
	b, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "status"))
	if err != nil {
		return 0
	}
	for line := range bytes.Lines(b) {
		if rest, ok := bytes.CutPrefix(line, []byte("VmRSS:")); ok {
			f := strings.Fields(string(rest))
			if len(f) > 0 {
				kb, _ := strconv.ParseInt(f[0], 10, 64)
				return kb << 10
			}
		}
	}
	return 0
}

// Cell is one path at one number of connections, on both servers.
type Cell struct {
	Path           string
	Conns          int
	Product, Nginx Result
}

// Targets are what the product must reach against nginx in every cell.
const (
	// MinRateRatio is the least share of nginx's answers a second.
	MinRateRatio = 0.8
	// MaxP99Ratio is the most the 99th percentile may be, in times
	// nginx's.
	MaxP99Ratio = 2.0
	// MaxRSS is the most resident memory the product may use under load.
	MaxRSS = 80 << 20
)

// Misses lists the targets a cell misses.
func (c Cell) Misses() []string {
	var m []string
	if c.Nginx.Rate > 0 && c.Product.Rate/c.Nginx.Rate < MinRateRatio {
		m = append(m, fmt.Sprintf("req/s %.2f× nginx's (≥ %.1f×)", c.Product.Rate/c.Nginx.Rate, MinRateRatio))
	}
	if c.Nginx.P99 > 0 && float64(c.Product.P99)/float64(c.Nginx.P99) > MaxP99Ratio {
		m = append(m, fmt.Sprintf("p99 %.1f× nginx's (≤ %.0f×)", float64(c.Product.P99)/float64(c.Nginx.P99), MaxP99Ratio))
	}
	if c.Product.Timeouts > 0 {
		m = append(m, fmt.Sprintf("%d timeouts", c.Product.Timeouts))
	}
	if c.Product.Errors > 0 {
		m = append(m, fmt.Sprintf("%d errors", c.Product.Errors))
	}
	return m
}

// Print writes the cells as a table, then the memory, and returns whether
// every target was met.
func Print(w io.Writer, cells []Cell, productRSS, nginxRSS int64) bool {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "path\tconns\tproduct req/s\tnginx req/s\tratio\tproduct p50\tp99\tnginx p50\tp99\tp99 ratio\terrors\ttimeouts\t")
	ok := true
	var misses []string
	for _, c := range cells {
		rate, p99 := 0.0, 0.0
		if c.Nginx.Rate > 0 {
			rate = c.Product.Rate / c.Nginx.Rate
		}
		if c.Nginx.P99 > 0 {
			p99 = float64(c.Product.P99) / float64(c.Nginx.P99)
		}
		fmt.Fprintf(tw, "%s\t%d\t%.0f\t%.0f\t%.2f\t%s\t%s\t%s\t%s\t%.2f\t%d / %d\t%d / %d\t\n",
			short(c.Path), c.Conns, c.Product.Rate, c.Nginx.Rate, rate,
			ms(c.Product.P50), ms(c.Product.P99), ms(c.Nginx.P50), ms(c.Nginx.P99), p99,
			c.Product.Errors, c.Nginx.Errors, c.Product.Timeouts, c.Nginx.Timeouts)
		for _, m := range c.Misses() {
			ok = false
			misses = append(misses, fmt.Sprintf("%s at %d connections: %s", short(c.Path), c.Conns, m))
		}
	}
	tw.Flush()
	fmt.Fprintln(w, "(errors and timeouts: product / nginx)")
	fmt.Fprintf(w, "\nresident memory under load, highest: product %.1f MB (≤ %d MB), nginx %.1f MB (master and workers)\n",
		float64(productRSS)/(1<<20), MaxRSS>>20, float64(nginxRSS)/(1<<20))
	if productRSS > MaxRSS {
		ok = false
		misses = append(misses, fmt.Sprintf("the product's memory: %.1f MB", float64(productRSS)/(1<<20)))
	}
	if ok {
		fmt.Fprintf(w, "every target met: ≥ %.1f× nginx's req/s, ≤ %.0f× its p99, no timeout, no error\n", MinRateRatio, MaxP99Ratio)
	} else {
		fmt.Fprintln(w, "missed:")
		for _, m := range misses {
			fmt.Fprintln(w, "  "+m)
		}
	}
	return ok
}

// short names a path without its content hash.
func short(path string) string {
	for _, name := range []string{"app.wasm", "echarts.js"} {
		ext := filepath.Ext(name)
		stem := strings.TrimSuffix(name, ext)
		if strings.HasPrefix(path, "/web/"+stem+".") && strings.HasSuffix(path, ext) {
			return "/web/" + name
		}
	}
	return path
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/1e6) }
