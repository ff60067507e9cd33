package qr

import (
	"image"
	"image/color"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/makiuchi-d/gozxing"
	qrreader "github.com/makiuchi-d/gozxing/qrcode"
)

// raster paints the SVG's path, as a browser would, at scale pixels per
// module.
func raster(t *testing.T, svg string, scale int) image.Image {
	t.Helper()
	vb := regexp.MustCompile(`viewBox="0 0 (\d+) (\d+)"`).FindStringSubmatch(svg)
	if vb == nil {
		t.Fatalf("no viewBox in %s", svg)
	}
	size, _ := strconv.Atoi(vb[1])
	img := image.NewGray(image.Rect(0, 0, size*scale, size*scale))
	for i := range img.Pix {
		img.Pix[i] = 255
	}
	d := regexp.MustCompile(`<path fill="#000" d="([^"]*)"`).FindStringSubmatch(svg)
	if d == nil {
		t.Fatal("no path")
	}
	for _, m := range regexp.MustCompile(`M(\d+) (\d+)h(\d+)v1h-\d+z`).FindAllStringSubmatch(d[1], -1) {
		x, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[2])
		w, _ := strconv.Atoi(m[3])
		for py := y * scale; py < (y+1)*scale; py++ {
			for px := x * scale; px < (x+w)*scale; px++ {
				img.Set(px, py, color.Gray{0})
			}
		}
	}
	return img
}

func TestSVGDecodes(t *testing.T) {
	tests := []string{
		"https://partners.example.org/fr",
		"http://127.0.0.1:8080/de",
		"https://be-us.example/en?x=1&y=<2>",
	}
	for _, text := range tests {
		svg, err := SVG(text, `QR code: "`+text+`"`)
		if err != nil {
			t.Fatal(err)
		}
		s := string(svg)
		if strings.Contains(s, `"`+text) || strings.Contains(s, "<2>") {
			t.Errorf("%s: the title is not escaped: %s", text, s)
		}
		bmp, err := gozxing.NewBinaryBitmapFromImage(raster(t, s, 6))
		if err != nil {
			t.Fatal(err)
		}
		got, err := qrreader.NewQRCodeReader().Decode(bmp, nil)
		if err != nil {
			t.Fatalf("%s: decoding: %v", text, err)
		}
		if got.GetText() != text {
			t.Errorf("decoded %q, want %q", got.GetText(), text)
		}
	}
}

func TestSVGTooLong(t *testing.T) {
	if _, err := SVG(strings.Repeat("x", 5000), "t"); err == nil {
		t.Error("a text too long for a QR code gave no error")
	}
}
