package db

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"factline/timeline"
)

// Events returns the story's events in timeline order (timeline.TimelineOrder
// over the story's document order), each with its live claims (with reviews)
// and figures, its revision number and earlier revisions. It runs five
// queries whatever the story's size, in one read transaction.
//
// In the result, Event.Ordinal is the event's 1-based index in the returned
// slice and Event.DuplicateOf the Ordinal of the first occurrence of its text
// in the same slice (0 for none, or when the first occurrence is in another
// story after a split); StoredEvent.DuplicateOfID is that event's ID. Claim.ID
// is "c" + row id and Figure.ID "f" + row id, stable across re-imports.
func (s *Store) Events(ctx context.Context, slug string) ([]timeline.StoredEvent, error) {
	var evs []timeline.StoredEvent
	err := s.read(ctx, func(tx *sql.Tx) error {
		sid, err := storyID(ctx, tx, slug)
		if err != nil {
			return err
		}
		if evs, err = loadEvents(ctx, tx, sid); err != nil {
			return fmt.Errorf("events of story %q: %w", slug, err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return inTimelineOrder(evs), nil
}

// inTimelineOrder orders events read in document order (position, id) by
// timeline.TimelineOrder and numbers them: Ordinal is the 1-based index in
// the result, DuplicateOf the Ordinal of the first occurrence. Every listing
// of a story's events goes through it, so "e12" names one event everywhere.
func inTimelineOrder(evs []timeline.StoredEvent) []timeline.StoredEvent {
	times := make([]timeline.When, len(evs))
	for i := range evs {
		times[i] = evs[i].Time
	}
	order := timeline.TimelineOrder(times)
	out := make([]timeline.StoredEvent, len(evs))
	ordinalOf := make(map[int64]int, len(evs))
	for k, i := range order {
		out[k] = evs[i]
		out[k].Ordinal = k + 1
		ordinalOf[out[k].ID] = k + 1
	}
	for k := range out {
		out[k].DuplicateOf = ordinalOf[out[k].DuplicateOfID]
	}
	return out
}

func loadEvents(ctx context.Context, tx *sql.Tx, storyID int64) ([]timeline.StoredEvent, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, key, kind, part, `+cols("time")+`, headline, text, source_ref,
		duplicate_of, revision, first_import_id, last_import_id
		FROM events WHERE story_id = ? ORDER BY position, id`, storyID)
	if err != nil {
		return nil, classify(err, "read events")
	}
	defer rows.Close()
	var evs []timeline.StoredEvent
	idx := map[int64]int{}
	for rows.Next() {
		var e timeline.StoredEvent
		var kind string
		var wc whenCols
		var dup sql.NullInt64
		dest := []any{&e.ID, &e.Key, &kind, &e.Part}
		dest = append(dest, wc.dest()...)
		dest = append(dest, &e.Headline, &e.Text, &e.SourceRef, &dup, &e.Revision, &e.FirstImportID, &e.LastImportID)
		if err := rows.Scan(dest...); err != nil {
			return nil, classify(err, "read events")
		}
		e.Kind = timeline.Kind(kind)
		e.DuplicateOfID = dup.Int64
		if e.Time, err = wc.when(); err != nil {
			return nil, err
		}
		e.Claims, e.Figures = []timeline.Claim{}, []timeline.Figure{}
		idx[e.ID] = len(evs)
		evs = append(evs, e)
	}
	if err := rows.Err(); err != nil {
		return nil, classify(err, "read events")
	}
	rows.Close()
	if err := loadClaims(ctx, tx, storyID, evs, idx); err != nil {
		return nil, err
	}
	if err := loadFigures(ctx, tx, storyID, evs, idx); err != nil {
		return nil, err
	}
	return evs, loadRevisions(ctx, tx, storyID, evs, idx)
}

func loadClaims(ctx context.Context, tx *sql.Tx, storyID int64, evs []timeline.StoredEvent, idx map[int64]int) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, event_id, `+claimFields+`, review_status, review_note, reviewer, reviewed_at
		FROM claims WHERE story_id = ? AND retired_in IS NULL ORDER BY event_id, position`, storyID)
	if err != nil {
		return classify(err, "read claims")
	}
	defer rows.Close()
	for rows.Next() {
		var c timeline.Claim
		var id, eventID int64
		var kind, evidence, status string
		var wc whenCols
		var reviewedAt sql.NullString
		dest := []any{&id, &eventID, &c.Speaker, &c.SpeakerText, &kind, &c.Via, &c.Verb, &c.Text, &c.Direct}
		dest = append(dest, wc.dest()...)
		dest = append(dest, &evidence, &c.EvidenceText, &c.Start, &c.End, &status, &c.Review.Note, &c.Review.Reviewer, &reviewedAt)
		if err := rows.Scan(dest...); err != nil {
			return classify(err, "read claims")
		}
		c.ID = "c" + strconv.FormatInt(id, 10)
		c.SpeakerKind, c.Evidence, c.Review.Status = timeline.SpeakerKind(kind), timeline.Evidence(evidence), timeline.ReviewStatus(status)
		if c.Time, err = wc.when(); err != nil {
			return err
		}
		if reviewedAt.Valid {
			if c.Review.At, err = parseStamp(reviewedAt.String); err != nil {
				return err
			}
		}
		if i, ok := idx[eventID]; ok {
			evs[i].Claims = append(evs[i].Claims, c)
		}
	}
	return classify(rows.Err(), "read claims")
}

func loadFigures(ctx context.Context, tx *sql.Tx, storyID int64, evs []timeline.StoredEvent, idx map[int64]int) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, event_id, `+figureFields+`
		FROM figures WHERE story_id = ? AND retired_in IS NULL ORDER BY event_id, position`, storyID)
	if err != nil {
		return classify(err, "read figures")
	}
	defer rows.Close()
	for rows.Next() {
		var f timeline.Figure
		var id, eventID int64
		var low, high sql.NullFloat64
		var partOf sql.NullInt64
		var bound, kind, role string
		var wc whenCols
		dest := []any{&id, &eventID, &f.Value, &low, &high, &bound, &f.Unit, &f.Metric, &f.Subject, &f.Source, &kind}
		dest = append(dest, wc.dest()...)
		dest = append(dest, &partOf, &role, &f.Text, &f.Start, &f.End)
		if err := rows.Scan(dest...); err != nil {
			return classify(err, "read figures")
		}
		f.ID = "f" + strconv.FormatInt(id, 10)
		f.Bound, f.SourceKind, f.Role = timeline.Bound(bound), timeline.SpeakerKind(kind), timeline.Role(role)
		if low.Valid {
			f.Low = &low.Float64
		}
		if high.Valid {
			f.High = &high.Float64
		}
		f.PartOf = -1
		if partOf.Valid {
			f.PartOf = int(partOf.Int64)
		}
		if f.Time, err = wc.when(); err != nil {
			return err
		}
		if i, ok := idx[eventID]; ok {
			evs[i].Figures = append(evs[i].Figures, f)
		}
	}
	return classify(rows.Err(), "read figures")
}

func loadRevisions(ctx context.Context, tx *sql.Tx, storyID int64, evs []timeline.StoredEvent, idx map[int64]int) error {
	rows, err := tx.QueryContext(ctx, `SELECT r.event_id, r.number, r.headline, r.text, `+cols("r.time")+`, r.import_id, r.created_at
		FROM event_revisions r JOIN events e ON e.id = r.event_id
		WHERE e.story_id = ? AND r.number < e.revision ORDER BY r.event_id, r.number`, storyID)
	if err != nil {
		return classify(err, "read revisions")
	}
	defer rows.Close()
	for rows.Next() {
		var r timeline.Revision
		var eventID int64
		var wc whenCols
		var created string
		dest := []any{&eventID, &r.Number, &r.Headline, &r.Text}
		dest = append(dest, wc.dest()...)
		if err := rows.Scan(append(dest, &r.ImportID, &created)...); err != nil {
			return classify(err, "read revisions")
		}
		if r.Time, err = wc.when(); err != nil {
			return err
		}
		if r.CreatedAt, err = parseStamp(created); err != nil {
			return err
		}
		if i, ok := idx[eventID]; ok {
			evs[i].Revisions = append(evs[i].Revisions, r)
		}
	}
	return classify(rows.Err(), "read revisions")
}

// Imports lists a story's imports, oldest first (without their raw bytes).
func (s *Store) Imports(ctx context.Context, slug string) ([]timeline.ImportRecord, error) {
	out := []timeline.ImportRecord{}
	err := s.read(ctx, func(tx *sql.Tx) error {
		sid, err := storyID(ctx, tx, slug)
		if err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT `+importCols+`
			FROM imports i JOIN stories s ON s.id = i.story_id WHERE i.story_id = ? ORDER BY i.id`, sid)
		if err != nil {
			return classify(err, "list imports")
		}
		defer rows.Close()
		for rows.Next() {
			rec, err := scanImport(rows)
			if err != nil {
				return classify(err, "list imports")
			}
			out = append(out, rec)
		}
		return classify(rows.Err(), "list imports")
	})
	return out, err
}

// ImportRaw returns an import and its bytes exactly as they were given.
func (s *Store) ImportRaw(ctx context.Context, importID int64) (timeline.ImportRecord, []byte, error) {
	var rec timeline.ImportRecord
	var raw []byte
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		rec, err = scanImport(tx.QueryRowContext(ctx, `SELECT `+importCols+`, i.raw
			FROM imports i JOIN stories s ON s.id = i.story_id WHERE i.id = ?`, importID), &raw)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("import %d not found", importID)
		}
		return classify(err, "read import")
	})
	if err != nil {
		return timeline.ImportRecord{}, nil, err
	}
	if raw == nil {
		raw = []byte{}
	}
	return rec, raw, nil
}

// MaxReviewNote bounds a review's note.
const MaxReviewNote = 10000

// ReviewClaim records a verdict on a claim by its public id ("c12"), on the
// claim and in the review log. A status of "" clears the verdict.
func (s *Store) ReviewClaim(ctx context.Context, claimID string, r timeline.ClaimReview) error {
	id, ok := parsePublicID(claimID, 'c')
	if !ok {
		return notFound("claim %q not found", claimID)
	}
	switch r.Status {
	case timeline.ReviewNone, timeline.ReviewSupported, timeline.ReviewMisleading, timeline.ReviewFalse,
		timeline.ReviewUnverifiable, timeline.ReviewNeedsWork:
	default:
		return timeline.Errorf(timeline.EInvalid, "review status %q: want supported, misleading, false, unverifiable or needs_review", r.Status)
	}
	if len(r.Note) > MaxReviewNote {
		return timeline.Errorf(timeline.EInvalid, "review note: at most %d bytes", MaxReviewNote)
	}
	at := r.At
	if at.IsZero() {
		at = time.Now()
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE claims SET review_status = ?, review_note = ?, reviewer = ?, reviewed_at = ?
			WHERE id = ?`, string(r.Status), r.Note, r.Reviewer, stamp(at), id)
		if err != nil {
			return classify(err, "review claim "+claimID)
		}
		if n, err := res.RowsAffected(); err != nil {
			return err
		} else if n == 0 {
			return notFound("claim %q not found", claimID)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO claim_reviews (claim_id, speaker, claim_text, status, note, reviewer, reviewed_at)
			SELECT id, speaker, text, ?, ?, ?, ? FROM claims WHERE id = ?`,
			string(r.Status), r.Note, r.Reviewer, stamp(at), id); err != nil {
			return classify(err, "log review of claim "+claimID)
		}
		s.log.Info("claim reviewed", "claim", claimID, "status", r.Status, "reviewer", r.Reviewer)
		return nil
	})
}

// parsePublicID reads "c12" (prefix c) into 12.
func parsePublicID(s string, prefix byte) (int64, bool) {
	if len(s) < 2 || s[0] != prefix || s[1] == '0' || strings.ContainsAny(s[1:], "+-") {
		return 0, false
	}
	id, err := strconv.ParseInt(s[1:], 10, 64)
	return id, err == nil && id > 0
}

// storedEntity is an entity row.
type storedEntity struct {
	timeline.Entity
	id int64
}

func loadEntities(ctx context.Context, q queryer, storyID int64) ([]storedEntity, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, name, kind, aliases, role, speaks_for FROM entities
		WHERE story_id = ? ORDER BY name`, storyID)
	if err != nil {
		return nil, classify(err, "read entities")
	}
	defer rows.Close()
	var out []storedEntity
	for rows.Next() {
		var e storedEntity
		var kind, aliases string
		if err := rows.Scan(&e.id, &e.Name, &kind, &aliases, &e.Role, &e.SpeaksFor); err != nil {
			return nil, classify(err, "read entities")
		}
		e.Kind = timeline.SpeakerKind(kind)
		if err := json.Unmarshal([]byte(aliases), &e.Aliases); err != nil {
			return nil, fmt.Errorf("entity %q aliases: %w", e.Name, err)
		}
		out = append(out, e)
	}
	return out, classify(rows.Err(), "read entities")
}

// Entities returns a story's entities by name (not part of timeline.Store).
func (s *Store) Entities(ctx context.Context, slug string) ([]timeline.Entity, error) {
	out := []timeline.Entity{}
	err := s.read(ctx, func(tx *sql.Tx) error {
		sid, err := storyID(ctx, tx, slug)
		if err != nil {
			return err
		}
		es, err := loadEntities(ctx, tx, sid)
		for _, e := range es {
			out = append(out, e.Entity)
		}
		return err
	})
	return out, err
}
