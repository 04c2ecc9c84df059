-- The built series of a story, encoded, under the key of what they were
-- built from (the story's counts and updated_at, and the program's build).
-- Series are derived data: a row that no longer matches its key is rebuilt
-- and replaced, and dropping the table loses nothing.
CREATE TABLE series_cache (
	story_id INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
	key      TEXT NOT NULL,
	body     BLOB NOT NULL
) STRICT;
