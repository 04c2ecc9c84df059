package series

import (
	"context"

	"factline/timeline"
)

// Snapshot is what Build reads of one story, read at one moment.
type Snapshot struct {
	Story     timeline.Story
	Events    []timeline.StoredEvent
	Entities  []timeline.Entity
	Overrides Overrides
}

// Store is what the series pages need from storage; the db package
// implements it and handlers depend on this interface only.
type Store interface {
	OverrideStore
	// SeriesSnapshot returns, in one read transaction, the story (with its
	// counts and UpdatedAt, which changes with every import and override),
	// its events in timeline order with their figures (Ordinal and
	// DuplicateOf as timeline.Store's Events gives them, so event anchors
	// match the story page), its entities and overrides. Claims are left
	// out, and an event's Text and Revisions are filled only where NeedsText
	// asks for them: the rest of a big story is bytes Build never reads.
	SeriesSnapshot(ctx context.Context, slug string) (Snapshot, error)
}
