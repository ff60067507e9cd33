package server

import (
	"net"
	"net/http"
	"sync"

	"golang.org/x/net/netutil"
)

// Conns caps the connections a server holds, and sheds its idle
// keep-alive connections as it nears the cap: clients that open
// connections and leave them idle cannot keep a new reader, or a load
// balancer's health check, out. Give its Listener to http.Server.Serve and
// its ConnState to http.Server.ConnState.
type Conns struct {
	// Max is the most connections held at once; more wait to be
	// accepted.
	Max int

	mu   sync.Mutex
	open int
	idle map[net.Conn]struct{}
}

// shedAt is the share of Max at which idle connections are closed.
const shedAt = 0.9

// Listener wraps ln so that it accepts at most c.Max connections at once.
func (c *Conns) Listener(ln net.Listener) net.Listener {
	return netutil.LimitListener(ln, c.Max)
}

// ConnState follows every connection; a new one that brings the count to
// shedAt of Max closes every idle one.
func (c *Conns) ConnState(conn net.Conn, state http.ConnState) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.idle == nil {
		c.idle = map[net.Conn]struct{}{}
	}
	switch state {
	case http.StateNew:
		c.open++
		if float64(c.open) >= shedAt*float64(c.Max) {
			for idle := range c.idle {
				idle.Close()
				delete(c.idle, idle)
			}
		}
	case http.StateIdle:
		c.idle[conn] = struct{}{}
	case http.StateActive:
		delete(c.idle, conn)
	case http.StateClosed, http.StateHijacked:
		c.open--
		delete(c.idle, conn)
	}
}

// Open is the number of connections held now.
func (c *Conns) Open() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.open
}
