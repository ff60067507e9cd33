package app

import (
	"strconv"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The ids of the presentation's tools, which the component gives the
// focus to.
const (
	overviewID  = "present-overview"
	askNumberID = "present-ask-number"
)

// thumbID is the id of a slide's button in the overview.
func thumbID(i int) string { return overviewID + "-" + strconv.Itoa(i) }

// tools are what the speaker's keys bring over the slide: the overview of
// all slides (O, Escape), the box that asks for a slide's number (G), the
// number typed so far, and the black screen (B).
func (p *Present) tools() goapp.UI {
	f, l := p.Facts, p.Lang()
	t := f.Texts.Present
	ids := SlideIDs()
	return goapp.Div().Class("present__tools").Body(
		goapp.If(p.deck.Overview, func() goapp.UI {
			return goapp.Nav().ID(overviewID).Class("present__overview").Aria("label", t.Overview.In(l)).Body(
				goapp.H2().Class("present__overview-title").Text(t.Overview.In(l)),
				goapp.Ol().Class("present__thumbs").Body(
					goapp.Range(ids).Slice(func(i int) goapp.UI {
						class := "present__thumb"
						if i == p.deck.Cursor {
							class += " is-marked"
						}
						current := ""
						if i == p.deck.Slide {
							class += " is-current"
							current = "step"
						}
						return goapp.Li().Body(
							goapp.Button().Type("button").ID(thumbID(i)).Class(class).Aria("current", current).
								OnClick(func(ctx goapp.Context, e goapp.Event) { p.apply(ctx, p.deck.GoNumber(i+1)) }).
								Body(
									goapp.Span().Class("present__thumb-number").Text(l.Number(float64(i+1), 0)),
									goapp.Span().Class("present__thumb-title").Text(slideTitle(f, l, ids[i])),
								),
						)
					}),
				),
			)
		}),
		goapp.If(p.deck.Asking, func() goapp.UI {
			return goapp.Form().Class("present__ask").
				OnSubmit(func(ctx goapp.Context, e goapp.Event) {
					e.PreventDefault()
					n, _ := strconv.Atoi(goapp.Window().GetElementByID(askNumberID).Get("value").String())
					p.apply(ctx, p.deck.GoNumber(n))
				}).
				Body(
					goapp.Label().For(askNumberID).Text(t.GoTo.In(l)),
					goapp.Input().ID(askNumberID).Type("number").Min(1).Max(len(ids)).Attr("inputmode", "numeric").
						OnKeyDown(func(ctx goapp.Context, e goapp.Event) {
							if e.Get("key").String() == "Escape" {
								e.PreventDefault()
								p.do(ctx, actAsk)
							}
						}),
					goapp.Button().Type("submit").Class("present__go").Text(t.Go.In(l)),
				)
		}),
		goapp.If(p.deck.Digits != "", func() goapp.UI {
			return goapp.P().Class("present__digits").Aria("hidden", "true").Text(p.deck.Digits)
		}),
		goapp.If(p.deck.Blank, func() goapp.UI {
			return goapp.Div().Class("present__blank").Title(t.Blank.In(l))
		}),
	)
}
