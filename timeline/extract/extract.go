// Package extract is factline's extractor: it runs the claim and figure finders
// over a segmented document and ties figures to the claims that carry them.
package extract

import "factline/timeline"

// Extractor implements timeline.Extractor.
type Extractor struct{}

// New returns the extractor.
func New() *Extractor { return &Extractor{} }

// Extract fills the claims, figures and entities of doc.
func (x *Extractor) Extract(doc *timeline.Document) {}
