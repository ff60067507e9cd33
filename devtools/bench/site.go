package bench

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"sync"
	"time"
)

// How long the server may take to start answering, and to stop.
const (
	startTimeout = 20 * time.Second
	stopTimeout  = 10 * time.Second
)

// Site is the server under test, running as a subprocess on a free
// loopback port.
type Site struct {
	// Addr is the host:port the server listens on.
	Addr string
	// TLS is set when the server was given a certificate (-tls-cert):
	// URL is then https, and its certificate is not checked.
	TLS    bool
	cmd    *exec.Cmd
	exited chan struct{}
	err    error // how the process ended, once exited is closed
	output *tailBuffer
}

// StartSite runs the server binary with args on a free loopback port and
// waits until its /healthz answers 200. Stop must be called to end it.
func StartSite(ctx context.Context, binary string, args ...string) (*Site, error) {
	return StartSiteUnder(ctx, nil, binary, args...)
}

// StartSiteUnder is StartSite with the server started by the command
// wrap, given before it ("taskset -c 0", say).
func StartSiteUnder(ctx context.Context, wrap []string, binary string, args ...string) (*Site, error) {
	if _, err := os.Stat(binary); err != nil {
		return nil, fmt.Errorf("server binary: %w (build it with make build)", err)
	}
	addr, err := FreeAddr()
	if err != nil {
		return nil, err
	}
	s := &Site{Addr: addr, TLS: slices.Contains(args, "-tls-cert"), exited: make(chan struct{}), output: &tailBuffer{max: 4 << 10}}
	argv := append(append(append([]string(nil), wrap...), binary, "-addr", addr), args...)
	s.cmd = exec.Command(argv[0], argv[1:]...)
	s.cmd.Stdout = s.output
	s.cmd.Stderr = s.output
	if err := s.cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting %s: %w", binary, err)
	}
	go func() {
		s.err = s.cmd.Wait()
		close(s.exited)
	}()
	if err := s.waitHealthy(ctx); err != nil {
		s.Stop()
		return nil, fmt.Errorf("starting %s on %s: %w", binary, addr, err)
	}
	return s, nil
}

// URL returns the server's address as an http or https URL.
func (s *Site) URL() string {
	if s.TLS {
		return "https://" + s.Addr
	}
	return "http://" + s.Addr
}

// waitHealthy polls /healthz until it answers 200, the process ends, or
// the start timeout passes.
func (s *Site) waitHealthy(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, startTimeout)
	defer cancel()
	client := &http.Client{Timeout: time.Second, Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	var last error
	for {
		last = Healthy(ctx, client, s.URL()+"/healthz")
		if last == nil {
			return nil
		}
		select {
		case <-s.exited:
			return fmt.Errorf("server exited (%v): %s", s.err, s.output)
		case <-ctx.Done():
			return fmt.Errorf("no healthy answer from /healthz: %w (last: %v)", ctx.Err(), last)
		case <-tick.C:
		}
	}
}

// Healthy asks url once and reports an error unless it answers 200.
func Healthy(ctx context.Context, client *http.Client, url string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("status %s", resp.Status)
	}
	return nil
}

// Stop asks the server to shut down and waits for it, killing it if it
// takes too long. It may be called more than once.
func (s *Site) Stop() error {
	select {
	case <-s.exited:
		return nil
	default:
	}
	if err := s.cmd.Process.Signal(os.Interrupt); err != nil && !errors.Is(err, os.ErrProcessDone) {
		s.cmd.Process.Kill()
	}
	select {
	case <-s.exited:
		return nil
	case <-time.After(stopTimeout):
		s.cmd.Process.Kill()
		<-s.exited
		return fmt.Errorf("server did not stop within %v: killed", stopTimeout)
	}
}

// FreeAddr returns a loopback host:port nothing listens on.
func FreeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("finding a free port: %w", err)
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// tailBuffer keeps the last max bytes written to it, to show why a server
// failed.
type tailBuffer struct {
	mu  sync.Mutex
	max int
	buf bytes.Buffer
}

func (t *tailBuffer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf.Write(p)
	if over := t.buf.Len() - t.max; over > 0 {
		t.buf.Next(over)
	}
	return len(p), nil
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(bytes.TrimSpace(t.buf.Bytes()))
}

// PID is the server process's id.
func (s *Site) PID() int { return s.cmd.Process.Pid }
