package budget

import (
	"cmp"
	"crypto/sha256"
	"fmt"
	"maps"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"

	"github.com/be-us/partnership/internal/asset"
)

// BrotliSize returns the length of p compressed with brotli at the given
// quality (0 to 11).
func BrotliSize(p []byte, quality int) (int, error) {
	if quality < brotli.BestSpeed || quality > brotli.BestCompression {
		return 0, fmt.Errorf("brotli quality %d: want %d to %d", quality, brotli.BestSpeed, brotli.BestCompression)
	}
	var n counter
	w := brotli.NewWriterOptions(&n, brotli.WriterOptions{Quality: quality, LGWin: asset.BrotliWindow})
	if _, err := w.Write(p); err != nil {
		return 0, fmt.Errorf("compressing %d bytes: %w", len(p), err)
	}
	if err := w.Close(); err != nil {
		return 0, fmt.Errorf("compressing %d bytes: %w", len(p), err)
	}
	return int(n), nil
}

// counter is a writer that only counts what it is given.
type counter int64

func (c *counter) Write(p []byte) (int, error) {
	*c += counter(len(p))
	return len(p), nil
}

// Bodies returns the bodies of funcs, parsed from b, one after the other.
func Bodies(b []byte, funcs []Func) []byte {
	size := 0
	for _, f := range funcs {
		size += len(Body(b, f))
	}
	out := make([]byte, 0, size)
	for _, f := range funcs {
		out = append(out, Body(b, f)...)
	}
	return out
}

// brotliSizes compresses each input on its own, on as many goroutines as
// there are processors, and returns the sizes by key. Inputs with the same
// bytes (a package that is its whole group, say) are compressed once.
func brotliSizes(inputs map[string][]byte, quality int) (map[string]int, error) {
	same := map[[sha256.Size]byte]string{} // content → the key compressed for it
	alias := map[string]string{}           // key → the key with the same content
	unique := map[string][]byte{}
	for _, key := range slices.Sorted(maps.Keys(inputs)) {
		sum := sha256.Sum256(inputs[key])
		if first, ok := same[sum]; ok {
			alias[key] = first
			continue
		}
		same[sum] = key
		unique[key] = inputs[key]
	}
	sizes, err := compressEach(unique, quality)
	for key, first := range alias {
		sizes[key] = sizes[first]
	}
	return sizes, err
}

// compressEach compresses each input, the largest first.
func compressEach(inputs map[string][]byte, quality int) (map[string]int, error) {
	type result struct {
		key  string
		size int
		err  error
	}
	keys := make(chan string)
	results := make(chan result)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for key := range keys {
				size, err := BrotliSize(inputs[key], quality)
				results <- result{key, size, err}
			}
		})
	}
	// The largest first, so that no long job starts last.
	order := slices.SortedFunc(maps.Keys(inputs), func(a, b string) int {
		return cmp.Or(cmp.Compare(len(inputs[b]), len(inputs[a])), strings.Compare(a, b))
	})
	go func() {
		for _, key := range order {
			keys <- key
		}
		close(keys)
		wg.Wait()
		close(results)
	}()
	sizes := make(map[string]int, len(inputs))
	var firstErr error
	for r := range results {
		if r.err != nil && firstErr == nil {
			firstErr = fmt.Errorf("%s: %w", r.key, r.err)
		}
		sizes[r.key] = r.size
	}
	return sizes, firstErr
}
