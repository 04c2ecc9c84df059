// Package pipeline turns raw input into an extracted timeline.Document: it checks
// the input, parses and segments it (ingest) and runs the extractor.
package pipeline

import (
	"bytes"
	"context"
	"fmt"
	"unicode/utf8"

	"factline/timeline"
	"factline/timeline/extract"
	"factline/timeline/ingest"
)

// Pipeline runs the steps with a chosen extractor.
type Pipeline struct {
	Extractor timeline.Extractor
}

// New returns the pipeline with factline's extractor.
func New() *Pipeline {
	return &Pipeline{Extractor: extract.New()}
}

// Run parses, segments, dates and extracts one document.
func (p *Pipeline) Run(ctx context.Context, input []byte, opts timeline.Options) (*timeline.Document, error) {
	if err := Check(input, opts.MaxBytes); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	doc, err := ingest.Parse(input, opts)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if p.Extractor != nil {
		p.Extractor.Extract(doc)
	}
	return doc, nil
}

// Check rejects input that cannot be a document: empty, too large, binary or not
// UTF-8. The messages are meant for the user.
func Check(input []byte, maxBytes int64) error {
	if maxBytes <= 0 {
		maxBytes = timeline.DefaultMaxBytes
	}
	if int64(len(input)) > maxBytes {
		return timeline.Errorf(timeline.ETooLarge, "the document is %s; the limit is %s", humanBytes(int64(len(input))), humanBytes(maxBytes))
	}
	if len(bytes.TrimSpace(input)) == 0 {
		return timeline.Errorf(timeline.EInvalid, "the document is empty")
	}
	if bytes.IndexByte(input, 0) >= 0 {
		return timeline.Errorf(timeline.EUnreadable, "the document looks binary (it holds NUL bytes); paste text, HTML or JSON")
	}
	if !utf8.Valid(input) {
		off := firstInvalidUTF8(input)
		return timeline.Errorf(timeline.EUnreadable, "the document is not valid UTF-8 (first bad byte at offset %d); save it as UTF-8 and try again", off)
	}
	return nil
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
