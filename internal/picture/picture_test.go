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
				if got, want := img.Bounds(), image.Rect(0, 0, ChartWidth, p.Height); got != want {
					t.Errorf("PNG bounds = %v, want %v", got, want)
				}
				if p.Height < 300 {
					t.Errorf("height = %d, want room for a title, a chart and a source", p.Height)
				}
				if got := inked(img, ink); got < 2000 {
					t.Errorf("%d pixels in the ink colour, want the title's at least 2000", got)
				}
				if got, all := notWhite(img), ChartWidth*p.Height; got < all/50 {
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

// TestBars checks the bars of each chart of amounts: from zero, one a
// figure, each as long as its figure on the drawing's scale, "more than"
// included, and nothing longer; a figure per year is one bar under its
// years.
func TestBars(t *testing.T) {
	f := load(t)
	for _, s := range chart.All {
		if s.Kind != chart.ECharts {
			continue
		}
		d, err := chart.Build(s.ID, f, locale.EN)
		if err != nil {
			t.Fatal(err)
		}
		model := d.(chart.Bars)
		p, err := New(f, s.ID, locale.EN)
		if err != nil {
			t.Fatal(err)
		}
		var bars []shape
		for _, sh := range p.shapes {
			if sh.kind == rectShape && sh.h == barH {
				bars = append(bars, sh)
			}
		}
		if len(bars) != len(s.Figures) {
			t.Fatalf("%s: %d bars, want %d", s.ID, len(bars), len(s.Figures))
		}
		for i, b := range bars {
			want := int(math.Round(f.Figure(s.Figures[i]).Value / model.Max * content))
			if b.x != margin || b.w != want {
				t.Errorf("%s bar %d: from x %d, %d px long; want from %d, %d px", s.ID, i, b.x, b.w, margin, want)
			}
		}
		svg := parseSVG(t, p.SVG())
		for _, bar := range model.Bars {
			for _, want := range []string{bar.Name, bar.Amount} {
				if !slices.Contains(svg.texts, want) {
					t.Errorf("%s: no text %q among %q", s.ID, want, svg.texts)
				}
			}
		}
	}
}

// TestBarsOfAnyScale draws figures larger than any other of their scale
// ($15B, then $20B): each bar is as long as its own figure, the largest
// the whole width.
func TestBarsOfAnyScale(t *testing.T) {
	f := load(t)
	f.Figures = slices.Clone(f.Figures)
	for id, v := range map[string]float64{"aid.direct": 15e9, "aid.multilateral": 20e9} {
		f.Figures[slices.IndexFunc(f.Figures, func(fig data.Figure) bool { return fig.ID == id })].Value = v
	}
	f.Reindex()
	p, err := New(f, "aid-channels", locale.EN)
	if err != nil {
		t.Fatal(err)
	}
	var widths []int
	for _, sh := range p.shapes {
		if sh.kind == rectShape && sh.h == barH {
			widths = append(widths, sh.w)
		}
	}
	if want := []int{int(math.Round(15.0 / 20 * content)), content}; !slices.Equal(widths, want) {
		t.Errorf("bars %v px long, want %v", widths, want)
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
		if s.kind == iconShape {
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

// TestMissingGlyph gives a text a character the pictures' font lacks: the
// picture is not laid out, and the error names it, rather than a blank
// box in the PNG.
func TestMissingGlyph(t *testing.T) {
	f := load(t)
	f.Texts.Chart["timeline"].Title["de"] = "Zwei Jahrhunderte \u4e16"
	if _, err := New(f, "timeline", locale.DE); err == nil || !strings.Contains(err.Error(), "U+4E16") {
		t.Errorf("New error = %v, want one naming U+4E16", err)
	}
}

// TestWrap breaks lines at spaces and after hyphens, never inside a short
// part before a hyphen nor at a no-break space, within the width; the
// lines put end to end are the text again.
func TestWrap(t *testing.T) {
	f, err := faces{}.face(nameSize, true)
	if err != nil {
		t.Fatal(err)
	}
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
		got := wrap(f, tt.text, tt.width)
		if !slices.Equal(got, tt.want) {
			t.Errorf("wrap(%q, %d) = %q, want %q", tt.text, tt.width, got, tt.want)
		}
		if joined := strings.Join(got, ""); joined != tt.text {
			t.Errorf("wrap(%q) put together = %q", tt.text, joined)
		}
	}
}

// TestCheck lays out every picture of the fixture, then of facts each
// broken in one way: the error holds the text that cannot be drawn.
func TestCheck(t *testing.T) {
	if err := Check(load(t)); err != nil {
		t.Fatalf("Check(fixture) = %v", err)
	}
	tests := []struct {
		name string
		edit func(f *data.Facts)
		text string
	}{
		{"a character the fonts lack in a chart's title", func(f *data.Facts) { f.Texts.Chart["jltv"].Title["nl"] = "Voertuigen \u4e16" }, "Voertuigen \u4e16"},
		{"a word wider than a tile", func(f *data.Facts) { f.Categories[0].Label["de"] = strings.Repeat("Flugzeug", 12) }, strings.Repeat("Flugzeug", 12)},
		{"a label too long for the card", func(f *data.Facts) { f.Figures[0].Label["en"] = strings.Repeat("aid ", 40) }, strings.Repeat("aid ", 40)},
	}
	for _, tt := range tests {
		f := load(t)
		tt.edit(f)
		err := Check(f)
		var te *TextError
		if !errors.As(err, &te) || !strings.Contains(te.Text, strings.TrimSpace(tt.text)) {
			t.Errorf("%s: Check = %v, want a TextError holding %q", tt.name, err, tt.text)
		}
	}
}

// BenchmarkCheck lays out every picture in every language, as the server
// does when it starts.
func BenchmarkCheck(b *testing.B) {
	f := load(b)
	for b.Loop() {
		if err := Check(f); err != nil {
			b.Fatal(err)
		}
	}
}
