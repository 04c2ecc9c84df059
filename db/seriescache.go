package db

import (
	"context"
	"database/sql"
	"errors"
)

// CachedSeries returns the encoded series kept for a story under key, or nil
// when there are none or they were built from something else.
func (s *Store) CachedSeries(ctx context.Context, storyID int64, key string) ([]byte, error) {
	var body []byte
	err := s.r.QueryRowContext(ctx, `SELECT body FROM series_cache WHERE story_id = ? AND key = ?`, storyID, key).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	return body, classify(err, "read cached series")
}

// PutCachedSeries keeps a story's encoded series under key, replacing what
// was kept before. A story deleted in the meantime keeps nothing.
func (s *Store) PutCachedSeries(ctx context.Context, storyID int64, key string, body []byte) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO series_cache (story_id, key, body)
			SELECT id, ?, ? FROM stories WHERE id = ?
			ON CONFLICT (story_id) DO UPDATE SET key = excluded.key, body = excluded.body`, key, body, storyID)
		return classify(err, "keep built series")
	})
}
