package views

import (
	"context"
	"io"
	"strings"

	"github.com/a-h/templ"

	"factline/views/chart"
)

// chartSVG writes a chart's SVG into the page; the chart package escapes
// every text it writes.
func chartSVG(c *chart.Chart, o chart.Options) templ.Component {
	return templ.ComponentFunc(func(_ context.Context, w io.Writer) error {
		if c == nil {
			return nil
		}
		return chart.Render(w, c, o)
	})
}

// joinSources lists names as a reader says them: "A", "A and B", "A, B and C".
func joinSources(names []string) string {
	switch len(names) {
	case 0:
		return "—"
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
