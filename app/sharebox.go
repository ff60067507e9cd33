package app

import (
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// The attributes of the share buttons, which the page's scripts show
// where the browser has a share sheet and run.
const (
	// ShareAttr on a button is the address it shares, or its path; the
	// button opens the phone's share sheet.
	ShareAttr = "data-share"
	// ShareTitleAttr and ShareTextAttr are the title and the text that
	// go with the address.
	ShareTitleAttr = "data-share-title"
	ShareTextAttr  = "data-share-text"
)

// citation is the ready citation of a chart or a key figure, in a
// language: the publisher, the page's title, what is cited (kind, a text
// of f.Texts.Share, and its name), the day the facts were checked, and
// its address.
func citation(f *data.Facts, l locale.Lang, kind data.Text, name, address string) string {
	return f.Texts.Site.Publisher.In(l) + ", " + l.Quote(f.Texts.Site.Title.In(l)) + ", " +
		kind.In(l) + " " + l.Quote(name) + ", " + f.Texts.Share.Checked.In(l) + " " + l.Date(f.Updated) + ", " + address
}

// shared is what a share box or a card gives a reader to pass on: the
// address of a chart or a figure on the page, and the title and text a
// share sheet sends with it.
type shared struct {
	// key names the box's fields: "aid-channels", "aid.direct".
	key string
	// address is the public address where the site knows it, else a
	// path that the page's script completes.
	address string
	// title and text go with the address to a share sheet; cite is the
	// citation.
	title, text, cite string
}

// sharedOf gathers what is shared of the thing at anchor on the page of
// language l, named name: a chart (kind Share.Chart) or a figure
// (Share.Figure), with text sent along by a share sheet.
func sharedOf(f *data.Facts, l locale.Lang, s Site, kind data.Text, anchor, name, text string) shared {
	address := s.PublicURL + s.Home(l) + "#" + anchor
	return shared{
		key:     anchor,
		address: address,
		title:   name,
		text:    text,
		cite:    citation(f, l, kind, name, address),
	}
}

// shareBox writes a chart's "Share or cite" disclosure, beside its embed
// code: its direct link and the citation, each in a field to select and
// with a copy button, and a share button where the browser has a share
// sheet. The page's script shows the buttons and completes addresses
// that are paths, as for the embed codes.
func shareBox(m *markup, f *data.Facts, l locale.Lang, s Site, sh shared) {
	t := f.Texts
	origin := ""
	if s.PublicURL == "" {
		origin = "page"
	}
	linkID, citeID := "share-"+sh.key+"-link", "share-"+sh.key+"-cite"
	m.open("details", "class", EmbedCodeClass+" sharebox", "data-share-box", sh.key)
	m.open("summary").raw(shareIcon).elem("span", t.Share.Heading.In(l)).close("summary")
	m.open("div", "class", "embedcode__body")
	m.elem("label", t.Card.Link.In(l), "class", "embedcode__label", "for", linkID)
	m.open("input", "id", linkID, "class", "embedcode__code sharebox__link", "type", "url", "readonly", "readonly",
		"value", sh.address, "spellcheck", "false", OriginAttr, origin)
	m.open("div", "class", "embedcode__actions")
	m.elem("button", t.Card.Copy.In(l), "type", "button", "class", "button embedcode__copy", "hidden", "hidden", CopyAttr, linkID)
	shareButton(m, f, l, sh, "button sharebox__share")
	m.elem("p", "", "class", StatusClass, "role", "status", CopiedAttr, t.Card.Copied.In(l), FailedAttr, t.Card.Failed.In(l))
	m.close("div")
	citeField(m, f, l, citeID, sh.cite, origin)
	m.close("div").close("details")
}

// shareButton writes the button that opens the share sheet, hidden until
// the page's script finds one.
func shareButton(m *markup, f *data.Facts, l locale.Lang, sh shared, class string) {
	m.elem("button", f.Texts.Share.Share.In(l), "type", "button", "class", class, "hidden", "hidden",
		ShareAttr, sh.address, ShareTitleAttr, sh.title, ShareTextAttr, sh.text)
}

// citeField writes a citation in a field to select, under its heading,
// with the button that copies it.
func citeField(m *markup, f *data.Facts, l locale.Lang, id, cite, origin string) {
	t := f.Texts.Share
	m.elem("label", t.Cite.In(l), "class", "embedcode__label", "for", id)
	m.elem("textarea", cite, "id", id, "class", "embedcode__code sharebox__cite", "readonly", "readonly", "rows", "3",
		"spellcheck", "false", OriginAttr, origin)
	copyActions(m, t.CopyCite.In(l), id, t.Copied.In(l), f.Texts.Card.Failed.In(l))
}

// shareIcon is the mark of the share controls: three linked dots.
const shareIcon = `<svg class="embedcode__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M18 16.1c-.8 0-1.5.3-2 .8l-7.1-4.2c.1-.2.1-.5.1-.7s0-.5-.1-.7L16 7.2c.5.5 1.2.8 2 .8 1.7 0 3-1.3 3-3s-1.3-3-3-3-3 1.3-3 3c0 .2 0 .5.1.7L8 9.8C7.5 9.3 6.8 9 6 9c-1.7 0-3 1.3-3 3s1.3 3 3 3c.8 0 1.5-.3 2-.8l7.1 4.2c-.1.2-.1.4-.1.6 0 1.6 1.3 2.9 2.9 2.9s2.9-1.3 2.9-2.9-1.2-2.9-2.8-2.9z"/></svg>`
