package series_test

import (
	"fmt"
	"time"

	"factline/timeline"
	"factline/timeline/series"
)

// A handler builds a story's series from the store's events, entities and
// overrides, then shows one series, its key figures and flags.
func ExampleBuild() {
	est := time.FixedZone("EST", -5*3600)
	when := func(d, h int) timeline.When { return timeline.Minute(time.Date(2030, 3, d, h, 0, 0, 0, est), "") }
	fig := func(id string, v float64, b timeline.Bound, metric, source, text string) timeline.Figure {
		return timeline.Figure{ID: id, Value: v, Low: &v, Bound: b, Metric: metric, Source: source, Text: text, PartOf: -1}
	}
	events := []timeline.StoredEvent{
		{ID: 1, Revision: 1, Event: timeline.Event{Ordinal: 1, Kind: timeline.KindUpdate, Time: when(4, 9),
			Text:    "At least 8 people were killed, the Harbour Office said.",
			Figures: []timeline.Figure{fig("f1", 8, timeline.BoundAtLeast, "killed", "Harbour Office", "At least 8 people were killed")}}},
		{ID: 2, Revision: 1, Event: timeline.Event{Ordinal: 2, Kind: timeline.KindUpdate, Time: when(5, 10),
			Text: "Spokeswoman Ada Varn said 14 people had died. A relief group says 30 died.",
			Figures: []timeline.Figure{
				fig("f2", 14, timeline.BoundExact, "died", "Ada Varn", "14 people had died"),
				fig("f3", 30, timeline.BoundExact, "died", "Relief Group", "30 died"),
			}}},
	}
	entities := []timeline.Entity{{Name: "Ada Varn", Kind: timeline.SpeakerPerson, SpeaksFor: "Harbour Office"}}
	set := series.Build(events, entities, nil, series.Options{})
	for _, k := range set.KeyFigures(0) {
		fmt.Printf("%s, %s: %s", k.Label, k.Source, series.FormatValue(k.Latest.Value, k.Latest.Low, k.Latest.High, k.Latest.Bound, k.Unit))
		if k.Change != nil {
			fmt.Printf(" (%+g since %s)", *k.Change, series.FormatValue(k.Previous.Value, k.Previous.Low, k.Previous.High, k.Previous.Bound, k.Unit))
		}
		fmt.Println()
	}
	for _, f := range set.Flags {
		fmt.Println(f.Kind+":", f.Message)
	}
	// Output:
	// Deaths, Harbour Office: 14 (+6 since at least 8)
	// Deaths, Relief Group: 30
	// sources_disagree: Sources disagree on deaths on Mar 5, 2030: Harbour Office 14; Relief Group 30. These figures cannot all be right, even allowing for their bounds.
}
