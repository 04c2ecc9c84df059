package series

import (
	"strconv"
	"strings"
	"time"

	"factline/timeline"
)

// The documents of these tests are invented: places, people and bodies that
// do not exist.

var zone = time.FixedZone("EST", -5*3600)

func at(day, hour, min int) timeline.When {
	return timeline.Minute(time.Date(2030, 3, day, hour, min, 0, 0, zone), "")
}

func dayOf(day int) timeline.When { return timeline.Day(2030, time.March, day, "") }

// fig makes a figure; its span is found from its text in the event's text.
type fig struct {
	v       float64
	bound   timeline.Bound
	metric  string
	unit    string
	subject string
	source  string
	text    string
	role    timeline.Role
	partOf  int
	when    timeline.When
	id      string
	high    float64
}

func (f fig) figure() timeline.Figure {
	b := f.bound
	if b == "" {
		b = timeline.BoundExact
	}
	out := timeline.Figure{ID: f.id, Value: f.v, Bound: b, Metric: f.metric, Unit: f.unit, Subject: f.subject,
		Source: f.source, Text: f.text, Role: f.role, PartOf: f.partOf - 1, Time: f.when}
	v := f.v
	switch b {
	case timeline.BoundAtMost, timeline.BoundLessThan:
		out.High = &v
	case timeline.BoundRange:
		h := f.high
		out.Low, out.High = &v, &h
	default:
		out.Low = &v
	}
	return out
}

// ev makes a stored event; partOf in figs counts from 1 (0: none) so the zero
// value means no part.
func ev(ord int, w timeline.When, text string, figs ...fig) timeline.StoredEvent {
	e := timeline.StoredEvent{ID: int64(100 + ord), Revision: 1, Event: timeline.Event{Ordinal: ord, Kind: timeline.KindUpdate, Time: w, Text: text}}
	from := 0
	for i, f := range figs {
		tf := f.figure()
		if tf.ID == "" {
			tf.ID = "e" + strconv.Itoa(ord) + "f" + strconv.Itoa(i)
		}
		if k := strings.Index(text[from:], f.text); f.text != "" && k >= 0 {
			tf.Start, tf.End = from+k, from+k+len(f.text)
			from = tf.Start
		} else {
			tf.Start, tf.End = -1, -1
		}
		e.Figures = append(e.Figures, tf)
	}
	return e
}

func values(l *Line) []float64 {
	if l == nil {
		return nil
	}
	out := make([]float64, len(l.Points))
	for i, p := range l.Points {
		out[i] = p.Value
	}
	return out
}

func contextKinds(s *Series) map[float64]ContextKind {
	out := map[float64]ContextKind{}
	for _, c := range s.Context {
		out[c.Value] = c.Context
	}
	return out
}
