package app

import (
	"html"
	"slices"
	"strings"
)

// markup writes HTML for a component that holds no state and handles no
// event, which then mounts as one goapp.Raw element. go-app creates each
// element of a component with calls into the browser, which in app.wasm
// cost a good part of a millisecond an element; a table, a list or the
// footer written as markup mounts with one call. Text and attribute values
// are HTML-escaped.
type markup struct {
	b strings.Builder
}

// open writes a start tag with its attributes, given as name, value pairs,
// in the order of their names, as the server writes every tag; an
// attribute with an empty value is left out.
func (m *markup) open(tag string, attrs ...string) *markup {
	pairs := make([][2]string, 0, len(attrs)/2)
	for i := 0; i+1 < len(attrs); i += 2 {
		if attrs[i+1] != "" {
			pairs = append(pairs, [2]string{attrs[i], attrs[i+1]})
		}
	}
	slices.SortStableFunc(pairs, func(a, b [2]string) int { return strings.Compare(a[0], b[0]) })
	m.b.WriteString("<" + tag)
	for _, p := range pairs {
		m.b.WriteString(" " + p[0] + `="` + html.EscapeString(p[1]) + `"`)
	}
	m.b.WriteString(">")
	return m
}

// close writes an end tag.
func (m *markup) close(tag string) *markup {
	m.b.WriteString("</" + tag + ">")
	return m
}

// text writes escaped text.
func (m *markup) text(s string) *markup {
	m.b.WriteString(html.EscapeString(s))
	return m
}

// elem writes an element holding only text.
func (m *markup) elem(tag, text string, attrs ...string) *markup {
	return m.open(tag, attrs...).text(text).close(tag)
}

// raw writes HTML as it is: markup the program made, never outside text.
func (m *markup) raw(s string) *markup {
	m.b.WriteString(s)
	return m
}

// String returns the HTML written.
func (m *markup) String() string { return m.b.String() }
