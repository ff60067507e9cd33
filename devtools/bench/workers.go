package bench

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// serviceWorker is the target type of a service worker.
const serviceWorker = "service_worker"

// workerWatch follows the service workers of a browser, as DevTools does:
// their requests (filling their cache, answering what they have not
// cached) are no part of the page's, in its network events or under its
// throttling. The browser holds each new worker before it runs a line of
// script until the watch has enabled the network events in it and
// throttled it.
type workerWatch struct {
	tab        context.Context
	meter      *trafficMeter
	conditions *networkConditions
	stopListen context.CancelFunc

	mu       sync.Mutex
	stopped  bool
	attached map[target.ID]context.CancelFunc
	errs     []error
	wg       sync.WaitGroup
}

// watchWorkers reports the network events of the service workers running
// in the browser of tab, and of those that start later, to meter, and
// throttles them as n says when n is not nil, until stop is called. stop
// returns the errors met on the way.
func watchWorkers(tab context.Context, meter *trafficMeter, n *Throttle) (stop func() error, err error) {
	c := chromedp.FromContext(tab)
	if c == nil || c.Browser == nil {
		return nil, errors.New("watching for service workers: no browser")
	}
	listenCtx, stopListen := context.WithCancel(tab)
	w := &workerWatch{
		tab:        tab,
		meter:      meter,
		stopListen: stopListen,
		attached:   map[target.ID]context.CancelFunc{},
	}
	if n != nil {
		conditions := n.conditions()
		w.conditions = &conditions
	}
	err = chromedp.ListenBrowser(listenCtx, func(ev any) {
		if ev, ok := ev.(*target.EventAttachedToTarget); ok && ev.TargetInfo != nil && ev.TargetInfo.Type == serviceWorker {
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
	// The browser attaches to the workers running now, and holds those
	// that start later until they are told to run.
	if _, err := cdp.Call(tab, c.Browser, target.SetAutoAttach, target.SetAutoAttachParams{
		AutoAttach:             true,
		WaitForDebuggerOnStart: true,
		Flatten:                new(true),
		Filter:                 target.Filter{{Type: serviceWorker}, {Exclude: true}},
	}); err != nil {
		return nil, errors.Join(fmt.Errorf("watching for service workers: %w", err), w.stop())
	}
	return w.stop, nil
}

// attach follows the worker once: its network events go to the meter,
// its network is throttled, and then it may run.
func (w *workerWatch) attach(id target.ID) {
	w.mu.Lock()
	if _, ok := w.attached[id]; ok || w.stopped {
		w.mu.Unlock()
		return
	}
	ctx, cancel := chromedp.NewContext(w.tab,
		chromedp.WithTargetID(id),
		chromedp.WithDetachOnCancel(),
		chromedp.WithListener(w.meter.listener("worker "+string(id))))
	w.attached[id] = cancel
	w.mu.Unlock()
	err := chromedp.Do(ctx)
	if err == nil && w.conditions != nil {
		_, err = chromedp.Call(ctx, emulateNetworkConditions, *w.conditions)
	}
	if err == nil {
		_, err = chromedp.Call(ctx, runtime.RunIfWaitingForDebugger, cdp.Empty{})
	}
	if err != nil && w.tab.Err() == nil {
		w.mu.Lock()
		w.errs = append(w.errs, fmt.Errorf("following service worker %s: %w", id, err))
		w.mu.Unlock()
	}
}

func (w *workerWatch) stop() error {
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
