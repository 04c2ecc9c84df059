package series

import "slices"

// KeyFigure is one source's latest figure for a series, for the story
// overview.
type KeyFigure struct {
	Series string
	Label  string
	Unit   string
	Line   string
	// Source is the line's body, empty for unattributed reports.
	Source string
	Latest Point
	// Previous is the same source's report before Latest, if any; Change is
	// Latest.Value minus Previous.Value (compare their bounds before reading
	// it as a rise: "at least 23" to 52 is a change of bound too).
	Previous *Point
	Change   *float64
	// Flags are the series' flags that involve this source or its latest two
	// reports.
	Flags []Flag
}

// KeyFigures returns the latest figure per series and source, series in the
// set's order (deaths first, sub-series after their parent), at most
// maxSeries series (0: all).
func (s *Set) KeyFigures(maxSeries int) []KeyFigure {
	var out []KeyFigure
	n := 0
	for si := range s.Series {
		sr := &s.Series[si]
		if sr.Points() == 0 {
			continue
		}
		if maxSeries > 0 && n == maxSeries {
			break
		}
		n++
		for li := range sr.Lines {
			l := &sr.Lines[li]
			if len(l.Points) == 0 {
				continue
			}
			k := KeyFigure{Series: sr.ID, Label: sr.Label, Unit: sr.Unit, Line: l.ID, Source: l.Source,
				Latest: l.Points[len(l.Points)-1]}
			if len(l.Points) > 1 {
				prev := l.Points[len(l.Points)-2]
				k.Previous = &prev
				d := k.Latest.Value - prev.Value
				k.Change = &d
			}
			for _, f := range sr.Flags {
				if slices.Contains(f.Sources, l.Source) && f.Kind != FlagRevised ||
					slices.Contains(f.Figures, k.Latest.FigureID) ||
					k.Previous != nil && slices.Contains(f.Figures, k.Previous.FigureID) {
					k.Flags = append(k.Flags, f)
				}
			}
			out = append(out, k)
		}
	}
	return out
}
