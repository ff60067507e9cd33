package locale

import "strings"

// The spaces of typography.
const (
	// narrowNBSP is the narrow no-break space French sets before ; ? ! and
	// inside « ».
	narrowNBSP = "\u202f"
)

// Typeset applies a language's typography to a text as written in the data
// files, so that editors type plain characters and the page shows the right
// ones:
//   - every language: a typographic apostrophe (’) for ', and a no-break
//     space before a spaced dash, so that no line starts with a dash;
//   - the spaces the language sets before and after marks, for a plain
//     one (French: a no-break space before :, a narrow one before ; ? !
//     and inside « »);
//   - single quotes (‘…’) for a phrase written '…', where the language
//     quotes so (Dutch).
func (l Lang) Typeset(s string) string {
	if !strings.ContainsAny(s, "'–—:;?!«»") {
		return s
	}
	c := l.conventions()
	var b strings.Builder
	b.Grow(len(s) + 8)
	runes := []rune(s)
	for i, r := range runes {
		prev, next := ' ', ' '
		if i > 0 {
			prev = runes[i-1]
		}
		if i+1 < len(runes) {
			next = runes[i+1]
		}
		switch {
		case r == '\'':
			if c.singleQuotes && (i == 0 || prev == ' ' || prev == '(' || prev == nbspRune) && next != ' ' {
				b.WriteRune('‘')
			} else {
				b.WriteRune('’')
			}
			continue
		case r == ' ' && (next == '–' || next == '—'):
			b.WriteString(nbsp)
			continue
		case r == ' ' && c.spaceBefore[next] != "":
			b.WriteString(c.spaceBefore[next])
			continue
		case r == ' ' && c.spaceAfter[prev] != "":
			b.WriteString(c.spaceAfter[prev])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

const nbspRune = '\u00a0'
