package web

import (
	"fmt"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// palette reads the custom properties of one rule of the stylesheet, the
// first whose selector is sel, over base.
func palette(t *testing.T, css, sel string, base map[string]string) map[string]string {
	t.Helper()
	i := strings.Index(css, sel+" {")
	if i < 0 {
		t.Fatalf("app.css has no rule %q", sel)
	}
	body := css[i+len(sel)+2:]
	body = body[:strings.IndexByte(body, '}')]
	vars := map[string]string{}
	for k, v := range base {
		vars[k] = v
	}
	for _, m := range regexp.MustCompile(`(--[a-z0-9-]+):\s*([^;]+);`).FindAllStringSubmatch(body, -1) {
		vars[m[1]] = strings.TrimSpace(m[2])
	}
	return vars
}

// resolve follows var() to a hex colour.
func resolve(t *testing.T, vars map[string]string, name string) string {
	t.Helper()
	v := vars[name]
	for range 5 {
		ref, ok := strings.CutPrefix(v, "var(")
		if !ok {
			break
		}
		v = vars[strings.TrimSuffix(ref, ")")]
	}
	if !regexp.MustCompile(`^#[0-9a-fA-F]{6}$`).MatchString(v) {
		t.Fatalf("%s is %q, not a colour written #rrggbb", name, v)
	}
	return v
}

// luminance is a colour's relative luminance (WCAG 2.2).
func luminance(hex string) float64 {
	var c [3]float64
	for i := range c {
		n, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		s := float64(n) / 255
		if s <= 0.04045 {
			c[i] = s / 12.92
		} else {
			c[i] = math.Pow((s+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*c[0] + 0.7152*c[1] + 0.0722*c[2]
}

// contrast is the contrast ratio of two colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// TestContrast holds the palette of both themes to WCAG 2.2 AA: 4.5:1 for
// text on the grounds it sits on, 3:1 for chart marks, rules that carry
// meaning and focus rings.
func TestContrast(t *testing.T) {
	b, err := os.ReadFile("static/app.css")
	if err != nil {
		t.Fatal(err)
	}
	css := string(b)
	light := palette(t, css, ":root", nil)
	themes := map[string]map[string]string{
		"light":         light,
		"dark":          palette(t, css, `:root[data-theme="dark"]`, light),
		"dark (system)": palette(t, css, `  :root:not([data-theme="light"])`, light),
	}
	pairs := []struct {
		fg, bg string
		min    float64
	}{
		{"--ink", "--page", 4.5},
		{"--ink", "--panel", 4.5},
		{"--muted", "--page", 4.5},
		{"--muted", "--panel", 4.5},
		{"--navy", "--page", 4.5},
		{"--navy", "--panel", 4.5},
		{"--red", "--page", 4.5},
		{"--on-brand", "--brand", 4.5},
		{"--page", "--navy", 4.5},
		{"--chart-1", "--page", 3},
		{"--chart-2", "--page", 3},
		{"--chart-3", "--page", 3},
		{"--chart-1", "--panel", 3},
		{"--grey", "--panel", 3},
		{"--grey", "--page", 3},
		{"--ink", "--lit", 4.5},
		{"--navy", "--lit", 4.5},
		{"--muted", "--lit", 4.5},
		{"--chart-1", "--lit", 3},
	}
	for name, vars := range themes {
		for _, p := range pairs {
			fg, bg := resolve(t, vars, p.fg), resolve(t, vars, p.bg)
			if got := contrast(fg, bg); got < p.min {
				t.Errorf("%s theme: %s (%s) on %s (%s) is %s, want at least %.1f:1", name, p.fg, fg, p.bg, bg, fmt.Sprintf("%.2f:1", got), p.min)
			}
		}
	}
}

// TestPalettes holds the Go palette of the light theme to the
// stylesheet's :root.
func TestPalettes(t *testing.T) {
	css, err := os.ReadFile("static/app.css")
	if err != nil {
		t.Fatal(err)
	}
	vars := palette(t, string(css), ":root", nil)
	for name, c := range Light.Names() {
		if got, want := Hex(c), strings.ToLower(resolve(t, vars, name)); got != want {
			t.Errorf("Light %s = %s, want the stylesheet's %s", name, got, want)
		}
	}
}
