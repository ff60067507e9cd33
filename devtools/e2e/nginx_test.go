//go:build e2e

package e2e

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/be-us/partnership/devtools/load"
)

// TestNginxRedirects asks the Go server, then serves the export with Debian's nginx and its own
// nginx.conf, at the root and under a prefix, with nginx's absolute
// redirects and without, and sends paths that try to carry a header, a
// line break or another host into the trailing-slash redirect: nothing of
// them may reach a response header, and every redirect stays within the
// site. A page's address with a final slash still goes to the page.
func TestNginxRedirects(t *testing.T) {
	t.Run("the Go server", func(t *testing.T) {
		checkRedirects(t, strings.TrimPrefix(siteURL, "http://"), "")
	})
	for _, prefix := range []string{"", exportPrefix} {
		tmp := t.TempDir()
		// nginx's workers run as another user, who must read the export.
		for _, dir := range []string{filepath.Dir(tmp), tmp} {
			if err := os.Chmod(dir, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		root := filepath.Join(tmp, "www")
		dist := filepath.Join(root, filepath.FromSlash(prefix))
		export(t, dist, prefix, "https://partners.example.org")
		for _, absolute := range []string{"on", "off"} {
			t.Run(fmt.Sprintf("prefix=%q,absolute_redirect=%s", prefix, absolute), func(t *testing.T) {
				n, err := load.RunNginx(context.Background(), load.NginxConfig{
					Root:       root,
					Conf:       filepath.Join(dist, "nginx.conf"),
					Directives: "        absolute_redirect " + absolute + ";",
				})
				if err != nil {
					t.Fatal(err)
				}
				defer n.Stop()
				checkRedirects(t, n.Addr, prefix)
				checkCleanRoot(t, n.Addr, dist, prefix)
			})
		}
	}
}

// checkRedirects sends the hostile paths and the pages' own to the server
// at addr, which serves the site under prefix.
func checkRedirects(t *testing.T, addr, prefix string) {
	hostile := []string{
		"/%0dSet-Cookie:%20injected=1;%20Path=/%0d/",
		"/%0aSet-Cookie:%20injected=1;%20Path=/%0a/",
		"/%0d%0aSet-Cookie:%20injected=1/",
		"/fr%0dSet-Cookie:%20injected=1/",
		"/fr/%0dSet-Cookie:%20injected=1/",
		"/fr%09x/",
		"//evil.example/",
		"//evil.example/fr/",
		`/\evil.example/`,
		"/%5Cevil.example/",
		"/%5Clocalhost:9635/pwned.html/",
		"/fr/%2F%2Fevil.example/",
		"/fr/..%2F..%2F%5Cevil.example/",
	}
	for _, p := range hostile {
		for _, path := range []string{p, prefix + p} {
			head := rawGet(t, addr, path)
			checkHeaderBlock(t, path, head)
			if loc := headerValue(head, "Location"); loc != "" {
				to, err := url.Parse(loc)
				if err != nil {
					t.Errorf("%s: Location %q: %v", path, loc, err)
					continue
				}
				// A browser reads "/\host" as "//host": another site.
				if to.Host != "" && to.Host != addr || strings.HasPrefix(to.Path, "//") || strings.Contains(loc, `\`) {
					t.Errorf("%s: redirected to %q, want no redirect or one within the site", path, loc)
				}
			}
		}
	}
	for _, c := range []struct{ path, want string }{
		{"/fr/", "/fr"},
		{"/nl/present/", "/nl/present"},
		{"/de/embed/jltv/?theme=dark", "/de/embed/jltv?theme=dark"},
		{"/en/accessibility/", "/en/accessibility"},
	} {
		head := rawGet(t, addr, prefix+c.path)
		checkHeaderBlock(t, c.path, head)
		status, _, _ := strings.Cut(strings.TrimPrefix(head, "HTTP/1.1 "), " ")
		loc := headerValue(head, "Location")
		to, err := url.Parse(loc)
		if status != "308" || err != nil || to.Host != "" && to.Host != addr || to.RequestURI() != prefix+c.want {
			t.Errorf("%s: %s to %q, want 308 to %s", prefix+c.path, status, loc, prefix+c.want)
		}
	}
}

// checkCleanRoot asks nginx, serving the export in dist under prefix,
// for the export's own files by their names: each gets the 404 page,
// with the security headers. The pages, the root among them, still
// answer 200.
func checkCleanRoot(t *testing.T, addr, dist, prefix string) {
	t.Helper()
	wasm, err := filepath.Glob(filepath.Join(dist, "web", "app.*.wasm.br"))
	if err != nil || len(wasm) != 1 {
		t.Fatalf("the export's app.wasm.br: %v (%v)", wasm, err)
	}
	tests := []struct {
		path, status string
	}{
		{"/nginx.conf", "404"},
		{"/_headers", "404"},
		{"/fr.html.br", "404"},
		{"/fr.html.gz", "404"},
		{"/embed.js.br", "404"},
		{"/web/" + filepath.Base(wasm[0]), "404"},
		{"/404.html", "404"},
		{"/fr/404.html", "404"},
		{"/fr/embed/404.html", "404"},
		{"/index.html", "404"},
		{"/", "200"},
		{"/fr", "200"},
		{"/fr.html", "200"},
		{"/nl/embed/jltv", "200"},
		{"/nl/missing", "404"},
	}
	for _, tt := range tests {
		head := rawGet(t, addr, prefix+tt.path)
		status, _, _ := strings.Cut(strings.TrimPrefix(head, "HTTP/1.1 "), " ")
		if status != tt.status {
			t.Errorf("GET %s: status %s, want %s", prefix+tt.path, status, tt.status)
		}
		if got := headerValue(head, "Content-Security-Policy"); !strings.Contains(got, "default-src 'self'") {
			t.Errorf("GET %s: Content-Security-Policy %q, want the site's", prefix+tt.path, got)
		}
	}
}

// rawGet sends a GET for path, exactly as written, and returns the
// response's status line and headers as sent.
func rawGet(t *testing.T, addr, path string) string {
	t.Helper()
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n", path, addr)
	var head bytes.Buffer
	r := bufio.NewReader(conn)
	for !bytes.HasSuffix(head.Bytes(), []byte("\r\n\r\n")) {
		b, err := r.ReadByte()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		head.WriteByte(b)
	}
	return head.String()
}

// checkHeaderBlock fails when a response's header block has a line break
// that does not end a header, a header that sets a cookie, or a
// backslash.
func checkHeaderBlock(t *testing.T, path, head string) {
	t.Helper()
	for _, line := range strings.Split(strings.TrimSuffix(head, "\r\n\r\n"), "\r\n") {
		if strings.ContainsAny(line, "\r\n\\") {
			t.Errorf("%s: a header line holds a line break or a backslash: %q", path, line)
		}
		if name, _, _ := strings.Cut(line, ":"); strings.EqualFold(strings.TrimSpace(name), "Set-Cookie") {
			t.Errorf("%s: the response sets a cookie: %q", path, line)
		}
	}
}

// headerValue is the value of a header in a header block, or "".
func headerValue(head, name string) string {
	for _, line := range strings.Split(head, "\r\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.EqualFold(k, name) {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
