// Package figures finds the numbers of news text with their bounds and what they
// count.
package figures

import "factline/timeline"

// Finder finds figures; it is safe for concurrent use.
type Finder struct{}

// New returns a finder with factline's lexicons.
func New() *Finder { return &Finder{} }

// Find returns the figures of text in order of appearance. Source and Time are
// left to the caller; PartOf indexes the returned slice (-1 for none).
func (f *Finder) Find(text string) []timeline.Figure { return nil }
