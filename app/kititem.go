//go:build !wasm

package app

import (
	"strconv"
	"strings"

	"github.com/be-us/partnership/app/chart"
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// KitSize is the size of a picture of the social-media kit, in pixels.
type KitSize struct {
	Width, Height int
}

// String is the size as file names write it: "1080x1350".
func (s KitSize) String() string { return strconv.Itoa(s.Width) + "x" + strconv.Itoa(s.Height) }

// KitSizes are the sizes each picture of the kit comes in: square
// (Instagram, LinkedIn), portrait, and landscape (X).
var KitSizes = []KitSize{{1080, 1080}, {1080, 1350}, {1200, 675}}

// KitWhole names the kit's picture of the whole infographic.
const KitWhole = "infographic"

// KitItem is one picture of the kit, which comes in every size of
// KitSizes: a key figure, a chart, or the whole infographic.
type KitItem struct {
	// Name names the item's files: the key figure's id with a hyphen
	// for its dot ("aid-direct"), the chart's id after "chart-" (a chart
	// may share a key figure's name: "aid-programme"), or KitWhole.
	Name string
	// Figure is the key figure's id, Chart the chart's; both are "" for
	// the whole infographic.
	Figure, Chart string
	// Title names the item: the figure's label, the chart's title, the
	// site's title.
	Title string
	// Sources are the ids of the sources of what the picture shows.
	Sources []string
	// Link is the item's place on the page, at the public address; ""
	// when the public address is not known.
	Link string
	// Caption is the text to post with the picture: what it shows, with
	// the source's qualifier, its source and date, and Link.
	Caption string
	// Alt describes the picture to those who do not see it.
	Alt string
}

// KitItems are the kit's pictures in a language, in the page's order:
// the key figures, the charts of the registry, and the whole infographic.
// A key figure missing from the facts is left out.
func KitItems(f *data.Facts, s Site, l locale.Lang) []KitItem {
	link := func(anchor string) string {
		if s.PublicURL == "" {
			return ""
		}
		return s.PublicURL + s.Home(l) + anchor
	}
	var items []KitItem
	for _, id := range f.KeyFigures {
		fig := f.Figure(id)
		if fig == nil {
			continue
		}
		said := l.Colon(fig.Label.In(l)) + " " + fig.Format(l, locale.Long)
		if fig.Period.Kind != data.Total {
			said += " (" + l.YearSpan(fig.Period.From, fig.Period.To) + ")"
		}
		it := KitItem{Name: strings.ReplaceAll(id, ".", "-"), Figure: id, Title: fig.Label.In(l), Sources: []string{fig.Source}, Link: link("#" + id)}
		it.Caption = kitCaption(f, l, said, it.Sources, it.Link)
		it.Alt = sentence(said) + " " + kitSourced(f, l, it.Sources)
		items = append(items, it)
	}
	for _, spec := range chart.All {
		texts := f.Texts.Chart[spec.ID]
		title := f.Expand(texts.Title, l)
		it := KitItem{Name: "chart-" + spec.ID, Chart: spec.ID, Title: title, Sources: chart.Sources(spec, f), Link: link("#" + chartAnchor(spec.ID))}
		it.Caption = kitCaption(f, l, title, it.Sources, it.Link)
		it.Alt = sentence(title) + " " + sentence(f.Expand(texts.Description, l)) + " " + kitSourced(f, l, it.Sources)
		items = append(items, it)
	}
	whole := KitItem{Name: KitWhole, Title: f.Texts.Site.Title.In(l), Link: link("")}
	alt := []string{sentence(whole.Title)}
	for _, id := range f.KeyFigures {
		if fig := f.Figure(id); fig != nil {
			alt = append(alt, sentence(l.Colon(fig.Label.In(l))+" "+fig.Format(l, locale.Long)))
			if !strings.Contains(strings.Join(whole.Sources, " "), fig.Source) {
				whole.Sources = append(whole.Sources, fig.Source)
			}
		}
	}
	whole.Caption = kitCaption(f, l, whole.Title, whole.Sources, whole.Link)
	alt = append(alt, kitSourced(f, l, whole.Sources))
	if whole.Link != "" {
		alt = append(alt, whole.Link)
	}
	whole.Alt = strings.Join(alt, " ")
	return append(items, whole)
}

// kitCaption is a picture's caption: what it says, its sources and the
// day they were checked, and the link to it. Where that runs over X's
// limit, it goes without the day, then names each source by what its
// name says before its first comma: its publisher ("Embassy of Belgium in
// the United States"), which the picture names in full.
func kitCaption(f *data.Facts, l locale.Lang, said string, sources []string, link string) string {
	if link != "" {
		link = " " + link
	}
	var short []string
	for _, id := range sources {
		if src := f.Source(id); src != nil {
			name, _, _ := strings.Cut(src.Name.In(l), ", ")
			short = append(short, name)
		}
	}
	label := f.Texts.Footer.Source
	if len(short) > 1 {
		label = f.Texts.Footer.SourceMany
	}
	forms := []string{
		kitSourced(f, l, sources),
		sentence(SourcesLine(f, sources, l)),
		sentence(l.Colon(label.In(l)) + " " + l.Typeset(l.List(short))),
	}
	for _, form := range forms {
		if c := sentence(said) + " " + form + link; XLength(c) < xLimit {
			return c
		}
	}
	return sentence(said) + " " + forms[len(forms)-1] + link
}

// xLimit is the length a post on X stays under.
const xLimit = 280

// kitSourced is the sources' line and the day the facts were checked
// against them, as a figure's card says it: "Source: … · Checked on
// November 27, 2026."
func kitSourced(f *data.Facts, l locale.Lang, sources []string) string {
	return SourcesLine(f, sources, l) + " · " + f.Texts.Footer.Consulted.In(l) + " " + l.Date(f.Updated) + "."
}

// sentence ends s with a period, unless it ends with a mark of its own.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".!?…") {
		return s
	}
	return s + "."
}

// KitPicturePath is the path of a picture of the kit in a language and
// size: "/kit/fr/aid-direct-1080x1080.png".
func KitPicturePath(l locale.Lang, name string, size KitSize) string {
	return "/kit/" + string(l) + "/" + name + "-" + size.String() + ".png"
}

// KitFileName is the name a picture of the kit is saved under, in the
// ZIP file too: it says what the picture shows, its size and its
// language, "belgium-us-aid-direct-1080x1080-fr.png".
func KitFileName(l locale.Lang, name string, size KitSize) string {
	return "belgium-us-" + name + "-" + size.String() + "-" + string(l) + ".png"
}

// KitZipPath is the path of the ZIP file of a language's kit.
func KitZipPath(l locale.Lang) string { return "/kit/" + string(l) + ".zip" }

// KitZipName is the name the ZIP file of a language's kit is saved under.
func KitZipName(l locale.Lang) string { return "belgium-us-kit-" + string(l) + ".zip" }

// TweetURLLength is what X counts for any address in a post: it shortens
// every one to an address of that many characters.
const TweetURLLength = 23

// XLength is the length of a post as X counts it against its limit of
// 280: each address (a word that starts with http:// or https://) as
// TweetURLLength, each character of the ranges X weighs light (Latin and
// most other alphabets, general punctuation) as one, any other (an
// ideograph, an emoji, U+202F, U+2060) as two.
func XLength(s string) int {
	n := 0
	for _, word := range strings.SplitAfter(s, " ") {
		trimmed := strings.TrimRight(word, " ")
		if strings.HasPrefix(trimmed, "https://") || strings.HasPrefix(trimmed, "http://") {
			n += TweetURLLength + len(word) - len(trimmed)
			continue
		}
		for _, r := range word {
			n += xWeight(r)
		}
	}
	return n
}

// xWeight is the weight X gives a character: one in the ranges of its
// configuration version 3, two elsewhere.
func xWeight(r rune) int {
	if r <= 4351 || r >= 8192 && r <= 8205 || r >= 8208 && r <= 8223 || r >= 8242 && r <= 8247 {
		return 1
	}
	return 2
}
