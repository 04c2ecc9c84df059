package chart

import (
	"strings"
	"time"

	"factline/timeline"
	"factline/timeline/series"
)

// FromSeries makes the chart of a series. href gives each point's event link
// (nil: no links); loc is the page's zone for the points' labels. The chart's
// TableID is ID+"-table": the page should give its data table that id.
func FromSeries(s *series.Series, href func(p *series.Point) string, loc *time.Location) *Chart {
	if loc == nil {
		loc = time.UTC
	}
	id := "chart-" + strings.ReplaceAll(s.ID, ".", "-")
	c := &Chart{ID: id, Title: s.Label, Unit: s.Unit, TableID: id + "-table", Lines: make([]Line, 0, len(s.Lines))}
	// One buffer for every label: a series may hold 10,000 points.
	var buf []byte
	for li := range s.Lines {
		l := &s.Lines[li]
		cl := Line{Name: l.Label, Points: make([]Point, len(l.Points))}
		for pi := range l.Points {
			buf = point(&cl.Points[pi], buf, &l.Points[pi], l.Label, s.Unit, href, loc)
		}
		c.Lines = append(c.Lines, cl)
	}
	c.Context = make([]Point, len(s.Context))
	for ci := range s.Context {
		p := &s.Context[ci]
		buf = point(&c.Context[ci], buf, p, string(p.Context), s.Unit, href, loc)
	}
	return c
}

func point(cp *Point, buf []byte, p *series.Point, who, unit string, href func(*series.Point) string, loc *time.Location) []byte {
	*cp = Point{At: p.When.At, Day: p.When.Precision == timeline.PrecisionDay, Value: p.Value, Low: p.Low,
		High: p.High, Bound: p.Bound, Flagged: len(p.Flags) > 0, ID: p.FigureID}
	if href != nil {
		cp.Href = href(p)
	}
	b := append(buf[:0], who...)
	b = append(b, ": "...)
	b = append(b, series.FormatValue(p.Value, p.Low, p.High, p.Bound, unit)...)
	switch {
	case p.When.IsZero():
		b = append(b, ", undated"...)
	case cp.Day:
		b = p.When.At.AppendFormat(append(b, ", "...), "Jan 2, 2006")
	default:
		b = p.When.At.In(loc).AppendFormat(append(b, ", "...), "Jan 2, 2006 15:04 MST")
	}
	if p.Text != "" {
		b = append(append(append(b, " — “"...), p.Text...), "”"...)
	}
	if cp.Flagged {
		b = append(b, " (flagged)"...)
	}
	cp.Label = string(b)
	return b
}
