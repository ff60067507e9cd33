package budget

import (
	"bytes"
	"net/http"
	"slices"
	"strings"
	"testing"
)

// site is a stand-in server: each file's body length says which encoding
// was sent (10 bytes for brotli, 20 for gzip, 30 as is).
func site() http.Handler {
	pages := map[string]string{
		"/p": `<html><head><link rel="stylesheet" href="/web/app.1.css"><link href="/web/icon.2.png" rel="apple-touch-icon">` +
			`<link rel="icon" href="/web/icon.3.svg"><script defer src="/app.js"></script><script src="/web/echarts.4.js" defer></script>` +
			`</head><body><img src="/web/icon.3.svg"><a href="/elsewhere">x</a></body></html>`,
		"/app.js": `fetchWithProgress("/web/app.5.wasm", showProgress)`,
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if body, ok := pages[r.URL.Path]; ok && r.Header.Get("Accept-Encoding") == "" {
			w.Write([]byte(body))
			return
		}
		if !strings.HasPrefix(r.URL.Path, "/web/") && pages[r.URL.Path] == "" {
			http.NotFound(w, r)
			return
		}
		n := map[string]int{"br": 10, "gzip": 20, "": 30}[r.Header.Get("Accept-Encoding")]
		w.Write(bytes.Repeat([]byte("x"), n))
	})
}

func TestFirstView(t *testing.T) {
	assets, err := FirstView(site(), "/p")
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, a := range assets {
		urls = append(urls, a.URL+" "+a.Group)
		if a.URL != "/p" && a.URL != "/app.js" && (a.Brotli != 10 || a.Gzip != 20 || a.Raw != 30) {
			t.Errorf("%s: sizes br %d gz %d raw %d, want 10 20 30", a.URL, a.Brotli, a.Gzip, a.Raw)
		}
	}
	want := []string{
		"/p everything else",
		"/web/app.1.css everything else",
		"/web/icon.3.svg everything else",
		"/app.js everything else",
		"/web/echarts.4.js ECharts bundle",
		"/web/app.5.wasm app.wasm",
	}
	if !slices.Equal(urls, want) {
		t.Errorf("first view = %q\nwant %q", urls, want)
	}
	if _, err := FirstView(site(), "/missing"); err == nil {
		t.Error("a missing page gave no error")
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name   string
		assets []Asset
		over   []string
	}{
		{"within", []Asset{{Group: GroupWasm, Brotli: 1_645_000}, {Group: GroupRest, Brotli: 30_000}, {Group: GroupRest, Brotli: 30_000}}, nil},
		{"wasm over", []Asset{{Group: GroupWasm, Brotli: 1_645_001}}, []string{GroupWasm}},
		{"rest adds up", []Asset{{Group: GroupRest, Brotli: 30_000}, {Group: GroupRest, Brotli: 30_001}}, []string{GroupRest}},
		{"bundle over", []Asset{{Group: GroupECharts, Brotli: 140_001}}, []string{GroupECharts}},
	}
	for _, tt := range tests {
		var over []string
		for _, total := range Check(tt.assets, Limits) {
			if total.Over() {
				over = append(over, total.Group)
			}
		}
		if !slices.Equal(over, tt.over) {
			t.Errorf("%s: over budget %v, want %v", tt.name, over, tt.over)
		}
	}
}

// TestPhoneTotal checks that a phone's budget counts everything but
// app.wasm, which a phone never fetches.
func TestPhoneTotal(t *testing.T) {
	assets := []Asset{{Group: GroupECharts, Brotli: 130_000}, {Group: GroupRest, Brotli: 20_000}, {Group: GroupWasm, Brotli: 1_500_000}}
	for _, total := range Check(assets, Limits) {
		if total.Group == GroupPhone && total.Brotli != 150_000 {
			t.Errorf("phone first view = %d, want 150,000", total.Brotli)
		}
	}
}

func TestWriteFirstView(t *testing.T) {
	assets := []Asset{{URL: "/fr", Group: GroupRest, Raw: 42_000, Gzip: 8_000, Brotli: 6_600}, {URL: "/web/app.1.wasm", Group: GroupWasm, Brotli: 1_700_000}}
	var b bytes.Buffer
	if err := WriteFirstView(&b, "/fr", assets, Check(assets, Limits)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{"First view of /fr", "42,000", "1,700,000", "OVER", "ok"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if strings.Index(out, "/web/app.1.wasm") > strings.LastIndex(out, "/fr ") {
		t.Errorf("report not sorted largest first:\n%s", out)
	}
}

// TestEmbedFirstView weighs an embed whose frame script names the ECharts
// bundle, and checks the embeds' budgets with and without the bundle.
func TestEmbedFirstView(t *testing.T) {
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/e" {
			w.Write([]byte(`<html><head><link rel="stylesheet" href="/web/app.1.css"><script defer src="/web/frame.6.js" data-charts="/web/echarts.4.js"></script></head></html>`))
			return
		}
		w.Write(bytes.Repeat([]byte("x"), 10))
	})
	assets, err := FirstView(h, "/e")
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, a := range assets {
		urls = append(urls, a.URL)
	}
	if want := []string{"/e", "/web/app.1.css", "/web/frame.6.js", "/web/echarts.4.js"}; !slices.Equal(urls, want) {
		t.Errorf("embed first view = %q, want %q", urls, want)
	}
	if !HasECharts(assets) {
		t.Error("HasECharts = false for an embed that loads the bundle")
	}
	tests := []struct {
		echarts bool
		brotli  int
		over    bool
	}{
		{false, 20_000, false},
		{false, 20_001, true},
		{true, 166_000, false},
		{true, 166_001, true},
	}
	for _, tt := range tests {
		totals := Check([]Asset{{Group: GroupRest, Brotli: tt.brotli - 1}, {Group: GroupECharts, Brotli: 1}}, EmbedLimits(tt.echarts))
		if len(totals) != 1 || totals[0].Over() != tt.over {
			t.Errorf("ECharts %v, %d bytes: totals %+v, want over = %v", tt.echarts, tt.brotli, totals, tt.over)
		}
	}
}
