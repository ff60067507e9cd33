package bench

import (
	"fmt"
	"strconv"
	"strings"
)

// Profile is the device and network a page load runs under.
type Profile struct {
	// Name names the profile in the report and in Targets.
	Name string
	// Width and Height are the viewport's size in CSS pixels.
	Width, Height int64
	// Scale is the device scale factor.
	Scale float64
	// Mobile turns on mobile emulation: touch, a mobile user agent, the
	// mobile viewport rules.
	Mobile bool
	// Network throttles the page's network; nil leaves it alone.
	Network *Throttle
	// CPUSlowdown slows the page's main thread by this factor; 1 leaves it
	// alone.
	CPUSlowdown float64
	// Wasm says that app.wasm runs on this device (a desktop, with a mouse):
	// a load then ends once it has mounted, and the service worker, which
	// comes with it, has cached the app before the repeat visit. On other
	// devices a load ends once the charts are drawn.
	Wasm bool
	// Query is added to the page's address, as in "?wasm=idle".
	Query string
}

// Throttle is a network condition as DevTools emulates it.
type Throttle struct {
	// Latency is added to every request, in milliseconds.
	Latency float64
	// Download and Upload are throughputs in bytes per second.
	Download, Upload float64
}

// The profiles of the benchmark.
var (
	// Phone is a mid-range phone on a slow mobile network.
	Phone = Profile{
		Name:  "phone",
		Width: 412, Height: 823, Scale: 2.6,
		Mobile: true,
		Network: &Throttle{
			Latency:  150,
			Download: 1.6 * 1024 * 1024 / 8,
			Upload:   750 * 1024 / 8,
		},
		CPUSlowdown: 4,
	}
	// Desktop is a desktop browser without throttling.
	Desktop = Profile{Name: "desktop", Width: 1350, Height: 940, Scale: 1, CPUSlowdown: 1}
	// DesktopWasm is the desktop asking for app.wasm (?wasm=idle), as the
	// page once ran it there: what its take-over costs a reader.
	DesktopWasm = Profile{Name: "desktop+wasm", Width: 1350, Height: 940, Scale: 1, CPUSlowdown: 1, Wasm: true, Query: "?wasm=idle"}
)

// Profiles lists the profiles in the order the benchmark runs them.
var Profiles = []Profile{Phone, Desktop, DesktopWasm}

// String describes the profile, as in "412×823 at 2.6x, mobile, latency
// 150 ms, 1.6 Mbps down, 750 kbps up, CPU 4x slower".
func (p Profile) String() string {
	parts := []string{fmt.Sprintf("%d×%d at %sx", p.Width, p.Height, number(p.Scale))}
	if p.Mobile {
		parts = append(parts, "mobile")
	}
	if n := p.Network; n != nil {
		parts = append(parts,
			fmt.Sprintf("latency %s ms", number(n.Latency)),
			bitrate(n.Download)+" down",
			bitrate(n.Upload)+" up")
	} else {
		parts = append(parts, "no network throttling")
	}
	if p.CPUSlowdown > 1 {
		parts = append(parts, fmt.Sprintf("CPU %sx slower", number(p.CPUSlowdown)))
	}
	return strings.Join(parts, ", ")
}

// bitrate shows bytes per second in DevTools' units: kbps and Mbps of 1024.
func bitrate(bytesPerSecond float64) string {
	kbps := bytesPerSecond * 8 / 1024
	if kbps >= 1024 {
		return number(kbps/1024) + " Mbps"
	}
	return number(kbps) + " kbps"
}

func number(v float64) string {
	return strconv.FormatFloat(v, 'f', -1, 64)
}
