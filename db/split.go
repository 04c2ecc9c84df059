package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"factline/timeline"
)

// SplitStory moves the events of the listed parts (with their revisions,
// claims, figures and reviews) into new stories, in one transaction, and
// returns the new stories. A new story takes its title from the split, else
// from the part's title in the story's latest import that lists the part; its
// publication date from that part's date; its source URL and the entities its
// claims and figures name from the story. Imports stay with the story they
// were made to (an event's revisions still name them). A repeated text whose
// first occurrence ends up in another story stops being a repeat, so each
// story shows its copy. EInvalid when a part has no events, a slug is invalid
// or listed twice; EConflict when a slug is taken.
func (s *Store) SplitStory(ctx context.Context, slug string, splits []timeline.StorySplit) ([]timeline.Story, error) {
	if len(splits) == 0 {
		return nil, timeline.Errorf(timeline.EInvalid, "split story %q: name at least one part to move", slug)
	}
	parts, slugs := map[int]bool{}, map[string]bool{}
	for _, sp := range splits {
		if err := ValidateSlug(sp.Slug); err != nil {
			return nil, err
		}
		if sp.Slug == slug || slugs[sp.Slug] {
			return nil, timeline.Errorf(timeline.EInvalid, "split story %q: slug %q is used twice", slug, sp.Slug)
		}
		if parts[sp.Part] {
			return nil, timeline.Errorf(timeline.EInvalid, "split story %q: part %d is listed twice", slug, sp.Part)
		}
		parts[sp.Part], slugs[sp.Slug] = true, true
	}
	var out []timeline.Story
	err := s.write(ctx, func(tx *sql.Tx) error {
		src, err := storyBy(ctx, tx, "s.slug = ?", slug)
		if err != nil {
			return err
		}
		known, err := latestParts(ctx, tx, src.ID)
		if err != nil {
			return err
		}
		now := time.Now()
		var ids []int64
		for _, sp := range splits {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM events WHERE story_id = ? AND part = ?`, src.ID, sp.Part).Scan(&n); err != nil {
				return classify(err, "count events of part")
			}
			if n == 0 {
				return timeline.Errorf(timeline.EInvalid, "split story %q: part %d has no events", slug, sp.Part)
			}
			ns := timeline.NewStory{Slug: sp.Slug, Title: sp.Title, SourceURL: src.SourceURL}
			if p, ok := known[sp.Part]; ok {
				if ns.Title == "" {
					ns.Title = p.Title
				}
				ns.Published = p.Date
			}
			id, err := insertStory(ctx, tx, ns, now)
			if err != nil {
				return err
			}
			ids = append(ids, id)
			for _, q := range []string{
				`UPDATE events SET story_id = ?1 WHERE story_id = ?2 AND part = ?3`,
				`UPDATE claims SET story_id = ?1 WHERE event_id IN (SELECT id FROM events WHERE story_id = ?1)`,
				`UPDATE figures SET story_id = ?1 WHERE event_id IN (SELECT id FROM events WHERE story_id = ?1)`,
				`INSERT INTO entities (story_id, name, kind, aliases, role, speaks_for)
					SELECT ?1, name, kind, aliases, role, speaks_for FROM entities WHERE story_id = ?2 AND name IN (
						SELECT speaker FROM claims WHERE story_id = ?1 UNION SELECT source FROM figures WHERE story_id = ?1)`,
			} {
				if _, err := tx.ExecContext(ctx, q, id, src.ID, sp.Part); err != nil {
					return classify(err, "move part")
				}
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE events SET duplicate_of = NULL
			WHERE duplicate_of IS NOT NULL AND story_id IN (SELECT value FROM json_each(?))
			AND story_id != (SELECT d.story_id FROM events d WHERE d.id = events.duplicate_of)`,
			jsonIDs(append(ids, src.ID))); err != nil {
			return classify(err, "unlink repeats")
		}
		if _, err := tx.ExecContext(ctx, `UPDATE stories SET updated_at = ? WHERE id = ?`, stamp(now), src.ID); err != nil {
			return classify(err, "update story")
		}
		for _, id := range ids {
			st, err := storyBy(ctx, tx, "s.id = ?", id)
			if err != nil {
				return err
			}
			out = append(out, st)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("split story %q: %w", slug, err)
	}
	for _, st := range out {
		s.log.Info("split story", "from", slug, "to", st.Slug, "events", st.Events)
	}
	return out, nil
}

func jsonIDs(ids []int64) string {
	b := []byte{'['}
	for i, id := range ids {
		if i > 0 {
			b = append(b, ',')
		}
		b = fmt.Appendf(b, "%d", id)
	}
	return string(append(b, ']'))
}

// latestParts returns, for each part index, the part as the latest import
// that lists it describes it.
func latestParts(ctx context.Context, tx *sql.Tx, storyID int64) (map[int]timeline.Part, error) {
	rows, err := tx.QueryContext(ctx, `SELECT parts FROM imports WHERE story_id = ? ORDER BY id`, storyID)
	if err != nil {
		return nil, classify(err, "read parts")
	}
	defer rows.Close()
	out := map[int]timeline.Part{}
	for rows.Next() {
		var js string
		if err := rows.Scan(&js); err != nil {
			return nil, classify(err, "read parts")
		}
		ps, err := decodeParts(js)
		if err != nil {
			return nil, err
		}
		for _, p := range ps {
			out[p.Index] = p
		}
	}
	if err := rows.Err(); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, classify(err, "read parts")
	}
	return out, nil
}
