// Package sample holds the story factline loads on its first run: an
// original, fictional live page (a dam failure in invented places, with
// invented people and organisations) written for the project, so that a new
// user sees claims, evidence markers, photo captions and a death toll that two
// sources report differently before importing anything.
package sample

import (
	_ "embed"
	"time"

	"factline/timeline"
)

//go:embed orrin-gap-dam.txt
var document []byte

// Slug and Title name the sample story.
const (
	Slug  = "orrin-gap-dam-sample"
	Title = "Orrin Gap Dam failure (fictional sample)"
)

// Document returns the sample live page as plain text with time-stamped
// updates.
func Document() []byte { return append([]byte(nil), document...) }

// Published is the sample's publication date.
func Published() timeline.When {
	return timeline.Day(2026, time.October, 13, "2026-10-13")
}
