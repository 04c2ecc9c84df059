-- Times are RFC 3339 UTC text ("2026-01-12T14:05:00Z", created_at with
-- milliseconds) so they sort as text; a When is stored as five columns:
-- *_utc (NULL when unknown), *_precision, *_text (the wording it came from),
-- *_offset (seconds east of UTC of the source's zone) and *_zone (its
-- abbreviation), so the page can show the source's own time.

CREATE TABLE stories (
	id                  INTEGER PRIMARY KEY,
	slug                TEXT NOT NULL UNIQUE
	                    CHECK (length(slug) BETWEEN 1 AND 80 AND slug NOT GLOB '*[^a-z0-9-]*'),
	title               TEXT NOT NULL DEFAULT '',
	published_utc       TEXT,
	published_precision TEXT NOT NULL DEFAULT 'unknown' CHECK (published_precision IN ('minute', 'day', 'unknown')),
	published_text      TEXT NOT NULL DEFAULT '',
	published_offset    INTEGER NOT NULL DEFAULT 0,
	published_zone      TEXT NOT NULL DEFAULT '',
	source_url          TEXT NOT NULL DEFAULT '',
	created_at          TEXT NOT NULL,
	updated_at          TEXT NOT NULL
) STRICT;

-- Every input is kept verbatim; (story_id, sha256) makes a repeated input
-- answer with its first import.
CREATE TABLE imports (
	id               INTEGER PRIMARY KEY,
	story_id         INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	sha256           TEXT NOT NULL CHECK (length(sha256) = 64),
	format           TEXT NOT NULL DEFAULT '',
	content_type     TEXT NOT NULL DEFAULT '',
	filename         TEXT NOT NULL DEFAULT '',
	bytes            INTEGER NOT NULL,
	raw              BLOB NOT NULL,
	published_utc       TEXT,
	published_precision TEXT NOT NULL DEFAULT 'unknown' CHECK (published_precision IN ('minute', 'day', 'unknown')),
	published_text      TEXT NOT NULL DEFAULT '',
	published_offset    INTEGER NOT NULL DEFAULT 0,
	published_zone      TEXT NOT NULL DEFAULT '',
	created_at       TEXT NOT NULL,
	events_added     INTEGER NOT NULL DEFAULT 0,
	events_revised   INTEGER NOT NULL DEFAULT 0,
	events_unchanged INTEGER NOT NULL DEFAULT 0,
	claims           INTEGER NOT NULL DEFAULT 0,
	figures          INTEGER NOT NULL DEFAULT 0,
	far_apart        INTEGER NOT NULL DEFAULT 0,
	parts            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(parts)),
	UNIQUE (story_id, sha256)
) STRICT;

-- An event holds its latest revision's headline, text and time; every
-- version (the latest included) is a row of event_revisions. position is the
-- story's document order, used for events whose time is unknown.
CREATE TABLE events (
	id               INTEGER PRIMARY KEY,
	story_id         INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	key              TEXT NOT NULL DEFAULT '',
	kind             TEXT NOT NULL CHECK (kind IN ('update', 'caption', 'boilerplate')),
	part             INTEGER NOT NULL DEFAULT 0,
	position         INTEGER NOT NULL,
	time_utc         TEXT,
	time_precision   TEXT NOT NULL DEFAULT 'unknown' CHECK (time_precision IN ('minute', 'day', 'unknown')),
	time_text        TEXT NOT NULL DEFAULT '',
	time_offset      INTEGER NOT NULL DEFAULT 0,
	time_zone        TEXT NOT NULL DEFAULT '',
	headline         TEXT NOT NULL DEFAULT '',
	text             TEXT NOT NULL,
	source_ref       TEXT NOT NULL DEFAULT '',
	duplicate_of     INTEGER REFERENCES events (id) ON DELETE SET NULL,
	revision         INTEGER NOT NULL DEFAULT 1,
	revision_id      INTEGER REFERENCES event_revisions (id),
	first_import_id  INTEGER NOT NULL REFERENCES imports (id),
	last_import_id   INTEGER NOT NULL REFERENCES imports (id)
) STRICT;
CREATE INDEX events_story_position ON events (story_id, position);
CREATE INDEX events_story_part ON events (story_id, part);
CREATE INDEX events_duplicate_of ON events (duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX events_last_import ON events (last_import_id);

CREATE TABLE event_revisions (
	id             INTEGER PRIMARY KEY,
	event_id       INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	number         INTEGER NOT NULL,
	headline       TEXT NOT NULL DEFAULT '',
	text           TEXT NOT NULL,
	time_utc       TEXT,
	time_precision TEXT NOT NULL DEFAULT 'unknown' CHECK (time_precision IN ('minute', 'day', 'unknown')),
	time_text      TEXT NOT NULL DEFAULT '',
	time_offset    INTEGER NOT NULL DEFAULT 0,
	time_zone      TEXT NOT NULL DEFAULT '',
	import_id      INTEGER NOT NULL REFERENCES imports (id),
	created_at     TEXT NOT NULL,
	UNIQUE (event_id, number)
) STRICT;
CREATE INDEX event_revisions_import ON event_revisions (import_id);

-- Claims and figures carry story_id so that a story's rows need no join
-- through events. fingerprint is the pipeline's id, unique among an event's
-- live rows; the public id is "c"/"f" + id, kept when a revision of the event
-- brings the same fingerprint. A row a revision drops is retired (retired_in
-- is the event revision that dropped it), not deleted: a review or an
-- editor's choice about it is never lost, a later revision bringing the same
-- fingerprint revives it, and old and new figures of an edited block can be
-- shown side by side.
CREATE TABLE claims (
	id              INTEGER PRIMARY KEY,
	story_id        INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	event_id        INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	fingerprint     TEXT NOT NULL,
	position        INTEGER NOT NULL,
	revision        INTEGER NOT NULL,
	retired_in      INTEGER,
	speaker         TEXT NOT NULL DEFAULT '',
	speaker_text    TEXT NOT NULL DEFAULT '',
	speaker_kind    TEXT NOT NULL DEFAULT '',
	via             TEXT NOT NULL DEFAULT '',
	verb            TEXT NOT NULL DEFAULT '',
	text            TEXT NOT NULL DEFAULT '',
	direct          INTEGER NOT NULL DEFAULT 0 CHECK (direct IN (0, 1)),
	time_utc        TEXT,
	time_precision  TEXT NOT NULL DEFAULT 'unknown' CHECK (time_precision IN ('minute', 'day', 'unknown')),
	time_text       TEXT NOT NULL DEFAULT '',
	time_offset     INTEGER NOT NULL DEFAULT 0,
	time_zone       TEXT NOT NULL DEFAULT '',
	evidence        TEXT NOT NULL DEFAULT '',
	evidence_text   TEXT NOT NULL DEFAULT '',
	start_byte      INTEGER NOT NULL DEFAULT 0,
	end_byte        INTEGER NOT NULL DEFAULT 0,
	review_status   TEXT NOT NULL DEFAULT ''
	                CHECK (review_status IN ('', 'supported', 'misleading', 'false', 'unverifiable', 'needs_review')),
	review_note     TEXT NOT NULL DEFAULT '',
	reviewer        TEXT NOT NULL DEFAULT '',
	reviewed_at     TEXT
) STRICT;
CREATE UNIQUE INDEX claims_event_fingerprint ON claims (event_id, fingerprint) WHERE retired_in IS NULL;
CREATE INDEX claims_event ON claims (event_id);
CREATE INDEX claims_story ON claims (story_id, event_id, position) WHERE retired_in IS NULL;
CREATE INDEX claims_story_speaker ON claims (story_id, speaker) WHERE retired_in IS NULL;

-- Figures are shaped for series: a story's figures by metric, subject and
-- source, ordered by as-of time (time_utc, else the event's), each with its
-- role and the total it is part of (part_of: index in its event's figures,
-- matching position).
CREATE TABLE figures (
	id              INTEGER PRIMARY KEY,
	story_id        INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	event_id        INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	fingerprint     TEXT NOT NULL,
	position        INTEGER NOT NULL,
	revision        INTEGER NOT NULL,
	retired_in      INTEGER,
	value           REAL NOT NULL,
	low             REAL,
	high            REAL,
	bound           TEXT NOT NULL DEFAULT '',
	unit            TEXT NOT NULL DEFAULT '',
	metric          TEXT NOT NULL DEFAULT '',
	subject         TEXT NOT NULL DEFAULT '',
	source          TEXT NOT NULL DEFAULT '',
	source_kind     TEXT NOT NULL DEFAULT '',
	time_utc        TEXT,
	time_precision  TEXT NOT NULL DEFAULT 'unknown' CHECK (time_precision IN ('minute', 'day', 'unknown')),
	time_text       TEXT NOT NULL DEFAULT '',
	time_offset     INTEGER NOT NULL DEFAULT 0,
	time_zone       TEXT NOT NULL DEFAULT '',
	part_of         INTEGER,
	role            TEXT NOT NULL DEFAULT '',
	text            TEXT NOT NULL DEFAULT '',
	start_byte      INTEGER NOT NULL DEFAULT 0,
	end_byte        INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE UNIQUE INDEX figures_event_fingerprint ON figures (event_id, fingerprint) WHERE retired_in IS NULL;
CREATE INDEX figures_event ON figures (event_id);
CREATE INDEX figures_story ON figures (story_id, event_id, position) WHERE retired_in IS NULL;
CREATE INDEX figures_series ON figures (story_id, metric, subject, source, time_utc) WHERE retired_in IS NULL;

-- Every verdict ever given, so that a note survives even a claim's row.
CREATE TABLE claim_reviews (
	id          INTEGER PRIMARY KEY,
	claim_id    INTEGER REFERENCES claims (id) ON DELETE SET NULL,
	speaker     TEXT NOT NULL DEFAULT '',
	claim_text  TEXT NOT NULL DEFAULT '',
	status      TEXT NOT NULL,
	note        TEXT NOT NULL DEFAULT '',
	reviewer    TEXT NOT NULL DEFAULT '',
	reviewed_at TEXT NOT NULL
) STRICT;
CREATE INDEX claim_reviews_claim ON claim_reviews (claim_id);

CREATE TABLE entities (
	id         INTEGER PRIMARY KEY,
	story_id   INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
	name       TEXT NOT NULL,
	kind       TEXT NOT NULL DEFAULT '',
	aliases    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases)),
	role       TEXT NOT NULL DEFAULT '',
	speaks_for TEXT NOT NULL DEFAULT '',
	UNIQUE (story_id, name)
) STRICT;

-- Full-text index over the events' latest headline and text, kept in step by
-- triggers.
CREATE VIRTUAL TABLE events_fts USING fts5 (
	headline, text,
	content = 'events', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
	INSERT INTO events_fts (rowid, headline, text) VALUES (new.id, new.headline, new.text);
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
	INSERT INTO events_fts (events_fts, rowid, headline, text) VALUES ('delete', old.id, old.headline, old.text);
END;
CREATE TRIGGER events_fts_update AFTER UPDATE OF headline, text ON events BEGIN
	INSERT INTO events_fts (events_fts, rowid, headline, text) VALUES ('delete', old.id, old.headline, old.text);
	INSERT INTO events_fts (rowid, headline, text) VALUES (new.id, new.headline, new.text);
END;
