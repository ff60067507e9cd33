package server

import (
	"fmt"
	"net/mail"
	"net/url"
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
