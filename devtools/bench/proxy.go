package bench

import (
	"fmt"
	"io"
	"net"
	"sync"
	"sync/atomic"
)

// Traffic is what went through the proxy between two calls of Reset.
type Traffic struct {
	// Bytes is how many bytes the server sent to the browser: headers,
	// bodies, everything on the wire.
	Bytes int64
	// Requests is how many HTTP requests the browser sent to the server.
	Requests int64
}

// Proxy forwards TCP connections from a loopback port to the server and
// counts the traffic. The browser talks to the proxy, so what it counts is
// what crossed the network, whatever the browser's caches and service
// worker answered themselves.
type Proxy struct {
	ln       net.Listener
	target   string
	bytes    atomic.Int64
	requests atomic.Int64

	mu     sync.Mutex
	conns  map[net.Conn]struct{}
	closed bool
	wg     sync.WaitGroup
}

// NewProxy listens on a free loopback port and forwards to target, a
// host:port.
func NewProxy(target string) (*Proxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("proxy: listening: %w", err)
	}
	p := &Proxy{ln: ln, target: target, conns: map[net.Conn]struct{}{}}
	p.wg.Add(1)
	go p.accept()
	return p, nil
}

// Addr returns the host:port the proxy listens on.
func (p *Proxy) Addr() string {
	return p.ln.Addr().String()
}

// Reset returns the traffic since the previous Reset (or the start) and
// starts counting afresh.
func (p *Proxy) Reset() Traffic {
	return Traffic{Bytes: p.bytes.Swap(0), Requests: p.requests.Swap(0)}
}

// Close stops listening, closes every open connection and waits for them.
func (p *Proxy) Close() error {
	err := p.ln.Close()
	p.mu.Lock()
	p.closed = true
	for c := range p.conns {
		c.Close()
	}
	p.mu.Unlock()
	p.wg.Wait()
	return err
}

func (p *Proxy) accept() {
	defer p.wg.Done()
	for {
		client, err := p.ln.Accept()
		if err != nil {
			return // closed
		}
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			p.forward(client)
		}()
	}
}

// track remembers c so that Close can end it; it reports false once the
// proxy is closed.
func (p *Proxy) track(c net.Conn) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return false
	}
	p.conns[c] = struct{}{}
	return true
}

func (p *Proxy) untrack(c net.Conn) {
	p.mu.Lock()
	delete(p.conns, c)
	p.mu.Unlock()
	c.Close()
}

// forward copies both ways between the browser's connection and a new one
// to the server, until either side closes.
func (p *Proxy) forward(client net.Conn) {
	if !p.track(client) {
		client.Close()
		return
	}
	defer p.untrack(client)
	server, err := net.Dial("tcp", p.target)
	if err != nil || !p.track(server) {
		if server != nil {
			server.Close()
		}
		return
	}
	defer p.untrack(server)

	done := make(chan struct{}, 2)
	go func() {
		// The counter sees each request before the server does.
		requests := &requestCounter{onRequest: func() { p.requests.Add(1) }}
		io.Copy(server, io.TeeReader(client, requests))
		done <- struct{}{}
	}()
	go func() {
		// Counted as read from the server, so that the count is complete
		// by the time the browser has the bytes.
		io.Copy(client, &countingReader{r: server, n: &p.bytes})
		done <- struct{}{}
	}()
	// When either side is done, end the other one too.
	<-done
	client.Close()
	server.Close()
	<-done
}

// countingReader adds the bytes read through it to n.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}
