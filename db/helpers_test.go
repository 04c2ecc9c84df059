package db

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"factline/timeline"
)

func openTest(t testing.TB) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.db")
	s, err := Open(context.Background(), path, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
	})
	return s, path
}

func mustStory(t testing.TB, s *Store, slug string) timeline.Story {
	t.Helper()
	st, err := s.CreateStory(context.Background(), timeline.NewStory{Slug: slug, Title: "Story " + slug})
	if err != nil {
		t.Fatalf("create story %s: %v", slug, err)
	}
	return st
}

func mustImport(t testing.TB, s *Store, slug string, doc *timeline.Document) timeline.ImportResult {
	t.Helper()
	res, err := s.Import(context.Background(), slug, input(doc))
	if err != nil {
		t.Fatalf("import into %s: %v", slug, err)
	}
	return res
}

func mustEvents(t testing.TB, s *Store, slug string) []timeline.StoredEvent {
	t.Helper()
	evs, err := s.Events(context.Background(), slug)
	if err != nil {
		t.Fatalf("events of %s: %v", slug, err)
	}
	return evs
}

// input makes an import of doc whose raw bytes are the document's texts, so
// two documents with the same texts have the same hash.
func input(doc *timeline.Document) timeline.ImportInput {
	var b strings.Builder
	for _, e := range doc.Events {
		b.WriteString(e.Headline + "\n" + e.Text + "\n\n")
	}
	return timeline.ImportInput{Raw: []byte(b.String()), ContentType: "text/plain", Filename: "page.txt", Format: timeline.FormatText, Doc: doc}
}

var est = time.FixedZone("EST", -5*3600)

func minute(d, h, m int) timeline.When {
	return timeline.Minute(time.Date(2031, 3, d, h, m, 0, 0, est), fmt.Sprintf("March %d, 2031, %d:%02d EST", d, h, m))
}

func ptr(f float64) *float64 { return &f }

// Block texts are invented for the tests.
const (
	textDam       = `The regional governor, Mara Olsen, said the Kessel dam was "safe and under watch." Rescuers said at least 14 people were missing in the valley.`
	textDamEdited = `The regional governor, Mara Olsen, said the Kessel dam was "safe and under watch." Rescuers said at least 14 people were missing in the valley. ` +
		`A second team of divers arrived at noon, the fire service said.`
	textRoad    = `Police closed the coast road north of Brenner after a mudslide, a spokesman for the county police said.`
	textCaption = `Volunteers carry sandbags along the river in Brenner on Monday, March 3, 2031. (Photo: Staff)`
	textCredit  = `Staff writers Ana Lind and Per Moss contributed to this report.`
	textShelter = `The Red Cross said 230 people spent the night in two school gyms converted into shelters.`
)

func damClaims() []timeline.Claim {
	return []timeline.Claim{{
		ID: "cgov", Speaker: "Mara Olsen", SpeakerText: "The regional governor, Mara Olsen", SpeakerKind: timeline.SpeakerPerson,
		Verb: "said", Text: "safe and under watch.", Direct: true, Start: 61, End: 84,
		Evidence: timeline.EvidenceNoneOffered, EvidenceText: "offered nothing",
	}, {
		ID: "cres", Speaker: "rescuers", SpeakerText: "Rescuers", SpeakerKind: timeline.SpeakerUnknown,
		Verb: "said", Text: "at least 14 people were missing in the valley", Start: 86, End: 140,
		Time: minute(3, 8, 0),
	}}
}

func damFigures() []timeline.Figure {
	return []timeline.Figure{{
		ID: "f14", Value: 14, Low: ptr(14), Bound: timeline.BoundAtLeast, Unit: "people", Metric: "missing",
		Subject: "people", Source: "rescuers", SourceKind: timeline.SpeakerUnknown, PartOf: -1,
		Text: "at least 14 people were missing", Start: 100, End: 131,
	}}
}

// baseDoc is a small live page: two updates, a caption, its repeat and a
// credit line.
func baseDoc() *timeline.Document {
	return &timeline.Document{
		Title:     "Floods in the Brenner valley",
		SourceURL: "https://news.example/live/floods",
		Format:    timeline.FormatText,
		Published: timeline.Day(2031, 3, 3, "2031-03-03"),
		Events: []timeline.Event{
			{Ordinal: 1, Kind: timeline.KindUpdate, Time: minute(3, 9, 40), Text: textDam, Claims: damClaims(), Figures: damFigures()},
			{Ordinal: 2, Kind: timeline.KindCaption, Time: timeline.Day(2031, 3, 3, "Monday, March 3, 2031"), Text: textCaption},
			{Ordinal: 3, Kind: timeline.KindUpdate, Time: minute(3, 10, 15), Headline: "Coast road shut", Text: textRoad, Claims: []timeline.Claim{{
				ID: "cpol", Speaker: "county police", SpeakerText: "a spokesman for the county police", SpeakerKind: timeline.SpeakerGovernment,
				Verb: "said", Text: "Police closed the coast road north of Brenner after a mudslide", Start: 0, End: 62,
			}}},
			{Ordinal: 4, Kind: timeline.KindCaption, DuplicateOf: 2, Time: timeline.Day(2031, 3, 3, "Monday, March 3, 2031"), Text: textCaption},
			{Ordinal: 5, Kind: timeline.KindBoilerplate, Text: textCredit},
		},
		Entities: []timeline.Entity{
			{Name: "Mara Olsen", Kind: timeline.SpeakerPerson, Aliases: []string{"Olsen"}, Role: "regional governor"},
			{Name: "county police", Kind: timeline.SpeakerGovernment},
		},
		Parts: []timeline.Part{{Index: 0, First: 1, Last: 5, Date: timeline.Day(2031, 3, 3, "March 3, 2031"), Title: "The regional governor"}},
	}
}

// editedDoc is a later copy of baseDoc: the dam block gained a sentence (its
// claims the same plus one), a shelter block was added at the top.
func editedDoc() *timeline.Document {
	d := baseDoc()
	dam := d.Events[0]
	dam.Text = textDamEdited
	dam.Claims = append(damClaims(), timeline.Claim{
		ID: "cfire", Speaker: "fire service", SpeakerKind: timeline.SpeakerGovernment, Verb: "said",
		Text: "A second team of divers arrived at noon", Start: 142, End: 181,
	})
	d.Events[0] = dam
	shelter := timeline.Event{Kind: timeline.KindUpdate, Time: minute(3, 11, 5), Text: textShelter,
		Claims: []timeline.Claim{{ID: "crc", Speaker: "Red Cross", SpeakerKind: timeline.SpeakerOrganization, Verb: "said",
			Text: "230 people spent the night in two school gyms converted into shelters", Start: 18, End: 88}},
		Figures: []timeline.Figure{{ID: "f230", Value: 230, Low: ptr(230), Bound: timeline.BoundExact, Unit: "people",
			Metric: "sheltered", Subject: "people", Source: "Red Cross", PartOf: -1, Text: "230 people", Start: 18, End: 28}}}
	d.Events = append([]timeline.Event{shelter}, d.Events...)
	for i := range d.Events {
		d.Events[i].Ordinal = i + 1
	}
	d.Events[4].DuplicateOf = 3
	d.Parts[0].Last = 6
	return d
}

// dump is every row of every table (the full-text index's shadow tables
// included), to show that a no-op import wrote nothing.
func dump(t testing.TB, s *Store) string {
	t.Helper()
	ctx := context.Background()
	rows, err := s.r.QueryContext(ctx, `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		tables = append(tables, n)
	}
	rows.Close()
	var b strings.Builder
	for _, tbl := range tables {
		if tbl == "events_fts" {
			continue // a view of its shadow tables, which are dumped
		}
		fmt.Fprintf(&b, "== %s\n", tbl)
		rows, err := s.r.QueryContext(ctx, `SELECT * FROM "`+tbl+`" ORDER BY 1`)
		if err != nil {
			t.Fatalf("dump %s: %v", tbl, err)
		}
		colNames, _ := rows.Columns()
		vals := make([]any, len(colNames))
		ptrs := make([]any, len(colNames))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(&b, vals...)
		}
		rows.Close()
	}
	return b.String()
}

func count(t testing.TB, s *Store, query string, args ...any) int {
	t.Helper()
	var n int
	if err := s.r.QueryRowContext(context.Background(), query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

func wantCode(t *testing.T, err error, code timeline.Code) {
	t.Helper()
	if got := timeline.ErrorCode(err); got != code {
		t.Errorf("error %v: code %q, want %q", err, got, code)
	}
}

func eventByText(t testing.TB, evs []timeline.StoredEvent, prefix string) timeline.StoredEvent {
	t.Helper()
	var found []timeline.StoredEvent
	for _, e := range evs {
		if strings.HasPrefix(e.Text, prefix) && e.DuplicateOfID == 0 {
			found = append(found, e)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d events start with %q", len(found), prefix)
	}
	return found[0]
}

// checkInvariants asserts what every write must keep true.
func checkInvariants(t testing.TB, s *Store) {
	t.Helper()
	for _, q := range []struct{ what, query string }{
		{"events whose revision_id is not their latest revision", `SELECT count(*) FROM events e LEFT JOIN event_revisions r ON r.id = e.revision_id
			WHERE r.id IS NULL OR r.event_id != e.id OR r.number != e.revision OR r.text != e.text OR r.headline != e.headline`},
		{"events whose revisions are not numbered 1..n", `SELECT count(*) FROM events e
			WHERE (SELECT count(*) FROM event_revisions r WHERE r.event_id = e.id) != e.revision
			OR (SELECT max(number) FROM event_revisions r WHERE r.event_id = e.id) != e.revision`},
		{"claims outside their event's story", `SELECT count(*) FROM claims c JOIN events e ON e.id = c.event_id WHERE c.story_id != e.story_id`},
		{"figures outside their event's story", `SELECT count(*) FROM figures f JOIN events e ON e.id = f.event_id WHERE f.story_id != e.story_id`},
		{"live claims not numbered 0..n-1", `SELECT count(*) FROM claims c WHERE retired_in IS NULL AND position >=
			(SELECT count(*) FROM claims d WHERE d.event_id = c.event_id AND d.retired_in IS NULL)`},
		{"live figures not numbered 0..n-1", `SELECT count(*) FROM figures f WHERE retired_in IS NULL AND position >=
			(SELECT count(*) FROM figures g WHERE g.event_id = f.event_id AND g.retired_in IS NULL)`},
		{"events positioned twice in a story", `SELECT count(*) FROM (SELECT story_id, position FROM events GROUP BY 1, 2 HAVING count(*) > 1)`},
		{"repeats of an event in another story", `SELECT count(*) FROM events e JOIN events d ON d.id = e.duplicate_of WHERE d.story_id != e.story_id`},
	} {
		if n := count(t, s, q.query); n != 0 {
			t.Errorf("%d %s", n, q.what)
		}
	}
	if _, err := s.w.Exec(`INSERT INTO events_fts (events_fts) VALUES ('integrity-check')`); err != nil {
		t.Errorf("full-text index out of step: %v", err)
	}
	if _, err := s.w.Exec(`PRAGMA foreign_key_check`); err != nil {
		t.Errorf("foreign key check: %v", err)
	}
	var fk int
	if err := s.w.QueryRow(`SELECT count(*) FROM pragma_foreign_key_check`).Scan(&fk); err != nil || fk != 0 {
		t.Errorf("%d broken references (%v)", fk, err)
	}
}
