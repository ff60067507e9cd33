package server

import (
	"fmt"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/asset"
)

// Export writes the site, as Options describe it, into dir as static
// files that any static host or CDN can serve unchanged, under o.Prefix:
//   - every page of the page table in every language, as "fr.html",
//     "fr/present.html", "fr/embed/jltv.html", which hosts serve at
//     "/fr", "/fr/present"…; the root ("index.html") is the page in the
//     default language;
//   - the 404 page of each language ("fr/404.html"), of each language's
//     embeds ("fr/embed/404.html"), and "404.html" in the default
//     language;
//   - go-app's files, the assets under their versioned names, the host
//     script of the embeds, the QR codes, the data files
//     ("fr/data/jltv.csv", "fr/data/all.csv"), the charts' pictures
//     ("fr/data/jltv.svg", "fr/data/jltv.png"), the pictures of link
//     previews ("share/fr.png"), the social-media kit's pictures and ZIP
//     files ("kit/fr/jltv-1080x1080.png", "kit/fr.zip"), robots.txt
//     and, when the public address is known, sitemap.xml;
//   - beside every file worth it, its ".br" and ".gz" copies;
//   - nginx.conf, the locations to include in an nginx server block
//     (they answer 404 to a request for nginx.conf, _headers, a ".br"
//     or ".gz" copy, index.html or a 404 page by its name), and
//     _headers, the same headers in the format of Netlify and Cloudflare
//     Pages: both carry the server's security headers and caching.
//
// dir must not exist, or be empty.
func Export(o Options, dir string) error {
	cfg, err := load(o)
	if err != nil {
		return err
	}
	s, err := newSite(cfg)
	if err != nil {
		return err
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return fmt.Errorf("exporting to %s: the folder is not empty", dir)
	}
	files, err := s.exported()
	if err != nil {
		return err
	}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		if err := writeFile(dir, name, files[name]); err != nil {
			return err
		}
	}
	csp := policy(cfg.FrameAncestors)
	conf, err := nginxConf(cfg.Site.Prefix, csp, slices.Collect(maps.Keys(s.pages)))
	if err != nil {
		return fmt.Errorf("exporting nginx.conf: %w", err)
	}
	for name, body := range map[string]string{
		"nginx.conf": conf,
		"_headers":   netlifyHeaders(cfg.Site.Prefix, csp, files),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			return fmt.Errorf("exporting %s: %w", name, err)
		}
	}
	return nil
}

// exported are the site's files by their name in the export.
func (s *site) exported() (map[string]*asset.File, error) {
	files := map[string]*asset.File{
		"index.html":   s.pages[app.RootRoute().Path(locale.Default)],
		"404.html":     s.notFound[locale.Default],
		hostScript[1:]: s.static["embed.js"],
	}
	for path, f := range s.pages {
		files[path[1:]+".html"] = f
	}
	for _, l := range locale.All {
		files[app.FallbackRoute().Path(l)[1:]+".html"] = s.notFound[l]
		files[app.EmbedPath(l, "")[1:]+"/404.html"] = s.notFoundEmbed[l]
	}
	for path, g := range s.files {
		f, err := g.get()
		if err != nil {
			return nil, err
		}
		files[path[1:]] = f
	}
	// Only the versioned names: the pages name no other, and a host
	// caches them for a year.
	for name, f := range s.immutable {
		files["web/"+name] = f
	}
	return files, nil
}

// writeFile writes f at name under dir, with its brotli and gzip copies.
func writeFile(dir, name string, f *asset.File) error {
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("exporting %s: %w", name, err)
	}
	for ext, body := range map[string][]byte{"": f.Body, ".br": f.Brotli, ".gz": f.Gzip} {
		if body == nil {
			continue
		}
		if err := os.WriteFile(p+ext, body, 0o644); err != nil {
			return fmt.Errorf("exporting %s: %w", name+ext, err)
		}
	}
	return nil
}

// downloadFormats are the formats of the files under a language's data:
// the data as CSV, the charts' pictures as SVG and PNG.
var downloadFormats = []string{app.CSV, app.SVG, app.PNG}

// isDownload reports whether an exported file is a data file, a chart's
// picture or a file of the social-media kit: "fr/data/jltv.csv",
// "fr/data/jltv.png", "kit/fr/jltv-1080x1080.png", "kit/fr.zip".
func isDownload(name string) bool {
	if rest, ok := strings.CutPrefix(name, "kit/"); ok {
		l, file, _ := strings.Cut(rest, "/")
		if file == "" {
			l, ok = strings.CutSuffix(l, ".zip")
		} else {
			ok = path.Ext(file) == ".png" && !strings.Contains(file, "/")
		}
		_, known := locale.Parse(l)
		return ok && known
	}
	dir, file := path.Split(name)
	l, ok := strings.CutSuffix(dir, "/data/")
	if _, known := locale.Parse(l); !ok || !known {
		return false
	}
	return slices.Contains(downloadFormats, strings.TrimPrefix(path.Ext(file), "."))
}

// versionedAsset matches, in nginx's syntax, a name under /web/ with its
// content hash: it never changes, and is cached for a year.
const versionedAsset = `[^/]+\.[0-9a-f]{12}\.[a-z0-9]+`

// pageSuffixes are the page paths' ends after their language, as a
// regular expression that matches them and nothing else: "(|/present|…)".
// Each path is the page table's own, of plain characters (checked), so
// that nothing else of a request can be matched, nor sent back.
func pageSuffixes(pages []string) (string, error) {
	seen := map[string]bool{}
	for _, p := range pages {
		l, ok := app.LangOfPath(p)
		if !ok {
			return "", fmt.Errorf("page %s has no language", p)
		}
		rest := strings.TrimPrefix(p, "/"+string(l))
		if strings.ContainsFunc(rest, func(c rune) bool { return !(c == '/' || c == '-' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') }) {
			return "", fmt.Errorf("page %s: only lower-case letters, digits, - and / can be redirected to", p)
		}
		seen[rest] = true
	}
	return "(" + strings.Join(slices.Sorted(maps.Keys(seen)), "|") + ")", nil
}

// nginxQuote quotes a path for a regular expression of nginx (PCRE): the
// prefix's letters, digits and "-._~/", with the dot escaped.
func nginxQuote(path string) string { return strings.ReplaceAll(path, ".", `\.`) }

// nginxConf is the export's nginx configuration: locations to include in
// a server block whose root holds the export at prefix. pages are the
// paths of the pages, without the prefix.
func nginxConf(prefix, csp string, pages []string) (string, error) {
	var b strings.Builder
	headers := func(indent, corp, cache string) {
		for _, h := range commonHeaders(csp) {
			fmt.Fprintf(&b, "%sadd_header %s %q always;\n", indent, h.name, h.value)
		}
		fmt.Fprintf(&b, "%sadd_header Cross-Origin-Resource-Policy %q always;\n", indent, corp)
		fmt.Fprintf(&b, "%sadd_header Cache-Control %q always;\n", indent, cache)
	}
	langs := make([]string, len(locale.All))
	for i, l := range locale.All {
		langs[i] = string(l)
	}
	lang := "(" + strings.Join(langs, "|") + ")"
	fmt.Fprintf(&b, `# The Belgium – United States infographic, exported by "site -export".
# Include this file in a server block whose root holds the export at %s/
# (root /srv/www; with the export in /srv/www%s/). It sets the site's
# security headers (add Strict-Transport-Security where the block serves
# TLS), caches versioned assets for a year and revalidates the rest, sends
# the .br and .gz copies (brotli_static needs Debian's
# libnginx-mod-http-brotli-static; remove that line without it), and
# answers an unknown path with the 404 page of its language.
`, prefix, prefix)
	common := func(indent string) {
		fmt.Fprintf(&b, "%sbrotli_static on;\n%sgzip_static on;\n%sgzip_vary on;\n", indent, indent, indent)
	}
	// The export's own files, which are no page of the site: its
	// configuration, the compressed copies (brotli_static and gzip_static
	// send them at the file's own address), index.html and the 404 pages
	// (index and error_page reach them). Asked for by name, they get the
	// 404 page. This location comes first, before every other regular
	// expression.
	fmt.Fprintf(&b, "\nlocation ~ \"^%s/(nginx\\.conf|_headers|.*\\.(br|gz)|index\\.html|(%s/(embed/)?)?404\\.html)$\" {\n    internal;\n", nginxQuote(prefix), lang)
	common("    ")
	headers("    ", "same-origin", asset.Revalidate)
	fmt.Fprintf(&b, "    error_page 404 %s/404.html;\n}\n", prefix)

	// A page's address with a slash at its end goes to the page. Only the
	// pages' own paths match: nginx matches the decoded path, and a
	// capture of anything else would carry what a request holds (a CR, a
	// backslash, "//host") into the Location header.
	suffixes, err := pageSuffixes(pages)
	if err != nil {
		return "", err
	}
	fmt.Fprintf(&b, "\nlocation ~ \"^%s/%s%s/$\" {\n", nginxQuote(prefix), lang, suffixes)
	headers("    ", "same-origin", asset.Revalidate)
	fmt.Fprintf(&b, "    return 308 %s/$1$2$is_args$args;\n}\n", prefix)

	fmt.Fprintf(&b, "\nlocation ~ \"^%s/web/%s$\" {\n", nginxQuote(prefix), versionedAsset)
	common("    ")
	headers("    ", "same-origin", asset.Immutable)
	b.WriteString("}\n")

	fmt.Fprintf(&b, "\nlocation = %s%s {\n", prefix, hostScript)
	common("    ")
	headers("    ", "cross-origin", asset.Revalidate)
	b.WriteString("}\n")

	for _, path := range append([]string{"/manifest.webmanifest"}, manifestPaths()...) {
		fmt.Fprintf(&b, "\nlocation = %s%s {\n    types { }\n    default_type application/manifest+json;\n", prefix, path)
		common("    ")
		headers("    ", "same-origin", asset.Revalidate)
		b.WriteString("}\n")
	}

	// The data files and the charts' pictures, as attachments under names
	// that say what they hold and in which language.
	for _, format := range downloadFormats {
		fmt.Fprintf(&b, "\nlocation ~ ^%s/%s/data/([a-z0-9-]+)\\.%s$ {\n    types { }\n    default_type %q;\n", nginxQuote(prefix), lang, format, asset.TypeOf("."+format))
		if asset.Compressible("." + format) {
			common("    ")
		}
		headers("    ", "same-origin", asset.Revalidate)
		fmt.Fprintf(&b, "    add_header Content-Disposition %q always;\n", attachment(app.DataFileName("$1", "$2", format)))
		fmt.Fprintf(&b, "    try_files $uri =404;\n    error_page 404 %s/$1/404.html;\n}\n", prefix)
	}

	// The social-media kit's pictures and ZIP files, as attachments under
	// the names app.KitFileName and app.KitZipName give them.
	fmt.Fprintf(&b, "\nlocation ~ ^%s/kit/%s/([a-z0-9-]+)-([0-9]+x[0-9]+)\\.png$ {\n    types { }\n    default_type %q;\n", nginxQuote(prefix), lang, asset.TypeOf(".png"))
	headers("    ", "same-origin", asset.Revalidate)
	fmt.Fprintf(&b, "    add_header Content-Disposition %q always;\n", attachment("belgium-us-$2-$3-$1.png"))
	fmt.Fprintf(&b, "    try_files $uri =404;\n    error_page 404 %s/$1/404.html;\n}\n", prefix)
	fmt.Fprintf(&b, "\nlocation ~ ^%s/kit/%s\\.zip$ {\n    types { }\n    default_type %q;\n", nginxQuote(prefix), lang, asset.TypeOf(".zip"))
	headers("    ", "same-origin", asset.Revalidate)
	fmt.Fprintf(&b, "    add_header Content-Disposition %q always;\n", attachment(app.KitZipName("$1")))
	fmt.Fprintf(&b, "    try_files $uri =404;\n    error_page 404 %s/$1/404.html;\n}\n", prefix)

	fmt.Fprintf(&b, "\nlocation ~ ^%s/%s/embed/ {\n", nginxQuote(prefix), lang)
	common("    ")
	headers("    ", "same-origin", asset.Revalidate)
	fmt.Fprintf(&b, "    try_files $uri $uri.html =404;\n    error_page 404 %s/$1/embed/404.html;\n}\n", prefix)

	fmt.Fprintf(&b, "\nlocation ~ ^%s/%s(/|$) {\n", nginxQuote(prefix), lang)
	common("    ")
	headers("    ", "same-origin", asset.Revalidate)
	fmt.Fprintf(&b, "    try_files $uri $uri.html =404;\n    error_page 404 %s/$1/404.html;\n}\n", prefix)

	fmt.Fprintf(&b, "\nlocation %s/ {\n", prefix)
	common("    ")
	headers("    ", "same-origin", asset.Revalidate)
	fmt.Fprintf(&b, "    index index.html;\n    try_files $uri $uri.html $uri/ =404;\n    error_page 404 %s/404.html;\n}\n", prefix)
	if prefix != "" {
		fmt.Fprintf(&b, "\nlocation = %s {\n    return 308 %s/;\n}\n", prefix, prefix)
	}
	return b.String(), nil
}

// netlifyHeaders is the export's _headers file, read by Netlify and
// Cloudflare Pages: the security headers on every path, and, path by
// path, the resource policy and caching, which these hosts would join
// rather than replace if two rules gave them.
func netlifyHeaders(prefix, csp string, files map[string]*asset.File) string {
	var b strings.Builder
	b.WriteString("# The Belgium – United States infographic's headers, for hosts that read _headers.\n")
	fmt.Fprintf(&b, "%s/*\n", prefix)
	for _, h := range commonHeaders(csp) {
		fmt.Fprintf(&b, "  %s: %s\n", h.name, h.value)
	}
	rule := func(pattern, corp, cache string) {
		fmt.Fprintf(&b, "%s%s\n  Cross-Origin-Resource-Policy: %s\n  Cache-Control: %s\n", prefix, pattern, corp, cache)
	}
	rule("/", "same-origin", asset.Revalidate)
	// Each top-level name of the export: a folder and what it holds, or a
	// file, also at its address without ".html".
	top := map[string]bool{}
	for name := range files {
		first, _, nested := strings.Cut(name, "/")
		top[first] = top[first] || nested
	}
	// A data file or a chart's picture is an attachment under its own
	// name.
	for _, name := range slices.Sorted(maps.Keys(files)) {
		if isDownload(name) {
			fmt.Fprintf(&b, "%s/%s\n  Content-Type: %s\n  Content-Disposition: %s\n", prefix, name, files[name].Type, attachment(files[name].Name))
		}
	}
	for _, name := range slices.Sorted(maps.Keys(top)) {
		switch {
		case name == "web":
			rule("/web/*", "same-origin", asset.Immutable)
		case "/"+name == hostScript:
			rule(hostScript, "cross-origin", asset.Revalidate)
		case top[name]:
			rule("/"+name+"/*", "same-origin", asset.Revalidate)
			if files[name+".html"] != nil {
				rule("/"+name, "same-origin", asset.Revalidate)
			}
		default:
			rule("/"+name, "same-origin", asset.Revalidate)
			if page, ok := strings.CutSuffix(name, ".html"); ok && !top[page] {
				rule("/"+page, "same-origin", asset.Revalidate)
			}
		}
	}
	return b.String()
}
