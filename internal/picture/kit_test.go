package picture

import (
	"bytes"
	"image"
	"image/png"
	"strings"
	"testing"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data/locale"
)

// TestKitPictures draws every picture of the kit in every size and
// language: each decodes as a PNG of indexed colours at its size, is no
// blank page, and shows what it says it shows: a key figure's amount
// with its qualifier and its label, a chart's title, the whole
// infographic's address; each its source line and the day.
func TestKitPictures(t *testing.T) {
	f := load(t)
	site := app.Site{PublicURL: "https://example.org"}
	for _, l := range locale.All {
		for _, it := range app.KitItems(f, site, l) {
			for _, size := range app.KitSizes {
				address := ""
				if it.Name == app.KitWhole {
					address = "example.org/" + string(l)
				}
				p, err := KitPicture(f, it, l, size, address)
				if err != nil {
					t.Errorf("%s %s %s: %v", l, it.Name, size, err)
					continue
				}
				body, err := p.PNG()
				if err != nil {
					t.Fatal(err)
				}
				img, err := png.Decode(bytes.NewReader(body))
				if err != nil {
					t.Errorf("%s %s %s: the PNG does not decode: %v", l, it.Name, size, err)
					continue
				}
				if got := img.Bounds().Size(); got.X != size.Width || got.Y != size.Height {
					t.Errorf("%s %s %s: %v, want %dx%d", l, it.Name, size, got, size.Width, size.Height)
				}
				if _, ok := img.(*image.Paletted); !ok {
					t.Errorf("%s %s %s: not in the pictures' palette of indexed colours", l, it.Name, size)
				}
				drawn, err := p.Draw()
				if err != nil {
					t.Fatal(err)
				}
				if got, all := notWhite(drawn), size.Width*size.Height; got < all/20 {
					t.Errorf("%s %s %s: %d of %d pixels drawn, want a picture", l, it.Name, size, got, all)
				}
				texts := strings.Join(parseSVG(t, p.SVG()).texts, "\n")
				wants := []string{app.SourcesLine(f, it.Sources, l), Updated(f, l), f.Texts.Site.Title.In(l)}
				if fig := f.Figure(it.Figure); fig != nil {
					h := fig.HeadlineParts(l)
					wants = append(wants, h.Qualifier, h.Amount, fig.Label.In(l))
				}
				if it.Chart != "" {
					wants = append(wants, f.Expand(f.Texts.Chart[it.Chart].Title, l))
				}
				if address != "" {
					wants = append(wants, address)
				}
				for _, want := range wants {
					if !strings.Contains(texts, want) {
						t.Errorf("%s %s %s: the picture does not show %q", l, it.Name, size, want)
					}
				}
				for _, s := range p.shapes {
					if s.x < 0 || s.y < 0 || s.x+s.w > size.Width || s.y+s.h > size.Height {
						t.Errorf("%s %s %s: a shape at (%d, %d) of %d×%d is out of the picture", l, it.Name, size, s.x, s.y, s.w, s.h)
						break
					}
				}
			}
		}
	}
}
