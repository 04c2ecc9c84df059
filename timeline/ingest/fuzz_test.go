package ingest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"factline/timeline"
)

func jsonMarshal(v any) ([]byte, error) { return json.Marshal(v) }

// checkDoc asserts what every parse must give, whatever the input.
func checkDoc(t *testing.T, doc *timeline.Document) {
	t.Helper()
	for i, e := range doc.Events {
		if e.Ordinal != i+1 {
			t.Fatalf("event %d has ordinal %d", i+1, e.Ordinal)
		}
		if e.DuplicateOf < 0 || e.DuplicateOf >= e.Ordinal {
			t.Fatalf("event %d duplicate_of %d is not an earlier event", e.Ordinal, e.DuplicateOf)
		}
		if e.DuplicateOf > 0 && normText(doc.Events[e.DuplicateOf-1].Text) != normText(e.Text) {
			t.Fatalf("event %d duplicates a different text", e.Ordinal)
		}
		if !utf8.ValidString(e.Text) || !utf8.ValidString(e.Headline) {
			t.Fatalf("event %d holds invalid UTF-8", e.Ordinal)
		}
		if e.Part < 0 || e.Part >= len(doc.Parts) {
			t.Fatalf("event %d in part %d of %d", e.Ordinal, e.Part, len(doc.Parts))
		}
		switch e.Kind {
		case timeline.KindUpdate, timeline.KindCaption, timeline.KindBoilerplate:
		default:
			t.Fatalf("event %d kind %q", e.Ordinal, e.Kind)
		}
	}
}

func fuzzParse(t *testing.T, data []byte, f timeline.Format) {
	if !utf8.Valid(data) || len(strings.TrimSpace(string(data))) == 0 {
		return // pipeline.Check refuses these before Parse
	}
	doc, err := Parse(data, timeline.Options{Format: f})
	if err != nil {
		if timeline.ErrorCode(err) == timeline.EInternal {
			t.Fatalf("unclassified error: %v", err)
		}
		return
	}
	checkDoc(t, doc)
}

func addDevSeeds(f *testing.F, ext string) {
	matches, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "eval", "dev", "*."+ext))
	held, _ := filepath.Glob(filepath.Join("testdata", "heldout", "*."+ext))
	for _, m := range append(matches, held...) {
		if b, err := os.ReadFile(m); err == nil {
			f.Add(b)
		}
	}
}

func FuzzParseText(f *testing.F) {
	f.Add([]byte(latestPage))
	f.Add([]byte("Jan. 14, 2026, 9:40 AM EST\n\nHeadline here\n\nText said.\n\n10:15 a.m.\n\nMore."))
	f.Add([]byte("OSTER (AP) — x\nClick to Gallery\nA. (AP Photo/B)\nA. (AP Photo/B)\nThe Latest:\nY said."))
	addDevSeeds(f, "txt")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, data, timeline.FormatText) })
}

func FuzzParseHTML(f *testing.F) {
	f.Add([]byte(jsonldPage))
	f.Add([]byte(visiblePage))
	f.Add([]byte(`<html><script type="application/ld+json">[{"@graph":[{"@type":["LiveBlogPosting"],"liveBlogUpdate":{"articleBody":"<p>x</p>"}}]}]</script>`))
	f.Add([]byte(`<article><time datetime="bad">x</time><p>y</p></article><<<>>>`))
	addDevSeeds(f, "html")
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, data, timeline.FormatHTML) })
}

func FuzzParseJSON(f *testing.F) {
	f.Add([]byte(`{"story":{"title":"t","published":"2026-01-01"},"events":[{"text":"a said b","time":"2026-01-01T10:00:00Z"}]}`))
	f.Add([]byte(`[{"kind":"caption","text":"x"},{"text":"y"}]`))
	f.Add([]byte(`{"@type":"LiveBlogPosting","liveBlogUpdate":[{"articleBody":"z","datePublished":"2026-01-01"}]}`))
	f.Add([]byte(`{"events":[{"text":null}]}`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, data, timeline.FormatJSON) })
}
