// Package series turns a story's figures into series: every tracked number
// (a death toll, people missing, customers without power) grouped by what it
// counts, one line per source, ordered by as-of time, with the checks a
// fact-checker needs (sources that disagree, breakdowns that do not add up,
// cumulative counts that fall, figures revised by a later import).
//
// It is pure domain code: it reads timeline values and returns plain structs
// that handlers render and the store never needs to persist, except the
// editors' Overrides, which are keyed by stable figure ids and series ids.
package series

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"factline/timeline"
)

// ContextKind says why a figure is shown beside a series rather than as one of
// its points.
type ContextKind string

const (
	ContextNone ContextKind = ""
	// ContextPart is a part of a total ("including 12 rescuers").
	ContextPart ContextKind = "part"
	// ContextRestated repeats an earlier value ("to six from nine").
	ContextRestated ContextKind = "restated"
	// ContextIncrement is a change ("two more bodies").
	ContextIncrement ContextKind = "increment"
	// ContextRepeat says again what a point of the same event says (a
	// headline, or the writer echoing a source's figure).
	ContextRepeat ContextKind = "repeat"
	// ContextSubcount is a smaller figure of the same source, series and event
	// than its point ("three deaths had been counted twice").
	ContextSubcount ContextKind = "subcount"
)

// Point is one figure as a series shows it.
type Point struct {
	FigureID string
	// EventID is the store's id of the event (0 for documents not stored);
	// Ordinal its position in the document.
	EventID int64
	Ordinal int
	// When is the as-of time: the figure's own, else its event's, with its
	// precision.
	When  timeline.When
	Value float64
	Low   *float64
	High  *float64
	Bound timeline.Bound
	Unit  string
	// Text is the figure's own wording.
	Text string
	// Source is who gave the figure as extracted (a spokesperson's name); the
	// line is the body they speak for.
	Source string
	Line   string
	// Role is the figure's role as extracted, or as inferred from its sentence
	// when the extractor gave none.
	Role timeline.Role
	// Context is empty for a point of a line; otherwise why it is context.
	Context ContextKind
	// Of is the figure id of the total a part belongs to, or of the point a
	// repeat or subcount goes with.
	Of string
	// Subject is the figure's own subject as a slug ("miners").
	Subject string
	// Flags are indexes into the series' Flags that involve this point.
	Flags []int

	// LineSource is the source of the line the point is in, or would be in
	// for context.
	LineSource string
}

// Line is one source's figures in a series, in as-of order.
type Line struct {
	// ID is a slug of the source, or "reported" for figures nobody is named
	// as giving.
	ID string
	// Source is the canonical name of the body (a spokesperson's figures go
	// to the body they speak for); empty for the reported line.
	Source string
	Label  string
	Points []Point
}

// Series is one tracked number.
type Series struct {
	ID    string
	Label string
	// Metric is the canonical measure ("deaths"); Group what is counted when
	// it is specific ("protesters", "customers").
	Metric string
	Group  string
	Unit   string
	// Parent is the broader series this one details ("deaths" for
	// "deaths.protesters"); it may have no points of its own.
	Parent     string
	Cumulative bool
	// Custom is true for a series an editor made (by a move, split or merge
	// into a new id).
	Custom  bool
	Lines   []Line
	Context []Point
	Flags   []Flag

	rank  int
	known bool
}

// Set is a story's series.
type Set struct {
	Series []Series
	// Flags are all the series' flags, in series order.
	Flags []Flag
	// Stale are the overrides that matched nothing (a figure no longer in the
	// story, a series that no longer exists): the page can offer to drop them.
	Stale []Override
}

// Get returns the series with the id, or nil.
func (s *Set) Get(id string) *Series {
	for i := range s.Series {
		if s.Series[i].ID == id {
			return &s.Series[i]
		}
	}
	return nil
}

// Line returns the line with the id, or nil.
func (s *Series) Line(id string) *Line {
	for i := range s.Lines {
		if s.Lines[i].ID == id {
			return &s.Lines[i]
		}
	}
	return nil
}

// Points counts the points of all lines.
func (s *Series) Points() int {
	n := 0
	for i := range s.Lines {
		n += len(s.Lines[i].Points)
	}
	return n
}

// Options tune Build.
type Options struct {
	// FindFigures finds the figures of a text; it is used on the earlier
	// revisions of edited events to flag revised figures. Nil skips that
	// check. The series package does not import the extractor so that it
	// stays a leaf of the domain.
	FindFigures func(text string) []timeline.Figure
	// Tolerance is how far an "about" figure may be from the true value; 0
	// means DefaultTolerance.
	Tolerance float64
}

// DefaultTolerance reads "about 6,000" as 5,400 to 6,600.
const DefaultTolerance = 0.10

// StoredEvents wraps a document's events as first revisions, for documents
// that have not been stored (the extract command, tests).
func StoredEvents(doc *timeline.Document) []timeline.StoredEvent {
	out := make([]timeline.StoredEvent, len(doc.Events))
	for i := range doc.Events {
		out[i] = timeline.StoredEvent{Event: doc.Events[i], Revision: 1}
	}
	return out
}

// item is one figure on its way into a series.
type item struct {
	ev      *timeline.StoredEvent
	idx     int
	key     *Key
	series  string
	line    string
	source  string
	role    timeline.Role
	ctx     ContextKind
	of      int // index in the event's items of the figure this goes with, or -1
	when    timeline.When
	ord     order
	iv      interval
	skipped bool
}

// Build groups the figures of a story's events (in timeline order) into
// series, applies the editors' overrides and runs the checks. It never fails:
// figures it cannot place are left out, overrides that match nothing are
// returned in Set.Stale.
func Build(events []timeline.StoredEvent, entities []timeline.Entity, ov Overrides, opt Options) *Set {
	if opt.Tolerance <= 0 {
		opt.Tolerance = DefaultTolerance
	}
	b := builder{
		opt:     opt,
		sources: newSourceResolver(entities),
		ov:      newOverrideResolver(ov),
		byID:    map[string]int{},
		keys:    map[keyInput]*Key{},
	}
	n := 0
	for i := range events {
		n += len(events[i].Figures)
		for j := range events[i].Figures {
			// A part of another series is placed twice.
			if events[i].Figures[j].PartOf >= 0 {
				n++
			}
		}
	}
	b.pends = make([]pend, 0, n)
	var items []item
	for ei := range events {
		ev := &events[ei]
		if ev.Kind != timeline.KindUpdate && ev.Kind != "" || ev.DuplicateOf != 0 || len(ev.Figures) == 0 {
			continue
		}
		items = b.eventItems(items[:0], ev, ei)
		b.classify(items)
		b.add(items)
		b.checkBreakdowns(items)
		if opt.FindFigures != nil && ev.Revision > 1 && len(ev.Revisions) > 0 {
			b.checkRevisions(ev, items)
		}
	}
	return b.finish()
}

type keyInput struct{ metric, unit, subject, text, inherit string }

// pend is a figure placed in a series, kept small until the end so that
// each point is made once, in its final place.
type pend struct {
	ev     *timeline.StoredEvent
	key    *Key
	idx    int32
	of     int32 // figure index in the same event, or -1
	series int32
	line   int32 // -1 for context
	ctx    ContextKind
	role   timeline.Role
	source string
	lineID string
	ord    order
}

type builder struct {
	opt     Options
	sources *sourceResolver
	ov      *overrideResolver
	series  []*Series
	lineIdx []map[string]int32
	byID    map[string]int
	pends   []pend
	toks    []token // scratch for reading events
	keys    map[keyInput]*Key
	pending []pendingFlag
}

// pendingFlag is a flag found while events are read, before point indexes are
// final.
type pendingFlag struct {
	series string
	flag   Flag
}

// key returns the figure's key, cached: a story repeats the same metric,
// unit and subject strings many times, and only the text differs.
func (b *builder) key(f *timeline.Figure, inherit string) *Key {
	in := keyInput{f.Metric, f.Unit, f.Subject, "", inherit}
	if f.Metric == "" || f.Unit == "" || f.Subject == "" {
		// The text is read only when a field is missing.
		in.text = f.Text
	}
	if k, ok := b.keys[in]; ok {
		return k
	}
	k := keyFrom(f, words(f.Metric), words(f.Subject), words(f.Text), words(f.Unit), inherit)
	b.keys[in] = &k
	return &k
}

func (b *builder) eventItems(items []item, ev *timeline.StoredEvent, pos int) []item {
	figs := ev.Figures
	for i := range figs {
		items = append(items, item{ev: ev, idx: i, of: -1})
	}
	metric := make([]string, len(figs))
	class := make([]unitClass, len(figs))
	base := make([]*Key, len(figs))
	for i := range figs {
		k := b.key(&figs[i], "")
		base[i], metric[i], class[i] = k, k.Metric, k.class
	}
	var roles []inferred
	if needsReading(figs) {
		roles = inferRoles(ev.Text, figs, metric, class, &b.toks)
	} else {
		roles = unread(len(figs))
	}
	for i := range items {
		it := &items[i]
		f := &figs[i]
		if math.IsNaN(f.Value) || math.IsInf(f.Value, 0) {
			it.skipped = true
			continue
		}
		it.role = f.Role
		decided := it.role == timeline.RoleReport
		if decided {
			it.role = timeline.RoleValue
		}
		partOf := -1
		if f.PartOf >= 0 && f.PartOf < len(figs) && f.PartOf != i {
			partOf = f.PartOf
		}
		if it.role == timeline.RoleValue && !decided {
			it.role = roles[i].role
			if partOf < 0 {
				partOf = roles[i].partOf
			}
		}
		if partOf >= 0 {
			it.role = timeline.RolePart
			it.of = partOf
		} else if (it.role == timeline.RoleRestated || it.role == timeline.RoleIncrement) && roles[i].near >= 0 {
			it.of = roles[i].near
		}
		inherit := ""
		switch {
		case partOf >= 0:
			inherit = base[partOf].Metric
		case (it.role == timeline.RoleRestated || it.role == timeline.RoleIncrement) && roles[i].near >= 0:
			if k := base[roles[i].near]; k.known {
				inherit = k.Metric
			}
		}
		it.key = base[i]
		if inherit != "" && inherit != it.key.Metric {
			it.key = b.key(f, inherit)
		}
		it.source, it.line = b.sources.resolve(f.Source)
		it.when = asOf(f.Time, ev.Time)
		it.ord = orderOf(it.when, pos, i)
		it.iv = intervalOf(f.Value, f.Low, f.High, f.Bound, f.Text, b.opt.Tolerance)
		it.series = b.ov.seriesFor(it.key.ID, figureID(ev, i), it.key.Subject)
		if it.key.Untracked && it.series == it.key.ID && it.role != timeline.RolePart {
			it.skipped = true
		}
	}
	return items
}

// classify decides which of an event's figures are points: parts, restated
// values and increments are context; of several values one source gives for
// one series in one event, the largest is the point (a total is never smaller
// than what it counts), the others repeats or subcounts; a figure nobody is
// named as giving that agrees with a sourced point of the same event repeats
// it (a headline).
func (b *builder) classify(items []item) {
	for i := range items {
		it := &items[i]
		switch it.role {
		case timeline.RolePart:
			it.ctx = ContextPart
		case timeline.RoleRestated:
			it.ctx = ContextRestated
		case timeline.RoleIncrement:
			it.ctx = ContextIncrement
		}
	}
	// Values of measures the lexicon does not know may be different things
	// ("19 kph" beside "215 kph"): only equal ones repeat each other.
	// A figure an editor placed is theirs to judge: it neither subsumes nor
	// is subsumed.
	type lineKey struct {
		series, line string
		value        float64
		own          int
	}
	keyOf := func(it *item) lineKey {
		k := lineKey{series: it.series, line: it.line, own: -1}
		if !it.key.known {
			k.value = it.ev.Figures[it.idx].Value
		}
		if it.series != it.key.ID {
			k.own = it.idx
		}
		return k
	}
	best := map[lineKey]int{}
	for i := range items {
		it := &items[i]
		if it.skipped || it.ctx != ContextNone {
			continue
		}
		k := keyOf(it)
		j, ok := best[k]
		if !ok || it.ev.Figures[it.idx].Value > items[j].ev.Figures[items[j].idx].Value {
			best[k] = i
		}
	}
	for i := range items {
		it := &items[i]
		if it.skipped || it.ctx != ContextNone {
			continue
		}
		j := best[keyOf(it)]
		if j == i {
			continue
		}
		it.of = j
		if it.ev.Figures[it.idx].Value == items[j].ev.Figures[items[j].idx].Value {
			it.ctx = ContextRepeat
		} else {
			it.ctx = ContextSubcount
		}
	}
	var sourced map[string][]int
	for i := range items {
		it := &items[i]
		if !it.skipped && it.ctx == ContextNone && it.source != "" {
			if sourced == nil {
				sourced = map[string][]int{}
			}
			sourced[it.series] = append(sourced[it.series], i)
		}
	}
	for i := range items {
		it := &items[i]
		if it.skipped || it.ctx != ContextNone || it.source != "" {
			continue
		}
		for _, j := range sourced[it.series] {
			if overlap(it.iv, items[j].iv) {
				it.ctx, it.of = ContextRepeat, j
				break
			}
		}
	}
}

func (b *builder) seriesFor(id string, k Key) int {
	if i, ok := b.byID[id]; ok {
		return i
	}
	s := &Series{ID: id, Label: k.Label, Metric: k.Metric, Group: k.Group, Unit: k.Unit,
		Parent: k.Parent, Cumulative: k.Cumulative, rank: k.rank, known: k.known}
	if k.ID != id {
		s.Custom = true
		s.Parent = ""
		s.Label = humanise(id)
	}
	if l, ok := b.ov.labels[id]; ok {
		s.Label = l
		b.ov.used[b.ov.labelIdx[id]] = true
	}
	b.byID[id] = len(b.series)
	b.series = append(b.series, s)
	b.lineIdx = append(b.lineIdx, map[string]int32{})
	return len(b.series) - 1
}

// add places an event's figures.
func (b *builder) add(items []item) {
	for i := range items {
		it := &items[i]
		if it.skipped {
			continue
		}
		si := b.seriesFor(it.series, *it.key)
		s := b.series[si]
		if s.Custom && it.key.ID == s.ID {
			// A figure whose own key is the id makes it an ordinary series.
			s.Custom, s.Metric, s.Group, s.Unit, s.Parent, s.Cumulative = false, it.key.Metric, it.key.Group, it.key.Unit, it.key.Parent, it.key.Cumulative
			s.rank, s.known = it.key.rank, it.key.known
			if _, ok := b.ov.labels[s.ID]; !ok {
				s.Label = it.key.Label
			}
		}
		p := pend{ev: it.ev, key: it.key, idx: int32(it.idx), of: -1, series: int32(si), line: -1,
			ctx: it.ctx, role: it.role, source: it.source, lineID: it.line, ord: it.ord}
		if it.of >= 0 && it.of < len(items) {
			p.of = int32(items[it.of].idx)
		}
		if it.ctx == ContextPart && it.of >= 0 && !items[it.of].skipped && items[it.of].series != it.series {
			// A part of another series' total ("including 496 protesters"
			// of a toll) is context there and the value of its own
			// sub-series here.
			tot := &items[it.of]
			c := p
			c.series = int32(b.seriesFor(tot.series, *tot.key))
			b.pends = append(b.pends, c)
			p.ctx = ContextNone
		} else if it.ctx != ContextNone {
			b.pends = append(b.pends, p)
			continue
		}
		li, ok := b.lineIdx[si][it.line]
		if !ok {
			li = int32(len(s.Lines))
			b.lineIdx[si][it.line] = li
			s.Lines = append(s.Lines, Line{ID: it.line, Source: it.source, Label: lineLabel(it.source)})
		}
		p.line = li
		b.pends = append(b.pends, p)
	}
}

// place sorts the placed figures by series, line (context last) and as-of
// order, makes their points and gives each line and context its run.
func (b *builder) place() {
	ps := b.pends
	// Bucket by series and line (context last), keeping the story's order,
	// then sort a bucket by as-of time only when it is not already in order:
	// events come in timeline order, so most buckets are.
	base := make([]int32, len(b.series)+1)
	for i, s := range b.series {
		base[i+1] = base[i] + int32(len(s.Lines)) + 1
	}
	bucket := func(p *pend) int32 {
		if p.line < 0 {
			return base[p.series] + int32(len(b.series[p.series].Lines))
		}
		return base[p.series] + p.line
	}
	start := make([]int32, base[len(b.series)]+1)
	for i := range ps {
		start[bucket(&ps[i])+1]++
	}
	for i := 1; i < len(start); i++ {
		start[i] += start[i-1]
	}
	perm := make([]int32, len(ps))
	fill := slices.Clone(start)
	for i := range ps {
		k := bucket(&ps[i])
		perm[fill[k]] = int32(i)
		fill[k]++
	}
	byOrd := func(x, y int32) int {
		if ps[x].ord.less(ps[y].ord) {
			return -1
		}
		if ps[y].ord.less(ps[x].ord) {
			return 1
		}
		return cmp.Compare(x, y)
	}
	for k := 0; k+1 < len(start); k++ {
		run := perm[start[k]:start[k+1]]
		if !slices.IsSortedFunc(run, byOrd) {
			slices.SortFunc(run, byOrd)
		}
	}
	points := make([]Point, len(ps))
	for i, k := range perm {
		points[i] = ps[k].point()
	}
	for i := 0; i < len(perm); {
		first := &ps[perm[i]]
		j := i + 1
		for j < len(perm) && ps[perm[j]].series == first.series && ps[perm[j]].line == first.line {
			j++
		}
		s := b.series[first.series]
		if first.line < 0 {
			s.Context = points[i:j:j]
		} else {
			s.Lines[first.line].Points = points[i:j:j]
		}
		i = j
	}
	b.pends = nil
}

func (p *pend) point() Point {
	f := &p.ev.Figures[p.idx]
	out := Point{
		FigureID:   figureID(p.ev, int(p.idx)),
		EventID:    p.ev.ID,
		Ordinal:    p.ev.Ordinal,
		When:       asOf(f.Time, p.ev.Time),
		Value:      f.Value,
		Low:        f.Low,
		High:       f.High,
		Bound:      boundOf(f.Bound),
		Unit:       p.key.Unit,
		Text:       f.Text,
		Source:     f.Source,
		Line:       p.lineID,
		Role:       p.role,
		Context:    p.ctx,
		Subject:    p.key.Subject,
		LineSource: p.source,
	}
	if p.of >= 0 {
		out.Of = figureID(p.ev, int(p.of))
	}
	return out
}

func boundOf(b timeline.Bound) timeline.Bound {
	if b == "" {
		return timeline.BoundExact
	}
	return b
}

// figureID is the store's stable id, or a positional one for figures that
// have none (documents not stored).
func figureID(ev *timeline.StoredEvent, i int) string {
	if id := ev.Figures[i].ID; id != "" {
		return id
	}
	return timeline.EventID(ev.Ordinal) + ".f" + strconv.Itoa(i)
}

func (b *builder) finish() *Set {
	set := &Set{}
	b.place()
	for _, s := range b.series {
		sort.SliceStable(s.Lines, func(i, j int) bool {
			a, c := &s.Lines[i], &s.Lines[j]
			if (a.Source == "") != (c.Source == "") {
				return c.Source == ""
			}
			if len(a.Points) != len(c.Points) {
				return len(a.Points) > len(c.Points)
			}
			return a.ID < c.ID
		})
	}
	for _, pf := range b.pending {
		if i, ok := b.byID[pf.series]; ok {
			b.series[i].Flags = append(b.series[i].Flags, pf.flag)
		}
	}
	for _, s := range b.series {
		if s.Cumulative {
			s.Flags = append(s.Flags, fallFlags(s)...)
		}
		if s.known {
			// Unknown measures may hold unlike figures: comparing them
			// across sources would flag noise.
			s.Flags = append(s.Flags, disagreementFlags(s, b.opt.Tolerance)...)
		}
		linkFlags(s)
	}
	sort.SliceStable(b.series, func(i, j int) bool {
		a, c := b.series[i], b.series[j]
		ra, rc := familyRank(a, b), familyRank(c, b)
		if ra != rc {
			return ra < rc
		}
		fa, fc := familyID(a), familyID(c)
		if fa != fc {
			na, nc := b.familySize(fa), b.familySize(fc)
			if na != nc {
				return na > nc
			}
			return fa < fc
		}
		if (a.Parent == "") != (c.Parent == "") {
			return a.Parent == ""
		}
		if a.Points() != c.Points() {
			return a.Points() > c.Points()
		}
		return a.ID < c.ID
	})
	set.Series = make([]Series, len(b.series))
	nf := 0
	for _, s := range b.series {
		nf += len(s.Flags)
	}
	set.Flags = make([]Flag, 0, nf)
	for i, s := range b.series {
		set.Series[i] = *s
		set.Flags = append(set.Flags, s.Flags...)
	}
	set.Stale = b.ov.stale()
	return set
}

func familyID(s *Series) string {
	if s.Parent != "" {
		return s.Parent
	}
	return s.ID
}

// familyRank orders series by what matters most in breaking news (deaths
// first), keeping sub-series with their parent.
func familyRank(s *Series, b *builder) int {
	if s.Parent != "" {
		if i, ok := b.byID[s.Parent]; ok {
			return b.series[i].rank
		}
	}
	return s.rank
}

func (b *builder) familySize(id string) int {
	n := 0
	for _, s := range b.series {
		if familyID(s) == id {
			n += s.Points()
		}
	}
	return n
}

// linkFlags records on each point the flags that involve it.
func linkFlags(s *Series) {
	if len(s.Flags) == 0 {
		return
	}
	at := map[string][]int{}
	for fi, f := range s.Flags {
		for _, id := range f.Figures {
			at[id] = append(at[id], fi)
		}
	}
	for li := range s.Lines {
		for pi := range s.Lines[li].Points {
			p := &s.Lines[li].Points[pi]
			p.Flags = at[p.FigureID]
		}
	}
	for ci := range s.Context {
		s.Context[ci].Flags = at[s.Context[ci].FigureID]
	}
}

// asOf is the figure's own time unless it only repeats its event's date less
// precisely ("the ministry said Wednesday" in an update time-stamped
// Wednesday 9:40).
func asOf(fig, ev timeline.When) timeline.When {
	if fig.IsZero() {
		return ev
	}
	if fig.Precision == timeline.PrecisionDay && !ev.IsZero() && ev.Precision == timeline.PrecisionMinute && fig.Date().Equal(ev.Date()) {
		return ev
	}
	return fig
}

// order sorts points: dated before undated, by calendar date, a day-precision
// point before the minute-precision points of its day, then by instant, then
// in the story's order.
type order struct {
	known   bool
	minute  bool
	pos     int32
	idx     int32
	date    int64
	instant int64
}

func orderOf(w timeline.When, pos, idx int) order {
	o := order{pos: int32(pos), idx: int32(idx)}
	if w.IsZero() {
		return o
	}
	o.known = true
	o.date = w.Date().Unix() / 86400
	if w.Precision == timeline.PrecisionMinute {
		o.minute = true
		o.instant = w.At.Unix()
	}
	return o
}

func (a order) less(b order) bool {
	if a.known != b.known {
		return a.known
	}
	if a.date != b.date {
		return a.date < b.date
	}
	if a.minute != b.minute {
		return !a.minute
	}
	if a.instant != b.instant {
		return a.instant < b.instant
	}
	if a.pos != b.pos {
		return a.pos < b.pos
	}
	return a.idx < b.idx
}

// sourceResolver maps the names figures give to the bodies whose line they
// belong to.
type sourceResolver struct {
	byName map[string]*timeline.Entity
	cache  map[string][2]string
}

func newSourceResolver(entities []timeline.Entity) *sourceResolver {
	r := &sourceResolver{byName: map[string]*timeline.Entity{}, cache: map[string][2]string{}}
	for i := range entities {
		e := &entities[i]
		// The canonical name wins over another entity's alias.
		r.byName[nameKey(e.Name)] = e
	}
	for i := range entities {
		e := &entities[i]
		for _, a := range e.Aliases {
			if _, ok := r.byName[nameKey(a)]; !ok {
				r.byName[nameKey(a)] = e
			}
		}
	}
	return r
}

// resolve returns the body whose line a named source's figures go to, and
// that line's id.
func (r *sourceResolver) resolve(name string) (string, string) {
	if v, ok := r.cache[name]; ok {
		return v[0], v[1]
	}
	key := name
	name = strings.TrimSpace(name)
	out := name
	seen := 0
	for e := r.byName[nameKey(name)]; name != "" && e != nil && seen < 4; seen++ {
		out = e.Name
		if e.SpeaksFor == "" || nameKey(e.SpeaksFor) == nameKey(e.Name) {
			break
		}
		out = e.SpeaksFor
		e = r.byName[nameKey(e.SpeaksFor)]
	}
	v := [2]string{out, lineID(out)}
	r.cache[key] = v
	return v[0], v[1]
}

// nameKey folds the differences between mentions of one name: case, a leading
// "the", curly apostrophes.
func nameKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(strings.ReplaceAll(s, "’", "'")))
	s = strings.TrimPrefix(s, "the ")
	return strings.Join(strings.Fields(s), " ")
}

// ReportedLine is the line id of figures no source is named for.
const ReportedLine = "reported"

func lineID(source string) string {
	if source == "" {
		return ReportedLine
	}
	id := slug(source)
	if id == "" || id == ReportedLine {
		id = "source-" + id
	}
	return id
}

func lineLabel(source string) string {
	if source == "" {
		return "Reported (no source named)"
	}
	return source
}

// slug lower-cases letters and digits and joins runs of anything else with
// one hyphen.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	return b.String()
}

func humanise(id string) string {
	parts := strings.Split(id, ".")
	out := metricLabel(parts[0])
	for _, p := range parts[1:] {
		out += ": " + groupLabel(p)
	}
	return out
}
