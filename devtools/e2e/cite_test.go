//go:build e2e

package e2e

import (
	"strings"
	"testing"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/be-us/partnership/data/locale"
)

// grantClipboard lets the tab's pages read and write the clipboard.
func grantClipboard(t *testing.T, tb *tab) {
	t.Helper()
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		err := call(tb.ctx, cdpbrowser.SetPermission, cdpbrowser.SetPermissionParams{
			Permission:       &cdpbrowser.PermissionDescriptor{Name: name},
			Setting:          cdpbrowser.PermissionSettingGranted,
			Origin:           siteURL,
			BrowserContextID: chromedp.FromContext(tb.ctx).BrowserContextID,
		})
		if err != nil {
			t.Fatalf("granting %s: %v", name, err)
		}
	}
}

// clipboard is what the clipboard holds.
func clipboard(t *testing.T, tb *tab) string {
	t.Helper()
	got, err := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`navigator.clipboard.readText()`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("reading the clipboard: %v", err)
	}
	return got
}

// stubShare gives every page of the tab, before its scripts run, a share
// sheet that keeps what it is given, as JSON in window.shared.
func stubShare(t *testing.T, tb *tab) {
	t.Helper()
	js := `navigator.share = (d) => { window.shared = JSON.stringify(d); return Promise.resolve(); };`
	if err := call(tb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: js}); err != nil {
		t.Fatal(err)
	}
}

// TestShareAndCite takes, on a phone, a chart's direct link and citation
// from its "Share or cite" box and a key figure's from its card: each
// copy reaches the clipboard, the share sheet gets the title, the text
// with the qualifier and the address, and the citation names the
// publisher, the page, the figure, the day the facts were checked and
// the address.
func TestShareAndCite(t *testing.T) {
	l := locale.EN
	tb := newTab(t, phone, false)
	grantClipboard(t, tb)
	stubShare(t, tb)
	tb.navigate(t, "/en")

	const box = `document.querySelector('details[data-share-box="chart-aid-channels"]')`
	tb.eval(t, box+`.scrollIntoView(); `+box+`.querySelector('summary').click(); ''`)
	tb.poll(t, "the share box did not open", box+`.open`)
	link := siteURL + "/en#chart-aid-channels"
	tb.expect(t, []check{
		{"the direct link", box + `.querySelector('input').value`, link},
		{"the share button", `String(` + box + `.querySelector('button[data-share]').hidden)`, "false"},
	})
	tb.eval(t, box+`.querySelector('button[data-copy$="-link"]').click(); ''`)
	tb.poll(t, "the link's copy was not confirmed", box+`.querySelector('.embedcode__status').textContent !== ''`)
	if got := clipboard(t, tb); got != link {
		t.Errorf("copied %q, want the chart's link %q", got, link)
	}
	cite := tb.eval(t, box+`.querySelector('textarea').value`)
	title := facts.Spoken(facts.Texts.Chart["aid-channels"].Title, l)
	for _, want := range []string{
		facts.Texts.Site.Publisher.In(l) + ", ", "“" + facts.Texts.Site.Title.In(l) + "”",
		facts.Texts.Share.Chart.In(l) + " “" + title + "”", l.Date(facts.Updated), ", " + link,
	} {
		if !strings.Contains(cite, want) {
			t.Errorf("the chart's citation lacks %q: %s", want, cite)
		}
	}
	tb.eval(t, box+`.querySelector('button[data-copy$="-cite"]').click(); ''`)
	tb.poll(t, "the citation's copy was not confirmed", box+`.querySelector('button[data-copy$="-cite"]').parentElement.querySelector('.embedcode__status').textContent !== ''`)
	if got := clipboard(t, tb); got != cite {
		t.Errorf("copied %q, want the citation %q", got, cite)
	}
	tb.eval(t, box+`.querySelector('button[data-share]').click(); ''`)
	tb.poll(t, "the share sheet was not opened", `!!window.shared`)
	tb.expect(t, []check{
		{"what the chart's share sheet got", `(s => s.title + ' | ' + s.url)(JSON.parse(window.shared))`, title + " | " + link},
	})

	// A key figure's card, opened by its address.
	fig := facts.Figure("aid.direct")
	tb.navigate(t, "/en#aid.direct")
	const card = `document.querySelector('.chart-card:popover-open')`
	tb.poll(t, "the figure's card did not open", `!!`+card)
	tb.eval(t, card+`.querySelector('button[data-share]').click(); ''`)
	tb.poll(t, "the card's share sheet was not opened", `!!window.shared`)
	shared := tb.eval(t, `(s => s.title + ' | ' + s.text + ' | ' + s.url)(JSON.parse(window.shared))`)
	if want := fig.Label.In(l) + " | " + l.Colon(fig.Label.In(l)) + " " + fig.Format(l, locale.Long) + " | " + siteURL + "/en#aid.direct"; shared != want {
		t.Errorf("the card's share sheet got %q, want %q", shared, want)
	}
	if q := l.QualifierWord(fig.Qualifier); q != "" && !strings.Contains(shared, q) {
		t.Errorf("the shared text %q lacks the qualifier %q", shared, q)
	}
	tb.eval(t, card+`.querySelector('.chart-card__cite summary').click(); ''`)
	tb.poll(t, "the card's citation did not open", card+`.querySelector('.chart-card__cite').open`)
	tb.eval(t, card+`.querySelector('.chart-card__cite button[data-copy]').click(); ''`)
	tb.poll(t, "the card's citation's copy was not confirmed", card+`.querySelector('.chart-card__cite .embedcode__status').textContent !== ''`)
	got := clipboard(t, tb)
	if want := facts.Texts.Share.Figure.In(l) + " “" + fig.Label.In(l) + "”"; !strings.Contains(got, want) || !strings.HasSuffix(got, ", "+siteURL+"/en#aid.direct") {
		t.Errorf("the card's citation %q lacks %q or the figure's address", got, want)
	}
	tb.noErrors(t)
}

// TestKitCopy copies, from the social-media kit, a picture's caption and
// its alt text: each reaches the clipboard as the page shows it, and its
// preview picture is the kit's square one.
func TestKitCopy(t *testing.T) {
	tb := newTab(t, desktop, false)
	grantClipboard(t, tb)
	tb.navigate(t, "/en/kit")
	for _, field := range []string{"caption", "alt"} {
		id := "kit-aid-direct-" + field
		button := `document.querySelector('button[data-copy="` + id + `"]')`
		tb.poll(t, "the "+field+"'s copy button is not shown", `!!`+button+` && !`+button+`.hidden`)
		tb.eval(t, button+`.click(); ''`)
		tb.poll(t, "the "+field+"'s copy was not confirmed", button+`.parentElement.querySelector('[role=status]').textContent !== ''`)
		want := tb.eval(t, `document.getElementById('`+id+`').value`)
		if got := clipboard(t, tb); got != want || got == "" {
			t.Errorf("copied %q, want the %s %q", got, field, want)
		}
	}
	if q := facts.Figure("aid.direct").Format(locale.EN, locale.Long); !strings.Contains(tb.eval(t, `document.getElementById('kit-aid-direct-caption').value`), q) {
		t.Errorf("the caption lacks the figure with its qualifier, %q", q)
	}
	tb.noErrors(t)
}
