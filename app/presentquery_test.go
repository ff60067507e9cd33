package app

import (
	"net/url"
	"slices"
	"testing"

	"github.com/be-us/partnership/data/locale"
)

func TestParsePresentQuery(t *testing.T) {
	tests := []struct {
		query    string
		slide    int
		play     bool
		autoplay int
		rotate   []locale.Lang
	}{
		{"", 0, false, 0, nil},
		{"slide=3", 3, false, 0, nil},
		{"slide=-2", 0, false, 0, nil},
		{"slide=99", 7, false, 0, nil},
		{"slide=x", 0, false, 0, nil},
		{"autoplay=8", 0, true, 8, nil},
		{"autoplay=1", 0, true, 2, nil},
		{"autoplay=100000", 0, true, 600, nil},
		{"autoplay=0", 0, true, 2, nil},
		{"autoplay=on", 0, true, 0, nil},
		{"autoplay", 0, true, 0, nil},
		{"autoplay=", 0, true, 0, nil},
		{"autoplay=soon", 0, false, 0, nil},
		{"rotate-lang=fr,nl,en", 0, false, 0, []locale.Lang{locale.FR, locale.NL, locale.EN}},
		{"rotate-lang=FR,xx,,nl,fr,+de", 0, false, 0, []locale.Lang{locale.FR, locale.NL, locale.DE}},
		{"slide=2&autoplay=5&rotate-lang=de", 2, true, 5, []locale.Lang{locale.DE}},
	}
	for _, tt := range tests {
		q, err := url.ParseQuery(tt.query)
		if err != nil {
			t.Fatal(err)
		}
		got := ParsePresentQuery(q, 8)
		if got.Slide != tt.slide || got.Play != tt.play || got.Autoplay != tt.autoplay || !slices.Equal(got.Rotate, tt.rotate) {
			t.Errorf("ParsePresentQuery(%q) = %+v, want slide %d, play %v, autoplay %d, rotate %v", tt.query, got, tt.slide, tt.play, tt.autoplay, tt.rotate)
		}
	}
}

func TestPresentOptionsQueryAndNextLang(t *testing.T) {
	o := PresentOptions{Play: true, Autoplay: 8, Rotate: []locale.Lang{locale.FR, locale.NL}}
	if got, want := o.Query(3), "?autoplay=8&rotate-lang=fr%2Cnl&slide=3"; got != want {
		t.Errorf("Query(3) = %q, want %q", got, want)
	}
	if got := (PresentOptions{}).Query(0); got != "" {
		t.Errorf("empty Query(0) = %q, want \"\"", got)
	}
	tests := []struct{ from, want locale.Lang }{{locale.FR, locale.NL}, {locale.NL, locale.FR}, {locale.DE, locale.FR}}
	for _, tt := range tests {
		if got := o.NextLang(tt.from); got != tt.want {
			t.Errorf("NextLang(%s) = %s, want %s", tt.from, got, tt.want)
		}
	}
	if got := (PresentOptions{}).NextLang(locale.DE); got != locale.DE {
		t.Errorf("NextLang without rotation = %s, want de", got)
	}
}

// FuzzParsePresentQuery holds that any query gives options within their
// bounds, which read back the same.
func FuzzParsePresentQuery(f *testing.F) {
	for _, s := range []string{"", "slide=3&autoplay=5&rotate-lang=fr,nl", "autoplay=-1", "rotate-lang=%00,en", "slide=9999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		o := ParsePresentQuery(q, 8)
		if o.Slide < 0 || o.Slide > 7 {
			t.Fatalf("slide %d out of range for %q", o.Slide, raw)
		}
		if o.Autoplay != 0 && (o.Autoplay < minAutoplay || o.Autoplay > maxAutoplay) {
			t.Fatalf("autoplay %d out of bounds for %q", o.Autoplay, raw)
		}
		back, err := url.ParseQuery(o.Query(o.Slide)[min(1, len(o.Query(o.Slide))):])
		if err != nil {
			t.Fatal(err)
		}
		if again := ParsePresentQuery(back, 8); again.Slide != o.Slide || again.Play != o.Play || again.Autoplay != o.Autoplay || !slices.Equal(again.Rotate, o.Rotate) {
			t.Fatalf("%q reads back as %+v, want %+v", raw, again, o)
		}
	})
}
