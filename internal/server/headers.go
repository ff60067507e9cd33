package server

import (
	"maps"
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
// (the presentation) and write to the clipboard (the embed codes). It
// names only features browsers know, so that a frame's console stays
// quiet.
const permissionsPolicy = "accelerometer=(), autoplay=(), browsing-topics=(), " +
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

// header is one response header.
type header struct{ name, value string }

// commonHeaders are the security headers every response carries, with csp
// as its Content-Security-Policy: the server sets them, and the static
// export writes them into its nginx snippet and its _headers file.
func commonHeaders(csp string) []header {
	return []header{
		{"Content-Security-Policy", csp},
		{"X-Content-Type-Options", "nosniff"},
		{"Referrer-Policy", "strict-origin-when-cross-origin"},
		{"Permissions-Policy", permissionsPolicy},
		// Windows this site opens share nothing with their opener's.
		{"Cross-Origin-Opener-Policy", "same-origin"},
	}
}

// hostScript is the path of the embeds' host script, the one resource
// other sites' pages load.
const hostScript = "/embed.js"

// resourcePolicy is the Cross-Origin-Resource-Policy of a path, for a
// site under prefix: the site's resources are its own, but for the host
// script.
func resourcePolicy(prefix, path string) string {
	if path == prefix+hostScript {
		return "cross-origin"
	}
	return "same-origin"
}

// hsts tells browsers to come back over TLS only, for two years.
const hsts = "max-age=63072000; includeSubDomains"

// secureHeaders sets the security headers of every response, with csp as
// its Content-Security-Policy, for a site under prefix. Over TLS it adds Strict-Transport-Security;
// plain HTTP (behind a proxy that ends TLS) leaves that header to the
// proxy.
func secureHeaders(next http.Handler, csp, prefix string) http.Handler {
	// The values are made once and shared by every response: nothing
	// changes a value once set.
	common := http.Header{}
	for _, c := range commonHeaders(csp) {
		common.Set(c.name, c.value)
	}
	policies := map[string][]string{"same-origin": {"same-origin"}, "cross-origin": {"cross-origin"}}
	strict := []string{hsts}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		maps.Copy(h, common)
		if r.TLS != nil {
			h["Strict-Transport-Security"] = strict
		}
		h["Cross-Origin-Resource-Policy"] = policies[resourcePolicy(prefix, r.URL.Path)]
		next.ServeHTTP(w, r)
	})
}
