package bench

import (
	"testing"

	"github.com/chromedp/cdproto/network"
)

// event is one network event of a target, as chromedp hands it over.
type event struct {
	source string
	ev     any
}

func sent(source string, id network.RequestID, url string) event {
	return event{source, &network.EventRequestWillBeSent{RequestID: id, Request: &network.Request{URL: url}}}
}

func redirected(source string, id network.RequestID, url string, res network.Response) event {
	return event{source, &network.EventRequestWillBeSent{RequestID: id, Request: &network.Request{URL: url}, RedirectResponse: &res}}
}

func answered(source string, id network.RequestID, res network.Response) event {
	return event{source, &network.EventResponseReceived{RequestID: id, Response: &res}}
}

func chunk(source string, id network.RequestID, bytes int64) event {
	return event{source, &network.EventDataReceived{RequestID: id, EncodedDataLength: bytes}}
}

func finished(source string, id network.RequestID, bytes float64) event {
	return event{source, &network.EventLoadingFinished{RequestID: id, EncodedDataLength: bytes}}
}

func TestTrafficMeter(t *testing.T) {
	const page, worker = "page", "worker 1"
	const u = "http://127.0.0.1:8080/fr"
	tests := []struct {
		name   string
		events []event
		want   Traffic
	}{
		{"nothing", nil, Traffic{}},
		{
			name: "the total when loading finished wins over the chunks",
			events: []event{
				sent(page, "1", u), answered(page, "1", network.Response{EncodedDataLength: 200}),
				chunk(page, "1", 1000), finished(page, "1", 1234),
			},
			want: Traffic{Bytes: 1234, Requests: 1},
		},
		{
			name: "a request still loading counts the headers and chunks so far",
			events: []event{
				sent(page, "1", u), answered(page, "1", network.Response{EncodedDataLength: 300}),
				chunk(page, "1", 500), chunk(page, "1", 700),
			},
			want: Traffic{Bytes: 1500, Requests: 1},
		},
		{
			name: "a request that failed counts what it received",
			events: []event{
				sent(page, "1", u), answered(page, "1", network.Response{EncodedDataLength: 300}), chunk(page, "1", 1000),
				{page, &network.EventLoadingFailed{RequestID: "1", Canceled: true}},
			},
			want: Traffic{Bytes: 1300, Requests: 1},
		},
		{
			name:   "a request without an answer yet counts nothing",
			events: []event{sent(page, "1", u)},
			want:   Traffic{},
		},
		{
			name: "a hit of the disk cache receives nothing",
			events: []event{
				sent(page, "1", u), answered(page, "1", network.Response{FromDiskCache: true}), finished(page, "1", 0),
			},
			want: Traffic{},
		},
		{
			name: "a revalidation counts the server's answer",
			events: []event{
				sent(page, "1", u), answered(page, "1", network.Response{FromDiskCache: true, EncodedDataLength: 250}), finished(page, "1", 250),
			},
			want: Traffic{Bytes: 250, Requests: 1},
		},
		{
			name: "the memory cache counts nothing",
			events: []event{
				sent(page, "1", u), {page, &network.EventRequestServedFromCache{RequestID: "1"}},
				answered(page, "1", network.Response{EncodedDataLength: 900}), finished(page, "1", 900),
			},
			want: Traffic{},
		},
		{
			name: "an answer of the service worker counts in the worker only",
			events: []event{
				sent(page, "1", u), sent(worker, "1", u),
				answered(worker, "1", network.Response{EncodedDataLength: 300}), finished(worker, "1", 8000),
				answered(page, "1", network.Response{FromServiceWorker: true, EncodedDataLength: 8000}), finished(page, "1", 8000),
			},
			want: Traffic{Bytes: 8000, Requests: 1},
		},
		{
			name: "the prefetch cache counts nothing",
			events: []event{
				sent(page, "1", u), answered(page, "1", network.Response{FromPrefetchCache: true, EncodedDataLength: 700}), finished(page, "1", 700),
			},
			want: Traffic{},
		},
		{
			name: "a redirect is a request of its own",
			events: []event{
				sent(page, "1", "http://127.0.0.1:8080/"),
				redirected(page, "1", u, network.Response{EncodedDataLength: 180}),
				answered(page, "1", network.Response{EncodedDataLength: 300}), finished(page, "1", 2000),
			},
			want: Traffic{Bytes: 2180, Requests: 2},
		},
		{
			name: "a redirect the service worker gave counts nothing",
			events: []event{
				sent(page, "1", "http://127.0.0.1:8080/"),
				redirected(page, "1", u, network.Response{FromServiceWorker: true, EncodedDataLength: 180}),
				answered(page, "1", network.Response{EncodedDataLength: 300}), finished(page, "1", 2000),
			},
			want: Traffic{Bytes: 2000, Requests: 1},
		},
		{
			name: "data: addresses never reach the network",
			events: []event{
				sent(page, "1", "data:image/svg+xml,<svg/>"), answered(page, "1", network.Response{EncodedDataLength: 20}), finished(page, "1", 20),
			},
			want: Traffic{},
		},
		{
			name: "a request sent before the count began counts from its answer",
			events: []event{
				answered(worker, "7", network.Response{URL: "http://127.0.0.1:8080/app-worker.js", EncodedDataLength: 300}),
				chunk(worker, "7", 100), finished(worker, "7", 1043),
			},
			want: Traffic{Bytes: 1043, Requests: 1},
		},
		{
			name:   "a request answered before the count began is left out",
			events: []event{chunk(page, "7", 100), finished(page, "7", 400)},
			want:   Traffic{},
		},
		{
			name: "the same id in two targets is two requests",
			events: []event{
				sent(page, "1", u), answered(page, "1", network.Response{EncodedDataLength: 100}), finished(page, "1", 100),
				sent(worker, "1", u), answered(worker, "1", network.Response{EncodedDataLength: 50}), finished(worker, "1", 150),
			},
			want: Traffic{Bytes: 250, Requests: 2},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newTrafficMeter()
			for _, e := range tt.events {
				m.listener(e.source)(e.ev)
			}
			if got := m.Reset(); got != tt.want {
				t.Errorf("Reset() = %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestTrafficMeterReset checks that a count starts afresh: a request sent
// before Reset counts in neither count once it finishes after.
func TestTrafficMeterReset(t *testing.T) {
	m := newTrafficMeter()
	for _, e := range []event{
		sent("page", "1", "http://127.0.0.1/a"), answered("page", "1", network.Response{EncodedDataLength: 100}), finished("page", "1", 600),
		sent("page", "2", "http://127.0.0.1/b"), answered("page", "2", network.Response{EncodedDataLength: 100}),
	} {
		m.listener(e.source)(e.ev)
	}
	if got, want := m.Reset(), (Traffic{Bytes: 700, Requests: 2}); got != want {
		t.Errorf("first Reset() = %+v, want %+v", got, want)
	}
	m.listener("page")(finished("page", "2", 5000).ev)
	if got := m.Reset(); got != (Traffic{}) {
		t.Errorf("second Reset() = %+v, want nothing: the request was sent before the first", got)
	}
}
