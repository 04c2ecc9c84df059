package handlers

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sync"

	"factline/timeline"
	"factline/timeline/figures"
	"factline/timeline/series"
)

// storySeries is a story's series as the pages and the API show them.
type storySeries struct {
	Story     timeline.Story
	Set       *series.Set
	Overrides series.Overrides
}

// seriesService builds a story's series, keeping the last ones built: a
// story of 10,000 figures costs about a hundred milliseconds to read and
// build, and its series change only when the story does.
type seriesService struct {
	store  timeline.Store
	series series.Store
	finder *figures.Finder
	cache  *setCache
	// kept keeps built series in the store, between processes; nil when
	// the store cannot.
	kept series.Cache
	log  *slog.Logger
	// build names the program that built what is kept: another build may
	// group figures differently.
	build func() string
}

func newSeriesService(cfg Config) *seriesService {
	s := &seriesService{store: cfg.Store, series: cfg.Series, finder: figures.New(), cache: newSetCache(cfg.SeriesCache),
		log: cfg.Logger, build: sync.OnceValue(executableHash)}
	if !cfg.NoKeptSeries {
		s.kept, _ = cfg.Series.(series.Cache)
	}
	return s
}

// executableHash is a digest of the running program, or of the process
// when it cannot be read (then nothing kept is ever reused).
func executableHash() string {
	h := sha256.New()
	path, err := os.Executable()
	if err == nil {
		var f *os.File
		if f, err = os.Open(path); err == nil {
			_, err = io.Copy(h, f)
			f.Close()
		}
	}
	if err != nil {
		fmt.Fprintf(h, "pid %d", os.Getpid())
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// load returns a story's series. st is the story when the caller has just
// read it (its UpdatedAt is the cache's key), else nil. The story must be
// read before its figures, never after, so that a cached set is never older
// than its key.
func (s *seriesService) load(ctx context.Context, slug string, st *timeline.Story) (*storySeries, error) {
	if err := s.available(); err != nil {
		return nil, err
	}
	if st == nil {
		got, err := s.store.Story(ctx, slug)
		if err != nil {
			return nil, err
		}
		st = &got
	}
	if d := s.cache.get(slug, keyOf(*st)); d != nil {
		return d, nil
	}
	if d := s.fromStore(ctx, *st); d != nil {
		s.cache.put(slug, keyOf(*st), d)
		return d, nil
	}
	snap, err := s.series.SeriesSnapshot(ctx, slug)
	if err != nil {
		return nil, err
	}
	d := &storySeries{
		Story:     snap.Story,
		Set:       series.Build(snap.Events, snap.Entities, snap.Overrides, series.Options{FindFigures: s.finder.Find}),
		Overrides: snap.Overrides,
	}
	s.cache.put(slug, keyOf(snap.Story), d)
	s.keep(ctx, d)
	return d, nil
}

// storedKey is the key of what is kept in the store: the story's state and
// the program's build.
func (s *seriesService) storedKey(st timeline.Story) string {
	k := keyOf(st)
	return fmt.Sprintf("%d.%d.%d.%d.%s", k.story, k.updated, k.events, k.figures, s.build())
}

// fromStore returns the series kept in the store for the story as it is,
// or nil. What cannot be read is rebuilt, never an error for the reader.
func (s *seriesService) fromStore(ctx context.Context, st timeline.Story) *storySeries {
	if s.kept == nil {
		return nil
	}
	body, err := s.kept.CachedSeries(ctx, st.ID, s.storedKey(st))
	if err != nil || body == nil {
		if err != nil {
			s.log.WarnContext(ctx, "read kept series", "story", st.Slug, "err", err)
		}
		return nil
	}
	set, ov, err := series.Decode(body)
	if err != nil {
		s.log.WarnContext(ctx, "decode kept series", "story", st.Slug, "err", err)
		return nil
	}
	return &storySeries{Story: st, Set: set, Overrides: ov}
}

// keep stores a story's built series for the next process or the next
// request this one's memory no longer holds. A failure costs only time.
func (s *seriesService) keep(ctx context.Context, d *storySeries) {
	if s.kept == nil {
		return
	}
	body, err := series.Encode(d.Set, d.Overrides)
	if err == nil {
		err = s.kept.PutCachedSeries(ctx, d.Story.ID, s.storedKey(d.Story), body)
	}
	switch {
	case errors.Is(err, series.ErrZones):
		s.log.DebugContext(ctx, "built series not kept", "story", d.Story.Slug, "err", err)
	case err != nil:
		s.log.WarnContext(ctx, "keep built series", "story", d.Story.Slug, "err", err)
	}
}

// available says whether the store keeps series.
func (s *seriesService) available() error {
	if s.series == nil {
		return timeline.Errorf(timeline.ENotFound, "figures over time are not available with this store")
	}
	return nil
}

// prepare builds and keeps the series of a story an import has just
// changed, so that its first view is as quick as the next ones. It costs the
// importer a tenth of a second for 10,000 figures; a failure here is only a
// slower first view, never a failed import.
func (s *seriesService) prepare(ctx context.Context, out ImportOutcome) {
	if s.available() != nil || out.Result.Existing {
		return
	}
	if _, err := s.load(ctx, out.Story.Slug, nil); err != nil {
		s.log.WarnContext(ctx, "build series after import", "story", out.Story.Slug, "err", err)
	}
}

// changed drops what is kept of a story after a write made through this
// server (the story's UpdatedAt covers writes made elsewhere).
func (s *seriesService) changed(slug string) { s.cache.forget(slug) }

// setKey is what changes with every import into a story and every override.
type setKey struct {
	story           int64
	updated         int64
	events, figures int
}

func keyOf(st timeline.Story) setKey {
	return setKey{story: st.ID, updated: st.UpdatedAt.UnixNano(), events: st.Events, figures: st.Figures}
}

// DefaultSeriesCache is how many stories' series are kept in memory.
const DefaultSeriesCache = 16

// setCache keeps the series of the stories used last. The sets are shared
// by concurrent requests and never modified after they are built.
type setCache struct {
	mu      sync.Mutex
	max     int
	tick    uint64
	entries map[string]*cacheEntry
}

type cacheEntry struct {
	key  setKey
	data *storySeries
	used uint64
}

// newSetCache keeps max stories; a negative max keeps none.
func newSetCache(max int) *setCache {
	if max == 0 {
		max = DefaultSeriesCache
	}
	return &setCache{max: max, entries: map[string]*cacheEntry{}}
}

func (c *setCache) get(slug string, k setKey) *storySeries {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[slug]
	if !ok || e.key != k {
		return nil
	}
	c.tick++
	e.used = c.tick
	return e.data
}

func (c *setCache) put(slug string, k setKey, d *storySeries) {
	if c.max < 0 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.tick++
	c.entries[slug] = &cacheEntry{key: k, data: d, used: c.tick}
	for len(c.entries) > c.max {
		oldest, at := "", c.tick+1
		for s, e := range c.entries {
			if e.used < at {
				oldest, at = s, e.used
			}
		}
		delete(c.entries, oldest)
	}
}

func (c *setCache) forget(slug string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.entries, slug)
}
