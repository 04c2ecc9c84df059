package db

import (
	"context"
	"testing"
)

func TestCachedSeries(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	mustStory(t, s, "quake")
	st, err := s.Story(ctx, "quake")
	if err != nil {
		t.Fatal(err)
	}
	if got, err := s.CachedSeries(ctx, st.ID, "k1"); err != nil || got != nil {
		t.Fatalf("nothing kept yet: %q, %v", got, err)
	}
	for _, body := range []string{"first", "second"} {
		if err := s.PutCachedSeries(ctx, st.ID, "k1", []byte(body)); err != nil {
			t.Fatal(err)
		}
		if got, err := s.CachedSeries(ctx, st.ID, "k1"); err != nil || string(got) != body {
			t.Errorf("kept %q, %v; want %q", got, err, body)
		}
	}
	if got, _ := s.CachedSeries(ctx, st.ID, "k2"); got != nil {
		t.Errorf("another key reads %q", got)
	}
	if err := s.PutCachedSeries(ctx, st.ID, "k2", []byte("third")); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.CachedSeries(ctx, st.ID, "k1"); got != nil {
		t.Errorf("the replaced key still reads %q", got)
	}
	// A story that is not there keeps nothing, and no error: it may have
	// gone between the read and the write.
	if err := s.PutCachedSeries(ctx, st.ID+100, "k", []byte("x")); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.CachedSeries(ctx, st.ID+100, "k"); got != nil {
		t.Errorf("a missing story kept %q", got)
	}
}
