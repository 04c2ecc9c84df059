package db

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"factline/timeline"
)

// Import adds a document to a story in one transaction.
//
// The same bytes imported before into the same story answer with that import's
// result (Existing) and write nothing. Otherwise the raw input is kept and the
// document's events are reconciled with the story's (timeline.Reconcile): new
// blocks are inserted, edited blocks get a new revision (the old text stays in
// event_revisions) and their claims and figures are replaced except those whose
// fingerprint the event already had, which keep their ids and reviews;
// unchanged blocks keep their claims and figures. EventsAdded, EventsRevised
// and EventsUnchanged count every event of the document (boilerplate and
// repeats included), so they add up to len(in.Doc.Events); Claims and Figures
// count the live claims and figures of the events this import brought.
func (s *Store) Import(ctx context.Context, slug string, in timeline.ImportInput) (timeline.ImportResult, error) {
	if in.Doc == nil {
		return timeline.ImportResult{}, timeline.Errorf(timeline.EInvalid, "import into story %q: no document", slug)
	}
	if len(in.Raw) == 0 {
		return timeline.ImportResult{}, timeline.Errorf(timeline.EInvalid, "import into story %q: the document is empty", slug)
	}
	start := time.Now()
	sum := sha256.Sum256(in.Raw)
	digest := hex.EncodeToString(sum[:])

	// A repeated input is answered by a reader, without queuing for the writer.
	var res timeline.ImportResult
	var found bool
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		res, found, err = existingImport(ctx, tx, slug, digest)
		return err
	})
	if err != nil {
		return timeline.ImportResult{}, err
	}
	if !found {
		err = s.write(ctx, func(tx *sql.Tx) error {
			st, err := storyBy(ctx, tx, "s.slug = ?", slug)
			if err != nil {
				return err
			}
			// Checked again under the write lock: another import of the same
			// bytes may have committed since the read.
			if res, found, err = existingImport(ctx, tx, slug, digest); err != nil || found {
				return err
			}
			im := importer{ctx: ctx, tx: tx, story: st, in: in, digest: digest, now: time.Now()}
			defer im.close()
			res, err = im.run()
			return err
		})
		if err != nil {
			return timeline.ImportResult{}, fmt.Errorf("import into story %q: %w", slug, err)
		}
	}
	attrs := []any{"story", slug, "import_id", res.ImportID, "existing", res.Existing,
		"added", res.EventsAdded, "revised", res.EventsRevised, "unchanged", res.EventsUnchanged,
		"claims", res.Claims, "figures", res.Figures, "bytes", len(in.Raw), "took", time.Since(start)}
	s.log.Info("import", attrs...)
	return res, nil
}

const importCols = `i.id, s.slug, i.sha256, i.format, i.filename, i.bytes, i.created_at,
	i.events_added, i.events_revised, i.events_unchanged, i.claims, i.figures, i.far_apart, i.parts`

func scanImport(r scanner, extra ...any) (timeline.ImportRecord, error) {
	var rec timeline.ImportRecord
	var format, created, parts string
	var farApart int
	res := &rec.Result
	dest := []any{&rec.ID, &res.StorySlug, &rec.SHA256, &format, &rec.Filename, &rec.Bytes, &created,
		&res.EventsAdded, &res.EventsRevised, &res.EventsUnchanged, &res.Claims, &res.Figures, &farApart, &parts}
	if err := r.Scan(append(dest, extra...)...); err != nil {
		return rec, err
	}
	rec.Format = timeline.Format(format)
	t, err := parseStamp(created)
	if err != nil {
		return rec, err
	}
	rec.CreatedAt = t
	res.ImportID, res.CreatedAt, res.FarApart = rec.ID, t, farApart != 0
	if res.Parts, err = decodeParts(parts); err != nil {
		return rec, fmt.Errorf("import %d: %w", rec.ID, err)
	}
	return rec, nil
}

func existingImport(ctx context.Context, q queryer, slug, digest string) (timeline.ImportResult, bool, error) {
	rec, err := scanImport(q.QueryRowContext(ctx, `SELECT `+importCols+`
		FROM imports i JOIN stories s ON s.id = i.story_id WHERE s.slug = ? AND i.sha256 = ?`, slug, digest))
	if errors.Is(err, sql.ErrNoRows) {
		return timeline.ImportResult{}, false, nil
	}
	if err != nil {
		return timeline.ImportResult{}, false, classify(err, "look up earlier import")
	}
	rec.Result.Existing = true
	return rec.Result, true, nil
}

// partJSON is how an import keeps the document's parts, so that a split can
// be offered (and named and dated) later.
type partJSON struct {
	Index     int    `json:"index"`
	First     int    `json:"first"`
	Last      int    `json:"last"`
	Date      string `json:"date,omitempty"` // RFC 3339 with the source's offset
	Precision string `json:"precision,omitempty"`
	DateText  string `json:"date_text,omitempty"`
	Title     string `json:"title,omitempty"`
}

func encodeParts(ps []timeline.Part) (string, error) {
	out := make([]partJSON, 0, len(ps))
	for _, p := range ps {
		pj := partJSON{Index: p.Index, First: p.First, Last: p.Last, DateText: p.Date.Text, Title: p.Title}
		if !p.Date.IsZero() {
			pj.Date = p.Date.At.Format(time.RFC3339)
			pj.Precision = string(p.Date.Precision)
		}
		out = append(out, pj)
	}
	b, err := json.Marshal(out)
	return string(b), err
}

func decodeParts(s string) ([]timeline.Part, error) {
	var pjs []partJSON
	if err := json.Unmarshal([]byte(s), &pjs); err != nil {
		return nil, fmt.Errorf("stored parts: %w", err)
	}
	var out []timeline.Part
	for _, pj := range pjs {
		p := timeline.Part{Index: pj.Index, First: pj.First, Last: pj.Last, Title: pj.Title, Date: timeline.When{Text: pj.DateText}}
		if pj.Date != "" {
			t, err := time.Parse(time.RFC3339, pj.Date)
			if err != nil {
				return nil, fmt.Errorf("stored part date %q: %w", pj.Date, err)
			}
			p.Date.At, p.Date.Precision = t, timeline.Precision(pj.Precision)
		}
		out = append(out, p)
	}
	return out, nil
}

// storedEvent is what an import needs to know of an event already stored.
type storedEvent struct {
	id          int64
	position    int
	part        int
	revision    int
	duplicateOf sql.NullInt64
	sourceRef   string
	time        timeline.When
	timeStr     string
}

// importer is one import's transaction and its prepared statements.
type importer struct {
	ctx    context.Context
	tx     *sql.Tx
	story  timeline.Story
	in     timeline.ImportInput
	digest string
	now    time.Time

	importID int64
	stamp    string
	stmts    []*sql.Stmt
	// seen are the unchanged events whose row needs only this import's id.
	seen []int64

	insEvent, insRevision, insClaim, updClaim, insFigure, updFigure *sql.Stmt
}

func (im *importer) close() {
	for _, st := range im.stmts {
		st.Close()
	}
}

func (im *importer) prepare(dst **sql.Stmt, query string) error {
	st, err := im.tx.PrepareContext(im.ctx, query)
	if err != nil {
		return fmt.Errorf("prepare: %w", err)
	}
	im.stmts = append(im.stmts, st)
	*dst = st
	return nil
}

const (
	claimFields = `speaker, speaker_text, speaker_kind, via, verb, text, direct, time_utc, time_precision,
		time_text, time_offset, time_zone, evidence, evidence_text, start_byte, end_byte`
	figureFields = `value, low, high, bound, unit, metric, subject, source, source_kind, time_utc,
		time_precision, time_text, time_offset, time_zone, part_of, role, text, start_byte, end_byte`
)

func placeholders(n int) string { return strings.TrimSuffix(strings.Repeat("?, ", n), ", ") }

func setList(fields string) string {
	var b strings.Builder
	for i, f := range strings.Split(fields, ",") {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strings.TrimSpace(f) + " = ?")
	}
	return b.String()
}

func (im *importer) prepareAll() error {
	for _, p := range []struct {
		dst   **sql.Stmt
		query string
	}{
		{&im.insEvent, `INSERT INTO events (story_id, key, kind, part, position, ` + cols("time") + `,
			headline, text, source_ref, duplicate_of, revision, first_import_id, last_import_id)
			VALUES (` + placeholders(17) + `)`},
		{&im.insRevision, `INSERT INTO event_revisions (event_id, number, headline, text, ` + cols("time") + `, import_id, created_at)
			VALUES (` + placeholders(11) + `)`},
		{&im.insClaim, `INSERT INTO claims (story_id, event_id, fingerprint, position, revision, ` + claimFields + `)
			VALUES (` + placeholders(21) + `)`},
		{&im.updClaim, `UPDATE claims SET position = ?, retired_in = NULL, ` + setList(claimFields) + ` WHERE id = ?`},
		{&im.insFigure, `INSERT INTO figures (story_id, event_id, fingerprint, position, revision, ` + figureFields + `)
			VALUES (` + placeholders(24) + `)`},
		{&im.updFigure, `UPDATE figures SET position = ?, retired_in = NULL, ` + setList(figureFields) + ` WHERE id = ?`},
	} {
		if err := im.prepare(p.dst, p.query); err != nil {
			return err
		}
	}
	return nil
}

func (im *importer) exec(what, query string, args ...any) error {
	if _, err := im.tx.ExecContext(im.ctx, query, args...); err != nil {
		return classify(err, what)
	}
	return nil
}

func (im *importer) run() (timeline.ImportResult, error) {
	doc := im.in.Doc
	im.stamp = stamp(im.now)
	if err := im.prepareAll(); err != nil {
		return timeline.ImportResult{}, err
	}
	if err := im.insertImport(); err != nil {
		return timeline.ImportResult{}, err
	}
	res := timeline.ImportResult{
		ImportID: im.importID, StorySlug: im.story.Slug, CreatedAt: im.now.UTC().Truncate(time.Millisecond),
		FarApart: doc.FarApartParts(), Parts: doc.Parts,
	}

	stored, storedText, err := im.loadEvents()
	if err != nil {
		return res, err
	}
	matches := timeline.Reconcile(storedText, doc.Events)
	position := make([]int, len(doc.Events))
	storedPosition := make([]int, len(stored))
	for n, p := range timeline.MergeOrder(len(stored), matches) {
		if p.Incoming >= 0 {
			position[p.Incoming] = n + 1
		} else {
			storedPosition[p.Stored] = n + 1
		}
	}

	// Events are written in document order so that a repeat's first occurrence
	// (an earlier ordinal) already has its id.
	idByOrdinal := make(map[int]int64, len(doc.Events))
	for i := range doc.Events {
		e := &doc.Events[i]
		var dup sql.NullInt64
		if e.DuplicateOf > 0 {
			if id, ok := idByOrdinal[e.DuplicateOf]; ok {
				dup = sql.NullInt64{Int64: id, Valid: true}
			}
		}
		m := matches[i]
		var id int64
		switch m.Status {
		case timeline.MatchNew:
			id, err = im.insertEvent(e, position[i], dup)
			res.EventsAdded++
		case timeline.MatchUnchanged:
			id = stored[m.Stored].id
			err = im.refreshEvent(&stored[m.Stored], &storedText[m.Stored], e, position[i], dup)
			res.EventsUnchanged++
		case timeline.MatchRevised:
			id = stored[m.Stored].id
			err = im.reviseEvent(&stored[m.Stored], e, position[i], dup)
			res.EventsRevised++
		}
		if err != nil {
			return res, fmt.Errorf("event %d: %w", ordinal(e, i), err)
		}
		idByOrdinal[ordinal(e, i)] = id
	}
	for k := range stored {
		if storedPosition[k] != 0 && storedPosition[k] != stored[k].position {
			if err := im.exec("move event", `UPDATE events SET position = ? WHERE id = ?`, storedPosition[k], stored[k].id); err != nil {
				return res, err
			}
		}
	}
	if len(im.seen) > 0 {
		if err := im.exec("update events", `UPDATE events SET last_import_id = ? WHERE id IN (SELECT value FROM json_each(?))`,
			im.importID, jsonIDs(im.seen)); err != nil {
			return res, err
		}
	}
	// Each event this import gave a revision points at it.
	if err := im.exec("link revisions", `UPDATE events SET revision_id = (SELECT r.id FROM event_revisions r
		WHERE r.event_id = events.id AND r.number = events.revision)
		WHERE id IN (SELECT event_id FROM event_revisions WHERE import_id = ?)`, im.importID); err != nil {
		return res, err
	}
	if err := im.mergeEntities(doc.Entities); err != nil {
		return res, err
	}
	err = im.tx.QueryRowContext(im.ctx, `SELECT
		(SELECT count(*) FROM claims c JOIN events e ON e.id = c.event_id WHERE e.last_import_id = ?1 AND c.retired_in IS NULL),
		(SELECT count(*) FROM figures f JOIN events e ON e.id = f.event_id WHERE e.last_import_id = ?1 AND f.retired_in IS NULL)`,
		im.importID).Scan(&res.Claims, &res.Figures)
	if err != nil {
		return res, classify(err, "count claims and figures")
	}
	if err := im.exec("record import result", `UPDATE imports SET events_added = ?, events_revised = ?, events_unchanged = ?,
		claims = ?, figures = ?, far_apart = ? WHERE id = ?`,
		res.EventsAdded, res.EventsRevised, res.EventsUnchanged, res.Claims, res.Figures, res.FarApart, im.importID); err != nil {
		return res, err
	}
	return res, im.updateStory()
}

func ordinal(e *timeline.Event, i int) int {
	if e.Ordinal > 0 {
		return e.Ordinal
	}
	return i + 1
}

func (im *importer) insertImport() error {
	parts, err := encodeParts(im.in.Doc.Parts)
	if err != nil {
		return fmt.Errorf("encode parts: %w", err)
	}
	format := im.in.Format
	if format == "" || format == timeline.FormatAuto {
		format = im.in.Doc.Format
	}
	args := []any{im.story.ID, im.digest, string(format), im.in.ContentType, im.in.Filename, len(im.in.Raw), im.in.Raw}
	args = append(args, whenArgs(im.in.Published)...)
	args = append(args, im.stamp, parts)
	r, err := im.tx.ExecContext(im.ctx, `INSERT INTO imports (story_id, sha256, format, content_type, filename, bytes, raw,
		`+cols("published")+`, created_at, parts) VALUES (`+placeholders(14)+`)`, args...)
	if err != nil {
		return classify(err, "record import")
	}
	im.importID, err = r.LastInsertId()
	return err
}

// loadEvents reads the story's events in story order: what reconciliation
// compares, and what an update needs to know.
func (im *importer) loadEvents() ([]storedEvent, []timeline.Event, error) {
	rows, err := im.tx.QueryContext(im.ctx, `SELECT id, key, kind, part, position, revision, duplicate_of, source_ref,
		headline, text, `+cols("time")+` FROM events WHERE story_id = ? ORDER BY position, id`, im.story.ID)
	if err != nil {
		return nil, nil, classify(err, "read stored events")
	}
	defer rows.Close()
	var se []storedEvent
	var te []timeline.Event
	for rows.Next() {
		var s storedEvent
		var e timeline.Event
		var kind string
		var wc whenCols
		dest := []any{&s.id, &e.Key, &kind, &s.part, &s.position, &s.revision, &s.duplicateOf, &s.sourceRef, &e.Headline, &e.Text}
		if err := rows.Scan(append(dest, wc.dest()...)...); err != nil {
			return nil, nil, classify(err, "read stored events")
		}
		e.Kind = timeline.Kind(kind)
		if s.time, err = wc.when(); err != nil {
			return nil, nil, err
		}
		s.timeStr = s.time.String()
		se = append(se, s)
		te = append(te, e)
	}
	return se, te, classify(rows.Err(), "read stored events")
}

func (im *importer) sourceRef(e *timeline.Event) string {
	if e.SourceRef != "" {
		return e.SourceRef
	}
	return im.in.Doc.SourceURL
}

func nullID(n sql.NullInt64) any {
	if n.Valid {
		return n.Int64
	}
	return nil
}

func (im *importer) insertEvent(e *timeline.Event, position int, dup sql.NullInt64) (int64, error) {
	args := []any{im.story.ID, e.Key, string(e.Kind), e.Part, position}
	args = append(args, whenArgs(e.Time)...)
	args = append(args, e.Headline, e.Text, im.sourceRef(e), nullID(dup), 1, im.importID, im.importID)
	r, err := im.insEvent.ExecContext(im.ctx, args...)
	if err != nil {
		return 0, classify(err, "add event")
	}
	id, err := r.LastInsertId()
	if err != nil {
		return 0, err
	}
	if err := im.insertRevision(id, 1, e); err != nil {
		return 0, err
	}
	if err := im.syncClaims(id, 1, e.Claims, true); err != nil {
		return 0, err
	}
	return id, im.syncFigures(id, 1, e.Figures, true)
}

func (im *importer) insertRevision(eventID int64, number int, e *timeline.Event) error {
	args := []any{eventID, number, e.Headline, e.Text}
	args = append(args, whenArgs(e.Time)...)
	args = append(args, im.importID, im.stamp)
	if _, err := im.insRevision.ExecContext(im.ctx, args...); err != nil {
		return classify(err, "record event revision")
	}
	return nil
}

// refreshEvent records that an unchanged block was seen again: its place in
// the story, the part and key this document gives it, and its time when this
// document knows it and it differs. Its text, revisions, claims and figures
// (and their reviews) stay as they are. When nothing but the import changed,
// the event only joins the batch that run updates in one statement.
func (im *importer) refreshEvent(s *storedEvent, stored, e *timeline.Event, position int, dup sql.NullInt64) error {
	newTime := !e.Time.IsZero() && (e.Time.String() != s.timeStr || e.Time.Text != s.time.Text)
	if !newTime && stored.Key == e.Key && stored.Kind == e.Kind && s.part == e.Part && s.position == position &&
		s.sourceRef == im.sourceRef(e) && s.duplicateOf == dup {
		im.seen = append(im.seen, s.id)
		return nil
	}
	q := `UPDATE events SET key = ?, kind = ?, part = ?, position = ?, source_ref = ?, duplicate_of = ?, last_import_id = ?`
	args := []any{e.Key, string(e.Kind), e.Part, position, im.sourceRef(e), nullID(dup), im.importID}
	if newTime {
		q += `, ` + setList(cols("time"))
		args = append(args, whenArgs(e.Time)...)
	}
	return im.exec("update event", q+` WHERE id = ?`, append(args, s.id)...)
}

// reviseEvent makes the document's text the event's latest revision.
func (im *importer) reviseEvent(s *storedEvent, e *timeline.Event, position int, dup sql.NullInt64) error {
	number := s.revision + 1
	args := []any{e.Key, string(e.Kind), e.Part, position, im.sourceRef(e), nullID(dup), im.importID, e.Headline, e.Text}
	args = append(args, whenArgs(e.Time)...)
	if err := im.exec("revise event", `UPDATE events SET key = ?, kind = ?, part = ?, position = ?, source_ref = ?,
		duplicate_of = ?, last_import_id = ?, headline = ?, text = ?, `+setList(cols("time"))+`, revision = ? WHERE id = ?`,
		append(args, number, s.id)...); err != nil {
		return err
	}
	if err := im.insertRevision(s.id, number, e); err != nil {
		return err
	}
	if err := im.syncClaims(s.id, number, e.Claims, false); err != nil {
		return err
	}
	return im.syncFigures(s.id, number, e.Figures, false)
}

// fingerprints are the claims' or figures' ids from the pipeline, made unique
// within the event; an item without one gets a hash of what it says.
func fingerprints(n int, id func(int) string, content func(int) string) []string {
	out := make([]string, n)
	seen := make(map[string]int, n)
	for i := range n {
		fp := id(i)
		if fp == "" {
			h := sha256.Sum256([]byte(content(i)))
			fp = "h" + hex.EncodeToString(h[:8])
		}
		seen[fp]++
		if k := seen[fp]; k > 1 {
			fp += "~" + strconv.Itoa(k)
		}
		out[i] = fp
	}
	return out
}

func foldText(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// existingRows maps an event's claim or figure fingerprints to row ids: live
// rows first, else the latest retired one (which a returning fingerprint
// revives with its review).
func (im *importer) existingRows(table string, eventID int64) (map[string]int64, []int64, error) {
	rows, err := im.tx.QueryContext(im.ctx, `SELECT id, fingerprint, retired_in IS NULL FROM `+table+`
		WHERE event_id = ? ORDER BY retired_in IS NULL DESC, id DESC`, eventID)
	if err != nil {
		return nil, nil, classify(err, "read "+table)
	}
	defer rows.Close()
	byFP := map[string]int64{}
	var live []int64
	for rows.Next() {
		var id int64
		var fp string
		var isLive bool
		if err := rows.Scan(&id, &fp, &isLive); err != nil {
			return nil, nil, classify(err, "read "+table)
		}
		if _, ok := byFP[fp]; !ok {
			byFP[fp] = id
		}
		if isLive {
			live = append(live, id)
		}
	}
	return byFP, live, classify(rows.Err(), "read "+table)
}

// retire marks the live rows of an event that this revision did not keep.
func (im *importer) retire(table string, revision int, live []int64, kept map[int64]bool) error {
	for _, id := range live {
		if !kept[id] {
			if err := im.exec("retire "+table, `UPDATE `+table+` SET retired_in = ? WHERE id = ?`, revision, id); err != nil {
				return err
			}
		}
	}
	return nil
}

func claimArgs(c *timeline.Claim) []any {
	args := []any{c.Speaker, c.SpeakerText, string(c.SpeakerKind), c.Via, c.Verb, c.Text, c.Direct}
	args = append(args, whenArgs(c.Time)...)
	return append(args, string(c.Evidence), c.EvidenceText, c.Start, c.End)
}

func (im *importer) syncClaims(eventID int64, revision int, cs []timeline.Claim, fresh bool) error {
	fps := fingerprints(len(cs), func(i int) string { return cs[i].ID },
		func(i int) string { return strings.ToLower(cs[i].Speaker) + "\x00" + foldText(cs[i].Text) })
	var byFP map[string]int64
	var live []int64
	if !fresh {
		var err error
		if byFP, live, err = im.existingRows("claims", eventID); err != nil {
			return err
		}
	}
	kept := map[int64]bool{}
	for i := range cs {
		if id, ok := byFP[fps[i]]; ok {
			kept[id] = true
			args := append([]any{i}, claimArgs(&cs[i])...)
			if _, err := im.updClaim.ExecContext(im.ctx, append(args, id)...); err != nil {
				return classify(err, "update claim")
			}
			continue
		}
		args := append([]any{im.story.ID, eventID, fps[i], i, revision}, claimArgs(&cs[i])...)
		if _, err := im.insClaim.ExecContext(im.ctx, args...); err != nil {
			return classify(err, "add claim")
		}
	}
	return im.retire("claims", revision, live, kept)
}

func optFloat(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func figureArgs(f *timeline.Figure, i, n int) []any {
	var partOf any
	if f.PartOf >= 0 && f.PartOf < n && f.PartOf != i {
		partOf = f.PartOf
	}
	args := []any{f.Value, optFloat(f.Low), optFloat(f.High), string(f.Bound), f.Unit, f.Metric, f.Subject, f.Source, string(f.SourceKind)}
	args = append(args, whenArgs(f.Time)...)
	return append(args, partOf, string(f.Role), f.Text, f.Start, f.End)
}

func (im *importer) syncFigures(eventID int64, revision int, fs []timeline.Figure, fresh bool) error {
	fps := fingerprints(len(fs), func(i int) string { return fs[i].ID }, func(i int) string {
		f := &fs[i]
		return strconv.FormatFloat(f.Value, 'g', -1, 64) + "\x00" + string(f.Bound) + "\x00" + f.Metric + "\x00" + foldText(f.Text)
	})
	var byFP map[string]int64
	var live []int64
	if !fresh {
		var err error
		if byFP, live, err = im.existingRows("figures", eventID); err != nil {
			return err
		}
	}
	kept := map[int64]bool{}
	for i := range fs {
		if id, ok := byFP[fps[i]]; ok {
			kept[id] = true
			args := append([]any{i}, figureArgs(&fs[i], i, len(fs))...)
			if _, err := im.updFigure.ExecContext(im.ctx, append(args, id)...); err != nil {
				return classify(err, "update figure")
			}
			continue
		}
		args := append([]any{im.story.ID, eventID, fps[i], i, revision}, figureArgs(&fs[i], i, len(fs))...)
		if _, err := im.insFigure.ExecContext(im.ctx, args...); err != nil {
			return classify(err, "add figure")
		}
	}
	return im.retire("figures", revision, live, kept)
}

// mergeEntities adds the document's entities to the story's, merging by name:
// aliases are united, and kind, role and the body spoken for are filled where
// the story had none.
func (im *importer) mergeEntities(ents []timeline.Entity) error {
	if len(ents) == 0 {
		return nil
	}
	have, err := loadEntities(im.ctx, im.tx, im.story.ID)
	if err != nil {
		return err
	}
	idx := map[string]int{}
	for i, e := range have {
		idx[e.Name] = i
	}
	changed := map[string]bool{}
	for _, e := range ents {
		if e.Name == "" {
			continue
		}
		i, ok := idx[e.Name]
		if !ok {
			idx[e.Name] = len(have)
			have = append(have, storedEntity{Entity: timeline.Entity{Name: e.Name}})
			i = len(have) - 1
		}
		if mergeEntity(&have[i].Entity, e) || !ok {
			changed[e.Name] = true
		}
	}
	for _, e := range have {
		if !changed[e.Name] {
			continue
		}
		aliases, err := json.Marshal(nonNil(e.Aliases))
		if err != nil {
			return err
		}
		if err := im.exec("record entity", `INSERT INTO entities (story_id, name, kind, aliases, role, speaks_for)
			VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (story_id, name) DO UPDATE SET kind = excluded.kind, aliases = excluded.aliases,
			role = excluded.role, speaks_for = excluded.speaks_for`,
			im.story.ID, e.Name, string(e.Kind), string(aliases), e.Role, e.SpeaksFor); err != nil {
			return err
		}
	}
	return nil
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func mergeEntity(dst *timeline.Entity, src timeline.Entity) bool {
	changed := false
	if (dst.Kind == "" || dst.Kind == timeline.SpeakerUnknown) && src.Kind != "" && src.Kind != dst.Kind {
		dst.Kind, changed = src.Kind, true
	}
	if dst.Role == "" && src.Role != "" {
		dst.Role, changed = src.Role, true
	}
	if dst.SpeaksFor == "" && src.SpeaksFor != "" {
		dst.SpeaksFor, changed = src.SpeaksFor, true
	}
	for _, a := range src.Aliases {
		if a != "" && a != dst.Name && !slices.Contains(dst.Aliases, a) {
			dst.Aliases, changed = append(dst.Aliases, a), true
		}
	}
	return changed
}

// updateStory marks the story updated and fills, from the first import that
// knows them, the title, publication date and source URL it lacked.
func (im *importer) updateStory() error {
	doc := im.in.Doc
	st := im.story
	if st.Title == "" {
		st.Title = doc.Title
	}
	if st.SourceURL == "" {
		st.SourceURL = doc.SourceURL
	}
	if st.Published.IsZero() {
		st.Published = im.in.Published
		if st.Published.IsZero() {
			st.Published = doc.Published
		}
	}
	args := []any{st.Title, st.SourceURL}
	args = append(args, whenArgs(st.Published)...)
	args = append(args, im.stamp, st.ID)
	return im.exec("update story", `UPDATE stories SET title = ?, source_url = ?, `+setList(cols("published"))+`,
		updated_at = ? WHERE id = ?`, args...)
}
