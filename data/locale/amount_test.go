package locale

import (
	"testing"
	"time"
)

const nb = "\u00a0"

func TestFormat(t *testing.T) {
	billion := func(v float64, q Qualifier) Quantity { return Quantity{Value: v * 1e9, Unit: USD, Qualifier: q} }
	tests := []struct {
		lang        Lang
		q           Quantity
		long, short string
	}{
		{FR, billion(2.5, Nearly), "près de 2,5" + nb + "milliards de dollars", "près de 2,5" + nb + "Md" + nb + "$"},
		{FR, billion(1.14, About), "environ 1,14" + nb + "milliard de dollars", "environ 1,14" + nb + "Md" + nb + "$"},
		{FR, billion(1, Exact), "1" + nb + "milliard de dollars", "1" + nb + "Md" + nb + "$"},
		{FR, Quantity{Value: 2.5e6, Unit: USD}, "2,5" + nb + "millions de dollars", "2,5" + nb + "M" + nb + "$"},
		{FR, Quantity{Value: 500, Unit: USD}, "500" + nb + "dollars", "500" + nb + "$"},
		{NL, billion(1.14, About), "ongeveer 1,14" + nb + "miljard dollar", "ongeveer 1,14" + nb + "mld." + nb + "dollar"},
		{NL, Quantity{Value: 3e6, Unit: USD, Qualifier: MoreThan}, "meer dan 3" + nb + "miljoen dollar", "meer dan 3" + nb + "mln." + nb + "dollar"},
		{DE, billion(1, Exact), "1" + nb + "Milliarde US\u2011Dollar", "1" + nb + "Mrd." + nb + "US\u2011$"},
		{DE, billion(1.14, About), "etwa 1,14" + nb + "Milliarden US\u2011Dollar", "etwa 1,14" + nb + "Mrd." + nb + "US\u2011$"},
		{DE, Quantity{Value: 1e6, Unit: USD}, "1" + nb + "Million US\u2011Dollar", "1" + nb + "Mio." + nb + "US\u2011$"},
		{EN, billion(6.8, MoreThan), "more than $6.8" + nb + "billion", "more than $6.8B"},
		{EN, Quantity{Value: 1.1e9, Unit: USD, Qualifier: MoreThan, PerYear: true}, "more than $1.1" + nb + "billion a year", "more than $1.1B/\u2060yr"},
		{EN, Quantity{Value: 1, Unit: Vehicles}, "1" + nb + "vehicle", "1"},
		{FR, Quantity{Value: 1, Unit: Vehicles}, "1" + nb + "véhicule", "1"},
		{DE, Quantity{Value: 2, Unit: Vehicles}, "2" + nb + "Fahrzeuge", "2"},
		{NL, Quantity{Value: 1322, Unit: Vehicles}, "1.322" + nb + "voertuigen", "1.322"},
	}
	for _, tt := range tests {
		if got := tt.lang.Format(tt.q, Long); got != tt.long {
			t.Errorf("%s Format(%+v, Long) = %q, want %q", tt.lang, tt.q, got, tt.long)
		}
		if got := tt.lang.Format(tt.q, Short); got != tt.short {
			t.Errorf("%s Format(%+v, Short) = %q, want %q", tt.lang, tt.q, got, tt.short)
		}
	}
}

func TestNumber(t *testing.T) {
	tests := []struct {
		lang Lang
		v    float64
		frac int
		want string
	}{
		{FR, 2500000000, 0, "2" + nb + "500" + nb + "000" + nb + "000"},
		{NL, 2500000000, 0, "2.500.000.000"},
		{DE, 1.14, 2, "1,14"},
		{EN, 1234.5, 2, "1,234.5"},
		{EN, 1.10, 2, "1.1"},
		{FR, 0.125, 2, "0,12"},
	}
	for _, tt := range tests {
		if got := tt.lang.Number(tt.v, tt.frac); got != tt.want {
			t.Errorf("%s Number(%v, %d) = %q, want %q", tt.lang, tt.v, tt.frac, got, tt.want)
		}
	}
}

func TestQualifierWord(t *testing.T) {
	want := map[Lang][4]string{
		FR: {"", "près de", "environ", "plus de"},
		NL: {"", "bijna", "ongeveer", "meer dan"},
		DE: {"", "fast", "etwa", "mehr als"},
		EN: {"", "nearly", "about", "more than"},
	}
	for _, l := range All {
		for i, q := range Qualifiers {
			if got := l.QualifierWord(q); got != want[l][i] {
				t.Errorf("%s QualifierWord(%s) = %q, want %q", l, q, got, want[l][i])
			}
		}
	}
}

func TestDateAndColon(t *testing.T) {
	day := time.Date(2026, time.November, 7, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		lang        Lang
		date, colon string
	}{
		{FR, "7" + nb + "novembre 2026", "Mise à jour" + nb + ":"},
		{NL, "7" + nb + "november 2026", "Mise à jour:"},
		{DE, "7.\u00a0November 2026", "Mise à jour:"},
		{EN, "November 7, 2026", "Mise à jour:"},
	}
	for _, tt := range tests {
		if got := tt.lang.Date(day); got != tt.date {
			t.Errorf("%s Date = %q, want %q", tt.lang, got, tt.date)
		}
		if got := tt.lang.Colon("Mise à jour"); got != tt.colon {
			t.Errorf("%s Colon = %q, want %q", tt.lang, got, tt.colon)
		}
	}
	if got, want := FR.YearSpan(2025, 2029), "2025\u20112029"; got != want {
		t.Errorf("FR YearSpan = %q, want %q", got, want)
	}
	if got, want := EN.YearSpan(2025, 2029), "2025–\u20602029"; got != want {
		t.Errorf("EN YearSpan = %q, want %q", got, want)
	}
	if got, want := DE.YearSpan(1949, 0), "1949"; got != want {
		t.Errorf("DE YearSpan one year = %q, want %q", got, want)
	}
}
