//go:build !wasm

// Command site serves the Belgium – United States infographic. The same
// package, built for js/wasm (main_wasm.go), is the page's app.wasm.
//
//	site [-addr 127.0.0.1:8080] [-public-url https://example.org]
//	     [-frame-ancestors "https://embassy.example"] [-assets web/static]
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/signal"
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

func run() error {
	defaultAddr := os.Getenv("ADDR")
	if defaultAddr == "" {
		defaultAddr = "127.0.0.1:8080"
	}
	addr := flag.String("addr", defaultAddr, "address to listen on (or set ADDR)")
	publicURL := flag.String("public-url", os.Getenv("PUBLIC_URL"), "the site's public address, for link previews (or set PUBLIC_URL); left out when empty")
	frameAncestors := flag.String("frame-ancestors", os.Getenv("FRAME_ANCESTORS"), "origins, separated by spaces, of the sites that may show the pages in a frame (or set FRAME_ANCESTORS); this site alone when empty")
	assetsDir := flag.String("assets", "", "serve assets from this folder instead of the embedded copy (development)")
	flag.Parse()

	handler, err := server.Open(server.Options{
		AssetsDir:      *assetsDir,
		Version:        version,
		PublicURL:      *publicURL,
		FrameAncestors: *frameAncestors,
	})
	if err != nil {
		return err
	}
	if *publicURL == "" {
		log.Print("no public address (-public-url): embed codes name the address each page is loaded from")
	}

	srv := &http.Server{
		Addr:              *addr,
		Handler:           handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	errc := make(chan error, 1)
	go func() { errc <- srv.ListenAndServe() }()
	log.Printf("serving the infographic at http://%s/ (version %s)", *addr, version)

	select {
	case err := <-errc:
		return fmt.Errorf("listening on %s: %w", *addr, err)
	case <-ctx.Done():
	}
	log.Print("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("shutting down: %w", err)
	}
	return nil
}
