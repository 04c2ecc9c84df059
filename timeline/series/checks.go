package series

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"factline/timeline"
)

// FlagKind names a check.
type FlagKind string

const (
	// FlagDisagree: two sources' figures for the same series and day cannot
	// both be right, given their bounds.
	FlagDisagree FlagKind = "sources_disagree"
	// FlagBreakdown: the parts of a total add up to more than it.
	FlagBreakdown FlagKind = "breakdown_exceeds_total"
	// FlagFell: a cumulative count went down within one source's reports.
	FlagFell FlagKind = "cumulative_fell"
	// FlagRevised: a block edited in a later import changed a figure.
	FlagRevised FlagKind = "revised"
)

// Flag is one finding of the checks, with a message fit to show a user.
type Flag struct {
	Kind    FlagKind
	Series  string
	Message string
	// Figures are the ids of the figures involved: the disagreeing points,
	// the total and its parts, the two reports of a fall, the revised figure.
	Figures []string
	// Day is the calendar date of a disagreement (YYYY-MM-DD).
	Day string
	// Sources are the line sources involved (empty string: reported).
	Sources []string
	// EventID and Ordinal name the edited event of a revision.
	EventID int64
	Ordinal int
	// Before and After are a revised event's values for the series, oldest
	// revision first in Before.
	Before []Value
	After  []Value
}

// Value is a figure's number with its bound, for flags.
type Value struct {
	Value    float64
	Low      *float64
	High     *float64
	Bound    timeline.Bound
	Text     string
	Revision int
}

// interval is the set of true values a figure allows.
type interval struct {
	lo, hi         float64
	loOpen, hiOpen bool
}

// scaleTolerance widens an exact figure written with a scale word: "1.2
// million" is a rounding of anything from 1.15 to 1.25 million.
func scaleTolerance(v float64, text string) float64 {
	if !strings.Contains(text, "illion") && !strings.Contains(text, "ILLION") && !strings.Contains(text, "housand") && !strings.Contains(text, "HOUSAND") {
		return 0
	}
	t := strings.ToLower(text)
	scale := 0.0
	for w, s := range scaleWords {
		if strings.Contains(t, w) && s > scale && math.Abs(v) >= s {
			scale = s
		}
	}
	if scale == 0 {
		return 0
	}
	m := math.Abs(v) / scale
	for d := 0; d <= 3; d++ {
		p := math.Pow(10, float64(d))
		if math.Abs(m*p-math.Round(m*p)) < 1e-9 {
			return 0.5 * scale / p
		}
	}
	return 0
}

func intervalOf(v float64, low, high *float64, b timeline.Bound, text string, tol float64) interval {
	inf := math.Inf(1)
	switch b {
	case timeline.BoundAtLeast:
		return interval{lo: v, hi: inf}
	case timeline.BoundMoreThan:
		return interval{lo: v, hi: inf, loOpen: true}
	case timeline.BoundAtMost:
		return interval{lo: -inf, hi: v}
	case timeline.BoundLessThan:
		return interval{lo: -inf, hi: v, hiOpen: true}
	case timeline.BoundApprox:
		d := math.Abs(v) * tol
		return interval{lo: v - d, hi: v + d}
	case timeline.BoundRange:
		lo, hi := v, inf
		if low != nil {
			lo = *low
		}
		if high != nil {
			hi = *high
		}
		if hi < lo {
			lo, hi = hi, lo
		}
		return interval{lo: lo, hi: hi}
	}
	d := scaleTolerance(v, text)
	return interval{lo: v - d, hi: v + d}
}

func overlap(a, b interval) bool {
	return below(a, b) == false && below(b, a) == false
}

// below reports whether every value of a is less than every value of b.
func below(a, b interval) bool {
	if a.hi < b.lo {
		return true
	}
	return a.hi == b.lo && (a.hiOpen || b.loOpen)
}

func pointInterval(p *Point, tol float64) interval {
	return intervalOf(p.Value, p.Low, p.High, p.Bound, p.Text, tol)
}

// fallFlags finds, within each source's line, a later exact or lower-bound
// figure below the previous exact or lower-bound one.
func fallFlags(s *Series) []Flag {
	var out []Flag
	for li := range s.Lines {
		l := &s.Lines[li]
		prev := -1
		for pi := range l.Points {
			p := &l.Points[pi]
			if !floorBound(p.Bound) {
				continue
			}
			if prev >= 0 {
				q := &l.Points[prev]
				if p.Value+scaleTolerance(p.Value, p.Text) < q.Value-scaleTolerance(q.Value, q.Text) {
					out = append(out, Flag{
						Kind:    FlagFell,
						Series:  s.ID,
						Figures: []string{q.FigureID, p.FigureID},
						Sources: []string{l.Source},
						Message: sourceName(l.Source) + "'s count of " + lowerLabel(s.Label) + " fell from " +
							FormatValue(q.Value, q.Low, q.High, q.Bound, q.Unit) + " (" + dayText(q.When) + ") to " +
							FormatValue(p.Value, p.Low, p.High, p.Bound, p.Unit) + " (" + dayText(p.When) +
							"). A cumulative count should not fall: a correction, a change of method or an error?",
					})
				}
			}
			prev = pi
		}
	}
	return out
}

func floorBound(b timeline.Bound) bool {
	return b == timeline.BoundExact || b == timeline.BoundAtLeast || b == timeline.BoundMoreThan || b == ""
}

// disagreementFlags finds days on which a point of one line cannot be
// reconciled with a point of another. It keeps, per day and line, the
// interval with the lowest top and the one with the highest bottom, so a day
// with many reports costs linear time.
func disagreementFlags(s *Series, tol float64) []Flag {
	if len(s.Lines) < 2 {
		return nil
	}
	days := map[int64][]ref{}
	var order []int64
	for li := range s.Lines {
		for pi := range s.Lines[li].Points {
			p := &s.Lines[li].Points[pi]
			if p.When.IsZero() {
				continue
			}
			d := p.When.Date().Unix() / 86400
			if _, ok := days[d]; !ok {
				order = append(order, d)
			}
			days[d] = append(days[d], ref{li, pi})
		}
	}
	sort.Slice(order, func(i, j int) bool { return order[i] < order[j] })
	var out []Flag
	for _, d := range order {
		refs := days[d]
		// extreme is the lowest top (or highest bottom) of one line.
		type extreme struct {
			iv   interval
			line int
		}
		var lowTop, highBottom [2]extreme // best and second best from another line
		for i := range lowTop {
			lowTop[i].line, highBottom[i].line = -1, -1
		}
		perLineTop := make([]interval, len(s.Lines))
		perLineBottom := make([]interval, len(s.Lines))
		has := make([]bool, len(s.Lines))
		ivs := make([]interval, len(refs))
		lines := 0
		for i, r := range refs {
			iv := pointInterval(&s.Lines[r.line].Points[r.point], tol)
			ivs[i] = iv
			if !has[r.line] {
				has[r.line] = true
				lines++
				perLineTop[r.line], perLineBottom[r.line] = iv, iv
				continue
			}
			if t := perLineTop[r.line]; iv.hi < t.hi || iv.hi == t.hi && iv.hiOpen {
				perLineTop[r.line] = iv
			}
			if b := perLineBottom[r.line]; iv.lo > b.lo || iv.lo == b.lo && iv.loOpen {
				perLineBottom[r.line] = iv
			}
		}
		if lines < 2 {
			continue
		}
		for line, iv := range perLineTop {
			if !has[line] {
				continue
			}
			switch {
			case lowTop[0].line < 0 || iv.hi < lowTop[0].iv.hi:
				lowTop[1] = lowTop[0]
				lowTop[0] = extreme{iv, line}
			case lowTop[1].line < 0 || iv.hi < lowTop[1].iv.hi:
				lowTop[1] = extreme{iv, line}
			}
		}
		for line, iv := range perLineBottom {
			if !has[line] {
				continue
			}
			switch {
			case highBottom[0].line < 0 || iv.lo > highBottom[0].iv.lo:
				highBottom[1] = highBottom[0]
				highBottom[0] = extreme{iv, line}
			case highBottom[1].line < 0 || iv.lo > highBottom[1].iv.lo:
				highBottom[1] = extreme{iv, line}
			}
		}
		var involved []ref
		for i, r := range refs {
			top := lowTop[0]
			if top.line == r.line {
				top = lowTop[1]
			}
			bottom := highBottom[0]
			if bottom.line == r.line {
				bottom = highBottom[1]
			}
			if top.line >= 0 && below(top.iv, ivs[i]) || bottom.line >= 0 && below(ivs[i], bottom.iv) {
				involved = append(involved, r)
			}
		}
		if len(involved) == 0 {
			continue
		}
		out = append(out, disagreement(s, involved))
	}
	return out
}

// ref is a point of a series: its line and index.
type ref struct{ line, point int }

func disagreement(s *Series, involved []ref) Flag {
	f := Flag{Kind: FlagDisagree, Series: s.ID}
	var lines []int
	vals := map[int][]string{}
	for _, r := range involved {
		li := r.line
		p := &s.Lines[li].Points[r.point]
		f.Figures = append(f.Figures, p.FigureID)
		if _, ok := vals[li]; !ok {
			lines = append(lines, li)
		}
		v := FormatValue(p.Value, p.Low, p.High, p.Bound, p.Unit)
		if n := len(vals[li]); n == 0 || vals[li][n-1] != v {
			vals[li] = append(vals[li], v)
		}
		if f.Day == "" {
			f.Day = p.When.Date().Format(time.DateOnly)
		}
	}
	sort.Ints(lines)
	parts := make([]string, 0, len(lines))
	for _, li := range lines {
		f.Sources = append(f.Sources, s.Lines[li].Source)
		parts = append(parts, sourceName(s.Lines[li].Source)+" "+joinAnd(vals[li]))
	}
	day, _ := time.Parse(time.DateOnly, f.Day)
	f.Message = "Sources disagree on " + lowerLabel(s.Label) + " on " + day.Format("Jan 2, 2006") + ": " +
		strings.Join(parts, "; ") + ". These figures cannot all be right, even allowing for their bounds."
	return f
}

// checkBreakdowns flags totals whose parts add up to more than the total can
// be. Parts of another kind (a share, an amount) are not added.
func (b *builder) checkBreakdowns(items []item) {
	type sum struct {
		lo    float64
		parts []int
	}
	var sums map[int]*sum
	for i := range items {
		it := &items[i]
		if it.skipped || it.ctx != ContextPart || it.of < 0 || items[it.of].skipped {
			continue
		}
		tot := &items[it.of]
		if tot.key.class != it.key.class || tot.key.Unit != it.key.Unit && it.key.class != classPeople {
			continue
		}
		if sums == nil {
			sums = map[int]*sum{}
		}
		s := sums[it.of]
		if s == nil {
			s = &sum{}
			sums[it.of] = s
		}
		lo := it.iv.lo
		if math.IsInf(lo, -1) || lo < 0 {
			lo = 0
		}
		s.lo += lo
		s.parts = append(s.parts, i)
	}
	for ti, s := range sums {
		tot := &items[ti]
		if math.IsInf(tot.iv.hi, 1) || s.lo <= tot.iv.hi && !(tot.iv.hiOpen && s.lo == tot.iv.hi) {
			continue
		}
		tf := &tot.ev.Figures[tot.idx]
		f := Flag{Kind: FlagBreakdown, Series: tot.series, Figures: []string{figureID(tot.ev, tot.idx)}, Sources: []string{tot.source}}
		var vals []string
		sort.Ints(s.parts)
		for _, pi := range s.parts {
			p := &items[pi]
			pf := &p.ev.Figures[p.idx]
			f.Figures = append(f.Figures, figureID(p.ev, p.idx))
			vals = append(vals, FormatValue(pf.Value, pf.Low, pf.High, boundOf(pf.Bound), p.key.Unit))
		}
		f.Message = "The parts (" + strings.Join(vals, " + ") + " = " + FormatNumber(s.lo) + ") add up to more than the total of " +
			FormatValue(tf.Value, tf.Low, tf.High, boundOf(tf.Bound), tot.key.Unit) + " in the same update (" +
			timeline.EventID(tot.ev.Ordinal) + ")."
		b.pending = append(b.pending, pendingFlag{tot.series, f})
	}
}

// checkRevisions re-reads the earlier texts of an edited event and flags each
// series whose leading value changed between one revision and the next.
func (b *builder) checkRevisions(ev *timeline.StoredEvent, current []item) {
	texts := make([]string, 0, len(ev.Revisions)+1)
	nums := make([]int, 0, len(ev.Revisions)+1)
	for _, r := range ev.Revisions {
		texts = append(texts, r.Text)
		nums = append(nums, r.Number)
	}
	texts = append(texts, ev.Text)
	nums = append(nums, ev.Revision)
	leads := make([]map[string]Value, len(texts))
	for i, t := range texts {
		var figs []timeline.Figure
		if i == len(texts)-1 && len(ev.Figures) > 0 {
			figs = ev.Figures
		} else {
			figs = b.opt.FindFigures(t)
		}
		leads[i] = b.leadValues(t, figs, nums[i])
	}
	for i := 1; i < len(leads); i++ {
		ids := make([]string, 0, len(leads[i]))
		for id := range leads[i] {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			nv := leads[i][id]
			ov, ok := leads[i-1][id]
			if !ok || ov.Value == nv.Value && ov.Bound == nv.Bound {
				continue
			}
			f := Flag{Kind: FlagRevised, Series: id, EventID: ev.ID, Ordinal: ev.Ordinal,
				Before: []Value{ov}, After: []Value{nv}}
			if i == len(leads)-1 {
				for _, it := range current {
					if !it.skipped && it.series == id && it.ctx == ContextNone {
						f.Figures = append(f.Figures, figureID(it.ev, it.idx))
					}
				}
			}
			label := id
			if k, ok := b.byID[id]; ok {
				label = b.series[k].Label
			}
			f.Message = "Update " + timeline.EventID(ev.Ordinal) + " was edited after it was first imported: " +
				lowerLabel(label) + " went from " + FormatValue(ov.Value, ov.Low, ov.High, ov.Bound, "") +
				" (revision " + strconv.Itoa(ov.Revision) + ") to " + FormatValue(nv.Value, nv.Low, nv.High, nv.Bound, "") +
				" (revision " + strconv.Itoa(nv.Revision) + ")."
			b.pending = append(b.pending, pendingFlag{id, f})
		}
	}
}

// leadValues is, per series, the largest value a text gives that is not
// context: what a reader takes as the text's figure for that series.
func (b *builder) leadValues(text string, figs []timeline.Figure, rev int) map[string]Value {
	ev := &timeline.StoredEvent{Event: timeline.Event{Text: text, Figures: figs, Kind: timeline.KindUpdate}}
	items := b.eventItems(nil, ev, 0)
	for i := range items {
		// Earlier revisions come without sources: compare them as one line.
		items[i].line, items[i].source = "", ""
	}
	b.classify(items)
	out := map[string]Value{}
	for _, it := range items {
		if it.skipped || it.ctx != ContextNone {
			continue
		}
		f := &figs[it.idx]
		if v, ok := out[it.series]; !ok || f.Value > v.Value {
			out[it.series] = Value{Value: f.Value, Low: f.Low, High: f.High, Bound: boundOf(f.Bound), Text: f.Text, Revision: rev}
		}
	}
	return out
}

func sourceName(s string) string {
	if s == "" {
		return "The unattributed reports"
	}
	return s
}

func lowerLabel(l string) string {
	if l == "" {
		return l
	}
	// Keep acronyms and currency codes: only the first letter of a word in
	// title case is lowered.
	if len(l) > 1 && l[1] >= 'A' && l[1] <= 'Z' {
		return l
	}
	return strings.ToLower(l[:1]) + l[1:]
}

func dayText(w timeline.When) string {
	if w.IsZero() {
		return "undated"
	}
	if w.Precision == timeline.PrecisionMinute {
		zone, _ := w.At.Zone()
		if zone == "" || strings.ContainsAny(zone, "+-0123456789") {
			zone = w.At.Format("UTC-07:00")
			if zone == "UTC+00:00" {
				zone = "UTC"
			}
		}
		return w.At.Format("Jan 2, 15:04") + " " + zone
	}
	return w.At.Format("Jan 2, 2006")
}

func joinAnd(vs []string) string {
	switch len(vs) {
	case 0:
		return ""
	case 1:
		return vs[0]
	}
	return strings.Join(vs[:len(vs)-1], ", ") + " and " + vs[len(vs)-1]
}

// FormatNumber writes a number with thousands separators and at most two
// decimals ("1,200,000", "33.3").
func FormatNumber(v float64) string {
	neg := v < 0
	if neg {
		v = -v
	}
	s := strconv.FormatFloat(v, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i := range len(intPart) {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(intPart[i])
	}
	b.WriteString(frac)
	return b.String()
}

// FormatValue writes a figure as a reader says it: "at least 23", "about
// 980,000", "4,000,000,000 to 6,000,000,000 USD", "72%".
func FormatValue(v float64, low, high *float64, b timeline.Bound, unit string) string {
	n := FormatNumber(v)
	if b == timeline.BoundRange {
		lo, hi := v, v
		if low != nil {
			lo = *low
		}
		if high != nil {
			hi = *high
		}
		n = FormatNumber(lo) + " to " + FormatNumber(hi)
		if high == nil {
			n = FormatNumber(lo) + " or more"
		}
	}
	switch unit {
	case "%":
		n += "%"
	case "", "people":
	default:
		if len(unit) == 3 && isUpperASCII(unit) || unit == "mph" || unit == "km/h" || unit == "m" || unit == "km" {
			n += " " + unit
		}
	}
	switch b {
	case timeline.BoundAtLeast:
		return "at least " + n
	case timeline.BoundMoreThan:
		return "more than " + n
	case timeline.BoundAtMost:
		return "at most " + n
	case timeline.BoundLessThan:
		return "less than " + n
	case timeline.BoundApprox:
		return "about " + n
	}
	return n
}
