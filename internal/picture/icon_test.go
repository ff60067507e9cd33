package picture

import (
	"image"
	"image/color"
	"math"
	"slices"
	"testing"

	"golang.org/x/image/vector"

	"github.com/be-us/partnership/app"
)

// TestParsePath reads paths into absolute commands: relative commands
// from the current point, H and V as lines, pairs after a move as lines,
// and an arc as curves that end where it ends.
func TestParsePath(t *testing.T) {
	tests := []struct {
		path string
		want []cmd
	}{
		{"M1 2H5V6Z", []cmd{{'M', []float32{1, 2}}, {'L', []float32{5, 2}}, {'L', []float32{5, 6}}, {'Z', nil}}},
		{"m1 1 2 0 0 2z", []cmd{{'M', []float32{1, 1}}, {'L', []float32{3, 1}}, {'L', []float32{3, 3}}, {'Z', nil}}},
		{"M0 0l-1.5-.5h2", []cmd{{'M', []float32{0, 0}}, {'L', []float32{-1.5, -0.5}}, {'L', []float32{0.5, -0.5}}}},
		{"M0 0C1 1,2 2,3 3c1 0 1 1 0 1", []cmd{{'M', []float32{0, 0}}, {'C', []float32{1, 1, 2, 2, 3, 3}}, {'C', []float32{4, 3, 4, 4, 3, 4}}}},
	}
	for _, tt := range tests {
		got, err := parsePath(tt.path)
		if err != nil {
			t.Errorf("parsePath(%q): %v", tt.path, err)
			continue
		}
		if !slices.EqualFunc(got, tt.want, func(a, b cmd) bool { return a.op == b.op && slices.Equal(a.pts, b.pts) }) {
			t.Errorf("parsePath(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
	cmds, err := parsePath("M10 0a10 10 0 1 1 0 20a10 10 0 1 1 0-20Z")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cmds {
		if c.op != 'C' {
			continue
		}
		// Every curve's end is on the circle.
		x, y := float64(c.pts[4]), float64(c.pts[5])-10
		if r := math.Hypot(x-10, y); math.Abs(r-10) > 0.01 {
			t.Errorf("an arc's curve ends %v from the centre, want 10", r)
		}
	}
	for _, bad := range []string{"M1", "X1 2", "M0 0A1 1 0 2 1 3 3", "M0 0 L"} {
		if _, err := parsePath(bad); err == nil {
			t.Errorf("parsePath(%q) = nil error, want one", bad)
		}
	}
}

// TestVehicle draws the pictogram's icon as the PNG pictures do, larger:
// the hull and both wheels are ink, the sky above the bonnet, the space
// between the wheels under the hull and the wheels' hubs are not.
func TestVehicle(t *testing.T) {
	icon, err := NewIcon(app.VehicleViewBox, app.VehiclePath)
	if err != nil {
		t.Fatal(err)
	}
	const w = 250
	h := int(w * icon.Height / icon.Width)
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	r := vector.NewRasterizer(w, h)
	icon.draw(r, w)
	r.Draw(img, img.Bounds(), image.NewUniform(color.Black), image.Point{})
	// A point in the icon's units, where the drawing is 10 px a unit.
	at := func(x, y float32) color.RGBA { return img.RGBAAt(int((x-icon.Left)*10), int((y-icon.Top)*10)) }
	tests := []struct {
		name string
		x, y float32
		ink  bool
	}{
		{"the cab", 14, 5, true},
		{"the bonnet", 5, 8, true},
		{"above the bonnet", 3, 4, false},
		{"the front wheel's tyre", 5.9, 13.6, true},
		{"the rear wheel's tyre", 19.1, 13.6, true},
		{"under the hull, between the wheels", 12.5, 13, false},
	}
	for _, tt := range tests {
		if got := at(tt.x, tt.y).A > 128; got != tt.ink {
			t.Errorf("%s at (%v, %v): inked %v, want %v", tt.name, tt.x, tt.y, got, tt.ink)
		}
	}
}
