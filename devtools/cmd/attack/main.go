// Command attack holds the product's resources as a hostile client would,
// and nginx's beside it, while it checks /healthz on fresh connections
// every half second: it prints how many checks each server answered, and
// its peak resident memory. Both run with 8,192 open files at most, as
// docs/deploy.md's systemd unit gives the product; nginx serves the export
// with its own nginx.conf.
//
//	attack -attack h2stall [-conns 40 -streams 250]  stalled HTTP/2 streams, over TLS
//	attack -attack slowread [-conns 250 -max-conns 200]  clients that never read
package main

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"flag"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"github.com/be-us/partnership/devtools/bench"
	"github.com/be-us/partnership/devtools/load"
)

func main() {
	site := flag.String("site", "bin/site", "server binary")
	attack := flag.String("attack", "h2stall", "h2stall or slowread")
	conns := flag.Int("conns", 0, "connections of the attack (h2stall 40, slowread 250)")
	streams := flag.Int("streams", 250, "streams a connection asks for (h2stall)")
	maxConns := flag.Int("max-conns", 0, "the product's -max-conns (slowread 200, else its default)")
	hold := flag.Duration("hold", 60*time.Second, "how long the attack is held, and health checked")
	withNginx := flag.Bool("nginx", true, "attack nginx serving the export too")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, *site, *attack, *conns, *streams, *maxConns, *hold, *withNginx); err != nil {
		fmt.Fprintln(os.Stderr, "attack:", err)
		os.Exit(2)
	}
}

// target is a server under attack.
type target struct {
	name, addr, url string
	pids            func() []int
}

func run(ctx context.Context, site, attack string, conns, streams, maxConns int, hold time.Duration, withNginx bool) error {
	tmp, err := os.MkdirTemp("", "attack-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	// nginx's workers run as another user, who must read the export.
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	dist := filepath.Join(tmp, "dist")
	if out, err := exec.CommandContext(ctx, site, "-export", dist, "-prefix", "").CombinedOutput(); err != nil {
		return fmt.Errorf("exporting: %w\n%s", err, out)
	}
	wasm, err := filepath.Glob(filepath.Join(dist, "web", "app.*.wasm"))
	if err != nil || len(wasm) != 1 {
		return fmt.Errorf("the export holds %d app.wasm files", len(wasm))
	}
	path := "/web/" + filepath.Base(wasm[0])

	limit := []string{"prlimit", "--nofile=8192:8192"}
	args := []string{"-access-log=false"}
	cert, key := "", ""
	switch attack {
	case "h2stall":
		conns = cmp(conns, 40)
		if cert, key, err = selfSigned(tmp); err != nil {
			return err
		}
		args = append(args, "-tls-cert", cert, "-tls-key", key)
	case "slowread":
		conns = cmp(conns, 250)
		maxConns = cmp(maxConns, 200)
	default:
		return fmt.Errorf("-attack: %q is neither h2stall nor slowread", attack)
	}
	if maxConns > 0 {
		args = append(args, "-max-conns", strconv.Itoa(maxConns))
	}
	product, err := bench.StartSiteUnder(ctx, limit, site, args...)
	if err != nil {
		return err
	}
	defer product.Stop()
	targets := []target{{"product", product.Addr, product.URL(), func() []int { return []int{product.PID()} }}}
	if withNginx {
		n, err := load.RunNginx(ctx, load.NginxConfig{Root: dist, Conf: filepath.Join(dist, "nginx.conf"), Wrap: limit, Cert: cert, Key: key})
		if err != nil {
			return err
		}
		defer n.Stop()
		targets = append(targets, target{"nginx", n.Addr, n.URL, n.PIDs})
	}
	for _, t := range targets {
		time.Sleep(time.Second)
		rss := load.WatchRSS(t.pids)
		var a *load.Attacker
		if attack == "h2stall" {
			a = load.H2Stall(ctx, t.addr, path, conns, streams)
		} else {
			a = load.SlowRead(ctx, t.addr, path, conns)
		}
		p := load.Probe(ctx, t.url+"/healthz", hold)
		a.Close()
		rss.Stop()
		fmt.Printf("%-7s %s, %d connections held (%d streams answered): %v; peak RSS %.0f MB\n",
			t.name, attack, a.Opened, a.Streams, p, float64(rss.Max())/(1<<20))
	}
	return nil
}

// cmp is v, or def when v is 0.
func cmp(v, def int) int {
	if v == 0 {
		return def
	}
	return v
}

// selfSigned writes a certificate for 127.0.0.1 and its key into dir.
func selfSigned(dir string) (cert, key string, err error) {
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return "", "", err
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "127.0.0.1"},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(24 * time.Hour),
		IPAddresses:  []net.IP{net.ParseIP("127.0.0.1")},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &k.PublicKey, k)
	if err != nil {
		return "", "", err
	}
	kder, err := x509.MarshalECPrivateKey(k)
	if err != nil {
		return "", "", err
	}
	cert, key = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	if err := os.WriteFile(cert, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644); err != nil {
		return "", "", err
	}
	if err := os.WriteFile(key, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kder}), 0o644); err != nil {
		return "", "", err
	}
	return cert, key, nil
}
