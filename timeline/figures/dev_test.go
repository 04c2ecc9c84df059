package figures

import (
	"encoding/json"
	"html"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// devDir is the development corpus, relative to this package.
const devDir = "../../../shared/eval/dev"

type goldFile struct {
	Doc     string `json:"doc"`
	Format  string `json:"format"`
	Figures []struct {
		Value    float64  `json:"value"`
		Metric   []string `json:"metric"`
		Optional bool     `json:"optional"`
		Context  string   `json:"context"`
	} `json:"figures"`
}

var (
	scriptRe = regexp.MustCompile(`(?is)<(script|style)[^>]*>.*?</(script|style)>`)
	tagRe    = regexp.MustCompile(`<[^>]+>`)
)

// TestDevRecall finds the gold figures of the development documents paragraph
// by paragraph, matching as the scorer does (value within 0.5 % and a gold
// keyword in metric, unit, subject or a short text). Segmentation is not this
// package's, so precision is left to the scorer.
func TestDevRecall(t *testing.T) {
	golds, _ := filepath.Glob(filepath.Join(devDir, "*.gold.json"))
	if len(golds) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no gold files in %s", devDir)
		}
		t.Skipf("no development documents in %s", devDir)
	}
	f := New()
	found, total := 0, 0
	for _, gp := range golds {
		b, err := os.ReadFile(gp)
		if err != nil {
			t.Fatal(err)
		}
		var g goldFile
		if err := json.Unmarshal(b, &g); err != nil {
			t.Fatal(err)
		}
		raw, err := os.ReadFile(filepath.Join(devDir, g.Doc))
		if err != nil {
			t.Fatal(err)
		}
		text := string(raw)
		if g.Format == "html" {
			text = scriptRe.ReplaceAllString(text, "")
			text = html.UnescapeString(tagRe.ReplaceAllString(text, "\n"))
		}
		type pred struct {
			val, low float64
			blob     string
		}
		var preds []pred
		for _, para := range strings.Split(text, "\n") {
			figs := f.Find(para)
			checkInvariants(t, para, figs)
			for _, fg := range figs {
				blob := fg.Metric + " " + fg.Unit + " " + fg.Subject
				if wordCount(fg.Text) <= 12 {
					blob += " " + fg.Text
				}
				low := math.NaN()
				if fg.Low != nil {
					low = *fg.Low
				}
				preds = append(preds, pred{fg.Value, low, strings.ToLower(blob)})
			}
		}
		used := make([]bool, len(preds))
		for _, gf := range g.Figures {
			if gf.Optional {
				continue
			}
			total++
			ok := false
			for i, p := range preds {
				if used[i] {
					continue
				}
				near := func(v float64) bool { return math.Abs(v-gf.Value) <= 0.005*math.Abs(gf.Value) }
				if !near(p.val) && !near(p.low) {
					continue
				}
				for _, k := range gf.Metric {
					if strings.Contains(p.blob, strings.ToLower(k)) {
						ok = true
						break
					}
				}
				if ok {
					used[i] = true
					break
				}
			}
			if ok {
				found++
			} else {
				t.Logf("%s: missed %v %v %q", g.Doc, gf.Value, gf.Metric, gf.Context)
			}
		}
	}
	if r := float64(found) / float64(total); r < 0.95 {
		t.Errorf("recall %.3f (%d of %d) below 0.95", r, found, total)
	}
}
