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
	res, err := client.Get(srv.URL)
	if err != nil {
		t.Fatalf("a new client at the cap: %v (open %d)", err, conns.Open())
	}
	res.Body.Close()
	if got := conns.Open(); got > conns.Max {
		t.Errorf("%d connections open, cap %d", got, conns.Max)
	}
}

// TestConnsShedsStalled fills a server up to its cap with clients that
// ask for a large answer and never read it: near the cap, those stalled
// are closed, and a new client is answered long before the stall
// deadline of their answers.
func TestConnsShedsStalled(t *testing.T) {
	conns := &Conns{Max: 4, StalledAfter: 200 * time.Millisecond}
	big := make([]byte, 8<<20)
	srv := httptest.NewUnstartedServer(paced(time.Hour, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/big" {
			w.Write(big)
			return
		}
		io.WriteString(w, "ok")
	})))
	srv.Listener = conns.Listener(smallBuffers{srv.Listener})
	srv.Config.ConnState = conns.ConnState
	srv.Config.ConnContext = conns.ConnContext
	srv.Start()
	defer srv.Close()
	for range conns.Max {
		c, err := net.Dial("tcp", srv.Listener.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		c.(*net.TCPConn).SetReadBuffer(4 << 10)
		io.WriteString(c, "GET /big HTTP/1.1\r\nHost: x\r\n\r\n")
	}
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	res, err := client.Get(srv.URL)
	if err != nil {
		t.Fatalf("a new client at a cap held by stalled readers: %v (open %d)", err, conns.Open())
	}
	res.Body.Close()
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
