//go:build wasm

package chart

import (
	"fmt"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// OptionJSON is the option of the chart with the given id in a language,
// as the server builds it, from the options generated with the facts
// compiled into app.wasm (builtin.go).
func OptionJSON(_ *data.Facts, id string, l locale.Lang) (string, error) {
	js, ok := builtinOptions[optionKey(id, l)]
	if !ok {
		return "", fmt.Errorf("chart %q in %s: no option", id, l)
	}
	return js, nil
}
