// Package extract is factline's extractor: it runs the claim and figure finders
// over a segmented document and ties figures to the claims that carry them.
package extract

import (
	"factline/timeline"
	"factline/timeline/claims"
	"factline/timeline/figures"
)

// Extractor implements timeline.Extractor.
type Extractor struct {
	claims  *claims.Extractor
	figures *figures.Finder
}

// New returns the extractor.
func New() *Extractor { return &Extractor{claims: claims.New(), figures: figures.New()} }

// Extract fills the claims, figures and entities of doc.
func (x *Extractor) Extract(doc *timeline.Document) {
	x.claims.Run(doc)
	for i := range doc.Events {
		ev := &doc.Events[i]
		if ev.Kind != timeline.KindUpdate || ev.DuplicateOf != 0 {
			continue
		}
		ev.Figures = x.figures.Find(ev.Text)
	}
}
