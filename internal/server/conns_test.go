package server

import (
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// TestConnsShedsIdle fills a server with idle keep-alive connections up to
// its cap: a new client is still answered, at once.
func TestConnsShedsIdle(t *testing.T) {
	conns := &Conns{Max: 10}
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "ok")
	}))
	srv.Listener = conns.Listener(srv.Listener)
	srv.Config.ConnState = conns.ConnState
	srv.Start()
	defer srv.Close()

	// Ten clients, each with one request and then an idle connection.
	for range 10 {
		c, err := net.Dial("tcp", srv.Listener.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		io.WriteString(c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
		buf := make([]byte, 512)
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		if _, err := c.Read(buf); err != nil {
			break // shed already: the cap was near
		}
	}
	client := &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	start := time.Now()
	res, err := client.Get(srv.URL)
	if err != nil {
		t.Fatalf("a new client at the cap: %v (open %d)", err, conns.Open())
	}
	res.Body.Close()
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("a new client at the cap waited %v", d)
	}
	if got := conns.Open(); got > conns.Max {
		t.Errorf("%d connections open, cap %d", got, conns.Max)
	}
}

// TestConnsCounts follows the states of connections.
func TestConnsCounts(t *testing.T) {
	c := &Conns{Max: 10}
	a, b := &fakeConn{}, &fakeConn{}
	for _, step := range []struct {
		conn  *fakeConn
		state http.ConnState
		open  int
	}{
		{a, http.StateNew, 1},
		{a, http.StateIdle, 1},
		{b, http.StateNew, 2},
		{b, http.StateActive, 2},
		{a, http.StateClosed, 1},
		{b, http.StateHijacked, 0},
	} {
		c.ConnState(step.conn, step.state)
		if got := c.Open(); got != step.open {
			t.Errorf("after %v: %d open, want %d", step.state, got, step.open)
		}
	}
	if a.closed || b.closed {
		t.Error("a connection closed far from the cap")
	}
	// Near the cap, the idle ones go, the active ones stay.
	c = &Conns{Max: 2}
	idle, active := &fakeConn{}, &fakeConn{}
	c.ConnState(idle, http.StateNew)
	c.ConnState(idle, http.StateIdle)
	c.ConnState(active, http.StateNew)
	if !idle.closed || active.closed {
		t.Errorf("at the cap: idle closed %v, active closed %v; want true, false", idle.closed, active.closed)
	}
}

type fakeConn struct {
	net.Conn
	closed bool
}

func (f *fakeConn) Close() error { f.closed = true; return nil }
