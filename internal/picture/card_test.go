package picture

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"slices"
	"strings"
	"testing"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// TestNewCard checks the card of each language: the site's title, and the
// figures as the page's key figures write them, the qualifier with the
// number, with their years.
func TestNewCard(t *testing.T) {
	f := load(t)
	tests := []struct {
		lang    locale.Lang
		amounts []string
		years   []string
	}{
		{locale.FR, []string{"près de 3,2\u00a0Md\u00a0$", "plus de 7,4\u00a0Md\u00a0$", "150"}, []string{"", "2026\u20112029", "2026\u20112029"}},
		{locale.NL, []string{"bijna 3,2\u00a0mld.\u00a0dollar", "meer dan 7,4\u00a0mld.\u00a0dollar", "150"}, []string{"", "2026\u20112029", "2026\u20112029"}},
		{locale.DE, []string{"fast 3,2\u00a0Mrd.\u00a0US\u2011$", "mehr als 7,4\u00a0Mrd.\u00a0US\u2011$", "150"}, []string{"", "2026–\u20602029", "2026–\u20602029"}},
		{locale.EN, []string{"nearly $3.2B", "more than $7.4B", "150"}, []string{"", "2026–\u20602029", "2026–\u20602029"}},
	}
	for _, tt := range tests {
		c, err := NewCard(f, tt.lang)
		if err != nil {
			t.Fatal(err)
		}
		if want := f.Texts.Site.Title.In(tt.lang); c.Title != want {
			t.Errorf("%s: title %q, want %q", tt.lang, c.Title, want)
		}
		var amounts, years []string
		for _, fig := range c.Figures {
			amounts, years = append(amounts, fig.Amount), append(years, fig.Years)
		}
		if !slices.Equal(amounts, tt.amounts) || !slices.Equal(years, tt.years) {
			t.Errorf("%s: amounts %q over years %q, want %q over %q", tt.lang, amounts, years, tt.amounts, tt.years)
		}
	}
}

// TestAlt checks the picture's description: the title, then each figure
// in full, with its years.
func TestAlt(t *testing.T) {
	c, err := NewCard(load(t), locale.EN)
	if err != nil {
		t.Fatal(err)
	}
	want := "site.title en. " +
		"Direct test aid: nearly $3.2\u00a0billion. " +
		"Test purchases: more than $7.4\u00a0billion (2026–\u20602029). " +
		"Test vehicles: 150\u00a0vehicles (2026–\u20602029)."
	if got := c.Alt(); got != want {
		t.Errorf("Alt() = %q, want %q", got, want)
	}
}

// TestMissingFigure checks that facts without one of the figures give an
// error that names it, not a picture without it.
func TestMissingFigure(t *testing.T) {
	f := load(t)
	id := f.ShareFigures[1]
	f.Figures = slices.DeleteFunc(f.Figures, func(fig data.Figure) bool { return fig.ID == id })
	f.Reindex()
	_, err := NewCard(f, locale.NL)
	if err == nil || !strings.Contains(err.Error(), `"`+id+`"`) {
		t.Errorf("NewCard without %s: error %v, want one that names it", id, err)
	}
}

// TestCardPNG draws every language: a CardWidth×CardHeight PNG, the navy column on the
// left and white on the right, the same bytes from the same data.
func TestCardPNG(t *testing.T) {
	f := load(t)
	for _, l := range locale.All {
		c, err := NewCard(f, l)
		if err != nil {
			t.Fatal(err)
		}
		b, err := cardPNG(c)
		if err != nil {
			t.Fatalf("%s: %v", l, err)
		}
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: the PNG does not decode: %v", l, err)
		}
		if got := img.Bounds(); got != image.Rect(0, 0, CardWidth, CardHeight) {
			t.Errorf("%s: bounds %v, want %d×%d", l, got, CardWidth, CardHeight)
		}
		for _, p := range []struct {
			x, y int
			want color.RGBA
		}{{4, CardHeight - 4, navy}, {CardWidth - 4, 4, page}} {
			if got := color.RGBAModel.Convert(img.At(p.x, p.y)); got != p.want {
				t.Errorf("%s: pixel (%d, %d) = %v, want %v", l, p.x, p.y, got, p.want)
			}
		}
		again, err := cardPNG(c)
		if err != nil || !bytes.Equal(again, b) {
			t.Errorf("%s: a second drawing differs from the first (%v)", l, err)
		}
	}
}

// TestDrawRefuses checks that what cannot be drawn whole is an error,
// never a picture with a missing character or a cut text.
func TestCardRefuses(t *testing.T) {
	c, err := NewCard(load(t), locale.FR)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		edit func(c *Card)
		want string
	}{
		{"a character the fonts lack", func(c *Card) { c.Title += " 中" }, "no '中'"},
		{"a title too long", func(c *Card) { c.Title = strings.Repeat("Partenaires depuis longtemps ", 12) }, "does not fit"},
		{"a word wider than the column", func(c *Card) { c.Title = strings.Repeat("M", 40) }, "does not fit"},
		{"an amount too long for one line", func(c *Card) { c.Figures[0].Amount = strings.Repeat("9", 40) }, "does not fit"},
		{"a label longer than two lines", func(c *Card) { c.Figures[2].Label = strings.Repeat("véhicules ", 30) }, "two lines"},
		{"no figure", func(c *Card) { c.Figures = nil }, "no figure"},
		{"a character the fonts lack in the years", func(c *Card) { c.Figures[1].Years = "2020中2024" }, "no '中'"},
	}
	for _, tt := range tests {
		broken := c
		broken.Figures = slices.Clone(c.Figures)
		tt.edit(&broken)
		if _, err := cardPNG(broken); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one that says %q", tt.name, err, tt.want)
		}
	}
	if _, err := cardPNG(c); err != nil {
		t.Errorf("the card itself: %v", err)
	}
}

// cardPNG lays a card out and draws it as a PNG.
func cardPNG(c Card) ([]byte, error) {
	p, err := c.Picture()
	if err != nil {
		return nil, err
	}
	return p.PNG()
}

// TestDrawAtOnce draws every language's card at once, as the server's
// requests may: a drawing shares no font face with another (run with
// -race).
func TestDrawAtOnce(t *testing.T) {
	f := load(t)
	errs := make(chan error, len(locale.All))
	for _, l := range locale.All {
		go func() {
			c, err := NewCard(f, l)
			if err == nil {
				_, err = cardPNG(c)
			}
			errs <- err
		}()
	}
	for range locale.All {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
