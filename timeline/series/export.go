package series

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"time"

	"factline/timeline"
)

// The JSON shapes of the API (/api/v1/stories/{slug}/series and
// /api/v1/series/{id}); fields may be added, never renamed.

type SetJSON struct {
	Series []SeriesJSON `json:"series"`
	Flags  []FlagJSON   `json:"flags"`
	// Stale are overrides that matched nothing.
	Stale []Override `json:"stale_overrides,omitempty"`
}

type SeriesJSON struct {
	ID         string      `json:"id"`
	Label      string      `json:"label"`
	Metric     string      `json:"metric"`
	Group      string      `json:"group,omitempty"`
	Unit       string      `json:"unit"`
	Parent     string      `json:"parent,omitempty"`
	Cumulative bool        `json:"cumulative"`
	Custom     bool        `json:"custom,omitempty"`
	Lines      []LineJSON  `json:"lines"`
	Context    []PointJSON `json:"context"`
	Flags      []FlagJSON  `json:"flags"`
}

type LineJSON struct {
	ID string `json:"id"`
	// Source is null for the line of unattributed figures.
	Source *string     `json:"source"`
	Label  string      `json:"label"`
	Points []PointJSON `json:"points"`
}

type PointJSON struct {
	FigureID string `json:"figure_id"`
	// EventID is the store's id (0 outside the store); Event the contract id
	// ("e12") within the imported document.
	EventID  int64   `json:"event_id,omitempty"`
	Event    string  `json:"event"`
	EventURL string  `json:"event_url,omitempty"`
	AsOf     *string `json:"as_of"`
	// AsOfLocal is a minute-precision as-of time in the source's own zone
	// ("2025-09-23T19:20:00-05:00"): its date is the page's date.
	AsOfLocal *string            `json:"as_of_local,omitempty"`
	Precision timeline.Precision `json:"precision"`
	AsOfText  string             `json:"as_of_text,omitempty"`
	Value     float64            `json:"value"`
	Low       *float64           `json:"low"`
	High      *float64           `json:"high"`
	Bound     timeline.Bound     `json:"bound"`
	Unit      string             `json:"unit"`
	// Role is "value" for a point of a line, else why it is context (part,
	// restated, increment, repeat, subcount).
	Role    string `json:"role"`
	Of      string `json:"of,omitempty"`
	Text    string `json:"text"`
	Source  string `json:"source,omitempty"`
	Line    string `json:"line"`
	Subject string `json:"subject,omitempty"`
	Flags   []int  `json:"flags,omitempty"`
}

type FlagJSON struct {
	Kind    FlagKind    `json:"kind"`
	Series  string      `json:"series"`
	Message string      `json:"message"`
	Figures []string    `json:"figures"`
	Day     string      `json:"day,omitempty"`
	Sources []string    `json:"sources,omitempty"`
	EventID int64       `json:"event_id,omitempty"`
	Event   string      `json:"event,omitempty"`
	Before  []ValueJSON `json:"before,omitempty"`
	After   []ValueJSON `json:"after,omitempty"`
}

type ValueJSON struct {
	Value    float64        `json:"value"`
	Low      *float64       `json:"low"`
	High     *float64       `json:"high"`
	Bound    timeline.Bound `json:"bound"`
	Text     string         `json:"text,omitempty"`
	Revision int            `json:"revision"`
}

// EventURL gives the link of a point's event; nil leaves event_url out.
type EventURL func(p *Point) string

// JSON converts the whole set.
func (s *Set) JSON(url EventURL) SetJSON {
	out := SetJSON{Series: make([]SeriesJSON, 0, len(s.Series)), Flags: flagsJSON(s.Flags), Stale: s.Stale}
	for i := range s.Series {
		out.Series = append(out.Series, s.Series[i].JSON(url))
	}
	return out
}

// JSON converts one series.
func (s *Series) JSON(url EventURL) SeriesJSON {
	out := SeriesJSON{ID: s.ID, Label: s.Label, Metric: s.Metric, Group: s.Group, Unit: s.Unit, Parent: s.Parent,
		Cumulative: s.Cumulative, Custom: s.Custom, Lines: make([]LineJSON, 0, len(s.Lines)),
		Context: make([]PointJSON, 0, len(s.Context)), Flags: flagsJSON(s.Flags)}
	for i := range s.Lines {
		l := &s.Lines[i]
		lj := LineJSON{ID: l.ID, Label: l.Label, Points: make([]PointJSON, 0, len(l.Points))}
		if l.Source != "" {
			src := l.Source
			lj.Source = &src
		}
		for j := range l.Points {
			lj.Points = append(lj.Points, pointJSON(&l.Points[j], url))
		}
		out.Lines = append(out.Lines, lj)
	}
	for i := range s.Context {
		out.Context = append(out.Context, pointJSON(&s.Context[i], url))
	}
	return out
}

func pointJSON(p *Point, url EventURL) PointJSON {
	out := PointJSON{FigureID: p.FigureID, EventID: p.EventID, Event: timeline.EventID(p.Ordinal),
		Precision: p.When.PrecisionOrUnknown(), AsOfText: p.When.Text, Value: p.Value, Low: p.Low, High: p.High,
		Bound: p.Bound, Unit: p.Unit, Role: p.RoleName(), Of: p.Of, Text: p.Text, Source: p.Source, Line: p.Line,
		Subject: p.Subject, Flags: p.Flags}
	if a := p.When.String(); a != "" {
		out.AsOf = &a
		if p.When.Precision == timeline.PrecisionMinute {
			l := p.When.At.Format(time.RFC3339)
			out.AsOfLocal = &l
		}
	}
	if url != nil {
		out.EventURL = url(p)
	}
	return out
}

// RoleName is "value" for a point of a line, else its context kind.
func (p *Point) RoleName() string {
	if p.Context == ContextNone {
		return "value"
	}
	return string(p.Context)
}

func flagsJSON(fs []Flag) []FlagJSON {
	out := make([]FlagJSON, 0, len(fs))
	for _, f := range fs {
		fj := FlagJSON{Kind: f.Kind, Series: f.Series, Message: f.Message, Figures: f.Figures, Day: f.Day,
			Sources: f.Sources, EventID: f.EventID}
		if fj.Figures == nil {
			fj.Figures = []string{}
		}
		if f.Ordinal > 0 {
			fj.Event = timeline.EventID(f.Ordinal)
		}
		for _, v := range f.Before {
			fj.Before = append(fj.Before, ValueJSON(v))
		}
		for _, v := range f.After {
			fj.After = append(fj.After, ValueJSON(v))
		}
		out = append(out, fj)
	}
	return out
}

var csvHeader = [...]string{"series_id", "series_label", "source", "as_of", "precision", "value", "low", "high",
	"bound", "unit", "role", "text", "event_id", "figure_id", "event", "event_url"}

// CSVHeader returns the first row WriteCSV writes.
func CSVHeader() []string { return slices.Clone(csvHeader[:]) }

// WriteCSV writes the series' points, line by line, then their context
// items (role says which), one row each. event_id is the store's id, or the
// contract id ("e12") for documents not stored; event is the contract id.
// Text cells that a spreadsheet would run as a formula are prefixed with an
// apostrophe. event_url is left empty: WriteLinkedCSV fills it.
func WriteCSV(w io.Writer, series ...*Series) error { return WriteLinkedCSV(w, nil, series...) }

// WriteLinkedCSV is WriteCSV with each row's event link (nil: none).
func WriteLinkedCSV(w io.Writer, url EventURL, series ...*Series) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader()); err != nil {
		return fmt.Errorf("write csv header: %w", err)
	}
	row := make([]string, len(csvHeader))
	write := func(s *Series, source string, p *Point) error {
		row[0] = s.ID
		row[1] = cell(s.Label)
		row[2] = cell(source)
		row[3] = p.When.String()
		row[4] = string(p.When.PrecisionOrUnknown())
		row[5] = num(p.Value)
		row[6] = numPtr(p.Low)
		row[7] = numPtr(p.High)
		row[8] = string(p.Bound)
		row[9] = cell(p.Unit)
		row[10] = p.RoleName()
		row[11] = cell(p.Text)
		if p.EventID > 0 {
			row[12] = strconv.FormatInt(p.EventID, 10)
		} else {
			row[12] = timeline.EventID(p.Ordinal)
		}
		row[13] = p.FigureID
		row[14] = timeline.EventID(p.Ordinal)
		row[15] = ""
		if url != nil {
			row[15] = cell(url(p))
		}
		return cw.Write(row)
	}
	for _, s := range series {
		for li := range s.Lines {
			l := &s.Lines[li]
			for pi := range l.Points {
				if err := write(s, l.Source, &l.Points[pi]); err != nil {
					return fmt.Errorf("write csv: %w", err)
				}
			}
		}
		for ci := range s.Context {
			p := &s.Context[ci]
			if err := write(s, p.LineSource, p); err != nil {
				return fmt.Errorf("write csv: %w", err)
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func numPtr(v *float64) string {
	if v == nil {
		return ""
	}
	return num(*v)
}

// cell defuses spreadsheet formulas in free text.
func cell(s string) string {
	if s != "" && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r') {
		return "'" + s
	}
	return s
}
