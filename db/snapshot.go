package db

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"factline/timeline"
	"factline/timeline/series"
)

// SeriesSnapshot implements series.Store: what series.Build reads of a story,
// in one read transaction. It reads each event's time and identity but not
// its text, no claims at all, and the texts and earlier revisions only of the
// events series.NeedsText asks for, so that the series of a story of 10,000
// events cost a few narrow queries rather than the story page's load.
func (s *Store) SeriesSnapshot(ctx context.Context, slug string) (series.Snapshot, error) {
	var out series.Snapshot
	err := s.read(ctx, func(tx *sql.Tx) error {
		st, err := storyBy(ctx, tx, "s.slug = ?", slug)
		if err != nil {
			return err
		}
		out.Story = st
		evs, idx, err := loadEventHeads(ctx, tx, st.ID)
		if err != nil {
			return err
		}
		if err := loadFigures(ctx, tx, st.ID, evs, idx); err != nil {
			return err
		}
		// Numbered as the story page numbers them, before anything is
		// decided from the order (NeedsText reads DuplicateOf).
		out.Events = inTimelineOrder(evs)
		if err := loadNeededTexts(ctx, tx, st.ID, out.Events); err != nil {
			return err
		}
		ents, err := loadEntities(ctx, tx, st.ID)
		if err != nil {
			return err
		}
		out.Entities = make([]timeline.Entity, len(ents))
		for i := range ents {
			out.Entities[i] = ents[i].Entity
		}
		out.Overrides, err = loadOverrides(ctx, tx, st.ID)
		return err
	})
	if err != nil {
		return series.Snapshot{}, fmt.Errorf("series of story %q: %w", slug, err)
	}
	return out, nil
}

var _ series.Store = (*Store)(nil)

// loadEventHeads reads the story's events without their text, in document
// order, with an index from event id to position in the slice.
func loadEventHeads(ctx context.Context, tx *sql.Tx, storyID int64) ([]timeline.StoredEvent, map[int64]int, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, kind, part, `+cols("time")+`, duplicate_of, revision
		FROM events WHERE story_id = ? ORDER BY position, id`, storyID)
	if err != nil {
		return nil, nil, classify(err, "read events")
	}
	defer rows.Close()
	var evs []timeline.StoredEvent
	idx := map[int64]int{}
	for rows.Next() {
		var e timeline.StoredEvent
		var kind string
		var wc whenCols
		var dup sql.NullInt64
		dest := append([]any{&e.ID, &kind, &e.Part}, wc.dest()...)
		if err := rows.Scan(append(dest, &dup, &e.Revision)...); err != nil {
			return nil, nil, classify(err, "read events")
		}
		e.Kind = timeline.Kind(kind)
		e.DuplicateOfID = dup.Int64
		if e.Time, err = wc.when(); err != nil {
			return nil, nil, err
		}
		idx[e.ID] = len(evs)
		evs = append(evs, e)
	}
	return evs, idx, classify(rows.Err(), "read events")
}

// loadNeededTexts fills the text, and the earlier revisions, of the events
// series.NeedsText asks for.
func loadNeededTexts(ctx context.Context, tx *sql.Tx, storyID int64, evs []timeline.StoredEvent) error {
	var ids []int64
	idx := map[int64]int{}
	revised := false
	for i := range evs {
		if series.NeedsText(&evs[i]) {
			ids = append(ids, evs[i].ID)
			idx[evs[i].ID] = i
			revised = revised || evs[i].Revision > 1
		}
	}
	if len(ids) == 0 {
		return nil
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, headline, text FROM events
		WHERE id IN (SELECT value FROM json_each(?)) AND story_id = ?`, string(list), storyID)
	if err != nil {
		return classify(err, "read event texts")
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var headline, text string
		if err := rows.Scan(&id, &headline, &text); err != nil {
			return classify(err, "read event texts")
		}
		if i, ok := idx[id]; ok {
			evs[i].Headline, evs[i].Text = headline, text
		}
	}
	if err := rows.Err(); err != nil {
		return classify(err, "read event texts")
	}
	rows.Close()
	if !revised {
		return nil
	}
	// loadRevisions reads those of every edited event of the story; only the
	// needed ones are kept.
	return loadRevisions(ctx, tx, storyID, evs, idx)
}
