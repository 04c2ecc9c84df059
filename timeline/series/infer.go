package series

import (
	"math"

	"factline/timeline"
)

// Reading a figure's sentence for its role is most of what Build costs on a
// big story. InferRoles does it once, when a document is imported, and
// records the answer in the figures (RoleReport for a plain report), so that
// Build reads again only the events whose figures are still undecided or need
// their neighbour (a restated value or an increment inherits what the figure
// next to it counts).

// InferRoles decides the role of every figure of the events' updates that has
// none (RoleValue): RoleRestated, RoleIncrement, RolePart with PartOf, or
// RoleReport. It reads the same grammar Build reads, so a Set built from the
// events is the same before and after. Figures that have a role, and events
// Build leaves out (captions, boilerplate, repeats), are left as they are;
// running it twice changes nothing.
func InferRoles(events []timeline.Event) {
	var toks []token
	for i := range events {
		ev := &events[i]
		if ev.Kind != timeline.KindUpdate && ev.Kind != "" || ev.DuplicateOf != 0 || !undecided(ev.Figures) {
			continue
		}
		figs := ev.Figures
		metric := make([]string, len(figs))
		class := make([]unitClass, len(figs))
		for j := range figs {
			k := KeyOf(&figs[j])
			metric[j], class[j] = k.Metric, k.class
		}
		roles := inferRoles(ev.Text, figs, metric, class, &toks)
		for j := range figs {
			f := &figs[j]
			if f.Role != timeline.RoleValue || math.IsNaN(f.Value) || math.IsInf(f.Value, 0) {
				continue
			}
			partOf := -1
			if f.PartOf >= 0 && f.PartOf < len(figs) && f.PartOf != j {
				partOf = f.PartOf
			} else if roles[j].partOf >= 0 {
				partOf = roles[j].partOf
			}
			switch {
			case partOf >= 0:
				f.Role, f.PartOf = timeline.RolePart, partOf
			case roles[j].role != timeline.RoleValue:
				f.Role = roles[j].role
			default:
				f.Role = timeline.RoleReport
			}
		}
	}
}

// NeedsText reports whether Build reads the event's text (and, for an edited
// event, its earlier revisions): a store may leave them out of the events it
// gives Build otherwise, which is most of a big story's bytes.
func NeedsText(ev *timeline.StoredEvent) bool {
	if ev.Kind != timeline.KindUpdate && ev.Kind != "" || ev.DuplicateOf != 0 || len(ev.Figures) == 0 {
		return false
	}
	return ev.Revision > 1 || needsReading(ev.Figures)
}

// undecided reports whether a figure has no role yet.
func undecided(figs []timeline.Figure) bool {
	for i := range figs {
		if figs[i].Role == timeline.RoleValue {
			return true
		}
	}
	return false
}

// needsReading reports whether Build must read the event's sentences: a
// figure is undecided, or is a restated value or an increment, which goes
// with the figure nearest to it.
func needsReading(figs []timeline.Figure) bool {
	for i := range figs {
		switch figs[i].Role {
		case timeline.RoleValue, timeline.RoleRestated, timeline.RoleIncrement:
			return true
		}
	}
	return false
}

// unread is the reading of an event whose figures all have their roles.
func unread(n int) []inferred {
	out := make([]inferred, n)
	for i := range out {
		out[i].partOf, out[i].near = -1, -1
	}
	return out
}
