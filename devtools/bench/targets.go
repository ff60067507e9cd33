package bench

// Visit says whether a load starts from an empty browser or comes back to a
// page already visited.
type Visit string

// The two kinds of load.
const (
	// Cold is a first visit: fresh profile, empty caches, no service worker.
	Cold Visit = "cold"
	// Repeat is a second visit in the same browser, once the service
	// worker controls the page and has cached the app.
	Repeat Visit = "repeat"
)

// Visits lists the kinds of load in the order they run.
var Visits = []Visit{Cold, Repeat}

// Target is the most a metric's median may reach for one profile and kind
// of load.
type Target struct {
	// Profile is the name of the profile, as in "phone".
	Profile string
	// Visit is the kind of load the target is for.
	Visit Visit
	// Metric is what the target bounds.
	Metric Metric
	// Max is the most the median may reach, in the metric's base unit:
	// milliseconds, bytes, or the score itself.
	Max float64
}

// Targets lists every target of the benchmark. Times are in milliseconds,
// bytes in bytes.
var Targets = []Target{
	{"phone", Cold, Bytes, 200 * 1000},
	{"phone", Cold, FCP, 1000},
	{"phone", Cold, LCP, 1500},
	{"phone", Cold, Charts, 2200},
	{"phone", Cold, CLS, 0.01},
	{"phone", Cold, TBT, 150},
	{"phone", Cold, CardINP, 200},
	{"phone", Repeat, Bytes, 20 * 1024},
	{"phone", Repeat, Charts, 1500},
	{"desktop", Cold, Charts, 600},
	{"desktop", Cold, CLS, 0.01},
	{"desktop", Cold, CardINP, 100},
	{"desktop+wasm", Cold, MountTask, 50},
}

// findTarget returns the target for a metric of a profile's kind of load.
func findTarget(profile string, v Visit, m Metric) (Target, bool) {
	for _, t := range Targets {
		if t.Profile == profile && t.Visit == v && t.Metric == m {
			return t, true
		}
	}
	return Target{}, false
}

// Met reports whether value reaches the target.
func (t Target) Met(value float64) bool {
	return value <= t.Max
}

// String returns the target as the report shows it, as in "≤ 1000 ms".
func (t Target) String() string {
	return "≤ " + t.Metric.Unit().Format(t.Max)
}
