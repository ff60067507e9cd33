package locale

// conventions are all that the page needs to know of one of its languages,
// in one place: adding a language is a row here (and its code in lang.go),
// then its texts in the data files; TestTableComplete holds every row to
// every field.
type conventions struct {
	// name is the language's name in that language, for the switcher.
	name string
	// tag is its BCP 47 tag, which the server negotiates ("en-US": the
	// English pages are written for American readers).
	tag string
	// ogLocale is its Open Graph locale, which link previews name.
	ogLocale string
	// group and decimal are the number separators (CLDR's).
	group, decimal string
	// zeroIsOne is CLDR's cardinal rule that takes the singular for an
	// integer part of 0 or 1 ("1,14 milliard"); without it, the singular
	// is for exactly 1.
	zeroIsOne bool
	// months are the months' names, January first.
	months [12]string
	// date writes a day: {d} the day, {m} the month's name, {y} the year.
	date string
	// spanDash joins two years in a label ("2025-2029", "2025–2029").
	spanDash string
	// beforeColon is what stands between a label and its colon.
	beforeColon string
	// listSep separates the items of a list in running text.
	listSep string
	// quotes open and close a quotation.
	quotes [2]string
	// spaceBefore is the space set before a mark when the text has a
	// plain one (French: a no-break space before :, a narrow one before
	// ; ? ! »); spaceAfter the same after a mark («).
	spaceBefore, spaceAfter map[rune]string
	// singleQuotes sets a pair of straight apostrophes around a phrase as
	// single quotes (‘…’), as Dutch quotes.
	singleQuotes bool
	// unbroken are the names, written as in the data files, that a line
	// never breaks inside; Typeset holds them together.
	unbroken []string
	words
}

var table = map[Lang]conventions{
	FR: {
		name: "Français", tag: "fr", ogLocale: "fr_BE",
		group: nbsp, decimal: ",", zeroIsOne: true,
		months:   [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		date:     "{d}" + nbsp + "{m} {y}",
		spanDash: "-", beforeColon: nbsp, listSep: " ; ",
		quotes:      [2]string{"«" + nbsp, nbsp + "»"},
		spaceBefore: map[rune]string{':': nbsp, ';': narrowNBSP, '?': narrowNBSP, '!': narrowNBSP, '»': narrowNBSP},
		spaceAfter:  map[rune]string{'«': narrowNBSP},
		unbroken:    []string{"États-Unis"},
		words: words{
			qualifier:     map[Qualifier]string{Nearly: "près de", About: "environ", MoreThan: "plus de"},
			scales:        []scale{{1e9, "milliard", "milliards", "Md"}, {1e6, "million", "millions", "M"}},
			moneyLong:     "%s de dollars",
			moneyUnscaled: "%s" + nbsp + "dollars",
			moneyShort:    "%s" + nbsp + "$",
			shortScale:    nbsp,
			perYearLong:   " par an",
			perYearShort:  "/" + wordJoiner + "an",
			vehicle:       "véhicule",
			vehicles:      "véhicules",
		},
	},
	NL: {
		name: "Nederlands", tag: "nl", ogLocale: "nl_BE",
		group: ".", decimal: ",",
		months:   [12]string{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
		date:     "{d}" + nbsp + "{m} {y}",
		spanDash: "-", listSep: "; ",
		quotes:       [2]string{"‘", "’"},
		singleQuotes: true,
		words: words{
			qualifier:     map[Qualifier]string{Nearly: "bijna", About: "ongeveer", MoreThan: "meer dan"},
			scales:        []scale{{1e9, "miljard", "miljard", "mld."}, {1e6, "miljoen", "miljoen", "mln."}},
			moneyLong:     "%s dollar",
			moneyUnscaled: "%s" + nbsp + "dollar",
			moneyShort:    "%s" + nbsp + "dollar",
			shortScale:    nbsp,
			perYearLong:   " per jaar",
			perYearShort:  "/" + wordJoiner + "jaar",
			vehicle:       "voertuig",
			vehicles:      "voertuigen",
		},
	},
	DE: {
		name: "Deutsch", tag: "de", ogLocale: "de_BE",
		group: ".", decimal: ",",
		months:   [12]string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
		date:     "{d}." + nbsp + "{m} {y}",
		spanDash: "–", listSep: "; ",
		quotes: [2]string{"„", "“"},
		words: words{
			qualifier:     map[Qualifier]string{Nearly: "fast", About: "etwa", MoreThan: "mehr als"},
			scales:        []scale{{1e9, "Milliarde", "Milliarden", "Mrd."}, {1e6, "Million", "Millionen", "Mio."}},
			moneyLong:     "%s US" + nbHyphen + "Dollar",
			moneyUnscaled: "%s" + nbsp + "US" + nbHyphen + "Dollar",
			moneyShort:    "%s" + nbsp + "US" + nbHyphen + "$",
			shortScale:    nbsp,
			perYearLong:   " pro Jahr",
			perYearShort:  "/" + wordJoiner + "Jahr",
			vehicle:       "Fahrzeug",
			vehicles:      "Fahrzeuge",
		},
	},
	EN: {
		name: "English", tag: "en-US", ogLocale: "en_US",
		group: ",", decimal: ".",
		months:   [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
		date:     "{m} {d}, {y}",
		spanDash: "–", listSep: "; ",
		quotes: [2]string{"“", "”"},
		words: words{
			qualifier:     map[Qualifier]string{Nearly: "nearly", About: "about", MoreThan: "more than"},
			scales:        []scale{{1e9, "billion", "billion", "B"}, {1e6, "million", "million", "M"}},
			moneyLong:     "$%s",
			moneyUnscaled: "$%s",
			moneyShort:    "$%s",
			perYearLong:   " a year",
			perYearShort:  "/" + wordJoiner + "yr",
			vehicle:       "vehicle",
			vehicles:      "vehicles",
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

// Extend adds the language l to the page's languages, with the
// conventions of like under its own name, and returns what takes it away
// again: for a test that builds the site in one more language than it
// has.
func Extend(l, like Lang, name string) (undo func()) {
	c := like.conventions()
	c.name, c.tag, c.ogLocale = name, string(l), string(l)
	table[l] = c
	All = append(All, l)
	return func() {
		delete(table, l)
		All = All[:len(All)-1]
	}
}
