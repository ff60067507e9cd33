package locale

// conventions are all that the page needs to know of one of its languages,
// in one place: adding a language, or changing one, touches this table
// (and the language list in lang.go) and nothing else.
type conventions struct {
	// name is the language's name in that language, for the switcher.
	name string
	// group and decimal are the number separators (CLDR's).
	group, decimal string
	// months are the months' names, January first.
	months [12]string
	// spanDash joins two years in a label ("2025-2029", "2025–2029").
	spanDash string
	// beforeColon is what stands between a label and its colon.
	beforeColon string
	words
}

var table = map[Lang]conventions{
	FR: {
		name: "Français", group: nbsp, decimal: ",", spanDash: "-", beforeColon: nbsp,
		months: [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		words: words{
			qualifier:    map[Qualifier]string{Nearly: "près de", About: "environ", MoreThan: "plus de"},
			scales:       []scale{{1e9, "milliard", "milliards", "Md"}, {1e6, "million", "millions", "M"}},
			moneyLong:    "%s de dollars",
			moneyShort:   "%s" + nbsp + "$",
			perYearLong:  " par an",
			perYearShort: "/an",
			vehicle:      "véhicule",
			vehicles:     "véhicules",
		},
	},
	NL: {
		name: "Nederlands", group: ".", decimal: ",", spanDash: "-",
		months: [12]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
		words: words{
			qualifier:    map[Qualifier]string{Nearly: "bijna", About: "ongeveer", MoreThan: "meer dan"},
			scales:       []scale{{1e9, "miljard", "miljard", "mld."}, {1e6, "miljoen", "miljoen", "mln."}},
			moneyLong:    "%s dollar",
			moneyShort:   "%s dollar",
			perYearLong:  " per jaar",
			perYearShort: "/jaar",
			vehicle:      "voertuig",
			vehicles:     "voertuigen",
		},
	},
	DE: {
		name: "Deutsch", group: ".", decimal: ",", spanDash: "–",
		months: [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
		words: words{
			qualifier:    map[Qualifier]string{Nearly: "fast", About: "etwa", MoreThan: "mehr als"},
			scales:       []scale{{1e9, "Milliarde", "Milliarden", "Mrd."}, {1e6, "Million", "Millionen", "Mio."}},
			moneyLong:    "%s US-Dollar",
			moneyShort:   "%s US-$",
			perYearLong:  " pro Jahr",
			perYearShort: "/Jahr",
			vehicle:      "Fahrzeug",
			vehicles:     "Fahrzeuge",
		},
	},
	EN: {
		name: "English", group: ",", decimal: ".", spanDash: "–",
		months: [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
		words: words{
			qualifier:    map[Qualifier]string{Nearly: "nearly", About: "about", MoreThan: "more than"},
			scales:       []scale{{1e9, "billion", "billion", "B"}, {1e6, "million", "million", "M"}},
			moneyLong:    "$%s",
			moneyShort:   "$%s",
			perYearLong:  " a year",
			perYearShort: "/yr",
			vehicle:      "vehicle",
			vehicles:     "vehicles",
		},
	},
}

// conventions returns the language's conventions, the default language's
// for a language the page does not have.
func (l Lang) conventions() conventions {
	if c, ok := table[l]; ok {
		return c
	}
	return table[Default]
}
