package app

import (
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

// Present is the presentation for a big screen: one slide at a time,
// driven by the keys a presentation clicker sends, clicks, taps and
// swipes, with full screen, an autoplay that loops (for an unattended
// kiosk, in several languages in turn), a cursor that hides and a screen
// that does not sleep. On the server, and so without app.wasm, it writes
// every slide, one under the other.
//
// The deck holds the slides' state and rules; the component shows it,
// forwards its events to it and arms the timers it asks for. What it
// holds of the browser is in kiosk.
type Present struct {
	langPage

	deck deck
	// idle is whether the cursor is hidden, the mouse having rested.
	idle  bool
	kiosk kiosk
	// speaker is whether this is the speaker's window (speaker.go),
	// which follows and drives the audience's.
	speaker bool
	// notes is the language of the speaker's notes, which may differ
	// from the slides'; started is when the speaker's timer started.
	notes   locale.Lang
	started time.Time
}

// NewPresent returns the presentation.
func NewPresent(f *data.Facts, s Site) *Present {
	return &Present{
		langPage: langPage{Facts: f, Site: s, title: func(l locale.Lang) string {
			return f.Texts.Present.Title.In(l) + " – " + f.Texts.Site.Title.In(l)
		}},
		deck: newDeck(len(SlideIDs()), slideSeconds(f)),
	}
}

// NewSpeaker returns the speaker's window of the presentation.
func NewSpeaker(f *data.Facts, s Site) *Present {
	p := NewPresent(f, s)
	p.speaker = true
	p.title = func(l locale.Lang) string {
		return f.Texts.Present.Speaker.In(l) + " – " + f.Texts.Site.Title.In(l)
	}
	return p
}

// SpeakerPath is the path of the speaker's window in a language.
func SpeakerPath(l locale.Lang) string { return PresentPath(l) + "/speaker" }

// OnNav reads the language, the slide and the options from the address,
// on the first load and at each language switch.
//
// A fragment that names a mark ("#aid.direct") shows the mark's slide
// with its card open.
func (p *Present) OnNav(ctx goapp.Context) {
	p.langPage.OnNav(ctx)
	u := ctx.Page().URL()
	o := ParsePresentQuery(u.Query(), len(SlideIDs()))
	if slide, ok := MarkSlide(p.Facts, u.Fragment); ok {
		o.Slide, o.Card = slide, u.Fragment
	}
	p.apply(ctx, p.deck.Nav(o, p.Lang()))
}

// Render writes every slide on the server, the current one in the
// browser.
func (p *Present) Render() goapp.UI {
	if p.speaker {
		return p.speakerView()
	}
	f, l := p.Facts, p.Lang()
	ids := SlideIDs()
	t := f.Texts.Present
	class := "present"
	if goapp.IsClient {
		class += " " + LiveClass
	}
	if p.idle {
		class += " present--idle"
	}
	root := goapp.Div().Class(class).Attr(WasmPolicyAttr, "now")
	heading := goapp.H1().Class("visually-hidden").Text(f.Texts.Site.Title.In(l))
	if goapp.IsServer {
		return root.Body(
			goapp.Main().Class("present__slides").Body(
				heading,
				goapp.Range(ids).Slice(func(i int) goapp.UI {
					return &Slide{ID: ids[i], Facts: f, Lang: l, Site: p.Site, Index: i, Count: len(ids)}
				}),
			),
			goapp.Raw(p.bar(-1)),
		)
	}
	// Every part of the screen is in a landmark: the slide and what is
	// said of it in main, the controls in a nav, the bar in a footer.
	return root.Body(
		goapp.Main().Class("present__slides").Body(
			heading,
			&Slide{ID: ids[p.deck.Slide], Facts: f, Lang: l, Site: p.Site, Index: p.deck.Slide, Count: len(ids)},
			announcer(),
			// Each slide shown is said politely: "Slide 3 of 8: title".
			goapp.P().Class("visually-hidden").Aria("live", "polite").
				Text(slideSaid(f, l, p.deck.Slide, len(ids))),
			p.tools(),
		),
		goapp.Nav().Class("present__controls").Aria("label", t.Title.In(l)).Body(
			p.button("prev", t.Previous.In(l), prevIcon, func(ctx goapp.Context, e goapp.Event) { p.do(ctx, actPrev) }),
			p.playButton(),
			p.button("next", t.Next.In(l), nextIcon, func(ctx goapp.Context, e goapp.Event) { p.do(ctx, actNext) }),
			p.button("fullscreen", t.Fullscreen.In(l), fullscreenIcon, func(ctx goapp.Context, e goapp.Event) { toggleFullscreen() }),
			p.button("speaker", t.Speaker.In(l), speakerIcon, func(ctx goapp.Context, e goapp.Event) { p.openSpeaker() }),
			goapp.Raw(p.themeButton()),
		),
		goapp.Raw(p.bar(p.deck.Slide)),
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
	m.open("footer", "class", "present__bar")
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
		m.elem("p", t.PrintHint.In(l), "class", "present__printhint")
	}
	switcher(&m, l, f.Texts.Site.Language.In(l), func(to locale.Lang) string {
		return p.Site.Link(PresentPath(to)) + p.deck.opts.Query(max(current, 0)) + p.fragment()
	})
	m.close("footer")
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
	if p.deck.Playing {
		return p.button("pause", t.Pause.In(l), pauseIcon, func(ctx goapp.Context, e goapp.Event) { p.do(ctx, actPlay) })
	}
	return p.button("play", t.Play.In(l), playIcon, func(ctx goapp.Context, e goapp.Event) { p.do(ctx, actPlay) })
}

// do does what a reader's action asks.
func (p *Present) do(ctx goapp.Context, a action) {
	if a == actSpeaker {
		p.openSpeaker()
		return
	}
	p.apply(ctx, p.deck.Do(a))
}

// apply carries out what the deck asks after a move. At the end of a loop
// a new version of the site, if one came, is loaded now, and another
// language's presentation takes over. A slide shown puts its number into
// the address, so that a reload or a language switch keeps it, and lets
// the slides that left be collected. The timers go back to the deck when
// they ring.
func (p *Present) apply(ctx goapp.Context, c change) {
	if c.loop {
		target := p.Site.Link(PresentPath(c.next)) + p.deck.opts.Query(0)
		switch {
		case ctx.AppUpdateAvailable():
			goapp.Window().Get("location").Call("assign", target)
			return
		case c.next != p.deck.Lang:
			ctx.Navigate(target)
			return
		}
	}
	if c.shown || c.card {
		p.writeSlide(ctx)
	}
	if (c.shown || c.blank) && !c.remote {
		p.kiosk.tell(p.deck.deckState)
	}
	switch {
	case p.deck.Overview:
		id := thumbID(p.deck.Cursor)
		ctx.Defer(func(goapp.Context) { focus(id) })
	case p.deck.Asking:
		ctx.Defer(func(goapp.Context) { focus(askNumberID) })
	}
	if c.shown {
		p.kiosk.collect(ctx)
	}
	if c.card {
		card := p.deck.Card
		ctx.Defer(func(goapp.Context) { showCard(card) })
	}
	for _, t := range c.timers {
		ctx.After(t.after, func(ctx goapp.Context) { p.apply(ctx, p.deck.Ring(t)) })
	}
}

// writeSlide puts the current slide's number into the address, and the
// mark whose card is open into its fragment; the first slide has no
// number.
func (p *Present) writeSlide(ctx goapp.Context) {
	u := *ctx.Page().URL()
	q := u.Query()
	if p.deck.Slide == 0 {
		q.Del("slide")
	} else {
		q.Set("slide", strconv.Itoa(p.deck.Slide))
	}
	u.RawQuery = q.Encode()
	u.Fragment = p.deck.Card
	ctx.Page().ReplaceURL(&u)
}

// fragment is the address's fragment: the mark whose card is open.
func (p *Present) fragment() string {
	if p.deck.Card == "" {
		return ""
	}
	return "#" + p.deck.Card
}
