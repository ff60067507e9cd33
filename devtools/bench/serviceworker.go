package bench

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/chromedp/chromedp"
)

// The wait for the service worker.
const (
	// workerTimeout is how long the service worker may take to control the
	// page and cache the app.
	workerTimeout = 60 * time.Second
	// cacheSettled is how long the cache must keep the same number of
	// entries to count as complete.
	cacheSettled = time.Second
	// workerPoll is how often the page is asked.
	workerPoll = 250 * time.Millisecond
)

// workerState is what the page knows of its service worker.
type workerState struct {
	Supported  bool `json:"supported"`
	Ready      bool `json:"ready"`
	Controlled bool `json:"controlled"`
	// Entries is the number of responses in all the origin's caches.
	Entries int `json:"entries"`
}

// readWorker reads the worker's state without waiting long for
// navigator.serviceWorker.ready.
const readWorker = `(async () => {
  const sw = navigator.serviceWorker;
  if (!sw || !window.caches) return { supported: false, ready: false, controlled: false, entries: 0 };
  const ready = await Promise.race([
    sw.ready.then(() => true),
    new Promise((resolve) => setTimeout(() => resolve(false), 200)),
  ]);
  let entries = 0;
  for (const name of await caches.keys()) {
    entries += (await (await caches.open(name)).keys()).length;
  }
  return { supported: true, ready, controlled: sw.controller !== null, entries };
})()`

// waitWorker waits until the page in the tab of ctx is controlled by its
// service worker and the worker's cache has stopped growing, so that a
// repeat visit finds the app cached.
func waitWorker(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, workerTimeout)
	defer cancel()
	var (
		last   workerState
		stable time.Time
	)
	for {
		s, err := chromedp.Run(ctx, chromedp.Evaluate[workerState](readWorker, chromedp.EvalAwaitPromise))
		switch {
		case errors.Is(err, context.DeadlineExceeded):
			return fmt.Errorf("service worker not ready after %v: ready %v, controlling the page %v, %d responses cached",
				workerTimeout, last.Ready, last.Controlled, last.Entries)
		case err != nil:
			return fmt.Errorf("reading the service worker's state: %w", err)
		case !s.Supported:
			return errors.New("the page has no service worker or cache storage")
		}
		if s.Ready && s.Controlled && s.Entries > 0 {
			if s.Entries != last.Entries || stable.IsZero() {
				stable = time.Now()
			} else if time.Since(stable) >= cacheSettled {
				return nil
			}
		} else {
			stable = time.Time{}
		}
		last = s
		select {
		case <-ctx.Done():
		case <-time.After(workerPoll):
		}
	}
}
