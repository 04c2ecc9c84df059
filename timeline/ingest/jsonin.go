package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"factline/timeline"
)

// jsonDoc is the API's own shape (timeline.ContractDoc) as input: only the fields
// an import needs; claims and figures are extracted again.
type jsonDoc struct {
	Story *struct {
		Title     *string `json:"title"`
		Published *string `json:"published"`
		SourceURL *string `json:"source_url"`
	} `json:"story"`
	Events []jsonEvent `json:"events"`
}

type jsonEvent struct {
	ID          *string `json:"id"`
	Kind        *string `json:"kind"`
	Time        *string `json:"time"`
	Headline    *string `json:"headline"`
	Text        *string `json:"text"`
	SourceRef   *string `json:"source_ref"`
	DuplicateOf *string `json:"duplicate_of"`
}

// parseJSON reads a document in the API's JSON shape ({"story":…, "events":[…]}),
// a bare list of such events, or a schema.org LiveBlogPosting.
func parseJSON(input []byte, opts timeline.Options) (*timeline.Document, error) {
	trimmed := bytes.TrimSpace(input)
	var probe any
	if err := json.Unmarshal(trimmed, &probe); err != nil {
		return nil, jsonError(err)
	}
	doc := &timeline.Document{Format: timeline.FormatJSON, Published: opts.Published, SourceURL: opts.SourceURL}
	if ups := liveBlogUpdates([]any{probe}); len(ups) > 0 {
		if m, ok := probe.(map[string]any); ok {
			if h, ok := m["headline"].(string); ok {
				doc.Title = clean(h)
			}
		}
		sortByTime(ups)
		finish(doc, ups, opts)
		return doc, nil
	}
	var jd jsonDoc
	dec := json.NewDecoder(bytes.NewReader(trimmed))
	if len(trimmed) > 0 && trimmed[0] == '[' {
		if err := dec.Decode(&jd.Events); err != nil {
			return nil, jsonError(err)
		}
	} else if err := dec.Decode(&jd); err != nil {
		return nil, jsonError(err)
	}
	if jd.Events == nil {
		return nil, timeline.Errorf(timeline.EUnreadable, `JSON input: want {"events": [...]} with one object per event (or a schema.org LiveBlogPosting)`)
	}
	if jd.Story != nil {
		if jd.Story.Title != nil {
			doc.Title = *jd.Story.Title
		}
		if doc.Published.IsZero() && jd.Story.Published != nil {
			if w, err := timeline.ParsePublished(*jd.Story.Published); err == nil {
				doc.Published = w
				opts.Published = w
			}
		}
		if doc.SourceURL == "" && jd.Story.SourceURL != nil {
			doc.SourceURL = *jd.Story.SourceURL
			opts.SourceURL = doc.SourceURL
		}
	}
	ds := make([]draft, 0, len(jd.Events))
	for i, je := range jd.Events {
		if je.Text == nil || strings.TrimSpace(*je.Text) == "" {
			return nil, timeline.Errorf(timeline.EUnreadable, "JSON input: event %d has no \"text\"", i+1)
		}
		d := draft{Event: timeline.Event{Kind: timeline.KindUpdate, Text: strings.TrimSpace(*je.Text)}}
		if je.Kind != nil {
			switch k := timeline.Kind(*je.Kind); k {
			case timeline.KindUpdate, timeline.KindCaption, timeline.KindBoilerplate:
				d.Kind = k
			default:
				return nil, timeline.Errorf(timeline.EUnreadable, "JSON input: event %d has kind %q (want update, caption or boilerplate)", i+1, *je.Kind)
			}
		}
		if je.Headline != nil {
			d.Headline = strings.TrimSpace(*je.Headline)
		}
		if je.Time != nil && *je.Time != "" {
			w, ok := parseStamp(*je.Time)
			if !ok {
				return nil, timeline.Errorf(timeline.EUnreadable, "JSON input: event %d has time %q (want YYYY-MM-DD or RFC 3339)", i+1, *je.Time)
			}
			d.Time = w
		}
		if je.SourceRef != nil {
			d.SourceRef = *je.SourceRef
			d.Key = *je.SourceRef
		}
		if d.Key == "" && je.ID != nil && d.Time.Precision == timeline.PrecisionMinute {
			d.Key = stampKey(d.Time)
		}
		ds = append(ds, d)
	}
	finish(doc, ds, opts)
	return doc, nil
}

// jsonError explains a decoding error in the user's terms.
func jsonError(err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return timeline.Errorf(timeline.EUnreadable, "JSON input is malformed at byte %d: %v", se.Offset, se)
	case errors.As(err, &te):
		field := te.Field
		if field == "" {
			field = "the document"
		}
		return timeline.Errorf(timeline.EUnreadable, "JSON input: %s should be %s, not a JSON %s", field, kindName(te.Type.Kind().String()), te.Value)
	}
	return timeline.Errorf(timeline.EUnreadable, "JSON input: %v", fmt.Sprint(err))
}

func kindName(k string) string {
	switch k {
	case "slice":
		return "a list"
	case "struct", "map":
		return "an object"
	case "ptr":
		return "a string"
	}
	return "a " + k
}
