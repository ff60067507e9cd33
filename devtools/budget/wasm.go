// Package budget measures what each Go package and module costs in a
// WebAssembly binary built by the Go toolchain, so that a dependency can be
// weighed before it is let into the client.
//
// The binary that is served is linked with -s -w, which drops the function
// names; the split by package therefore reads a second build of the same
// program linked without them, and the sizes come from the first.
package budget

import (
	"bytes"
	"errors"
	"fmt"
)

// Section ids of the WebAssembly binary format.
const (
	SectionCustom    byte = 0  // named sections such as "name" and "producers"
	SectionType      byte = 1  // function signatures
	SectionImport    byte = 2  // imported functions, tables, memories and globals
	SectionFunction  byte = 3  // the signature of each defined function
	SectionTable     byte = 4  // tables of function references
	SectionMemory    byte = 5  // linear memories
	SectionGlobal    byte = 6  // global variables
	SectionExport    byte = 7  // what the host may call or read
	SectionStart     byte = 8  // the function run at instantiation
	SectionElement   byte = 9  // initial table contents
	SectionCode      byte = 10 // the bodies of the defined functions
	SectionData      byte = 11 // initial memory contents
	SectionDataCount byte = 12 // the number of data segments
)

// headerSize is the length of the magic number and the version.
const headerSize = 8

var magic = []byte{0x00, 'a', 's', 'm'}

// Section is one section of a module as it lies in the file.
type Section struct {
	// ID is the section id, SectionCustom to SectionDataCount.
	ID byte
	// Name is the name of a custom section, empty for the others.
	Name string
	// Offset is where the section starts in the file, at its id byte.
	Offset int
	// Size counts every byte of the section: id, size prefix and content.
	Size int
}

// Kind names the section for a report: its standard name, or
// "custom:" and its name for a custom section.
func (s Section) Kind() string {
	if s.ID == SectionCustom {
		return "custom:" + s.Name
	}
	if int(s.ID) < len(sectionNames) {
		return sectionNames[s.ID]
	}
	return fmt.Sprintf("unknown:%d", s.ID)
}

var sectionNames = []string{
	"custom", "type", "import", "function", "table", "memory", "global",
	"export", "start", "element", "code", "data", "datacount",
}

// Func is one function defined in the module: one entry of the code section.
type Func struct {
	// Index is the function's index in the module's function index space,
	// which numbers the imported functions first.
	Index uint32
	// Name is the function's name from the "name" section, empty when the
	// module has none (a binary linked with -s).
	Name string
	// Offset is where the function's body starts in the file.
	Offset int
	// Size is the length of the body, without its size prefix.
	Size int
}

// Module is what Parse reads of a WebAssembly binary.
type Module struct {
	// Size is the length of the file.
	Size int
	// Sections lists the sections in file order.
	Sections []Section
	// ImportedFuncs counts the functions the module imports.
	ImportedFuncs int
	// Funcs lists the functions of the code section in order.
	Funcs []Func
	// Named tells whether the module has a function-name subsection.
	Named bool
}

// Parse reads the header, the sections, the imported functions, the function
// bodies and the function names of a WebAssembly binary. It never panics:
// malformed input yields an error that says where the reading stopped.
func Parse(b []byte) (*Module, error) {
	if len(b) < headerSize {
		return nil, fmt.Errorf("reading header: %d bytes, want at least %d", len(b), headerSize)
	}
	if !bytes.Equal(b[:4], magic) {
		return nil, fmt.Errorf("reading header: magic %x, want %x", b[:4], magic)
	}
	if v := uint32(b[4]) | uint32(b[5])<<8 | uint32(b[6])<<16 | uint32(b[7])<<24; v != 1 {
		return nil, fmt.Errorf("reading header: version %d, want 1", v)
	}
	m := &Module{Size: len(b)}
	var names map[uint32]string
	seen := make(map[byte]bool)
	seenNames := false
	r := &reader{b: b, off: headerSize}
	for r.off < len(b) {
		start := r.off
		id, err := r.byte()
		if err != nil {
			return nil, fmt.Errorf("reading section id: %w", err)
		}
		content, err := r.vector()
		if err != nil {
			return nil, fmt.Errorf("reading section %d at offset %d: %w", id, start, err)
		}
		s := Section{ID: id, Offset: start, Size: r.off - start}
		if id != SectionCustom {
			if seen[id] {
				return nil, fmt.Errorf("section %s at offset %d: duplicate", s.Kind(), start)
			}
			seen[id] = true
		}
		c := &reader{b: b[:content.end], off: content.start}
		switch id {
		case SectionCustom:
			name, err := c.name()
			if err != nil {
				return nil, fmt.Errorf("custom section at offset %d: reading its name: %w", start, err)
			}
			s.Name = name
			if name == "name" {
				if seenNames {
					return nil, fmt.Errorf("name section at offset %d: duplicate", start)
				}
				seenNames = true
				if names, err = readNames(c); err != nil {
					return nil, fmt.Errorf("name section at offset %d: %w", start, err)
				}
				m.Named = names != nil
			}
		case SectionImport:
			if m.ImportedFuncs, err = countImportedFuncs(c); err != nil {
				return nil, fmt.Errorf("import section at offset %d: %w", start, err)
			}
		case SectionCode:
			if m.Funcs, err = readBodies(c); err != nil {
				return nil, fmt.Errorf("code section at offset %d: %w", start, err)
			}
		}
		m.Sections = append(m.Sections, s)
	}
	for i := range m.Funcs {
		index := uint64(m.ImportedFuncs) + uint64(i)
		if index > maxU32 {
			return nil, fmt.Errorf("function %d: index beyond 32 bits", i)
		}
		m.Funcs[i].Index = uint32(index)
		m.Funcs[i].Name = names[uint32(index)]
	}
	return m, nil
}

// Body returns the bytes of f's body in the file b it was parsed from, or
// nil when f does not lie within b.
func Body(b []byte, f Func) []byte {
	if f.Offset < 0 || f.Size < 0 || f.Offset > len(b) || f.Size > len(b)-f.Offset {
		return nil
	}
	return b[f.Offset : f.Offset+f.Size]
}

// countImportedFuncs reads the import section and counts the imports of
// functions, which come first in the function index space.
func countImportedFuncs(r *reader) (int, error) {
	n, err := r.count()
	if err != nil {
		return 0, fmt.Errorf("reading import count: %w", err)
	}
	funcs := 0
	for i := 0; i < n; i++ {
		if _, err := r.name(); err != nil {
			return 0, fmt.Errorf("import %d: reading module name: %w", i, err)
		}
		if _, err := r.name(); err != nil {
			return 0, fmt.Errorf("import %d: reading field name: %w", i, err)
		}
		kind, err := r.byte()
		if err != nil {
			return 0, fmt.Errorf("import %d: reading kind: %w", i, err)
		}
		if err := skipImportDesc(r, kind); err != nil {
			return 0, fmt.Errorf("import %d: %w", i, err)
		}
		if kind == 0x00 {
			funcs++
		}
	}
	return funcs, r.end()
}

// skipImportDesc reads past the description of an import of the given kind.
func skipImportDesc(r *reader, kind byte) error {
	switch kind {
	case 0x00: // function: type index
		_, err := r.u32()
		return err
	case 0x01: // table: reference type, limits
		if _, err := r.byte(); err != nil {
			return fmt.Errorf("reading table type: %w", err)
		}
		return r.limits()
	case 0x02: // memory: limits
		return r.limits()
	case 0x03: // global: value type, mutability
		_, err := r.bytes(2)
		return err
	case 0x04: // tag: attribute, type index
		if _, err := r.byte(); err != nil {
			return fmt.Errorf("reading tag attribute: %w", err)
		}
		_, err := r.u32()
		return err
	}
	return fmt.Errorf("unknown import kind 0x%02x", kind)
}

// readBodies reads the code section: one body, prefixed by its size, per
// defined function.
func readBodies(r *reader) ([]Func, error) {
	n, err := r.count()
	if err != nil {
		return nil, fmt.Errorf("reading function count: %w", err)
	}
	funcs := make([]Func, 0, n)
	for i := 0; i < n; i++ {
		body, err := r.vector()
		if err != nil {
			return nil, fmt.Errorf("function body %d: %w", i, err)
		}
		funcs = append(funcs, Func{Offset: body.start, Size: body.end - body.start})
	}
	return funcs, r.end()
}

// readNames reads the function-name subsection of the "name" custom section
// and skips the others (module name, local names and later extensions).
func readNames(r *reader) (map[uint32]string, error) {
	var names map[uint32]string
	for r.off < len(r.b) {
		id, err := r.byte()
		if err != nil {
			return nil, fmt.Errorf("reading subsection id: %w", err)
		}
		sub, err := r.vector()
		if err != nil {
			return nil, fmt.Errorf("subsection %d: %w", id, err)
		}
		if id != 1 {
			continue
		}
		if names != nil {
			return nil, errors.New("duplicate function-name subsection")
		}
		s := &reader{b: r.b[:sub.end], off: sub.start}
		n, err := s.count()
		if err != nil {
			return nil, fmt.Errorf("function names: reading count: %w", err)
		}
		names = make(map[uint32]string, n)
		for i := 0; i < n; i++ {
			index, err := s.u32()
			if err != nil {
				return nil, fmt.Errorf("function name %d: reading index: %w", i, err)
			}
			name, err := s.name()
			if err != nil {
				return nil, fmt.Errorf("function name %d: %w", i, err)
			}
			names[index] = name
		}
		if err := s.end(); err != nil {
			return nil, fmt.Errorf("function names: %w", err)
		}
	}
	return names, nil
}

const maxU32 = 1<<32 - 1

// span is a range of bytes of the file.
type span struct{ start, end int }

// reader decodes the primitive encodings of the format from b, starting at
// off. Every method checks its bounds.
type reader struct {
	b   []byte
	off int
}

var errTruncated = errors.New("unexpected end of data")

func (r *reader) byte() (byte, error) {
	if r.off >= len(r.b) {
		return 0, fmt.Errorf("offset %d: %w", r.off, errTruncated)
	}
	c := r.b[r.off]
	r.off++
	return c, nil
}

// uleb reads an unsigned LEB128 number of at most the given bits.
func (r *reader) uleb(bits uint) (uint64, error) {
	start := r.off
	var v uint64
	for shift := uint(0); ; shift += 7 {
		c, err := r.byte()
		if err != nil {
			return 0, err
		}
		if shift >= bits || (bits-shift < 7 && uint64(c&0x7f)>>(bits-shift) != 0) {
			return 0, fmt.Errorf("offset %d: integer too large for %d bits", start, bits)
		}
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			return v, nil
		}
	}
}

func (r *reader) u32() (uint32, error) {
	v, err := r.uleb(32)
	return uint32(v), err
}

// count reads the length of a vector whose elements take at least one byte
// each, and checks that so many bytes remain: a forged count cannot make the
// caller allocate more than the input's size.
func (r *reader) count() (int, error) {
	start := r.off
	n, err := r.u32()
	if err != nil {
		return 0, err
	}
	if int64(n) > int64(len(r.b)-r.off) {
		return 0, fmt.Errorf("offset %d: count %d exceeds the %d bytes left", start, n, len(r.b)-r.off)
	}
	return int(n), nil
}

// bytes reads the next n bytes.
func (r *reader) bytes(n int) ([]byte, error) {
	if n < 0 || n > len(r.b)-r.off {
		return nil, fmt.Errorf("offset %d: %d bytes wanted, %d left: %w", r.off, n, len(r.b)-r.off, errTruncated)
	}
	p := r.b[r.off : r.off+n]
	r.off += n
	return p, nil
}

// vector reads a size prefix and skips that many bytes, returning where they lie.
func (r *reader) vector() (span, error) {
	n, err := r.u32()
	if err != nil {
		return span{}, fmt.Errorf("reading size: %w", err)
	}
	if int64(n) > int64(len(r.b)-r.off) {
		return span{}, fmt.Errorf("offset %d: size %d exceeds the %d bytes left: %w", r.off, n, len(r.b)-r.off, errTruncated)
	}
	s := span{start: r.off, end: r.off + int(n)}
	r.off = s.end
	return s, nil
}

// name reads a length-prefixed string.
func (r *reader) name() (string, error) {
	s, err := r.vector()
	if err != nil {
		return "", err
	}
	return string(r.b[s.start:s.end]), nil
}

// limits reads past the limits of a table or memory type.
func (r *reader) limits() error {
	flags, err := r.byte()
	if err != nil {
		return fmt.Errorf("reading limits: %w", err)
	}
	if flags > 0x07 {
		return fmt.Errorf("offset %d: unknown limits flags 0x%02x", r.off-1, flags)
	}
	if _, err := r.uleb(64); err != nil {
		return fmt.Errorf("reading minimum: %w", err)
	}
	if flags&0x01 != 0 {
		if _, err := r.uleb(64); err != nil {
			return fmt.Errorf("reading maximum: %w", err)
		}
	}
	return nil
}

// end checks that the content was read to its last byte.
func (r *reader) end() error {
	if r.off != len(r.b) {
		return fmt.Errorf("offset %d: %d bytes left after the last entry", r.off, len(r.b)-r.off)
	}
	return nil
}
