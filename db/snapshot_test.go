package db

import (
	"context"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"factline/timeline"
	"factline/timeline/series"
)

// Texts invented for the tests.
const (
	textToll1  = "The county said 4 people died in the flood."
	textToll2  = "The county said 9 people died, up from 4, including 2 children."
	textToll3  = "The county raised the toll to 11."
	textToll3e = "The county raised the toll to 12."
)

// tollDoc is a story whose figures have undecided roles, a restated value,
// a part, an undated update, events given out of time order, a caption and
// its repeat.
func tollDoc(third string, toll float64) *timeline.Document {
	fig := func(text, phrase string, v float64, metric string) timeline.Figure {
		s := indexOf(text, phrase)
		return timeline.Figure{ID: phrase, Value: v, Low: ptr(v), Bound: timeline.BoundExact, Unit: "people", Metric: metric,
			Source: "county", PartOf: -1, Text: phrase, Start: s, End: s + len(phrase)}
	}
	return &timeline.Document{
		Title: "Toll",
		Events: []timeline.Event{
			{Ordinal: 1, Kind: timeline.KindUpdate, Key: "k3", Time: minute(4, 9, 0), Text: third,
				Figures: []timeline.Figure{fig(third, "toll to "+strconv.Itoa(int(toll)), toll, "killed")}},
			{Ordinal: 2, Kind: timeline.KindUpdate, Key: "k1", Time: minute(3, 9, 0), Text: textToll1,
				Figures: []timeline.Figure{fig(textToll1, "4 people died", 4, "died")}},
			{Ordinal: 3, Kind: timeline.KindCaption, Time: timeline.Day(2031, 3, 3, "March 3"), Text: textCaption},
			{Ordinal: 4, Kind: timeline.KindUpdate, Key: "k2", Time: minute(3, 18, 0), Text: textToll2,
				Figures: []timeline.Figure{fig(textToll2, "9 people died", 9, "died"), fig(textToll2, "4", 4, ""), fig(textToll2, "2 children", 2, "")}},
			{Ordinal: 5, Kind: timeline.KindCaption, DuplicateOf: 3, Time: timeline.Day(2031, 3, 3, "March 3"), Text: textCaption},
			{Ordinal: 6, Kind: timeline.KindUpdate, Key: "k4", Text: textRoad},
		},
		Entities: []timeline.Entity{{Name: "county", Kind: timeline.SpeakerGovernment, Aliases: []string{"the county"}}},
	}
}

func indexOf(s, sub string) int {
	return strings.Index(s, sub)
}

func buildJSON(t *testing.T, evs []timeline.StoredEvent, ents []timeline.Entity, ov series.Overrides) string {
	t.Helper()
	set := series.Build(evs, ents, ov, series.Options{FindFigures: func(text string) []timeline.Figure {
		// Enough of a figure finder for the edited block: "toll to N".
		if k := indexOf(text, "toll to "); k >= 0 && k+10 <= len(text) {
			v, _ := strconv.ParseFloat(text[k+8:k+10], 64)
			return []timeline.Figure{{Value: v, Bound: timeline.BoundExact, Metric: "killed", Text: text[k : k+10], Start: k, End: k + 10, PartOf: -1}}
		}
		return nil
	}})
	b, err := json.MarshalIndent(set.JSON(nil), "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestSeriesSnapshot checks the narrow read against the story page's: the
// same events in the same order with the same numbers and figures, texts
// where series need them, and the same series built from either.
func TestSeriesSnapshot(t *testing.T) {
	ctx := context.Background()
	for _, decided := range []bool{false, true} {
		name := map[bool]string{false: "roles undecided", true: "roles decided at import"}[decided]
		t.Run(name, func(t *testing.T) {
			s, _ := openTest(t)
			mustStory(t, s, "toll")
			first, edited := tollDoc(textToll3, 11), tollDoc(textToll3e, 12)
			if decided {
				series.InferRoles(first.Events)
				series.InferRoles(edited.Events)
			}
			mustImport(t, s, "toll", first)
			mustImport(t, s, "toll", edited)
			o, err := s.AddSeriesOverride(ctx, "toll", series.Override{Kind: series.OverrideLabel, To: "deaths", Label: "Toll"})
			if err != nil {
				t.Fatal(err)
			}

			evs := mustEvents(t, s, "toll")
			snap, err := s.SeriesSnapshot(ctx, "toll")
			if err != nil {
				t.Fatal(err)
			}
			st, _ := s.Story(ctx, "toll")
			if snap.Story.ID != st.ID || !snap.Story.UpdatedAt.Equal(st.UpdatedAt) || snap.Story.Figures != st.Figures {
				t.Errorf("story %+v, want %+v", snap.Story, st)
			}
			if len(snap.Overrides) != 1 || snap.Overrides[0] != o {
				t.Errorf("overrides %+v", snap.Overrides)
			}
			ents, _ := s.Entities(ctx, "toll")
			if len(snap.Entities) != len(ents) || snap.Entities[0].Name != "county" {
				t.Errorf("entities %+v", snap.Entities)
			}
			if len(snap.Events) != len(evs) {
				t.Fatalf("%d events, want %d", len(snap.Events), len(evs))
			}
			texts, revised := 0, 0
			for i := range evs {
				a, b := &snap.Events[i], &evs[i]
				if a.ID != b.ID || a.Ordinal != b.Ordinal || a.DuplicateOf != b.DuplicateOf || a.Kind != b.Kind ||
					a.Revision != b.Revision || a.Time.String() != b.Time.String() || a.Time.Text != b.Time.Text {
					t.Errorf("event %d: %+v, want %+v", i, a.Event, b.Event)
				}
				if !slices.EqualFunc(a.Figures, b.Figures, sameStoredFigure) {
					t.Errorf("event %d figures %+v, want %+v", i, a.Figures, b.Figures)
				}
				if len(a.Claims) != 0 {
					t.Errorf("event %d: claims read", i)
				}
				need := series.NeedsText(b)
				switch {
				case need && (a.Text != b.Text || len(a.Revisions) != len(b.Revisions)):
					t.Errorf("event %d needs its text and revisions: %q %d, want %q %d", i, a.Text, len(a.Revisions), b.Text, len(b.Revisions))
				case !need && (a.Text != "" || len(a.Revisions) > 0):
					t.Errorf("event %d: text read though series do not need it", i)
				}
				if a.Text != "" {
					texts++
				}
				if len(a.Revisions) > 0 {
					revised++
				}
			}
			// Undecided, every update with figures is read; decided, only
			// the edited one and the one with a restated value.
			wantTexts := map[bool]int{false: 3, true: 2}[decided]
			if texts != wantTexts || revised != 1 {
				t.Errorf("%d texts and %d revised events read, want %d and 1", texts, revised, wantTexts)
			}
			got, want := buildJSON(t, snap.Events, snap.Entities, snap.Overrides), buildJSON(t, evs, ents, snap.Overrides)
			if got != want {
				t.Errorf("series from the snapshot differ from those of Events:\n got %s\nwant %s", got, want)
			}
			// The edited block's toll went from 11 to 12: the snapshot
			// carries what that check reads.
			if !strings.Contains(got, `"kind": "revised"`) || !strings.Contains(got, `"label": "Toll"`) {
				t.Errorf("no revision flag or label in %s", got)
			}
		})
	}
	s, _ := openTest(t)
	if _, err := s.SeriesSnapshot(ctx, "nowhere"); timeline.ErrorCode(err) != timeline.ENotFound {
		t.Errorf("unknown story: %v", err)
	}
}

func sameStoredFigure(a, b timeline.Figure) bool {
	return a.ID == b.ID && a.Value == b.Value && a.Bound == b.Bound && a.Role == b.Role && a.PartOf == b.PartOf &&
		a.Text == b.Text && a.Start == b.Start && a.End == b.End && a.Source == b.Source && a.Metric == b.Metric &&
		a.Time.String() == b.Time.String()
}

// BenchmarkSeriesSnapshot is the read of a story of 10,000 updates with one
// figure each, roles decided at import, beside BenchmarkEvents' full read.
func BenchmarkSeriesSnapshot(b *testing.B) {
	s, _ := openTest(b)
	mustStory(b, s, "bench")
	doc := tollStory(10000)
	series.InferRoles(doc.Events)
	mustImport(b, s, "bench", doc)
	ctx := context.Background()
	b.Run("snapshot", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.SeriesSnapshot(ctx, "bench"); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("events", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Events(ctx, "bench"); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// tollStory is a long story: n stamped updates, each a source's death toll.
func tollStory(n int) *timeline.Document {
	d := &timeline.Document{Title: "Bench"}
	start := time.Date(2031, 3, 1, 6, 0, 0, 0, est)
	sources := []string{"Ministry of Health", "Red Crescent"}
	for i := range n {
		src := sources[i%2]
		num := itoa(100 + i)
		phrase := num + " people had been killed"
		text := "The " + src + " said " + phrase + " by the morning, as crews worked through block " + itoa(i) +
			" of the district while residents waited at the station. Officials urged calm."
		k := indexOf(text, phrase)
		d.Events = append(d.Events, timeline.Event{Ordinal: i + 1, Kind: timeline.KindUpdate, Key: "u" + itoa(i),
			Time: timeline.Minute(start.Add(time.Duration(i)*7*time.Minute), "stamp"), Text: text,
			Figures: []timeline.Figure{{ID: "f" + itoa(i), Value: float64(100 + i), Low: ptr(float64(100 + i)), Bound: timeline.BoundExact,
				Unit: "people", Metric: "killed", Subject: "people", Source: src, PartOf: -1, Text: phrase, Start: k, End: k + len(phrase)}}})
	}
	return d
}

func itoa(i int) string { return strconv.Itoa(i) }
