package app

// icon is a small SVG drawing: its view box and one path, filled with the
// current text colour.
type icon struct {
	viewBox, path string
}

// svg writes the icon as a decorative <svg> element; an empty class
// leaves the attribute out, for an icon its parent styles.
func (i icon) svg(class string) string {
	attr := ""
	if class != "" {
		attr = ` class="` + class + `"`
	}
	return `<svg` + attr + ` viewBox="` + i.viewBox + `" aria-hidden="true" focusable="false"><path d="` + i.path + `"/></svg>`
}

// symbol writes the icon as an SVG <symbol> with the given id, for the
// <defs> of an <svg> that takes no room.
func (i icon) symbol(id string) string {
	return `<symbol id="` + id + `" viewBox="` + i.viewBox + `"><path d="` + i.path + `"/></symbol>`
}

// use writes a decorative <svg> that shows the <symbol> with the given id.
func (i icon) use(class, id string) string {
	return `<svg class="` + class + `" viewBox="` + i.viewBox + `" aria-hidden="true" focusable="false"><use href="#` + id + `"/></svg>`
}

// VehicleViewBox and VehiclePath are the JLTV's icon, a light armoured
// truck seen from the side: the pictogram draws it, and so do the
// downloadable pictures of the chart.
const (
	VehicleViewBox = "0 2.5 25 12"
	VehiclePath    = "M1 11V8l2.5-1.5H8L10.5 3h7l1.8 3.5H23l1 1.6V11h-2.1a2.9 2.9 0 0 0-5.6 0H8.7a2.9 2.9 0 0 0-5.6 0ZM5.9 9.6a2.2 2.2 0 1 1 0 4.4a2.2 2.2 0 1 1 0-4.4ZM19.1 9.6a2.2 2.2 0 1 1 0 4.4a2.2 2.2 0 1 1 0-4.4Z"
)

// vehicle is the JLTV's icon.
var vehicle = icon{VehicleViewBox, VehiclePath}

// The presentation's controls: the previous and the next slide, autoplay's
// play and pause, full screen, and the speaker's window and its controls.
var (
	prevIcon  = icon{"0 0 24 24", "M15.4 7.4 14 6l-6 6 6 6 1.4-1.4L10.8 12z"}
	nextIcon  = icon{"0 0 24 24", "M8.6 16.6 10 18l6-6-6-6-1.4 1.4 4.6 4.6z"}
	playIcon  = icon{"0 0 24 24", "M8 5v14l11-7z"}
	pauseIcon = icon{"0 0 24 24", "M6 5h4v14H6zm8 0h4v14h-4z"}
	// speakerIcon is a screen with a smaller one beside it: the
	// speaker's window.
	speakerIcon    = icon{"0 0 24 24", "M2 4h14v10H2zm2 2v6h10V6zm14 3h4v7h-4zm-12 7h8v2H6z"}
	fullscreenIcon = icon{"0 0 24 24", "M7 14H5v5h5v-2H7zm-2-4h2V7h3V5H5zm12 7h-3v2h5v-5h-2zM14 5v2h3v3h2V5z"}
	// blankIcon is a black screen; resetIcon an arrow that goes round.
	blankIcon = icon{"0 0 24 24", "M2 4h20v14H2zm6 16h8v2H8z"}
	resetIcon = icon{"0 0 24 24", "M12 5V1L7 6l5 5V7a5 5 0 1 1-5 5H5a7 7 0 1 0 7-7z"}
)

// categoryIcons are the purchase categories' icons, by category id.
var categoryIcons = map[string]icon{
	"f35":         {"0 0 24 24", "M12 1.5l1.6 6.2 8.4 5v2.3l-8.2-2.6-.6 5.6 3 2.2V22l-4.2-1.2L7.8 22v-1.8l3-2.2-.6-5.6L2 15v-2.3l8.4-5z"},
	"mq9b":        {"0 0 24 24", "M11 4h2l.5 5H22v2l-8.4 1-.6 6.5 3 1.5V22h-8v-2l3-1.5-.6-6.5L2 11V9h8.5z"},
	"munitions":   {"0 0 24 24", "M9 22V10c0-3 1.2-6.2 3-8 1.8 1.8 3 5 3 8v12zM8 19h8v1.5H8z"},
	"jltv":        vehicle,
	"f16-ukraine": {"0 0 24 24", "M12 2l8 3v6.5c0 4.8-3.4 8.8-8 10.5-4.6-1.7-8-5.7-8-10.5V5zm-1 5v4H7v2h4v4h2v-4h4v-2h-4V7z"},
	"cis":         {"0 0 24 24", "M11 11h2v11h-2zM12 5.5a6.5 6.5 0 0 1 6.5 6.5H17a5 5 0 0 0-10 0H5.5A6.5 6.5 0 0 1 12 5.5zm0-4A10.5 10.5 0 0 1 22.5 12H21a9 9 0 0 0-18 0H1.5A10.5 10.5 0 0 1 12 1.5zM12 9.5a2.5 2.5 0 0 1 2.5 2.5h-5A2.5 2.5 0 0 1 12 9.5z"},
	"satellite":   {"0 0 24 24", "M9.5 9.5h5v5h-5zM1.5 8.5h6v7h-6zM16.5 8.5h6v7h-6zM7.5 11.25h2v1.5h-2zM14.5 11.25h2v1.5h-2zM11.25 14.5h1.5V19h-1.5zM8.5 19.5a3.5 2 0 0 1 7 0z"},
	"equipment":   {"0 0 24 24", "M2 10.5a10 8.5 0 0 1 20 0zM2.6 11.5h1.6l6.8 7V20zm17.2 0h1.6L13 20v-1.5zM10.2 19.5h3.6V23h-3.6z"},
}

// genericIcon stands for a category without an icon of its own.
var genericIcon = icon{"0 0 24 24", "M4 4h16v16H4zm2 2v12h12V6z"}

// iconFor returns a category's icon.
func iconFor(category string) icon {
	if i, ok := categoryIcons[category]; ok {
		return i
	}
	return genericIcon
}
