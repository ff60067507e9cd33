package server

import (
	"crypto/tls"
	"net/http"
	"time"
)

// MaxStreams is the most requests one HTTP/2 connection may have open at
// once: a browser loads the page's files a few at a time, and a client
// that opens hundreds of streams and reads none holds no more than this.
const MaxStreams = 16

// HTTPServer is the http.Server for the site's handler h, with conns
// capping its connections. Headers must come within 5 s and a request
// within 15 s; idle connections are kept 20 s. Answers have no deadline
// of their own size: the handler gives each chunk Stall (paced), and an
// HTTP/2 connection that takes no byte for Stall is closed. Over TLS it
// speaks TLS 1.2 and 1.3 only, with forward secrecy and authenticated
// encryption (Mozilla's "intermediate" profile), and HTTP/2 with at most
// MaxStreams streams a connection.
func HTTPServer(h http.Handler, conns *Conns) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		IdleTimeout:       20 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ConnState:         conns.ConnState,
		ConnContext:       conns.ConnContext,
		HTTP2: &http.HTTP2Config{
			MaxConcurrentStreams: MaxStreams,
			WriteByteTimeout:     Stall,
			// A connection silent for the idle time is asked for a
			// ping, and closed when none comes back.
			SendPingTimeout: 20 * time.Second,
			PingTimeout:     10 * time.Second,
		},
		TLSConfig: &tls.Config{
			MinVersion: tls.VersionTLS12,
			// TLS 1.3's suites are all of this kind, and not configurable.
			CipherSuites: []uint16{
				tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,
				tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
				tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,
				tls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
				tls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,
				tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
			},
		},
	}
}
