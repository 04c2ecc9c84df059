package views

import (
	"context"
	"io"
	"strings"

	"github.com/a-h/templ"
)

// eventText writes an event's paragraphs with their highlights. It is Go, not
// a template, because the text must come out exactly as written: a template
// puts spaces between the elements of a loop, which would change the quotes
// fact-checkers read and copy.
func eventText(paras []Para) templ.Component {
	return templ.ComponentFunc(func(_ context.Context, w io.Writer) error {
		var b strings.Builder
		for _, p := range paras {
			b.WriteString("<p>")
			for _, s := range p.Segments {
				writeSegment(&b, s)
			}
			b.WriteString("</p>")
		}
		_, err := io.WriteString(w, b.String())
		return err
	})
}

func writeSegment(b *strings.Builder, s Segment) {
	if s.Claim == "" && s.Figure == "" {
		b.WriteString(templ.EscapeString(s.Text))
		return
	}
	// Anchors beyond the first (a claim and a figure starting together) are
	// empty elements before the mark.
	for i := 1; i < len(s.Anchors); i++ {
		b.WriteString(`<span id="` + templ.EscapeString(s.Anchors[i]) + `"></span>`)
	}
	b.WriteString(`<mark class="hl`)
	if s.Claim != "" {
		b.WriteString(" hl-claim")
	}
	if s.Figure != "" {
		b.WriteString(" hl-figure")
	}
	b.WriteByte('"')
	if len(s.Anchors) > 0 {
		b.WriteString(` id="` + templ.EscapeString(s.Anchors[0]) + `"`)
	}
	if s.Claim != "" {
		b.WriteString(` data-claim="` + templ.EscapeString(s.Claim) + `"`)
	}
	if s.Figure != "" {
		b.WriteString(` data-figure="` + templ.EscapeString(s.Figure) + `"`)
	}
	if s.Title != "" {
		b.WriteString(` title="` + templ.EscapeString(s.Title) + `"`)
	}
	b.WriteByte('>')
	b.WriteString(templ.EscapeString(s.Text))
	b.WriteString("</mark>")
}
