package server

import (
	"bytes"
	"io"
	"net"
	"net/http"
	"testing"
	"testing/fstest"
	"time"
)

// TestSlowReadersCut fills most of a server's connection slots with
// clients that ask for the whole site's largest file and never read: the
// server cuts each of them after the progress deadline, though the file
// would take far longer to go out, and /healthz answers all along. The
// cap is high enough that the cap's own shedding of stalled connections
// never starts: the deadline alone frees the slots.
func TestSlowReadersCut(t *testing.T) {
	const slow = 6
	testServer(t)
	assets := standIns()
	// Incompressible, so that the stand-in is not sent in a few bytes.
	big := make([]byte, 8<<20)
	for i := range big {
		big[i] = byte(i*7919 + i>>8)
	}
	assets["app.wasm"] = &fstest.MapFile{Data: big}
	h, err := New(testConfig(Config{Facts: loaded, Assets: assets, Version: "test", Stall: 300 * time.Millisecond}))
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	conns := &Conns{Max: slow + 2}
	hs := HTTPServer(h, conns)
	go hs.Serve(conns.Listener(smallBuffers{ln}))
	t.Cleanup(func() { hs.Close() })
	addr := ln.Addr().String()

	for range slow {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		c.(*net.TCPConn).SetReadBuffer(4 << 10)
		if _, err := io.WriteString(c, "GET /web/app.wasm HTTP/1.1\r\nHost: x\r\n\r\n"); err != nil {
			t.Fatal(err)
		}
	}
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	checks := 0
	// A generous bound, for a busy machine: the deadline is 300 ms.
	for limit := time.Now().Add(30 * time.Second); ; {
		res, err := client.Get("http://" + addr + "/healthz")
		if err != nil {
			t.Fatalf("health check %d, with %d connections open: %v", checks+1, conns.Open(), err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK || !bytes.Equal(body, ready) {
			t.Fatalf("health check %d: %d %q, want 200 %q", checks+1, res.StatusCode, body, ready)
		}
		checks++
		if conns.Open() == 0 && checks > 1 {
			break
		}
		if time.Now().After(limit) {
			t.Fatalf("%d connections still open after %d health checks, want 0: readers that never read are not cut", conns.Open(), checks)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
