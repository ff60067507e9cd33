// Package load runs the load test: the product and nginx, serving the
// product's static export with the same headers and precompressed files,
// each under the same load from vegeta, side by side.
package load

import (
	"context"
	"crypto/tls"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/be-us/partnership/devtools/bench"
)

// Nginx is a private nginx: its own configuration, pid and logs in a
// folder of its own, on a free loopback port, as the tests start Chromium.
type Nginx struct {
	// Addr is the host:port it listens on.
	Addr string
	// URL is its address, http or https.
	URL string
	dir string
	cmd *exec.Cmd
}

// nginxConf is the whole configuration: the export's own nginx.conf
// included in a server block, and a /healthz like the product's.
const nginxConf = `daemon off;
worker_processes %d;
worker_rlimit_nofile 8192;
pid %[2]s/nginx.pid;
error_log %[2]s/error.log;
include /etc/nginx/modules-enabled/*.conf;
events { worker_connections 8192; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 20s;
    client_body_temp_path %[2]s/tmp;
    proxy_temp_path %[2]s/tmp;
    fastcgi_temp_path %[2]s/tmp;
    uwsgi_temp_path %[2]s/tmp;
    scgi_temp_path %[2]s/tmp;
    server {
        listen %[3]s%[8]s;
        root %[4]s;
%[6]s
        location = /healthz {
            default_type text/plain;
%[5]s
            return 200 "ready\n";
        }
        include %[7]s;
    }
}
`

// NginxConfig says how to run nginx on an export.
type NginxConfig struct {
	// Root is the server block's root: the export, or the folder that
	// holds it at its prefix.
	Root string
	// Conf is the export's nginx.conf, which the server block includes.
	Conf string
	// Workers is the number of worker processes (1 when 0).
	Workers int
	// Wrap is the command that starts nginx ("taskset -c 0", say), or
	// none.
	Wrap []string
	// Directives are more directives for the server block, such as
	// "absolute_redirect off;".
	Directives string
	// Cert and Key, when set, are the files of a certificate and its key
	// to serve HTTPS and HTTP/2 with.
	Cert, Key string
}

// StartNginx serves an export, made without a prefix, in dist with nginx
// from PATH, started by the command wrap, with the given number of
// workers, and waits until it answers.
func StartNginx(ctx context.Context, wrap []string, dist string, workers int) (*Nginx, error) {
	return RunNginx(ctx, NginxConfig{Root: dist, Conf: filepath.Join(dist, "nginx.conf"), Workers: workers, Wrap: wrap})
}

// RunNginx runs nginx from PATH as c says, and waits until it answers.
func RunNginx(ctx context.Context, c NginxConfig) (*Nginx, error) {
	bin, err := exec.LookPath("nginx")
	if err != nil {
		return nil, fmt.Errorf("nginx: %w (apt-get install nginx-light libnginx-mod-http-brotli-static)", err)
	}
	root, err := filepath.Abs(c.Root)
	if err != nil {
		return nil, err
	}
	include, err := filepath.Abs(c.Conf)
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "nginx-")
	if err != nil {
		return nil, err
	}
	if err := os.Mkdir(filepath.Join(dir, "tmp"), 0o700); err != nil {
		return nil, err
	}
	addr, err := bench.FreeAddr()
	if err != nil {
		return nil, err
	}
	conf := filepath.Join(dir, "nginx.conf")
	headers, err := pageHeaders(include)
	if err != nil {
		return nil, err
	}
	workers := max(c.Workers, 1)
	listen, directives := "", c.Directives
	if c.Cert != "" {
		listen = " ssl http2"
		directives += fmt.Sprintf("\n        ssl_certificate %s;\n        ssl_certificate_key %s;", c.Cert, c.Key)
	}
	if err := os.WriteFile(conf, fmt.Appendf(nil, nginxConf, workers, dir, addr, root, headers, directives, include, listen), 0o600); err != nil {
		return nil, err
	}
	n := &Nginx{Addr: addr, dir: dir}
	argv := append(append([]string(nil), c.Wrap...), bin, "-c", conf, "-e", filepath.Join(dir, "error.log"))
	n.cmd = exec.Command(argv[0], argv[1:]...)
	n.cmd.Stderr = os.Stderr
	if err := n.cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting nginx: %w", err)
	}
	n.URL = "http://" + addr
	if c.Cert != "" {
		n.URL = "https://" + addr
	}
	if err := waitReady(ctx, n.URL+"/healthz"); err != nil {
		n.Stop()
		log, _ := os.ReadFile(filepath.Join(dir, "error.log"))
		return nil, fmt.Errorf("nginx: %w\n%s", err, log)
	}
	return n, nil
}

// pagesLocation starts the export's location for the pages.
var pagesLocation = regexp.MustCompile(`\nlocation (/[^ ]*)?/ \{\n`)

// pageHeaders are the add_header lines of the export's location for
// pages, for the health check, which the product answers with the same
// headers as any page.
func pageHeaders(conf string) (string, error) {
	b, err := os.ReadFile(conf)
	if err != nil {
		return "", err
	}
	// The pages' location is the prefix's: "location /infographic/ {".
	at := pagesLocation.FindIndex(b)
	if at == nil {
		return "", fmt.Errorf("%s has no location for the pages", conf)
	}
	block, _, _ := strings.Cut(string(b[at[1]:]), "\n}")
	var lines []string
	for _, line := range strings.Split(block, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "add_header ") {
			lines = append(lines, "        "+strings.TrimSpace(line))
		}
	}
	return strings.Join(lines, "\n"), nil
}

// PIDs are the master's and its workers' process ids.
func (n *Nginx) PIDs() []int {
	pids := []int{n.cmd.Process.Pid}
	out, err := exec.Command("pgrep", "-P", strconv.Itoa(n.cmd.Process.Pid)).Output()
	if err != nil {
		return pids
	}
	for _, f := range strings.Fields(string(out)) {
		if pid, err := strconv.Atoi(f); err == nil {
			pids = append(pids, pid)
		}
	}
	return pids
}

// Stop ends nginx and removes its folder.
func (n *Nginx) Stop() {
	if n.cmd.Process != nil {
		n.cmd.Process.Signal(os.Interrupt)
		done := make(chan struct{})
		go func() { n.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			n.cmd.Process.Kill()
			<-done
		}
	}
	os.RemoveAll(n.dir)
}

// waitReady polls url until it answers 200, for 20 s at most.
func waitReady(ctx context.Context, url string) error {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	client := &http.Client{Timeout: time.Second, Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
	for {
		err := bench.Healthy(ctx, client, url)
		if err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s did not answer: %w", url, err)
		case <-time.After(50 * time.Millisecond):
		}
	}
}
