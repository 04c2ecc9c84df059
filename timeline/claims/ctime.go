package claims

import (
	"sort"

	"factline/timeline/when"
)

// timeExpr is a time expression of a unit as a token range.
type timeExpr struct {
	s, e int
	x    when.Expr
}

// unitOf returns the unit that holds token i.
func (e *evx) unitOf(i int) int {
	k := sort.Search(len(e.units), func(k int) bool { return e.units[k].last > i })
	if k < len(e.units) && e.units[k].first <= i {
		return k
	}
	return -1
}

// unitTimes finds the time expressions of unit u once.
func (e *evx) unitTimes(u int) []timeExpr {
	un := &e.units[u]
	if un.timesDone {
		return un.times
	}
	un.timesDone = true
	// only the stretch around the words that can be part of a time
	lo, hi := -1, -1
	for k := un.first; k < un.last; k++ {
		if e.lex[k]&lxTime != 0 {
			if lo < 0 {
				lo = k
			}
			hi = k
		}
	}
	if lo < 0 {
		return nil
	}
	lo, hi = max(un.first, lo-4), min(un.last, hi+4)
	base := e.toks[lo].Start
	text := e.text[base:e.toks[hi-1].End]
	for _, x := range when.Find(text) {
		bs, be := base+x.Start, base+x.End
		s := sort.Search(un.last-un.first, func(k int) bool { return e.toks[un.first+k].Start >= bs }) + un.first
		t := s
		for t < un.last && e.toks[t].End <= be {
			t++
		}
		if t > s {
			un.times = append(un.times, timeExpr{s: s, e: t, x: x})
		}
	}
	return un.times
}

// timeWords can be part of a time expression; a token that is none of them
// (and holds no digit) spares the search.
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "yesterday": true, "today": true, "tonight": true, "tomorrow": true, "night": true,
	"morning": true, "afternoon": true, "evening": true, "week": true, "month": true, "ago": true,
	"a.m.": true, "p.m.": true, "jan.": true, "feb.": true, "aug.": true, "sept.": true, "oct.": true,
	"nov.": true, "dec.": true, "january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "noon": true, "midnight": true, "est": true, "et": true, "gmt": true, "utc": true,
}

// timeStarts may open a time expression.
var timeStarts = map[string]bool{
	"on": true, "late": true, "early": true, "last": true, "this": true, "next": true, "earlier": true,
	"later": true,
}

func (e *evx) timeish(i int) bool { return e.has(i, lxTime) }

// timeStartingAt reports whether a time expression starts at token k (or
// right after an "on" at k) and returns the token after it.
func (e *evx) timeStartingAt(k int) (int, bool) {
	if !e.timeish(k) && !(e.isWord(k) && timeStarts[e.lw(k)] && e.timeish(k+1)) {
		return 0, false
	}
	u := e.unitOf(k)
	if u < 0 || !e.isWord(k) {
		return 0, false
	}
	start := k
	if e.lw(k) == "on" {
		start = k + 1
	}
	for _, t := range e.unitTimes(u) {
		if t.s == start {
			return t.e, true
		}
	}
	return 0, false
}

// timeEndingAt reports whether a time expression ends at token k and returns
// its first token.
func (e *evx) timeEndingAt(k int) (int, bool) {
	if !e.timeish(k) {
		return 0, false
	}
	u := e.unitOf(k)
	if u < 0 {
		return 0, false
	}
	for _, t := range e.unitTimes(u) {
		if t.e == k+1 {
			return t.s, true
		}
	}
	return 0, false
}

// claimTimes sets when each claim was made from the time expressions of its
// attribution: the subject, the verb and its adverbials, never the content.
func (e *evx) claimTimes() {
	if e.ref.IsZero() {
		return
	}
	for _, c := range e.claims {
		if c.as < 0 {
			continue
		}
		lo, hi := c.as, c.ae
		if c.cs > c.verbTok {
			// forward: from the clause start to the content
			lo, hi = e.clauseStartBefore(c), c.cs
		}
		any := false
		for k := lo; k < hi && !any; k++ {
			any = e.timeish(k)
		}
		for k := c.tailTime; c.tailTime > 0 && k < c.ce && !any; k++ {
			any = e.timeish(k)
		}
		if !any {
			continue
		}
		un := &e.units[c.unit]
		base := e.toks[un.first].Start
		text := e.text[base:e.toks[un.last-1].End]
		for _, t := range e.unitTimes(c.unit) {
			tail := c.tailTime > 0 && t.s >= c.tailTime && t.e <= c.ce
			if !tail && (t.s < lo || t.e > hi || c.contains(t.s)) || e.inQuote(t.s) {
				continue
			}
			if t.x.ClockOnly() || !(t.x.Relative() || t.x.Absolute()) {
				continue
			}
			// a statement is reported after it was made: "said Tuesday that the
			// plant will reopen" is last Tuesday, whatever the content's tense
			tense := when.Past
			if t.x.HasWeekday && !t.x.Absolute() && t.s < c.verbTok && c.lemma != "according to" {
				tense = when.TenseAt(text[:e.toks[c.verbTok].Start-base], t.x.Start)
			}
			if w, ok := t.x.Resolve(e.ref, tense); ok {
				c.time = w
				break
			}
		}
	}
	// a coordinated or inherited claim shares its first claim's time
	for _, c := range e.claims {
		if c.time.IsZero() && c.parent != nil && c.parent != c {
			c.time = c.parent.time
		}
	}
}

// clauseStartBefore is the start of the clause that holds a forward claim's
// subject: the unit's start or the end of a claim before it.
func (e *evx) clauseStartBefore(c *claim) int {
	un := &e.units[c.unit]
	lo := un.start
	if c.parent != nil {
		return c.verbTok
	}
	for _, o := range e.claimsOf(c.unit) {
		if o == c {
			continue
		}
		end := o.ce
		if o.ae > end {
			end = o.ae
		}
		if end <= c.as && end > lo {
			lo = end
		}
	}
	if c.as < lo {
		return c.as
	}
	return lo
}

// claimsOf returns the claims of unit u; claims are made unit by unit, so
// they sit together (the ones a quotation inherits come last).
func (e *evx) claimsOf(u int) []*claim {
	lo := sort.Search(len(e.claims), func(k int) bool { return e.claims[k].unit >= u })
	hi := lo
	for hi < len(e.claims) && e.claims[hi].unit == u {
		hi++
	}
	return e.claims[lo:hi]
}

// trailingTime moves a time expression that ends a noun-phrase content into
// the attribution: "announced a tariff on imports on Wednesday".
func (e *evx) trailingTime(c *claim) {
	k := c.ce - 1
	s, ok := e.timeEndingAt(k)
	if !ok || s <= c.cs+1 {
		return
	}
	if e.isWord(s-1) && e.lw(s-1) == "on" {
		s--
	}
	c.tailTime = s
}
