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
	// actBlank blacks the screen out, or brings it back.
	actBlank
	// actOverview opens the overview of all slides, or closes it.
	actOverview
	// actPick goes to the slide the overview marks, and closes it.
	actPick
	// actJump goes to the slide whose number was typed.
	actJump
	// actAsk opens the box that asks for a slide's number, or closes it.
	actAsk
	// actSpeaker opens the speaker's window. The browser alone does it,
	// inside the key's own event, as for full screen.
	actSpeaker
	// actShow shows what a key changed in the deck alone: the digits
	// typed, the slide the overview marks.
	actShow
)

// overviewColumns is how many slides a row of the overview holds: the
// up and down arrows move by a row.
const overviewColumns = 4

// maxDigits is the most digits a slide's number is typed with.
const maxDigits = 3

// keyPress is a key as the deck reads it.
type keyPress struct {
	// key is the key's value, as in a KeyboardEvent: "ArrowRight", " ",
	// "p".
	key string
	// modified is whether Ctrl, Alt or Meta was held, or a handler before
	// took the key: the key is then the browser's or that handler's.
	modified bool
	// onControl is whether the focus is on a control of its own: a
	// button, a link, a field, the bar. Space and Enter are its keys.
	onControl bool
	// inField is whether the focus is in a field: every key is its own.
	inField bool
}

// Key says which action a key asks for, and false for a key that is not
// the presentation's: the browser then keeps it. A presentation clicker
// sends PageDown and PageUp, and "." or B to black the screen out. Space
// and Enter are a focused control's own keys, and every key is a field's
// (the box that asks for a slide's number, the notes' language), so they
// do nothing there; the arrows, Home and End are no button's, and drive
// the slides from anywhere else.
//
// With a card open, the keys that turn slides, and Escape, close it
// first: a presenter who closes a card with the clicker stays on the
// slide they speak to. With the overview open, the arrows, Home and End
// move its mark, Enter and Space pick the slide it marks, and Escape or O
// close it. A slide's number then Enter goes to that slide.
func (d *deck) Key(k keyPress) (action, bool) {
	if k.modified {
		return noAction, false
	}
	// A field keeps every key: letters and digits are typed there, the
	// arrows move its caret, Escape and Enter are its own.
	if k.inField {
		return noAction, false
	}
	// In the overview, Enter and Space pick the slide the deck marks,
	// which a key may have moved before the focus followed.
	if d.Overview {
		return d.overviewKey(k.key)
	}
	if k.onControl && k.key == "Enter" {
		return noAction, false
	}
	if len(k.key) == 1 && k.key[0] >= '0' && k.key[0] <= '9' {
		if len(d.Digits) < maxDigits {
			d.Digits += k.key
		}
		return actShow, true
	}
	if d.Digits != "" {
		switch k.key {
		case "Enter":
			return actJump, true
		case "Escape", "Backspace":
			d.Digits = ""
			return actShow, true
		}
		d.Digits = ""
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
	case "b", "B", ".":
		return actBlank, true
	case "o", "O", "Escape":
		return actOverview, true
	case "g", "G":
		return actAsk, true
	case "s", "S":
		return actSpeaker, true
	}
	return noAction, false
}

// overviewKey is what a key asks of the overview.
func (d *deck) overviewKey(key string) (action, bool) {
	move := func(to int) (action, bool) {
		d.Cursor = min(max(to, 0), d.slides-1)
		return actShow, true
	}
	switch key {
	case "ArrowRight":
		return move(d.Cursor + 1)
	case "ArrowLeft":
		return move(d.Cursor - 1)
	case "ArrowDown":
		return move(d.Cursor + overviewColumns)
	case "ArrowUp":
		return move(d.Cursor - overviewColumns)
	case "Home":
		return move(0)
	case "End":
		return move(d.slides - 1)
	case "Enter", " ":
		return actPick, true
	case "Escape", "o", "O":
		return actOverview, true
	case "b", "B", ".":
		return actBlank, true
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
