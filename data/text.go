package data

import (
	"strings"

	"github.com/be-us/partnership/data/locale"
)

// Text is one sentence or label in every language, keyed by language code.
type Text map[string]string

// In returns the text in a language, or in the default language if that one
// is missing (validation makes sure it never is), set in that language's
// typography (locale.Typeset): the files hold plain characters.
func (t Text) In(l locale.Lang) string {
	if s, ok := t[string(l)]; ok {
		return l.Typeset(s)
	}
	return locale.Default.Typeset(t[string(locale.Default)])
}

// text is a Text from its sentences in the order of locale.All; the facts
// compiled into app.wasm are written with it (Generate). It is not
// inlined: one call per text is what keeps app.wasm small.
//
//go:noinline
func text(in ...string) Text {
	t := make(Text, len(locale.All))
	for i, l := range locale.All {
		t[string(l)] = in[i]
	}
	return t
}

// Texts is every sentence of the page that is not tied to one fact.
type Texts struct {
	Site struct {
		Title Text `toml:"title"`
		// Publisher names who publishes the infographic, to the sites
		// that embed it (oEmbed's provider).
		Publisher   Text `toml:"publisher"`
		Lead        Text `toml:"lead"`
		Description Text `toml:"description"`
		Skip        Text `toml:"skip"`
		Language    Text `toml:"language"`
		Sources     Text `toml:"sources"`
		Loading     Text `toml:"loading"`
		// Switched is announced once the page has switched to its
		// language.
		Switched Text `toml:"switched"`
		// Dark and Light name the themes, on the button that switches
		// to each.
		Dark  Text `toml:"dark"`
		Light Text `toml:"light"`
	} `toml:"site"`
	Figures struct {
		Heading Text `toml:"heading"`
	} `toml:"figures"`
	Aid struct {
		Heading Text `toml:"heading"`
		Lead    Text `toml:"lead"`
		Details Text `toml:"details"`
	} `toml:"aid"`
	Purchases struct {
		Heading Text `toml:"heading"`
		Lead    Text `toml:"lead"`
		Unknown Text `toml:"unknown"`
	} `toml:"purchases"`
	History struct {
		Heading Text `toml:"heading"`
		Lead    Text `toml:"lead"`
	} `toml:"history"`
	Cooperation struct {
		Heading Text `toml:"heading"`
		Lead    Text `toml:"lead"`
	} `toml:"cooperation"`
	Footer struct {
		Sources  Text `toml:"sources"`
		Updated  Text `toml:"updated"`
		Rounding Text `toml:"rounding"`
		Source   Text `toml:"source"`
		// SourceMany heads a chart's source line when it names more than
		// one source.
		SourceMany Text `toml:"source_many"`
		// Accessibility links to the accessibility statement.
		Accessibility Text `toml:"accessibility"`
		// Handout links to the one-page handout, from the footer and the
		// presentation's last slide.
		Handout Text `toml:"handout"`
		// Kit links to the social-media kit.
		Kit Text `toml:"kit"`
		// Quotes heads what the source says of each figure; QuoteLink
		// leads there from a figure or a chart; Consulted introduces the
		// day the facts were checked against the source, as a preposition
		// that the date follows without a colon.
		Quotes    Text `toml:"quotes"`
		QuoteLink Text `toml:"quote_link"`
		// Back leads from a quote back to its key figure.
		Back      Text `toml:"back"`
		Consulted Text `toml:"consulted"`
		// Undated says that a source shows no date, before the day it was
		// consulted.
		Undated Text `toml:"undated"`
	} `toml:"footer"`
	Table struct {
		// Show and Hide are the data table's disclosure, closed and open.
		Show Text `toml:"show"`
		Hide Text `toml:"hide"`
	} `toml:"table"`
	NotFound struct {
		Title Text `toml:"title"`
		Text  Text `toml:"text"`
		Home  Text `toml:"home"`
	} `toml:"notfound"`
	// Embed are the words of the embedded pages and of the controls that
	// give their embed code.
	Embed struct {
		// Open links an embedded page to the full page; NewTab says,
		// to assistive technology, that it opens a new tab.
		Open   Text `toml:"open"`
		NewTab Text `toml:"new_tab"`
		// Heading heads the footer's embed codes; Page, Figures and
		// Chart name the controls that show one.
		Heading Text `toml:"heading"`
		Page    Text `toml:"page"`
		Figures Text `toml:"figures"`
		Chart   Text `toml:"chart"`
		// Help says what to do with the code, Code labels it.
		Help Text `toml:"help"`
		Code Text `toml:"code"`
		// Image labels a chart's second code, its picture linked to the
		// chart on the page, and ImageHelp says when to use it.
		Image     Text `toml:"image"`
		ImageHelp Text `toml:"image_help"`
		// Copy, Copied and Failed are the copy button and what it says
		// after a copy.
		Copy   Text `toml:"copy"`
		Copied Text `toml:"copied"`
		Failed Text `toml:"failed"`
	} `toml:"embed"`
	// Card are the words of the card a chart's mark opens: Close names
	// its close button; Link its direct link, Copy the button that
	// copies it, Copied and Failed what the button says after a copy;
	// Group names a group of icons in what screen readers hear of it.
	Card struct {
		Close  Text `toml:"close"`
		Link   Text `toml:"link"`
		Copy   Text `toml:"copy"`
		Copied Text `toml:"copied"`
		Failed Text `toml:"failed"`
		Group  Text `toml:"group"`
	} `toml:"card"`
	// Share are the words that share and cite a chart or a key figure:
	// Heading names a chart's box, Share the button that opens the
	// phone's share sheet, Cite the citation's heading and CopyCite the
	// button that copies it; Chart and Figure name what is cited in the
	// citation, Checked comes before the day the facts were checked.
	Share struct {
		Heading  Text `toml:"heading"`
		Share    Text `toml:"share"`
		Cite     Text `toml:"cite"`
		CopyCite Text `toml:"copy_cite"`
		Copied   Text `toml:"copied"`
		Chart    Text `toml:"chart"`
		Figure   Text `toml:"figure"`
		Checked  Text `toml:"checked"`
	} `toml:"share"`
	// Present are the words of the presentation mode.
	Present struct {
		// Title is the presentation's title, Closing its last slide's
		// heading and Scan what its code is for.
		Title   Text `toml:"title"`
		Closing Text `toml:"closing"`
		Scan    Text `toml:"scan"`
		// QR names the QR code, before the address it leads to.
		QR Text `toml:"qr"`
		// Slide and Of make "Slide 3 of 8".
		Slide Text `toml:"slide"`
		Of    Text `toml:"of"`
		// The controls.
		Previous   Text `toml:"previous"`
		Next       Text `toml:"next"`
		Play       Text `toml:"play"`
		Pause      Text `toml:"pause"`
		Fullscreen Text `toml:"fullscreen"`
		// Keys says how to drive the slides.
		Keys Text `toml:"keys"`
		// Overview names the overview of all slides, GoTo the box that
		// asks for a slide's number and Go its button, Blank the black
		// screen.
		Overview Text `toml:"overview"`
		GoTo     Text `toml:"go_to"`
		Go       Text `toml:"go"`
		Blank    Text `toml:"blank"`
		// Speaker names the speaker's window and the button that opens
		// it; Current and Upcoming its two slides, Notes its notes and
		// NotesIn the choice of their language; Elapsed the time since
		// the start, Reset the button that sets it back, Clock the time
		// of day; Print the link to the slides as a PDF; End what shows
		// after the last slide.
		Speaker  Text `toml:"speaker"`
		Current  Text `toml:"current"`
		Upcoming Text `toml:"upcoming"`
		Notes    Text `toml:"notes"`
		NotesIn  Text `toml:"notes_in"`
		Elapsed  Text `toml:"elapsed"`
		Reset    Text `toml:"reset"`
		Clock    Text `toml:"clock"`
		Print    Text `toml:"print"`
		// PrintHint says, under the slides one under the other, that
		// printing the page gives the slides as a PDF.
		PrintHint Text `toml:"print_hint"`
		End       Text `toml:"end"`
	} `toml:"present"`
	// Slide are the words that only the presentation's slides show.
	Slide struct {
		// Takeaway is the one line under each slide's title, by the
		// slide's id: what the room takes away from it.
		Takeaway map[string]Text `toml:"takeaway"`
		// Statement is what the cooperation slide says of each area,
		// by the area's id, in place of the area's text and points.
		Statement map[string]Text `toml:"statement"`
	} `toml:"slide"`
	// Download are the words of the data downloads: the links to them
	// and the header row of their CSV files.
	Download struct {
		// Chart links a chart's data table to its file, All the footer
		// to the file of all the data.
		Chart Text `toml:"chart"`
		All   Text `toml:"all"`
		// SVG and PNG name the links to a chart's picture in each
		// format, whose words are the format alone.
		SVG Text `toml:"svg"`
		PNG Text `toml:"png"`
		// Column heads each column of the files, which only the server
		// writes: app.wasm goes without these texts.
		Column struct {
			Kind          Text `toml:"kind"`
			ID            Text `toml:"id"`
			Label         Text `toml:"label"`
			Value         Text `toml:"value"`
			Unit          Text `toml:"unit"`
			Qualifier     Text `toml:"qualifier"`
			QualifierCode Text `toml:"qualifier_code"`
			Period        Text `toml:"period"`
			From          Text `toml:"from"`
			To            Text `toml:"to"`
			Text          Text `toml:"text"`
			Source        Text `toml:"source"`
			DateSource    Text `toml:"date_source"`
		} `toml:"column" builtin:"-"`
	} `toml:"download"`
	// Statement is the accessibility statement, after the EU's model:
	// its title, the conformance status, the known limits, how it was
	// prepared, how to give feedback, and where to turn then: Contact names
	// the link to the address set for feedback; without one, NoContact
	// leads to EmbassySite. Enforcement leads to the Ombudsman's site.
	// The server alone writes the statement: app.wasm goes without it.
	Statement struct {
		Title              Text `toml:"title"`
		Intro              Text `toml:"intro"`
		StatusHeading      Text `toml:"status_heading"`
		Status             Text `toml:"status"`
		LimitsHeading      Text `toml:"limits_heading"`
		LimitReaders       Text `toml:"limit_readers"`
		LimitCharts        Text `toml:"limit_charts"`
		LimitSource        Text `toml:"limit_source"`
		PreparationHeading Text `toml:"preparation_heading"`
		Preparation        Text `toml:"preparation"`
		FeedbackHeading    Text `toml:"feedback_heading"`
		Feedback           Text `toml:"feedback"`
		Contact            Text `toml:"contact"`
		NoContact          Text `toml:"no_contact"`
		EmbassySite        Text `toml:"embassy_site"`
		EnforcementHeading Text `toml:"enforcement_heading"`
		Enforcement        Text `toml:"enforcement"`
		Ombudsman          Text `toml:"ombudsman"`
	} `toml:"statement" builtin:"-"`
	// Handout is the one-page handout to print: its title, and what the
	// screen says above the sheet. The server alone writes it: app.wasm
	// goes without it.
	Handout struct {
		Title Text `toml:"title"`
		Print Text `toml:"print"`
	} `toml:"handout" builtin:"-"`
	// Kit are the words of the social-media kit: its title and what it
	// offers, the link to its ZIP file, the name of the picture of the
	// whole infographic, the labels of each picture's caption and alt
	// text and of the buttons that copy them, and the names of the
	// pictures' three sizes. The server alone writes the kit: app.wasm
	// goes without these texts.
	Kit struct {
		Title       Text `toml:"title"`
		Intro       Text `toml:"intro"`
		Download    Text `toml:"download"`
		Whole       Text `toml:"whole"`
		Caption     Text `toml:"caption"`
		Alt         Text `toml:"alt"`
		CopyCaption Text `toml:"copy_caption"`
		CopyAlt     Text `toml:"copy_alt"`
		Square      Text `toml:"square"`
		Portrait    Text `toml:"portrait"`
		Landscape   Text `toml:"landscape"`
	} `toml:"kit" builtin:"-"`
	Chart map[string]ChartTexts `toml:"chart"`
	// Notes are the speaker's notes of each slide of the presentation,
	// by slide id: a few sentences to say, shown in the presenter's
	// window only.
	Notes map[string]Text `toml:"notes"`
}

// ChartTexts are the words around one chart.
type ChartTexts struct {
	// Title states the chart's finding.
	Title Text `toml:"title"`
	// Description is read by screen readers in place of the drawing.
	Description Text `toml:"description"`
	// Label and Value head the data table's two columns.
	Label Text `toml:"label"`
	Value Text `toml:"value"`
	// Note explains a drawing convention on the chart itself.
	Note Text `toml:"note" optional:"true"`
	// Key is a pictogram's key ("1 icon = 1 vehicle").
	Key Text `toml:"key" optional:"true"`
	// Known is what a screen reader hears in place of the marker of a
	// well-known date, one that the source does not give.
	Known Text `toml:"known" optional:"true"`
}

// Spaces are the spaces a text may hold besides the ordinary one: the
// no-break, narrow no-break, thin and figure spaces. go-app cannot write
// them in an attribute as they are; app.AttrText takes care of it.
var Spaces = []rune{'\u00a0', '\u202f', '\u2009', '\u2007'}

// Need is what one chart of the page needs of the data: a [chart.<id>]
// block of texts, and the figures it draws. Validation checks the needs it
// is given (the chart registry's), so that data a chart cannot use fails
// with its file and line instead of failing when the page is built.
type Need struct {
	Chart   string
	Figures []string
}

// Expand writes a text in a language with every {figure} placeholder
// replaced by the figure, formatted for that language: {id} in the long
// form, {id|short} in the short one. A placeholder that names no figure
// stays as it is (validation reports it). It reads the text once, without
// a regular expression: app.wasm expands every text of the page as it
// mounts.
func (f *Facts) Expand(t Text, l locale.Lang) string { return f.expand(t, l, false) }

// Spoken is Expand for a screen reader: every figure in full ("more than
// $1.1 billion a year"), the short forms' abbreviations spelled out.
func (f *Facts) Spoken(t Text, l locale.Lang) string { return f.expand(t, l, true) }

func (f *Facts) expand(t Text, l locale.Lang, spoken bool) string {
	s := t.In(l)
	if !strings.Contains(s, "{") {
		return s
	}
	var b strings.Builder
	for {
		open := strings.IndexByte(s, '{')
		if open < 0 {
			break
		}
		end := strings.IndexAny(s[open+1:], "{}")
		if end < 0 || s[open+1+end] != '}' {
			b.WriteString(s[:open+1])
			s = s[open+1:]
			continue
		}
		inner := s[open+1 : open+1+end]
		id, form, hasForm := strings.Cut(inner, "|")
		b.WriteString(s[:open])
		if fig := f.Figure(id); fig != nil && (!hasForm || form == "short") {
			if hasForm && !spoken {
				b.WriteString(fig.Format(l, locale.Short))
			} else {
				b.WriteString(fig.Format(l, locale.Long))
			}
		} else {
			b.WriteString("{" + inner + "}")
		}
		s = s[open+1+end+1:]
	}
	b.WriteString(s)
	return b.String()
}
