package budget

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
)

// The helpers below write the binary format by hand, so that each test says
// exactly which bytes it parses.

// uleb encodes n as unsigned LEB128.
func uleb(n uint64) []byte {
	var b []byte
	for {
		c := byte(n & 0x7f)
		n >>= 7
		if n != 0 {
			b = append(b, c|0x80)
			continue
		}
		return append(b, c)
	}
}

// vec prefixes the concatenated items with their count.
func vec(items ...[]byte) []byte {
	return append(uleb(uint64(len(items))), slices.Concat(items...)...)
}

// str encodes a name: its length, then its bytes.
func str(s string) []byte {
	return append(uleb(uint64(len(s))), s...)
}

// section frames content as a section with the given id.
func section(id byte, content ...[]byte) []byte {
	c := slices.Concat(content...)
	return slices.Concat([]byte{id}, uleb(uint64(len(c))), c)
}

// module prepends the header to the sections.
func module(sections ...[]byte) []byte {
	return slices.Concat([]byte{0x00, 'a', 's', 'm', 0x01, 0x00, 0x00, 0x00}, slices.Concat(sections...))
}

// body returns a function body of exactly size bytes: no locals, nops, end.
func body(size int) []byte {
	b := []byte{0x00}
	for len(b) < size-1 {
		b = append(b, 0x01)
	}
	return append(b, 0x0b)
}

// nameEntry is one entry of the function-name subsection.
func nameEntry(index uint64, name string) []byte {
	return append(uleb(index), str(name)...)
}

// Sections of the test module, kept apart so that tests can recombine them.
var (
	typeSec   = section(SectionType, vec([]byte{0x60, 0x00, 0x00}))
	importSec = section(SectionImport, vec(
		slices.Concat(str("go"), str("debug"), []byte{0x00}, uleb(0)),
		slices.Concat(str("env"), str("mem"), []byte{0x02, 0x01}, uleb(1), uleb(300)),
		slices.Concat(str("env"), str("g"), []byte{0x03, 0x7f, 0x00}),
		slices.Concat(str("env"), str("tab"), []byte{0x01, 0x70, 0x00}, uleb(4)),
		slices.Concat(str("go"), str("resume"), []byte{0x00}, uleb(0)),
	))
	funcSec = section(SectionFunction, vec([]byte{0}, []byte{0}, []byte{0}))
	codeSec = section(SectionCode, vec(
		append(uleb(3), body(3)...),
		append(uleb(10), body(10)...),
		append(uleb(200), body(200)...), // a two-byte size prefix
	))
	dataSec = section(SectionData, vec(slices.Concat(
		[]byte{0x00, 0x41, 0x80, 0x08, 0x0b}, // memory 0, at i32.const 1024
		str("\x00runtime.main\x00github.com/be-us/partnership/app.(*Page).Render\x00type:.eq.[2]interface {}\x00"),
	)))
	nameSec = section(SectionCustom, str("name"),
		section(0, str("tiny")), // the module name, skipped
		section(1, vec(
			nameEntry(2, Mangle("runtime.main")),
			nameEntry(3, Mangle("github.com/be-us/partnership/app.(*Page).Render")),
			nameEntry(4, Mangle("type:.eq.[2]interface {}")),
		)),
	)
	buildIDSec = section(SectionCustom, str("go:buildid"), []byte("abc"))
)

// tinyModule is a module as the Go linker lays it out, with two imported
// functions and three defined ones of 3, 10 and 200 bytes.
func tinyModule() []byte {
	return module(buildIDSec, typeSec, importSec, funcSec, codeSec, dataSec, nameSec)
}

func TestParse(t *testing.T) {
	got, err := Parse(tinyModule())
	if err != nil {
		t.Fatalf("Parse(tiny module) error: %v", err)
	}
	if got.ImportedFuncs != 2 {
		t.Errorf("ImportedFuncs = %d, want 2", got.ImportedFuncs)
	}
	if !got.Named {
		t.Errorf("Named = false, want true")
	}
	wantFuncs := []struct {
		index uint32
		size  int
		name  string
	}{
		{2, 3, "runtime.main"},
		{3, 10, "github.com_be_us_partnership_app.__Page_.Render"},
		{4, 200, "type_.eq._2_interface___"},
	}
	if len(got.Funcs) != len(wantFuncs) {
		t.Fatalf("got %d functions, want %d", len(got.Funcs), len(wantFuncs))
	}
	for i, want := range wantFuncs {
		f := got.Funcs[i]
		if f.Index != want.index || f.Size != want.size || f.Name != want.name {
			t.Errorf("function %d = {index %d, size %d, name %q}, want {%d, %d, %q}", i, f.Index, f.Size, f.Name, want.index, want.size, want.name)
		}
		if b := Body(tinyModule(), f); !bytes.Equal(b, body(want.size)) {
			t.Errorf("function %d body = % x, want % x", i, b, body(want.size))
		}
	}
	var kinds []string
	total := headerSize
	for _, s := range got.Sections {
		kinds = append(kinds, s.Kind())
		total += s.Size
	}
	wantKinds := []string{"custom:go:buildid", "type", "import", "function", "code", "data", "custom:name"}
	if !slices.Equal(kinds, wantKinds) {
		t.Errorf("section kinds = %v, want %v", kinds, wantKinds)
	}
	if total != len(tinyModule()) || got.Size != len(tinyModule()) {
		t.Errorf("header and sections add up to %d, Size = %d, want the file size %d", total, got.Size, len(tinyModule()))
	}
}

func TestParseShapes(t *testing.T) {
	tests := []struct {
		name       string
		wasm       []byte
		wantFuncs  int
		wantImport int
		wantNamed  bool
	}{
		{"header only", module(), 0, 0, false},
		{"stripped", module(typeSec, importSec, funcSec, codeSec, dataSec), 3, 2, false},
		{"no imports", module(typeSec, funcSec, codeSec), 3, 0, false},
		{"name section without function names", module(codeSec, section(SectionCustom, str("name"), section(0, str("m")))), 3, 0, false},
		{"empty code section", module(section(SectionCode, vec())), 0, 0, false},
		{"unknown custom section", module(section(SectionCustom, str("producers"), []byte{1, 2, 3})), 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.wasm)
			if err != nil {
				t.Fatalf("Parse() error: %v", err)
			}
			if len(got.Funcs) != tt.wantFuncs || got.ImportedFuncs != tt.wantImport || got.Named != tt.wantNamed {
				t.Errorf("Parse() = %d functions, %d imported, named %v; want %d, %d, %v",
					len(got.Funcs), got.ImportedFuncs, got.Named, tt.wantFuncs, tt.wantImport, tt.wantNamed)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	valid := tinyModule()
	tests := []struct {
		name string
		wasm []byte
		want string
	}{
		{"empty", nil, "reading header"},
		{"short header", valid[:5], "reading header"},
		{"bad magic", append([]byte("\x00wasm"), valid[4:]...), "magic"},
		{"version 2", slices.Concat(valid[:4], []byte{2, 0, 0, 0}, valid[8:]), "version 2"},
		{"truncated section", valid[:len(valid)-1], "exceeds"},
		{"section id without size", module([]byte{SectionType}), "reading section 1"},
		{"size prefix too long", module([]byte{SectionType, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00}), "too large"},
		{"size beyond 32 bits", module([]byte{SectionType, 0xff, 0xff, 0xff, 0xff, 0x7f}), "too large"},
		{"duplicate code section", module(codeSec, codeSec), "duplicate"},
		{"duplicate name section", module(codeSec, nameSec, nameSec), "duplicate"},
		{"unknown import kind", module(section(SectionImport, vec(slices.Concat(str("a"), str("b"), []byte{0x09})))), "unknown import kind"},
		{"unknown limits", module(section(SectionImport, vec(slices.Concat(str("a"), str("b"), []byte{0x02, 0x08, 0x01})))), "limits"},
		{"import count beyond content", module(section(SectionImport, uleb(1000))), "count 1000"},
		{"code count beyond content", module(section(SectionCode, uleb(1<<31))), "count"},
		{"body beyond content", module(section(SectionCode, vec(append(uleb(50), 0x00)))), "function body 0"},
		{"bytes after the last body", module(section(SectionCode, vec(append(uleb(1), 0x0b)), []byte{0xff})), "left after"},
		{"function names beyond subsection", module(section(SectionCustom, str("name"), section(1, uleb(2), nameEntry(0, "f")))), "function name 1"},
		{"custom section without name", module(section(SectionCustom)), "custom section"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse(tt.wasm)
			if err == nil {
				t.Fatalf("Parse() = %d sections, nil error; want an error containing %q", len(got.Sections), tt.want)
			}
			if got != nil {
				t.Errorf("Parse() returned a module with error %v", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse() error = %q, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestParseTruncatedIsTyped(t *testing.T) {
	_, err := Parse(tinyModule()[:20])
	if !errors.Is(err, errTruncated) {
		t.Errorf("Parse(truncated) error = %v, want one wrapping %v", err, errTruncated)
	}
}

func TestBodyOutOfRange(t *testing.T) {
	b := []byte{1, 2, 3}
	tests := []struct {
		f    Func
		want []byte
	}{
		{Func{Offset: 1, Size: 2}, []byte{2, 3}},
		{Func{Offset: 3, Size: 0}, []byte{}},
		{Func{Offset: 2, Size: 2}, nil},
		{Func{Offset: -1, Size: 1}, nil},
		{Func{Offset: 4, Size: 0}, nil},
		{Func{Offset: 0, Size: -1}, nil},
	}
	for _, tt := range tests {
		if got := Body(b, tt.f); !bytes.Equal(got, tt.want) || (got == nil) != (tt.want == nil) {
			t.Errorf("Body(%v, %+v) = %v, want %v", b, tt.f, got, tt.want)
		}
	}
}

// FuzzParse feeds arbitrary bytes to Parse and, when they parse, to
// Attribute: neither may panic, and a parsed module must account for every
// byte of the file.
func FuzzParse(f *testing.F) {
	valid := tinyModule()
	f.Add(valid)
	for _, n := range []int{0, 4, 8, 9, 20, len(valid) / 2, len(valid) - 1} {
		f.Add(valid[:n])
	}
	f.Add(module(typeSec, importSec, funcSec, codeSec))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Parse(b)
		if (m == nil) == (err == nil) {
			t.Fatalf("Parse() = %v, %v: want exactly one of module and error", m != nil, err)
		}
		if err != nil {
			return
		}
		total := headerSize
		for _, s := range m.Sections {
			total += s.Size
		}
		if total != len(b) {
			t.Fatalf("header and sections add up to %d bytes, want %d", total, len(b))
		}
		code := 0
		for _, fn := range m.Funcs {
			if Body(b, fn) == nil {
				t.Fatalf("function %d at %d+%d lies outside the %d-byte file", fn.Index, fn.Offset, fn.Size, len(b))
			}
			code += fn.Size
		}
		a := Attribute(b, m)
		if a.Code != code {
			t.Fatalf("Attribute() code = %d bytes, want %d", a.Code, code)
		}
		for _, shares := range [][]Share{a.Packages, a.Groups, a.Modules} {
			sum := 0
			for _, s := range shares {
				sum += s.Bytes
			}
			if sum != code {
				t.Fatalf("shares add up to %d bytes, want %d", sum, code)
			}
		}
	})
}
