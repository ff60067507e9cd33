package server

import (
	"html"
	"strings"
	"testing"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data/locale"
)

func TestParseContact(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"", "", true},
		{"  ", "", true},
		{"access@embassy.example", "mailto:access@embassy.example", true},
		{"mailto:access@embassy.example", "mailto:access@embassy.example", true},
		{"https://embassy.example/contact", "https://embassy.example/contact", true},
		{"https://embassy.example/contact?topic=a11y", "https://embassy.example/contact?topic=a11y", true},
		{"http://embassy.example/contact", "", false},
		{"javascript:alert(1)", "", false},
		{"Access <access@embassy.example>", "", false},
		{"access@embassy.example?subject=x", "", false},
		{"https://user@embassy.example/", "", false},
		{"https://", "", false},
		{"https://embassy.example/\"onmouseover=x", "", false},
		{"not an address", "", false},
	}
	for _, tt := range tests {
		got, err := ParseContact(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseContact(%q) = %q, %v; want %q, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func FuzzParseContact(f *testing.F) {
	for _, s := range []string{"", "a@b.example", "mailto:a@b.example", "https://a.example/x", "javascript:x", "A <a@b.example>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParseContact(s)
		if err != nil || got == "" {
			return
		}
		if !strings.HasPrefix(got, "mailto:") && !strings.HasPrefix(got, "https://") {
			t.Fatalf("ParseContact(%q) = %q: neither mailto: nor https:", s, got)
		}
		if strings.ContainsAny(got, " \"'<>\\`\n\r\t") {
			t.Fatalf("ParseContact(%q) = %q: a character that would leave an attribute", s, got)
		}
		if again, err := ParseContact(got); err != nil || again != got {
			t.Fatalf("ParseContact is not stable on its own output %q: %q, %v", got, again, err)
		}
	})
}

// TestStatement serves the accessibility statement in every language,
// with and without an address for feedback, and the footer's link to it:
// without an address, the statement still leads to the embassy; with or
// without, it has the enforcement procedure.
func TestStatement(t *testing.T) {
	testServer(t)
	for _, c := range []struct{ contact, want string }{
		{"", `statement.no_contact en <a href="https://embassy.example/en">embassy.example/en</a>`},
		{"mailto:a11y@embassy.example", `href="mailto:a11y@embassy.example"`},
	} {
		srv := serve(t, Config{Facts: loaded, Assets: standIns(), Version: "test", Site: app.Site{Contact: c.contact}})
		for _, l := range locale.All {
			res, body := get(t, srv, app.StatementPath(l), "")
			if res.StatusCode != 200 || !strings.Contains(body, "<h2>"+html.EscapeString(loaded.Texts.Statement.Title.In(l))) {
				t.Errorf("GET %s = %d, without its title", app.StatementPath(l), res.StatusCode)
			}
			if _, page := get(t, srv, "/"+string(l), ""); !strings.Contains(page, `href="`+app.StatementPath(l)+`"`) {
				t.Errorf("/%s has no link to the statement", l)
			}
		}
		_, body := get(t, srv, "/en/accessibility", "")
		for _, want := range []string{c.want, "<h3>statement.enforcement_heading en</h3>", `statement.enforcement en <a href="https://ombudsman.example/en">`} {
			if !strings.Contains(body, want) {
				t.Errorf("with contact %q, the statement lacks %q", c.contact, want)
			}
		}
	}
}

func TestParsePublicURL(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"", "", true},
		{"https://partners.example.org", "https://partners.example.org", true},
		{" https://partners.example.org/ ", "https://partners.example.org", true},
		{"https://partners.example.org:8443", "https://partners.example.org:8443", true},
		{"http://127.0.0.1:8080", "http://127.0.0.1:8080", true},
		{"http://localhost:8080", "http://localhost:8080", true},
		{"http://partners.example.org", "", false},
		{"partners.example.org", "", false},
		{"javascript:alert(1)", "", false},
		{`http://x.example/"><script>`, "", false},
		{"https://partners.example.org/infographic", "", false},
		{"https://partners.example.org?x=1", "", false},
		{"https://partners.example.org#top", "", false},
		{"https://user@partners.example.org", "", false},
		{"https://partners.example.org:99999", "", false},
		{"https://", "", false},
		{"https://bad_host.example", "", false},
	}
	for _, tt := range tests {
		got, err := ParsePublicURL(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParsePublicURL(%q) = %q, %v; want %q, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func FuzzParsePublicURL(f *testing.F) {
	for _, s := range []string{"", "https://a.example", "http://127.0.0.1:1", "javascript:x", "https://a.example/p?q#f", "https://[::1]:80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParsePublicURL(s)
		if err != nil || got == "" {
			return
		}
		if strings.ContainsAny(got, " \"'<>\\`?#") || !(strings.HasPrefix(got, "https://") || strings.HasPrefix(got, "http://")) {
			t.Errorf("ParsePublicURL(%q) = %q, which a page or an embed code could read otherwise", s, got)
		}
		if again, err := ParsePublicURL(got); err != nil || again != got {
			t.Errorf("ParsePublicURL(%q) = %q, %v; want it again", got, again, err)
		}
	})
}
