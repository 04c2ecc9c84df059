package series

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"factline/timeline"
)

// decided returns a copy of the events with InferRoles run over them.
func decided(events []timeline.StoredEvent) []timeline.StoredEvent {
	out := slices.Clone(events)
	plain := make([]timeline.Event, len(out))
	for i := range out {
		out[i].Figures = slices.Clone(out[i].Figures)
		plain[i] = out[i].Event
	}
	InferRoles(plain)
	for i := range out {
		out[i].Figures = plain[i].Figures
	}
	return out
}

func setJSON(t *testing.T, s *Set) string {
	t.Helper()
	b, err := json.MarshalIndent(s.JSON(nil), "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestInferRolesKeepsTheSeries checks that deciding roles once, at import,
// gives the series Build would give reading every sentence itself.
func TestInferRolesKeepsTheSeries(t *testing.T) {
	type story struct {
		name     string
		events   []timeline.StoredEvent
		entities []timeline.Entity
	}
	stories := []story{
		{name: "export", events: exportEvents()},
		{name: "overrides", events: overrideStory()},
		{name: "bench", events: benchStory(400)},
		{name: "roles", events: []timeline.StoredEvent{
			ev(1, at(17, 9, 0), "The agency lowered the toll to six from nine, including two children.",
				fig{v: 6, metric: "killed", text: "toll to six"}, fig{v: 9, text: "nine"}, fig{v: 2, text: "two children"}),
			ev(2, at(17, 12, 0), "Divers found two more bodies, bringing the toll to 8.",
				fig{v: 2, text: "two more bodies"}, fig{v: 8, metric: "killed", text: "toll to 8"}),
			ev(3, at(18, 9, 0), "Officials said 12 people died, among them four firefighters and three nurses.",
				fig{v: 12, metric: "killed", text: "12 people died"}, fig{v: 4, text: "four firefighters"}, fig{v: 3, text: "three nurses"}),
		}},
	}
	if dir, ok := devDirIfPresent(t); ok {
		for _, name := range []string{"mine-collapse.txt", "storm.html"} {
			doc := runPipeline(t, filepath.Join(dir, name))
			stories = append(stories, story{name: name, events: StoredEvents(doc), entities: doc.Entities})
		}
	}
	for _, st := range stories {
		t.Run(st.name, func(t *testing.T) {
			before := Build(st.events, st.entities, nil, Options{FindFigures: findDead})
			after := decided(st.events)
			left := 0
			for i := range after {
				for _, f := range after[i].Figures {
					if f.Role == timeline.RoleValue {
						left++
					}
				}
			}
			if left > 0 {
				t.Errorf("%d figures left undecided", left)
			}
			got, want := setJSON(t, Build(after, st.entities, nil, Options{FindFigures: findDead})), setJSON(t, before)
			if got != want {
				t.Errorf("series differ once roles are decided at import:\n got %s\nwant %s", got, want)
			}
			// Twice is once.
			again := decided(after)
			if !slices.EqualFunc(again, after, func(a, b timeline.StoredEvent) bool { return slices.EqualFunc(a.Figures, b.Figures, sameFigure) }) {
				t.Error("a second InferRoles changed the figures")
			}
		})
	}
}

func sameFigure(a, b timeline.Figure) bool {
	return a.ID == b.ID && a.Role == b.Role && a.PartOf == b.PartOf
}

// devDirIfPresent is devDir for tests that have more to check without the
// documents: it fails only in CI.
func devDirIfPresent(t *testing.T) (string, bool) {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "eval", "dev")
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("development documents missing at %s (CI=true)", dir)
		}
		t.Logf("development documents not found at %s; checking the invented stories only", dir)
		return "", false
	}
	return dir, true
}

func TestInferRoles(t *testing.T) {
	text := "The ministry raised the toll to 31 from 17. It said 40 people died, including 12 rescuers. Divers found two more bodies."
	e := ev(1, at(17, 9, 0), text,
		fig{v: 31, metric: "killed", text: "toll to 31"}, fig{v: 17, text: "17"}, fig{v: 40, metric: "killed", text: "40 people died"},
		fig{v: 12, text: "12 rescuers"}, fig{v: 2, text: "two more bodies"})
	events := []timeline.Event{e.Event}
	caption := timeline.Event{Ordinal: 2, Kind: timeline.KindCaption, Text: "12 dead", Figures: []timeline.Figure{{Value: 12, Text: "12 dead", PartOf: -1}}}
	events = append(events, caption)
	InferRoles(events)
	var got []string
	for _, f := range events[0].Figures {
		got = append(got, string(f.Role)+"/"+strconv.Itoa(f.PartOf))
	}
	want := []string{"report/-1", "restated/-1", "report/-1", "part/2", "increment/-1"}
	if !slices.Equal(got, want) {
		t.Errorf("roles %v, want %v", got, want)
	}
	if r := events[1].Figures[0].Role; r != timeline.RoleValue {
		t.Errorf("a caption's figure got role %q", r)
	}
	// A role the extractor gave is kept.
	events[0].Figures[0].Role = timeline.RoleRestated
	InferRoles(events)
	if r := events[0].Figures[0].Role; r != timeline.RoleRestated {
		t.Errorf("extractor's role replaced by %q", r)
	}
}

func TestNeedsText(t *testing.T) {
	plain := ev(1, at(17, 9, 0), "10 dead", fig{v: 10, text: "10 dead"})
	dec := decided([]timeline.StoredEvent{plain})[0]
	restated := dec
	restated.Figures = slices.Clone(dec.Figures)
	restated.Figures[0].Role = timeline.RoleRestated
	revised := dec
	revised.Revision = 2
	caption := plain
	caption.Kind = timeline.KindCaption
	empty := plain
	empty.Figures = nil
	for _, tc := range []struct {
		name string
		ev   timeline.StoredEvent
		want bool
	}{
		{"undecided", plain, true},
		{"decided", dec, false},
		{"restated needs its neighbour", restated, true},
		{"revised", revised, true},
		{"caption", caption, false},
		{"no figures", empty, false},
	} {
		if got := NeedsText(&tc.ev); got != tc.want {
			t.Errorf("%s: NeedsText = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestBuildWithoutTextOfDecidedEvents is what a store relies on when it
// leaves out the text of events NeedsText does not ask for.
func TestBuildWithoutTextOfDecidedEvents(t *testing.T) {
	events := decided(benchStory(500))
	want := setJSON(t, Build(events, nil, nil, Options{FindFigures: findDead}))
	stripped := slices.Clone(events)
	for i := range stripped {
		if !NeedsText(&stripped[i]) {
			stripped[i].Text, stripped[i].Revisions = "", nil
		}
	}
	if got := setJSON(t, Build(stripped, nil, nil, Options{FindFigures: findDead})); got != want {
		t.Error("series differ without the text of events that do not need it")
	}
}
