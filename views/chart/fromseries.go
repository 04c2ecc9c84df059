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
	for li := range s.Lines {
		l := &s.Lines[li]
		cl := Line{Name: l.Label, Points: make([]Point, 0, len(l.Points))}
		for pi := range l.Points {
			cl.Points = append(cl.Points, point(&l.Points[pi], l.Label, s.Unit, href, loc))
		}
		c.Lines = append(c.Lines, cl)
	}
	for ci := range s.Context {
		p := &s.Context[ci]
		cp := point(p, string(p.Context), s.Unit, href, loc)
		c.Context = append(c.Context, cp)
	}
	return c
}

func point(p *series.Point, who, unit string, href func(*series.Point) string, loc *time.Location) Point {
	cp := Point{At: p.When.At, Day: p.When.Precision == timeline.PrecisionDay, Value: p.Value, Low: p.Low,
		High: p.High, Bound: p.Bound, Flagged: len(p.Flags) > 0}
	if href != nil {
		cp.Href = href(p)
	}
	var b strings.Builder
	b.WriteString(who)
	b.WriteString(": ")
	b.WriteString(series.FormatValue(p.Value, p.Low, p.High, p.Bound, unit))
	switch {
	case p.When.IsZero():
		b.WriteString(", undated")
	case cp.Day:
		b.WriteString(", " + p.When.At.Format("Jan 2, 2006"))
	default:
		b.WriteString(", " + p.When.At.In(loc).Format("Jan 2, 2006 15:04 MST"))
	}
	if p.Text != "" {
		b.WriteString(" — “" + p.Text + "”")
	}
	if cp.Flagged {
		b.WriteString(" (flagged)")
	}
	cp.Label = b.String()
	return cp
}
