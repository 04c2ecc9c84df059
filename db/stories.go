package db

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"factline/timeline"
)

// MaxSlugLen is the longest story slug.
const MaxSlugLen = 80

// ValidateSlug checks a story slug: 1 to 80 lowercase letters, digits and
// hyphens, starting with a letter or digit (so it never reads as a flag).
func ValidateSlug(slug string) error {
	ok := len(slug) >= 1 && len(slug) <= MaxSlugLen && slug[0] != '-'
	for i := 0; ok && i < len(slug); i++ {
		c := slug[i]
		ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-'
	}
	if !ok {
		return timeline.Errorf(timeline.EInvalid, "story slug %q: use 1 to %d lowercase letters, digits and hyphens, starting with a letter or digit", slug, MaxSlugLen)
	}
	return nil
}

// queryer is what both *sql.DB and *sql.Tx offer.
type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// CreateStory creates a story; EConflict when the slug is taken.
func (s *Store) CreateStory(ctx context.Context, ns timeline.NewStory) (timeline.Story, error) {
	if err := ValidateSlug(ns.Slug); err != nil {
		return timeline.Story{}, err
	}
	var st timeline.Story
	err := s.write(ctx, func(tx *sql.Tx) error {
		id, err := insertStory(ctx, tx, ns, time.Now())
		if err != nil {
			return err
		}
		st, err = storyBy(ctx, tx, "s.id = ?", id)
		return err
	})
	if err != nil {
		return timeline.Story{}, err
	}
	s.log.Info("created story", "story", st.Slug, "id", st.ID)
	return st, nil
}

func insertStory(ctx context.Context, tx *sql.Tx, ns timeline.NewStory, now time.Time) (int64, error) {
	args := []any{ns.Slug, ns.Title}
	args = append(args, whenArgs(ns.Published)...)
	args = append(args, ns.SourceURL, stamp(now), stamp(now))
	res, err := tx.ExecContext(ctx, `INSERT INTO stories (slug, title, `+cols("published")+`, source_url, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, args...)
	if err != nil {
		err = classify(err, "create story")
		if timeline.ErrorCode(err) == timeline.EConflict {
			return 0, &timeline.Error{Code: timeline.EConflict, Message: fmt.Sprintf("story %q already exists", ns.Slug), Err: err}
		}
		return 0, err
	}
	return res.LastInsertId()
}

// Story returns one story with its counts.
func (s *Store) Story(ctx context.Context, slug string) (timeline.Story, error) {
	var st timeline.Story
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		st, err = storyBy(ctx, tx, "s.slug = ?", slug)
		return err
	})
	return st, err
}

// Stories lists the stories with their counts, most recently updated first,
// in one query.
func (s *Store) Stories(ctx context.Context) ([]timeline.Story, error) {
	out := []timeline.Story{}
	err := s.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, storySelect+` ORDER BY s.updated_at DESC, s.id DESC`)
		if err != nil {
			return classify(err, "list stories")
		}
		defer rows.Close()
		for rows.Next() {
			st, err := scanStory(rows)
			if err != nil {
				return err
			}
			out = append(out, st)
		}
		return classify(rows.Err(), "list stories")
	})
	return out, err
}

// storySelect counts events (all kinds, duplicates included), the live claims
// and figures, and the imports of each story.
const storySelect = `SELECT s.id, s.slug, s.title, s.published_utc, s.published_precision, s.published_text,
	s.published_offset, s.published_zone, s.source_url, s.created_at, s.updated_at,
	(SELECT count(*) FROM events e WHERE e.story_id = s.id),
	(SELECT count(*) FROM claims c WHERE c.story_id = s.id AND c.retired_in IS NULL),
	(SELECT count(*) FROM figures f WHERE f.story_id = s.id AND f.retired_in IS NULL),
	(SELECT count(*) FROM imports i WHERE i.story_id = s.id)
	FROM stories s`

type scanner interface{ Scan(dest ...any) error }

func scanStory(r scanner) (timeline.Story, error) {
	var st timeline.Story
	var pub whenCols
	var created, updated string
	dest := []any{&st.ID, &st.Slug, &st.Title}
	dest = append(dest, pub.dest()...)
	dest = append(dest, &st.SourceURL, &created, &updated, &st.Events, &st.Claims, &st.Figures, &st.Imports)
	if err := r.Scan(dest...); err != nil {
		return st, err
	}
	var err error
	if st.Published, err = pub.when(); err != nil {
		return st, err
	}
	if st.CreatedAt, err = parseStamp(created); err != nil {
		return st, err
	}
	st.UpdatedAt, err = parseStamp(updated)
	return st, err
}

func storyBy(ctx context.Context, q queryer, where string, arg any) (timeline.Story, error) {
	st, err := scanStory(q.QueryRowContext(ctx, storySelect+" WHERE "+where, arg))
	if errors.Is(err, sql.ErrNoRows) {
		return st, notFound("story %q not found", fmt.Sprint(arg))
	}
	if err != nil {
		return st, classify(err, "read story")
	}
	return st, nil
}

// storyID looks up a story's id; ENotFound names the slug.
func storyID(ctx context.Context, q queryer, slug string) (int64, error) {
	var id int64
	err := q.QueryRowContext(ctx, `SELECT id FROM stories WHERE slug = ?`, slug).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, notFound("story %q not found", slug)
	}
	if err != nil {
		return 0, classify(err, "read story")
	}
	return id, nil
}
