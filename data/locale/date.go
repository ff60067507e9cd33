package locale

import (
	"strconv"
	"strings"
	"time"
)

// Date writes a day in full: "27 novembre 2026", "27 november 2026",
// "27. November 2026", "November 27, 2026".
func (l Lang) Date(t time.Time) string {
	c := l.conventions()
	return strings.NewReplacer("{d}", strconv.Itoa(t.Day()), "{m}", c.months[t.Month()-1], "{y}", strconv.Itoa(t.Year())).Replace(c.date)
}

// List joins the items of a list as running text does: "a ; b" in
// French, "a; b" elsewhere.
func (l Lang) List(items []string) string { return strings.Join(items, l.conventions().listSep) }

// Quote puts a phrase between the language's quotation marks.
func (l Lang) Quote(s string) string {
	q := l.conventions().quotes
	return q[0] + s + q[1]
}

// OGLocale is the language's locale for Open Graph ("fr_BE", "en_US").
func (l Lang) OGLocale() string { return l.conventions().ogLocale }

// Colon ends a label before a value: "Source :" with a non-breaking space
// in French, "Source:" elsewhere.
func (l Lang) Colon(label string) string {
	return label + l.conventions().beforeColon + ":"
}
