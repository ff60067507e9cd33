package locale

import (
	"strconv"
	"time"
)

var months = map[Lang][12]string{
	FR: {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	NL: {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
	DE: {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
	EN: {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
}

// Date writes a day in full: "27 novembre 2026", "27 november 2026",
// "27. November 2026", "November 27, 2026".
func (l Lang) Date(t time.Time) string {
	m, ok := months[l]
	if !ok {
		m = months[Default]
	}
	day, month, year := strconv.Itoa(t.Day()), m[t.Month()-1], strconv.Itoa(t.Year())
	switch l {
	case EN:
		return month + " " + day + ", " + year
	case DE:
		return day + ". " + month + " " + year
	default:
		return day + nbsp + month + " " + year
	}
}

// Colon ends a label before a value: "Source :" with a non-breaking space
// in French, "Source:" elsewhere.
func (l Lang) Colon(label string) string {
	if l == FR {
		return label + nbsp + ":"
	}
	return label + ":"
}
