package ingest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"factline/timeline"
)

// heldoutGold is the development gold schema plus the page furniture that must
// stay out of every update and caption.
type heldoutGold struct {
	Doc       string       `json:"doc"`
	Published *string      `json:"published"`
	Updates   []goldUpdate `json:"updates"`
	Captions  []struct {
		Starts string `json:"starts"`
	} `json:"captions"`
	Repeated    int      `json:"repeated_captions"`
	Boilerplate []string `json:"boilerplate"`
	// KnownMisses are required updates the segmenter is known to merge into
	// the one before: logged, and an error once they are found (then the
	// entry must go).
	KnownMisses []string `json:"known_misses"`
}

// startsWith reports whether the event's text, past a wire dateline, its
// headline or a time stamp, begins with the gold phrase (as the scorer reads it).
func startsWith(e timeline.Event, want string) bool {
	text := e.Text
	if k := datelineEnd(text); k > 0 && !strings.HasPrefix(want, words(text[:k])) {
		text = text[k:]
	}
	for _, s := range []string{text, e.Text, e.Headline + " " + e.Text} {
		if strings.HasPrefix(words(s), want) {
			return true
		}
	}
	return false
}

// TestHeldoutSegmentation runs the fixtures written as unseen pages would be
// (testdata/heldout, annotated before the segmenter was run on them): every
// update found once and dated right, no stray update, captions and their
// repeats found, and no furniture inside the story.
func TestHeldoutSegmentation(t *testing.T) {
	golds, _ := filepath.Glob(filepath.Join("testdata", "heldout", "*.gold.json"))
	if len(golds) < 6 {
		t.Fatalf("want at least 6 held-out fixtures, found %d", len(golds))
	}
	for _, gp := range golds {
		var g heldoutGold
		b, err := os.ReadFile(gp)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatalf("%s: %v", gp, err)
		}
		t.Run(g.Doc, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", "heldout", g.Doc))
			if err != nil {
				t.Fatal(err)
			}
			var opts timeline.Options
			if g.Published != nil {
				if opts.Published, err = timeline.ParsePublished(*g.Published); err != nil {
					t.Fatal(err)
				}
			}
			doc, err := Parse(raw, opts)
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, doc)
			matched := map[int]bool{}
			for _, gu := range g.Updates {
				want := words(gu.Starts)
				found := -1
				for i, e := range doc.Events {
					if e.Kind == timeline.KindUpdate && e.DuplicateOf == 0 && !matched[i] && startsWith(e, want) {
						found = i
						break
					}
				}
				known := contains(g.KnownMisses, gu.Starts)
				if found < 0 {
					switch {
					case known:
						t.Logf("known miss: no update starts %q", gu.Starts)
					case !gu.Optional:
						t.Errorf("no update starts %q", gu.Starts)
					}
					continue
				}
				if known {
					t.Errorf("update %q is found now: take it off known_misses", gu.Starts)
				}
				matched[found] = true
				got := doc.Events[found].Time.String()
				if len(gu.Dates) > 0 && !contains(gu.Dates, got[:min(10, len(got))]) {
					t.Errorf("update %q dated %q, want one of %v", gu.Starts, got, gu.Dates)
				}
			}
			for i, e := range doc.Events {
				if e.Kind == timeline.KindUpdate && e.DuplicateOf == 0 && !matched[i] {
					t.Errorf("stray update e%d: %.70q", e.Ordinal, e.Text)
				}
			}
			capMatched := map[int]bool{}
			for _, gc := range g.Captions {
				want := words(gc.Starts)
				found := false
				for i, e := range doc.Events {
					if e.Kind == timeline.KindCaption && e.DuplicateOf == 0 && !capMatched[i] && strings.HasPrefix(words(e.Text), want) {
						capMatched[i], found = true, true
						break
					}
				}
				if !found {
					t.Errorf("no caption starts %q", gc.Starts)
				}
			}
			dups := 0
			for i, e := range doc.Events {
				if e.Kind != timeline.KindCaption {
					continue
				}
				if e.DuplicateOf != 0 {
					dups++
				} else if !capMatched[i] {
					t.Errorf("stray caption e%d: %.70q", e.Ordinal, e.Text)
				}
			}
			if dups != g.Repeated {
				t.Errorf("%d repeated captions marked, gold has %d", dups, g.Repeated)
			}
			for _, bp := range g.Boilerplate {
				w := " " + words(bp) + " "
				for _, e := range doc.Events {
					if e.Kind != timeline.KindBoilerplate && strings.Contains(" "+words(e.Text)+" ", w) {
						t.Errorf("furniture %q inside %s e%d: %.60q", bp, e.Kind, e.Ordinal, e.Text)
					}
				}
			}
		})
	}
}

// BenchmarkParseProse1MB measures segmentation of a page told apart by topic
// alone (no time stamps), the segmenter's slowest path: the held-out prose
// pages repeated to 1 MB, with the repeats numbered so they are not duplicates.
func BenchmarkParseProse1MB(b *testing.B) {
	var parts []string
	for _, name := range []string{"heldout-ceasefire.txt", "heldout-outbreak.txt", "heldout-cyclone.txt", "heldout-protests.txt"} {
		raw, err := os.ReadFile(filepath.Join("testdata", "heldout", name))
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, string(raw))
	}
	var sb strings.Builder
	for i := 0; sb.Len() < 1<<20; i++ {
		for _, p := range strings.Split(parts[i%len(parts)], "\n") {
			if p != "" {
				sb.WriteString(p)
				sb.WriteString(" Item ")
				sb.WriteString(strconv.Itoa(i))
			}
			sb.WriteString("\n")
		}
	}
	in := []byte(sb.String())
	b.SetBytes(int64(len(in)))
	b.ResetTimer()
	for b.Loop() {
		if _, err := Parse(in, timeline.Options{Format: timeline.FormatText}); err != nil {
			b.Fatal(err)
		}
	}
}
