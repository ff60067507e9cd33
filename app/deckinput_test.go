package app

import (
	"fmt"
	"testing"
)

func (a action) String() string {
	names := []string{"none", "next", "prev", "first", "last", "play", "fullscreen"}
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
		{"Enter is left to the page", keyPress{key: "Enter"}, noAction, false},
		{"Escape is left to the page", keyPress{key: "Escape"}, noAction, false},
		{"Tab is left to the page", keyPress{key: "Tab"}, noAction, false},
		{"a letter of no meaning", keyPress{key: "x"}, noAction, false},
		{"a digit", keyPress{key: "3"}, noAction, false},
	}
	d := newDeck(5)
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
	d := newDeck(5)
	for _, tt := range tests {
		got, ok := d.Pointer(tt.g)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("%s: Pointer(%+v) = %v, %v; want %v, %v", tt.name, tt.g, got, ok, tt.want, tt.wantOK)
		}
	}
}
