package budget

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
)

func TestPackageOf(t *testing.T) {
	tests := []struct {
		symbol, want string
	}{
		{"runtime.main", "runtime"},
		{"runtime.(*mheap).alloc", "runtime"},
		{"runtime.morestack_noctxt", "runtime"},
		{"encoding/json.(*decodeState).object", "encoding/json"},
		{"syscall/js.Value.Call", "syscall/js"},
		{"github.com/maxence-charriere/go-app/v10/pkg/app.(*engineX).Load", "github.com/maxence-charriere/go-app/v10/pkg/app"},
		{"github.com/maxence-charriere/go-app/v10/pkg/app.(*engineX).Navigate.func1.1", "github.com/maxence-charriere/go-app/v10/pkg/app"},
		{"golang.org/x/text/internal/number.(*Formatter).Digits", "golang.org/x/text/internal/number"},
		{"golang.org/x/text/feature/plural.init", "golang.org/x/text/feature/plural"},
		{"github.com/go-echarts/go-echarts/v2/opts.Title.MarshalJSON", "github.com/go-echarts/go-echarts/v2/opts"},
		{"gopkg.in/yaml%2ev3.Unmarshal", "gopkg.in/yaml.v3"},
		{"vendor/golang.org/x/net/idna.ToASCII", "vendor/golang.org/x/net/idna"},
		{"main.main", "main"},
		{"slices.SortFunc[go.shape.[]*github.com/x/y.T,go.shape.*github.com/x/y.T]", "slices"},
		{"github.com/x/y.(*List[go.shape.*encoding/json.Decoder]).Push", "github.com/x/y"},
		{"internal/bytealg.IndexRabinKarp[go.shape.string]", "internal/bytealg"},
		{"type:.eq.github.com/be-us/partnership/app.Page", "github.com/be-us/partnership/app"},
		{"type:.hash.encoding/json.field", "encoding/json"},
		{"type:.eq.[2]interface {}", PackageGenerated},
		{"type:.eq.struct { F time.Time }", PackageGenerated},
		{"type:.eq.main.T", "main"},
		{"go:buildid", PackageLinker},
		{"wasm_export_run", PackageNone},
		{"memcmp", PackageNone},
		{"", PackageNone},
		{".", PackageNone},
		{"/.x", PackageNone},
		// Names left as the linker mangles them.
		{"runtime.__mheap_.alloc", "runtime"},
		{"github.com_maxence_charriere_go_app_v10_pkg_app.__engineX_.Load", "github.com/maxence-charriere/go-app/v10/pkg/app"},
		{"golang.org_x_text_internal_number.__Formatter_.Digits", "golang.org/x/text/internal/number"},
		{"github.com_BurntSushi_toml.lexValue", "github.com/BurntSushi/toml"},
		{"type_.eq.github.com_be_us_partnership_app.Page", "github.com/be-us/partnership/app"},
		{"type_.eq._2_interface___", PackageGenerated},
	}
	for _, tt := range tests {
		if got := PackageOf(tt.symbol); got != tt.want {
			t.Errorf("PackageOf(%q) = %q, want %q", tt.symbol, got, tt.want)
		}
	}
}

func TestModuleAndGroup(t *testing.T) {
	tests := []struct {
		pkg, module, group string
	}{
		{"runtime", ModuleStd, "runtime"},
		{"internal/runtime/maps", ModuleStd, "runtime"},
		{"internal/bytealg", ModuleStd, "internal"},
		{"encoding/json", ModuleStd, "encoding/json"},
		{"encoding/base64", ModuleStd, "encoding/base64"},
		{"net/http/internal/ascii", ModuleStd, "net/http"},
		{"crypto/internal/fips140/nistec", ModuleStd, "crypto"},
		{"unicode/utf8", ModuleStd, "unicode"},
		{"text/template/parse", ModuleStd, "text/template"},
		{"html", ModuleStd, "html"},
		{"vendor/golang.org/x/text/unicode/norm", ModuleStd, "vendor/golang.org/x/text"},
		{"golang.org/x/text/language", ModuleText, ModuleText},
		{"golang.org/x/textual", ModuleOther, ModuleOther},
		{"github.com/maxence-charriere/go-app/v10/pkg/errors", ModuleGoApp, ModuleGoApp},
		{"github.com/BurntSushi/toml/internal", ModuleTOML, ModuleTOML},
		{"github.com/go-echarts/go-echarts/v2/opts", ModuleECharts, ModuleECharts},
		{"github.com/be-us/partnership/data/locale", ModuleProject, ModuleProject},
		{"main", ModuleProject, ModuleProject},
		{"github.com/google/uuid", ModuleOther, ModuleOther},
		{PackageGenerated, ModuleOther, ModuleOther},
		{PackageLinker, ModuleOther, ModuleOther},
		{PackageNone, ModuleOther, ModuleOther},
	}
	for _, tt := range tests {
		if got := ModuleOf(tt.pkg); got != tt.module {
			t.Errorf("ModuleOf(%q) = %q, want %q", tt.pkg, got, tt.module)
		}
		if got := GroupOf(tt.pkg); got != tt.group {
			t.Errorf("GroupOf(%q) = %q, want %q", tt.pkg, got, tt.group)
		}
	}
}

func TestMangle(t *testing.T) {
	tests := []struct {
		name, want string
	}{
		{"runtime.main", "runtime.main"},
		{"github.com/maxence-charriere/go-app/v10/pkg/app.(*engineX).Load", "github.com_maxence_charriere_go_app_v10_pkg_app.__engineX_.Load"},
		{"type:.eq.[2]interface {}", "type_.eq._2_interface___"},
		{"pkg.é", "pkg._"},
		{"a\xffb", "a_b"},
	}
	for _, tt := range tests {
		if got := Mangle(tt.name); got != tt.want {
			t.Errorf("Mangle(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestAttribute(t *testing.T) {
	b := tinyModule()
	m, err := Parse(b)
	if err != nil {
		t.Fatalf("Parse(tiny module) error: %v", err)
	}
	names, recovered := Symbols(b, m)
	wantNames := []string{"runtime.main", "github.com/be-us/partnership/app.(*Page).Render", "type:.eq.[2]interface {}"}
	if !slices.Equal(names, wantNames) || recovered != 3 {
		t.Errorf("Symbols() = %q, %d recovered; want %q, 3", names, recovered, wantNames)
	}

	a := Attribute(b, m)
	if a.Code != 213 || a.Funcs != 3 || a.Recovered != 3 || a.Unnamed != 0 {
		t.Errorf("Attribute() = code %d, %d funcs, %d recovered, %d unnamed; want 213, 3, 3, 0", a.Code, a.Funcs, a.Recovered, a.Unnamed)
	}
	tests := []struct {
		what   string
		shares []Share
		want   []string // name:bytes, largest first
	}{
		{"packages", a.Packages, []string{"type::200", "github.com/be-us/partnership/app:10", "runtime:3"}},
		{"groups", a.Groups, []string{"other:200", "github.com/be-us/partnership:10", "runtime:3"}},
		{"modules", a.Modules, []string{"other:200", "github.com/be-us/partnership:10", "std:3"}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range tt.shares {
			got = append(got, s.Name+":"+strconv.Itoa(s.Bytes))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s = %q, want %q", tt.what, got, tt.want)
		}
	}
	if got := Within(a.Packages, ModuleStd); len(got) != 1 || got[0].Name != "runtime" {
		t.Errorf("Within(packages, std) = %v, want [runtime]", got)
	}
}

func TestAttributeWithoutNames(t *testing.T) {
	b := module(typeSec, importSec, funcSec, codeSec, dataSec)
	m, err := Parse(b)
	if err != nil {
		t.Fatalf("Parse(stripped module) error: %v", err)
	}
	a := Attribute(b, m)
	if a.Unnamed != 3 || a.Recovered != 0 || len(a.Packages) != 1 || a.Packages[0].Name != PackageNone {
		t.Errorf("Attribute(stripped) = %d unnamed, %d recovered, packages %v; want 3, 0, [%s]", a.Unnamed, a.Recovered, a.Packages, PackageNone)
	}
}

// TestRealBinary builds a small Go program for the browser and checks that
// its functions are named in full and that runtime and main appear.
func TestRealBinary(t *testing.T) {
	b, stripped := buildTiny(t)
	m, err := Parse(b)
	if err != nil {
		t.Fatalf("Parse(built wasm) error: %v", err)
	}
	if !m.Named || m.ImportedFuncs == 0 || len(m.Funcs) < 100 {
		t.Fatalf("Parse(built wasm) = named %v, %d imported, %d functions; want names, imports and at least 100 functions", m.Named, m.ImportedFuncs, len(m.Funcs))
	}
	a := Attribute(b, m)
	if a.Recovered != a.Funcs {
		t.Errorf("recovered %d names of %d functions, want all", a.Recovered, a.Funcs)
	}
	packages := make(map[string]int)
	var names []string
	for _, p := range a.Packages {
		packages[p.Name] = p.Bytes
		names = append(names, p.Name)
	}
	for _, want := range []string{"runtime", "main", "os"} {
		if packages[want] == 0 {
			t.Errorf("package %s has no code; packages: %v", want, names)
		}
	}
	if a.Modules[0].Name != ModuleStd || a.Groups[0].Name != "runtime" {
		t.Errorf("largest module %s, group %s; want std and runtime", a.Modules[0].Name, a.Groups[0].Name)
	}

	sm, err := Parse(stripped)
	if err != nil {
		t.Fatalf("Parse(stripped wasm) error: %v", err)
	}
	if sm.Named {
		t.Errorf("stripped wasm has function names")
	}
	if got, want := sectionSize(sm, SectionCode), sectionSize(m, SectionCode); got != want {
		t.Errorf("stripped code section = %d bytes, want %d as in the build with names", got, want)
	}
}

// buildTiny builds a small program for GOOS=js GOARCH=wasm, with names and
// stripped.
func buildTiny(t *testing.T) (named, stripped []byte) {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build a wasm binary")
	}
	dir := t.TempDir()
	files := map[string]string{
		"go.mod":  "module example.com/tiny\n\ngo 1.22\n",
		"main.go": "package main\n\nimport (\n\t\"os\"\n\t\"strconv\"\n)\n\nfunc main() {\n\tos.Stdout.WriteString(strconv.Itoa(len(os.Args)) + \"\\n\")\n}\n",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	build := func(out string, ldflags string) []byte {
		cmd := exec.Command(goTool, "build", "-trimpath", "-ldflags", ldflags, "-o", out, ".")
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "GOWORK=off")
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build %s: %v\n%s", out, err, msg)
		}
		b, err := os.ReadFile(filepath.Join(dir, out))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	return build("named.wasm", ""), build("stripped.wasm", "-s -w")
}
