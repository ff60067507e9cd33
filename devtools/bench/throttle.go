package bench

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// serviceWorker is the target type of a service worker.
const serviceWorker = "service_worker"

// workerThrottle applies network conditions to the service workers of a
// browser, as DevTools does: the requests a worker makes itself (filling
// its cache, answering what it has not cached) escape the page's
// throttling. A worker that starts during a load may send its first
// requests before the conditions reach it.
type workerThrottle struct {
	tab        context.Context
	conditions networkConditions
	stopListen context.CancelFunc

	mu       sync.Mutex
	stopped  bool
	attached map[target.ID]context.CancelFunc
	errs     []error
	wg       sync.WaitGroup
}

// throttleWorkers throttles the service workers running in the browser of
// tab, and those that start later, until stop is called. stop returns the
// errors met on the way.
func throttleWorkers(tab context.Context, n *Throttle) (stop func() error, err error) {
	listenCtx, stopListen := context.WithCancel(tab)
	w := &workerThrottle{
		tab:        tab,
		conditions: n.conditions(),
		stopListen: stopListen,
		attached:   map[target.ID]context.CancelFunc{},
	}
	err = chromedp.Listen(listenCtx, func(ev any) {
		if ev, ok := ev.(*target.EventTargetCreated); ok && ev.TargetInfo.Type == serviceWorker {
			w.mu.Lock()
			defer w.mu.Unlock()
			if w.stopped {
				return
			}
			w.wg.Add(1)
			go func() {
				defer w.wg.Done()
				w.attach(ev.TargetInfo.TargetID)
			}()
		}
	})
	if err != nil {
		stopListen()
		return nil, fmt.Errorf("watching for service workers: %w", err)
	}
	infos, err := chromedp.Targets(tab)
	if err != nil {
		w.stop()
		return nil, fmt.Errorf("listing service workers: %w", err)
	}
	for _, info := range infos {
		if info.Type == serviceWorker {
			w.attach(info.TargetID)
		}
	}
	return w.stop, nil
}

// attach throttles the worker once.
func (w *workerThrottle) attach(id target.ID) {
	w.mu.Lock()
	if _, ok := w.attached[id]; ok || w.stopped {
		w.mu.Unlock()
		return
	}
	ctx, cancel := chromedp.NewContext(w.tab, chromedp.WithTargetID(id), chromedp.WithDetachOnCancel())
	w.attached[id] = cancel
	w.mu.Unlock()
	if _, err := chromedp.Call(ctx, emulateNetworkConditions, w.conditions); err != nil && w.tab.Err() == nil {
		w.mu.Lock()
		w.errs = append(w.errs, fmt.Errorf("throttling service worker %s: %w", id, err))
		w.mu.Unlock()
	}
}

func (w *workerThrottle) stop() error {
	w.stopListen()
	w.mu.Lock()
	w.stopped = true
	w.mu.Unlock()
	w.wg.Wait()
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, cancel := range w.attached {
		cancel()
	}
	return errors.Join(w.errs...)
}
