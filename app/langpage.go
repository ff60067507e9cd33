package app

import (
	"strings"

	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// langPage is what every page of the site shares: the facts, and a
// language taken from the path, which also sets the document's language,
// title and description. A page embeds it and gives it its title.
type langPage struct {
	goapp.Compo

	Facts *data.Facts
	// Site is how the site is served.
	Site Site
	lang locale.Lang
	// title is the page's title in a language.
	title func(l locale.Lang) string
}

// OnInit gives the page its language before its first rendering: in the
// browser the address's, so that nothing is mounted twice.
func (p *langPage) OnInit() {
	if goapp.IsClient {
		p.lang = langOf(p.Site, goapp.Window().URL().Path)
	}
}

// OnPreRender runs on the server: the language of the path being
// prerendered.
func (p *langPage) OnPreRender(ctx goapp.Context) { p.setLang(ctx) }

// OnNav runs in the browser on every navigation, the language switch
// included. After a switch, once the page is in its new language, the
// focus goes to its main heading and the switch is announced.
func (p *langPage) OnNav(ctx goapp.Context) {
	before := p.lang
	p.setLang(ctx)
	if before == "" || before == p.lang {
		return
	}
	said := p.Facts.Texts.Site.Switched.In(p.lang)
	ctx.Defer(func(goapp.Context) { announceSwitch(said) })
}

// Title is the page's title in a language.
func (p *langPage) Title(l locale.Lang) string { return p.title(l) }

// Lang is the page's language; the default until one is set.
func (p *langPage) Lang() locale.Lang {
	if p.lang == "" {
		return locale.Default
	}
	return p.lang
}

func (p *langPage) setLang(ctx goapp.Context) {
	p.lang = langOf(p.Site, ctx.Page().URL().Path)
	l := p.lang
	ctx.Page().SetLang(string(l))
	// The page shell writes the head on the server; in the browser, the
	// head follows a language switch.
	if p.title != nil {
		ctx.Page().SetTitle("%s", p.title(l))
	}
	ctx.Page().SetDescription("%s", p.Facts.Texts.Site.Description.In(l))
	ctx.Page().SetLoadingLabel("%s…", p.Facts.Texts.Site.Loading.In(l))
}

// langOf is the language of a path ("/nl", "/nl/…", under the site's
// prefix), else, in the browser, the one the server wrote in <html lang>,
// else the default.
func langOf(s Site, path string) locale.Lang {
	if l, ok := LangOfPath(strings.TrimPrefix(path, s.Prefix)); ok {
		return l
	}
	if goapp.IsClient {
		if l, ok := locale.Parse(goapp.Window().Get("document").Get("documentElement").Get("lang").String()); ok {
			return l
		}
	}
	return locale.Default
}

// markMounted leaves the MountedMark performance mark, for the browser's
// own timings, the tests and the benchmarks.
func markMounted() {
	if perf := goapp.Window().Get("performance"); perf.Truthy() {
		perf.Call("mark", MountedMark)
	}
}
