package server

import (
	"archive/zip"
	"bytes"
	"html"
	"io"
	"maps"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data/locale"
)

// TestKitZip fetches each language's kit page and ZIP file: the page is
// not for search engines; the ZIP, sent as an attachment of its type,
// holds exactly the pictures the page offers, each as it is served, and
// captions.txt, with each caption and alt text of the page.
func TestKitZip(t *testing.T) {
	srv := testServer(t)
	download := regexp.MustCompile(`<a download="([^"]+)" href="(/kit/[^"]+\.png)">`)
	boxes := regexp.MustCompile(`<textarea class="kit__text"[^>]*>([^<]*)</textarea>`)
	for _, l := range locale.All {
		res, page := get(t, srv, app.KitPath(l), "")
		if res.StatusCode != 200 || !strings.Contains(page, `<meta name="robots" content="noindex">`) {
			t.Errorf("%s: status %d, noindex %v; want 200, noindex", app.KitPath(l), res.StatusCode, strings.Contains(page, "noindex"))
		}
		offered := map[string]string{}
		for _, m := range download.FindAllStringSubmatch(page, -1) {
			offered[m[1]] = m[2]
		}
		if want := (len(loaded.KeyFigures) + len(app.EmbedIDs()) - 1) * len(app.KitSizes); len(offered) != want {
			t.Errorf("%s: the page offers %d pictures, want %d", l, len(offered), want)
		}
		res, zipped := get(t, srv, app.KitZipPath(l), "")
		if got, want := res.Header.Get("Content-Type"), "application/zip"; got != want {
			t.Errorf("%s: Content-Type %q, want %q", app.KitZipPath(l), got, want)
		}
		if got, want := res.Header.Get("Content-Disposition"), attachment(app.KitZipName(l)); got != want {
			t.Errorf("%s: Content-Disposition %q, want %q", app.KitZipPath(l), got, want)
		}
		z, err := zip.NewReader(strings.NewReader(zipped), int64(len(zipped)))
		if err != nil {
			t.Fatalf("%s: %v", app.KitZipPath(l), err)
		}
		var names []string
		captions := ""
		for _, zf := range z.File {
			r, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			body, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			if zf.Name == kitCaptions {
				captions = string(body)
				continue
			}
			names = append(names, zf.Name)
			if path, ok := offered[zf.Name]; ok {
				if _, served := get(t, srv, path, ""); !bytes.Equal([]byte(served), body) {
					t.Errorf("%s: %s is not the picture %s serves", app.KitZipPath(l), zf.Name, path)
				}
			}
		}
		if got, want := slices.Sorted(slices.Values(names)), slices.Sorted(maps.Keys(offered)); !slices.Equal(got, want) {
			t.Errorf("%s holds\n%v\nwant what the page offers:\n%v", app.KitZipPath(l), got, want)
		}
		texts := boxes.FindAllStringSubmatch(page, -1)
		if len(texts) != 2*len(offered)/len(app.KitSizes) {
			t.Errorf("%s: %d captions and alt texts, want two a picture", l, len(texts))
		}
		for _, m := range texts {
			if s := html.UnescapeString(m[1]); !strings.Contains(captions, s) {
				t.Errorf("%s: %s lacks %q", app.KitZipPath(l), kitCaptions, s)
			}
		}
	}
}

// TestExportKit checks that the export holds each language's kit page,
// ZIP file and pictures, and that its nginx and _headers files send the
// pictures and the ZIP files as attachments of their type.
func TestExportKit(t *testing.T) {
	files := prefixedExport(t)
	for _, l := range locale.All {
		names := []string{app.KitPath(l)[1:] + ".html", app.KitZipPath(l)[1:]}
		for _, it := range app.KitItems(loaded, app.Site{}, l) {
			for _, size := range app.KitSizes {
				names = append(names, app.KitPicturePath(l, it.Name, size)[1:])
			}
		}
		for _, name := range names {
			if files[name] == nil {
				t.Errorf("the export has no %s", name)
			}
		}
	}
	csp := policy(nil)
	conf, err := nginxConf("/infographic", csp, []string{"/fr", "/fr/kit"})
	if err != nil {
		t.Fatal(err)
	}
	headers := netlifyHeaders("/infographic", csp, files)
	for _, c := range []struct{ file, got, want string }{
		{"nginx.conf", conf, `location ~ ^/infographic/kit/(fr|nl|de|en)/([a-z0-9-]+)-([0-9]+x[0-9]+)\.png$ {`},
		{"nginx.conf", conf, `add_header Content-Disposition "attachment; filename=\"belgium-us-$2-$3-$1.png\"" always;`},
		{"nginx.conf", conf, `location ~ ^/infographic/kit/(fr|nl|de|en)\.zip$ {`},
		{"nginx.conf", conf, `default_type "application/zip";`},
		{"nginx.conf", conf, `add_header Content-Disposition "attachment; filename=\"belgium-us-kit-$1.zip\"" always;`},
		{"_headers", headers, "/infographic/kit/de/aid-direct-1200x675.png\n  Content-Type: image/png\n  Content-Disposition: attachment; filename=\"" + app.KitFileName("de", "aid-direct", app.KitSize{Width: 1200, Height: 675}) + "\"\n"},
		{"_headers", headers, "/infographic/kit/fr.zip\n  Content-Type: application/zip\n  Content-Disposition: attachment; filename=\"belgium-us-kit-fr.zip\"\n"},
	} {
		if !strings.Contains(c.got, c.want) {
			t.Errorf("%s lacks %q", c.file, c.want)
		}
	}
}
