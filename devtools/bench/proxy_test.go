package bench

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

// wireConn counts the bytes a client reads off the wire.
type wireConn struct {
	net.Conn
	read *atomic.Int64
}

func (c wireConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	c.read.Add(int64(n))
	return n, err
}

func TestProxyCountsTraffic(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /big", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, strings.Repeat("x", 100_000))
	})
	mux.HandleFunc("GET /small", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "ok")
	})
	mux.HandleFunc("POST /echo", func(w http.ResponseWriter, r *http.Request) {
		io.Copy(w, r.Body)
	})
	mux.HandleFunc("GET /close", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Connection", "close")
		io.WriteString(w, "bye")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	type request struct{ method, path, body string }
	tests := []struct {
		name         string
		requests     []request
		wantRequests int64
	}{
		{"nothing", nil, 0},
		{"one small", []request{{"GET", "/small", ""}}, 1},
		{"a large body", []request{{"GET", "/big", ""}}, 1},
		{"keep-alive", []request{{"GET", "/small", ""}, {"GET", "/big", ""}, {"GET", "/small", ""}}, 3},
		{"request bodies are not requests", []request{{"POST", "/echo", "GET /small HTTP/1.1\r\n\r\n"}, {"GET", "/small", ""}}, 2},
		{"server closes the connection", []request{{"GET", "/close", ""}, {"GET", "/close", ""}}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := NewProxy(srv.Listener.Addr().String())
			if err != nil {
				t.Fatal(err)
			}
			defer p.Close()
			var wire atomic.Int64
			client := &http.Client{Transport: &http.Transport{
				DisableCompression: true,
				DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
					c, err := (&net.Dialer{}).DialContext(ctx, network, addr)
					if err != nil {
						return nil, err
					}
					return wireConn{c, &wire}, nil
				},
			}}
			defer client.CloseIdleConnections()
			for _, r := range tt.requests {
				req, err := http.NewRequest(r.method, "http://"+p.Addr()+r.path, strings.NewReader(r.body))
				if err != nil {
					t.Fatal(err)
				}
				resp, err := client.Do(req)
				if err != nil {
					t.Fatalf("%s %s through the proxy: %v", r.method, r.path, err)
				}
				if _, err := io.Copy(io.Discard, resp.Body); err != nil {
					t.Fatalf("reading %s: %v", r.path, err)
				}
				resp.Body.Close()
			}
			got := p.Reset()
			if want := (Traffic{Bytes: wire.Load(), Requests: tt.wantRequests}); got != want {
				t.Errorf("traffic = %+v, want %+v (the bytes the client read off the wire)", got, want)
			}
			if tt.wantRequests > 0 && got.Bytes == 0 {
				t.Errorf("counted no bytes for %d requests", tt.wantRequests)
			}
			if again := p.Reset(); again != (Traffic{}) {
				t.Errorf("traffic after Reset = %+v, want zero", again)
			}
		})
	}
}

func TestProxyCloseEndsOpenConnections(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	defer srv.Close()
	p, err := NewProxy(srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	c, err := net.Dial("tcp", p.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := io.WriteString(c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	if err := p.Close(); err != nil {
		t.Errorf("Close() = %v, want nil", err)
	}
	// The stream ends, with EOF or a reset; either will do, as long as
	// the read returns.
	io.ReadAll(c)
}
