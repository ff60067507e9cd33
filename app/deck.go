package app

import (
	"time"

	"github.com/be-us/partnership/data/locale"
)

// How autoplay runs.
const (
	// defaultAutoplay is the time on a slide that the data gives none.
	defaultAutoplay = 10 * time.Second
	// resumeAfter is how long autoplay waits after a reader's last
	// interaction before it goes on.
	resumeAfter = 30 * time.Second
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
	// seconds are each slide's own time in autoplay, by index; 0 or none
	// is defaultAutoplay.
	seconds []int
	// opts are the address's options: autoplay's interval and the
	// languages of the rotation.
	opts PresentOptions
	// Overview is whether the overview of all slides shows, and Cursor
	// the slide it marks, which Enter picks.
	Overview bool
	Cursor   int
	// Digits are the digits of a slide's number typed so far, which
	// Enter goes to.
	Digits string
	// Asking is whether the box that asks for a slide's number shows.
	Asking bool
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
	// Card is the id of the mark whose card is open, or "".
	Card string
	// Blank is whether the screen is black, at the speaker's wish.
	Blank bool
}

// newDeck returns a deck of slides slides, each with its own time in
// autoplay (seconds, by index), on the first, with autoplay off.
func newDeck(slides int, seconds []int) deck { return deck{slides: slides, seconds: seconds} }

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
	// card is whether the open card changed: the component opens the
	// card of Card, or closes the one open, and writes the address.
	card bool
	// blank is whether the screen went black or came back.
	blank bool
	// remote is whether another window of the show asked for the move:
	// the component does not tell the others of it again.
	remote bool
}

// Nav starts the deck from an address's options, in a language, on the
// first load and at each language switch. A pause the reader asked for
// holds through them.
func (d *deck) Nav(o PresentOptions, l locale.Lang) change {
	d.opts = o
	d.Lang = l
	d.Slide = o.Slide
	d.Card = o.Card
	d.Playing = o.Play && !d.Held && d.Card == ""
	return change{timers: d.schedule(), card: d.Card != ""}
}

// Open notes that the card of a mark opened, at a reader's hand: a
// presenter speaks to it, so autoplay pauses as for any move of theirs.
func (d *deck) Open(mark string) change {
	if mark == d.Card {
		return change{}
	}
	resume := d.interact()
	d.Card = mark
	return change{card: true, timers: resume}
}

// Close notes that the open card closed, or asks to close it.
func (d *deck) Close() change {
	if d.Card == "" {
		return change{}
	}
	d.Card = ""
	return change{card: true}
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
	case actClose:
		return d.Close()
	case actBlank:
		d.Blank = !d.Blank
		return change{blank: true}
	case actOverview:
		d.Overview, d.Cursor, d.Digits = !d.Overview, d.Slide, ""
		return change{}
	case actPick:
		d.Overview = false
		return d.Go(d.Cursor)
	case actJump:
		n, digits := 0, d.Digits
		d.Digits = ""
		for _, r := range digits {
			n = n*10 + int(r-'0')
		}
		return d.GoNumber(n)
	case actAsk:
		d.Asking, d.Overview = !d.Asking, false
		return change{}
	}
	return change{}
}

// GoNumber goes to the slide with the given number, from 1, as a speaker
// says it; a number of no slide does nothing.
func (d *deck) GoNumber(n int) change {
	d.Asking, d.Overview = false, false
	if n < 1 || n > d.slides {
		return change{}
	}
	return d.Go(n - 1)
}

// Follow takes the state another window of the show told: its slide, as a
// reader's move here, and its blank screen.
func (d *deck) Follow(s deckState) change {
	var c change
	if s.Slide != d.Slide && s.Slide >= 0 && s.Slide < d.slides {
		c = d.Go(s.Slide)
	}
	if s.Blank != d.Blank {
		d.Blank, c.blank = s.Blank, true
	}
	c.remote = true
	return c
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
// ?autoplay, it starts a show, each slide its own time.
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
	c := change{shown: true, timers: d.schedule()}
	if d.Card != "" {
		d.Card, c.card = "", true
	}
	return c
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
	if d.Held || (!d.Playing && !d.opts.Play) {
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

// interval is the time on the current slide: the address's for every
// slide, else the slide's own, else defaultAutoplay.
func (d *deck) interval() time.Duration {
	switch {
	case d.opts.Autoplay > 0:
		return time.Duration(d.opts.Autoplay) * time.Second
	case d.Slide < len(d.seconds) && d.seconds[d.Slide] > 0:
		return time.Duration(d.seconds[d.Slide]) * time.Second
	}
	return defaultAutoplay
}
