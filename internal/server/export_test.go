package server

import (
	"strings"
	"testing"
)

// TestNginxConfHidesItsFiles checks that the export's nginx.conf answers
// 404 to the export's own files asked for by name, in a location that
// comes before every other regular expression, and still reaches them
// itself (index, error_page, the compressed copies).
func TestNginxConfHidesItsFiles(t *testing.T) {
	tests := []struct {
		prefix, want string
	}{
		{"", `location ~ "^/(nginx\.conf|_headers|.*\.(br|gz)|index\.html|((fr|nl|de|en)/(embed/)?)?404\.html)$" {` + "\n    internal;\n"},
		{"/infographic", `location ~ "^/infographic/(nginx\.conf|_headers|.*\.(br|gz)|index\.html|((fr|nl|de|en)/(embed/)?)?404\.html)$" {` + "\n    internal;\n"},
	}
	for _, tt := range tests {
		conf, err := nginxConf(tt.prefix, policy(nil), []string{"/fr", "/nl/present"})
		if err != nil {
			t.Fatal(err)
		}
		at := strings.Index(conf, tt.want)
		if at < 0 {
			t.Errorf("prefix %q: nginx.conf lacks\n%s\ngot:\n%s", tt.prefix, tt.want, conf)
			continue
		}
		if first := strings.Index(conf, "location ~"); first != at {
			t.Errorf("prefix %q: the export's files' location at %d, want it first (%d)", tt.prefix, at, first)
		}
		block := conf[at : at+strings.Index(conf[at:], "}\n")]
		for _, want := range []string{"error_page 404 " + tt.prefix + "/404.html;", "brotli_static on;", "add_header Content-Security-Policy"} {
			if !strings.Contains(block, want) {
				t.Errorf("prefix %q: the export's files' location lacks %q:\n%s", tt.prefix, want, block)
			}
		}
	}
}
