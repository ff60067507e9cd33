package app

import (
	"fmt"
	"testing"

	"github.com/be-us/partnership/data/locale"
)

func (a action) String() string {
	names := []string{"none", "next", "prev", "first", "last", "play", "fullscreen", "close", "blank", "overview", "pick", "jump", "ask", "speaker", "show"}
	if int(a) < len(names) {
		return names[a]
	}
	return fmt.Sprintf("action(%d)", int(a))
}

func TestDeckKey(t *testing.T) {
	tests := []struct {
		name   string
		press  keyPress
		want   action
		wantOK bool
	}{
		{"→", keyPress{key: "ArrowRight"}, actNext, true},
		{"↓", keyPress{key: "ArrowDown"}, actNext, true},
		{"a clicker's PageDown", keyPress{key: "PageDown"}, actNext, true},
		{"space", keyPress{key: " "}, actNext, true},
		{"←", keyPress{key: "ArrowLeft"}, actPrev, true},
		{"↑", keyPress{key: "ArrowUp"}, actPrev, true},
		{"a clicker's PageUp", keyPress{key: "PageUp"}, actPrev, true},
		{"Home", keyPress{key: "Home"}, actFirst, true},
		{"End", keyPress{key: "End"}, actLast, true},
		{"f", keyPress{key: "f"}, actFullscreen, true},
		{"F", keyPress{key: "F"}, actFullscreen, true},
		{"p", keyPress{key: "p"}, actPlay, true},
		{"P", keyPress{key: "P"}, actPlay, true},
		{"space on a control is the control's", keyPress{key: " ", onControl: true}, noAction, false},
		{"→ on a control turns the slide", keyPress{key: "ArrowRight", onControl: true}, actNext, true},
		{"End on a control turns the slide", keyPress{key: "End", onControl: true}, actLast, true},
		{"P on a control holds autoplay", keyPress{key: "p", onControl: true}, actPlay, true},
		{"Ctrl+→ and the like are the browser's", keyPress{key: "ArrowRight", modified: true}, noAction, false},
		{"Ctrl+F is the browser's", keyPress{key: "f", modified: true}, noAction, false},
		{"Ctrl+P is the browser's", keyPress{key: "p", modified: true}, noAction, false},
		{"Enter with no number is left to the page", keyPress{key: "Enter"}, noAction, false},
		{"Escape opens the overview", keyPress{key: "Escape"}, actOverview, true},
		{"O opens the overview", keyPress{key: "o"}, actOverview, true},
		{"B blacks the screen out", keyPress{key: "b"}, actBlank, true},
		{"a clicker's period blacks the screen out", keyPress{key: "."}, actBlank, true},
		{"B on a button", keyPress{key: "B", onControl: true}, actBlank, true},
		{"G asks for a slide", keyPress{key: "g"}, actAsk, true},
		{"S opens the speaker's window", keyPress{key: "s"}, actSpeaker, true},
		{"Tab is left to the page", keyPress{key: "Tab"}, noAction, false},
		{"a letter of no meaning", keyPress{key: "x"}, noAction, false},
		{"a letter typed in a field", keyPress{key: "b", onControl: true, inField: true}, noAction, false},
		{"a digit typed in a field", keyPress{key: "3", onControl: true, inField: true}, noAction, false},
		{"an arrow in a field", keyPress{key: "ArrowRight", onControl: true, inField: true}, noAction, false},
		{"Enter on a button", keyPress{key: "Enter", onControl: true}, noAction, false},
	}
	d := newDeck(5, nil)
	for _, tt := range tests {
		got, ok := d.Key(tt.press)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("%s: Key(%+v) = %v, %v; want %v, %v", tt.name, tt.press, got, ok, tt.want, tt.wantOK)
		}
	}
}

func TestDeckPointer(t *testing.T) {
	// A screen 1000 px wide; the pointer goes down at (500, 400) unless
	// the gesture says otherwise.
	at := func(dx, dy float64) gesture {
		return gesture{downX: 500, downY: 400, upX: 500 + dx, upY: 400 + dy, width: 1000}
	}
	tap := func(x float64) gesture { return gesture{downX: x, downY: 400, upX: x, upY: 400, width: 1000} }
	tests := []struct {
		name   string
		g      gesture
		want   action
		wantOK bool
	}{
		{"swipe to the left", at(-300, 0), actNext, true},
		{"swipe to the right", at(300, 0), actPrev, true},
		{"swipe of exactly swipeMin to the left", at(-swipeMin, 0), actNext, true},
		{"swipe of exactly swipeMin to the right", at(swipeMin, 0), actPrev, true},
		{"swipe slanting, more sideways", at(-80, 79), actNext, true},
		{"swipe slanting, as far down as sideways", at(-80, 80), noAction, false},
		{"a scroll up", at(-60, -200), noAction, false},
		{"a drag short of a swipe", at(-(swipeMin - 1), 0), noAction, false},
		{"a drag just over a tap", at(tapMax+1, 0), noAction, false},
		{"a drag just over a tap, down", at(0, tapMax+1), noAction, false},
		{"tap on the right half", tap(800), actNext, true},
		{"tap on the left half", tap(200), actPrev, true},
		{"tap in the middle", tap(500), actNext, true},
		{"tap just left of the middle", tap(499), actPrev, true},
		{"tap that moves tapMax", gesture{downX: 790, downY: 400, upX: 800, upY: 410, width: 1000}, actNext, true},
		{"tap that moves tapMax to the left half", gesture{downX: 505, downY: 400, upX: 495, upY: 390, width: 1000}, actPrev, true},
		{"the mouse's other button", gesture{downX: 800, downY: 400, upX: 800, upY: 400, width: 1000, button: 2}, noAction, false},
		{"tap on a control", gesture{downX: 800, downY: 400, upX: 800, upY: 400, width: 1000, onControl: true}, noAction, false},
		{"swipe that ends on a control", gesture{downX: 800, downY: 400, upX: 100, upY: 400, width: 1000, onControl: true}, noAction, false},
	}
	d := newDeck(5, nil)
	for _, tt := range tests {
		got, ok := d.Pointer(tt.g)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("%s: Pointer(%+v) = %v, %v; want %v, %v", tt.name, tt.g, got, ok, tt.want, tt.wantOK)
		}
	}
}

// TestDeckNumbers types slide numbers as a speaker does: the digits, then
// Enter, go to that slide; a number of no slide, Escape, or another key
// goes nowhere.
func TestDeckNumbers(t *testing.T) {
	tests := []struct {
		name  string
		keys  []string
		slide int
	}{
		{"5 Enter", []string{"5", "Enter"}, 4},
		{"1 Enter", []string{"1", "Enter"}, 0},
		{"12 Enter, no such slide", []string{"1", "2", "Enter"}, 2},
		{"0 Enter", []string{"0", "Enter"}, 2},
		{"4 Escape Enter", []string{"4", "Escape", "Enter"}, 2},
		{"4 then an arrow", []string{"4", "ArrowRight"}, 3},
		{"digits beyond three", []string{"0", "0", "0", "5", "Enter"}, 2},
	}
	for _, tt := range tests {
		d := newDeck(8, nil)
		d.Nav(PresentOptions{Slide: 2}, locale.EN)
		for _, k := range tt.keys {
			if a, ok := d.Key(keyPress{key: k}); ok {
				d.Do(a)
			}
		}
		if d.Slide != tt.slide || d.Digits != "" && tt.keys[len(tt.keys)-1] == "Enter" {
			t.Errorf("%s: slide %d (digits %q), want %d", tt.name, d.Slide, d.Digits, tt.slide)
		}
	}
}

// TestDeckOverview opens the overview of eight slides in rows of four,
// moves its mark with the arrows and picks a slide with Enter; Escape
// closes it where it was.
func TestDeckOverview(t *testing.T) {
	tests := []struct {
		name          string
		keys          []string
		slide, cursor int
		open          bool
	}{
		{"O opens it on the current slide", []string{"o"}, 1, 1, true},
		{"→ ↓ Enter", []string{"o", "ArrowRight", "ArrowDown", "Enter"}, 6, 6, false},
		{"↑ stops at the first row", []string{"Escape", "ArrowUp", "ArrowLeft", "ArrowLeft", " "}, 0, 0, false},
		{"End Enter", []string{"o", "End", "Enter"}, 7, 7, false},
		{"↓ stops at the last slide", []string{"o", "End", "ArrowDown"}, 1, 7, true},
		{"Escape closes it, the slide unchanged", []string{"o", "ArrowRight", "Escape"}, 1, 1, false},
		{"O closes it", []string{"o", "o"}, 1, 1, false},
	}
	for _, tt := range tests {
		d := newDeck(8, nil)
		d.Nav(PresentOptions{Slide: 1}, locale.EN)
		for _, k := range tt.keys {
			if a, ok := d.Key(keyPress{key: k}); ok {
				d.Do(a)
			}
		}
		if d.Slide != tt.slide || d.Cursor != tt.cursor || d.Overview != tt.open {
			t.Errorf("%s: slide %d, mark %d, open %v; want %d, %d, %v", tt.name, d.Slide, d.Cursor, d.Overview, tt.slide, tt.cursor, tt.open)
		}
	}
}

// TestDeckBlankAndFollow blacks the screen out and back, and takes what
// another window of the show says: its slide and its blank screen, which
// the deck does not tell again.
func TestDeckBlankAndFollow(t *testing.T) {
	d := newDeck(8, nil)
	d.Nav(PresentOptions{}, locale.EN)
	if c := d.Do(actBlank); !d.Blank || !c.blank {
		t.Errorf("B: blank %v, change %+v; want blank", d.Blank, c)
	}
	if d.Do(actBlank); d.Blank {
		t.Error("B again: still blank")
	}
	c := d.Follow(deckState{Slide: 5, Blank: true})
	if d.Slide != 5 || !d.Blank || !c.shown || !c.blank || !c.remote {
		t.Errorf("Follow: slide %d, blank %v, change %+v; want slide 5, blank, shown, remote", d.Slide, d.Blank, c)
	}
	if c := d.Follow(deckState{Slide: 5, Blank: true}); c.shown || c.blank {
		t.Errorf("Follow of the same state: change %+v, want none", c)
	}
	if d.Follow(deckState{Slide: 99}); d.Slide != 5 {
		t.Errorf("Follow of no slide: slide %d, want 5", d.Slide)
	}
}
