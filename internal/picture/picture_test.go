package picture

import (
	"bytes"
	"encoding/xml"
	"errors"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/fixture"
	"github.com/be-us/partnership/data/locale"
)

func load(t testing.TB) *data.Facts {
	t.Helper()
	return fixture.Facts(t, chart.Needs()...)
}

// parsed is what a test reads of an SVG picture.
type parsed struct {
	width, title string
	// texts are the <text> elements, their lines put end to end;
	// categories the same for each purchase category's group.
	texts      []string
	categories map[string][]string
	uses       int
}

// parseSVG reads an SVG picture with encoding/xml, and fails the test on
// anything that is not well-formed.
func parseSVG(t *testing.T, svg []byte) parsed {
	t.Helper()
	p := parsed{categories: map[string][]string{}}
	d := xml.NewDecoder(bytes.NewReader(svg))
	var stack []string
	var lines []string
	group := ""
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("the SVG does not parse: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			stack = append(stack, tok.Name.Local)
			for _, a := range tok.Attr {
				switch {
				case tok.Name.Local == "svg" && a.Name.Local == "width":
					p.width = a.Value
				case tok.Name.Local == "g" && a.Name.Local == "data-category":
					group = a.Value
				}
			}
			switch tok.Name.Local {
			case "text":
				lines = nil
			case "use":
				p.uses++
			}
		case xml.EndElement:
			stack = stack[:len(stack)-1]
			switch tok.Name.Local {
			case "text":
				s := strings.Join(lines, "")
				p.texts = append(p.texts, s)
				if group != "" {
					p.categories[group] = append(p.categories[group], s)
				}
			case "g":
				group = ""
			}
		case xml.CharData:
			if len(stack) == 0 {
				continue
			}
			switch stack[len(stack)-1] {
			case "title":
				p.title += string(tok)
			case "tspan":
				lines = append(lines, string(tok))
			}
		}
	}
	return p
}

// TestPictures lays out every chart in every language and writes it in
// both formats: the SVG parses and holds the title, the source line and
// the day the facts were checked, each as one text; the PNG decodes, is
// Width pixels wide and as tall as the layout, and is not blank.
func TestPictures(t *testing.T) {
	f := load(t)
	for _, id := range chart.IDs() {
		s, _ := chart.Lookup(id)
		for _, l := range locale.All {
			t.Run(id+"/"+string(l), func(t *testing.T) {
				p, err := New(f, id, l)
				if err != nil {
					t.Fatal(err)
				}
				svg := parseSVG(t, p.SVG())
				title := f.Expand(f.Texts.Chart[id].Title, l)
				if svg.title != title {
					t.Errorf("<title> = %q, want %q", svg.title, title)
				}
				if svg.width != "1200" {
					t.Errorf("width = %q, want 1200", svg.width)
				}
				for _, want := range []string{title, app.SourceLine(f, s, l), l.Colon(f.Texts.Footer.Updated.In(l)) + " " + l.Date(f.Updated)} {
					if !slices.Contains(svg.texts, want) {
						t.Errorf("no text %q among %q", want, svg.texts)
					}
				}

				b, err := p.PNG()
				if err != nil {
					t.Fatal(err)
				}
				img, err := png.Decode(bytes.NewReader(b))
				if err != nil {
					t.Fatalf("the PNG does not decode: %v", err)
				}
				if got, want := img.Bounds(), image.Rect(0, 0, Width, p.Height); got != want {
					t.Errorf("PNG bounds = %v, want %v", got, want)
				}
				if p.Height < 300 {
					t.Errorf("height = %d, want room for a title, a chart and a source", p.Height)
				}
				if got := inked(img, ink); got < 2000 {
					t.Errorf("%d pixels in the ink colour, want the title's at least 2000", got)
				}
				if got, all := notWhite(img), Width*p.Height; got < all/50 {
					t.Errorf("%d of %d pixels are not white, want at least 2%%", got, all)
				}
			})
		}
	}
}

// inked counts the pixels of exactly c.
func inked(img image.Image, c color.RGBA) int {
	n := 0
	r0, g0, b0, _ := c.RGBA()
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			if r, g, b, _ := img.At(x, y).RGBA(); r == r0 && g == g0 && b == b0 {
				n++
			}
		}
	}
	return n
}

// notWhite counts the pixels that are not white.
func notWhite(img image.Image) int {
	return img.Bounds().Dx()*img.Bounds().Dy() - inked(img, page)
}

// TestPurchasesHoldNoAmountPerCategory checks, in every language, that
// the purchases picture shows every category in a tile of its own that
// names no amount (no currency at all: the source gives none per
// category), and the total with its qualifier once.
func TestPurchasesHoldNoAmountPerCategory(t *testing.T) {
	f := load(t)
	total := f.Figure("purchases.total")
	for _, l := range locale.All {
		p, err := New(f, "purchases", l)
		if err != nil {
			t.Fatal(err)
		}
		svg := parseSVG(t, p.SVG())
		if got, want := len(svg.categories), len(f.Categories); got != want {
			t.Errorf("%s: %d categories drawn, want %d", l, got, want)
		}
		for _, c := range f.Categories {
			texts := svg.categories[c.ID]
			if !slices.Contains(texts, c.Label.In(l)) {
				t.Errorf("%s: the tile of %q lacks its name: %q", l, c.ID, texts)
			}
			for _, s := range texts {
				if low := strings.ToLower(s); strings.Contains(low, "$") || strings.Contains(low, "dollar") {
					t.Errorf("%s: the tile of %q says an amount: %q", l, c.ID, s)
				}
			}
		}
		line := l.Colon(total.Label.In(l)+", "+l.YearSpan(total.Period.From, total.Period.To)) + " " + total.Format(l, locale.Short)
		if !slices.Contains(svg.texts, line) {
			t.Errorf("%s: no total %q among %q", l, line, svg.texts)
		}
	}
}

// TestBars checks the aid charts' bars: from zero, on one scale, one per
// figure or, for a figure per year, one per year, each as long as the
// amount, "more than" included, and nothing longer.
func TestBars(t *testing.T) {
	f := load(t)
	scale := chart.AidScale(f) * 1e9
	tests := []struct {
		id      string
		figures []string
		bars    int
	}{
		{"aid-channels", []string{"aid.direct", "aid.multilateral"}, 2},
		{"aid-programme", []string{"aid.programme", "aid.programme", "aid.programme"}, 3},
	}
	for _, tt := range tests {
		p, err := New(f, tt.id, locale.EN)
		if err != nil {
			t.Fatal(err)
		}
		var bars []shape
		for _, s := range p.shapes {
			if s.kind == rectShape && s.h == barH {
				bars = append(bars, s)
			}
		}
		if len(bars) != tt.bars {
			t.Fatalf("%s: %d bars, want %d", tt.id, len(bars), tt.bars)
		}
		for i, b := range bars {
			want := int(math.Round(f.Figure(tt.figures[i]).Value / scale * content))
			if b.x != margin || b.w != want {
				t.Errorf("%s bar %d: from x %d, %d px long; want from %d, %d px", tt.id, i, b.x, b.w, margin, want)
			}
		}
	}
	p, err := New(f, "aid-programme", locale.EN)
	if err != nil {
		t.Fatal(err)
	}
	svg := parseSVG(t, p.SVG())
	prog := f.Figure("aid.programme")
	for _, want := range []string{strconv.Itoa(prog.Period.From), strconv.Itoa(prog.Period.To), prog.Format(locale.EN, locale.Short)} {
		if !slices.Contains(svg.texts, want) {
			t.Errorf("aid-programme: no text %q among %q", want, svg.texts)
		}
	}
}

// TestVehicles counts one vehicle per JLTV in both formats' source, and
// the count written out.
func TestVehicles(t *testing.T) {
	f := load(t)
	want := int(f.Figure("purchases.jltv").Value)
	p, err := New(f, "jltv", locale.FR)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range p.shapes {
		if s.kind == vehicleShape {
			n++
		}
	}
	svg := parseSVG(t, p.SVG())
	if n != want || svg.uses != want {
		t.Errorf("%d vehicles laid out, %d in the SVG; want %d", n, svg.uses, want)
	}
	if !slices.Contains(svg.texts, strconv.Itoa(want)) {
		t.Errorf("no count among %q", svg.texts)
	}
}

// TestEscaping gives a title with XML's special characters: the SVG still
// parses and says it as it is.
func TestEscaping(t *testing.T) {
	f := load(t)
	const title = `Aid <b> & "more" 'still'`
	f.Texts.Chart["jltv"].Title["en"] = title
	p, err := New(f, "jltv", locale.EN)
	if err != nil {
		t.Fatal(err)
	}
	svg := parseSVG(t, p.SVG())
	want := locale.EN.Typeset(title)
	if svg.title != want || !slices.Contains(svg.texts, want) {
		t.Errorf("title %q, texts %q; want %q in both", svg.title, svg.texts, want)
	}
}

// TestSameBytes draws a picture twice: the same facts give the same files.
func TestSameBytes(t *testing.T) {
	f := load(t)
	var svgs, pngs [][]byte
	for range 2 {
		p, err := New(f, "timeline", locale.NL)
		if err != nil {
			t.Fatal(err)
		}
		b, err := p.PNG()
		if err != nil {
			t.Fatal(err)
		}
		svgs, pngs = append(svgs, p.SVG()), append(pngs, b)
	}
	if !bytes.Equal(svgs[0], svgs[1]) || !bytes.Equal(pngs[0], pngs[1]) {
		t.Error("two drawings of the same chart differ")
	}
}

// TestUnknownChart asks for a chart that is not in the registry.
func TestUnknownChart(t *testing.T) {
	if _, err := New(load(t), "no-such-chart", locale.FR); err == nil || !strings.Contains(err.Error(), "no-such-chart") {
		t.Errorf("New(no-such-chart) error = %v, want one naming the chart", err)
	}
}

// TestMissingGlyph gives a text a character the Go fonts lack: the PNG
// fails, naming it, rather than drawing a blank box.
func TestMissingGlyph(t *testing.T) {
	f := load(t)
	f.Texts.Chart["timeline"].Title["de"] = "Zwei Jahrhunderte \u4e16"
	p, err := New(f, "timeline", locale.DE)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.PNG(); err == nil || !strings.Contains(err.Error(), "U+4E16") {
		t.Errorf("PNG error = %v, want one naming U+4E16", err)
	}
}

// TestWrap breaks lines at spaces and after hyphens, never inside a short
// part before a hyphen nor at a no-break space, within the width; the
// lines put end to end are the text again.
func TestWrap(t *testing.T) {
	faces, err := faceSet()
	if err != nil {
		t.Fatal(err)
	}
	face := faces[faceKey{nameSize, true}]
	tests := []struct {
		text  string
		width int
		want  []string
	}{
		{"F-35-Kampfflugzeuge", 150, []string{"F-35-", "Kampfflugzeuge"}},
		{"Zugang zum US-Satellitensystem", 250, []string{"Zugang zum ", "US-Satellitensystem"}},
		{"Kommunikations- und Informationssysteme", 250, []string{"Kommunikations- ", "und ", "Informationssysteme"}},
		{"6,8\u00a0Mrd. US-$", 60, []string{"6,8\u00a0Mrd. ", "US-$"}},
		{"Munition", 1000, []string{"Munition"}},
	}
	for _, tt := range tests {
		got := wrap(face, tt.text, tt.width)
		if !slices.Equal(got, tt.want) {
			t.Errorf("wrap(%q, %d) = %q, want %q", tt.text, tt.width, got, tt.want)
		}
		if joined := strings.Join(got, ""); joined != tt.text {
			t.Errorf("wrap(%q) put together = %q", tt.text, joined)
		}
	}
}

// TestPalette holds the pictures' colours to the light theme of the
// stylesheet (its first :root block).
func TestPalette(t *testing.T) {
	css, err := os.ReadFile(filepath.Join("..", "..", "web", "static", "app.css"))
	if err != nil {
		t.Fatal(err)
	}
	start := bytes.Index(css, []byte(":root {"))
	end := bytes.IndexByte(css[start:], '}')
	if start < 0 || end < 0 {
		t.Fatal("no :root block in app.css")
	}
	props := map[string]string{}
	for _, m := range regexp.MustCompile(`--([a-z-]+):\s*(#[0-9a-f]{6});`).FindAllSubmatch(css[start:start+end], -1) {
		props[string(m[1])] = string(m[2])
	}
	for name, c := range map[string]color.RGBA{"ink": ink, "muted": muted, "navy": navy, "red": red, "grey": grey, "page": page, "panel": panel, "rule": rule} {
		if got, want := hex(c), props[name]; got != want {
			t.Errorf("%s = %s, want the stylesheet's %q", name, got, want)
		}
	}
}
