// Package ingest reads a live page in any of the input formats and turns it into
// segmented, dated events: blocks become updates, captions or boilerplate, repeats
// are linked to their first occurrence and relative times are resolved.
package ingest

import (
	"strings"

	"factline/timeline"
)

// Parse reads one document. The input has passed pipeline.Check.
func Parse(input []byte, opts timeline.Options) (*timeline.Document, error) {
	doc := &timeline.Document{Format: timeline.FormatText, Published: opts.Published, SourceURL: opts.SourceURL}
	for _, line := range strings.Split(string(input), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		doc.Events = append(doc.Events, timeline.Event{Ordinal: len(doc.Events) + 1, Kind: timeline.KindUpdate, Text: line})
	}
	return doc, nil
}
