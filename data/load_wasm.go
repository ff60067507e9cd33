//go:build wasm

package data

// Load returns the facts compiled into app.wasm, validated when they were
// generated.
func Load(...Need) (*Facts, error) { return builtIn(), nil }
