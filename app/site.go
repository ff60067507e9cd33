package app

import (
	"strings"

	"github.com/be-us/partnership/data/locale"
)

// Site is how the site is served, which some of its pages say: every
// page's component gets it as a value, from the server's settings or, in
// the browser, from the page the server wrote (SiteOfPage).
type Site struct {
	// PublicURL is the site's public address, without a trailing slash
	// ("https://example.org"), or "" when it is not known: the embed codes
	// name it, and the presentation's QR code leads there.
	PublicURL string
	// Prefix is the path the site is served under, without a trailing
	// slash ("/infographic"), or "" at the root of its origin.
	Prefix string
	// Contact is where readers write about accessibility ("mailto:…" or
	// "https://…"), or "": the accessibility statement names it.
	Contact string
	// Picture tells, on the server, the size and the description of a
	// chart's picture in a language (DataPath with PNG), which the
	// chart's image code names; nil in the browser, where no embed code
	// is written.
	Picture func(l locale.Lang, id string) (Picture, bool)
}

// Picture is a chart's picture as the server draws it.
type Picture struct {
	// Width and Height are its size in pixels.
	Width, Height int
	// Alt describes it in full, for those who do not see it.
	Alt string
}

// NewSite is the site served at publicURL under prefix, with the given
// contact, each with or without its trailing slash.
func NewSite(publicURL, prefix, contact string) Site {
	return Site{PublicURL: strings.TrimSuffix(publicURL, "/"), Prefix: strings.TrimSuffix(prefix, "/"), Contact: contact}
}

// Link is the address a link carries to a path of the page table (or to
// any path the site serves): the path under the site's prefix.
func (s Site) Link(path string) string { return s.Prefix + path }

// Home is the infographic's address in a language.
func (s Site) Home(l locale.Lang) string { return s.Link(RootRoute().Path(l)) }
