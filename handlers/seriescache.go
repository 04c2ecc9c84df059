package handlers

import (
	"context"
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
}

func newSeriesService(cfg Config) *seriesService {
	return &seriesService{store: cfg.Store, series: cfg.Series, finder: figures.New(), cache: newSetCache(cfg.SeriesCache)}
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
	return d, nil
}

// available says whether the store keeps series.
func (s *seriesService) available() error {
	if s.series == nil {
		return timeline.Errorf(timeline.ENotFound, "figures over time are not available with this store")
	}
	return nil
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
