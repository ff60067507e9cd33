package server

import (
	"net/http"
	"strings"
)

// oneRange serves a request for several ranges of a file whole: each
// range costs the server a part of a multipart answer, and hundreds of
// them made a small request cost a second of work and two megabytes. A
// download that resumes asks for one range, which is served as asked.
//
// A range of the last zero bytes ("bytes=-0") is no part of any file: it
// is answered 416, where net/http would send an empty 206.
func oneRange(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if spec, ok := strings.CutPrefix(strings.TrimSpace(r.Header.Get("Range")), "bytes="); ok && emptySuffix(spec) {
			http.Error(w, http.StatusText(http.StatusRequestedRangeNotSatisfiable), http.StatusRequestedRangeNotSatisfiable)
			return
		}
		if strings.Contains(r.Header.Get("Range"), ",") {
			// A handler does not change the request it was given.
			r = r.Clone(r.Context())
			r.Header.Del("Range")
		}
		next.ServeHTTP(w, r)
	})
}

// emptySuffix reports whether a range is a suffix of zero bytes ("-0",
// "-00").
func emptySuffix(spec string) bool {
	n, ok := strings.CutPrefix(strings.TrimSpace(spec), "-")
	return ok && n != "" && strings.Trim(n, "0") == ""
}
