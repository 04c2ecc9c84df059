-- Editors' corrections of the automatic grouping of figures into series. They
-- name figures by their stable public id and series by their stable key, so a
-- re-import of the same blocks leaves them in force.
CREATE TABLE series_overrides (
	id          INTEGER PRIMARY KEY,
	story_id    INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
	kind        TEXT NOT NULL CHECK (kind IN ('move', 'merge', 'split', 'label')),
	figure_id   TEXT NOT NULL DEFAULT '',
	from_series TEXT NOT NULL DEFAULT '',
	subject     TEXT NOT NULL DEFAULT '',
	to_series   TEXT NOT NULL,
	label       TEXT NOT NULL DEFAULT '',
	created_at  TEXT NOT NULL
) STRICT;

CREATE INDEX series_overrides_story ON series_overrides(story_id, id);
