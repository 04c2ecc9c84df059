package series

import (
	"context"

	"factline/timeline"
)

// OverrideKind names an editor's correction of the automatic grouping.
type OverrideKind string

const (
	// OverrideMove puts one figure (FigureID) in series To.
	OverrideMove OverrideKind = "move"
	// OverrideMerge folds series From into series To.
	OverrideMerge OverrideKind = "merge"
	// OverrideSplit takes the figures of series From whose subject is Subject
	// (as SubjectSlug gives it) into series To, new figures included.
	OverrideSplit OverrideKind = "split"
	// OverrideLabel names series To with Label.
	OverrideLabel OverrideKind = "label"
)

// Override is one editor's choice. It refers only to stable ids (figure ids
// stay the same across re-imports of the same block, series ids are derived
// from what figures count), so the store can keep overrides as rows of a
// story and they survive re-import. Later overrides win over earlier ones.
type Override struct {
	// ID is the store's, for deleting an override; Build ignores it.
	ID       int64        `json:"id,omitempty"`
	Kind     OverrideKind `json:"kind"`
	FigureID string       `json:"figure_id,omitempty"`
	From     string       `json:"from,omitempty"`
	Subject  string       `json:"subject,omitempty"`
	To       string       `json:"to"`
	Label    string       `json:"label,omitempty"`
}

// Overrides are a story's overrides in the order editors made them.
type Overrides []Override

// OverrideStore keeps stories' overrides; the db package implements it (as
// rows of a table keyed by story, in insertion order) and handlers depend on
// this interface only.
type OverrideStore interface {
	// SeriesOverrides returns a story's overrides, oldest first.
	SeriesOverrides(ctx context.Context, slug string) (Overrides, error)
	// AddSeriesOverride validates and appends an override, returning it with
	// its id.
	AddSeriesOverride(ctx context.Context, slug string, o Override) (Override, error)
	// DeleteSeriesOverride removes one (an editor's undo, or a stale one).
	DeleteSeriesOverride(ctx context.Context, slug string, id int64) error
}

// Validate checks that an override names what its kind needs, with
// well-formed series ids; the message is fit for the editor.
func (o Override) Validate() error {
	if !ValidSeriesID(o.To) {
		return timeline.Errorf(timeline.EInvalid, "series id %q: use lower-case words, digits and underscores joined by dots (e.g. deaths.protesters)", o.To)
	}
	switch o.Kind {
	case OverrideMove:
		if o.FigureID == "" {
			return timeline.Errorf(timeline.EInvalid, "a move needs the figure to move")
		}
	case OverrideMerge:
		if !ValidSeriesID(o.From) {
			return timeline.Errorf(timeline.EInvalid, "a merge needs the series to merge (got %q)", o.From)
		}
		if o.From == o.To {
			return timeline.Errorf(timeline.EInvalid, "cannot merge series %q into itself", o.To)
		}
	case OverrideSplit:
		if !ValidSeriesID(o.From) {
			return timeline.Errorf(timeline.EInvalid, "a split needs the series to split (got %q)", o.From)
		}
		if SubjectSlug(o.Subject) == "" {
			return timeline.Errorf(timeline.EInvalid, "a split needs the subject to split off (e.g. miners)")
		}
		if o.From == o.To {
			return timeline.Errorf(timeline.EInvalid, "a split needs a series other than %q to move figures to", o.From)
		}
	case OverrideLabel:
		if o.Label == "" || len(o.Label) > 200 {
			return timeline.Errorf(timeline.EInvalid, "a label must be 1 to 200 bytes")
		}
	default:
		return timeline.Errorf(timeline.EInvalid, "unknown override kind %q (want move, merge, split or label)", o.Kind)
	}
	return nil
}

// Validate checks every override and that merges make no cycle.
func (os Overrides) Validate() error {
	for _, o := range os {
		if err := o.Validate(); err != nil {
			return err
		}
	}
	into := map[string]string{}
	for _, o := range os {
		if o.Kind == OverrideMerge {
			into[o.From] = o.To
		}
	}
	for from := range into {
		seen := map[string]bool{from: true}
		for at := into[from]; at != ""; at = into[at] {
			if seen[at] {
				return timeline.Errorf(timeline.EInvalid, "merges of %q lead back to it", from)
			}
			seen[at] = true
		}
	}
	return nil
}

type overrideResolver struct {
	list     Overrides
	moves    map[string]int // figure id -> override index
	merges   map[string]int // series id -> override index
	splits   map[string][]int
	labels   map[string]string
	labelIdx map[string]int
	used     []bool
}

func newOverrideResolver(ov Overrides) *overrideResolver {
	r := &overrideResolver{list: ov, moves: map[string]int{}, merges: map[string]int{},
		splits: map[string][]int{}, labels: map[string]string{}, labelIdx: map[string]int{}, used: make([]bool, len(ov))}
	for i, o := range ov {
		if o.Validate() != nil {
			continue
		}
		switch o.Kind {
		case OverrideMove:
			r.moves[o.FigureID] = i
		case OverrideMerge:
			r.merges[o.From] = i
		case OverrideSplit:
			r.splits[o.From] = append(r.splits[o.From], i)
		case OverrideLabel:
			r.labels[o.To] = o.Label
			r.labelIdx[o.To] = i
		}
	}
	return r
}

// seriesFor applies, in order of precedence, a split by subject, a move of the
// figure, then merges (followed through chains, stopping at a cycle).
func (r *overrideResolver) seriesFor(auto, figID, subject string) string {
	if len(r.list) == 0 {
		return auto
	}
	id := auto
	if idx := r.splits[auto]; len(idx) > 0 && subject != "" {
		for k := len(idx) - 1; k >= 0; k-- {
			if SubjectSlug(r.list[idx[k]].Subject) == subject {
				id = r.list[idx[k]].To
				r.used[idx[k]] = true
				break
			}
		}
	}
	if i, ok := r.moves[figID]; ok {
		id = r.list[i].To
		r.used[i] = true
	}
	for hops := 0; hops < len(r.merges)+1; hops++ {
		i, ok := r.merges[id]
		if !ok {
			break
		}
		r.used[i] = true
		id = r.list[i].To
	}
	return id
}

func (r *overrideResolver) stale() []Override {
	var out []Override
	for i, o := range r.list {
		if !r.used[i] {
			out = append(out, o)
		}
	}
	return out
}
