package server

import (
	"net/http"
	"time"
)

// Stall is how long a connection may take none of an answer before the
// server closes it, as nginx's send_timeout does: a slow reader gets a
// download of any size, one that stops reading holds its connection no
// longer than this.
const Stall = 30 * time.Second

// chunk is the most of an answer written under one deadline: a
// connection must take chunk bytes every stall.
const chunk = 64 << 10

// paced gives the start of every answer stall to go out, and each chunk
// of its body as much again.
func paced(stall time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := &pacedWriter{ResponseWriter: w, rc: http.NewResponseController(w), stall: stall}
		p.conn, _ = r.Context().Value(connKey{}).(*connInfo)
		p.extend()
		next.ServeHTTP(p, r)
	})
}

// pacedWriter writes an answer in chunks, each with its own deadline.
type pacedWriter struct {
	http.ResponseWriter
	rc    *http.ResponseController
	stall time.Duration
	// wrote is set once a chunk has gone out under the first deadline.
	wrote bool
	// conn, when the server follows connections (Conns), is told when a
	// write starts and ends.
	conn *connInfo
}

// extend gives the connection stall from now. A writer without a
// connection beneath (a test's) has no deadline to set.
func (p *pacedWriter) extend() { _ = p.rc.SetWriteDeadline(time.Now().Add(p.stall)) }

// Write writes b in chunks, the deadline extended before each but the
// answer's first, which has the one the answer began with.
func (p *pacedWriter) Write(b []byte) (int, error) {
	written := 0
	for len(b) > 0 {
		n := min(len(b), chunk)
		if p.wrote {
			p.extend()
		}
		p.wrote = true
		if p.conn != nil {
			p.conn.writing()
		}
		m, err := p.ResponseWriter.Write(b[:n])
		if p.conn != nil {
			p.conn.wrote()
		}
		written += m
		if err != nil {
			return written, err
		}
		b = b[n:]
	}
	return written, nil
}

// Unwrap gives http.ResponseController the writer beneath.
func (p *pacedWriter) Unwrap() http.ResponseWriter { return p.ResponseWriter }
