package app

import (
	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// ThemeToggleAttr marks the buttons that switch between the light and
// the dark theme; the page's script (web/js/controls.js) handles
// them, and keeps the choice in the browser.
const ThemeToggleAttr = "data-theme-toggle"

// The icons of the two themes: a moon for the dark, a sun for the light.
var (
	moon = icon{"0 0 24 24", "M12.4 2.1a9.9 9.9 0 1 0 9.5 12.7A8 8 0 0 1 12.4 2.1Z"}
	sun  = icon{"0 0 24 24", "M12 7a5 5 0 1 0 0 10a5 5 0 0 0 0-10ZM11 1h2v3h-2Zm0 19h2v3h-2ZM1 11h3v2H1Zm19 0h3v2h-3ZM4.2 5.6l1.4-1.4l2.1 2.1l-1.4 1.4Zm12.1 12.1l1.4-1.4l2.1 2.1l-1.4 1.4ZM4.2 18.4l2.1-2.1l1.4 1.4l-2.1 2.1ZM16.3 6.3l2.1-2.1l1.4 1.4l-2.1 2.1Z"}
)

// themeToggle writes the button that switches the theme, with the given
// class. It holds both themes' names; the stylesheet shows the one it
// switches to, so that its name is always what it does, with or without
// app.wasm. Without script it is not shown: the theme is the system's.
func themeToggle(m *markup, f *data.Facts, l locale.Lang, class string) {
	t := f.Texts.Site
	m.open("button", "type", "button", "class", "themetoggle "+class, ThemeToggleAttr, "true")
	m.open("span", "class", "themetoggle__dark").raw(moon.svg("themetoggle__icon")).elem("span", t.Dark.In(l), "class", "visually-hidden").close("span")
	m.open("span", "class", "themetoggle__light").raw(sun.svg("themetoggle__icon")).elem("span", t.Light.In(l), "class", "visually-hidden").close("span")
	m.close("button")
}
