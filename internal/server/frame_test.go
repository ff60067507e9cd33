package server

import (
	"strings"
	"testing"
)

func TestParseFrameAncestors(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		wantErr string
	}{
		{"", "'self'", ""},
		{"   ", "'self'", ""},
		{"'self'", "'self'", ""},
		{"'none'", "'none'", ""},
		{"https://embassy.example", "'self' https://embassy.example", ""},
		{"HTTPS://Embassy.Example/ http://localhost:8080", "'self' https://embassy.example http://localhost:8080", ""},
		{"https://*.example.be https://a.example https://a.example", "'self' https://*.example.be https://a.example", ""},
		{"https://example.org:*", "'self' https://example.org:*", ""},
		{"http://127.0.0.1:9000", "'self' http://127.0.0.1:9000", ""},
		{"'none' https://a.example", "", "'none' cannot be listed"},
		{"example.org", "", "want an origin"},
		{"ftp://example.org", "", "want an origin"},
		{"https://example.org/path", "", "want an origin"},
		{"https://example.org?x", "", "want an origin"},
		{"https://example.org;script-src", "", "spaces between origins"},
		{"https://a.example,https://b.example", "", "spaces between origins"},
		{"https://a.example;", "", "spaces between origins"},
		{"https://example.org:0", "", "bad port"},
		{"https://example.org:080", "", "bad port"},
		{"https://example.org:99999", "", "bad port"},
		{"https://", "", "want an origin"},
		{"https://-bad.example", "", "want an origin"},
		{"https://*", "", "want an origin"},
		{"*", "", "want an origin"},
		{"'unsafe-inline'", "", "want an origin"},
		{"'none' 'none'", "'none'", ""},
		{"https://*.com", "", "a wildcard covers"},
		{"https://*.co.uk", "", "a wildcard covers"},
		{"https://*.github.io", "", "a wildcard covers"},
		{"https://*.azurewebsites.net", "", "a wildcard covers"},
		{"https://*.embassy.co.uk", "'self' https://*.embassy.co.uk", ""},
		{"http://www.embassy.example", "", "without encryption"},
		{"http://app.localhost:3000", "'self' http://app.localhost:3000", ""},
		{"https://*.10.0.0.1", "", "a wildcard covers"},
		{"https://1", "", "want an origin"},
		{"https://999.999.1.1", "", "want an origin"},
		{"https://10.0.0.1:8443", "'self' https://10.0.0.1:8443", ""},
		{"https://localhost", "'self' https://localhost", ""},
	}
	for _, tt := range tests {
		got, err := ParseFrameAncestors(tt.in)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParseFrameAncestors(%q) error = %v, want one saying %q", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseFrameAncestors(%q): %v", tt.in, err)
			continue
		}
		if s := strings.Join(got, " "); s != tt.want {
			t.Errorf("ParseFrameAncestors(%q) = %q, want %q", tt.in, s, tt.want)
		}
	}
}

// FuzzParseFrameAncestors holds that whatever the flag says, an accepted
// list can only make a directive of its own: no separator of the header,
// no quote but those of 'self' and 'none', no space inside a source.
func FuzzParseFrameAncestors(f *testing.F) {
	for _, s := range []string{"", "'none'", "https://a.example http://b.example:81", "https://*.x.be/", "https://a;b", "http://[::1]:80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, list string) {
		got, err := ParseFrameAncestors(list)
		if err != nil {
			return
		}
		if len(got) == 0 {
			t.Fatalf("ParseFrameAncestors(%q) = no sources", list)
		}
		for _, src := range got {
			if src == "'self'" || src == "'none'" {
				continue
			}
			if strings.ContainsAny(src, ";,'\"\\ \t\r\n") || strings.ContainsRune(src, 0) {
				t.Fatalf("ParseFrameAncestors(%q) gives the source %q", list, src)
			}
			if !strings.HasPrefix(src, "https://") && !strings.HasPrefix(src, "http://") {
				t.Fatalf("ParseFrameAncestors(%q) gives the source %q, not an origin", list, src)
			}
		}
		if again, err := ParseFrameAncestors(strings.Join(got, " ")); err != nil || strings.Join(again, " ") != strings.Join(got, " ") {
			t.Fatalf("ParseFrameAncestors is not stable on its own output %q: %q, %v", got, again, err)
		}
	})
}
