package views

import (
	"context"
	"io"
	"net/url"
	"strconv"

	"github.com/a-h/templ"
)

// pointTable writes a series' figures as a table. It is Go rather than a
// template because a series may hold 10,000 figures: appending each row to
// one buffer costs a tenth of what the generic template code does.
func pointTable(id, caption string, rows []PointRow, isContext bool) templ.Component {
	return templ.ComponentFunc(func(_ context.Context, w io.Writer) error {
		b := make([]byte, 0, 64<<10)
		b = append(b, `<table id="`...)
		b = appendEscaped(b, id)
		b = append(b, `" class="points" data-testid="`...)
		if isContext {
			b = append(b, `context-table`...)
		} else {
			b = append(b, `points-table`...)
		}
		b = append(b, `"><caption class="visually-hidden">`...)
		b = appendEscaped(b, caption)
		b = append(b, `</caption><thead><tr>`...)
		if isContext {
			b = append(b, `<th scope="col">Role</th>`...)
		}
		b = append(b, `<th scope="col">As of</th><th scope="col">Source</th><th scope="col" class="num">Value</th>`+
			`<th scope="col">Wording</th><th scope="col">Update</th>`...)
		if !isContext {
			b = append(b, `<th scope="col">Checks</th>`...)
		}
		b = append(b, `</tr></thead><tbody>`...)
		for i := range rows {
			b = appendPointRow(b, &rows[i], isContext)
			if len(b) > 48<<10 {
				if _, err := w.Write(b); err != nil {
					return err
				}
				b = b[:0]
			}
		}
		b = append(b, `</tbody></table>`...)
		_, err := w.Write(b)
		return err
	})
}

func appendPointRow(b []byte, r *PointRow, isContext bool) []byte {
	b = append(b, `<tr id="`...)
	b = appendEscaped(b, r.Anchor)
	b = append(b, `" data-figure="`...)
	b = appendEscaped(b, r.FigureID)
	b = append(b, `" data-value="`...)
	b = appendEscaped(b, r.Raw)
	b = append(b, `" data-bound="`...)
	b = appendEscaped(b, r.Bound)
	b = append(b, `" data-role="`...)
	b = appendEscaped(b, r.Role)
	b = append(b, `" data-line="`...)
	b = strconv.AppendInt(b, int64(r.Line), 10)
	b = append(b, `">`...)
	if isContext {
		b = append(b, `<td>`...)
		b = appendEscaped(b, r.RoleLabel)
		if r.OfHref != "" {
			b = append(b, ` <a class="of" href="`...)
			b = appendEscaped(b, r.OfHref)
			b = append(b, `">of `...)
			b = appendEscaped(b, r.Of)
			b = append(b, `</a>`...)
		}
		b = append(b, `</td>`...)
	}
	b = append(b, `<td>`...)
	if r.AsOfISO != "" {
		b = append(b, `<time datetime="`...)
		b = appendEscaped(b, r.AsOfISO)
		b = append(b, `">`...)
		b = appendEscaped(b, r.AsOf)
		b = append(b, `</time>`...)
	} else {
		b = append(b, `—`...)
	}
	b = append(b, `</td><td>`...)
	if r.Colour != "" {
		b = append(b, `<span class="swatch `...)
		b = appendEscaped(b, r.Colour)
		b = append(b, `" aria-hidden="true">●</span> `...)
	}
	b = appendEscaped(b, orReported(r.Source))
	b = append(b, `</td><td class="num"><strong>`...)
	b = appendEscaped(b, r.Value)
	b = append(b, `</strong></td><td class="wording">“`...)
	b = appendEscaped(b, r.Wording)
	b = append(b, `”</td><td><a href="`...)
	b = appendEscaped(b, r.EventHref)
	b = append(b, `" data-testid="event-link">`...)
	b = appendEscaped(b, r.Event)
	b = append(b, `</a>`...)
	if r.Movable {
		b = append(b, ` <a class="move" href="?move=`...)
		b = appendEscaped(b, queryEscape(r.FigureID))
		b = append(b, `#move-form">Move</a>`...)
	}
	b = append(b, `</td>`...)
	if !isContext {
		b = append(b, `<td>`...)
		if len(r.Flags) == 0 {
			b = append(b, `<span class="hint">—</span>`...)
		}
		for _, f := range r.Flags {
			b = append(b, `<a class="badge badge-flag badge-`...)
			b = appendEscaped(b, f.Kind)
			b = append(b, `" href="#flag-`...)
			b = strconv.AppendInt(b, int64(f.Ref), 10)
			b = append(b, `" data-flag="`...)
			b = appendEscaped(b, f.Kind)
			b = append(b, `">`...)
			b = appendEscaped(b, f.Label)
			b = append(b, `</a>`...)
		}
		b = append(b, `</td>`...)
	}
	return append(b, `</tr>`...)
}

// queryEscape escapes a query value, without allocating for the ids the
// store gives ("f12").
func queryEscape(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			return url.QueryEscape(s)
		}
	}
	return s
}

// appendEscaped appends s escaped for HTML text and attribute values.
func appendEscaped(b []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		var rep string
		switch s[i] {
		case '&':
			rep = "&amp;"
		case '<':
			rep = "&lt;"
		case '>':
			rep = "&gt;"
		case '"':
			rep = "&#34;"
		case '\'':
			rep = "&#39;"
		default:
			continue
		}
		b = append(b, s[last:i]...)
		b = append(b, rep...)
		last = i + 1
	}
	return append(b, s[last:]...)
}
