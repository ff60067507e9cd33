package app

import (
	"math"
	"time"

	"github.com/be-us/partnership/data/locale"
)

// How the presentation behaves on its own and under a reader's hand.
const (
	// defaultAutoplay is the time on a slide when P starts a show that
	// was not asked for with ?autoplay=.
	defaultAutoplay = 10 * time.Second
	// resumeAfter is how long autoplay waits after a reader's last
	// interaction before it goes on.
	resumeAfter = 30 * time.Second
	// swipeMin is how far, in CSS pixels, a pointer must travel sideways
	// to be a swipe; tapMax is how far it may travel to be a tap.
	swipeMin, tapMax = 50, 10
)

// deck is the presentation's state and rules, apart from the browser:
// which slide shows, whether autoplay runs, what a key or a gesture asks
// for, and what a timer does when it rings. It knows neither go-app nor
// JavaScript, so that its rules are tested natively. The component
// forwards its events to it, arms the timers it asks for and shows what
// it holds.
type deck struct {
	deckState
	// slides is how many slides there are.
	slides int
	// opts are the address's options: autoplay's interval and the
	// languages of the rotation.
	opts PresentOptions
	// step and resume number the timers of autoplay and of its
	// resumption: a timer that is no longer the latest of its kind does
	// nothing.
	step, resume int
}

// deckState is what the presentation shows. It is small and plain, so
// that it can be written into a message: a window that takes it shows the
// same.
type deckState struct {
	// Slide is the current slide, from 0.
	Slide int
	// Playing is whether autoplay runs.
	Playing bool
	// Held is a pause the reader asked for (P or the button), which no
	// timer undoes.
	Held bool
	// Lang is the presentation's language.
	Lang locale.Lang
}

// newDeck returns a deck of slides slides, on the first, with autoplay
// off.
func newDeck(slides int) deck { return deck{slides: slides} }

// action is what a reader asks of the presentation with a key, a button,
// a tap or a swipe.
type action int

const (
	// noAction asks nothing: the key or the gesture is not the deck's.
	noAction action = iota
	// actNext goes to the next slide, after the last to the first.
	actNext
	// actPrev goes to the previous slide, before the first to the last.
	actPrev
	// actFirst goes to the first slide.
	actFirst
	// actLast goes to the last slide.
	actLast
	// actPlay pauses autoplay for good, or starts it again.
	actPlay
	// actFullscreen enters full screen, or leaves it. The browser alone
	// does it, inside the key's own event: the deck has nothing to change.
	actFullscreen
)

// keyPress is a key as the deck reads it.
type keyPress struct {
	// key is the key's value, as in a KeyboardEvent: "ArrowRight", " ",
	// "p".
	key string
	// modified is whether Ctrl, Alt or Meta was held, or a handler before
	// took the key: the key is then the browser's or that handler's.
	modified bool
	// onControl is whether the focus is on a control of its own: a
	// button, a link, a field, the bar.
	onControl bool
}

// Key says which action a key asks for, and false for a key that is not
// the presentation's: the browser then keeps it. A presentation clicker
// sends PageDown and PageUp. Space is a focused control's own key, so it
// turns no slide there; the arrows, Home and End are no control's, and
// drive the slides from anywhere.
func (d *deck) Key(k keyPress) (action, bool) {
	if k.modified {
		return noAction, false
	}
	switch k.key {
	case "ArrowRight", "ArrowDown", "PageDown":
		return actNext, true
	case " ":
		if k.onControl {
			return noAction, false
		}
		return actNext, true
	case "ArrowLeft", "ArrowUp", "PageUp":
		return actPrev, true
	case "Home":
		return actFirst, true
	case "End":
		return actLast, true
	case "f", "F":
		return actFullscreen, true
	case "p", "P":
		return actPlay, true
	}
	return noAction, false
}

// gesture is a pointer's way from where it went down to where it went
// up, in CSS pixels.
type gesture struct {
	downX, downY, upX, upY float64
	// width is the screen's: a tap on its left half goes back.
	width float64
	// button is the pointer's button: 0 is a touch, a pen or a mouse's
	// main button.
	button int
	// onControl is whether the pointer went up on a control of its own:
	// a button, a link, the bar.
	onControl bool
}

// Pointer says which action a gesture asks for, and false for none. A
// swipe goes at least swipeMin sideways, and further sideways than up or
// down; like a page that turns, to the left it brings the next slide. A
// tap stays within tapMax of where it went down; on the right half it
// brings the next slide, on the left half the previous one. Anything in
// between, another button and a tap on a control ask for nothing.
func (d *deck) Pointer(g gesture) (action, bool) {
	if g.button != 0 || g.onControl {
		return noAction, false
	}
	dx, dy := g.upX-g.downX, g.upY-g.downY
	switch {
	case math.Abs(dx) >= swipeMin && math.Abs(dx) > math.Abs(dy):
		if dx > 0 {
			return actPrev, true
		}
		return actNext, true
	case math.Abs(dx) <= tapMax && math.Abs(dy) <= tapMax:
		if g.upX < g.width/2 {
			return actPrev, true
		}
		return actNext, true
	}
	return noAction, false
}

// timerKind says what a timer does when it rings.
type timerKind int

const (
	// stepTimer moves autoplay on to the next slide.
	stepTimer timerKind = iota + 1
	// resumeTimer starts autoplay again after a reader's interaction.
	resumeTimer
)

// timer is a timer the deck asks the component to arm: once it has
// waited, the component hands it back to Ring.
type timer struct {
	kind timerKind
	// gen is the timer's number among those of its kind.
	gen int
	// after is how long it waits.
	after time.Duration
}

// change is what the component does after the deck has moved.
type change struct {
	// shown is whether a slide was shown, the same one maybe: its number
	// goes into the address, and the slides that left are collected.
	shown bool
	// timers are the timers to arm.
	timers []timer
	// loop is whether autoplay ended a loop: a new version of the site,
	// if one came, is loaded now, in next.
	loop bool
	// next is the language of the next loop. When it is not the deck's,
	// the deck has not moved: the presentation in that language takes
	// over, and its address starts the deck again (Nav).
	next locale.Lang
}

// Nav starts the deck from an address's options, in a language, on the
// first load and at each language switch. A pause the reader asked for
// holds through them.
func (d *deck) Nav(o PresentOptions, l locale.Lang) change {
	d.opts = o
	d.Lang = l
	d.Slide = o.Slide
	d.Playing = o.Autoplay > 0 && !d.Held
	return change{timers: d.schedule()}
}

// Do does what an action asks: the buttons, the keys and the gestures
// all come here.
func (d *deck) Do(a action) change {
	switch a {
	case actNext:
		return d.Next()
	case actPrev:
		return d.Prev()
	case actFirst:
		return d.Go(0)
	case actLast:
		return d.Go(d.slides - 1)
	case actPlay:
		return d.TogglePlay()
	}
	return change{}
}

// Next goes to the next slide at a reader's hand, after the last to the
// first.
func (d *deck) Next() change { return d.Go(d.Slide + 1) }

// Prev goes to the previous slide at a reader's hand, before the first to
// the last.
func (d *deck) Prev() change { return d.Go(d.Slide - 1) }

// Go goes to slide i at a reader's hand: past the last to the first,
// before the first to the last. Autoplay pauses while a reader drives the
// slides, and goes on resumeAfter their last move, unless they held it.
func (d *deck) Go(i int) change {
	resume := d.interact()
	c := d.show(i)
	c.timers = append(resume, c.timers...)
	return c
}

// TogglePlay pauses autoplay for good, or starts it again: no timer
// undoes a pause asked for this way. On a presentation without
// ?autoplay=, it starts a show of defaultAutoplay a slide.
func (d *deck) TogglePlay() change {
	d.Playing = !d.Playing
	d.Held = !d.Playing
	d.resume++
	return change{timers: d.schedule()}
}

// Ring is what a timer the deck asked for does once it has waited:
// autoplay's step moves on to the next slide, its resumption starts
// autoplay again. A timer that is no longer the latest of its kind does
// nothing, nor does a step while autoplay is paused or a resumption
// after a reader held autoplay.
func (d *deck) Ring(t timer) change {
	switch t.kind {
	case stepTimer:
		if t.gen == d.step && d.Playing {
			return d.advance()
		}
	case resumeTimer:
		if t.gen == d.resume && !d.Held {
			d.Playing = true
			return change{timers: d.schedule()}
		}
	}
	return change{}
}

// Stop disarms every timer armed so far: the presentation has gone.
func (d *deck) Stop() {
	d.step++
	d.resume++
}

// show goes to slide i, past the last to the first, before the first to
// the last, and sets autoplay's timer for it.
func (d *deck) show(i int) change {
	n := max(d.slides, 1)
	d.Slide = (i%n + n) % n
	return change{shown: true, timers: d.schedule()}
}

// advance moves autoplay on to the next slide. After the last one a loop
// ends: the next language of the rotation takes over, or the same one
// starts again from the first slide.
func (d *deck) advance() change {
	if d.Slide < d.slides-1 {
		return d.show(d.Slide + 1)
	}
	next := d.opts.NextLang(d.Lang)
	if next != d.Lang {
		return change{loop: true, next: next}
	}
	c := d.show(0)
	c.loop, c.next = true, next
	return c
}

// interact pauses autoplay while a reader drives the slides, and asks
// for the timer that lets it go on after a while without them. A pause
// the reader asked for, and a presentation that never played, stay as
// they are.
func (d *deck) interact() []timer {
	if d.Held || (!d.Playing && d.opts.Autoplay == 0) {
		return nil
	}
	d.Playing = false
	d.step++
	d.resume++
	return []timer{{kind: resumeTimer, gen: d.resume, after: resumeAfter}}
}

// schedule disarms autoplay's timer, and asks for a new one when
// autoplay runs.
func (d *deck) schedule() []timer {
	d.step++
	if !d.Playing {
		return nil
	}
	return []timer{{kind: stepTimer, gen: d.step, after: d.interval()}}
}

// interval is the time on each slide.
func (d *deck) interval() time.Duration {
	if d.opts.Autoplay > 0 {
		return time.Duration(d.opts.Autoplay) * time.Second
	}
	return defaultAutoplay
}
