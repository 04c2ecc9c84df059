package chart

import (
	"io"
	"testing"
	"time"

	"factline/timeline"
)

// benchChart is a series of n points from three sources over a month, with
// every kind of bound and some flags.
func benchChart(n int) *Chart {
	c := &Chart{ID: "chart-bench", Title: "Deaths", Unit: "people", TableID: "chart-bench-table"}
	names := []string{"Ministry of Harbours", "Dockworkers' League", "Reported"}
	bounds := []timeline.Bound{timeline.BoundExact, timeline.BoundAtLeast, timeline.BoundApprox, timeline.BoundAtMost, timeline.BoundRange}
	start := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	for i, name := range names {
		l := Line{Name: name}
		for j := i; j < n; j += len(names) {
			v := float64(j) * 1.5
			hi := v + 20
			l.Points = append(l.Points, Point{At: start.Add(time.Duration(j) * 4 * time.Minute), Value: v, Low: &v, High: &hi,
				Bound: bounds[j%len(bounds)], Href: "/stories/harbour-storm/events/123456", Flagged: j%97 == 0,
				Label: name + ": 1,234 dead, Jan 2, 2030 14:05 EST — “at least 1,234 people were killed”"})
		}
		c.Lines = append(c.Lines, l)
	}
	return c
}

// BenchmarkRender10k draws a series of 10,000 points.
func BenchmarkRender10k(b *testing.B) {
	c := benchChart(10000)
	o := Options{Location: time.UTC, Context: true}
	b.ReportAllocs()
	for b.Loop() {
		if err := Render(io.Discard, c, o); err != nil {
			b.Fatal(err)
		}
	}
}
