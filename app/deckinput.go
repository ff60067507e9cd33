package app

import "math"

// swipeMin is how far, in CSS pixels, a pointer must travel sideways to
// be a swipe; tapMax is how far it may travel to be a tap.
const swipeMin, tapMax = 50, 10

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
	// actClose closes the open card.
	actClose
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
//
// With a card open, the keys that turn slides, and Escape, close it
// first: a presenter who closes a card with the clicker stays on the
// slide they speak to.
func (d *deck) Key(k keyPress) (action, bool) {
	if k.modified {
		return noAction, false
	}
	if d.Card != "" {
		switch k.key {
		case "ArrowRight", "ArrowDown", "PageDown", "ArrowLeft", "ArrowUp", "PageUp", "Home", "End", "Escape":
			return actClose, true
		case " ":
			if !k.onControl {
				return actClose, true
			}
			return noAction, false
		}
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
