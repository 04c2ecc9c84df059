package db

import (
	"context"
	"testing"

	"factline/timeline"
	"factline/timeline/series"
)

func TestSeriesOverridesRoundTrip(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	mustStory(t, s, "quake")
	mustStory(t, s, "other")
	before, _ := s.Story(ctx, "quake")

	a, err := s.AddSeriesOverride(ctx, "quake", series.Override{Kind: series.OverrideMove, FigureID: "f12", To: "deaths.rescuers"})
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.AddSeriesOverride(ctx, "quake", series.Override{Kind: series.OverrideMerge, From: "dead", To: "deaths"})
	if err != nil {
		t.Fatal(err)
	}
	if a.ID == 0 || b.ID <= a.ID {
		t.Errorf("ids %d, %d: want increasing ids", a.ID, b.ID)
	}
	got, err := s.SeriesOverrides(ctx, "quake")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0] != a || got[1] != b {
		t.Errorf("overrides %+v, want %+v then %+v", got, a, b)
	}
	if other, _ := s.SeriesOverrides(ctx, "other"); len(other) != 0 {
		t.Errorf("another story sees %d overrides", len(other))
	}
	after, _ := s.Story(ctx, "quake")
	if !after.UpdatedAt.After(before.UpdatedAt) && !after.UpdatedAt.Equal(before.UpdatedAt) {
		t.Errorf("updated_at went back: %v -> %v", before.UpdatedAt, after.UpdatedAt)
	}

	if err := s.DeleteSeriesOverride(ctx, "quake", a.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.SeriesOverrides(ctx, "quake"); len(got) != 1 || got[0].ID != b.ID {
		t.Errorf("after delete: %+v", got)
	}
	if err := s.DeleteSeriesOverride(ctx, "other", b.ID); timeline.ErrorCode(err) != timeline.ENotFound {
		t.Errorf("deleting another story's override: %v, want not found", err)
	}
}

func TestSeriesOverridesRefuseBadOnes(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	mustStory(t, s, "quake")
	if _, err := s.AddSeriesOverride(ctx, "quake", series.Override{Kind: series.OverrideMerge, From: "a", To: "b"}); err != nil {
		t.Fatal(err)
	}
	for name, o := range map[string]series.Override{
		"cycle":        {Kind: series.OverrideMerge, From: "b", To: "a"},
		"no figure":    {Kind: series.OverrideMove, To: "deaths"},
		"bad series":   {Kind: series.OverrideMove, FigureID: "f1", To: "Deaths Toll!"},
		"unknown kind": {Kind: "rename", To: "deaths"},
	} {
		if _, err := s.AddSeriesOverride(ctx, "quake", o); timeline.ErrorCode(err) != timeline.EInvalid {
			t.Errorf("%s: err %v, want invalid", name, err)
		}
	}
	if _, err := s.AddSeriesOverride(ctx, "nope", series.Override{Kind: series.OverrideLabel, To: "deaths", Label: "Toll"}); timeline.ErrorCode(err) != timeline.ENotFound {
		t.Errorf("unknown story: %v", err)
	}
	if got, _ := s.SeriesOverrides(ctx, "quake"); len(got) != 1 {
		t.Errorf("refused overrides were stored: %+v", got)
	}
}
