package server

import (
	"net/http"
	"strings"
)

// contentSecurityPolicy allows nothing but this origin: no CDN, no inline
// script or style, no base element, no form. 'wasm-unsafe-eval' lets the
// browser compile app.wasm.
const contentSecurityPolicy = "default-src 'self'; " +
	"script-src 'self' 'wasm-unsafe-eval'; " +
	"style-src 'self'; " +
	"img-src 'self' data:; " +
	"connect-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'none'"

// permissionsPolicy denies every feature the site does not use, and lets
// its own pages, not a framing site, take the screen and keep it awake
// (the presentation) and write to the clipboard (the embed codes).
const permissionsPolicy = "accelerometer=(), ambient-light-sensor=(), autoplay=(), bluetooth=(), browsing-topics=(), " +
	"camera=(), display-capture=(), encrypted-media=(), geolocation=(), gyroscope=(), hid=(), " +
	"idle-detection=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), " +
	"publickey-credentials-get=(), serial=(), usb=(), xr-spatial-tracking=(), " +
	"fullscreen=(self), screen-wake-lock=(self), clipboard-write=(self)"

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
		h.Set("Permissions-Policy", permissionsPolicy)
		// Over TLS, browsers are told to come back over TLS only, for two
		// years; plain HTTP (behind a proxy that ends TLS) leaves that
		// header to the proxy.
		if r.TLS != nil {
			h.Set("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
		}
		// Windows this site opens share nothing with their opener's; its
		// resources are its own, but for the host script, which other
		// sites' pages load.
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		if r.URL.Path == "/embed.js" {
			h.Set("Cross-Origin-Resource-Policy", "cross-origin")
		} else {
			h.Set("Cross-Origin-Resource-Policy", "same-origin")
		}
		next.ServeHTTP(w, r)
	})
}
