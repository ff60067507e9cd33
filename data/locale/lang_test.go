//go:build !wasm

package locale

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		code   string
		want   Lang
		wantOK bool
	}{
		{"fr", FR, true},
		{"nl", NL, true},
		{"de", DE, true},
		{"en", EN, true},
		{"FR", "", false},
		{"es", "", false},
		{"", "", false},
		{"fr-BE", "", false},
		{"../fr", "", false},
	}
	for _, tt := range tests {
		got, ok := Parse(tt.code)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("Parse(%q) = %q, %v; want %q, %v", tt.code, got, ok, tt.want, tt.wantOK)
		}
	}
}

func TestNegotiate(t *testing.T) {
	tests := []struct {
		header string
		want   Lang
	}{
		{"", FR},
		{"fr-BE,fr;q=0.9,en;q=0.8", FR},
		{"nl-BE,nl;q=0.9", NL},
		{"nl", NL},
		{"de-DE,de;q=0.9,en;q=0.5", DE},
		{"de-CH", DE},
		{"en-US,en;q=0.9", EN},
		{"en-GB", EN},
		{"es-ES,de;q=0.5", DE},
		{"ja", FR},
		{"*", FR},
		{"zz-ZZ", FR},
		{";;;,,,q=", FR},
		{"en;q=0", FR},
		{strings.Repeat("en,", 2000), FR},
	}
	for _, tt := range tests {
		if got := Negotiate(tt.header); got != tt.want {
			t.Errorf("Negotiate(%.40q) = %q, want %q", tt.header, got, tt.want)
		}
	}
}

func TestNames(t *testing.T) {
	want := map[Lang][2]string{FR: {"Français", "FR"}, NL: {"Nederlands", "NL"}, DE: {"Deutsch", "DE"}, EN: {"English", "EN"}}
	for _, l := range All {
		if got := [2]string{l.Name(), l.Code()}; got != want[l] {
			t.Errorf("%s: Name, Code = %q, want %q", l, got, want[l])
		}
		if got := l.Tag().String(); !strings.HasPrefix(got, string(l)) {
			t.Errorf("%s: Tag() = %s, want it to start with %s", l, got, l)
		}
	}
}

// FuzzNegotiate feeds arbitrary headers: the answer is always a page language.
func FuzzNegotiate(f *testing.F) {
	for _, seed := range []string{"", "fr", "nl-BE,nl;q=0.9", "en-US,en;q=0.9,*;q=0.1", "x-klingon;q=2", "de;q=abc"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, header string) {
		got := Negotiate(header)
		if _, ok := Parse(string(got)); !ok {
			t.Fatalf("Negotiate(%q) = %q, not a page language", header, got)
		}
	})
}
