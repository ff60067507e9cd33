package budget

import (
	"bytes"
	"cmp"
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"
)

// Module paths the report names on their own; any other module is "other".
const (
	// ModuleGoApp is go-app, the framework the client runs on.
	ModuleGoApp = "github.com/maxence-charriere/go-app/v10"
	// ModuleText is golang.org/x/text, which formats numbers per language.
	ModuleText = "golang.org/x/text"
	// ModuleTOML is the TOML decoder that reads the data files.
	ModuleTOML = "github.com/BurntSushi/toml"
	// ModuleECharts is go-echarts, whose option types the charts fill.
	ModuleECharts = "github.com/go-echarts/go-echarts/v2"
	// ModuleProject is this project, whose package main counts with it.
	ModuleProject = "github.com/be-us/partnership"
	// ModuleStd is the standard library, with its vendored packages.
	ModuleStd = "std"
	// ModuleOther is every other module and the functions of no package.
	ModuleOther = "other"
)

var knownModules = []string{ModuleGoApp, ModuleText, ModuleTOML, ModuleECharts, ModuleProject}

// Pseudo-packages for functions that belong to no Go package.
const (
	// PackageGenerated holds the compiler's type:.eq and type:.hash
	// functions for types that no package names, such as [2]any.
	PackageGenerated = "type:"
	// PackageLinker holds the linker's go: symbols, such as go:buildid.
	PackageLinker = "go:"
	// PackageNone holds the functions whose name has no package, such as
	// the runtime's assembly entry points (wasm_export_run, memcmp).
	PackageNone = "(no package)"
)

// Mangle returns name as the Go linker writes it to the "name" section of a
// WebAssembly binary: every character but ASCII letters, digits, '_' and '.'
// becomes '_', which loses the '/' of package paths.
func Mangle(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	for _, r := range name {
		if r < utf8.RuneSelf && (r == '_' || r == '.' || '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	return b.String()
}

// Symbols returns the Go symbol name of each function of m, parsed from the
// file b, and how many of them it recovered in full. The "name" section
// holds mangled names (see Mangle), but the runtime's table of function names
// in the data section keeps them whole, each ended by a NUL byte: Symbols
// takes from there every string whose mangled form is a function's name. A
// name it cannot recover stays mangled.
func Symbols(b []byte, m *Module) (names []string, recovered int) {
	wanted := make(map[string]string, len(m.Funcs))
	for _, f := range m.Funcs {
		if f.Name != "" {
			wanted[f.Name] = ""
		}
	}
	for _, s := range m.Sections {
		if s.ID != SectionData || s.Offset < 0 || s.Size < 0 || s.Offset > len(b) || s.Size > len(b)-s.Offset {
			continue
		}
		for chunk := range bytes.SplitSeq(b[s.Offset:s.Offset+s.Size], []byte{0}) {
			if len(chunk) == 0 || len(chunk) > maxSymbolLen {
				continue
			}
			whole := string(chunk)
			mangled := Mangle(whole)
			if found, ok := wanted[mangled]; ok && found == "" {
				wanted[mangled] = whole
			}
		}
	}
	names = make([]string, len(m.Funcs))
	for i, f := range m.Funcs {
		names[i] = f.Name
		if whole := wanted[f.Name]; whole != "" {
			names[i] = whole
			recovered++
		}
	}
	return names, recovered
}

// maxSymbolLen bounds the strings Symbols considers, to skip long runs of
// data that cannot be a name.
const maxSymbolLen = 4096

// PackageOf returns the import path of the Go package a symbol belongs to,
// or one of PackageGenerated, PackageLinker and PackageNone. The path ends at
// the first '.' after its last '/' (a '.' in the last element is written
// %2e); type arguments in brackets may hold other paths and are skipped. The
// compiler's equality and hash functions of a named type count for the
// type's package. Names of the known modules still mangled (see Mangle) are
// recognized too.
func PackageOf(symbol string) string {
	for _, prefix := range []string{"type:.eq.", "type:.hash.", "type_.eq.", "type_.hash."} {
		if rest, ok := strings.CutPrefix(symbol, prefix); ok {
			if pkg := qualifier(rest); pkg != "" {
				return pkg
			}
			return PackageGenerated
		}
	}
	switch {
	case strings.HasPrefix(symbol, "type:"), strings.HasPrefix(symbol, "type_."):
		return PackageGenerated
	case strings.HasPrefix(symbol, "go:"):
		return PackageLinker
	}
	if pkg := qualifier(symbol); pkg != "" {
		return pkg
	}
	return PackageNone
}

// qualifier returns the package that qualifies name, or "".
func qualifier(name string) string {
	// A real name never starts with a mangled module path: try that first,
	// or "github.com_…" would read as package "github".
	if pkg := mangledPackage(name); pkg != "" {
		return pkg
	}
	return packagePath(name)
}

// packagePath returns the package path that qualifies name, or "" when name
// does not start with one.
func packagePath(name string) string {
	if i := strings.IndexAny(name, "[("); i >= 0 {
		name = name[:i]
	}
	last := strings.LastIndexByte(name, '/') + 1
	dot := strings.IndexByte(name[last:], '.')
	if dot <= 0 {
		return ""
	}
	pkg := name[:last+dot]
	for _, r := range pkg {
		if !(r == '/' || r == '.' || r == '-' || r == '_' || r == '~' || r == '%' || r == '+' ||
			'0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') {
			return ""
		}
	}
	if first, _, _ := strings.Cut(pkg, "/"); first == "" || strings.HasPrefix(first, ".") {
		return ""
	}
	if unescaped, err := url.PathUnescape(pkg); err == nil {
		pkg = unescaped
	}
	return pkg
}

// mangledPackage recognizes the packages of the known modules in a name the
// linker mangled (see Mangle), for the names Symbols could not recover. It
// guesses the '/' back from each '_', which holds for this project's paths.
func mangledPackage(name string) string {
	for _, module := range knownModules {
		prefix := Mangle(module)
		rest, ok := strings.CutPrefix(name, prefix)
		if !ok || rest == "" || (rest[0] != '.' && rest[0] != '_') {
			continue
		}
		sub, _, found := strings.Cut(rest, ".")
		if !found {
			continue
		}
		return module + strings.ReplaceAll(sub, "_", "/")
	}
	return ""
}

// ModuleOf returns the module a package belongs to: one of the modules the
// report names, ModuleStd or ModuleOther. A path whose first element has no
// '.' is the standard library's, and so is its vendored copy of
// golang.org/x/... (vendor/...); package main counts with the project.
func ModuleOf(pkg string) string {
	if pkg == "main" {
		return ModuleProject
	}
	for _, module := range knownModules {
		if pkg == module || strings.HasPrefix(pkg, module+"/") {
			return module
		}
	}
	switch pkg {
	case PackageGenerated, PackageLinker, PackageNone:
		return ModuleOther
	}
	first, _, _ := strings.Cut(pkg, "/")
	if first != "" && !strings.Contains(first, ".") {
		return ModuleStd
	}
	return ModuleOther
}

// GroupOf returns the group a package is reported in: its module, or for
// the standard library a package family such as runtime, reflect, fmt,
// encoding/json or net/http. The runtime's internal packages
// (internal/runtime/...) count as runtime.
func GroupOf(pkg string) string {
	if ModuleOf(pkg) != ModuleStd {
		return ModuleOf(pkg)
	}
	parts := strings.Split(pkg, "/")
	switch {
	case parts[0] == "vendor" && len(parts) >= 4:
		return strings.Join(parts[:4], "/")
	case parts[0] == "internal" && len(parts) >= 2 && parts[1] == "runtime":
		return "runtime"
	case stdFamilies[parts[0]] && len(parts) >= 2:
		return parts[0] + "/" + parts[1]
	}
	return parts[0]
}

// stdFamilies are the standard library folders whose packages are reported
// one by one (encoding/json apart from encoding/base64), where the others
// are reported as a whole (crypto, unicode, sync).
var stdFamilies = map[string]bool{
	"archive": true, "debug": true, "encoding": true, "go": true, "html": true,
	"image": true, "math": true, "net": true, "syscall": true, "text": true,
}

// Share is what a package, a group or a module costs.
type Share struct {
	// Name is the package path, group or module.
	Name string
	// Module is the module the share belongs to (see ModuleOf).
	Module string
	// Funcs are the functions of the share, in code-section order.
	Funcs []Func
	// Bytes sums the sizes of the function bodies.
	Bytes int
}

// Attribution splits the code of a module by package, group and module.
type Attribution struct {
	// Packages, Groups and Modules are sorted by decreasing Bytes.
	Packages, Groups, Modules []Share
	// Code sums the sizes of every function body.
	Code int
	// Funcs counts the functions; Recovered those whose Go name Symbols
	// recovered in full; Unnamed those without a name.
	Funcs, Recovered, Unnamed int
}

// Attribute gives the body of each function of m, parsed from b, to its Go
// package (see Symbols and PackageOf), then to its group and module.
func Attribute(b []byte, m *Module) *Attribution {
	names, recovered := Symbols(b, m)
	a := &Attribution{Funcs: len(m.Funcs), Recovered: recovered}
	packages := make(map[string]*Share)
	groups := make(map[string]*Share)
	modules := make(map[string]*Share)
	add := func(shares map[string]*Share, name, module string, f Func) {
		s := shares[name]
		if s == nil {
			s = &Share{Name: name, Module: module}
			shares[name] = s
		}
		s.Funcs = append(s.Funcs, f)
		s.Bytes += f.Size
	}
	for i, f := range m.Funcs {
		pkg := PackageNone
		if names[i] == "" {
			a.Unnamed++
		} else {
			pkg = PackageOf(names[i])
		}
		module := ModuleOf(pkg)
		add(packages, pkg, module, f)
		add(groups, GroupOf(pkg), module, f)
		add(modules, module, module, f)
		a.Code += f.Size
	}
	a.Packages, a.Groups, a.Modules = sorted(packages), sorted(groups), sorted(modules)
	return a
}

// sorted returns the shares by decreasing size, then by name.
func sorted(shares map[string]*Share) []Share {
	list := make([]Share, 0, len(shares))
	for _, s := range shares {
		list = append(list, *s)
	}
	slices.SortFunc(list, func(a, b Share) int {
		if c := cmp.Compare(b.Bytes, a.Bytes); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	return list
}

// Within returns the shares of the given module, in order.
func Within(shares []Share, module string) []Share {
	var list []Share
	for _, s := range shares {
		if s.Module == module {
			list = append(list, s)
		}
	}
	return list
}
