package load

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// FloodResult is what a server did under a flood of idle connections.
type FloodResult struct {
	// Opened is how many connections got their first answer.
	Opened int
	// Probes were health checks on fresh connections during the flood;
	// OK of them answered 200 within ProbeTimeout, the slowest in Slowest.
	Probes, OK int
	Slowest    time.Duration
}

// ProbeTimeout is how long a health check may take during a flood.
const ProbeTimeout = 3 * time.Second

// Flood opens n connections to addr, each asking GET /healthz once and
// then keeping the connection open and silent, as idle keep-alive
// clients do; while they are held, for hold, it checks /healthz on a
// fresh connection every half second.
func Flood(ctx context.Context, addr string, n int, hold time.Duration) (FloodResult, error) {
	var (
		opened atomic.Int64
		mu     sync.Mutex
		conns  []net.Conn
		wg     sync.WaitGroup
	)
	defer func() {
		mu.Lock()
		for _, c := range conns {
			c.Close()
		}
		mu.Unlock()
	}()
	sem := make(chan struct{}, 256)
	for range n {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			c, err := net.DialTimeout("tcp", addr, 5*time.Second)
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
			c.SetDeadline(time.Now().Add(10 * time.Second))
			if _, err := io.WriteString(c, "GET /healthz HTTP/1.1\r\nHost: "+addr+"\r\n\r\n"); err != nil {
				return
			}
			res, err := http.ReadResponse(bufio.NewReader(c), nil)
			if err != nil {
				return
			}
			io.Copy(io.Discard, res.Body)
			res.Body.Close()
			c.SetDeadline(time.Time{})
			opened.Add(1)
		}()
	}
	wg.Wait()
	r := FloodResult{Opened: int(opened.Load())}
	p := Probe(ctx, "http://"+addr+"/healthz", hold)
	if err := ctx.Err(); err != nil {
		return r, err
	}
	r.Probes, r.OK, r.Slowest = p.N, p.OK, p.Slowest
	return r, nil
}

// String reads the result in a line.
func (r FloodResult) String() string {
	return fmt.Sprintf("%d idle connections opened; health checks %d/%d answered, the slowest in %.0f ms",
		r.Opened, r.OK, r.Probes, float64(r.Slowest)/1e6)
}
