//go:build wasm

package app

import (
	"runtime"
	"slices"
	"strings"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data/locale"
)

// How the presentation keeps an unattended screen.
const (
	// cursorIdle is how long the mouse may rest before its cursor hides.
	cursorIdle = 3 * time.Second
	// collectAfter is how long the slides rest before Go collects the
	// garbage of the slides that left.
	collectAfter = 1500 * time.Millisecond
	// collectEvery is how many slide changes may pass without a
	// collection.
	collectEvery = 16
)

// kiosk is what the presentation holds of the browser: its listeners,
// the screen's wake lock, the pointer and the collections of the slides
// that left.
type kiosk struct {
	// ctx dispatches the listeners' events to the presentation.
	ctx goapp.Context
	// listeners remove the window's and document's listeners.
	listeners []func()
	wakeLock  goapp.Value
	// lastMove is when the mouse last moved.
	lastMove time.Time
	// downX, downY are where the pointer went down.
	downX, downY float64
	// sweep numbers the collections asked for, one per slide shown: one
	// that is no longer the latest waits for the next. collected is the
	// sweep of the last collection.
	sweep, collected int
	// opener is the id of the mark last clicked or tapped: the card that
	// opens next is its. card is the id of the card open.
	opener, card string
	// show is the channel the windows of the show share (the audience's
	// and the speaker's), and hear its listener.
	show goapp.Value
	hear goapp.Func
}

// showChannel names the channel the windows of a show share: every
// presentation of the site in the browser, whatever its language.
const showChannel = "be-us:present"

// notesLangKey is where the browser keeps the speaker's language of the
// notes.
const notesLangKey = "be-us:notes-lang"

// OnMount starts listening to the keys, the pointer and the page's
// visibility, and keeps the screen awake.
func (p *Present) OnMount(ctx goapp.Context) {
	markMounted()
	k := &p.kiosk
	k.ctx = ctx
	k.listen(goapp.Window(), "keydown", p.onKey)
	if p.speaker {
		// The speaker's window turns slides with its buttons and keys
		// only: a click on its notes or its small slides turns nothing.
		p.started = time.Now()
		p.notes = keptNotesLang()
	} else {
		k.listen(goapp.Window(), "pointerdown", p.onPointerDown)
		k.listen(goapp.Window(), "pointerup", p.onPointerUp)
		k.listen(goapp.Window(), "pointermove", p.onPointerMove)
	}
	p.join(ctx)
	k.listen(document(), "click", p.onClick)
	k.listenCapture(document(), "toggle", p.onToggle)
	k.listen(document(), "visibilitychange", func(goapp.Value) {
		if document().Get("visibilityState").String() == "visible" {
			k.keepAwake()
		}
	})
	k.keepAwake()
	k.lastMove = time.Now()
	if !p.speaker {
		p.watchCursor(ctx)
	}
	// The page app.wasm replaced, every slide of it, goes too.
	k.collect(ctx)
	// ECharts draws once out of sight, so that the first chart slide
	// comes in smoothly.
	ctx.After(time.Second, func(ctx goapp.Context) {
		ctx.PreventUpdate()
		if rt := goapp.Window().Get(RuntimeGlobal); rt.Truthy() && rt.Get("warm").Truthy() {
			rt.Call("warm")
		}
	})
}

// OnDismount lets go of every listener, timer and the wake lock.
func (p *Present) OnDismount() {
	k := &p.kiosk
	for _, remove := range k.listeners {
		remove()
	}
	k.listeners = nil
	if k.show != nil && k.show.Truthy() {
		k.show.Call("close")
		k.hear.Release()
	}
	k.show = nil
	p.deck.Stop()
	if k.wakeLock != nil && k.wakeLock.Truthy() {
		k.wakeLock.Call("release").Call("catch", noop())
	}
	k.wakeLock = nil
}

// onKey hands the keyboard's and a presentation clicker's keys to the
// deck. Full screen is asked for inside the key's own event, which the
// browser requires.
func (p *Present) onKey(e goapp.Value) {
	a, ok := p.deck.Key(keyPress{
		key:       e.Get("key").String(),
		modified:  e.Get("ctrlKey").Bool() || e.Get("altKey").Bool() || e.Get("metaKey").Bool() || e.Get("defaultPrevented").Bool(),
		onControl: isControl(e.Get("target")),
		inField:   isField(e.Get("target")),
	})
	if !ok {
		return
	}
	e.Call("preventDefault")
	switch a {
	case actFullscreen:
		toggleFullscreen()
		return
	case actSpeaker:
		p.openSpeaker()
		return
	}
	p.kiosk.ctx.Dispatch(func(ctx goapp.Context) { p.do(ctx, a) })
}

// onClick notes the mark a click, a tap, Enter or Space activated: its
// card opens next (natively, by its popovertarget).
func (p *Present) onClick(e goapp.Value) {
	if m := closestMark(e.Get("target")); m.Truthy() {
		p.kiosk.opener = m.Get("id").String()
	}
}

// onToggle hands a card that opened or closed to the deck, which keeps
// it in the address and pauses autoplay while it is open.
func (p *Present) onToggle(e goapp.Value) {
	card := e.Get("target")
	if !card.Truthy() || !card.Get("classList").Truthy() || !card.Get("classList").Call("contains", CardClass).Bool() {
		return
	}
	id := card.Get("id").String()
	if e.Get("newState").String() != "open" {
		// A card closes as another opens: only the deck's own card's
		// closing closes the deck's.
		if id == p.kiosk.card {
			p.kiosk.card = ""
			p.kiosk.ctx.Dispatch(func(ctx goapp.Context) { p.do(ctx, actClose) })
		}
		return
	}
	p.kiosk.card = id
	mark := p.kiosk.opener
	if m := document().Call("getElementById", mark); !m.Truthy() || m.Call("getAttribute", "popovertarget").String() != id {
		mark = ""
		if m := document().Call("querySelector", `[popovertarget="`+id+`"]`); m.Truthy() {
			mark = m.Get("id").String()
		}
	}
	if mark == "" {
		return
	}
	p.kiosk.ctx.Dispatch(func(ctx goapp.Context) { p.apply(ctx, p.deck.Open(mark)) })
}

// onPointerDown notes where a tap or a swipe starts.
func (p *Present) onPointerDown(e goapp.Value) {
	p.kiosk.downX, p.kiosk.downY = e.Get("clientX").Float(), e.Get("clientY").Float()
}

// onPointerUp hands a tap or a swipe to the deck.
func (p *Present) onPointerUp(e goapp.Value) {
	a, ok := p.deck.Pointer(gesture{
		downX:     p.kiosk.downX,
		downY:     p.kiosk.downY,
		upX:       e.Get("clientX").Float(),
		upY:       e.Get("clientY").Float(),
		width:     goapp.Window().Get("innerWidth").Float(),
		button:    e.Get("button").Int(),
		onControl: isControl(e.Get("target")),
	})
	if !ok {
		return
	}
	p.kiosk.ctx.Dispatch(func(ctx goapp.Context) { p.do(ctx, a) })
}

// onPointerMove shows the cursor again.
func (p *Present) onPointerMove(goapp.Value) {
	p.kiosk.lastMove = time.Now()
	if p.idle {
		p.kiosk.ctx.Dispatch(func(goapp.Context) { p.idle = false })
	}
}

// watchCursor hides the cursor once the mouse has rested cursorIdle,
// checking twice a second for as long as the presentation is mounted.
func (p *Present) watchCursor(ctx goapp.Context) {
	ctx.After(cursorIdle/6, func(ctx goapp.Context) {
		if p.kiosk.listeners == nil {
			return
		}
		if !p.idle && time.Since(p.kiosk.lastMove) >= cursorIdle {
			p.idle = true
		} else {
			ctx.PreventUpdate()
		}
		p.watchCursor(ctx)
	})
}

// collect runs Go's garbage collector once the slides have rested a
// moment. The browser's elements that app.wasm held stay alive until Go
// finalizes its references to them, which only its collector does; Go's
// heap grows too little from slide to slide to run it soon, so without
// this a kiosk would keep every slide it ever showed.
//
// Slides that change faster than that (a reader holding a key down) are
// collected every collectEvery changes, so that the table of references
// between Go and the browser does not grow with them.
func (k *kiosk) collect(ctx goapp.Context) {
	k.sweep++
	sweep := k.sweep
	wait := collectAfter
	if k.sweep-k.collected >= collectEvery {
		wait = 0
	}
	ctx.After(wait, func(ctx goapp.Context) {
		ctx.PreventUpdate()
		if sweep == k.sweep || wait == 0 {
			k.collected = k.sweep
			runtime.GC()
		}
	})
}

// keepAwake asks for a screen wake lock, where the browser has one; the
// browser lets go of it when the page is hidden, and the presentation
// asks again when it is shown.
func (k *kiosk) keepAwake() {
	wl := goapp.Window().Get("navigator").Get("wakeLock")
	if !wl.Truthy() {
		return
	}
	var got goapp.Func
	got = goapp.FuncOf(func(this goapp.Value, args []goapp.Value) any {
		k.wakeLock = args[0]
		got.Release()
		return nil
	})
	wl.Call("request", "screen").Call("then", got).Call("catch", noop())
}

// listen adds a listener to target and keeps the way to remove it.
func (k *kiosk) listen(target goapp.Value, event string, h func(goapp.Value)) {
	k.add(target, event, h, false)
}

// listenCapture listens in the capture phase, for events that do not
// bubble, such as a popover's toggle.
func (k *kiosk) listenCapture(target goapp.Value, event string, h func(goapp.Value)) {
	k.add(target, event, h, true)
}

func (k *kiosk) add(target goapp.Value, event string, h func(goapp.Value), capture bool) {
	fn := goapp.FuncOf(func(this goapp.Value, args []goapp.Value) any {
		h(args[0])
		return nil
	})
	target.Call("addEventListener", event, fn, capture)
	k.listeners = append(k.listeners, func() {
		target.Call("removeEventListener", event, fn, capture)
		fn.Release()
	})
}

// toggleFullscreen enters full screen, or leaves it.
func toggleFullscreen() {
	doc := document()
	if doc.Get("fullscreenElement").Truthy() {
		doc.Call("exitFullscreen").Call("catch", noop())
		return
	}
	if el := doc.Get("documentElement"); el.Get("requestFullscreen").Truthy() {
		el.Call("requestFullscreen").Call("catch", noop())
	}
}

// isField reports whether an event's target is a field, where every key
// is typed.
func isField(target goapp.Value) bool { return within(target, "input, textarea, select, [contenteditable]") }

// join joins the show's channel: a window that joins asks the others
// where the show stands, and each window follows what another tells. The
// channel is the browser's own (BroadcastChannel): no server carries it,
// so it works offline and from a static copy of the site.
func (p *Present) join(ctx goapp.Context) {
	k := &p.kiosk
	ch := goapp.Window().Get("BroadcastChannel")
	if !ch.Truthy() {
		return
	}
	k.show = ch.New(showChannel)
	k.hear = goapp.FuncOf(func(this goapp.Value, args []goapp.Value) any {
		m := args[0].Get("data")
		if !m.Truthy() || m.Get("kind").Type() != goapp.TypeString {
			return nil
		}
		switch m.Get("kind").String() {
		case "join":
			k.tell(p.deck.deckState)
		case "state":
			if m.Get("slide").Type() != goapp.TypeNumber {
				return nil
			}
			s := deckState{Slide: m.Get("slide").Int(), Blank: m.Get("blank").Truthy()}
			k.ctx.Dispatch(func(ctx goapp.Context) { p.apply(ctx, p.deck.Follow(s)) })
		}
		return nil
	})
	k.show.Set("onmessage", k.hear)
	k.show.Call("postMessage", map[string]any{"kind": "join"})
}

// tell tells the other windows of the show where it stands.
func (k *kiosk) tell(s deckState) {
	if k.show == nil || !k.show.Truthy() {
		return
	}
	k.show.Call("postMessage", map[string]any{"kind": "state", "slide": s.Slide, "blank": s.Blank})
}

// openSpeaker opens the speaker's window, or brings it forward, on the
// current slide. It runs inside the key's or the click's own event, which
// the browser requires to open a window.
func (p *Present) openSpeaker() {
	url := p.Site.Link(SpeakerPath(p.Lang())) + p.deck.opts.Query(p.deck.Slide)
	w := goapp.Window().Call("open", url, "be-us-speaker", "popup,width=1280,height=800")
	if w.Truthy() {
		w.Call("focus")
	}
}

// focus gives the focus to the element with the given id, if it is there.
func focus(id string) {
	if el := document().Call("getElementById", id); el.Truthy() {
		el.Call("focus", map[string]any{"preventScroll": true})
	}
}

// keptNotesLang is the language of the notes the speaker chose before,
// or "" (the slides'). A browser that keeps nothing (storage refused)
// asks again each time.
func keptNotesLang() (l locale.Lang) {
	defer func() {
		if recover() != nil {
			l = ""
		}
	}()
	v := goapp.Window().Get("localStorage").Call("getItem", notesLangKey)
	if v.Type() != goapp.TypeString {
		return ""
	}
	l, _ = locale.Parse(v.String())
	return l
}

// keepNotesLang keeps the language of the notes the speaker chose.
func keepNotesLang(l locale.Lang) {
	defer func() { _ = recover() }()
	goapp.Window().Get("localStorage").Call("setItem", notesLangKey, string(l))
}

// isControl reports whether an event's target is a control of its own: a
// button, a link or a field.
func isControl(target goapp.Value) bool {
	return within(target, "button, a, input, textarea, summary, select, .present__bar")
}

// within reports whether an event's target is an element that matches
// selector or is inside one.
func within(target goapp.Value, selector string) bool {
	return target.Truthy() && target.Get("closest").Truthy() && target.Call("closest", selector).Truthy()
}

func document() goapp.Value { return goapp.Window().Get("document") }

// closestMark is the chart mark an event's target is in, or a falsy value.
func closestMark(target goapp.Value) goapp.Value {
	if !target.Truthy() || !target.Get("closest").Truthy() {
		return goapp.Null()
	}
	return target.Call("closest", "."+MarkClass)
}

// showCard opens the card of a mark, given by its id or by a figure it
// shows, and gives the mark the focus; with no mark, it closes the card
// that is open. A card open already stays as it is.
func showCard(id string) {
	doc := document()
	if id == "" {
		if open := doc.Call("querySelector", "."+CardClass+":popover-open"); open.Truthy() {
			open.Call("hidePopover")
		}
		return
	}
	mark := doc.Call("getElementById", id)
	if !mark.Truthy() || !mark.Get("classList").Call("contains", MarkClass).Bool() {
		mark = goapp.Null()
		for _, m := range nodes(doc.Call("querySelectorAll", "."+MarkClass+"["+FiguresAttr+"]")) {
			if slices.Contains(strings.Fields(m.Call("getAttribute", FiguresAttr).String()), id) {
				mark = m
				break
			}
		}
	}
	if !mark.Truthy() {
		return
	}
	card := doc.Call("getElementById", mark.Call("getAttribute", "popovertarget"))
	if !card.Truthy() || card.Call("matches", ":popover-open").Bool() {
		return
	}
	mark.Call("focus", map[string]any{"preventScroll": true})
	opts := goapp.Window().Get("Object").New()
	opts.Set("source", mark)
	card.Call("showPopover", opts)
}

// nodes are the elements of a NodeList.
func nodes(list goapp.Value) []goapp.Value {
	n := list.Get("length").Int()
	out := make([]goapp.Value, n)
	for i := range n {
		out[i] = list.Index(i)
	}
	return out
}

// noop returns a promise's rejection handler that ignores it: a wake lock
// or full screen refused is no error of the page.
func noop() goapp.Func {
	if noopFunc == nil {
		noopFunc = goapp.FuncOf(func(goapp.Value, []goapp.Value) any { return nil })
	}
	return noopFunc
}

var noopFunc goapp.Func
