package server

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/asset"
	"github.com/be-us/partnership/internal/picture"
)

// kitCaptions is the name of the file of the kit's ZIP that holds each
// picture's caption and alt text.
const kitCaptions = "captions.txt"

// kitFiles adds the social-media kit of each language: each picture in
// each size, drawn once, when it is first asked for, of which only the
// PNG's bytes are kept; and the ZIP file of all of them with their
// captions, made once, when it is first asked for, one picture drawn at a
// time. Drawing them all at start would take seconds and hold every
// picture at once. d draws the pictures, one at a time.
func kitFiles(fs files, f *data.Facts, site app.Site, d *drawer) {
	address := ""
	if site.PublicURL != "" {
		address = strings.TrimPrefix(site.PublicURL, "https://")
	}
	for _, l := range locale.All {
		items := app.KitItems(f, site, l)
		pictures := map[string]func() (*asset.File, error){}
		for _, it := range items {
			shown := ""
			if it.Name == app.KitWhole && address != "" {
				shown = address + site.Home(l)
			}
			for _, size := range app.KitSizes {
				path := app.KitPicturePath(l, it.Name, size)
				get := drawn(d, func() (*asset.File, error) {
					p, err := picture.KitPicture(f, it, l, size, shown)
					if err != nil {
						return nil, err
					}
					png, err := p.PNG()
					if err != nil {
						return nil, err
					}
					return asset.New(app.KitFileName(l, it.Name, size), png), nil
				})
				pictures[path] = get
				fs[path] = generated{get: get, attachment: true, onRequest: true}
			}
		}
		fs[app.KitZipPath(l)] = generated{attachment: true, onRequest: true, get: sync.OnceValues(func() (*asset.File, error) {
			body, err := kitZip(f, l, items, func(path string) (*asset.File, error) { return pictures[path]() })
			if err != nil {
				return nil, fmt.Errorf("the kit's ZIP file in %s: %w", l, err)
			}
			return asset.New(app.KitZipName(l), body), nil
		})}
	}
}

// kitZip writes the ZIP file of a language's kit: every picture of the
// items in every size, under the name it is saved under, then
// captions.txt. The pictures are stored as they are: a PNG does not
// compress further. Every file is dated the day the facts were checked,
// so that the same facts give the same bytes.
func kitZip(f *data.Facts, l locale.Lang, items []app.KitItem, picture func(path string) (*asset.File, error)) ([]byte, error) {
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	modified := f.Updated
	if modified.IsZero() {
		modified = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	add := func(name string, method uint16, body []byte) error {
		w, err := z.CreateHeader(&zip.FileHeader{Name: name, Method: method, Modified: modified})
		if err != nil {
			return fmt.Errorf("adding %s: %w", name, err)
		}
		if _, err := w.Write(body); err != nil {
			return fmt.Errorf("writing %s: %w", name, err)
		}
		return nil
	}
	for _, it := range items {
		for _, size := range app.KitSizes {
			p, err := picture(app.KitPicturePath(l, it.Name, size))
			if err != nil {
				return nil, err
			}
			if err := add(p.Name, zip.Store, p.Body); err != nil {
				return nil, err
			}
		}
	}
	if err := add(kitCaptions, zip.Deflate, kitCaptionsText(f, l, items)); err != nil {
		return nil, err
	}
	if err := z.Close(); err != nil {
		return nil, fmt.Errorf("closing the ZIP file: %w", err)
	}
	return b.Bytes(), nil
}

// kitCaptionsText is captions.txt: for each picture, its title, its
// files, its caption and its alt text, as the kit's page gives them.
func kitCaptionsText(f *data.Facts, l locale.Lang, items []app.KitItem) []byte {
	t := f.Texts.Kit
	var b strings.Builder
	b.WriteString(t.Title.In(l) + "\n\n")
	for _, it := range items {
		b.WriteString("## " + it.Title + "\n\n")
		for _, size := range app.KitSizes {
			b.WriteString(app.KitFileName(l, it.Name, size) + "\n")
		}
		b.WriteString("\n" + l.Colon(t.Caption.In(l)) + "\n" + it.Caption + "\n\n")
		b.WriteString(l.Colon(t.Alt.In(l)) + "\n" + it.Alt + "\n\n")
	}
	return []byte(b.String())
}
