// Command size weighs the first view of each language's page, as the
// server sends it, against the size budgets: app.wasm, the ECharts bundle,
// and everything else; then the first view of each embed, against the
// embeds' budget. It exits 1 when a budget is exceeded.
//
//	go run ./devtools/cmd/size [-assets web/static]
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data/locale"
	"github.com/be-us/partnership/devtools/budget"
	"github.com/be-us/partnership/internal/server"
)

func main() {
	assetsDir := flag.String("assets", "", "weigh the assets in this folder instead of the embedded copy")
	flag.Parse()
	over, err := run(*assetsDir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "size:", err)
		os.Exit(1)
	}
	if over {
		fmt.Fprintln(os.Stderr, "size: a budget is exceeded")
		os.Exit(1)
	}
}

func run(assetsDir string) (over bool, err error) {
	h, err := server.Open(server.Options{AssetsDir: assetsDir})
	if err != nil {
		return false, err
	}
	for _, l := range locale.All {
		page := app.RootRoute().Path(l)
		files, err := budget.FirstView(h, page)
		if err != nil {
			return false, err
		}
		totals := budget.Check(files, budget.Limits)
		for _, t := range totals {
			over = over || t.Over()
		}
		if err := budget.WriteFirstView(os.Stdout, page, files, totals); err != nil {
			return false, err
		}
		fmt.Println()
	}
	var embeds []budget.Embed
	for _, r := range app.Routes {
		if !r.Embed {
			continue
		}
		for _, l := range locale.All {
			page := r.Path(l)
			files, err := budget.FirstView(h, page)
			if err != nil {
				return false, err
			}
			totals := budget.Check(files, budget.EmbedLimits(budget.HasECharts(files)))
			for _, t := range totals {
				over = over || t.Over()
			}
			embeds = append(embeds, budget.Embed{Page: page, Assets: files, Totals: totals})
		}
	}
	return over, budget.WriteEmbeds(os.Stdout, embeds)
}
