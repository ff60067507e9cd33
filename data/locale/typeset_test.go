package locale

import "testing"

func TestTypeset(t *testing.T) {
	tests := []struct {
		lang     Lang
		in, want string
	}{
		{FR, "l'Ukraine", "l’Ukraine"},
		{FR, "États-Unis : histoire", "États-Unis\u00a0: histoire"},
		{FR, "a ; b ? c ! d", "a\u202f; b\u202f? c\u202f! d"},
		{FR, "« plus de »", "«\u202fplus de\u202f»"},
		{FR, "Belgique – États-Unis", "Belgique\u00a0– États-Unis"},
		{FR, "sans rien", "sans rien"},
		{NL, "'Bijna' en F-16's", "‘Bijna’ en F-16’s"},
		{NL, "zegt 'meer dan'.", "zegt ‘meer dan’."},
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
