package claims_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"factline/timeline"
	"factline/timeline/pipeline"
)

// devDir finds the shared development documents; they are not part of the
// project, so the test skips without them, except in CI.
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

type goldClaim struct {
	Speaker   string   `json:"speaker"`
	Aliases   []string `json:"aliases"`
	Canonical []string `json:"canonical"`
	Key       string   `json:"key"`
	Optional  bool     `json:"optional"`
}

type goldDoc struct {
	Doc       string      `json:"doc"`
	Format    string      `json:"format"`
	Published *string     `json:"published"`
	Claims    []goldClaim `json:"claims"`
}

var nonWord = regexp.MustCompile(`[^\p{L}\p{N}]+`)

func words(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`).Replace(strings.ToLower(s))
	return " " + strings.TrimSpace(nonWord.ReplaceAllString(s, " ")) + " "
}

// TestDevDocuments runs the whole pipeline over the development documents and
// reports how many gold claims it finds and how many speakers it names as the
// gold does. It asserts only what must hold for any document: claims point
// into their events and have a speaker and a text.
func TestDevDocuments(t *testing.T) {
	dir := devDir(t)
	golds, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if len(golds) == 0 {
		t.Fatal("no gold files")
	}
	for _, gp := range golds {
		raw, err := os.ReadFile(gp)
		if err != nil {
			t.Fatal(err)
		}
		var g goldDoc
		if err := json.Unmarshal(raw, &g); err != nil {
			t.Fatalf("%s: %v", gp, err)
		}
		input, err := os.ReadFile(filepath.Join(dir, g.Doc))
		if err != nil {
			t.Fatal(err)
		}
		format, err := timeline.ParseFormat(g.Format)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := pipeline.New().Run(context.Background(), input, timeline.Options{Format: format})
		if err != nil {
			t.Fatalf("%s: %v", g.Doc, err)
		}
		var texts, speakers []string
		total := 0
		for _, ev := range doc.Events {
			for _, c := range ev.Claims {
				total++
				if c.Speaker == "" || c.Text == "" || c.Start < 0 || c.End > len(ev.Text) || c.Start >= c.End {
					t.Errorf("%s e%d: malformed claim %+v", g.Doc, ev.Ordinal, c)
				}
				if ev.Kind != timeline.KindUpdate || ev.DuplicateOf != 0 {
					t.Errorf("%s e%d: claim on a %s event", g.Doc, ev.Ordinal, ev.Kind)
				}
				texts = append(texts, words(c.Text))
				speakers = append(speakers, strings.ToLower(c.Speaker))
			}
		}
		required, found, canonical := 0, 0, 0
		for _, gc := range g.Claims {
			if gc.Optional {
				continue
			}
			required++
			key := words(gc.Key)
			for i, tx := range texts {
				if strings.Contains(tx, key) {
					found++
					for _, n := range append([]string{gc.Speaker}, gc.Canonical...) {
						if strings.EqualFold(strings.TrimPrefix(n, "the "), speakers[i]) {
							canonical++
							break
						}
					}
					break
				}
			}
		}
		t.Logf("%s: %d claims predicted; %d of %d required gold claims found by text, %d with the canonical speaker; %d entities",
			g.Doc, total, found, required, canonical, len(doc.Entities))
		if total == 0 {
			t.Errorf("%s: no claims at all", g.Doc)
		}
	}
}
