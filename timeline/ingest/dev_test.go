package ingest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"factline/timeline"
)

// devDir finds the shared development documents; they are not part of the
// project (the seed is copyrighted), so tests skip without them, except in CI.
func devDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "eval", "dev")
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("development documents missing at %s (CI=true)", dir)
		}
		t.Skipf("development documents not found at %s; skipping", dir)
	}
	return dir
}

type goldUpdate struct {
	Starts   string   `json:"starts"`
	Optional bool     `json:"optional"`
	Dates    []string `json:"dates"`
}

type gold struct {
	Doc      string                    `json:"doc"`
	Updates  []goldUpdate              `json:"updates"`
	Captions []struct{ Starts string } `json:"captions"`
	Repeated int                       `json:"repeated_captions"`
}

var nonWord = regexp.MustCompile(`[^\p{L}\p{N}]+`)

func words(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"").Replace(strings.ToLower(s))
	return strings.TrimSpace(nonWord.ReplaceAllString(s, " "))
}

// TestDevSegmentation checks segmentation and dating against the gold files:
// every required update starts an update event dated on one of its gold dates,
// no update event is left unexplained, and every repeated caption is linked.
func TestDevSegmentation(t *testing.T) {
	dir := devDir(t)
	golds, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if len(golds) == 0 {
		t.Fatal("no gold files")
	}
	for _, gp := range golds {
		var g gold
		b, err := os.ReadFile(gp)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatal(err)
		}
		t.Run(g.Doc, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(dir, g.Doc))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Parse(raw, timeline.Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, doc)
			matched := map[int]bool{}
			for _, gu := range g.Updates {
				want := words(gu.Starts)
				found := -1
				for i, e := range doc.Events {
					if e.Kind != timeline.KindUpdate || e.DuplicateOf != 0 || matched[i] {
						continue
					}
					text := e.Text
					if k := datelineEnd(text); k > 0 && !strings.HasPrefix(want, words(text[:k])) {
						text = text[k:]
					}
					if strings.HasPrefix(words(text), want) || strings.HasPrefix(words(e.Text), want) {
						found = i
						break
					}
				}
				if found < 0 {
					if !gu.Optional {
						t.Errorf("no update starts %q", gu.Starts)
					}
					continue
				}
				matched[found] = true
				if len(gu.Dates) > 0 && !contains(gu.Dates, doc.Events[found].Time.String()[:min(10, len(doc.Events[found].Time.String()))]) {
					t.Errorf("update %q dated %q, want one of %v", gu.Starts, doc.Events[found].Time.String(), gu.Dates)
				}
			}
			for i, e := range doc.Events {
				if e.Kind == timeline.KindUpdate && e.DuplicateOf == 0 && !matched[i] {
					t.Errorf("update e%d matches no gold update: %.60q", e.Ordinal, e.Text)
				}
			}
			dups := 0
			for _, e := range doc.Events {
				if e.Kind == timeline.KindCaption && e.DuplicateOf != 0 {
					dups++
				}
			}
			if dups != g.Repeated {
				t.Errorf("%d repeated captions marked, gold has %d", dups, g.Repeated)
			}
		})
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
