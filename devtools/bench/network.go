package bench

import (
	"net/url"
	"sync"

	"github.com/chromedp/cdproto/network"
)

// Traffic is what crossed the network between two calls of
// trafficMeter.Reset.
type Traffic struct {
	// Bytes is how many bytes the browser received from the network for
	// its requests: headers and bodies as sent, before decompression.
	Bytes int64
	// Requests is how many HTTP requests went to the network, each
	// redirect counting as one.
	Requests int64
}

// trafficMeter adds up the bytes and requests that Chromium's network
// events report, from the page and from its service workers. What a cache
// or a service worker answered crossed no network and counts nothing; a
// request a service worker sent on to the network counts in the worker,
// where DevTools reports it.
type trafficMeter struct {
	mu       sync.Mutex
	requests map[requestKey]*request
}

// requestKey names a request: request ids are unique within one target.
type requestKey struct {
	source string
	id     network.RequestID
}

// request is one request as its events describe it.
type request struct {
	// redirects and redirectBytes count the redirect responses received
	// from the network so far, each of them a request of its own.
	redirects, redirectBytes int64
	// answered says that the current hop has a response; local that it
	// came from the memory or prefetch cache or a service worker.
	answered, local bool
	// bytes are the current hop's bytes: the headers, then the chunks as
	// they arrive, then the total once it has finished.
	bytes float64
}

// wire returns what the request sent over the network. A hop that
// received nothing, a hit of the disk cache, sent nothing either.
func (r *request) wire() Traffic {
	t := Traffic{Bytes: r.redirectBytes, Requests: r.redirects}
	if r.answered && !r.local && r.bytes > 0 {
		t.Bytes += int64(r.bytes)
		t.Requests++
	}
	return t
}

func newTrafficMeter() *trafficMeter {
	return &trafficMeter{requests: map[requestKey]*request{}}
}

// Reset returns the traffic of the requests sent or answered since the
// previous Reset (or the start), those still loading as far as they got,
// and starts afresh: a request answered before the call counts no more.
func (m *trafficMeter) Reset() Traffic {
	m.mu.Lock()
	defer m.mu.Unlock()
	var t Traffic
	for _, r := range m.requests {
		w := r.wire()
		t.Bytes += w.Bytes
		t.Requests += w.Requests
	}
	m.requests = map[requestKey]*request{}
	return t
}

// listener returns the func to give chromedp for the events of one target,
// which source names.
func (m *trafficMeter) listener(source string) func(ev any) {
	return func(ev any) { m.event(source, ev) }
}

// event records one network event of the target named source.
func (m *trafficMeter) event(source string, ev any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		if ev.Request == nil || !onNetwork(ev.Request.URL) {
			return
		}
		key := requestKey{source, ev.RequestID}
		r, ok := m.requests[key]
		if !ok {
			m.requests[key] = &request{}
			return
		}
		// The same id again is a redirect: its response ends one hop.
		if res := ev.RedirectResponse; res != nil && !servedLocally(res) && res.EncodedDataLength > 0 {
			r.redirects++
			r.redirectBytes += int64(res.EncodedDataLength)
		}
		*r = request{redirects: r.redirects, redirectBytes: r.redirectBytes}
	case *network.EventResponseReceived:
		if ev.Response == nil {
			return
		}
		key := requestKey{source, ev.RequestID}
		r := m.requests[key]
		if r == nil {
			// A request sent before the events were on, as a service
			// worker's script is fetched before the worker starts: it
			// counts from its answer.
			if !onNetwork(ev.Response.URL) {
				return
			}
			r = &request{}
			m.requests[key] = r
		}
		r.answered = true
		r.local = r.local || servedLocally(ev.Response)
		r.bytes = ev.Response.EncodedDataLength
	case *network.EventRequestServedFromCache:
		if r := m.requests[requestKey{source, ev.RequestID}]; r != nil {
			r.local = true
		}
	case *network.EventDataReceived:
		if r := m.requests[requestKey{source, ev.RequestID}]; r != nil {
			r.bytes += float64(ev.EncodedDataLength)
		}
	case *network.EventLoadingFinished:
		if r := m.requests[requestKey{source, ev.RequestID}]; r != nil {
			r.answered = true
			r.bytes = ev.EncodedDataLength
		}
	}
}

// servedLocally reports whether a response came from a service worker or
// the prefetch cache rather than the network. The disk cache is told by
// the bytes: a hit receives none, a revalidation receives the server's
// answer.
func servedLocally(res *network.Response) bool {
	return res.FromServiceWorker || res.FromPrefetchCache
}

// onNetwork reports whether a request to u can go to the network: data:
// and blob: addresses never do.
func onNetwork(u string) bool {
	parsed, err := url.Parse(u)
	return err == nil && (parsed.Scheme == "http" || parsed.Scheme == "https")
}
