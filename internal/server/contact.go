package server

import (
	"fmt"
	"net/mail"
	"net/url"
	"strconv"
	"strings"
)

// ParseContact reads the address for feedback on accessibility, as
// -accessibility-contact or ACCESSIBILITY_CONTACT give it: an e-mail
// address ("access@embassy.example", or with "mailto:") or an https page.
// It returns the link ("mailto:…" or "https://…"), or "" for none.
func ParseContact(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	if strings.HasPrefix(s, "https://") {
		u, err := url.Parse(s)
		if err != nil || u.Host == "" || u.User != nil || u.Opaque != "" || strings.ContainsAny(s, " \"'<>\\`") {
			return "", fmt.Errorf("accessibility contact %q: not an https address", s)
		}
		return u.String(), nil
	}
	address := strings.TrimPrefix(s, "mailto:")
	a, err := mail.ParseAddress(address)
	if err != nil || a.Name != "" || a.Address != address || strings.ContainsAny(address, " \"'<>\\`?&") {
		return "", fmt.Errorf("accessibility contact %q: neither an e-mail address nor an https address", s)
	}
	return "mailto:" + a.Address, nil
}

// ParsePublicURL checks the site's public address: https (http only on
// this machine), a host and maybe a port, no user, path, query or
// fragment, nothing a page or an embed code could read otherwise. It
// returns the address without a trailing slash, or "" for none.
func ParsePublicURL(s string) (string, error) {
	s = strings.TrimSuffix(strings.TrimSpace(s), "/")
	if s == "" {
		return "", nil
	}
	u, err := url.Parse(s)
	switch {
	case err != nil || strings.ContainsAny(s, " \"'<>\\`"):
		return "", fmt.Errorf("public address %q: not an address", s)
	case u.Scheme != "https" && !(u.Scheme == "http" && loopback(u.Hostname())):
		return "", fmt.Errorf("public address %q: want https://, or http:// on this machine", s)
	case u.Host == "" || u.User != nil || u.Opaque != "" || u.Path != "" || u.RawQuery != "" || u.Fragment != "" || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "#"):
		return "", fmt.Errorf("public address %q: want a scheme and a host, with no path, query or fragment (use -prefix for a path)", s)
	}
	if port := u.Port(); port != "" {
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
			return "", fmt.Errorf("public address %q: bad port", s)
		}
	}
	if !validHost(strings.ToLower(u.Hostname())) && !loopback(u.Hostname()) {
		return "", fmt.Errorf("public address %q: bad host", s)
	}
	return u.Scheme + "://" + u.Host, nil
}
