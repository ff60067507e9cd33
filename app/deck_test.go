package app

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/be-us/partnership/data/locale"
)

func TestDeckMoves(t *testing.T) {
	tests := []struct {
		name  string
		from  int
		do    action
		want  int
		shown bool
	}{
		{"next", 1, actNext, 2, true},
		{"next past the last goes to the first", 4, actNext, 0, true},
		{"previous", 3, actPrev, 2, true},
		{"previous before the first goes to the last", 0, actPrev, 4, true},
		{"first", 3, actFirst, 0, true},
		{"first from the first", 0, actFirst, 0, true},
		{"last", 1, actLast, 4, true},
		{"full screen stays", 2, actFullscreen, 2, false},
		{"no action stays", 2, noAction, 2, false},
	}
	for _, tt := range tests {
		d := newDeck(5, nil)
		d.Nav(PresentOptions{Slide: tt.from}, locale.EN)
		c := d.Do(tt.do)
		if d.Slide != tt.want || c.shown != tt.shown {
			t.Errorf("%s: from %d, Do(%v) shows %d (shown %v), want %d (shown %v)", tt.name, tt.from, tt.do, d.Slide, c.shown, tt.want, tt.shown)
		}
		if len(c.timers) != 0 {
			t.Errorf("%s: without autoplay, Do(%v) asks for timers %s", tt.name, tt.do, timers(c.timers))
		}
	}
}

func TestDeckGoWraps(t *testing.T) {
	tests := []struct{ to, want int }{
		{0, 0}, {4, 4}, {5, 0}, {7, 2}, {-1, 4}, {-6, 4}, {-5, 0},
	}
	for _, tt := range tests {
		d := newDeck(5, nil)
		d.Go(tt.to)
		if d.Slide != tt.want {
			t.Errorf("Go(%d) on 5 slides shows %d, want %d", tt.to, d.Slide, tt.want)
		}
	}
}

// op is one thing that happens to a deck in a script: a reader's action,
// a timer that rings, a navigation. armed are the timers asked for so
// far, oldest first.
type op struct {
	name string
	do   func(d *deck, armed []timer) change
}

// ring rings the latest timer of a kind, or the first when old is set.
func ring(kind timerKind, old bool) op {
	name := map[timerKind]string{stepTimer: "step", resumeTimer: "resume"}[kind]
	if old {
		name = "old " + name
	}
	return op{name + " rings", func(d *deck, armed []timer) change {
		var found []timer
		for _, t := range armed {
			if t.kind == kind {
				found = append(found, t)
			}
		}
		if len(found) == 0 {
			return change{}
		}
		if old {
			return d.Ring(found[0])
		}
		return d.Ring(found[len(found)-1])
	}}
}

// nav is a navigation to the presentation in a language with options.
func nav(o PresentOptions, l locale.Lang) op {
	return op{"nav " + string(l), func(d *deck, _ []timer) change { return d.Nav(o, l) }}
}

// timers writes timers as "step 5s, resume 30s", or "-" for none.
func timers(ts []timer) string {
	if len(ts) == 0 {
		return "-"
	}
	parts := make([]string, len(ts))
	for i, t := range ts {
		name := map[timerKind]string{stepTimer: "step", resumeTimer: "resume"}[t.kind]
		parts[i] = name + " " + t.after.String()
	}
	return strings.Join(parts, ", ")
}

// state writes what a deck shows and what a change asks as one line:
// "slide 2 playing, step 5s", "slide 4 held, -", "slide 0 paused, loop
// nl, -".
func state(d *deck, c change) string {
	s := fmt.Sprintf("slide %d ", d.Slide)
	switch {
	case d.Held:
		s += "held"
	case d.Playing:
		s += "playing"
	default:
		s += "paused"
	}
	s += ", "
	if c.loop {
		s += "loop " + string(c.next) + ", "
	}
	return s + timers(c.timers)
}

func TestDeckAutoplay(t *testing.T) {
	auto := PresentOptions{Play: true, Autoplay: 5}
	var (
		next   = op{"next", func(d *deck, _ []timer) change { return d.Do(actNext) }}
		prev   = op{"prev", func(d *deck, _ []timer) change { return d.Do(actPrev) }}
		home   = op{"home", func(d *deck, _ []timer) change { return d.Do(actFirst) }}
		pKey   = op{"P", func(d *deck, _ []timer) change { return d.Do(actPlay) }}
		step   = ring(stepTimer, false)
		resume = ring(resumeTimer, false)
		// oldStep and oldResume ring the first timer of their kind ever
		// armed, which a later one has replaced.
		oldStep   = ring(stepTimer, true)
		oldResume = ring(resumeTimer, true)
		stop      = op{"stop", func(d *deck, _ []timer) change { d.Stop(); return change{} }}
	)
	// line is one line of a script: what happens, and what the deck then
	// shows and asks for.
	type line struct {
		op   op
		want string
	}
	tests := []struct {
		name   string
		script []line
	}{
		{"autoplay advances", []line{
			{nav(auto, locale.EN), "slide 0 playing, step 5s"},
			{step, "slide 1 playing, step 5s"},
			{step, "slide 2 playing, step 5s"},
		}},
		{"no autoplay without ?autoplay=", []line{
			{nav(PresentOptions{Slide: 2}, locale.EN), "slide 2 paused, -"},
			{next, "slide 3 paused, -"},
		}},
		{"an interaction pauses autoplay, which resumes 30 s later", []line{
			{nav(auto, locale.EN), "slide 0 playing, step 5s"},
			{next, "slide 1 paused, resume 30s"},
			{step, "slide 1 paused, -"},
			{resume, "slide 1 playing, step 5s"},
			{step, "slide 2 playing, step 5s"},
		}},
		{"each interaction puts the resumption back", []line{
			{nav(auto, locale.EN), "slide 0 playing, step 5s"},
			{next, "slide 1 paused, resume 30s"},
			{prev, "slide 0 paused, resume 30s"},
			{oldResume, "slide 0 paused, -"},
			{resume, "slide 0 playing, step 5s"},
		}},
		{"a step armed before an interaction does nothing", []line{
			{nav(auto, locale.EN), "slide 0 playing, step 5s"},
			{home, "slide 0 paused, resume 30s"},
			{step, "slide 0 paused, -"},
			{resume, "slide 0 playing, step 5s"},
			{oldStep, "slide 0 playing, -"},
			{step, "slide 1 playing, step 5s"},
		}},
		{"P holds autoplay for good", []line{
			{nav(auto, locale.EN), "slide 0 playing, step 5s"},
			{pKey, "slide 0 held, -"},
			{step, "slide 0 held, -"},
			{next, "slide 1 held, -"},
			{oldResume, "slide 1 held, -"},
			{prev, "slide 0 held, -"},
		}},
		{"a resumption armed before a hold does nothing", []line{
			{nav(auto, locale.EN), "slide 0 playing, step 5s"},
			{next, "slide 1 paused, resume 30s"},
			{pKey, "slide 1 playing, step 5s"},
			{pKey, "slide 1 held, -"},
			{resume, "slide 1 held, -"},
			{step, "slide 1 held, -"},
		}},
		{"P again plays at once", []line{
			{nav(auto, locale.EN), "slide 0 playing, step 5s"},
			{pKey, "slide 0 held, -"},
			{pKey, "slide 0 playing, step 5s"},
			{oldStep, "slide 0 playing, -"},
			{step, "slide 1 playing, step 5s"},
		}},
		{"P while paused by an interaction plays at once", []line{
			{nav(auto, locale.EN), "slide 0 playing, step 5s"},
			{next, "slide 1 paused, resume 30s"},
			{pKey, "slide 1 playing, step 5s"},
			{resume, "slide 1 playing, -"},
			{step, "slide 2 playing, step 5s"},
		}},
		{"a hold lasts through a language switch", []line{
			{nav(auto, locale.EN), "slide 0 playing, step 5s"},
			{pKey, "slide 0 held, -"},
			{nav(PresentOptions{Slide: 3, Play: true, Autoplay: 5}, locale.NL), "slide 3 held, -"},
		}},
		{"P without ?autoplay= starts a show of 10 s a slide", []line{
			{nav(PresentOptions{}, locale.EN), "slide 0 paused, -"},
			{pKey, "slide 0 playing, step 10s"},
			{step, "slide 1 playing, step 10s"},
			{next, "slide 2 paused, resume 30s"},
			{resume, "slide 2 playing, step 10s"},
		}},
		{"a loop starts again in the one language", []line{
			{nav(PresentOptions{Slide: 3, Play: true, Autoplay: 5}, locale.EN), "slide 3 playing, step 5s"},
			{step, "slide 4 playing, step 5s"},
			{step, "slide 0 playing, loop en, step 5s"},
			{step, "slide 1 playing, step 5s"},
		}},
		{"the rotation ends a loop in the next language", []line{
			{nav(PresentOptions{Slide: 4, Play: true, Autoplay: 5, Rotate: []locale.Lang{locale.EN, locale.NL}}, locale.EN), "slide 4 playing, step 5s"},
			{step, "slide 4 playing, loop nl, -"},
			{nav(PresentOptions{Play: true, Autoplay: 5, Rotate: []locale.Lang{locale.EN, locale.NL}}, locale.NL), "slide 0 playing, step 5s"},
		}},
		{"the rotation goes round", []line{
			{nav(PresentOptions{Slide: 4, Play: true, Autoplay: 5, Rotate: []locale.Lang{locale.EN, locale.NL}}, locale.NL), "slide 4 playing, step 5s"},
			{step, "slide 4 playing, loop en, -"},
		}},
		{"a language outside the rotation goes to its first", []line{
			{nav(PresentOptions{Slide: 4, Play: true, Autoplay: 5, Rotate: []locale.Lang{locale.DE, locale.NL}}, locale.FR), "slide 4 playing, step 5s"},
			{step, "slide 4 playing, loop de, -"},
		}},
		{"a rotation of the one language starts it again", []line{
			{nav(PresentOptions{Slide: 4, Play: true, Autoplay: 5, Rotate: []locale.Lang{locale.NL}}, locale.NL), "slide 4 playing, step 5s"},
			{step, "slide 0 playing, loop nl, step 5s"},
		}},
		{"a reader's wrap-around is no loop", []line{
			{nav(PresentOptions{Slide: 4, Play: true, Autoplay: 5, Rotate: []locale.Lang{locale.EN, locale.NL}}, locale.EN), "slide 4 playing, step 5s"},
			{next, "slide 0 paused, resume 30s"},
		}},
		{"a stopped deck's timers do nothing", []line{
			{nav(auto, locale.EN), "slide 0 playing, step 5s"},
			{next, "slide 1 paused, resume 30s"},
			{stop, "slide 1 paused, -"},
			{resume, "slide 1 paused, -"},
			{step, "slide 1 paused, -"},
		}},
	}
	for _, tt := range tests {
		d := newDeck(5, nil)
		var armed []timer
		for i, s := range tt.script {
			c := s.op.do(&d, armed)
			armed = append(armed, c.timers...)
			if got := state(&d, c); got != s.want {
				t.Errorf("%s: step %d (%s): got %q, want %q", tt.name, i+1, s.op.name, got, s.want)
			}
		}
	}
}

func TestDeckShown(t *testing.T) {
	tests := []struct {
		name  string
		do    func(d *deck) change
		shown bool
	}{
		{"a navigation leaves the address as it is", func(d *deck) change { return d.Nav(PresentOptions{Slide: 2}, locale.EN) }, false},
		{"a reader's move writes it", func(d *deck) change { return d.Next() }, true},
		{"a jump writes it", func(d *deck) change { return d.Go(3) }, true},
		{"P leaves it", func(d *deck) change { return d.TogglePlay() }, false},
	}
	for _, tt := range tests {
		d := newDeck(5, nil)
		if got := tt.do(&d).shown; got != tt.shown {
			t.Errorf("%s: shown = %v, want %v", tt.name, got, tt.shown)
		}
	}
}

// TestDeckInterval checks each slide's time in autoplay: the address's
// for every slide, else the slide's own from the data, else the default.
func TestDeckInterval(t *testing.T) {
	seconds := []int{4, 0, 30}
	tests := []struct {
		autoplay int
		slide    int
		want     time.Duration
	}{
		{0, 0, 4 * time.Second},
		{0, 1, defaultAutoplay},
		{0, 2, 30 * time.Second},
		{0, 4, defaultAutoplay},
		{2, 0, 2 * time.Second},
		{600, 2, 10 * time.Minute},
	}
	for _, tt := range tests {
		d := newDeck(5, seconds)
		d.Nav(PresentOptions{Slide: tt.slide, Play: tt.autoplay > 0, Autoplay: tt.autoplay}, locale.EN)
		c := d.TogglePlay()
		if tt.autoplay > 0 {
			// Autoplay ran from the address: P held it; P again plays.
			c = d.TogglePlay()
		}
		if len(c.timers) != 1 || c.timers[0].after != tt.want {
			t.Errorf("?autoplay=%d on slide %d: P asks for %s, want step %v", tt.autoplay, tt.slide, timers(c.timers), tt.want)
		}
	}
}

// TestDeckTimedSlides follows autoplay through slides of their own
// times: each step waits the time of the slide it leaves.
func TestDeckTimedSlides(t *testing.T) {
	d := newDeck(3, []int{3, 7, 5})
	c := d.Nav(PresentOptions{Play: true}, locale.EN)
	var got []time.Duration
	for range 4 {
		if len(c.timers) != 1 {
			t.Fatalf("timers %s, want one step", timers(c.timers))
		}
		got = append(got, c.timers[0].after)
		c = d.Ring(c.timers[0])
	}
	if want := []time.Duration{3 * time.Second, 7 * time.Second, 5 * time.Second, 3 * time.Second}; !slices.Equal(got, want) {
		t.Errorf("steps %v, want %v", got, want)
	}
}

// TestDeckCards follows a card through the deck: opened at a reader's
// hand, it pauses autoplay and goes into the address; a slide change
// closes it; a key that turns slides closes it first.
func TestDeckCards(t *testing.T) {
	tests := []struct {
		name      string
		nav       PresentOptions
		do        func(d *deck) change
		wantCard  string
		wantSlide int
		changed   bool
		playing   bool
	}{
		{"a deep link opens its card", PresentOptions{Slide: 2, Card: "jltv--3"}, func(d *deck) change { return change{card: d.Card != ""} }, "jltv--3", 2, true, false},
		{"a deep link holds autoplay", PresentOptions{Slide: 2, Card: "jltv--3", Play: true, Autoplay: 5}, func(d *deck) change { return change{card: d.Card != ""} }, "jltv--3", 2, true, false},
		{"opening pauses autoplay", PresentOptions{Slide: 1, Play: true, Autoplay: 5}, func(d *deck) change { return d.Open("aid.direct") }, "aid.direct", 1, true, false},
		{"the same card again changes nothing", PresentOptions{Slide: 1, Card: "aid.direct"}, func(d *deck) change { return d.Open("aid.direct") }, "aid.direct", 1, false, false},
		{"closing", PresentOptions{Slide: 1, Card: "aid.direct"}, func(d *deck) change { return d.Close() }, "", 1, true, false},
		{"closing none changes nothing", PresentOptions{Slide: 1}, func(d *deck) change { return d.Close() }, "", 1, false, false},
		{"a slide change closes it", PresentOptions{Slide: 1, Card: "aid.direct"}, func(d *deck) change { return d.Do(actNext) }, "", 2, true, false},
		{"autoplay's step closes it", PresentOptions{Slide: 1, Play: true, Autoplay: 5}, func(d *deck) change {
			d.Open("aid.direct")
			d.Playing = true
			return d.Ring(timer{kind: stepTimer, gen: d.step})
		}, "", 2, true, true},
	}
	for _, tt := range tests {
		d := newDeck(5, nil)
		d.Nav(tt.nav, locale.EN)
		c := tt.do(&d)
		if d.Card != tt.wantCard || d.Slide != tt.wantSlide || c.card != tt.changed || d.Playing != tt.playing {
			t.Errorf("%s: card %q, slide %d, changed %v, playing %v; want %q, %d, %v, %v", tt.name, d.Card, d.Slide, c.card, d.Playing, tt.wantCard, tt.wantSlide, tt.changed, tt.playing)
		}
	}
}

// TestDeckKeysWithCard: with a card open, the keys that turn slides and
// Escape close it, and a control keeps its Space.
func TestDeckKeysWithCard(t *testing.T) {
	tests := []struct {
		key       string
		onControl bool
		want      action
		ok        bool
	}{
		{"PageDown", false, actClose, true},
		{"ArrowLeft", false, actClose, true},
		{"End", false, actClose, true},
		{"Escape", false, actClose, true},
		{" ", false, actClose, true},
		{" ", true, noAction, false},
		{"p", false, actPlay, true},
		{"a", false, noAction, false},
	}
	for _, tt := range tests {
		d := newDeck(5, nil)
		d.Nav(PresentOptions{Card: "aid.direct"}, locale.EN)
		got, ok := d.Key(keyPress{key: tt.key, onControl: tt.onControl})
		if got != tt.want || ok != tt.ok {
			t.Errorf("Key(%q, on a control %v) with a card open = %v, %v; want %v, %v", tt.key, tt.onControl, got, ok, tt.want, tt.ok)
		}
	}
	d := newDeck(5, nil)
	if got, _ := d.Key(keyPress{key: "Escape"}); got != actOverview {
		t.Errorf("Key(Escape) with no card = %v, want the overview", got)
	}
}
