package db

import (
	"context"
	"fmt"
	"testing"
	"time"

	"factline/timeline"
)

var (
	benchPlaces = []string{"Brenner", "Kessel", "Lindholm", "Osterby", "Vallen", "Marsk", "Tobin", "Heller"}
	benchBodies = []string{"the fire service", "the county police", "the Red Cross", "the water board", "the mayor's office"}
	benchThings = []string{"evacuated", "missing", "injured", "sheltered", "rescued"}
)

// bigDoc is a live page of n stamped updates, each with two claims and two
// figures; edit changes the text of every hundredth update.
func bigDoc(n int, edit string) *timeline.Document {
	d := &timeline.Document{Title: "Bench", SourceURL: "https://news.example/live/bench", Format: timeline.FormatHTML}
	start := time.Date(2031, 3, 1, 6, 0, 0, 0, est)
	for i := range n {
		place, body, thing := benchPlaces[i%len(benchPlaces)], benchBodies[i%len(benchBodies)], benchThings[i%len(benchThings)]
		text := fmt.Sprintf("In %s, %s said %d people had been %s by the morning of update %d, and that about %d homes were without power. "+
			"Crews worked through block %d of the district while residents waited at the %s station.",
			place, body, 10+i%90, thing, i, 100+i, i*7, place)
		if i%100 == 0 {
			text += edit
		}
		e := timeline.Event{
			Ordinal: i + 1, Kind: timeline.KindUpdate, Key: fmt.Sprintf("https://news.example/live/bench#u%d", i),
			Time: timeline.Minute(start.Add(time.Duration(i)*7*time.Minute), "stamp"), Text: text,
			Claims: []timeline.Claim{
				{ID: fmt.Sprintf("ca%d", i), Speaker: body, SpeakerKind: timeline.SpeakerGovernment, Verb: "said",
					Text: fmt.Sprintf("%d people had been %s", 10+i%90, thing), Start: 20, End: 60},
				{ID: fmt.Sprintf("cb%d", i), Speaker: body, SpeakerKind: timeline.SpeakerGovernment, Verb: "said",
					Text: fmt.Sprintf("about %d homes were without power", 100+i), Start: 70, End: 110},
			},
			Figures: []timeline.Figure{
				{ID: fmt.Sprintf("fa%d", i), Value: float64(10 + i%90), Bound: timeline.BoundExact, Unit: "people", Metric: thing,
					Subject: "people", Source: body, PartOf: -1, Text: "people", Start: 20, End: 40},
				{ID: fmt.Sprintf("fb%d", i), Value: float64(100 + i), Low: ptr(float64(100 + i)), Bound: timeline.BoundApprox, Unit: "homes",
					Metric: "without power", Subject: "homes", Source: body, PartOf: -1, Text: "about homes", Start: 70, End: 90},
			},
		}
		d.Events = append(d.Events, e)
	}
	return d
}

const benchEvents = 2000

// BenchmarkImport is the first import of a 2,000-event page into a new story.
func BenchmarkImport(b *testing.B) {
	s, _ := openTest(b)
	doc := bigDoc(benchEvents, "")
	in := input(doc)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		slug := fmt.Sprintf("bench-%d", i)
		b.StopTimer()
		mustStory(b, s, slug)
		b.StartTimer()
		if _, err := s.Import(context.Background(), slug, in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReimport is a newer copy of a 2,000-event page (every hundredth
// block edited) imported into its story.
func BenchmarkReimport(b *testing.B) {
	s, _ := openTest(b)
	mustStory(b, s, "bench")
	mustImport(b, s, "bench", bigDoc(benchEvents, ""))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		in := input(bigDoc(benchEvents, fmt.Sprintf(" Edit %d.", i)))
		b.StartTimer()
		res, err := s.Import(context.Background(), "bench", in)
		if err != nil {
			b.Fatal(err)
		}
		if res.EventsRevised != benchEvents/100 {
			b.Fatalf("revised %d", res.EventsRevised)
		}
	}
}

// BenchmarkEvents is the story page's query: 2,000 events with 4,000 claims
// and 4,000 figures, in timeline order.
func BenchmarkEvents(b *testing.B) {
	s, _ := openTest(b)
	mustStory(b, s, "bench")
	mustImport(b, s, "bench", bigDoc(benchEvents, ""))
	mustImport(b, s, "bench", bigDoc(benchEvents, " Edited."))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		evs, err := s.Events(context.Background(), "bench")
		if err != nil {
			b.Fatal(err)
		}
		if len(evs) != benchEvents {
			b.Fatalf("%d events", len(evs))
		}
	}
}

func TestBigDocReimport(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	s, _ := openTest(t)
	mustStory(t, s, "big")
	mustImport(t, s, "big", bigDoc(300, ""))
	res := mustImport(t, s, "big", bigDoc(300, " Edited."))
	if res.EventsAdded != 0 || res.EventsRevised != 3 || res.EventsUnchanged != 297 || res.Claims != 600 || res.Figures != 600 {
		t.Errorf("re-import %+v", res)
	}
	evs := mustEvents(t, s, "big")
	if len(evs) != 300 || evs[0].Revision != 2 || len(evs[0].Revisions) != 1 {
		t.Errorf("%d events, first revision %d", len(evs), evs[0].Revision)
	}
	checkInvariants(t, s)
}
