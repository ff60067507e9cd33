package picture

import (
	"image/color"

	"github.com/be-us/partnership/web"
)

// The pictures' colours: the site's light theme (web.Light).
var (
	ink    = web.Light.Ink
	muted  = web.Light.Muted
	navy   = web.Light.Navy
	red    = web.Light.Red
	grey   = web.Light.Grey
	yellow = web.Light.Yellow
	page   = web.Light.Page
	panel  = web.Light.Panel
	rule   = web.Light.Rule
)

// series are the colours of a chart's bars, in order, as the chart
// runtime gives them to ECharts (--chart-1, --chart-2, --chart-3).
var series = []color.RGBA{navy, red, grey}
