// Package extract is factline's extractor: it runs the claim and figure finders
// over a segmented document, ties each figure to the claim that carries it (its
// source and as-of time) and gives claims and figures stable ids.
package extract

import (
	"encoding/binary"
	"hash/fnv"
	"math"
	"strconv"
	"strings"

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

// Extract fills the claims, figures and entities of doc. Captions, boilerplate
// and repeated blocks carry neither claims nor figures.
func (x *Extractor) Extract(doc *timeline.Document) {
	x.claims.Run(doc)
	for i := range doc.Events {
		ev := &doc.Events[i]
		if ev.Kind != timeline.KindUpdate || ev.DuplicateOf != 0 {
			ev.Claims, ev.Figures = nil, nil
			continue
		}
		ev.Figures = x.figures.Find(ev.Text)
		attachSources(ev)
		assignIDs(ev)
	}
}

// attachSources gives each figure the speaker and time of the narrowest claim
// whose span meets it; a figure no claim holds is the writer's own.
func attachSources(ev *timeline.Event) {
	for i := range ev.Figures {
		f := &ev.Figures[i]
		best := -1
		for j := range ev.Claims {
			c := &ev.Claims[j]
			// a figure's phrase may begin before the claim does ("The death
			// toll rose to 31, the ministry said" with a claim of the clause),
			// so overlapping spans count
			if f.Start < c.End && f.End > c.Start {
				if best < 0 || c.End-c.Start < ev.Claims[best].End-ev.Claims[best].Start {
					best = j
				}
			}
		}
		if best < 0 {
			continue
		}
		c := &ev.Claims[best]
		f.Source, f.SourceKind = c.Speaker, c.SpeakerKind
		if f.Time.IsZero() {
			f.Time = c.Time
		}
	}
}

// assignIDs gives claims and figures ids that depend only on what they say, so
// the same block imported again yields the same ids.
func assignIDs(ev *timeline.Event) {
	seen := map[string]int{}
	for i := range ev.Claims {
		c := &ev.Claims[i]
		c.ID = uniqueID("c", seen, strings.ToLower(c.Speaker), normalise(c.Text))
	}
	for i := range ev.Figures {
		f := &ev.Figures[i]
		f.ID = uniqueID("f", seen, strconv.FormatFloat(f.Value, 'g', -1, 64), string(f.Bound), f.Metric, normalise(f.Text))
	}
}

func uniqueID(prefix string, seen map[string]int, parts ...string) string {
	h := fnv.New64a()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], h.Sum64())
	id := prefix + strconv.FormatUint(binary.BigEndian.Uint64(b[:])&math.MaxInt64, 36)
	n := seen[id]
	seen[id] = n + 1
	if n > 0 {
		id += "-" + strconv.Itoa(n+1)
	}
	return id
}

// normalise folds case, curly quotes and spacing so that ids survive cosmetic
// edits.
func normalise(s string) string {
	s = strings.NewReplacer("“", "\"", "”", "\"", "‘", "'", "’", "'", "—", "-", "–", "-").Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}
