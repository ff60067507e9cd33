//go:build !wasm

package data

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong in a data file, located as precisely as the file
// allows: file, line (0 when unknown), the item it concerns, and what is wrong.
type Problem struct {
	File    string
	Line    int
	Subject string
	Message string
}

func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
	}
	b.WriteString(": ")
	if p.Subject != "" {
		b.WriteString(p.Subject + ": ")
	}
	b.WriteString(p.Message)
	return b.String()
}

// Problems is every problem found in one load, in file order.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// locator finds the line of an item in a TOML file by reading it as text;
// the TOML decoder gives positions only for syntax and type errors.
type locator struct {
	lines []string
}

func newLocator(src []byte) locator {
	return locator{lines: strings.Split(string(src), "\n")}
}

// table returns the line of the n-th (0-based) [[name]] header, or 0.
func (l locator) table(name string, n int) int {
	header := "[[" + name + "]]"
	for i, line := range l.lines {
		if strings.TrimSpace(line) == header {
			if n == 0 {
				return i + 1
			}
			n--
		}
	}
	return 0
}

// field returns the line of key inside the n-th [[name]] block: a line
// "key = …", a header "[name.key]", or the block's header when the key is
// absent. It returns 0 when the block is not found.
func (l locator) field(name string, n int, key string) int {
	start := l.table(name, n)
	if start == 0 {
		return 0
	}
	for i := start; i < len(l.lines); i++ {
		line := strings.TrimSpace(l.lines[i])
		if strings.HasPrefix(line, "[[") && !strings.HasPrefix(line, "[["+name+".") {
			break
		}
		if strings.HasPrefix(line, "["+name+"."+key+"]") || hasKey(line, key) {
			return i + 1
		}
	}
	return start
}

// header returns the line of a [dotted.name] header or of a top-level key,
// else of the key "name = …" under its parent's header [dotted], or 0.
func (l locator) header(dotted string) int {
	for i, line := range l.lines {
		line = strings.TrimSpace(line)
		if line == "["+dotted+"]" || (!strings.Contains(dotted, ".") && hasKey(line, dotted)) {
			return i + 1
		}
	}
	parent, key, ok := cutLast(dotted)
	if !ok || l.header(parent) == 0 {
		return 0
	}
	return l.key(parent, key)
}

// cutLast splits a dotted name before its last part.
func cutLast(dotted string) (parent, last string, ok bool) {
	i := strings.LastIndexByte(dotted, '.')
	if i < 0 {
		return "", dotted, false
	}
	return dotted[:i], dotted[i+1:], true
}

// key returns the line of the first "key = …" after the header of parent, or 0.
func (l locator) key(parent, key string) int {
	from := 0
	if parent != "" {
		from = l.header(parent)
		if from == 0 {
			from = l.table(parent, 0)
		}
	}
	for i := from; i < len(l.lines); i++ {
		if hasKey(strings.TrimSpace(l.lines[i]), key) {
			return i + 1
		}
	}
	return from
}

func hasKey(line, key string) bool {
	rest, ok := strings.CutPrefix(line, key)
	if !ok {
		return false
	}
	rest = strings.TrimSpace(rest)
	return strings.HasPrefix(rest, "=") || strings.HasPrefix(rest, ".")
}
