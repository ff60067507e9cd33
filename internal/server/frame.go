package server

import (
	"fmt"
	"golang.org/x/net/publicsuffix"
	"net"
	"slices"
	"strconv"
	"strings"
)

// ParseFrameAncestors reads the allow-list of the sites that may show the
// site in a frame: origins separated by spaces ("https://example.org
// https://*.example.be:8443"), 'self' or 'none'. It returns the sources of
// the frame-ancestors directive: 'self' first, then each origin once, in
// lower case; an empty list gives 'self' alone, and 'none' (which must
// stand alone) forbids every frame, this site's own included. Anything
// else, a path, a query, a separator of the header (";" or ","), a
// scheme other than http and https, is refused with the token named.
func ParseFrameAncestors(list string) ([]string, error) {
	fields := strings.Fields(list)
	if len(fields) > 0 && !slices.ContainsFunc(fields, func(f string) bool { return f != "'none'" }) {
		return []string{"'none'"}, nil
	}
	out := []string{"'self'"}
	seen := map[string]bool{"'self'": true}
	for _, f := range fields {
		src, err := frameSource(f)
		if err != nil {
			return nil, fmt.Errorf("frame ancestors: %q: %w", f, err)
		}
		if !seen[src] {
			seen[src] = true
			out = append(out, src)
		}
	}
	return out, nil
}

// frameSource checks one entry of the allow-list.
func frameSource(f string) (string, error) {
	switch f {
	case "'self'":
		return f, nil
	case "'none'":
		return "", fmt.Errorf("'none' cannot be listed with other sources")
	}
	if strings.ContainsAny(f, ";,") {
		return "", fmt.Errorf("the list takes spaces between origins, not ; or ,")
	}
	scheme, rest, ok := strings.Cut(strings.ToLower(f), "://")
	if !ok || (scheme != "https" && scheme != "http") {
		return "", fmt.Errorf("want an origin such as https://example.org")
	}
	rest = strings.TrimSuffix(rest, "/")
	host, port := rest, ""
	if h, p, err := net.SplitHostPort(rest); err == nil {
		host, port = h, p
	}
	if port != "" && port != "*" {
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 || strconv.Itoa(n) != port {
			return "", fmt.Errorf("bad port %q", port)
		}
	}
	name, wildcard := strings.CutPrefix(host, "*.")
	if !validHost(name) {
		return "", fmt.Errorf("want an origin: a scheme, a host name and maybe a port, with no path")
	}
	if wildcard && (!strings.Contains(name, ".") || net.ParseIP(name) != nil || publicSuffix(name)) {
		return "", fmt.Errorf("a wildcard covers the subdomains of a site's domain (https://*.example.org), not of %s, under which anyone may have a site", name)
	}
	if scheme == "http" && !loopback(name) {
		return "", fmt.Errorf("%s is sent without encryption: list its https origin", f)
	}
	src := scheme + "://" + host
	if port != "" {
		src += ":" + port
	}
	return src, nil
}

// validHost reports whether s is a host name (labels of letters, digits
// and hyphens, the last not all digits) or an IPv4 address.
func validHost(s string) bool {
	if s == "" || len(s) > 253 {
		return false
	}
	labels := strings.Split(s, ".")
	if last := labels[len(labels)-1]; strings.Trim(last, "0123456789") == "" {
		ip := net.ParseIP(s)
		return ip != nil && ip.To4() != nil && len(labels) == 4
	}
	for _, label := range labels {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, c := range label {
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}

// publicSuffix reports whether name is a suffix under which anyone may
// register a site (co.uk, github.io, azurewebsites.net), as the Public
// Suffix List says.
func publicSuffix(name string) bool {
	suffix, _ := publicsuffix.PublicSuffix(name)
	return suffix == name
}

// loopback reports whether a host is this machine's: a site there may
// be served over http.
func loopback(host string) bool {
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
