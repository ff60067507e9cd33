package app

import (
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/be-us/partnership/data/locale"
)

// PresentOptions are how a presentation runs, from its address's query:
//
//	?slide=3            the slide to show (from 0)
//	?autoplay           advance on its own, each slide its own time, and loop
//	?autoplay=SECONDS   the same, every slide SECONDS
//	?rotate-lang=fr,nl  change to the next of these languages at each loop
type PresentOptions struct {
	// Slide is the slide to show first, from 0; ParsePresentQuery leaves
	// it between 0 and the last slide.
	Slide int
	// Play is whether autoplay runs.
	Play bool
	// Autoplay is the time on every slide, in seconds; 0 leaves each
	// slide its own (data.Facts.SlideSeconds).
	Autoplay int
	// Rotate are the languages to go through, one per loop, each once.
	Rotate []locale.Lang
	// Card is the id of the mark whose card to open, from the address's
	// fragment (see MarkSlide); Slide is then that mark's slide.
	Card string
}

// The bounds of ?autoplay=: shorter would not leave time to read a
// slide, longer is no longer a show.
const (
	minAutoplay = 2
	maxAutoplay = 600
)

// ParsePresentQuery reads the options of a presentation of slides slides
// from a query. Anything it cannot read is left at its default: a slide
// out of range shows the nearest, an autoplay outside its bounds takes
// the nearest bound, an unknown language is left out of the rotation.
func ParsePresentQuery(q url.Values, slides int) PresentOptions {
	var o PresentOptions
	if n, err := strconv.Atoi(q.Get("slide")); err == nil {
		o.Slide = min(max(n, 0), max(slides-1, 0))
	}
	if q.Has("autoplay") {
		switch s := q.Get("autoplay"); s {
		case "", "on", "true":
			o.Play = true
		default:
			if n, err := strconv.Atoi(s); err == nil {
				o.Play, o.Autoplay = true, min(max(n, minAutoplay), maxAutoplay)
			}
		}
	}
	for _, code := range strings.Split(q.Get("rotate-lang"), ",") {
		l, ok := locale.Parse(strings.ToLower(strings.TrimSpace(code)))
		if !ok || slices.Contains(o.Rotate, l) {
			continue
		}
		o.Rotate = append(o.Rotate, l)
	}
	return o
}

// Query writes the options back as a query, with the given slide.
func (o PresentOptions) Query(slide int) string {
	q := url.Values{}
	if slide > 0 {
		q.Set("slide", strconv.Itoa(slide))
	}
	switch {
	case o.Play && o.Autoplay > 0:
		q.Set("autoplay", strconv.Itoa(o.Autoplay))
	case o.Play:
		q.Set("autoplay", "on")
	}
	if len(o.Rotate) > 0 {
		codes := make([]string, len(o.Rotate))
		for i, l := range o.Rotate {
			codes[i] = string(l)
		}
		q.Set("rotate-lang", strings.Join(codes, ","))
	}
	if len(q) == 0 {
		return ""
	}
	return "?" + q.Encode()
}

// NextLang is the language after l in the rotation, or l when there is
// no rotation; a language not in the rotation goes to its first.
func (o PresentOptions) NextLang(l locale.Lang) locale.Lang {
	if len(o.Rotate) == 0 {
		return l
	}
	for i, r := range o.Rotate {
		if r == l {
			return o.Rotate[(i+1)%len(o.Rotate)]
		}
	}
	return o.Rotate[0]
}
