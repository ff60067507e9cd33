package app

import (
	"fmt"
	"time"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data/locale"
)

// Clock shows, in the speaker's window, the time since Since and the
// time of day, each second.
type Clock struct {
	goapp.Compo

	Since time.Time
	// Elapsed and Time name the two.
	Elapsed, Time string
	Lang          locale.Lang

	now     time.Time
	running bool
}

// OnMount starts the second's tick.
func (c *Clock) OnMount(ctx goapp.Context) {
	c.running = true
	c.tick(ctx)
}

// OnDismount stops it.
func (c *Clock) OnDismount() { c.running = false }

func (c *Clock) tick(ctx goapp.Context) {
	c.now = time.Now()
	ctx.After(time.Second-time.Duration(c.now.Nanosecond()), func(ctx goapp.Context) {
		if c.running {
			c.tick(ctx)
		}
	})
}

// Render writes the two times.
func (c *Clock) Render() goapp.UI {
	now := c.now
	if now.IsZero() {
		now = time.Now()
	}
	since := c.Since
	if since.IsZero() || since.After(now) {
		since = now
	}
	return goapp.Dl().Class("clock").Body(
		goapp.Div().Body(goapp.Dt().Text(c.Elapsed), goapp.Dd().Class("clock__elapsed").Text(elapsed(now.Sub(since)))),
		goapp.Div().Body(goapp.Dt().Text(c.Time), goapp.Dd().Class("clock__time").Text(now.Format("15:04"))),
	)
}

// elapsed writes a duration as minutes and seconds, with hours past the
// first: "07:05", "1:02:03".
func elapsed(d time.Duration) string {
	s := int(d.Round(time.Second) / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%02d:%02d", s/60, s%60)
}
