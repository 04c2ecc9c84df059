package db

import (
	"context"
	"database/sql"
	"time"

	"factline/timeline"
	"factline/timeline/series"
)

// SeriesOverrides returns a story's overrides in the order editors made them.
func (s *Store) SeriesOverrides(ctx context.Context, slug string) (series.Overrides, error) {
	var out series.Overrides
	err := s.read(ctx, func(tx *sql.Tx) error {
		sid, err := storyID(ctx, tx, slug)
		if err != nil {
			return err
		}
		out, err = loadOverrides(ctx, tx, sid)
		return err
	})
	return out, err
}

func loadOverrides(ctx context.Context, q queryer, storyID int64) (series.Overrides, error) {
	out := series.Overrides{}
	rows, err := q.QueryContext(ctx, `SELECT id, kind, figure_id, from_series, subject, to_series, label
		FROM series_overrides WHERE story_id = ? ORDER BY id`, storyID)
	if err != nil {
		return nil, classify(err, "read series overrides")
	}
	defer rows.Close()
	for rows.Next() {
		var o series.Override
		var kind string
		if err := rows.Scan(&o.ID, &kind, &o.FigureID, &o.From, &o.Subject, &o.To, &o.Label); err != nil {
			return nil, classify(err, "read series overrides")
		}
		o.Kind = series.OverrideKind(kind)
		out = append(out, o)
	}
	return out, classify(rows.Err(), "read series overrides")
}

// AddSeriesOverride validates an override against the story's others (a merge
// may not close a cycle) and appends it.
func (s *Store) AddSeriesOverride(ctx context.Context, slug string, o series.Override) (series.Override, error) {
	if err := o.Validate(); err != nil {
		return series.Override{}, err
	}
	existing, err := s.SeriesOverrides(ctx, slug)
	if err != nil {
		return series.Override{}, err
	}
	if err := append(existing, o).Validate(); err != nil {
		return series.Override{}, err
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		sid, err := storyID(ctx, tx, slug)
		if err != nil {
			return err
		}
		now := stamp(time.Now())
		res, err := tx.ExecContext(ctx, `INSERT INTO series_overrides
			(story_id, kind, figure_id, from_series, subject, to_series, label, created_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, sid, string(o.Kind), o.FigureID, o.From, o.Subject, o.To, o.Label, now)
		if err != nil {
			return classify(err, "save series override")
		}
		if o.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		// the story changed: pages and caches keyed on updated_at see it
		_, err = tx.ExecContext(ctx, `UPDATE stories SET updated_at = ? WHERE id = ?`, now, sid)
		return classify(err, "touch story")
	})
	if err != nil {
		return series.Override{}, err
	}
	return o, nil
}

// DeleteSeriesOverride removes one of a story's overrides.
func (s *Store) DeleteSeriesOverride(ctx context.Context, slug string, id int64) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		sid, err := storyID(ctx, tx, slug)
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `DELETE FROM series_overrides WHERE story_id = ? AND id = ?`, sid, id)
		if err != nil {
			return classify(err, "delete series override")
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return timeline.Errorf(timeline.ENotFound, "series override %d not found in story %q", id, slug)
		}
		_, err = tx.ExecContext(ctx, `UPDATE stories SET updated_at = ? WHERE id = ?`, stamp(time.Now()), sid)
		return classify(err, "touch story")
	})
}

var _ series.OverrideStore = (*Store)(nil)
