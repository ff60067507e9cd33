package server

import (
	"bytes"
	"crypto/tls"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"testing"
	"time"

	"golang.org/x/net/http2"
	"golang.org/x/net/http2/hpack"
)

// smallBuffers is a listener whose connections have small send buffers,
// so that a client that does not read stops the server's writes at once.
type smallBuffers struct{ net.Listener }

func (l smallBuffers) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if tc, ok := c.(*net.TCPConn); ok {
		tc.SetWriteBuffer(4 << 10)
	}
	return c, err
}

// pacedServer serves body, paced with stall, and reports the error its
// write ended with.
func pacedServer(t *testing.T, stall time.Duration, body []byte) (*httptest.Server, chan error) {
	t.Helper()
	errs := make(chan error, 1)
	srv := httptest.NewUnstartedServer(paced(stall, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
		_, err := w.Write(body)
		errs <- err
	})))
	srv.Listener = smallBuffers{srv.Listener}
	srv.Start()
	t.Cleanup(srv.Close)
	return srv, errs
}

// dialSlow connects to srv with a receive buffer of rcvbuf bytes and
// sends a GET.
func dialSlow(t *testing.T, srv *httptest.Server, rcvbuf int) *net.TCPConn {
	t.Helper()
	c, err := net.Dial("tcp", srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	tc := c.(*net.TCPConn)
	tc.SetReadBuffer(rcvbuf)
	if _, err := io.WriteString(tc, "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	return tc
}

// TestPacedStall holds a client that asks for a large answer and never
// reads: the server's write ends on its deadline, whatever the size.
func TestPacedStall(t *testing.T) {
	srv, errs := pacedServer(t, 200*time.Millisecond, make([]byte, 8<<20))
	dialSlow(t, srv, 4<<10)
	select {
	case err := <-errs:
		if !errors.Is(err, os.ErrDeadlineExceeded) {
			t.Errorf("the write to a client that never reads ended with %v, want the deadline", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the write to a client that never reads did not end")
	}
}

// TestPacedSlowReader reads a large answer slowly but steadily, for
// several times the stall: it gets the whole of it.
func TestPacedSlowReader(t *testing.T) {
	body := bytes.Repeat([]byte("paced "), 128<<10)
	srv, errs := pacedServer(t, 300*time.Millisecond, body)
	c := dialSlow(t, srv, 64<<10)
	var got bytes.Buffer
	buf := make([]byte, 8<<10)
	// 768 KB at 8 KB at most every 10 ms: at least 0.9 s, three stalls.
	for {
		time.Sleep(10 * time.Millisecond)
		n, err := c.Read(buf)
		got.Write(buf[:n])
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("after %d bytes: %v", got.Len(), err)
		}
	}
	if err := <-errs; err != nil {
		t.Errorf("the write to a slow reader ended with %v", err)
	}
	if _, b, _ := bytes.Cut(got.Bytes(), []byte("\r\n\r\n")); !bytes.Equal(b, body) {
		t.Errorf("the slow reader got %d bytes of body, want %d", len(b), len(body))
	}
}

// serveTLS serves h over TLS as cmd/site does (ServeTLS, which offers
// HTTP/2), with a certificate of httptest's.
func serveTLS(t *testing.T, h http.Handler) string {
	t.Helper()
	ts := httptest.NewTLSServer(nil)
	cert := ts.TLS.Certificates[0]
	ts.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := HTTPServer(h, &Conns{Max: 10})
	hs.TLSConfig.Certificates = []tls.Certificate{cert}
	go hs.ServeTLS(ln, "", "")
	t.Cleanup(func() { hs.Close() })
	return ln.Addr().String()
}

// TestHTTP2Limits speaks HTTP/2 to the server as a client that opens more
// streams than it may and lets none of them send (a window of 0): the
// server announces MaxStreams, refuses the streams beyond it, and resets
// a stream that took nothing for its stall.
func TestHTTP2Limits(t *testing.T) {
	addr := serveTLS(t, paced(200*time.Millisecond, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write(make([]byte, 1<<20))
	})))
	conn, err := tls.Dial("tcp", addr, &tls.Config{InsecureSkipVerify: true, NextProtos: []string{"h2"}})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if p := conn.ConnectionState().NegotiatedProtocol; p != "h2" {
		t.Fatalf("protocol %q, want h2", p)
	}
	conn.SetDeadline(time.Now().Add(20 * time.Second))
	io.WriteString(conn, http2.ClientPreface)
	fr := http2.NewFramer(conn, conn)
	if err := fr.WriteSettings(http2.Setting{ID: http2.SettingInitialWindowSize, Val: 0}); err != nil {
		t.Fatal(err)
	}
	var hb bytes.Buffer
	enc := hpack.NewEncoder(&hb)
	for _, f := range []hpack.HeaderField{{Name: ":method", Value: "GET"}, {Name: ":scheme", Value: "https"}, {Name: ":authority", Value: "x"}, {Name: ":path", Value: "/"}} {
		enc.WriteField(f)
	}
	streams := MaxStreams + 4
	for i := range streams {
		if err := fr.WriteHeaders(http2.HeadersFrameParam{StreamID: uint32(2*i + 1), BlockFragment: hb.Bytes(), EndStream: true, EndHeaders: true}); err != nil {
			t.Fatal(err)
		}
	}
	var announced uint32
	answered, reset := map[uint32]bool{}, map[uint32]http2.ErrCode{}
	for len(reset) < streams {
		f, err := fr.ReadFrame()
		if err != nil {
			t.Fatalf("after %d streams answered and %d reset: %v", len(answered), len(reset), err)
		}
		switch f := f.(type) {
		case *http2.SettingsFrame:
			if v, ok := f.Value(http2.SettingMaxConcurrentStreams); ok {
				announced = v
			}
			if !f.IsAck() {
				fr.WriteSettingsAck()
			}
		case *http2.HeadersFrame:
			answered[f.StreamID] = true
		case *http2.RSTStreamFrame:
			reset[f.StreamID] = f.ErrCode
		}
	}
	if announced != MaxStreams {
		t.Errorf("the server announces %d streams at most, want %d", announced, MaxStreams)
	}
	if len(answered) != MaxStreams {
		t.Errorf("%d of %d streams were answered, want %d", len(answered), streams, MaxStreams)
	}
	for id := range answered {
		if reset[id] == http2.ErrCodeNo {
			t.Errorf("stream %d, answered and never read, was not reset", id)
		}
	}
}

// TestTLSProfile offers the server what Mozilla's "intermediate" profile
// refuses: TLS 1.1, and TLS 1.2 with CBC suites; and what it accepts.
func TestTLSProfile(t *testing.T) {
	addr := serveTLS(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {}))
	tests := []struct {
		name   string
		config *tls.Config
		ok     bool
	}{
		{"TLS 1.1", &tls.Config{MinVersion: tls.VersionTLS10, MaxVersion: tls.VersionTLS11}, false},
		{"TLS 1.2, CBC and SHA-1", &tls.Config{MaxVersion: tls.VersionTLS12, CipherSuites: []uint16{tls.TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA, tls.TLS_RSA_WITH_AES_128_CBC_SHA}}, false},
		{"TLS 1.2, GCM", &tls.Config{MaxVersion: tls.VersionTLS12, CipherSuites: []uint16{tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256}}, true},
		{"TLS 1.3", &tls.Config{MinVersion: tls.VersionTLS13}, true},
	}
	for _, tt := range tests {
		tt.config.InsecureSkipVerify = true
		conn, err := tls.Dial("tcp", addr, tt.config)
		if err == nil {
			conn.Close()
		}
		if (err == nil) != tt.ok {
			t.Errorf("%s: handshake error %v, want success %v", tt.name, err, tt.ok)
		}
	}
}
