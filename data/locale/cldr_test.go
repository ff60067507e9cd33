//go:build !wasm

package locale

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// values are the numbers the CLDR tests write: edge cases, then a fixed
// pseudo-random sample across magnitudes and decimals.
func values() []float64 {
	vs := []float64{0, 0.5, 1, 1.5, 1.14, 1.1, 2, 2.5, 6.8, 10, 322, 999, 1000, 1234.5, 12345, 999999, 1e6, 2.5e9, -1, -1234.5, 0.125, 0.135, 1.005}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		vs = append(vs, float64(r.IntN(1_000_000_000))/[]float64{1, 10, 100, 1000}[r.IntN(4)])
	}
	return vs
}

// TestNumberMatchesCLDR holds Number to what golang.org/x/text writes.
func TestNumberMatchesCLDR(t *testing.T) {
	for _, l := range All {
		p := message.NewPrinter(l.Tag())
		for _, v := range values() {
			for _, frac := range []int{0, 1, 2} {
				want := p.Sprint(number.Decimal(v, number.MaxFractionDigits(frac)))
				if got := l.Number(v, frac); got != want {
					t.Errorf("%s Number(%v, %d) = %q, x/text writes %q", l, v, frac, got, want)
				}
			}
		}
	}
}

// TestPluralMatchesCLDR holds isOne to x/text's cardinal plural rules.
func TestPluralMatchesCLDR(t *testing.T) {
	for _, l := range All {
		for _, v := range values() {
			for _, frac := range []int{0, 1, 2} {
				written := l.Number(v, frac)
				if strings.HasPrefix(written, "-") {
					continue
				}
				_, decimal := l.separators()
				intPart, fracPart, _ := strings.Cut(written, decimal)
				i, _ := strconv.Atoi(strings.NewReplacer(".", "", ",", "", nbsp, "").Replace(intPart))
				f, _ := strconv.Atoi("0" + fracPart)
				trimmed := strings.TrimRight(fracPart, "0")
				tt, _ := strconv.Atoi("0" + trimmed)
				want := plural.Cardinal.MatchPlural(l.Tag(), i, len(fracPart), len(trimmed), f, tt) == plural.One
				if got := l.isOne(written); got != want {
					t.Errorf("%s isOne(%q) = %v, x/text says %v", l, written, got, want)
				}
			}
		}
	}
}
