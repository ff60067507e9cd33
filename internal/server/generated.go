package server

import (
	"fmt"
	"maps"
	"slices"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/internal/asset"
	"github.com/be-us/partnership/internal/download"
	"github.com/be-us/partnership/internal/picture"
	"github.com/be-us/partnership/internal/qr"
)

// generated is a file the server makes itself, from the data and the
// site's settings: robots.txt, the sitemap, go-app's scripts and
// manifest, the QR codes, the link previews' pictures, the data files,
// the charts' pictures and the social-media kit.
type generated struct {
	// get gives the file: made at start, or on its first call.
	get func() (*asset.File, error)
	// attachment files are sent to be saved, under their own name.
	attachment bool
	// offline files are kept by the service worker.
	offline bool
	// onRequest files are drawn on their first request, not at start.
	onRequest bool
}

// files maps a path to the file generated for it.
type files map[string]generated

// made is a file made at start.
func made(f *asset.File) func() (*asset.File, error) {
	return func() (*asset.File, error) { return f, nil }
}

// offline are the paths of the files the service worker keeps, sorted.
func (fs files) offline() []string {
	var paths []string
	for _, path := range slices.Sorted(maps.Keys(fs)) {
		if fs[path].offline {
			paths = append(paths, path)
		}
	}
	return paths
}

// generate makes the table of the files that come from the data: every
// one but go-app's, which need the page handler and so the table's
// offline paths.
func generate(f *data.Facts, where app.Site, share map[locale.Lang]sharePicture, quality int) (files, error) {
	fs := files{"/robots.txt": {get: made(asset.New("robots.txt", robotsTxt(where)))}}
	if xml := sitemap(f, where); xml != nil {
		file := asset.New(sitemapPath[1:], xml)
		if err := file.Compress(quality); err != nil {
			return nil, fmt.Errorf("compressing the sitemap: %w", err)
		}
		fs[sitemapPath] = generated{get: made(file)}
	}
	for l, p := range share {
		fs[sharePath(l)] = generated{get: made(p.file)}
	}
	if err := qrCodes(fs, f, where, quality); err != nil {
		return nil, err
	}
	if err := dataFiles(fs, f, quality); err != nil {
		return nil, err
	}
	// Every picture drawn on request is drawn one at a time.
	d := newDrawer()
	chartPictures(fs, f, quality, d)
	kitFiles(fs, f, where, d)
	chartPreviews(fs, f, where, d)
	if err := oembedFiles(fs, f, where, quality); err != nil {
		return nil, err
	}
	return fs, nil
}

// qrCodes draws, when the public address is known, the QR code to the page
// in each language, for the presentation's closing slide.
func qrCodes(fs files, f *data.Facts, site app.Site, quality int) error {
	if site.PublicURL == "" {
		return nil
	}
	for _, l := range locale.All {
		address := site.PublicURL + site.Home(l)
		svg, err := qr.SVG(address, f.Texts.Present.QR.In(l)+" "+address)
		if err != nil {
			return fmt.Errorf("drawing the QR code in %s: %w", l, err)
		}
		path := app.QRPath(l)
		file := asset.New(path[1:], svg)
		if err := file.Compress(quality); err != nil {
			return fmt.Errorf("compressing %s: %w", path, err)
		}
		fs[path] = generated{get: made(file), offline: true}
	}
	return nil
}

// dataFiles writes the data as CSV files, each chart's and all of it, in
// each language.
func dataFiles(fs files, f *data.Facts, quality int) error {
	for _, l := range locale.All {
		for _, id := range append(chart.IDs(), app.AllData) {
			var body []byte
			var err error
			if id == app.AllData {
				body, err = download.All(f, l)
			} else {
				body, err = download.Chart(f, id, l)
			}
			if err != nil {
				return fmt.Errorf("writing the data of %s in %s: %w", id, l, err)
			}
			file, err := downloadFile(l, id, app.CSV, body, quality)
			if err != nil {
				return err
			}
			fs[app.DataPath(l, id, app.CSV)] = generated{get: made(file), attachment: true, offline: true}
		}
	}
	return nil
}

// chartPictures adds each chart's picture as SVG and PNG in each language.
// A chart's two pictures in a language are drawn together, once, when
// either is first asked for: drawing them all would double the time the
// server takes to start. d draws them, one picture at a time.
func chartPictures(fs files, f *data.Facts, quality int, d *drawer) {
	for _, l := range locale.All {
		for _, id := range chart.IDs() {
			draw := drawn(d, func() (map[string]*asset.File, error) {
				p, err := picture.New(f, id, l)
				if err != nil {
					return nil, err
				}
				png, err := p.PNG()
				if err != nil {
					return nil, err
				}
				files := map[string]*asset.File{}
				for format, body := range map[string][]byte{app.SVG: p.SVG(), app.PNG: png} {
					if files[format], err = downloadFile(l, id, format, body, quality); err != nil {
						return nil, err
					}
				}
				return files, nil
			})
			for _, format := range []string{app.SVG, app.PNG} {
				get := func() (*asset.File, error) {
					files, err := draw()
					if err != nil {
						return nil, fmt.Errorf("drawing %s in %s: %w", id, l, err)
					}
					return files[format], nil
				}
				fs[app.DataPath(l, id, format)] = generated{get: get, attachment: true, offline: true, onRequest: true}
			}
		}
	}
}

// chartPictureSizes lays out each chart's picture in each language, once,
// for the size and the description its image code names.
func chartPictureSizes(f *data.Facts) (func(l locale.Lang, id string) (app.Picture, bool), error) {
	type key struct {
		l  locale.Lang
		id string
	}
	sizes := map[key]app.Picture{}
	for _, l := range locale.All {
		for _, id := range chart.IDs() {
			p, err := picture.New(f, id, l)
			if err != nil {
				return nil, fmt.Errorf("laying out %s in %s: %w", id, l, err)
			}
			sizes[key{l, id}] = app.Picture{Width: p.Width, Height: p.Height, Alt: p.Alt}
		}
	}
	return func(l locale.Lang, id string) (app.Picture, bool) {
		p, ok := sizes[key{l, id}]
		return p, ok
	}, nil
}

// downloadFile is a chart's file in a language and format, compressed
// where that helps, under the name it is saved under.
func downloadFile(l locale.Lang, id, format string, body []byte, quality int) (*asset.File, error) {
	return compressed(app.DataFileName(l, id, format), body, quality)
}

// compressed is a generated file under a name, compressed for the
// clients that ask.
func compressed(name string, body []byte, quality int) (*asset.File, error) {
	file := asset.New(name, body)
	if err := file.Compress(quality); err != nil {
		return nil, fmt.Errorf("compressing %s: %w", name, err)
	}
	return file, nil
}
