package locale

import (
	"strconv"
	"time"
)

// Date writes a day in full: "27 novembre 2026", "27 november 2026",
// "27. November 2026", "November 27, 2026".
func (l Lang) Date(t time.Time) string {
	day, month, year := strconv.Itoa(t.Day()), l.conventions().months[t.Month()-1], strconv.Itoa(t.Year())
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
	return label + l.conventions().beforeColon + ":"
}
