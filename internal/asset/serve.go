package asset

import (
	"bytes"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Cache policies for Serve.
const (
	// Immutable is for versioned names, whose content never changes.
	Immutable = "public, max-age=31536000, immutable"
	// Revalidate is for fixed names: the browser asks each time, and a
	// current copy costs a 304.
	Revalidate = "no-cache"
)

// Serve writes the file in the best encoding the request accepts, with its
// type, ETag and the given Cache-Control. A plain GET or HEAD, or one with
// If-None-Match, is answered here, the body in one write; other
// conditional requests and range requests are answered by net/http, and a
// range only for a response sent as is: an encoded response is always
// sent whole.
func (f *File) Serve(w http.ResponseWriter, r *http.Request, cacheControl string) {
	body := f.encode(w, r, cacheControl)
	if plain(r) {
		h := w.Header()
		if inm := r.Header.Get("If-None-Match"); inm != "" && (r.Method == http.MethodGet || r.Method == http.MethodHead) && NoneMatch(inm, h.Get("ETag")) {
			delete(h, "Content-Type")
			delete(h, "Content-Length")
			delete(h, "Content-Encoding")
			w.WriteHeader(http.StatusNotModified)
			return
		}
		h.Set("Content-Length", strconv.Itoa(len(body)))
		if r.Method == http.MethodHead {
			w.WriteHeader(http.StatusOK)
			return
		}
		// One write of the whole body, from memory: net/http's copy would
		// go through a buffer of 32 KB. The server paces large ones.
		w.WriteHeader(http.StatusOK)
		w.Write(body)
		return
	}
	if w.Header().Get("Content-Encoding") != "" && r.Header.Get("Range") != "" {
		// A range of encoded bytes is of no use to a browser.
		r = r.Clone(r.Context())
		r.Header.Del("Range")
		r.Header.Del("If-Range")
	}
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

// etagChar reports whether c may be in an entity tag (RFC 9110, 8.8.3).
func etagChar(c rune) bool { return c == 0x21 || c >= 0x23 && c <= 0x7e || c >= 0x80 }

// plain reports whether a request asks for no range and has no condition
// but If-None-Match.
func plain(r *http.Request) bool {
	h := r.Header
	return h.Get("Range") == "" && h.Get("If-Match") == "" && h.Get("If-Unmodified-Since") == ""
}

// NoneMatch reports whether an If-None-Match header names etag (a quoted
// entity tag), by the weak comparison, or is "*": the answer is then 304.
// A list it cannot read to its end matches only through what it read.
func NoneMatch(header, etag string) bool {
	want := strings.TrimPrefix(etag, "W/")
	s := header
	for {
		s = strings.TrimLeft(s, " \t\r\n,")
		if s == "" {
			return false
		}
		if s[0] == '*' {
			return true
		}
		s = strings.TrimPrefix(s, "W/")
		if s == "" || s[0] != '"' {
			return false
		}
		end := strings.IndexFunc(s[1:], func(c rune) bool { return !etagChar(c) })
		if end < 0 || s[1+end] != '"' {
			return false
		}
		if s[:end+2] == want {
			return true
		}
		s = s[end+2:]
	}
}

// ServeStatus sends the file whole, with the given status and no answer to
// conditional or range requests: for an error page.
func (f *File) ServeStatus(w http.ResponseWriter, r *http.Request, cacheControl string, status int) {
	body := f.encode(w, r, cacheControl)
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// encode sets the headers of the file's response in the encoding the
// request accepts, and returns the body in that encoding.
func (f *File) encode(w http.ResponseWriter, r *http.Request, cacheControl string) []byte {
	h := w.Header()
	body, etag := f.Body, f.Hash
	if f.Brotli != nil || f.Gzip != nil {
		h.Add("Vary", "Accept-Encoding")
		switch Choose(r.Header.Get("Accept-Encoding"), f.Brotli != nil, f.Gzip != nil) {
		case "br":
			body, etag = f.Brotli, f.Hash+"-br"
			h.Set("Content-Encoding", "br")
		case "gzip":
			body, etag = f.Gzip, f.Hash+"-gz"
			h.Set("Content-Encoding", "gzip")
		}
	}
	h.Set("Content-Type", f.Type)
	h.Set("Cache-Control", cacheControl)
	h.Set("ETag", `"`+etag+`"`)
	if h.Get("Content-Encoding") != "" {
		// net/http leaves the length out of an encoded response.
		h.Set("Content-Length", strconv.Itoa(len(body)))
	}
	return body
}

// Choose picks the response's encoding from an Accept-Encoding header:
// "br", "gzip" or "" for none, given which encodings the file has. The
// highest q-value wins; on a tie brotli, then gzip, then none. An encoding
// with q=0, or refused by "*;q=0", is never chosen. A header that cannot be
// read in part is read for what it says clearly.
func Choose(acceptEncoding string, hasBrotli, hasGzip bool) string {
	q := map[string]float64{}
	star := -1.0
	for part := range strings.SplitSeq(acceptEncoding, ",") {
		name, params, _ := strings.Cut(part, ";")
		name = strings.ToLower(strings.TrimSpace(name))
		weight, ok := qValue(params)
		if !ok {
			continue
		}
		switch name {
		case "":
		case "*":
			star = weight
		case "x-gzip":
			q["gzip"] = max(q["gzip"], weight)
		default:
			q[name] = max(q[name], weight)
		}
	}
	weight := func(name string) float64 {
		if w, ok := q[name]; ok {
			return w
		}
		if star >= 0 {
			return star
		}
		return 0
	}
	// Identity is acceptable unless refused, but any encoding the client
	// names is preferred to it unless it says otherwise.
	identity := 0.001
	if w, ok := q["identity"]; ok {
		identity = w
	} else if star >= 0 {
		identity = min(star, identity)
	}
	best, bestQ := "", identity
	if hasGzip && weight("gzip") > 0 && weight("gzip") >= bestQ {
		best, bestQ = "gzip", weight("gzip")
	}
	if hasBrotli && weight("br") > 0 && weight("br") >= bestQ {
		best = "br"
	}
	return best
}

// qValue reads the q parameter among an encoding's parameters: 1 when
// there is none, and ok false when it is not a number from 0 to 1.
func qValue(params string) (q float64, ok bool) {
	q = 1
	for param := range strings.SplitSeq(params, ";") {
		k, v, found := strings.Cut(strings.TrimSpace(param), "=")
		if !found || !strings.EqualFold(strings.TrimSpace(k), "q") {
			continue
		}
		p, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil || p < 0 || p > 1 {
			return 0, false
		}
		q = p
	}
	return q, true
}
