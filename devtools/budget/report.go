package budget

import (
	"cmp"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// File is a WebAssembly binary read from disk.
type File struct {
	// Path names the file in the report.
	Path string
	// Data is the file's content.
	Data []byte
}

// Options tune Measure.
type Options struct {
	// Quality is the brotli quality of the estimates, 0 to 11.
	Quality int
	// Top is how many packages the report lists per module.
	Top int
	// Brotli is the stripped build's size in brotli at Quality when it is
	// known already (the build's own .br copy); 0 has Measure compress it.
	Brotli int
}

// Part is a slice of the binary: a section or a share of the code.
type Part struct {
	// Name names the part.
	Name string
	// Bytes is its size.
	Bytes int
	// Brotli is its size compressed on its own, or -1 when not measured.
	Brotli int
}

// Report is what Measure finds: the real size from the stripped build, the
// split from the build with function names.
type Report struct {
	// Stripped and Debug are the two builds.
	Stripped, Debug File
	// Options are the options Measure ran with.
	Options Options
	// Brotli is the stripped build compressed as a whole.
	Brotli int
	// Sections are the stripped build's parts in file order, the header
	// first and the code section split into bodies and their framing; their
	// sizes add up to the file size.
	Sections []Part
	// NameSection is the size of the debug build's "name" section.
	NameSection int
	// CodeDelta is the debug build's code section size minus the stripped
	// build's: 0 when the builds hold the same code.
	CodeDelta int
	// Attribution splits the debug build's code.
	Attribution *Attribution
	// Brotli estimates of the function bodies of each group, module and
	// listed package, each compressed on its own.
	GroupBrotli, ModuleBrotli, PackageBrotli map[string]int
}

// Measure parses both builds of the same program, attributes the code of
// the debug build (linked without -s, so with function names) and measures
// the stripped one, which is the file that is served.
func Measure(stripped, debug File, opts Options) (*Report, error) {
	if opts.Top <= 0 {
		opts.Top = 25
	}
	sm, err := Parse(stripped.Data)
	if err != nil {
		return nil, fmt.Errorf("parsing %s: %w", stripped.Path, err)
	}
	dm, err := Parse(debug.Data)
	if err != nil {
		return nil, fmt.Errorf("parsing %s: %w", debug.Path, err)
	}
	if !dm.Named {
		return nil, fmt.Errorf("%s has no function names: build it without -ldflags -s", debug.Path)
	}
	r := &Report{Stripped: stripped, Debug: debug, Options: opts}
	r.Sections = sectionParts(sm)
	r.CodeDelta = sectionSize(dm, SectionCode) - sectionSize(sm, SectionCode)
	for _, s := range dm.Sections {
		if s.ID == SectionCustom && s.Name == "name" {
			r.NameSection += s.Size
		}
	}
	r.Attribution = Attribute(debug.Data, dm)

	inputs := map[string][]byte{}
	if opts.Brotli == 0 {
		inputs["file"] = stripped.Data
	}
	for _, s := range sm.Sections {
		if s.ID == SectionCode || s.ID == SectionData {
			inputs["section:"+s.Kind()] = stripped.Data[s.Offset : s.Offset+s.Size]
		}
	}
	for _, g := range r.Attribution.Groups {
		inputs["group:"+g.Name] = Bodies(debug.Data, g.Funcs)
	}
	for _, m := range r.Attribution.Modules {
		inputs["module:"+m.Name] = Bodies(debug.Data, m.Funcs)
	}
	for _, m := range r.Attribution.Modules {
		for _, p := range r.listed(m.Name) {
			inputs["package:"+p.Name] = Bodies(debug.Data, p.Funcs)
		}
	}
	sizes, err := brotliSizes(inputs, opts.Quality)
	if err != nil {
		return nil, fmt.Errorf("estimating compressed sizes: %w", err)
	}
	r.Brotli = cmp.Or(opts.Brotli, sizes["file"])
	for i, p := range r.Sections {
		if n, ok := sizes["section:"+p.Name]; ok {
			r.Sections[i].Brotli = n
		}
	}
	r.GroupBrotli = make(map[string]int)
	r.ModuleBrotli = make(map[string]int)
	r.PackageBrotli = make(map[string]int)
	for _, g := range r.Attribution.Groups {
		r.GroupBrotli[g.Name] = sizes["group:"+g.Name]
	}
	for _, m := range r.Attribution.Modules {
		r.ModuleBrotli[m.Name] = sizes["module:"+m.Name]
	}
	for key, n := range sizes {
		if name, ok := strings.CutPrefix(key, "package:"); ok {
			r.PackageBrotli[name] = n
		}
	}
	return r, nil
}

// listed returns the packages of a module the report lists: the largest
// Top, for modules of more than one package.
func (r *Report) listed(module string) []Share {
	packages := Within(r.Attribution.Packages, module)
	if len(packages) < 2 {
		return nil
	}
	return packages[:min(len(packages), r.Options.Top)]
}

// sectionParts lists the parts of m in file order.
func sectionParts(m *Module) []Part {
	parts := []Part{{Name: "header", Bytes: headerSize, Brotli: -1}}
	for _, s := range m.Sections {
		parts = append(parts, Part{Name: s.Kind(), Bytes: s.Size, Brotli: -1})
	}
	return parts
}

func sectionSize(m *Module, id byte) int {
	size := 0
	for _, s := range m.Sections {
		if s.ID == id {
			size += s.Size
		}
	}
	return size
}

// Write prints the report as plain-text tables.
func (r *Report) Write(w io.Writer) error {
	p := &printer{w: w}
	a := r.Attribution
	q := r.Options.Quality

	p.printf("Size of %s\n\n", r.Stripped.Path)
	p.printf("  real size   %s: %s bytes, brotli (quality %d) %s bytes\n", r.Stripped.Path, thousands(len(r.Stripped.Data)), q, thousands(r.Brotli))
	p.printf("  split from  %s: %s bytes, the same program linked without -s -w;\n", r.Debug.Path, thousands(len(r.Debug.Data)))
	p.printf("              %s bytes more, of which %s are the \"name\" section with the function names\n", thousands(len(r.Debug.Data)-len(r.Stripped.Data)), thousands(r.NameSection))
	if r.CodeDelta == 0 {
		p.printf("              its code section is the same size as the stripped build's\n")
	} else {
		p.printf("              WARNING: its code section differs from the stripped build's by %+d bytes:\n", r.CodeDelta)
		p.printf("              the two files do not come from the same code; rebuild both\n")
	}
	p.printf("  names       %s of %s functions named in full from the runtime's function table\n", thousands(a.Recovered), thousands(a.Funcs))
	p.printf("              (the name section mangles '/' and '-' to '_')\n\n")

	p.printf("Sections of %s (they add up to the file size)\n\n", r.Stripped.Path)
	p.printf("  %-24s %12s %7s %14s\n", "section", "bytes", "% file", "brotli alone")
	total := 0
	for _, s := range r.Sections {
		total += s.Bytes
		p.printf("  %-24s %12s %7s %14s\n", s.Name, thousands(s.Bytes), percent(s.Bytes, len(r.Stripped.Data)), optional(s.Brotli))
		if s.Name == "code" && r.CodeDelta == 0 {
			p.printf("  %-24s %12s\n", "  function bodies", thousands(a.Code))
			p.printf("  %-24s %12s\n", "  counts, size prefixes", thousands(s.Bytes-a.Code))
		}
	}
	p.printf("  %-24s %12s %7s %14s\n\n", "total", thousands(total), percent(total, len(r.Stripped.Data)), thousands(r.Brotli))

	groupBrotli := 0
	for _, n := range r.GroupBrotli {
		groupBrotli += n
	}
	p.printf("Code by module (function bodies: %s bytes)\n\n", thousands(a.Code))
	p.printf("  %-42s %6s %12s %7s %14s %9s\n", "module", "funcs", "code bytes", "% code", "brotli alone*", "% brotli*")
	for _, m := range a.Modules {
		n := r.ModuleBrotli[m.Name]
		p.printf("  %-42s %6d %12s %7s %14s %9s\n", m.Name, len(m.Funcs), thousands(m.Bytes), percent(m.Bytes, a.Code), thousands(n), percent(n, groupBrotli))
	}
	p.printf("\n")

	p.printf("Code by group (the standard library by package family), largest first\n\n")
	p.printf("  %-42s %6s %12s %7s %14s %9s\n", "group", "funcs", "code bytes", "% code", "brotli alone*", "% brotli*")
	for _, g := range a.Groups {
		n := r.GroupBrotli[g.Name]
		p.printf("  %-42s %6d %12s %7s %14s %9s\n", groupLabel(g), len(g.Funcs), thousands(g.Bytes), percent(g.Bytes, a.Code), thousands(n), percent(n, groupBrotli))
	}
	p.printf("  %-42s %6d %12s %7s %14s %9s\n\n", "total", a.Funcs, thousands(a.Code), percent(a.Code, a.Code), thousands(groupBrotli), percent(groupBrotli, groupBrotli))

	for _, m := range a.Modules {
		packages := r.listed(m.Name)
		if packages == nil {
			continue
		}
		all := len(Within(a.Packages, m.Name))
		p.printf("Packages of %s (%d of %d, largest first)\n\n", m.Name, len(packages), all)
		p.printf("  %-52s %6s %12s %8s %7s %14s\n", "package", "funcs", "code bytes", "% module", "% code", "brotli alone*")
		for _, pkg := range packages {
			p.printf("  %-52s %6d %12s %8s %7s %14s\n", pkg.Name, len(pkg.Funcs), thousands(pkg.Bytes), percent(pkg.Bytes, m.Bytes), percent(pkg.Bytes, a.Code), thousands(r.PackageBrotli[pkg.Name]))
		}
		p.printf("\n")
	}

	p.printf("* Estimates. \"brotli alone\" compresses only that part's bytes (for code, its\n")
	p.printf("  function bodies one after the other) at quality %d; parts compress better\n", q)
	p.printf("  together, so their sum exceeds the whole. \"%% brotli\" is the part's share of\n")
	p.printf("  the sum over all groups: read it as a share of the compressed code.\n")
	p.printf("  The data section (strings, type descriptors, tables such as x/text's, the\n")
	p.printf("  runtime's function table) is not split: the binary does not say which\n")
	p.printf("  package its bytes belong to. Dropping a dependency also removes its data.\n")
	return p.err
}

// groupLabel names a group, marking the standard library's.
func groupLabel(g Share) string {
	if g.Module == ModuleStd {
		return g.Name + " (std)"
	}
	return g.Name
}

// printer writes formatted text and keeps the first error.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err != nil {
		return
	}
	if _, err := fmt.Fprintf(p.w, format, args...); err != nil {
		p.err = fmt.Errorf("writing report: %w", err)
	}
}

// thousands formats n with commas between groups of three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return sign + b.String()
}

// percent formats part/whole as a percentage with one decimal.
func percent(part, whole int) string {
	if whole == 0 {
		return "-"
	}
	return strconv.FormatFloat(100*float64(part)/float64(whole), 'f', 1, 64) + "%"
}

// optional formats a measurement that may be missing (-1).
func optional(n int) string {
	if n < 0 {
		return ""
	}
	return thousands(n)
}
