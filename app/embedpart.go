//go:build !wasm

package app

import (
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/be-us/partnership/data"
	"github.com/be-us/partnership/data/locale"
)

// EmbedPart is one part of the infographic for a frame on another site:
// one chart, with its title, source line and data table, or the key
// figures; then the languages and a link to the full page.
type EmbedPart struct {
	langPage

	// ID is FiguresEmbed or a chart's id.
	ID string
}

// NewEmbedPart returns the embed of the key figures (FiguresEmbed) or of
// the chart with the given id.
func NewEmbedPart(f *data.Facts, s Site, id string) *EmbedPart {
	return &EmbedPart{
		langPage: langPage{Facts: f, Site: s, title: func(l locale.Lang) string { return EmbedTitle(f, l, id) }},
		ID:       id,
	}
}

// Render writes the part and the bar that closes it.
func (e *EmbedPart) Render() goapp.UI {
	f, l, s := e.Facts, e.Lang(), e.Site
	var part goapp.UI
	var sources []string
	if e.ID == FiguresEmbed {
		part = &KeyFigures{Facts: f, Lang: l, Site: s, Alone: true, Embedded: true}
		sources = figureSources(f, f.KeyFigures)
	} else {
		part = &Chart{ID: e.ID, Facts: f, Lang: l, Site: s, Embedded: true, Heading: 1}
	}
	return goapp.Div().Class("embed embed--part").Body(
		goapp.Main().Body(part),
		&EmbedBar{ID: e.ID, Facts: f, Lang: l, Site: s, Sources: sources},
	)
}

// figureSources are the ids of the sources of some figures, each once, in
// the order of the data's sources.
func figureSources(f *data.Facts, figures []string) []string {
	used := map[string]bool{}
	for _, id := range figures {
		if fig := f.Figure(id); fig != nil {
			used[fig.Source] = true
		}
	}
	var ids []string
	for _, s := range f.Sources {
		if used[s.ID] {
			ids = append(ids, s.ID)
		}
	}
	return ids
}
