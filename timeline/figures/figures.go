// Package figures finds the numbers of news text with their bounds and what they
// count.
//
// The grammar follows Duckling and Recognizers-Text: a tokenizer that reads each
// word's lexicon entry once, a compositional number grammar (digits with
// separators, "1.2 million", "forty-one", "two dozen", "hundreds", "a third"),
// bound phrases before and after the number ("at least", "or more"), ranges
// ("9 to 12 feet", "between 300 and 400"), vote splits ("212-98"), the unit and
// the counted noun after it, the predicate that names the measure ("were
// killed", "remained without power") or a noun before it ("the death toll rose
// to 31"), and the links between figures: breakdowns ("including ..."), parts
// ("219 of the 330 seats"), restatements ("to six from nine") and increments
// ("two more bodies"). Dates, clock times, years, ages, durations, ordinals and
// names with digits are not figures.
package figures

import (
	"slices"
	"sync"

	"factline/timeline"
)

// Finder finds figures; it is safe for concurrent use.
type Finder struct {
	pool sync.Pool // *scratch
}

// scratch holds the buffers of one Find call, reused across calls so that
// allocations follow the number of figures, not the length of the text.
type scratch struct {
	toks  []token
	cands []cand
	order []int
	remap []int
}

// New returns a finder with factline's lexicons.
func New() *Finder {
	return &Finder{pool: sync.Pool{New: func() any { return &scratch{} }}}
}

// Find returns the figures of text in order of appearance. Source and Time are
// left to the caller; PartOf indexes the returned slice (-1 for none).
func (f *Finder) Find(text string) []timeline.Figure {
	sc, _ := f.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{} // a zero Finder has no pool constructor
	}
	defer f.pool.Put(sc)
	sc.toks = tokenize(text, sc.toks)
	p := parser{text: text, toks: sc.toks, cands: sc.cands[:0]}
	for k := 0; k < len(p.toks); {
		if p.numberStart(k) {
			k = p.figureAt(k)
			continue
		}
		k++
	}
	p.link()
	// "no one was hurt" joins after the links: a zero is nobody's total or part
	p.cands = append(p.cands, p.zeros...)
	out := p.emit(sc)
	sc.cands = p.cands[:0]
	return out
}

// keep reports whether a candidate is a figure worth reporting.
func (p *parser) keep(c *cand) bool {
	if c.drop {
		return false
	}
	if c.unit == "" && c.subjS == -1 && c.metric == "" {
		return false
	}
	// a plain number word with nothing that makes it a measure ("the two
	// countries") is left out; digits, bounds and breakdowns keep it
	if c.weak && c.metric == "" && c.partOf < 0 && !c.hasParts && c.conv < 0 && !p.bareCount(c) && !p.partitiveCount(c) && !p.moreCount(c) {
		return false
	}
	return true
}

// partitiveCount reports a spelled-out number that picks some of a known set
// and is the subject of its clause: "six of the flooded wards were closed";
// not "the owners of two of the firms", where it only narrows a noun.
func (p *parser) partitiveCount(c *cand) bool {
	if c.c.one || c.ofHead < 0 || c.head < 0 || !(p.pluralHead(c.head) || p.isPeople(c.head)) {
		return false
	}
	if p.has(c.head, wAbstract) || p.key(c.bs-1) == "of" || !p.sameSent(c.npE, c.sent) {
		return false
	}
	switch p.key(c.npE) {
	case "is", "are", "was", "were", "had", "have", "has", "remain", "remained", "remains":
		return true
	}
	return false
}

// moreCount reports a spelled-out number that adds things of a plural noun
// to what is there: "asked for two more water bombers", "three additional
// buses"; not "two more days" (a duration) or "one more time".
func (p *parser) moreCount(c *cand) bool {
	if !c.incr || c.c.one || c.head < 0 || c.npS != c.c.e+1 || !p.has(c.c.e, wIncr) {
		return false
	}
	if !p.pluralHead(c.head) || p.has(c.head, wAbstract|wTimeUnit) || p.toks[c.head].upper {
		return false
	}
	return !p.has(c.bs-1, wDet)
}

// bareCount reports a spelled-out number that counts a plural noun with
// nothing before it that makes it known already: "in nine constituencies",
// "at four clinics"; not "the two countries", "its two partners", "two ways".
func (p *parser) bareCount(c *cand) bool {
	if c.c.one || c.head < 0 || c.subjS < 0 || c.npS != c.c.e || c.head != c.npE-1 {
		return false
	}
	if !p.pluralHead(c.head) && !p.isPeople(c.head) {
		return false
	}
	if p.has(c.head, wAbstract) || p.toks[c.head].upper {
		return false
	}
	// "Two senior officials said", "two diplomats briefed on the talks": an
	// unnamed source, not a count
	switch p.key(c.npE) {
	case "said", "say", "says", "told", "tell", "briefed", "familiar", "speaking", "spoke", "who", "close":
		return false
	}
	if p.isPunct(c.npE, ',') && p.key(c.npE+1) == "who" {
		return false
	}
	prev := c.bs - 1
	if p.has(prev, wDet) || p.isWord(prev) && p.possessive(prev-1) || p.isPunct(prev, '\'') || p.isPunct(prev, '’') {
		return false // "the two", "Ostria's two", "the miners' two"
	}
	return true
}

func (p *parser) emit(sc *scratch) []timeline.Figure {
	cs := p.cands
	order := sc.order[:0]
	for i := range cs {
		if p.keep(&cs[i]) {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return int(p.toks[cs[a].c.ns].s) - int(p.toks[cs[b].c.ns].s)
	})
	remap := sc.remap[:0]
	for range cs {
		remap = append(remap, -1)
	}
	for n, i := range order {
		remap[i] = n
	}
	sc.order, sc.remap = order, remap
	if len(order) == 0 {
		return nil
	}
	out := make([]timeline.Figure, len(order))
	bounds := make([]float64, 0, 2*len(order))
	for n, i := range order {
		c := &cs[i]
		f := &out[n]
		f.Value = c.c.val
		f.Bound = c.bound
		if f.Bound == "" {
			f.Bound = timeline.BoundExact
		}
		switch f.Bound {
		case timeline.BoundExact:
			bounds = append(bounds, c.c.val)
			f.Low = &bounds[len(bounds)-1]
			f.High = f.Low
		case timeline.BoundAtLeast, timeline.BoundMoreThan:
			bounds = append(bounds, c.c.val)
			f.Low = &bounds[len(bounds)-1]
		case timeline.BoundAtMost, timeline.BoundLessThan:
			bounds = append(bounds, c.c.val)
			f.High = &bounds[len(bounds)-1]
		case timeline.BoundRange:
			bounds = append(bounds, c.c.val, c.hi)
			f.Low = &bounds[len(bounds)-2]
			f.High = &bounds[len(bounds)-1]
		}
		f.Unit = c.unit
		f.Metric = c.metric
		switch {
		case c.subjS == -2:
			f.Subject = "in favor"
		case c.subjS == -3:
			f.Subject = "against"
		case c.subjS >= 0 && c.subjE > c.subjS:
			f.Subject = p.text[c.subjS:c.subjE]
		}
		f.Role = c.role
		f.PartOf = -1
		if c.partOf >= 0 {
			f.PartOf = remap[c.partOf]
			if f.PartOf < 0 && f.Role == timeline.RolePart {
				f.Role = timeline.RoleValue
			}
		}
		ts, te := c.ts, c.te
		if te <= ts {
			ts, te = c.c.s, c.c.e
		}
		f.Start = int(p.toks[ts].s)
		f.End = int(p.toks[te-1].e)
		f.Text = p.text[f.Start:f.End]
	}
	return out
}
