//go:build e2e

package e2e

import (
	"encoding/json"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/be-us/partnership/app"
	"github.com/be-us/partnership/data/locale"
)

// consumed is what the oEmbed consumer library made of an answer.
type consumed struct {
	Error           string `json:"error"`
	Type            string `json:"type"`
	Version         string `json:"version"`
	Title           string `json:"title"`
	ProviderName    string `json:"provider_name"`
	HTML            string `json:"html"`
	Width           int    `json:"width"`
	Height          int    `json:"height"`
	ThumbnailURL    string `json:"thumbnail_url"`
	ThumbnailWidth  int    `json:"thumbnail_width"`
	ThumbnailHeight int    `json:"thumbnail_height"`
}

// consume asks the consumer library (node oembed/consumer.mjs) for an
// address, within the sizes given (0: none): from the site's endpoint, or,
// with discover, from the page's discovery link.
func consume(t *testing.T, discover bool, address string, maxWidth, maxHeight int) consumed {
	t.Helper()
	endpoint := siteURL + "/oembed"
	if discover {
		endpoint = "discover"
	}
	args := []string{"oembed/consumer.mjs", endpoint, address}
	if maxWidth > 0 {
		args = append(args, strconv.Itoa(maxWidth), strconv.Itoa(maxHeight))
	}
	out, err := exec.Command("node", args...).Output()
	if err != nil {
		t.Fatalf("node %s: %v", strings.Join(args, " "), err)
	}
	var c consumed
	if err := json.Unmarshal(out, &c); err != nil {
		t.Fatalf("the consumer printed %q: %v", out, err)
	}
	return c
}

// TestOEmbedConsumer reads the site's oEmbed answers through a maintained
// consumer library, as a CMS plugin would, from the endpoint and by the
// pages' discovery links: a chart's and the page's
// answers are rich, titled in their language, within the sizes asked,
// with a frame of the site and a thumbnail; an address that is no embed
// is an error, not an answer.
func TestOEmbedConsumer(t *testing.T) {
	tests := []struct {
		name                 string
		discover             bool
		address              string
		maxWidth, maxHeight  int
		lang                 locale.Lang
		id                   string
		wantWidth, wantFrame int
	}{
		{"a chart's embed", false, siteURL + app.EmbedPath(locale.NL, "jltv"), 0, 0, locale.NL, "jltv", 680, app.EmbedHeight("jltv")},
		{"a chart within limits", false, siteURL + app.EmbedPath(locale.DE, "aid-channels"), 400, 300, locale.DE, "aid-channels", 400, 300},
		{"the page", false, siteURL + "/en", 0, 0, locale.EN, "", 680, app.EmbedHeight("")},
		{"a chart's embed, discovered", true, siteURL + app.EmbedPath(locale.FR, "timeline"), 0, 0, locale.FR, "timeline", 680, app.EmbedHeight("timeline")},
		{"the page, discovered", true, siteURL + "/de", 0, 0, locale.DE, "", 680, app.EmbedHeight("")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := consume(t, tt.discover, tt.address, tt.maxWidth, tt.maxHeight)
			if c.Error != "" {
				t.Fatalf("the consumer failed: %s", c.Error)
			}
			if want := app.EmbedTitle(facts, tt.lang, tt.id); c.Type != "rich" || c.Version != "1.0" || c.Title != want {
				t.Errorf("type %q, version %q, title %q; want rich, 1.0, %q", c.Type, c.Version, c.Title, want)
			}
			if c.Width != tt.wantWidth || c.Height != tt.wantFrame {
				t.Errorf("%d×%d, want %d×%d", c.Width, c.Height, tt.wantWidth, tt.wantFrame)
			}
			if c.ProviderName != facts.Texts.Site.Publisher.In(tt.lang) {
				t.Errorf("provider %q, want %q", c.ProviderName, facts.Texts.Site.Publisher.In(tt.lang))
			}
			if !strings.HasPrefix(c.ThumbnailURL, siteURL+"/") || c.ThumbnailWidth == 0 || c.ThumbnailHeight == 0 {
				t.Errorf("thumbnail %q %d×%d", c.ThumbnailURL, c.ThumbnailWidth, c.ThumbnailHeight)
			}
			doc, err := html.Parse(strings.NewReader(c.HTML))
			if err != nil {
				t.Fatal(err)
			}
			var src, height string
			var walk func(n *html.Node)
			walk = func(n *html.Node) {
				if n.Type == html.ElementNode && n.Data == "iframe" {
					for _, a := range n.Attr {
						switch a.Key {
						case "src":
							src = a.Val
						case "height":
							height = a.Val
						}
					}
				}
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
			}
			walk(doc)
			if want := siteURL + app.EmbedPath(tt.lang, tt.id); src != want || height != strconv.Itoa(tt.wantFrame) {
				t.Errorf("the frame shows %q at %s px, want %q at %d", src, height, want, tt.wantFrame)
			}
		})
	}
	if c := consume(t, false, siteURL+"/en/embed/no-such-chart", 0, 0); c.Error == "" {
		t.Errorf("an address of no embed was answered: %+v", c)
	}
}
