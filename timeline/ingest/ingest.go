// Package ingest reads a live page in any of the input formats and turns it into
// segmented, dated events: blocks become updates, captions or boilerplate, repeats
// are linked to their first occurrence and relative times are resolved.
package ingest

import (
	"bytes"

	"factline/timeline"
)

// Parse reads one document. The input has passed pipeline.Check (not empty,
// UTF-8, within the size limit).
func Parse(input []byte, opts timeline.Options) (*timeline.Document, error) {
	format := opts.Format
	if format == "" || format == timeline.FormatAuto {
		format = Detect(input)
	}
	var doc *timeline.Document
	var err error
	switch format {
	case timeline.FormatHTML:
		doc, err = parseHTML(input, opts)
	case timeline.FormatJSON:
		doc, err = parseJSON(input, opts)
	case timeline.FormatText:
		doc = parseText(string(input), opts)
	default:
		return nil, timeline.Errorf(timeline.EInvalid, "unknown format %q", format)
	}
	if err != nil {
		return nil, err
	}
	doc.Format = format
	if !hasStory(doc) {
		return nil, timeline.Errorf(timeline.EUnreadable, "no story text found in the %s input", format)
	}
	return doc, nil
}

func hasStory(doc *timeline.Document) bool {
	for _, e := range doc.Events {
		if e.Kind == timeline.KindUpdate {
			return true
		}
	}
	return false
}

// Detect guesses the format of input: JSON when it starts with { or [, HTML when
// it starts with a tag, plain text otherwise.
func Detect(input []byte) timeline.Format {
	t := bytes.TrimLeft(bytes.TrimPrefix(input, []byte("\ufeff")), " \t\r\n")
	if len(t) == 0 {
		return timeline.FormatText
	}
	switch t[0] {
	case '{', '[':
		return timeline.FormatJSON
	case '<':
		return timeline.FormatHTML
	}
	return timeline.FormatText
}
