package server

import (
	"context"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/net/netutil"
)

// Conns caps the connections a server holds. Near the cap it closes
// the idle keep-alive connections, and those whose answer has taken no
// byte for a while (StalledAfter): clients that open connections and leave them
// idle, or never read, cannot keep a new reader, or a load balancer's
// health check, out. Give its Listener to http.Server.Serve, and its
// ConnState and ConnContext to the http.Server (HTTPServer does).
type Conns struct {
	// Max is the most connections held at once; more wait to be
	// accepted.
	Max int
	// StalledAfter is how long an answer may take no byte before its
	// connection is closed near the cap; DefaultStalledAfter when zero.
	StalledAfter time.Duration

	mu    sync.Mutex
	open  int
	conns map[net.Conn]*connInfo
}

// connInfo is what Conns knows of a connection.
type connInfo struct {
	idle bool
	// writers are the writes under way on it (several over HTTP/2);
	// progress is when one last began with none under way, or ended, in
	// Unix nanoseconds.
	writers  atomic.Int32
	progress atomic.Int64
}

// shedAt is the share of Max at which idle and stalled connections are
// closed.
const shedAt = 0.9

// DefaultStalledAfter is Conns.StalledAfter's default.
const DefaultStalledAfter = 5 * time.Second

// sweepEvery is how often a server near its cap looks for stalled
// connections.
const sweepEvery = 500 * time.Millisecond

// Listener wraps ln so that it accepts at most c.Max connections at
// once; while it is near the cap, it closes stalled connections.
func (c *Conns) Listener(ln net.Listener) net.Listener {
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(sweepEvery)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				c.mu.Lock()
				if c.near() {
					c.shed(time.Now())
				}
				c.mu.Unlock()
			}
		}
	}()
	return &sweptListener{Listener: netutil.LimitListener(ln, c.Max), done: done}
}

// sweptListener stops the sweep when it is closed.
type sweptListener struct {
	net.Listener
	done chan struct{}
	once sync.Once
}

func (l *sweptListener) Close() error {
	l.once.Do(func() { close(l.done) })
	return l.Listener.Close()
}

// connKey keys a connection's *connInfo in its requests' context.
type connKey struct{}

// ConnContext gives the requests of a connection what Conns knows of it,
// so that their answers can say when they progress (paced).
func (c *Conns) ConnContext(ctx context.Context, conn net.Conn) context.Context {
	c.mu.Lock()
	defer c.mu.Unlock()
	info := c.info(conn)
	return context.WithValue(ctx, connKey{}, info)
}

// info is conn's record, made on first sight; c.mu is held.
func (c *Conns) info(conn net.Conn) *connInfo {
	if c.conns == nil {
		c.conns = map[net.Conn]*connInfo{}
	}
	info := c.conns[conn]
	if info == nil {
		info = &connInfo{}
		c.conns[conn] = info
	}
	return info
}

// ConnState follows every connection; a new one that brings the count to
// shedAt of Max closes every idle and stalled one.
func (c *Conns) ConnState(conn net.Conn, state http.ConnState) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch state {
	case http.StateNew:
		c.open++
		c.info(conn)
		if c.near() {
			c.shed(time.Now())
		}
	case http.StateIdle:
		c.info(conn).idle = true
	case http.StateActive:
		c.info(conn).idle = false
	case http.StateClosed, http.StateHijacked:
		c.open--
		delete(c.conns, conn)
	}
}

// near reports whether the count is at shedAt of Max; c.mu is held.
func (c *Conns) near() bool { return float64(c.open) >= shedAt*float64(c.Max) }

// shed closes the idle connections and those stalled at now; c.mu is
// held.
func (c *Conns) shed(now time.Time) {
	after := c.StalledAfter
	if after == 0 {
		after = DefaultStalledAfter
	}
	for conn, info := range c.conns {
		if info.idle || info.stalled(now, after) {
			conn.Close()
			delete(c.conns, conn)
		}
	}
}

// stalled reports whether a write has been under way, with no progress,
// for after at now.
func (i *connInfo) stalled(now time.Time, after time.Duration) bool {
	return i.writers.Load() > 0 && now.Sub(time.Unix(0, i.progress.Load())) >= after
}

// writing marks the start of a write.
func (i *connInfo) writing() {
	if i.writers.Add(1) == 1 {
		i.progress.Store(time.Now().UnixNano())
	}
}

// wrote marks the end of a write.
func (i *connInfo) wrote() {
	i.progress.Store(time.Now().UnixNano())
	i.writers.Add(-1)
}

// Open is the number of connections held now.
func (c *Conns) Open() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.open
}
