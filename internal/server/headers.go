package server

import (
	"net/http"
	"strings"
)

// contentSecurityPolicy allows nothing but this origin: no CDN, no inline
// script. 'wasm-unsafe-eval' lets the browser compile app.wasm.
const contentSecurityPolicy = "default-src 'self'; " +
	"script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; " +
	"img-src 'self' data:; " +
	"font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; " +
	"object-src 'none'; base-uri 'self'; form-action 'self'"

// policy is the Content-Security-Policy of every response, with the sites
// that may frame it: frameAncestors are the directive's sources
// (ParseFrameAncestors), 'self' when there are none. One policy covers
// every route, the full page included: a site that may show an embed may
// show the whole page, and nothing on the page is worth more to a framing
// site than an embed is. No X-Frame-Options is sent, which could only
// contradict it.
func policy(frameAncestors []string) string {
	if len(frameAncestors) == 0 {
		frameAncestors = []string{"'self'"}
	}
	return contentSecurityPolicy + "; frame-ancestors " + strings.Join(frameAncestors, " ")
}

// secureHeaders sets the security headers of every response, with csp as
// its Content-Security-Policy.
func secureHeaders(next http.Handler, csp string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		next.ServeHTTP(w, r)
	})
}
