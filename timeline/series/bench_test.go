package series

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"factline/timeline"
)

// benchText is an update of ordinary length (about 500 bytes, five figures).
const benchText = "The Ministry of Harbours said on Tuesday that 40 people were killed, up from 35 a day earlier, " +
	"including 4 children, after the storm surge breached the sea wall near the old port. Rescue teams were still " +
	"searching the flooded districts, where 12 people are missing and at least 80 were injured, officials said. " +
	"Power company Valebright said about 120,000 customers remained without electricity across the province, and " +
	"crews from three neighbouring regions had been sent to help restore lines."

// benchSpans are the byte spans of the figures' phrases in benchText.
var benchSpans = func() [5][2]int {
	var out [5][2]int
	for i, phrase := range []string{"40 people were killed", "35", "4 children", "12 people are missing", "120,000 customers"} {
		k := strings.Index(benchText, phrase)
		out[i] = [2]int{k, k + len(phrase)}
	}
	return out
}()

// benchStory is a long-running story: n figures over many updates, several
// sources and measures, with parts, restatements and revisions mixed in.
func benchStory(n int) []timeline.StoredEvent {
	sources := []string{"Ministry of Harbours", "Dockworkers' League", "Coast Guard", "", "Red Crescent Vale"}
	metrics := []struct{ metric, unit, subject string }{
		{"killed", "people", ""}, {"injured", "people", ""}, {"missing", "people", ""},
		{"killed", "people", "protesters"}, {"without power", "customers", ""}, {"detained", "people", ""},
		{"aid", "USD", ""}, {"sustained winds", "mph", ""},
	}
	const perEvent = 5
	events := make([]timeline.StoredEvent, 0, n/perEvent+1)
	start := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; len(events)*perEvent < n; i++ {
		text := benchText
		e := timeline.StoredEvent{ID: int64(i + 1), Revision: 1, Event: timeline.Event{
			Ordinal: i + 1, Kind: timeline.KindUpdate, Text: text,
			Time: timeline.Minute(start.Add(time.Duration(i)*17*time.Minute), ""),
		}}
		for j := 0; j < perEvent; j++ {
			m := metrics[(i+j)%len(metrics)]
			v := float64(i*3 + j)
			if i%97 == 0 {
				v -= 50 // now and then a correction
			}
			sp := benchSpans[j]
			f := timeline.Figure{ID: "f" + strconv.Itoa(i) + "." + strconv.Itoa(j), Value: v, Low: &v,
				Bound: timeline.BoundExact, Metric: m.metric, Unit: m.unit, Subject: m.subject,
				Source: sources[(i+j)%len(sources)], Text: text[sp[0]:sp[1]], Start: sp[0], End: sp[1], PartOf: -1}
			switch j {
			case 1:
				f.Bound = timeline.BoundAtLeast
			case 2:
				f.Role = timeline.RoleRestated
			case 3:
				f.PartOf = 0
			}
			e.Figures = append(e.Figures, f)
		}
		if i%50 == 0 {
			e.Revision = 2
			e.Revisions = []timeline.Revision{{Number: 1, Text: "The ministry said 3 dead."}}
		}
		events = append(events, e)
	}
	return events
}

// BenchmarkBuild10k builds the series of a story with 10,000 figures.
func BenchmarkBuild10k(b *testing.B) {
	events := benchStory(10000)
	opt := Options{FindFigures: findDead}
	b.ReportAllocs()
	for b.Loop() {
		set := Build(events, nil, nil, opt)
		if len(set.Series) == 0 {
			b.Fatal("no series")
		}
	}
}

// BenchmarkBuild10kOneSeries is the worst case for the checks: every figure
// in one series, from two sources, many on each day.
func BenchmarkBuild10kOneSeries(b *testing.B) {
	events := benchStory(10000)
	for i := range events {
		for j := range events[i].Figures {
			f := &events[i].Figures[j]
			f.Metric, f.Unit, f.Subject, f.Role, f.PartOf = "killed", "people", "", "", -1
			f.Source = []string{"Ministry of Harbours", "Coast Guard"}[j%2]
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if set := Build(events, nil, nil, Options{}); len(set.Series) != 1 {
			b.Fatal("want one series")
		}
	}
}

// BenchmarkBuildScaling shows that the cost grows linearly with the figures.
func BenchmarkBuildScaling(b *testing.B) {
	for _, n := range []int{1000, 10000, 40000} {
		events := benchStory(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				Build(events, nil, nil, Options{})
			}
		})
	}
}
