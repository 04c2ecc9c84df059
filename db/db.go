// Package db keeps factline's stories in SQLite (modernc.org/sqlite, no cgo).
// It implements timeline.Store; every SQL statement of the application lives
// here, behind the interface's narrow methods, so that another engine could
// implement the same interface.
//
// One database file is used through two pools: a writer pool of a single
// connection whose transactions begin IMMEDIATE (a transaction that reads then
// writes never fails at the lock upgrade, and writers queue in Go rather than
// spin on SQLITE_BUSY), and a reader pool whose connections are query_only.
// Every connection gets its pragmas from the DSN, so none depends on which
// pooled connection ran a PRAGMA.
//
// What callers rely on:
//   - Claim.ID is "c<row id>" and Figure.ID "f<row id>": stable across
//     re-imports while the pipeline's fingerprint (its Claim.ID/Figure.ID) of
//     the statement stays the same; ReviewClaim takes the "c" form.
//   - Events returns Ordinal = 1-based index in the returned slice and
//     DuplicateOf = the Ordinal of the first occurrence in that slice, so
//     timeline.ContractEventOf gives consistent "e<n>" ids for the API.
//   - ImportResult's event counts cover every event of the document
//     (boilerplate and repeats too) and add up to len(Doc.Events).
//   - Errors are *timeline.Error with codes ENotFound, EConflict, EInvalid,
//     ETooLarge, or plain wrapped errors (EInternal).
package db

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"factline/timeline"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// busyTimeoutMS bounds how long a connection waits for another process's
// lock (inside one process the single writer connection already serialises
// writes).
const busyTimeoutMS = 10000

// Store is the SQLite implementation of timeline.Store. It is safe for
// concurrent use.
type Store struct {
	w   *sql.DB
	r   *sql.DB
	log *slog.Logger
}

var _ timeline.Store = (*Store)(nil)

// Open opens (creating if needed) the database at path and applies the
// migrations it lacks.
func Open(ctx context.Context, path string, logger *slog.Logger) (*Store, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if path == "" || strings.ContainsAny(path, "?#") || strings.HasPrefix(path, "file:") || strings.Contains(path, ":memory:") {
		// An in-memory database is a new empty one per pooled connection.
		return nil, timeline.Errorf(timeline.EInvalid, "database path %q: want a file path without '?' or '#'", path)
	}
	w, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		return nil, fmt.Errorf("open %s for writing: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	r, err := sql.Open("sqlite", dsn(path, false))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open %s for reading: %w", path, err)
	}
	n := max(4, 2*runtime.NumCPU())
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	s := &Store{w: w, r: r, log: logger}
	if err := s.migrate(ctx); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// dsn builds the data source name: pragmas as _pragma values so that every
// pooled connection runs them (the driver runs busy_timeout first).
func dsn(path string, writer bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout("+strconv.Itoa(busyTimeoutMS)+")")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "foreign_keys(1)")
	if writer {
		q.Set("_txlock", "immediate")
	} else {
		q.Add("_pragma", "query_only(1)")
	}
	return path + "?" + q.Encode()
}

// Close closes both pools.
func (s *Store) Close() error {
	// optimize lets SQLite refresh the statistics the query planner uses.
	if _, err := s.w.Exec("PRAGMA optimize"); err != nil {
		s.log.Warn("pragma optimize", "err", err)
	}
	return errors.Join(s.r.Close(), s.w.Close())
}

type migration struct {
	version int
	name    string
	sql     string
}

func migrations() ([]migration, error) {
	files, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	seen := map[int]string{}
	for _, f := range files {
		base := strings.TrimSuffix(strings.TrimPrefix(f, "migrations/"), ".sql")
		num, name, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v < 1 {
			return nil, fmt.Errorf("migration %s: want NNNN_name.sql", f)
		}
		if other, dup := seen[v]; dup {
			return nil, fmt.Errorf("migrations %s and %s share version %d", other, f, v)
		}
		seen[v] = f
		b, err := migrationFS.ReadFile(f)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: name, sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	return ms, nil
}

// migrate applies each migration not yet recorded, each in its own
// transaction with its record, so that a failed one leaves the schema at the
// previous version. Two processes opening one file at once serialise on the
// IMMEDIATE transaction and the second finds the work done.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	if _, err := s.w.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL
	) STRICT`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	for _, m := range ms {
		applied := false
		err := s.write(ctx, func(tx *sql.Tx) error {
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.version).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				return nil
			}
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
				m.version, m.name, stamp(time.Now())); err != nil {
				return err
			}
			applied = true
			return nil
		})
		if err != nil {
			return fmt.Errorf("migration %04d_%s: %w", m.version, m.name, err)
		}
		if applied {
			s.log.Info("applied migration", "version", m.version, "name", m.name)
		}
	}
	return nil
}

// write runs fn in an IMMEDIATE transaction on the writer connection and
// commits it, or rolls it back when fn or the commit fails.
func (s *Store) write(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin write: %w", err)
	}
	// Deferred so that even a panic in fn gives the one writer connection
	// back; after a commit it is a no-op.
	defer func() {
		if rerr := tx.Rollback(); rerr != nil && !errors.Is(rerr, sql.ErrTxDone) {
			s.log.Error("rollback", "err", rerr)
		}
	}()
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// read runs fn in a read transaction on a reader connection, so that the
// several queries of one page see one snapshot.
func (s *Store) read(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("begin read: %w", err)
	}
	defer tx.Rollback()
	return fn(tx)
}

// classify turns a driver error into a timeline error by SQLite result code;
// what says what was being done, for the message.
func classify(err error, what string) error {
	if err == nil {
		return nil
	}
	var te *timeline.Error
	if errors.As(err, &te) {
		return err
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() {
		case sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY:
			return &timeline.Error{Code: timeline.EConflict, Message: what + ": already exists", Err: err}
		case sqlite3.SQLITE_CONSTRAINT_CHECK, sqlite3.SQLITE_CONSTRAINT_NOTNULL,
			sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY, sqlite3.SQLITE_CONSTRAINT_TRIGGER,
			sqlite3.SQLITE_CONSTRAINT_DATATYPE:
			return &timeline.Error{Code: timeline.EInvalid, Message: what + ": the data breaks a rule of the database (" + constraintName(se.Code()) + ")", Err: err}
		case sqlite3.SQLITE_TOOBIG:
			return &timeline.Error{Code: timeline.ETooLarge, Message: what + ": too large for the database", Err: err}
		}
	}
	return fmt.Errorf("%s: %w", what, err)
}

func constraintName(code int) string {
	switch code {
	case sqlite3.SQLITE_CONSTRAINT_CHECK:
		return "check"
	case sqlite3.SQLITE_CONSTRAINT_NOTNULL:
		return "missing value"
	case sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY:
		return "reference"
	case sqlite3.SQLITE_CONSTRAINT_TRIGGER:
		return "trigger"
	case sqlite3.SQLITE_CONSTRAINT_DATATYPE:
		return "type"
	}
	return "constraint"
}

// stampLayout is RFC 3339 in UTC with a fixed number of fraction digits, so
// stamps sort as text.
const stampLayout = "2006-01-02T15:04:05.000Z"

func stamp(t time.Time) string { return t.UTC().Format(stampLayout) }

func parseStamp(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("stored time %q: %w", s, err)
	}
	return t, nil
}

// whenUTCLayout is the instant of a When; day precision stores midnight UTC
// of its date.
const whenUTCLayout = "2006-01-02T15:04:05Z"

// whenArgs are the five column values of a When (utc, precision, text,
// offset, zone).
func whenArgs(w timeline.When) []any {
	if w.IsZero() {
		return []any{nil, string(timeline.PrecisionUnknown), w.Text, 0, ""}
	}
	if w.Precision == timeline.PrecisionDay {
		return []any{w.Date().Format(whenUTCLayout), string(timeline.PrecisionDay), w.Text, 0, ""}
	}
	zone, off := w.At.Zone()
	return []any{w.At.UTC().Format(whenUTCLayout), string(w.Precision), w.Text, off, zone}
}

// whenCols scans the five columns of a When.
type whenCols struct {
	utc       sql.NullString
	precision string
	text      string
	offset    int64
	zone      string
}

func (c *whenCols) dest() []any {
	return []any{&c.utc, &c.precision, &c.text, &c.offset, &c.zone}
}

func (c *whenCols) when() (timeline.When, error) {
	if !c.utc.Valid || c.precision == string(timeline.PrecisionUnknown) {
		return timeline.When{Text: c.text}, nil
	}
	t, err := time.Parse(whenUTCLayout, c.utc.String)
	if err != nil {
		return timeline.When{}, fmt.Errorf("stored time %q: %w", c.utc.String, err)
	}
	p := timeline.Precision(c.precision)
	if p == timeline.PrecisionMinute && (c.offset != 0 || (c.zone != "" && c.zone != "UTC")) {
		t = t.In(time.FixedZone(c.zone, int(c.offset)))
	}
	return timeline.When{At: t, Precision: p, Text: c.text}, nil
}

// cols expands a column prefix into the five When columns.
func cols(prefix string) string {
	return prefix + "_utc, " + prefix + "_precision, " + prefix + "_text, " + prefix + "_offset, " + prefix + "_zone"
}

func notFound(format string, args ...any) error {
	return timeline.Errorf(timeline.ENotFound, format, args...)
}
