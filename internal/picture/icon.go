package picture

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"golang.org/x/image/vector"
)

// Icon is an SVG icon: its view box and its path, which the SVG pictures
// write as they are and the PNG pictures draw, so that the two are one
// drawing.
type Icon struct {
	// Left, Top, Width and Height are the view box.
	Left, Top, Width, Height float32
	// Path is the path's data (the d attribute).
	Path string
	// cmds are the path read once: absolute moves, lines, cubic curves
	// and closes.
	cmds []cmd
}

// cmd is one command of a path: 'M', 'L', 'C' or 'Z', with its points.
type cmd struct {
	op  byte
	pts []float32
}

// NewIcon reads an icon from its view box ("0 2.5 25 12") and path. It
// knows the commands M, L, H, V, C, A and Z, absolute and relative, which
// the site's icons use.
func NewIcon(viewBox, path string) (*Icon, error) {
	var box [4]float32
	fields := strings.Fields(viewBox)
	if len(fields) != 4 {
		return nil, fmt.Errorf("view box %q: want four numbers", viewBox)
	}
	for i, f := range fields {
		v, err := strconv.ParseFloat(f, 32)
		if err != nil {
			return nil, fmt.Errorf("view box %q: %w", viewBox, err)
		}
		box[i] = float32(v)
	}
	cmds, err := parsePath(path)
	if err != nil {
		return nil, err
	}
	return &Icon{Left: box[0], Top: box[1], Width: box[2], Height: box[3], Path: path, cmds: cmds}, nil
}

// draw adds the icon, fit to w pixels wide at (0, 0), to a rasterizer.
func (ic *Icon) draw(r *vector.Rasterizer, w int) {
	scale := float32(w) / ic.Width
	at := func(x, y float32) (float32, float32) { return (x - ic.Left) * scale, (y - ic.Top) * scale }
	for _, c := range ic.cmds {
		switch c.op {
		case 'M':
			r.MoveTo(at(c.pts[0], c.pts[1]))
		case 'L':
			r.LineTo(at(c.pts[0], c.pts[1]))
		case 'C':
			x1, y1 := at(c.pts[0], c.pts[1])
			x2, y2 := at(c.pts[2], c.pts[3])
			x, y := at(c.pts[4], c.pts[5])
			r.CubeTo(x1, y1, x2, y2, x, y)
		case 'Z':
			r.ClosePath()
		}
	}
}

// pathScanner reads the numbers and commands of a path's data.
type pathScanner struct {
	s string
	i int
}

func (p *pathScanner) skip() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == ',' || p.s[p.i] == '\n' || p.s[p.i] == '\t') {
		p.i++
	}
}

// number reads the next number, or reports false.
func (p *pathScanner) number() (float32, bool) {
	p.skip()
	start := p.i
	if p.i < len(p.s) && (p.s[p.i] == '-' || p.s[p.i] == '+') {
		p.i++
	}
	dot, digits := false, false
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c >= '0' && c <= '9':
			digits = true
		case c == '.' && !dot:
			dot = true
		case (c == 'e' || c == 'E') && digits:
			p.i++
			if p.i < len(p.s) && (p.s[p.i] == '-' || p.s[p.i] == '+') {
				p.i++
			}
			continue
		default:
			goto done
		}
		p.i++
	}
done:
	if !digits {
		p.i = start
		return 0, false
	}
	v, err := strconv.ParseFloat(p.s[start:p.i], 32)
	return float32(v), err == nil
}

// flag reads an arc's flag, a lone 0 or 1 that needs no separator.
func (p *pathScanner) flag() (bool, bool) {
	p.skip()
	if p.i < len(p.s) && (p.s[p.i] == '0' || p.s[p.i] == '1') {
		p.i++
		return p.s[p.i-1] == '1', true
	}
	return false, false
}

// parsePath reads a path's data into absolute commands.
func parsePath(d string) ([]cmd, error) {
	p := &pathScanner{s: d}
	var out []cmd
	var x, y, startX, startY float32
	var op byte
	for {
		p.skip()
		if p.i >= len(p.s) {
			return out, nil
		}
		if c := p.s[p.i]; strings.IndexByte("MmLlHhVvCcAaZz", c) >= 0 {
			op = c
			p.i++
		} else if op == 0 || op == 'Z' || op == 'z' {
			return nil, fmt.Errorf("path %q: %q at %d is no command", d, p.s[p.i], p.i)
		}
		rel := op >= 'a'
		dx, dy := float32(0), float32(0)
		if rel {
			dx, dy = x, y
		}
		nums := func(n int) ([]float32, error) {
			v := make([]float32, n)
			for i := range v {
				var ok bool
				if v[i], ok = p.number(); !ok {
					return nil, fmt.Errorf("path %q: a number is missing at %d", d, p.i)
				}
			}
			return v, nil
		}
		switch op {
		case 'Z', 'z':
			out = append(out, cmd{op: 'Z'})
			x, y = startX, startY
		case 'M', 'm':
			v, err := nums(2)
			if err != nil {
				return nil, err
			}
			x, y = v[0]+dx, v[1]+dy
			startX, startY = x, y
			out = append(out, cmd{'M', []float32{x, y}})
			// Pairs after a move are lines.
			op = 'L' + (op - 'M')
		case 'L', 'l':
			v, err := nums(2)
			if err != nil {
				return nil, err
			}
			x, y = v[0]+dx, v[1]+dy
			out = append(out, cmd{'L', []float32{x, y}})
		case 'H', 'h':
			v, err := nums(1)
			if err != nil {
				return nil, err
			}
			x = v[0] + dx
			out = append(out, cmd{'L', []float32{x, y}})
		case 'V', 'v':
			v, err := nums(1)
			if err != nil {
				return nil, err
			}
			y = v[0] + dy
			out = append(out, cmd{'L', []float32{x, y}})
		case 'C', 'c':
			v, err := nums(6)
			if err != nil {
				return nil, err
			}
			out = append(out, cmd{'C', []float32{v[0] + dx, v[1] + dy, v[2] + dx, v[3] + dy, v[4] + dx, v[5] + dy}})
			x, y = v[4]+dx, v[5]+dy
		case 'A', 'a':
			radii, err := nums(3)
			if err != nil {
				return nil, err
			}
			large, ok1 := p.flag()
			sweep, ok2 := p.flag()
			end, err := nums(2)
			if err != nil || !ok1 || !ok2 {
				return nil, fmt.Errorf("path %q: an arc is incomplete at %d", d, p.i)
			}
			ex, ey := end[0]+dx, end[1]+dy
			out = append(out, arc(x, y, radii[0], radii[1], radii[2], large, sweep, ex, ey)...)
			x, y = ex, ey
		}
	}
}

// arc turns an SVG arc from (x1, y1) to (x2, y2) into cubic curves, by
// the endpoint-to-centre conversion of the SVG specification (B.2.4).
func arc(x1, y1, rx, ry, angle float32, large, sweep bool, x2, y2 float32) []cmd {
	if rx == 0 || ry == 0 {
		return []cmd{{'L', []float32{x2, y2}}}
	}
	rx, ry = float32(math.Abs(float64(rx))), float32(math.Abs(float64(ry)))
	phi := float64(angle) * math.Pi / 180
	cos, sin := math.Cos(phi), math.Sin(phi)
	mx, my := float64(x1-x2)/2, float64(y1-y2)/2
	px, py := cos*mx+sin*my, -sin*mx+cos*my
	frx, fry := float64(rx), float64(ry)
	if l := px*px/(frx*frx) + py*py/(fry*fry); l > 1 {
		frx, fry = frx*math.Sqrt(l), fry*math.Sqrt(l)
	}
	num := frx*frx*fry*fry - frx*frx*py*py - fry*fry*px*px
	den := frx*frx*py*py + fry*fry*px*px
	coef := math.Sqrt(math.Max(0, num/den))
	if large == sweep {
		coef = -coef
	}
	cxp, cyp := coef*frx*py/fry, -coef*fry*px/frx
	cx := cos*cxp - sin*cyp + float64(x1+x2)/2
	cy := sin*cxp + cos*cyp + float64(y1+y2)/2
	angleOf := func(ux, uy, vx, vy float64) float64 {
		a := math.Atan2(ux*vy-uy*vx, ux*vx+uy*vy)
		return a
	}
	theta := angleOf(1, 0, (px-cxp)/frx, (py-cyp)/fry)
	delta := angleOf((px-cxp)/frx, (py-cyp)/fry, (-px-cxp)/frx, (-py-cyp)/fry)
	if !sweep && delta > 0 {
		delta -= 2 * math.Pi
	} else if sweep && delta < 0 {
		delta += 2 * math.Pi
	}
	n := int(math.Ceil(math.Abs(delta) / (math.Pi / 2)))
	step := delta / float64(n)
	k := 4.0 / 3 * math.Tan(step/4)
	point := func(t float64) (float64, float64) {
		return cx + frx*math.Cos(t)*cos - fry*math.Sin(t)*sin, cy + frx*math.Cos(t)*sin + fry*math.Sin(t)*cos
	}
	deriv := func(t float64) (float64, float64) {
		return -frx*math.Sin(t)*cos - fry*math.Cos(t)*sin, -frx*math.Sin(t)*sin + fry*math.Cos(t)*cos
	}
	var out []cmd
	for i := range n {
		t1, t2 := theta+float64(i)*step, theta+float64(i+1)*step
		ax, ay := point(t1)
		bx, by := point(t2)
		d1x, d1y := deriv(t1)
		d2x, d2y := deriv(t2)
		out = append(out, cmd{'C', []float32{
			float32(ax + k*d1x), float32(ay + k*d1y),
			float32(bx - k*d2x), float32(by - k*d2y),
			float32(bx), float32(by),
		}})
	}
	if len(out) > 0 {
		last := out[len(out)-1].pts
		last[4], last[5] = x2, y2
	}
	return out
}
