package locale

import "testing"

func TestTypeset(t *testing.T) {
	tests := []struct {
		lang     Lang
		in, want string
	}{
		{FR, "l'Ukraine", "l’Ukraine"},
		{FR, "États-Unis : histoire", "États\u2011Unis\u00a0: histoire"},
		{FR, "a ; b ? c ! d", "a\u202f; b\u202f? c\u202f! d"},
		{FR, "« plus de »", "«\u202fplus de\u202f»"},
		{FR, "Belgique – États-Unis", "Belgique\u00a0– États\u2011Unis"},
		{FR, "sans rien", "sans rien"},
		{NL, "'Bijna' en F-16's", "‘Bijna’ en F\u201116’s"},
		{NL, "zegt 'meer dan'.", "zegt ‘meer dan’."},
		{NL, "energie-infrastructuur en NAVO-missies, F-35-gevechtsvliegtuigen", "energie-infrastructuur en NAVO-missies, F\u201135-gevechtsvliegtuigen"},
		{EN, "MQ-9B drones, 2025–2029, pages 3–4", "MQ\u20119B drones, 2025–\u20602029, pages 3–\u20604"},
		{DE, "Anti-IS-Koalition, Antwerpen-Brügge, US-$", "Anti-IS-Koalition, Antwerpen-Brügge, US\u2011$"},
		{EN, "the United States – partners", "the United States\u00a0– partners"},
		{EN, "- a dash", "- a dash"},
		{FR, "plus de 1,1 milliard de dollars, 2 Md.", "plus de 1,1\u00a0milliard de dollars, 2\u00a0Md."},
		{NL, "2,5 mld. dollar en 3 miljardairs", "2,5\u00a0mld. dollar en 3 miljardairs"},
		{NL, "België : x", "België : x"},
		{DE, "Belgien und die Vereinigten Staaten – Partner", "Belgien und die Vereinigten Staaten\u00a0– Partner"},
		{DE, "„mehr als“", "„mehr als“"},
		{EN, "Belgium's founding", "Belgium’s founding"},
		{EN, "“Nearly,” “about”", "“Nearly,” “about”"},
		{EN, "a: b", "a: b"},
	}
	for _, tt := range tests {
		if got := tt.lang.Typeset(tt.in); got != tt.want {
			t.Errorf("%s.Typeset(%q) = %q, want %q", tt.lang, tt.in, got, tt.want)
		}
	}
}
