package series

import (
	"encoding/json"
	"slices"
	"testing"

	"factline/timeline"
)

func overrideStory() []timeline.StoredEvent {
	return []timeline.StoredEvent{
		ev(1, at(16, 9, 0), "Police said 12 miners died and 3 guards died.",
			fig{v: 12, metric: "died", subject: "miners", source: "Police", text: "12 miners died", id: "m1"},
			fig{v: 3, metric: "died", subject: "guards", source: "Police", text: "3 guards died", id: "g1"}),
		ev(2, at(16, 12, 0), "Police said 15 miners died; 40 people were injured.",
			fig{v: 15, metric: "died", subject: "miners", source: "Police", text: "15 miners died", id: "m2"},
			fig{v: 40, metric: "injured", text: "40 people were injured", id: "i1"}),
	}
}

func TestOverrides(t *testing.T) {
	tests := []struct {
		name   string
		ov     Overrides
		want   map[string][]float64 // series id -> all point values
		stale  int
		custom string
		label  map[string]string
	}{
		{
			name: "none",
			want: map[string][]float64{"deaths": {12, 15}, "deaths.security_forces": {3}, "injured": {40}},
		},
		{
			name: "move a figure to an existing series",
			ov:   Overrides{{Kind: OverrideMove, FigureID: "g1", To: "deaths"}},
			want: map[string][]float64{"deaths": {12, 3, 15}, "injured": {40}},
		},
		{
			name:   "move a figure to a new series",
			ov:     Overrides{{Kind: OverrideMove, FigureID: "m1", To: "deaths.first_shaft"}},
			want:   map[string][]float64{"deaths": {15}, "deaths.first_shaft": {12}, "deaths.security_forces": {3}, "injured": {40}},
			custom: "deaths.first_shaft",
		},
		{
			name: "merge a sub-series into its parent",
			ov:   Overrides{{Kind: OverrideMerge, From: "deaths.security_forces", To: "deaths"}},
			want: map[string][]float64{"deaths": {12, 3, 15}, "injured": {40}},
		},
		{
			name: "merges follow chains",
			ov: Overrides{{Kind: OverrideMerge, From: "injured", To: "casualties_all"},
				{Kind: OverrideMerge, From: "deaths", To: "casualties_all"}},
			want:   map[string][]float64{"casualties_all": {12, 15, 40}, "deaths.security_forces": {3}},
			custom: "casualties_all",
		},
		{
			name: "a moved figure follows a merge of its target",
			ov: Overrides{{Kind: OverrideMove, FigureID: "i1", To: "deaths.security_forces"},
				{Kind: OverrideMerge, From: "deaths.security_forces", To: "deaths"}},
			want: map[string][]float64{"deaths": {12, 3, 15, 40}},
		},
		{
			name: "split by subject, new figures included",
			ov:   Overrides{{Kind: OverrideSplit, From: "deaths", Subject: "Miner", To: "deaths.miners"}},
			want: map[string][]float64{"deaths.miners": {12, 15}, "deaths.security_forces": {3}, "injured": {40}},
		},
		{
			name: "a move wins over a split",
			ov: Overrides{{Kind: OverrideSplit, From: "deaths", Subject: "miners", To: "deaths.miners"},
				{Kind: OverrideMove, FigureID: "m2", To: "deaths"}},
			want: map[string][]float64{"deaths": {15}, "deaths.miners": {12}, "deaths.security_forces": {3}, "injured": {40}},
		},
		{
			name:  "label",
			ov:    Overrides{{Kind: OverrideLabel, To: "deaths", Label: "Miners killed"}},
			want:  map[string][]float64{"deaths": {12, 15}, "deaths.security_forces": {3}, "injured": {40}},
			label: map[string]string{"deaths": "Miners killed"},
		},
		{
			name: "stale overrides are reported, invalid ones ignored",
			ov: Overrides{{Kind: OverrideMove, FigureID: "gone", To: "deaths"},
				{Kind: OverrideMerge, From: "evacuated", To: "deaths"},
				{Kind: OverrideLabel, To: "nothing", Label: "x"},
				{Kind: "rename", To: "deaths"}},
			want:  map[string][]float64{"deaths": {12, 15}, "deaths.security_forces": {3}, "injured": {40}},
			stale: 4,
		},
		{
			name: "a merge cycle ends",
			ov: Overrides{{Kind: OverrideMerge, From: "deaths", To: "injured"},
				{Kind: OverrideMerge, From: "injured", To: "deaths"}},
			want: nil, // any grouping, as long as Build returns
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := Build(overrideStory(), nil, tt.ov, Options{})
			if tt.want == nil {
				if len(set.Series) == 0 {
					t.Error("no series")
				}
				return
			}
			got := map[string][]float64{}
			for _, s := range set.Series {
				for _, l := range s.Lines {
					got[s.ID] = append(got[s.ID], values(&l)...)
				}
				// Points of several lines: compare as sets in time order.
			}
			if len(got) != len(tt.want) {
				t.Errorf("series %v, want %v", got, tt.want)
			}
			for id, w := range tt.want {
				g := slices.Clone(got[id])
				slices.Sort(g)
				w = slices.Clone(w)
				slices.Sort(w)
				if !slices.Equal(g, w) {
					t.Errorf("%s: %v, want %v", id, got[id], tt.want[id])
				}
			}
			if len(set.Stale) != tt.stale {
				t.Errorf("stale %+v, want %d", set.Stale, tt.stale)
			}
			if tt.custom != "" {
				if s := set.Get(tt.custom); s == nil || !s.Custom || s.Label == "" {
					t.Errorf("custom series %+v", s)
				}
			}
			for id, l := range tt.label {
				if s := set.Get(id); s == nil || s.Label != l {
					t.Errorf("label of %s: %+v", id, s)
				}
			}
		})
	}
}

func TestOverridesValidate(t *testing.T) {
	tests := []struct {
		ov Overrides
		ok bool
	}{
		{Overrides{{Kind: OverrideMove, FigureID: "f1", To: "deaths"}}, true},
		{Overrides{{Kind: OverrideMove, To: "deaths"}}, false},
		{Overrides{{Kind: OverrideMove, FigureID: "f1", To: "Deaths!"}}, false},
		{Overrides{{Kind: OverrideMerge, From: "a", To: "a"}}, false},
		{Overrides{{Kind: OverrideMerge, From: "a", To: "b"}, {Kind: OverrideMerge, From: "b", To: "a"}}, false},
		{Overrides{{Kind: OverrideMerge, From: "a", To: "b"}, {Kind: OverrideMerge, From: "b", To: "c"}}, true},
		{Overrides{{Kind: OverrideSplit, From: "deaths", To: "deaths.x"}}, false},
		{Overrides{{Kind: OverrideSplit, From: "deaths", Subject: "miners", To: "deaths.miners"}}, true},
		{Overrides{{Kind: OverrideLabel, To: "deaths"}}, false},
		{Overrides{{Kind: "rename", To: "deaths"}}, false},
	}
	for i, tt := range tests {
		err := tt.ov.Validate()
		if (err == nil) != tt.ok {
			t.Errorf("%d: Validate(%+v) = %v, want ok %v", i, tt.ov, err, tt.ok)
		}
		if err != nil && timeline.ErrorCode(err) != timeline.EInvalid {
			t.Errorf("%d: code %s", i, timeline.ErrorCode(err))
		}
	}
}

func TestOverridesJSONRoundTrip(t *testing.T) {
	// The store may keep overrides as JSON or as rows with these columns.
	ov := Overrides{{Kind: OverrideMove, FigureID: "f1", To: "deaths"}, {Kind: OverrideSplit, From: "deaths", Subject: "miners", To: "deaths.miners", Label: "Miners"}}
	b, err := json.Marshal(ov)
	if err != nil {
		t.Fatal(err)
	}
	var back Overrides
	if err := json.Unmarshal(b, &back); err != nil || !slices.Equal(back, ov) {
		t.Errorf("round trip %s -> %+v, %v", b, back, err)
	}
}
