package server

import (
	"net/http"
	"strings"
)

// oneRange serves a request for several ranges of a file whole: each
// range costs the server a part of a multipart answer, and hundreds of
// them made a small request cost a second of work and two megabytes. A
// download that resumes asks for one range, which is served as asked.
func oneRange(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(r.Header.Get("Range"), ",") {
			// A handler does not change the request it was given.
			r = r.Clone(r.Context())
			r.Header.Del("Range")
		}
		next.ServeHTTP(w, r)
	})
}
