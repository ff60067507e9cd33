package app

import (
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data/locale"
)

// NotesLangAttr is on the speaker's choice of language for the notes.
const NotesLangAttr = "data-notes-lang"

// speakerView is the speaker's window: the slide the room sees and the
// next one, smaller; the notes, in a language of the speaker's choice;
// the slide's number, the time since the start and the time of day; the
// controls and the way to the slides as a PDF. Both windows drive the
// show, and stay in step (kiosk.tell). On the server, without app.wasm,
// it writes every slide's notes, one under the other.
func (p *Present) speakerView() goapp.UI {
	f, l := p.Facts, p.Lang()
	t := f.Texts.Present
	ids := SlideIDs()
	heading := goapp.H1().Class("speaker__title").Text(t.Speaker.In(l))
	if goapp.IsServer {
		return goapp.Div().Class("speaker").Attr(WasmPolicyAttr, "now").Body(
			goapp.Main().Class("speaker__all").Body(
				heading,
				goapp.Ol().Class("speaker__list").Body(
					goapp.Range(ids).Slice(func(i int) goapp.UI {
						return goapp.Li().Body(
							goapp.H2().Text(slideTitle(f, l, ids[i])),
							goapp.P().Text(l.Typeset(f.Expand(f.Texts.Notes[ids[i]], l))),
						)
					}),
				),
			),
		)
	}
	notes := p.notes
	if notes == "" {
		notes = l
	}
	current, next := p.deck.Slide, p.deck.Slide+1
	class := "present present--live present--speaker"
	return goapp.Div().Class(class).Attr(WasmPolicyAttr, "now").Body(
		goapp.Header().Class("speaker__bar").Body(
			heading,
			goapp.P().Class("speaker__number").Text(slideLabel(f, l, current, len(ids))),
			&Clock{Since: p.started, Elapsed: t.Elapsed.In(l), Time: t.Clock.In(l), Lang: l},
			goapp.Div().Class("speaker__controls").Body(
				p.button("prev", t.Previous.In(l), prevIcon, func(ctx goapp.Context, e goapp.Event) { p.do(ctx, actPrev) }),
				p.button("next", t.Next.In(l), nextIcon, func(ctx goapp.Context, e goapp.Event) { p.do(ctx, actNext) }),
				p.button("blank", t.Blank.In(l), blankIcon, func(ctx goapp.Context, e goapp.Event) { p.do(ctx, actBlank) }),
				p.button("reset", t.Reset.In(l), resetIcon, func(ctx goapp.Context, e goapp.Event) { p.started = time.Now() }),
			),
			goapp.A().Class("speaker__print").Href(p.Site.Link(PresentPath(l))+"?print").Target("_blank").Rel("noopener").
				Text(t.Print.In(l)),
		),
		goapp.Main().Class("speaker__main").Body(
			goapp.Section().Class("speaker__current").Aria("label", t.Current.In(l)).Body(
				&Slide{ID: ids[current], Facts: f, Lang: l, Site: p.Site, Index: current, Count: len(ids)},
				goapp.If(p.deck.Blank, func() goapp.UI { return goapp.Div().Class("present__blank").Title(t.Blank.In(l)) }),
			),
			goapp.Section().Class("speaker__next").Aria("label", t.Upcoming.In(l)).Body(
				goapp.If(next < len(ids), func() goapp.UI {
					return &Slide{ID: ids[next], Facts: f, Lang: l, Site: p.Site, Index: next, Count: len(ids)}
				}).Else(func() goapp.UI {
					return goapp.P().Class("speaker__end").Text(t.End.In(l))
				}),
			),
			goapp.Section().Class("speaker__notes").Aria("labelledby", "speaker-notes-title").Body(
				goapp.Div().Class("speaker__notes-head").Body(
					goapp.H2().ID("speaker-notes-title").Text(t.Notes.In(l)),
					goapp.Label().For("speaker-notes-lang").Text(t.NotesIn.In(l)),
					goapp.Select().ID("speaker-notes-lang").Attr(NotesLangAttr, "").
						OnChange(func(ctx goapp.Context, e goapp.Event) {
							if chosen, ok := locale.Parse(ctx.JSSrc().Get("value").String()); ok {
								p.notes = chosen
								keepNotesLang(chosen)
							}
						}).
						Body(goapp.Range(locale.All).Slice(func(i int) goapp.UI {
							o := locale.All[i]
							return goapp.Option().Value(string(o)).Selected(o == notes).Text(o.Name())
						})),
				),
				goapp.P().Class("speaker__text").Lang(string(notes)).Text(notes.Typeset(f.Expand(f.Texts.Notes[ids[current]], notes))),
			),
		),
		p.tools(),
		announcer(),
	)
}
