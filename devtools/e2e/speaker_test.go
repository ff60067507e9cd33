//go:build e2e

package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data/locale"
)

// press sends a key to a tab.
func (tb *tab) press(t *testing.T, key string) {
	t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.KeyEvent(key)); err != nil {
		t.Fatalf("key %q: %v", key, err)
	}
}

// TestSpeaker runs the audience's window and the speaker's in one
// browser: a key in either moves both; the speaker's shows the notes in
// the language chosen there, the audience's none; a speaker's window
// opened again joins the show where it stands; B blacks both screens out
// and back; the overview picks a slide; a number then Enter, and G, go
// to a slide. axe-core finds nothing in the speaker's window nor in the
// overview.
func TestSpeaker(t *testing.T) {
	slides := app.SlideIDs()
	notes := func(l locale.Lang, i int) string {
		return l.Typeset(facts.Expand(facts.Texts.Notes[slides[i]], l))
	}
	audience := newTab(t, desktop, false)
	audience.navigate(t, "/en/present")
	audience.poll(t, "the presentation did not start", slideIs(slides[0]))
	speaker := audience.sibling(t, profile{"laptop", 1280, 800, false})
	speaker.navigate(t, app.SpeakerPath(locale.EN))
	speaker.poll(t, "the speaker's window did not start", slideIs(slides[0]))
	both := func(what string, i int) {
		t.Helper()
		audience.poll(t, what+": the audience is not on "+slides[i], slideIs(slides[i]))
		speaker.poll(t, what+": the speaker is not on "+slides[i], slideIs(slides[i]))
	}
	speaker.expect(t, []check{
		{"the notes", `document.querySelector('.speaker__text').textContent`, notes(locale.EN, 0)},
		{"the next slide", `document.querySelector('.speaker__next .slide').id`, "slide-" + slides[1]},
	})
	if body := audience.eval(t, `document.body.textContent`); strings.Contains(body, notes(locale.EN, 0)) {
		t.Error("the audience's screen shows the notes")
	}

	audience.press(t, kb.ArrowRight)
	both("→ in the audience's window", 1)
	speaker.press(t, kb.ArrowRight)
	both("→ in the speaker's window", 2)

	// The speaker reads Dutch notes beside English slides.
	speaker.eval(t, `(s => { s.value = 'nl'; s.dispatchEvent(new Event('change', { bubbles: true })); return ''; })(document.getElementById('speaker-notes-lang'))`)
	speaker.poll(t, "the notes are not in Dutch", `document.querySelector('.speaker__text').lang === 'nl'`)
	speaker.expect(t, []check{{"the Dutch notes", `document.querySelector('.speaker__text').textContent`, notes(locale.NL, 2)}})

	// Opened again with no slide in its address: it joins where the show
	// stands, its notes still in Dutch.
	speaker.navigate(t, app.SpeakerPath(locale.EN))
	speaker.poll(t, "the speaker's window did not rejoin on slide 3", slideIs(slides[2]))
	speaker.poll(t, "the notes did not stay in Dutch", `document.querySelector('.speaker__text').lang === 'nl'`)

	// B blacks both screens out; "." in the other brings them back.
	audience.press(t, "b")
	audience.poll(t, "the audience's screen is not black", `!!document.querySelector('.present__blank')`)
	speaker.poll(t, "the speaker does not see the black screen", `!!document.querySelector('.speaker__current .present__blank')`)
	speaker.press(t, ".")
	audience.poll(t, "the audience's screen stayed black", `!document.querySelector('.present__blank')`)

	// The overview: O, → →, Enter.
	speaker.press(t, "o")
	speaker.poll(t, "no overview", `!!document.querySelector('.present__overview')`)
	speaker.poll(t, "the overview's mark has not the focus", `document.activeElement && document.activeElement.classList.contains('is-marked')`)
	speaker.axe(t, axeSource(t), "the overview in the speaker's window")
	speaker.press(t, kb.ArrowRight)
	speaker.press(t, kb.ArrowRight)
	speaker.press(t, kb.Enter)
	both("the overview's pick", 4)
	speaker.poll(t, "the overview stayed open", `!document.querySelector('.present__overview')`)

	// A slide's number, then Enter.
	audience.press(t, "2")
	audience.press(t, kb.Enter)
	both("2 Enter", 1)

	// G asks for a number; the box keeps the keys typed in it.
	audience.press(t, "g")
	audience.poll(t, "no box for a number", `document.activeElement && document.activeElement.id === 'present-ask-number'`)
	for _, k := range []string{"7", kb.Enter} {
		if err := chromedp.Do(audience.ctx, chromedp.KeyEvent(k)); err != nil {
			t.Fatal(err)
		}
	}
	both("G 7 Enter", 6)
	speaker.axe(t, axeSource(t), "the speaker's window")
	audience.noErrors(t)
	speaker.noErrors(t)
}

// TestPresentPDF prints the slides as the speaker's "Slides as PDF" link
// asks (?print): one slide a landscape page at 16:9, eight pages, each
// with its text, in every language; app.wasm stays off and every chart is
// drawn before the page prints.
func TestPresentPDF(t *testing.T) {
	slides := app.SlideIDs()
	for _, l := range []locale.Lang{locale.EN, locale.DE} {
		tb := newTab(t, desktop, false)
		tb.scheme(t, true)
		tb.navigate(t, app.PresentPath(l)+"?print")
		tb.chartsReady(t, app.PresentPath(l)+"?print", l)
		tb.expect(t, []check{{"app.wasm", `document.documentElement.getAttribute('data-app')`, "off"}})
		pages := tb.print(t, a4)
		if len(pages) != len(slides) {
			t.Errorf("%s: %d pages, want %d, one a slide", l, len(pages), len(slides))
		}
		for i, p := range pages {
			if !near(p.width, 960) || !near(p.height, 540) {
				t.Errorf("%s: page %d is %.0f×%.0f pt, want 960×540 (16:9, landscape)", l, i+1, p.width, p.height)
			}
			if p.runs == 0 {
				t.Errorf("%s: page %d has no text", l, i+1)
			}
			if p.right > p.width {
				t.Errorf("%s: page %d has text to %.0f pt, past its width", l, i+1, p.right)
			}
		}
		tb.noErrors(t)
	}
}
