package series

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"

	"factline/timeline"
)

func exportStory() *Set { return Build(exportEvents(), nil, nil, Options{}) }

func exportEvents() []timeline.StoredEvent {
	return []timeline.StoredEvent{
		ev(1, at(17, 9, 0), "At least 8 people were killed, the council said.",
			fig{v: 8, bound: timeline.BoundAtLeast, metric: "killed", source: "council", text: "At least 8 people were killed", id: "a"}),
		ev(2, at(17, 14, 30), "The council said 30 people died, including 4 children. =HYPERLINK(1)",
			fig{v: 30, metric: "died", source: "council", text: "30 people died", id: "b"},
			fig{v: 4, metric: "died", subject: "children", source: "council", text: "4 children", partOf: 1, id: "c"}),
		ev(3, timeline.Day(2030, 3, 18, "Tuesday"), "A relief group counted =12 dead.",
			fig{v: 12, metric: "dead", source: "relief group", text: "=12 dead", id: "d"}),
		ev(4, at(18, 10, 0), "The council said 25 people died.",
			fig{v: 25, metric: "died", source: "council", text: "25 people died", id: "e"}),
	}
}

func TestJSON(t *testing.T) {
	set := exportStory()
	url := func(p *Point) string { return "/events/" + strconv.FormatInt(p.EventID, 10) }
	b, err := json.Marshal(set.JSON(url))
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Series []struct {
			ID    string `json:"id"`
			Unit  string `json:"unit"`
			Lines []struct {
				Source *string `json:"source"`
				Points []map[string]any
			} `json:"lines"`
			Context []map[string]any `json:"context"`
			Flags   []map[string]any `json:"flags"`
		} `json:"series"`
		Flags []map[string]any `json:"flags"`
	}
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Series) == 0 || got.Series[0].ID != "deaths" || got.Series[0].Unit != "people" {
		t.Fatalf("json %s", b)
	}
	d := got.Series[0]
	p := d.Lines[0].Points[0]
	for k, want := range map[string]any{
		"figure_id": "a", "event": "e1", "event_id": 101.0, "event_url": "/events/101", "as_of": "2030-03-17T14:00:00Z",
		"precision": "minute", "value": 8.0, "low": 8.0, "high": nil, "bound": "at_least", "role": "value",
		"text": "At least 8 people were killed", "source": "council", "line": "council", "unit": "people",
	} {
		if p[k] != want {
			t.Errorf("point %s = %#v, want %#v", k, p[k], want)
		}
	}
	if *d.Lines[0].Source != "council" {
		t.Errorf("line source %v", d.Lines[0].Source)
	}
	if len(d.Context) != 1 || d.Context[0]["role"] != "part" || d.Context[0]["of"] != "b" {
		t.Errorf("context %v", d.Context)
	}
	if len(d.Flags) != 2 || len(got.Flags) != 2 {
		t.Errorf("flags: series %v, story %v", d.Flags, got.Flags)
	}
	for _, f := range d.Flags {
		if f["message"] == "" || f["kind"] == "" || len(f["figures"].([]any)) == 0 {
			t.Errorf("flag %v", f)
		}
	}
	// A day-precision as-of is written as a date.
	var day map[string]any
	for _, l := range d.Lines {
		for _, pt := range l.Points {
			if pt["figure_id"] == "d" {
				day = pt
			}
		}
	}
	if day["as_of"] != "2030-03-18" || day["precision"] != "day" || day["as_of_text"] != "Tuesday" {
		t.Errorf("day point %v", day)
	}
}

func TestCSV(t *testing.T) {
	set := exportStory()
	var buf bytes.Buffer
	if err := WriteCSV(&buf, set.Get("deaths")); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rows[0], CSVHeader()) {
		t.Fatalf("header %v", rows[0])
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	// Four points (8, 30, 25 of the council, 12 of the relief group) and one
	// context row (the 4 children).
	if len(rows) != 6 {
		t.Fatalf("%d rows: %v", len(rows), rows)
	}
	first := rows[1]
	for k, want := range map[string]string{
		"series_id": "deaths", "series_label": "Deaths", "source": "council", "as_of": "2030-03-17T14:00:00Z",
		"precision": "minute", "value": "8", "low": "8", "high": "", "bound": "at_least", "unit": "people",
		"role": "value", "text": "At least 8 people were killed", "event_id": "101", "figure_id": "a",
	} {
		if first[col[k]] != want {
			t.Errorf("%s = %q, want %q", k, first[col[k]], want)
		}
	}
	last := rows[len(rows)-1]
	if last[col["role"]] != "part" || last[col["figure_id"]] != "c" || last[col["source"]] != "council" {
		t.Errorf("context row %v", last)
	}
	var formula bool
	for _, r := range rows[1:] {
		if r[col["figure_id"]] == "d" {
			formula = r[col["text"]] == "'=12 dead" && r[col["as_of"]] == "2030-03-18" && r[col["precision"]] == "day"
		}
	}
	if !formula {
		t.Errorf("text starting with = not defused, or day row wrong: %v", rows)
	}
	// Rows for documents not stored name events by their contract id.
	e := ev(5, at(19, 9, 0), "3 dead", fig{v: 3, metric: "dead", text: "3 dead"})
	e.ID = 0
	buf.Reset()
	if err := WriteCSV(&buf, Build([]timeline.StoredEvent{e}, nil, nil, Options{}).Get("deaths")); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), ",e5,") {
		t.Errorf("csv %s", buf.String())
	}
}

func TestKeyFigures(t *testing.T) {
	set := exportStory()
	kf := set.KeyFigures(0)
	if len(kf) < 3 {
		t.Fatalf("key figures %+v", kf)
	}
	council := kf[0]
	if council.Series != "deaths" || council.Source != "council" || council.Latest.Value != 25 ||
		council.Previous == nil || council.Previous.Value != 30 || council.Change == nil || *council.Change != -5 {
		t.Errorf("council %+v", council)
	}
	var kinds []FlagKind
	for _, f := range council.Flags {
		kinds = append(kinds, f.Kind)
	}
	slices.Sort(kinds)
	if !slices.Equal(kinds, []FlagKind{FlagFell, FlagDisagree}) {
		t.Errorf("council flags %v, want the fall from 30 to 25 and the disagreement with 12", kinds)
	}
	relief := kf[1]
	if relief.Source != "relief group" || relief.Previous != nil || relief.Change != nil {
		t.Errorf("relief %+v", relief)
	}
	if got := set.KeyFigures(1); len(got) != 2 {
		t.Errorf("one series gives its two sources: %+v", got)
	}
}

func TestFormatValue(t *testing.T) {
	lo, hi := 4e9, 6e9
	for _, tt := range []struct {
		v    float64
		b    timeline.Bound
		unit string
		want string
	}{
		{17, timeline.BoundAtLeast, "people", "at least 17"},
		{140, timeline.BoundMoreThan, "", "more than 140"},
		{980000, timeline.BoundApprox, "customers", "about 980,000"},
		{18, timeline.BoundAtMost, "", "at most 18"},
		{5, timeline.BoundLessThan, "", "less than 5"},
		{72, timeline.BoundExact, "%", "72%"},
		{33.3, timeline.BoundApprox, "%", "about 33.3%"},
		{4e9, timeline.BoundRange, "USD", "4,000,000,000 to 6,000,000,000 USD"},
		{-1234.5, timeline.BoundExact, "", "-1,234.5"},
	} {
		var l, h *float64
		if tt.b == timeline.BoundRange {
			l, h = &lo, &hi
		}
		if got := FormatValue(tt.v, l, h, tt.b, tt.unit); got != tt.want {
			t.Errorf("FormatValue(%v, %s, %s) = %q, want %q", tt.v, tt.b, tt.unit, got, tt.want)
		}
	}
}

func TestLinkedCSV(t *testing.T) {
	set := exportStory()
	var buf bytes.Buffer
	url := func(p *Point) string { return "/stories/flood#" + timeline.EventID(p.Ordinal) }
	if err := WriteLinkedCSV(&buf, url, set.Get("deaths")); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	var got []string
	for _, r := range rows[1:] {
		got = append(got, r[col["figure_id"]]+" "+r[col["event"]]+" "+r[col["event_url"]])
	}
	want := []string{"a e1 /stories/flood#e1", "b e2 /stories/flood#e2", "e e4 /stories/flood#e4", "d e3 /stories/flood#e3", "c e2 /stories/flood#e2"}
	if !slices.Equal(got, want) {
		t.Errorf("rows %q, want %q", got, want)
	}
	buf.Reset()
	if err := WriteCSV(&buf, set.Get("deaths")); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "/stories/") {
		t.Errorf("WriteCSV wrote links: %s", buf.String())
	}
}
