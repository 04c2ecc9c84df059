package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"factline/timeline"
)

func TestMigrationsApplyOnceAndAreRecorded(t *testing.T) {
	ctx := context.Background()
	s, path := openTest(t)
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) == 0 {
		t.Fatal("no migrations embedded")
	}
	recorded := func(s *Store) string {
		rows, err := s.r.QueryContext(ctx, `SELECT version, name, applied_at FROM schema_migrations ORDER BY version`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var b strings.Builder
		n := 0
		for rows.Next() {
			var v int
			var name, at string
			if err := rows.Scan(&v, &name, &at); err != nil {
				t.Fatal(err)
			}
			if v != ms[n].version || name != ms[n].name {
				t.Errorf("recorded migration %d %s, want %d %s", v, name, ms[n].version, ms[n].name)
			}
			fmt.Fprintln(&b, v, name, at)
			n++
		}
		if n != len(ms) {
			t.Errorf("%d migrations recorded, want %d", n, len(ms))
		}
		return b.String()
	}
	first := recorded(s)
	mustStory(t, s, "kept")

	// Reopening the file applies nothing again and keeps the data.
	s2, err := Open(ctx, path, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s2.Close()
	if again := recorded(s2); again != first {
		t.Errorf("migrations re-recorded:\n%s\nwant\n%s", again, first)
	}
	if _, err := s2.Story(ctx, "kept"); err != nil {
		t.Errorf("story lost on reopen: %v", err)
	}
}

// Pragmas come from the DSN, so every pooled connection has them; several
// reader connections are held at once so that the pool must open new ones.
func TestPragmasOnEveryConnection(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	pragma := func(c *sql.Conn, name string) string {
		var v string
		if err := c.QueryRowContext(ctx, "PRAGMA "+name).Scan(&v); err != nil {
			t.Fatalf("pragma %s: %v", name, err)
		}
		return v
	}
	var conns []*sql.Conn
	for range 4 {
		c, err := s.r.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
	}
	w, err := s.w.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		conn    *sql.Conn
		name    string
		pragmas map[string]string
	}{
		{w, "writer", map[string]string{"foreign_keys": "1", "journal_mode": "wal", "synchronous": "1", "busy_timeout": "10000", "query_only": "0"}},
	}
	for i, c := range conns {
		tests = append(tests, struct {
			conn    *sql.Conn
			name    string
			pragmas map[string]string
		}{c, fmt.Sprintf("reader %d", i), map[string]string{"foreign_keys": "1", "journal_mode": "wal", "synchronous": "1", "busy_timeout": "10000", "query_only": "1"}})
	}
	for _, tt := range tests {
		for name, want := range tt.pragmas {
			if got := pragma(tt.conn, name); got != want {
				t.Errorf("%s: %s = %s, want %s", tt.name, name, got, want)
			}
		}
	}
	if _, err := conns[0].ExecContext(ctx, `INSERT INTO stories (slug, created_at, updated_at) VALUES ('x', '', '')`); err == nil {
		t.Error("a reader connection wrote")
	}
	for _, c := range conns {
		c.Close()
	}
	w.Close()
}

func TestOpenRejectsMemoryAndURIs(t *testing.T) {
	for _, p := range []string{"", ":memory:", "file:x.db", "x.db?mode=ro"} {
		if _, err := Open(context.Background(), p, nil); timeline.ErrorCode(err) != timeline.EInvalid {
			t.Errorf("Open(%q): %v, want EInvalid", p, err)
		}
	}
}

func TestStories(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	pub := minute(3, 7, 30)
	st, err := s.CreateStory(ctx, timeline.NewStory{Slug: "floods-2031", Title: "Floods", Published: pub, SourceURL: "https://news.example/x"})
	if err != nil {
		t.Fatal(err)
	}
	if st.ID == 0 || st.Slug != "floods-2031" || st.Title != "Floods" || st.SourceURL != "https://news.example/x" || st.CreatedAt.IsZero() {
		t.Errorf("created %+v", st)
	}
	if !st.Published.At.Equal(pub.At) || st.Published.Precision != pub.Precision || st.Published.Text != pub.Text {
		t.Errorf("published %+v, want %+v", st.Published, pub)
	}
	if name, off := st.Published.At.Zone(); name != "EST" || off != -5*3600 {
		t.Errorf("published zone %s %d, want the source's EST", name, off)
	}
	mustStory(t, s, "other")
	mustImport(t, s, "floods-2031", baseDoc())

	list, err := s.Stories(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].Slug != "floods-2031" {
		t.Fatalf("stories %+v: want the updated story first", list)
	}
	got := list[0]
	if got.Events != 5 || got.Claims != 3 || got.Figures != 1 || got.Imports != 1 {
		t.Errorf("counts events %d claims %d figures %d imports %d, want 5 3 1 1", got.Events, got.Claims, got.Figures, got.Imports)
	}
	if list[1].Events != 0 || list[1].Imports != 0 {
		t.Errorf("empty story counts %+v", list[1])
	}
	one, err := s.Story(ctx, "floods-2031")
	if err != nil || !reflect.DeepEqual(one, got) {
		t.Errorf("Story = %+v, %v; want %+v", one, err, got)
	}
}

func TestErrors(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	mustStory(t, s, "taken")
	long := strings.Repeat("a", 81)
	for _, slug := range []string{"", "Upper", "with space", "under_score", "-lead", "é", long, "a/b"} {
		_, err := s.CreateStory(ctx, timeline.NewStory{Slug: slug})
		wantCode(t, err, timeline.EInvalid)
	}
	for _, slug := range []string{"a", "2031-floods", strings.Repeat("b", 80), "x-"} {
		if _, err := s.CreateStory(ctx, timeline.NewStory{Slug: slug}); err != nil {
			t.Errorf("slug %q: %v", slug, err)
		}
	}

	_, err := s.CreateStory(ctx, timeline.NewStory{Slug: "taken"})
	wantCode(t, err, timeline.EConflict)
	if timeline.ErrorMessage(err) != `story "taken" already exists` {
		t.Errorf("conflict message %q", timeline.ErrorMessage(err))
	}

	_, err = s.Story(ctx, "nope")
	wantCode(t, err, timeline.ENotFound)
	if timeline.ErrorMessage(err) != `story "nope" not found` {
		t.Errorf("not found message %q", timeline.ErrorMessage(err))
	}
	_, err = s.Events(ctx, "nope")
	wantCode(t, err, timeline.ENotFound)
	_, err = s.Imports(ctx, "nope")
	wantCode(t, err, timeline.ENotFound)
	_, err = s.Import(ctx, "nope", input(baseDoc()))
	wantCode(t, err, timeline.ENotFound)
	_, _, err = s.ImportRaw(ctx, 999)
	wantCode(t, err, timeline.ENotFound)
	_, err = s.SplitStory(ctx, "nope", []timeline.StorySplit{{Part: 1, Slug: "new"}})
	wantCode(t, err, timeline.ENotFound)

	_, err = s.Import(ctx, "taken", timeline.ImportInput{Raw: []byte("x")})
	wantCode(t, err, timeline.EInvalid)
	_, err = s.Import(ctx, "taken", timeline.ImportInput{Doc: baseDoc()})
	wantCode(t, err, timeline.EInvalid)

	for _, id := range []string{"c999", "x1", "c", "c0", "c-1", "f1", "c1x", ""} {
		err := s.ReviewClaim(ctx, id, timeline.ClaimReview{Status: timeline.ReviewFalse})
		wantCode(t, err, timeline.ENotFound)
	}
	mustImport(t, s, "taken", baseDoc())
	c := mustEvents(t, s, "taken")[0].Claims[0].ID
	err = s.ReviewClaim(ctx, c, timeline.ClaimReview{Status: "wrongish"})
	wantCode(t, err, timeline.EInvalid)
	err = s.ReviewClaim(ctx, c, timeline.ClaimReview{Status: timeline.ReviewFalse, Note: strings.Repeat("n", MaxReviewNote+1)})
	wantCode(t, err, timeline.EInvalid)

	// Driver errors are classified by SQLite's code, not by message text.
	_, err = s.w.ExecContext(ctx, `INSERT INTO stories (slug, created_at, updated_at) VALUES ('taken', '', '')`)
	wantCode(t, classify(err, "insert"), timeline.EConflict)
	_, err = s.w.ExecContext(ctx, `INSERT INTO events (story_id, kind, position, text, first_import_id, last_import_id) VALUES (12345, 'update', 1, '', 1, 1)`)
	wantCode(t, classify(err, "insert"), timeline.EInvalid)
	wantCode(t, classify(errors.New("disk on fire"), "insert"), timeline.EInternal)
}

func TestImportSameBytesIsANoOp(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	mustStory(t, s, "floods")
	first := mustImport(t, s, "floods", baseDoc())
	if first.Existing || first.EventsAdded != 5 || first.EventsRevised != 0 || first.EventsUnchanged != 0 ||
		first.Claims != 3 || first.Figures != 1 || first.StorySlug != "floods" || first.ImportID == 0 {
		t.Errorf("first import %+v", first)
	}
	before := dump(t, s)

	again := mustImport(t, s, "floods", baseDoc())
	if !again.Existing {
		t.Errorf("second import of the same bytes is not Existing: %+v", again)
	}
	again.Existing = false
	if !reflect.DeepEqual(again, first) {
		t.Errorf("second import answered\n%+v\nwant the first's\n%+v", again, first)
	}
	if after := dump(t, s); after != before {
		t.Errorf("database changed by a repeated import:\nbefore\n%s\nafter\n%s", before, after)
	}

	// The same bytes in another story are that story's first import.
	mustStory(t, s, "elsewhere")
	if res := mustImport(t, s, "elsewhere", baseDoc()); res.Existing || res.EventsAdded != 5 {
		t.Errorf("import into another story %+v", res)
	}

	// Different bytes holding the same blocks add nothing either.
	in := input(baseDoc())
	in.Raw = append(in.Raw, "\n"...)
	res, err := s.Import(ctx, "floods", in)
	if err != nil {
		t.Fatal(err)
	}
	if res.Existing || res.EventsAdded != 0 || res.EventsRevised != 0 || res.EventsUnchanged != 5 || res.Claims != 3 || res.Figures != 1 {
		t.Errorf("re-import of the same blocks %+v", res)
	}
	if n := count(t, s, `SELECT count(*) FROM events e JOIN stories s ON s.id = e.story_id WHERE s.slug = 'floods'`); n != 5 {
		t.Errorf("%d events after re-import, want 5", n)
	}
	checkInvariants(t, s)
}

func TestReimportEditedCopy(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	mustStory(t, s, "floods")
	first := mustImport(t, s, "floods", baseDoc())
	evs := mustEvents(t, s, "floods")
	dam := eventByText(t, evs, "The regional governor")
	road := eventByText(t, evs, "Police closed")
	if dam.Revision != 1 || len(dam.Revisions) != 0 || len(dam.Claims) != 2 || len(dam.Figures) != 1 {
		t.Fatalf("dam event before %+v", dam)
	}
	govClaim, roadClaim := dam.Claims[0], road.Claims[0]
	figID := dam.Figures[0].ID
	at := time.Date(2031, 3, 4, 12, 0, 0, 0, time.UTC)
	reviews := map[string]timeline.ClaimReview{
		govClaim.ID:  {Status: timeline.ReviewUnverifiable, Note: "No inspection report yet.", Reviewer: "ines", At: at},
		roadClaim.ID: {Status: timeline.ReviewSupported, Note: "Matches the county's notice.", Reviewer: "ole", At: at},
	}
	for id, r := range reviews {
		if err := s.ReviewClaim(ctx, id, r); err != nil {
			t.Fatalf("review %s: %v", id, err)
		}
	}
	resClaim := dam.Claims[1].ID

	res := mustImport(t, s, "floods", editedDoc())
	if res.Existing || res.EventsAdded != 1 || res.EventsRevised != 1 || res.EventsUnchanged != 4 {
		t.Errorf("edited import %+v: want 1 added, 1 revised, 4 unchanged", res)
	}
	if res.Claims != 5 || res.Figures != 2 {
		t.Errorf("edited import counts claims %d figures %d, want 5 and 2", res.Claims, res.Figures)
	}

	evs = mustEvents(t, s, "floods")
	if len(evs) != 6 {
		t.Fatalf("%d events, want 6 (never a duplicate)", len(evs))
	}
	dam2 := eventByText(t, evs, "The regional governor")
	if dam2.ID != dam.ID || dam2.Text != textDamEdited || dam2.Revision != 2 {
		t.Errorf("dam event after: id %d (was %d) revision %d text %q", dam2.ID, dam.ID, dam2.Revision, dam2.Text)
	}
	if len(dam2.Revisions) != 1 || dam2.Revisions[0].Text != textDam || dam2.Revisions[0].Number != 1 || dam2.Revisions[0].ImportID != first.ImportID {
		t.Errorf("dam revisions %+v: want the old text as revision 1 from import %d", dam2.Revisions, first.ImportID)
	}
	if dam2.FirstImportID != first.ImportID || dam2.LastImportID != res.ImportID {
		t.Errorf("dam imports first %d last %d", dam2.FirstImportID, dam2.LastImportID)
	}
	claims := map[string]timeline.Claim{}
	for _, c := range dam2.Claims {
		claims[c.ID] = c
	}
	if len(dam2.Claims) != 3 {
		t.Errorf("dam claims %+v, want 3", dam2.Claims)
	}
	if c, ok := claims[govClaim.ID]; !ok || c.Review != reviews[govClaim.ID] {
		t.Errorf("reviewed claim of the edited block: %+v, want id %s with review %+v", c, govClaim.ID, reviews[govClaim.ID])
	}
	if _, ok := claims[resClaim]; !ok {
		t.Errorf("unreviewed identical claim %s lost its id", resClaim)
	}
	if dam2.Figures[0].ID != figID {
		t.Errorf("identical figure got id %s, want %s", dam2.Figures[0].ID, figID)
	}
	road2 := eventByText(t, evs, "Police closed")
	if road2.ID != road.ID || road2.Revision != 1 || len(road2.Claims) != 1 || road2.Claims[0].ID != roadClaim.ID ||
		road2.Claims[0].Review != reviews[roadClaim.ID] {
		t.Errorf("unchanged block after: %+v", road2)
	}
	shelter := eventByText(t, evs, "The Red Cross")
	if shelter.FirstImportID != res.ImportID || shelter.Revision != 1 || len(shelter.Claims) != 1 || len(shelter.Figures) != 1 {
		t.Errorf("added block %+v", shelter)
	}

	// A later edit that drops a reviewed claim retires it (review kept) and
	// one that brings it back revives it with its review.
	dropped := editedDoc()
	dropped.Events[1].Text += " More later."
	dropped.Events[1].Claims = dropped.Events[1].Claims[1:]
	mustImport(t, s, "floods", dropped)
	dam3 := eventByText(t, mustEvents(t, s, "floods"), "The regional governor")
	for _, c := range dam3.Claims {
		if c.ID == govClaim.ID {
			t.Errorf("dropped claim %s still listed", c.ID)
		}
	}
	if n := count(t, s, `SELECT count(*) FROM claims WHERE id = ? AND retired_in = 3 AND review_status = 'unverifiable'`, govClaim.ID[1:]); n != 1 {
		t.Errorf("dropped claim not retired with its review")
	}
	back := editedDoc()
	back.Events[1].Text += " More later, with the quote."
	mustImport(t, s, "floods", back)
	dam4 := eventByText(t, mustEvents(t, s, "floods"), "The regional governor")
	if dam4.Revision != 4 || len(dam4.Revisions) != 3 || dam4.Revisions[0].Text != textDam {
		t.Errorf("dam revision %d with %d earlier", dam4.Revision, len(dam4.Revisions))
	}
	revived := false
	for _, c := range dam4.Claims {
		revived = revived || (c.ID == govClaim.ID && c.Review == reviews[govClaim.ID])
	}
	if !revived {
		t.Errorf("returning claim not revived with its id and review: %+v", dam4.Claims)
	}
	checkInvariants(t, s)
}

func TestEventsRoundTripAndOrder(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	mustStory(t, s, "floods")
	// Newest-first page: the timeline must come out oldest first, the
	// caption and the credit line (no time) keeping their document slots.
	doc := baseDoc()
	doc.Events[0].Figures = append(doc.Events[0].Figures, timeline.Figure{
		ID: "fkids", Value: 3, Low: ptr(2), High: ptr(4), Bound: timeline.BoundRange, Unit: "people", Metric: "missing",
		Subject: "children", PartOf: 0, Role: timeline.RolePart, Time: timeline.Day(2031, 3, 2, "Sunday"),
		Text: "two to four children", Start: 5, End: 25,
	})
	doc.Events[0], doc.Events[2] = doc.Events[2], doc.Events[0]
	for i := range doc.Events {
		doc.Events[i].Ordinal = i + 1
	}
	mustImport(t, s, "floods", doc)
	evs := mustEvents(t, s, "floods")
	var got []string
	for i, e := range evs {
		if e.Ordinal != i+1 {
			t.Errorf("event %d has ordinal %d", i, e.Ordinal)
		}
		got = append(got, string(e.Kind)+":"+e.Text[:10])
	}
	want := []string{"update:" + textDam[:10], "caption:" + textCaption[:10], "update:" + textRoad[:10],
		"caption:" + textCaption[:10], "boilerplate:" + textCredit[:10]}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
	if evs[3].DuplicateOf != 2 || evs[3].DuplicateOfID != evs[1].ID || evs[1].DuplicateOf != 0 {
		t.Errorf("repeat: DuplicateOf %d id %d, want 2 and %d", evs[3].DuplicateOf, evs[3].DuplicateOfID, evs[1].ID)
	}

	dam := evs[0]
	src := doc.Events[2]
	if !dam.Time.At.Equal(src.Time.At) || dam.Time.Text != src.Time.Text || dam.Time.Precision != timeline.PrecisionMinute {
		t.Errorf("time %+v, want %+v", dam.Time, src.Time)
	}
	if name, off := dam.Time.At.Zone(); name != "EST" || off != -5*3600 {
		t.Errorf("zone %s %d, want EST", name, off)
	}
	if dam.SourceRef != doc.SourceURL {
		t.Errorf("source ref %q, want the page URL", dam.SourceRef)
	}
	if len(dam.Claims) != 2 || len(dam.Figures) != 2 {
		t.Fatalf("claims %d figures %d", len(dam.Claims), len(dam.Figures))
	}
	for i, c := range dam.Claims {
		w := src.Claims[i]
		if !strings.HasPrefix(c.ID, "c") {
			t.Errorf("claim id %q", c.ID)
		}
		c.ID, w.ID = "", ""
		if !c.Time.At.Equal(w.Time.At) {
			t.Errorf("claim time %v, want %v", c.Time, w.Time)
		}
		c.Time, w.Time = timeline.When{}, timeline.When{}
		if !reflect.DeepEqual(c, w) {
			t.Errorf("claim %d:\n got %+v\nwant %+v", i, c, w)
		}
	}
	for i, f := range dam.Figures {
		w := src.Figures[i]
		if !strings.HasPrefix(f.ID, "f") {
			t.Errorf("figure id %q", f.ID)
		}
		f.ID, w.ID = "", ""
		if !reflect.DeepEqual(f, w) {
			t.Errorf("figure %d:\n got %+v\nwant %+v", i, f, w)
		}
	}
	credit := evs[4]
	if !credit.Time.IsZero() || len(credit.Claims) != 0 || credit.Claims == nil {
		t.Errorf("credit line %+v", credit)
	}

	ents, err := s.Entities(ctx, "floods")
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != 2 || ents[0].Name != "Mara Olsen" || !reflect.DeepEqual(ents[0].Aliases, []string{"Olsen"}) {
		t.Errorf("entities %+v", ents)
	}
	checkInvariants(t, s)
}

func TestEntitiesMergeByName(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	mustStory(t, s, "floods")
	mustImport(t, s, "floods", baseDoc())
	doc := editedDoc()
	doc.Entities = []timeline.Entity{
		{Name: "Mara Olsen", Kind: timeline.SpeakerOrganization, Aliases: []string{"Olsen", "the governor"}, Role: "mayor"},
		{Name: "county police", Role: "police", SpeaksFor: "Brenner county"},
		{Name: "Red Cross", Kind: timeline.SpeakerOrganization},
	}
	mustImport(t, s, "floods", doc)
	ents, err := s.Entities(ctx, "floods")
	if err != nil {
		t.Fatal(err)
	}
	want := []timeline.Entity{
		{Name: "Mara Olsen", Kind: timeline.SpeakerPerson, Aliases: []string{"Olsen", "the governor"}, Role: "regional governor"},
		{Name: "Red Cross", Kind: timeline.SpeakerOrganization, Aliases: []string{}},
		{Name: "county police", Kind: timeline.SpeakerGovernment, Aliases: []string{}, Role: "police", SpeaksFor: "Brenner county"},
	}
	if !reflect.DeepEqual(ents, want) {
		t.Errorf("entities\n%+v\nwant\n%+v", ents, want)
	}
}

func TestImportsAndRaw(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	mustStory(t, s, "floods")
	in := input(baseDoc())
	in.Raw = append([]byte{0xff, 0x00, '\r', '\n'}, in.Raw...) // kept byte for byte
	in.Published = timeline.Day(2031, 3, 3, "2031-03-03")
	doc := baseDoc()
	doc.Parts = append(doc.Parts, timeline.Part{Index: 1, First: 6, Last: 6, Date: minute(9, 8, 0), Title: "Later"})
	in.Doc = doc
	r1, err := s.Import(ctx, "floods", in)
	if err != nil {
		t.Fatal(err)
	}
	r2 := mustImport(t, s, "floods", editedDoc())
	recs, err := s.Imports(ctx, "floods")
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 || recs[0].ID != r1.ImportID || recs[1].ID != r2.ImportID {
		t.Fatalf("imports %+v", recs)
	}
	rec := recs[0]
	if rec.Bytes != len(in.Raw) || len(rec.SHA256) != 64 || rec.Format != timeline.FormatText || rec.Filename != "page.txt" {
		t.Errorf("record %+v", rec)
	}
	if len(rec.Result.Parts) != 2 || !rec.Result.Parts[1].Date.At.Equal(minute(9, 8, 0).At) || rec.Result.Parts[1].Title != "Later" {
		t.Fatalf("parts %+v", rec.Result.Parts)
	}
	r1.Parts = rec.Result.Parts // compared above: the times differ only in their *time.Location
	if !reflect.DeepEqual(rec.Result, r1) {
		t.Errorf("stored result\n%+v\nwant\n%+v", rec.Result, r1)
	}
	got, raw, err := s.ImportRaw(ctx, r1.ImportID)
	if err != nil {
		t.Fatal(err)
	}
	if string(raw) != string(in.Raw) || got.ID != r1.ImportID || got.SHA256 != rec.SHA256 {
		t.Errorf("raw %q, want %q", raw, in.Raw)
	}
}

// An import that fails midway leaves nothing behind: not its events, not its
// raw input, not its hash (the same bytes import fine afterwards).
func TestFailedImportLeavesNothing(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	mustStory(t, s, "floods")
	mustImport(t, s, "floods", baseDoc())
	before := dump(t, s)

	bad := editedDoc()
	bad.Events = append(bad.Events, timeline.Event{Kind: "bogus", Text: "A block of an unknown kind."})
	_, err := s.Import(ctx, "floods", input(bad))
	wantCode(t, err, timeline.EInvalid)

	// A constraint failure deep inside: the figures of the last event.
	if _, err := s.w.ExecContext(ctx, `CREATE TRIGGER no_huge BEFORE INSERT ON figures WHEN new.value > 1e9
		BEGIN SELECT RAISE(ABORT, 'figure too large'); END`); err != nil {
		t.Fatal(err)
	}
	huge := editedDoc()
	last := len(huge.Events) - 1
	huge.Events[last].Text = "Officials said damage could top 5 billion euros."
	huge.Events[last].Figures = []timeline.Figure{{ID: "fbig", Value: 5e9, Unit: "EUR", PartOf: -1}}
	_, err = s.Import(ctx, "floods", input(huge))
	wantCode(t, err, timeline.EInvalid)

	if after := dump(t, s); after != before {
		t.Errorf("failed imports left rows behind:\nbefore\n%s\nafter\n%s", before, after)
	}
	if _, err := s.w.ExecContext(ctx, `DROP TRIGGER no_huge`); err != nil {
		t.Fatal(err)
	}
	if res, err := s.Import(ctx, "floods", input(huge)); err != nil || res.Existing || res.EventsAdded != 2 || res.EventsRevised != 1 {
		t.Errorf("the same input after the failure: %+v, %v", res, err)
	}
	checkInvariants(t, s)
}

// Imports from many goroutines, and from two stores on one file (as two
// processes would be), all succeed: writers queue for the one writer
// connection or wait on busy_timeout, never fail with SQLITE_BUSY.
func TestConcurrentImports(t *testing.T) {
	ctx := context.Background()
	s, path := openTest(t)
	s2, err := Open(ctx, path, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	const n = 8
	for i := range n {
		mustStory(t, s, fmt.Sprintf("story-%d", i))
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4*n)
	for i := range n {
		for k := range 3 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				st := s
				if k%2 == 1 {
					st = s2
				}
				doc := editedDoc()
				doc.Events[0].Text += fmt.Sprintf(" Update %d.", k)
				if _, err := st.Import(ctx, fmt.Sprintf("story-%d", i), input(doc)); err != nil {
					errs <- err
				}
			}()
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := s2.Events(ctx, fmt.Sprintf("story-%d", i)); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent import: %v", err)
	}
	for i := range n {
		slug := fmt.Sprintf("story-%d", i)
		evs := mustEvents(t, s, slug)
		if len(evs) != 6 {
			t.Errorf("%s: %d events, want 6 (each block once)", slug, len(evs))
		}
		recs, err := s.Imports(ctx, slug)
		if err != nil || len(recs) != 3 {
			t.Errorf("%s: %d imports, %v", slug, len(recs), err)
		}
	}
	checkInvariants(t, s)
}

func splitDoc() *timeline.Document {
	d := baseDoc()
	later := []timeline.Event{
		{Kind: timeline.KindUpdate, Part: 1, Time: timeline.Day(2031, 6, 9, "Monday"), Text: "Parliament opened an inquiry into the spring floods, the speaker's office said.",
			Claims:  []timeline.Claim{{ID: "cspk", Speaker: "speaker's office", Verb: "said", Text: "Parliament opened an inquiry into the spring floods"}},
			Figures: []timeline.Figure{{ID: "f9", Value: 9, Unit: "members", Metric: "appointed", PartOf: -1}}},
		{Kind: timeline.KindCaption, Part: 1, Time: timeline.Day(2031, 6, 8, "Sunday, June 8, 2031"), Text: textCaption},
	}
	d.Events = append(d.Events, later...)
	for i := range d.Events {
		d.Events[i].Ordinal = i + 1
	}
	d.Events[6].DuplicateOf = 2
	d.Entities = append(d.Entities, timeline.Entity{Name: "speaker's office", Kind: timeline.SpeakerGovernment})
	d.Parts = append(d.Parts, timeline.Part{Index: 1, First: 6, Last: 7, Date: timeline.Day(2031, 6, 8, "June 8, 2031"), Title: "Parliament opened an inquiry"})
	return d
}

func TestSplitStory(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	mustStory(t, s, "mixed")
	res := mustImport(t, s, "mixed", splitDoc())
	if !res.FarApart || len(res.Parts) != 2 {
		t.Fatalf("import result %+v: want far-apart parts", res)
	}
	c := eventByText(t, mustEvents(t, s, "mixed"), "Parliament").Claims[0].ID
	if err := s.ReviewClaim(ctx, c, timeline.ClaimReview{Status: timeline.ReviewSupported, Reviewer: "ines"}); err != nil {
		t.Fatal(err)
	}
	before := dump(t, s)

	for _, tt := range []struct {
		name   string
		splits []timeline.StorySplit
		code   timeline.Code
	}{
		{"no parts", nil, timeline.EInvalid},
		{"part without events", []timeline.StorySplit{{Part: 1, Slug: "inquiry"}, {Part: 7, Slug: "nothing"}}, timeline.EInvalid},
		{"bad slug", []timeline.StorySplit{{Part: 1, Slug: "Inquiry"}}, timeline.EInvalid},
		{"slug twice", []timeline.StorySplit{{Part: 0, Slug: "a"}, {Part: 1, Slug: "a"}}, timeline.EInvalid},
		{"part twice", []timeline.StorySplit{{Part: 1, Slug: "a"}, {Part: 1, Slug: "b"}}, timeline.EInvalid},
		{"slug taken", []timeline.StorySplit{{Part: 1, Slug: "mixed"}}, timeline.EInvalid},
	} {
		_, err := s.SplitStory(ctx, "mixed", tt.splits)
		if timeline.ErrorCode(err) != tt.code {
			t.Errorf("%s: %v, want %s", tt.name, err, tt.code)
		}
	}
	if after := dump(t, s); after != before {
		t.Error("a rejected split changed the database")
	}
	mustStory(t, s, "taken")
	before = dump(t, s)
	_, err := s.SplitStory(ctx, "mixed", []timeline.StorySplit{{Part: 1, Slug: "taken"}})
	wantCode(t, err, timeline.EConflict)
	if after := dump(t, s); after != before {
		t.Error("a failed split changed the database")
	}

	got, err := s.SplitStory(ctx, "mixed", []timeline.StorySplit{{Part: 1, Slug: "inquiry"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Slug != "inquiry" || got[0].Title != "Parliament opened an inquiry" ||
		got[0].Events != 2 || got[0].Claims != 1 || got[0].Figures != 1 || got[0].SourceURL != "https://news.example/live/floods" ||
		got[0].Published.String() != "2031-06-08" {
		t.Errorf("new story %+v", got[0])
	}
	moved := mustEvents(t, s, "inquiry")
	if len(moved) != 2 || moved[0].Kind != timeline.KindCaption || moved[1].Claims[0].ID != c ||
		moved[1].Claims[0].Review.Status != timeline.ReviewSupported {
		t.Errorf("moved events %+v", moved)
	}
	if moved[0].DuplicateOf != 0 || moved[0].DuplicateOfID != 0 {
		t.Errorf("moved caption still a repeat of another story's: %+v", moved[0])
	}
	left := mustEvents(t, s, "mixed")
	if len(left) != 5 {
		t.Errorf("%d events left, want 5", len(left))
	}
	if n := count(t, s, `SELECT count(*) FROM claims c JOIN events e ON e.id = c.event_id WHERE c.story_id != e.story_id`) +
		count(t, s, `SELECT count(*) FROM figures f JOIN events e ON e.id = f.event_id WHERE f.story_id != e.story_id`); n != 0 {
		t.Errorf("%d claims or figures not in their event's story", n)
	}
	ents, err := s.Entities(ctx, "inquiry")
	if err != nil || len(ents) != 1 || ents[0].Name != "speaker's office" {
		t.Errorf("entities of the new story %+v, %v", ents, err)
	}
	st, _ := s.Story(ctx, "mixed")
	if st.Events != 5 || st.Imports != 1 {
		t.Errorf("source story %+v", st)
	}
	checkInvariants(t, s)
}

func TestReviewClaim(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	mustStory(t, s, "floods")
	mustImport(t, s, "floods", baseDoc())
	id := mustEvents(t, s, "floods")[0].Claims[0].ID
	at := time.Date(2031, 3, 5, 9, 0, 0, 0, time.UTC)
	for _, r := range []timeline.ClaimReview{
		{Status: timeline.ReviewNeedsWork, Reviewer: "ole", At: at},
		{Status: timeline.ReviewFalse, Note: "The inspection found leaks.", Reviewer: "ines", At: at.Add(time.Hour)},
	} {
		if err := s.ReviewClaim(ctx, id, r); err != nil {
			t.Fatal(err)
		}
		if got := mustEvents(t, s, "floods")[0].Claims[0].Review; got != r {
			t.Errorf("review %+v, want %+v", got, r)
		}
	}
	if err := s.ReviewClaim(ctx, id, timeline.ClaimReview{Status: timeline.ReviewNone, Reviewer: "ines"}); err != nil {
		t.Fatal(err)
	}
	if got := mustEvents(t, s, "floods")[0].Claims[0].Review; got.Status != "" || got.At.IsZero() {
		t.Errorf("cleared review %+v", got)
	}
	if n := count(t, s, `SELECT count(*) FROM claim_reviews WHERE claim_id = ?`, id[1:]); n != 3 {
		t.Errorf("%d reviews logged, want 3", n)
	}
}

func TestFullTextIndexFollowsEvents(t *testing.T) {
	s, _ := openTest(t)
	mustStory(t, s, "floods")
	mustImport(t, s, "floods", baseDoc())
	q := `SELECT count(*) FROM events_fts WHERE events_fts MATCH ?`
	if n := count(t, s, q, "divers"); n != 0 {
		t.Errorf("divers found %d times before the edit", n)
	}
	mustImport(t, s, "floods", editedDoc())
	for word, want := range map[string]int{"divers": 1, "sandbags": 2, "shelters": 1, "mudslide": 1} {
		if n := count(t, s, q, word); n != want {
			t.Errorf("%s: %d hits, want %d", word, n, want)
		}
	}
}

// Blocks a newer copy no longer holds stay where they were; new blocks go
// where the copy puts them (events of unknown time keep the story's document
// order).
func TestReimportKeepsDroppedBlocksInPlace(t *testing.T) {
	s, _ := openTest(t)
	mustStory(t, s, "order")
	blk := func(text string) timeline.Event { return timeline.Event{Kind: timeline.KindUpdate, Text: text} }
	a, b, c, x := blk(textDam), blk(textRoad), blk(textShelter), blk(textCredit)
	mustImport(t, s, "order", &timeline.Document{Events: []timeline.Event{a, b, c}})
	res := mustImport(t, s, "order", &timeline.Document{Events: []timeline.Event{x, a, c}})
	if res.EventsAdded != 1 || res.EventsUnchanged != 2 {
		t.Errorf("result %+v", res)
	}
	var got []string
	for _, e := range mustEvents(t, s, "order") {
		got = append(got, e.Text[:12])
	}
	want := []string{textCredit[:12], textDam[:12], textRoad[:12], textShelter[:12]}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("order %q, want %q", got, want)
	}
	checkInvariants(t, s)
}

// The same bytes imported at once from several goroutines are stored once;
// every caller gets that import.
func TestConcurrentSameBytes(t *testing.T) {
	s, _ := openTest(t)
	mustStory(t, s, "floods")
	in := input(baseDoc())
	var wg sync.WaitGroup
	results := make([]timeline.ImportResult, 6)
	errs := make([]error, len(results))
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = s.Import(context.Background(), "floods", in)
		}()
	}
	wg.Wait()
	fresh := 0
	for i, r := range results {
		if errs[i] != nil {
			t.Fatalf("import %d: %v", i, errs[i])
		}
		if !r.Existing {
			fresh++
		}
		if r.ImportID != results[0].ImportID {
			t.Errorf("import %d answered with import %d, want %d", i, r.ImportID, results[0].ImportID)
		}
	}
	if fresh != 1 {
		t.Errorf("%d imports were not Existing, want 1", fresh)
	}
	if n := count(t, s, `SELECT count(*) FROM events`); n != 5 {
		t.Errorf("%d events, want 5", n)
	}
}
