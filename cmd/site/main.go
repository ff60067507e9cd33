//go:build !wasm

// Command site serves the Belgium – United States infographic. The same
// package, built for js/wasm (main_wasm.go), is the page's app.wasm.
//
//	site [-addr 127.0.0.1:8080] [-public-url https://example.org]
//	     [-frame-ancestors "https://embassy.example"] [-assets web/static]
//	     [-access-log=false] [-grace 90s] [-max-conns 4096]
//	     [-tls-cert cert.pem -tls-key key.pem] [-prefix /infographic]
//	site -export dist [-prefix /infographic] [-public-url …] [-frame-ancestors …]
//
// With -export it writes the site as static files into a folder, for any
// static host or CDN, and exits.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/be-us/partnership/internal/server"
)

// version is set at build time (-ldflags "-X main.version=…").
var version = "dev"

func main() {
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

// memoryLimit is the soft limit on the Go runtime's memory when the
// environment sets no GOMEMLIMIT. The heap the server keeps after start
// is about 20 MB, and the binary's own pages add about 30 MB to the
// resident size: with this limit, a burst of drawings or ZIP files makes
// the collector work harder rather than let the heap double, so the
// process stays near 100 MB, and a container limit sized from its start
// holds.
const memoryLimit = 64 << 20

func run() error {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	defaultAddr := os.Getenv("ADDR")
	if defaultAddr == "" {
		defaultAddr = "127.0.0.1:8080"
	}
	addr := flag.String("addr", defaultAddr, "address to listen on (or set ADDR)")
	publicURL := flag.String("public-url", os.Getenv("PUBLIC_URL"), "the site's public address, for link previews (or set PUBLIC_URL); left out when empty")
	frameAncestors := flag.String("frame-ancestors", os.Getenv("FRAME_ANCESTORS"), "origins, separated by spaces, of the sites that may show the pages in a frame (or set FRAME_ANCESTORS); this site alone when empty")
	assetsDir := flag.String("assets", "", "serve assets from this folder instead of the embedded copy (development)")
	accessLog := flag.Bool("access-log", true, "log every request (client, method, path, status, bytes, duration; a cut answer as a warning) to standard error")
	tlsCert := flag.String("tls-cert", os.Getenv("TLS_CERT"), "serve HTTPS with this certificate file (PEM, or set TLS_CERT), with -tls-key; plain HTTP without")
	tlsKey := flag.String("tls-key", os.Getenv("TLS_KEY"), "the certificate's private key file (PEM, or set TLS_KEY)")
	maxConns := flag.Int("max-conns", 4096, "most connections held at once; idle keep-alive connections are closed near it (keep it under the process's open-file limit)")
	contact := flag.String("accessibility-contact", os.Getenv("ACCESSIBILITY_CONTACT"), "where readers write about accessibility, named in the accessibility statement: an e-mail address or an https page (or set ACCESSIBILITY_CONTACT)")
	prefix := flag.String("prefix", os.Getenv("PREFIX"), "the path the site is served under, such as /infographic (or set PREFIX); the origin's root when empty")
	export := flag.String("export", "", "write the site as static files into this folder, which must be empty or absent, and exit")
	grace := flag.Duration("grace", 90*time.Second, "how long requests in flight may finish after SIGTERM or SIGINT: at least the longest download (app.wasm, uncompressed, at 100 KB/s)")
	flag.Parse()

	options := server.Options{
		AssetsDir:      *assetsDir,
		Version:        version,
		PublicURL:      *publicURL,
		Prefix:         *prefix,
		Contact:        *contact,
		FrameAncestors: *frameAncestors,
	}
	if *export != "" {
		if err := server.Export(options, *export); err != nil {
			return fmt.Errorf("exporting: %w", err)
		}
		log.Printf("exported the infographic to %s", *export)
		return nil
	}
	if (*tlsCert == "") != (*tlsKey == "") {
		return errors.New("-tls-cert and -tls-key go together")
	}
	// The address first: a wrong one fails at once, before the pages are
	// rendered; connections made meanwhile wait for them.
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	var draining atomic.Bool
	options.Draining = draining.Load
	handler, err := server.Open(options)
	if err != nil {
		return err
	}
	if *accessLog {
		handler = server.AccessLog(handler, slog.New(slog.NewTextHandler(os.Stderr, nil)))
	}
	if *publicURL == "" {
		log.Print("no public address (-public-url): embed codes name the address each page is loaded from")
	}
	if *contact == "" {
		log.Print("no address for feedback on accessibility (-accessibility-contact): the accessibility statement sends readers to the embassy's website")
	}

	conns := &server.Conns{Max: *maxConns}
	srv := server.HTTPServer(handler, conns)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	errc := make(chan error, 1)
	scheme := "http"
	if *tlsCert != "" {
		scheme = "https"
		go func() { errc <- srv.ServeTLS(conns.Listener(ln), *tlsCert, *tlsKey) }()
	} else {
		go func() { errc <- srv.Serve(conns.Listener(ln)) }()
	}
	log.Printf("serving the infographic at %s://%s/ (version %s)", scheme, ln.Addr(), version)

	select {
	case err := <-errc:
		return fmt.Errorf("serving on %s: %w", *addr, err)
	case <-ctx.Done():
	}
	// A second signal now ends the process at once.
	stop()
	log.Printf("shutting down: requests in flight have %v to finish", *grace)
	draining.Store(true)
	srv.SetKeepAlivesEnabled(false)
	shutdownCtx, cancel := context.WithTimeout(context.Background(), *grace)
	defer cancel()
	err = srv.Shutdown(shutdownCtx)
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		// A stop asked for is no failure: the process ends normally, and
		// says what it cut.
		log.Printf("shut down after %v: the requests still in flight were cut", *grace)
		return srv.Close()
	case err != nil && !errors.Is(err, http.ErrServerClosed):
		return fmt.Errorf("shutting down: %w", err)
	}
	log.Print("shut down")
	return nil
}
