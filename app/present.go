package app

import (
	"math"
	"runtime"
	"strconv"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// WasmPolicyAttr on a page's root tells the page's start script when to
// run app.wasm. The presentation says "now": app.wasm serves it, on every
// device. The accessibility statement says "never": the server alone
// writes it.
const WasmPolicyAttr = "data-wasm-policy"

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

// Present is the presentation for a big screen: one slide at a time,
// driven by the keys a presentation clicker sends, clicks, taps and
// swipes, with full screen, an autoplay that loops (for an unattended
// kiosk, in several languages in turn), a cursor that hides and a screen
// that does not sleep. On the server, and so without app.wasm, it writes
// every slide, one under the other.
type Present struct {
	langPage

	opts    PresentOptions
	current int
	// playing is whether autoplay runs; held is a pause the reader asked
	// for (P or the button), which no timer undoes.
	playing, held bool
	idle          bool

	ctx goapp.Context
	// step, resume and rest number the timers of autoplay, of its
	// resumption and of the cursor: a timer that is no longer the latest
	// does nothing.
	step, resume, sweep int
	// collected is the sweep of the last collection.
	collected int
	lastMove  time.Time
	// downX, downY are where the pointer went down.
	downX, downY float64
	// listeners remove the window's and document's listeners.
	listeners []func()
	wakeLock  goapp.Value
}

// NewPresent returns the presentation.
func NewPresent(f *data.Facts) *Present {
	return &Present{langPage: langPage{Facts: f, title: func(l locale.Lang) string {
		return f.Texts.Present.Title.In(l) + " – " + f.Texts.Site.Title.In(l)
	}}}
}

// OnNav reads the language, the slide and the options from the address,
// on the first load and at each language switch.
func (p *Present) OnNav(ctx goapp.Context) {
	p.langPage.OnNav(ctx)
	p.opts = ParsePresentQuery(ctx.Page().URL().Query(), len(SlideIDs()))
	p.current = p.opts.Slide
	p.playing = p.opts.Autoplay > 0 && !p.held
	p.schedule(ctx)
}

// OnMount starts listening to the keys, the pointer and the page's
// visibility, and keeps the screen awake.
func (p *Present) OnMount(ctx goapp.Context) {
	markMounted()
	p.ctx = ctx
	p.listen(goapp.Window(), "keydown", p.onKey)
	p.listen(goapp.Window(), "pointerdown", p.onPointerDown)
	p.listen(goapp.Window(), "pointerup", p.onPointerUp)
	p.listen(goapp.Window(), "pointermove", p.onPointerMove)
	p.listen(document(), "visibilitychange", func(goapp.Value) {
		if document().Get("visibilityState").String() == "visible" {
			p.keepAwake()
		}
	})
	p.keepAwake()
	p.lastMove = time.Now()
	p.watchCursor(ctx)
	// The page app.wasm replaced, every slide of it, goes too.
	p.collect(ctx)
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
	for _, remove := range p.listeners {
		remove()
	}
	p.listeners = nil
	p.step++
	p.resume++
	if p.wakeLock != nil && p.wakeLock.Truthy() {
		p.wakeLock.Call("release").Call("catch", noop())
	}
	p.wakeLock = nil
}

// Render writes every slide on the server, the current one in the
// browser.
func (p *Present) Render() goapp.UI {
	f, l := p.Facts, p.Lang()
	ids := SlideIDs()
	t := f.Texts.Present
	class := "present"
	if goapp.IsClient {
		class += " present--live"
	}
	if p.idle {
		class += " present--idle"
	}
	root := goapp.Div().Class(class).Attr(WasmPolicyAttr, "now")
	heading := goapp.H1().Class("visually-hidden").Text(f.Texts.Site.Title.In(l))
	if goapp.IsServer {
		return root.Body(
			heading,
			goapp.Main().Class("present__slides").Body(
				goapp.Range(ids).Slice(func(i int) goapp.UI {
					return &Slide{ID: ids[i], Facts: f, Lang: l, Index: i, Count: len(ids)}
				}),
			),
			goapp.Raw(p.bar(-1)),
		)
	}
	return root.Body(
		heading,
		goapp.Main().Class("present__slides").Body(
			&Slide{ID: ids[p.current], Facts: f, Lang: l, Index: p.current, Count: len(ids)},
		),
		goapp.Div().Class("present__controls").Body(
			p.button("prev", t.Previous.In(l), prevIcon, func(ctx goapp.Context, e goapp.Event) { p.interact(ctx); p.show(ctx, p.current-1) }),
			p.playButton(),
			p.button("next", t.Next.In(l), nextIcon, func(ctx goapp.Context, e goapp.Event) { p.interact(ctx); p.show(ctx, p.current+1) }),
			p.button("fullscreen", t.Fullscreen.In(l), fullscreenIcon, func(ctx goapp.Context, e goapp.Event) { toggleFullscreen() }),
			goapp.Raw(p.themeButton()),
		),
		goapp.Raw(p.bar(p.current)),
		announcer(),
	)
}

// themeButton is the theme's switch among the controls, for dark stages.
func (p *Present) themeButton() string {
	var m markup
	themeToggle(&m, p.Facts, p.Lang(), "present__button present__button--theme")
	return m.String()
}

// bar writes the progress (one mark per slide, the current one marked)
// and the languages, which keep the slide and the options; current is -1
// for the stacked slides, which have no current one.
func (p *Present) bar(current int) string {
	f, l := p.Facts, p.Lang()
	t := f.Texts.Present
	ids := SlideIDs()
	var m markup
	m.open("div", "class", "present__bar")
	if current >= 0 {
		m.open("div", "class", "present__progress", "role", "progressbar", "aria-label", slideLabel(f, l, current, len(ids)),
			"aria-valuemin", "1", "aria-valuemax", strconv.Itoa(len(ids)), "aria-valuenow", strconv.Itoa(current+1))
		for i := range ids {
			class := "present__step"
			switch {
			case i == current:
				class += " is-current"
			case i < current:
				class += " is-done"
			}
			m.elem("span", "", "class", class)
		}
		m.close("div")
	} else {
		m.elem("p", t.Keys.In(l), "class", "present__keys")
	}
	switcher(&m, l, f.Texts.Site.Language.In(l), func(to locale.Lang) string {
		return Link(PresentPath(to)) + p.opts.Query(max(current, 0))
	})
	m.close("div")
	return m.String()
}

// PresentPath is the presentation's path in a language.
func PresentPath(l locale.Lang) string { return "/" + string(l) + "/present" }

// button is one of the presentation's controls: an icon with a name.
func (p *Present) button(name, label string, ic icon, click goapp.EventHandler) goapp.UI {
	return goapp.Button().Type("button").Class("present__button present__button--"+name).
		Aria("label", label).Title(label).
		OnClick(click).
		Body(goapp.Raw(ic.svg("")))
}

// playButton pauses or resumes autoplay; its name says what it does.
func (p *Present) playButton() goapp.UI {
	t, l := p.Facts.Texts.Present, p.Lang()
	if p.playing {
		return p.button("pause", t.Pause.In(l), pauseIcon, func(ctx goapp.Context, e goapp.Event) { p.togglePlay(ctx) })
	}
	return p.button("play", t.Play.In(l), playIcon, func(ctx goapp.Context, e goapp.Event) { p.togglePlay(ctx) })
}

// show goes to slide i: past the last to the first, before the first to
// the last. Its number goes into the address, so that a reload or a
// language switch keeps it.
func (p *Present) show(ctx goapp.Context, i int) {
	n := len(SlideIDs())
	p.current = (i%n + n) % n
	u := *ctx.Page().URL()
	q := u.Query()
	if p.current == 0 {
		q.Del("slide")
	} else {
		q.Set("slide", strconv.Itoa(p.current))
	}
	u.RawQuery = q.Encode()
	ctx.Page().ReplaceURL(&u)
	p.schedule(ctx)
	p.collect(ctx)
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
func (p *Present) collect(ctx goapp.Context) {
	p.sweep++
	sweep := p.sweep
	wait := collectAfter
	if p.sweep-p.collected >= collectEvery {
		wait = 0
	}
	ctx.After(wait, func(ctx goapp.Context) {
		ctx.PreventUpdate()
		if sweep == p.sweep || wait == 0 {
			p.collected = p.sweep
			runtime.GC()
		}
	})
}

// schedule sets the timer of the next slide when autoplay runs.
func (p *Present) schedule(ctx goapp.Context) {
	p.step++
	if !p.playing {
		return
	}
	step, wait := p.step, p.interval()
	ctx.After(wait, func(ctx goapp.Context) {
		if step == p.step && p.playing {
			p.advance(ctx)
		}
	})
}

// interval is the time on each slide.
func (p *Present) interval() time.Duration {
	if p.opts.Autoplay > 0 {
		return time.Duration(p.opts.Autoplay) * time.Second
	}
	return defaultAutoplay
}

// advance goes to the next slide; after the last one, a loop ends: a new
// version of the site, if one came, is loaded now, and the next language
// of the rotation takes over.
func (p *Present) advance(ctx goapp.Context) {
	if p.current < len(SlideIDs())-1 {
		p.show(ctx, p.current+1)
		return
	}
	next := p.opts.NextLang(p.Lang())
	target := Link(PresentPath(next)) + p.opts.Query(0)
	switch {
	case ctx.AppUpdateAvailable():
		goapp.Window().Get("location").Call("assign", target)
	case next != p.Lang():
		ctx.Navigate(target)
	default:
		p.show(ctx, 0)
	}
}

// togglePlay pauses autoplay for good, or resumes it.
func (p *Present) togglePlay(ctx goapp.Context) {
	p.playing = !p.playing
	p.held = !p.playing
	p.resume++
	p.schedule(ctx)
}

// interact pauses autoplay while a reader drives the slides, and lets it
// go on after a while without them.
func (p *Present) interact(ctx goapp.Context) {
	if p.held || (!p.playing && p.opts.Autoplay == 0) {
		return
	}
	p.playing = false
	p.schedule(ctx)
	p.resume++
	resume := p.resume
	ctx.After(resumeAfter, func(ctx goapp.Context) {
		if resume == p.resume && !p.held {
			p.playing = true
			p.schedule(ctx)
		}
	})
}

// onKey drives the slides from the keyboard and a presentation clicker.
func (p *Present) onKey(e goapp.Value) {
	if e.Get("ctrlKey").Bool() || e.Get("altKey").Bool() || e.Get("metaKey").Bool() || e.Get("defaultPrevented").Bool() {
		return
	}
	key := e.Get("key").String()
	onControl := isControl(e.Get("target"))
	var act func(goapp.Context)
	switch key {
	case "ArrowRight", "ArrowDown", "PageDown":
		act = func(ctx goapp.Context) { p.interact(ctx); p.show(ctx, p.current+1) }
	case " ":
		if onControl {
			return // the focused control's own key
		}
		act = func(ctx goapp.Context) { p.interact(ctx); p.show(ctx, p.current+1) }
	case "ArrowLeft", "ArrowUp", "PageUp":
		act = func(ctx goapp.Context) { p.interact(ctx); p.show(ctx, p.current-1) }
	case "Home":
		act = func(ctx goapp.Context) { p.interact(ctx); p.show(ctx, 0) }
	case "End":
		act = func(ctx goapp.Context) { p.interact(ctx); p.show(ctx, len(SlideIDs())-1) }
	case "f", "F":
		toggleFullscreen()
		e.Call("preventDefault")
		return
	case "p", "P":
		act = p.togglePlay
	default:
		return
	}
	e.Call("preventDefault")
	p.ctx.Dispatch(act)
}

// onPointerDown notes where a tap or a swipe starts.
func (p *Present) onPointerDown(e goapp.Value) {
	p.downX, p.downY = e.Get("clientX").Float(), e.Get("clientY").Float()
}

// onPointerUp turns a swipe, or a tap on the right or left half of the
// screen, into the next or previous slide; a tap on a control or a link
// is the control's.
func (p *Present) onPointerUp(e goapp.Value) {
	if e.Get("button").Int() != 0 || isControl(e.Get("target")) {
		return
	}
	dx, dy := e.Get("clientX").Float()-p.downX, e.Get("clientY").Float()-p.downY
	step := 0
	switch {
	case math.Abs(dx) >= swipeMin && math.Abs(dx) > math.Abs(dy):
		step = 1
		if dx > 0 {
			step = -1
		}
	case math.Abs(dx) <= tapMax && math.Abs(dy) <= tapMax:
		step = 1
		if e.Get("clientX").Float() < goapp.Window().Get("innerWidth").Float()/2 {
			step = -1
		}
	}
	if step == 0 {
		return
	}
	p.ctx.Dispatch(func(ctx goapp.Context) { p.interact(ctx); p.show(ctx, p.current+step) })
}

// onPointerMove shows the cursor again.
func (p *Present) onPointerMove(goapp.Value) {
	p.lastMove = time.Now()
	if p.idle {
		p.ctx.Dispatch(func(goapp.Context) { p.idle = false })
	}
}

// watchCursor hides the cursor once the mouse has rested cursorIdle,
// checking twice a second for as long as the presentation is mounted.
func (p *Present) watchCursor(ctx goapp.Context) {
	ctx.After(cursorIdle/6, func(ctx goapp.Context) {
		if p.listeners == nil {
			return
		}
		if !p.idle && time.Since(p.lastMove) >= cursorIdle {
			p.idle = true
		} else {
			ctx.PreventUpdate()
		}
		p.watchCursor(ctx)
	})
}

// keepAwake asks for a screen wake lock, where the browser has one; the
// browser lets go of it when the page is hidden, and the presentation
// asks again when it is shown.
func (p *Present) keepAwake() {
	wl := goapp.Window().Get("navigator").Get("wakeLock")
	if !wl.Truthy() {
		return
	}
	var got goapp.Func
	got = goapp.FuncOf(func(this goapp.Value, args []goapp.Value) any {
		p.wakeLock = args[0]
		got.Release()
		return nil
	})
	wl.Call("request", "screen").Call("then", got).Call("catch", noop())
}

// listen adds a listener to target and keeps the way to remove it.
func (p *Present) listen(target goapp.Value, event string, h func(goapp.Value)) {
	fn := goapp.FuncOf(func(this goapp.Value, args []goapp.Value) any {
		h(args[0])
		return nil
	})
	target.Call("addEventListener", event, fn)
	p.listeners = append(p.listeners, func() {
		target.Call("removeEventListener", event, fn)
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

// isControl reports whether an event's target is a control of its own: a
// button, a link or a field.
func isControl(target goapp.Value) bool {
	if !target.Truthy() || !target.Get("closest").Truthy() {
		return false
	}
	return target.Call("closest", "button, a, input, textarea, summary, select, .present__bar").Truthy()
}

func document() goapp.Value { return goapp.Window().Get("document") }

// noop returns a promise's rejection handler that ignores it: a wake lock
// or full screen refused is no error of the page.
func noop() goapp.Func {
	if noopFunc == nil {
		noopFunc = goapp.FuncOf(func(goapp.Value, []goapp.Value) any { return nil })
	}
	return noopFunc
}

var noopFunc goapp.Func
