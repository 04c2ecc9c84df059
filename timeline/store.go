package timeline

import (
	"context"
	"time"
)

// Story is a live page tracked over time; each import adds to it.
type Story struct {
	ID        int64
	Slug      string
	Title     string
	Published When
	SourceURL string
	CreatedAt time.Time
	UpdatedAt time.Time
	// Counts are filled by listings.
	Events  int
	Claims  int
	Figures int
	Imports int
}

// NewStory is what a user gives to create a story.
type NewStory struct {
	Slug      string
	Title     string
	Published When
	SourceURL string
}

// ImportInput is one document to add to a story: the raw bytes as the user gave
// them (kept verbatim) and the document the pipeline made of them. Extraction runs
// before the store is called so the write lock is held only for the writes.
type ImportInput struct {
	Raw         []byte
	ContentType string
	Filename    string
	Format      Format
	Published   When
	Doc         *Document
}

// ImportResult says what an import did.
type ImportResult struct {
	ImportID  int64
	StorySlug string
	// Existing is true when the same bytes were imported before: the result is
	// that earlier import's and nothing was added.
	Existing        bool
	EventsAdded     int
	EventsRevised   int
	EventsUnchanged int
	Claims          int
	Figures         int
	// FarApart is true when the document holds parts dated far apart; Parts
	// lists them so the user can be offered a split.
	FarApart  bool
	Parts     []Part
	CreatedAt time.Time
}

// ImportRecord is an import as listed on a story.
type ImportRecord struct {
	ID        int64
	SHA256    string
	Format    Format
	Filename  string
	Bytes     int
	CreatedAt time.Time
	Result    ImportResult
}

// StoredEvent is an event as the store keeps it: its latest revision plus the
// identity and history that make re-imports safe.
type StoredEvent struct {
	Event
	ID int64
	// Revision counts from 1; Revisions holds earlier texts, oldest first.
	Revision  int
	Revisions []Revision
	// DuplicateOfID is the ID of the first occurrence of this event's text, or
	// 0; Event.DuplicateOf holds that event's Ordinal in the same listing.
	DuplicateOfID int64
	// FirstImportID and LastImportID are the imports that first and last
	// brought this event.
	FirstImportID int64
	LastImportID  int64
}

// Revision is an earlier text of an event.
type Revision struct {
	Number    int
	Headline  string
	Text      string
	Time      When
	ImportID  int64
	CreatedAt time.Time
}

// Store keeps stories, their imports and events. The db package implements it;
// handlers and commands depend only on this interface.
type Store interface {
	CreateStory(ctx context.Context, s NewStory) (Story, error)
	Story(ctx context.Context, slug string) (Story, error)
	Stories(ctx context.Context) ([]Story, error)
	// Import adds a document to a story in one transaction.
	Import(ctx context.Context, slug string, in ImportInput) (ImportResult, error)
	Imports(ctx context.Context, slug string) ([]ImportRecord, error)
	// Events returns the story's events (latest revisions, with claims and
	// figures), in timeline order.
	Events(ctx context.Context, slug string) ([]StoredEvent, error)
	// Entities returns the story's speakers and sources with their aliases.
	Entities(ctx context.Context, slug string) ([]Entity, error)
	// ImportRaw returns the bytes of an import exactly as they were given.
	ImportRaw(ctx context.Context, importID int64) (ImportRecord, []byte, error)
	// ReviewClaim records a fact-checker's verdict on a claim (by its public id).
	ReviewClaim(ctx context.Context, claimID string, r ClaimReview) error
	// SplitStory moves the events of the listed parts into new stories, in one
	// transaction, and returns the new stories.
	SplitStory(ctx context.Context, slug string, splits []StorySplit) ([]Story, error)
	Close() error
}

// StorySplit names the new story for one part of a story.
type StorySplit struct {
	Part  int
	Slug  string
	Title string
}

// ReviewStatus is a fact-checker's verdict on a claim.
type ReviewStatus string

const (
	ReviewNone         ReviewStatus = ""
	ReviewSupported    ReviewStatus = "supported"
	ReviewMisleading   ReviewStatus = "misleading"
	ReviewFalse        ReviewStatus = "false"
	ReviewUnverifiable ReviewStatus = "unverifiable"
	ReviewNeedsWork    ReviewStatus = "needs_review"
)

// ClaimReview is a verdict with its note; it stays with the claim across
// re-imports of the same block.
type ClaimReview struct {
	Status   ReviewStatus
	Note     string
	Reviewer string
	At       time.Time
}
