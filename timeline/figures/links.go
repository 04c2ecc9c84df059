package figures

import (
	"strings"

	"factline/timeline"
)

// link ties the figures of a text together: parts to their totals
// ("including", "N of the M", "N of them", "among the deaths"), earlier values
// ("to six from nine") and increments ("two more bodies").
func (p *parser) link() {
	cs := p.cands
	// "219 of the assembly's 330 seats", "a third of the 610 miners"
	for i := range cs {
		a := &cs[i]
		if a.linkTok < 0 {
			continue
		}
		for j := i + 1; j < len(cs) && j <= i+3; j++ {
			m := &cs[j]
			if m.bs != a.linkTok && m.c.s != a.linkTok {
				continue
			}
			if a.c.kinds() == kCount && m.c.kinds() == kCount && !a.c.frac && m.c.val >= a.c.val && !m.pair {
				p.setPart(i, j)
			}
			if a.subjS == -1 {
				a.subjS, a.subjE, a.head = m.subjS, m.subjE, m.head
			}
			if a.unit == "" {
				a.unit = m.unit
			}
			if a.metric == "" && a.c.kinds() == kCount {
				a.metric, a.mSrc = m.metric, msInherit
			}
			if end := max(m.npE, m.c.e); end > a.te && p.words(a.ts, end) <= 12 {
				a.te = end
			}
			break
		}
	}
	// "41 dead, 12 of them rescuers"
	// "Fourteen of the dead", "Among the survivors are 17 children": part of
	// the latest figure that counts the dead or the survivors
	for i := range cs {
		if !cs[i].ofThem && cs[i].ofHead < 0 || cs[i].partOf >= 0 {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if cs[i].ofHead < 0 && cs[j].sent < cs[i].sent-1 {
				break
			}
			if cs[i].ofHead >= 0 && !p.sameCount(&cs[i], &cs[j]) {
				continue
			}
			// a part of a part: "Forty-eight of the survivors ..., four of them"
			if p.canTotal(&cs[i], &cs[j], true) {
				p.setPart(i, j)
				break
			}
		}
	}
	// "..., including 496 protesters and 48 people from the security forces":
	// a figure after a breakdown word in its clause is a part of the nearest
	// fitting figure before that word
	for i := range cs {
		a := &cs[i]
		if a.partOf >= 0 || a.restated || a.pair {
			continue
		}
		m := p.breakdownBefore(a.c.s, a.sent)
		if m < 0 {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			t := &cs[j]
			if t.sent != a.sent {
				break
			}
			if t.c.e > m {
				continue
			}
			if p.canTotal(a, t, true) {
				p.setPart(i, j)
				break
			}
		}
	}
	// "to six from nine", "rose to 3.2% in March from 2.9%": the figure after
	// "from" restates the earlier value
	for i := 1; i < len(cs); i++ {
		a, b := &cs[i], &cs[i-1]
		if a.fromTok < 0 || a.sent != b.sent || b.c.e > a.fromTok {
			continue
		}
		if b.c.e == a.fromTok || b.te == a.fromTok || a.fromTok-b.te <= 4 && p.changeIn(b) {
			a.restated = true
		}
	}
	// "cut parliament from 240 seats to 180": the new value counts what the
	// old one did, and the old one is restated
	for i := 1; i < len(cs); i++ {
		a, b := &cs[i], &cs[i-1]
		if a.sent != b.sent || b.fromTok < 0 || p.key(a.bs-1) != "to" || a.npS >= 0 || a.c.kinds() != b.c.kinds() {
			continue
		}
		if end := max(b.te, b.npE); end == a.bs-1 {
			b.restated = true
			p.inherit(a, b)
		}
	}
	for i := range cs {
		a := &cs[i]
		if !a.restated && !a.others && !a.bare && !a.totalOf {
			continue
		}
		for j := i - 1; j >= 0 && cs[j].sent >= a.sent-1; j-- {
			b := &cs[j]
			if b.restated || b.pair || b.c.kinds() != a.c.kinds() {
				continue
			}
			if (a.others || a.bare) && (b.sent != a.sent && !a.bare || b.unit == "") {
				continue
			}
			if a.restated || a.totalOf {
				p.inherit(a, b)
			} else if a.unit == "" || a.unit == "people" && b.unit != "" {
				a.unit = b.unit
				if a.subjS == -1 && b.subjS >= 0 {
					a.subjS, a.subjE = b.subjS, b.subjE
				}
			}
			break
		}
	}
	// "The two drownings remain among the confirmed deaths": part of the
	// largest earlier figure of that measure
	for i := range cs {
		a := &cs[i]
		if a.among == "" || a.partOf >= 0 {
			continue
		}
		best := -1
		for j := i - 1; j >= 0 && j >= i-64; j-- {
			t := &cs[j]
			if t.metric != a.among || t.restated || t.partOf >= 0 || t.c.kinds() != kCount || t.c.val < a.c.val || t.pair {
				continue
			}
			if best < 0 || t.c.val > cs[best].c.val {
				best = j
			}
		}
		if best >= 0 {
			p.setPart(i, best)
		}
	}
	// a conversion in apposition: "50,000 krons, about $5,400,"
	for i := 1; i < len(cs); i++ {
		a, b := &cs[i], &cs[i-1]
		if a.metric != "" || a.conv >= 0 || a.sent != b.sent {
			continue
		}
		k := a.ts - 1
		if p.isPunct(k, ',') && (b.te == k || b.c.e == k) && (a.c.kinds()&(kMoney|kMeasure) != 0) {
			a.metric, a.mSrc = b.metric, msInherit
			a.conv = i - 1
		}
	}
	// "killed 5 soldiers and 3 civilians": a coordinated figure counts the same
	// measure as the one before it
	for i := 1; i < len(cs); i++ {
		a, b := &cs[i], &cs[i-1]
		if a.metric != "" && a.unit != "" || a.sent != b.sent || a.c.kinds() != b.c.kinds() {
			continue
		}
		k := a.ts - 1
		if p.key(k) == "another" {
			k--
		}
		if q := p.key(k); (q == "and" || q == "or") && (b.te == k || p.isPunct(k-1, ',') && b.te == k-1) {
			if a.unit == "" && a.subjS == -1 {
				a.unit = b.unit // "2,340 buildings were destroyed and another 8,900 damaged"
			}
			if a.metric != "" || b.metric == "" {
				continue
			}
			a.metric, a.mSrc = b.metric, msInherit
			if b.partOf >= 0 && a.partOf < 0 && p.fits(a, &cs[b.partOf]) {
				p.setPart(i, b.partOf)
			}
		}
	}
	for i := range cs {
		a := &cs[i]
		if a.conv >= 0 && a.conv < len(cs) {
			if a.metric == "" {
				a.metric = cs[a.conv].metric
			}
			if m := &cs[a.conv]; a.subjS == -1 && m.subjS >= 0 && !strings.EqualFold(p.text[m.subjS:m.subjE], m.unit) {
				a.subjS, a.subjE = m.subjS, m.subjE
			}
		}
	}
	// "put the toll at seven, saying it had also received the remains of two
	// people": a smaller count of the same measure that explains a tally in
	// the same sentence is part of it
	for i := range cs {
		a := &cs[i]
		if a.partOf >= 0 || a.restated || a.incr || a.pair || a.metric == "" || a.c.kinds() != kCount {
			continue
		}
		for j := i - 1; j >= 0 && cs[j].sent == a.sent; j-- {
			t := &cs[j]
			if t.metric != a.metric || !p.tallyAt(t) || !p.explains(t.c.e, a.bs) {
				continue
			}
			// "lowered the toll to six from nine, saying three deaths had
			// been counted twice": the reason for a change is no part
			if j+1 < i && cs[j+1].restated || t.restated {
				break
			}
			if p.canTotal(a, t, false) && t.c.val > a.c.val {
				p.setPart(i, j)
			}
			break
		}
	}
	// a total may learn what it counts after its parts were linked ("four
	// missing and 50 treated, three of them ..."): parts follow their totals
	for i := range cs {
		if j := cs[i].partOf; j >= 0 && j < i {
			a, t := &cs[i], &cs[j]
			if a.metric == "" && t.metric != "" {
				a.metric, a.mSrc = t.metric, msInherit
			}
			if a.unit == "" {
				a.unit = t.unit
			}
			if a.subjS == -1 && a.npS < 0 && a.head < 0 && t.subjS >= 0 {
				a.subjS, a.subjE = t.subjS, t.subjE
			}
		}
	}
	// roles
	for i := range cs {
		a := &cs[i]
		switch {
		case a.partOf >= 0:
			a.role = timeline.RolePart
		case a.restated:
			a.role = timeline.RoleRestated
		case a.incr:
			a.role = timeline.RoleIncrement
			for j := i - 1; j >= 0 && cs[j].sent == a.sent; j-- {
				if cs[j].metric != "" && a.metric != "" && cs[j].metric != a.metric {
					// "17 were killed and dozens more were trapped": a
					// contrast, not an addition
					a.role = timeline.RoleValue
					break
				}
				if a.metric == "" && cs[j].metric != "" {
					a.metric, a.mSrc = cs[j].metric, msInherit
					break
				}
			}
		}
	}
	for i := range cs {
		if cs[i].conv >= 0 && cs[i].role == timeline.RoleValue {
			cs[i].role = cs[cs[i].conv].role
			if cs[i].role == timeline.RolePart {
				cs[i].role = timeline.RoleValue
			}
		}
	}
}

// changeIn reports a verb of change in or right before figure b's text.
func (p *parser) changeIn(b *cand) bool {
	for k := max(b.ts-3, 0); k < b.te; k++ {
		if p.has(k, wChange) && p.toks[k].sent == b.sent {
			return true
		}
	}
	return false
}

// sameCount reports whether "N of the dead" (a) names what t counts: its
// measure, or its noun.
func (p *parser) sameCount(a, t *cand) bool {
	if en := p.ent(a.ofHead); en != nil && en.f&wNoun != 0 && en.metric != "" {
		return t.metric == en.metric
	}
	return t.head >= 0 && strings.EqualFold(p.raw(a.ofHead), p.raw(t.head))
}

// setPart makes figure i a part of figure j.
func (p *parser) setPart(i, j int) {
	a, t := &p.cands[i], &p.cands[j]
	a.partOf = j
	t.hasParts = true
	if a.metric == "" {
		a.metric, a.mSrc = t.metric, msInherit
	}
	if a.unit == "" {
		a.unit = t.unit
	}
	// "58 survivors, including 12 who remained in hospital": a part with no
	// noun of its own counts what its total counts
	if a.subjS == -1 && a.npS < 0 && a.head < 0 && t.subjS >= 0 {
		a.subjS, a.subjE = t.subjS, t.subjE
	}
}

// inherit fills what a restated figure counts from the figure it follows.
func (p *parser) inherit(a, b *cand) {
	if a.metric == "" {
		a.metric, a.mSrc = b.metric, msInherit
	}
	if a.unit == "" {
		a.unit = b.unit
	}
	if a.subjS == -1 {
		a.subjS, a.subjE = b.subjS, b.subjE
	}
}

// totalFor reports whether t can be the total that part a belongs to.
func (p *parser) totalFor(a, t *cand) bool { return p.canTotal(a, t, false) }

// canTotal is totalFor, where nested also accepts a total that is itself a
// part.
func (p *parser) canTotal(a, t *cand, nested bool) bool {
	if t.restated || t.partOf >= 0 && !nested || t.pair || t.c.val < a.c.val || t.c.frac {
		return false
	}
	// "27 have died, among them six children, and 14 are missing": the
	// missing are no part of the dead; casualties hold the dead and hurt
	if a.metric != "" && t.metric != "" && a.metric != t.metric && a.mSrc >= msPred && t.metric != "casualties" {
		return false
	}
	ka, kt := a.c.kinds(), t.c.kinds()
	switch {
	case ka&kMoney != 0 || kt&kMoney != 0:
		return ka&kMoney != 0 && kt&kMoney != 0 && a.unit == t.unit
	case ka&kPercent != 0 || kt&kPercent != 0:
		return ka&kPercent != 0 && kt&kPercent != 0
	case ka&kMeasure != 0 || kt&kMeasure != 0:
		return a.unit == t.unit
	}
	if a.unit == "" || t.unit == "" {
		return true
	}
	// a part counts the same kind of thing: people within people, things
	// within things ("two channels" of "45 outlets")
	return (a.unit == "people") == (t.unit == "people")
}

// fits is totalFor without the check on what is counted: the second item of a
// coordinated list of parts ("six hikers and four guides") joins the first.
func (p *parser) fits(a, t *cand) bool {
	return !t.restated && t.partOf < 0 && !t.pair && t.c.val >= a.c.val && a.c.kinds() == t.c.kinds()
}

// breakdownAt reports a word that opens a breakdown: "including", "among
// them", "of whom", "of which".
func (p *parser) breakdownAt(m int) bool {
	switch p.key(m) {
	case "including":
		return true
	case "include", "includes", "included", "comprise", "comprises", "comprised":
		// "The 30 passengers include 12 ...": a verb that opens a breakdown
		// of the figure that is its subject
		return true
	case "among":
		q := p.key(m + 1)
		return q == "them" || q == "whom" || q == "those"
	case "of":
		q := p.key(m + 1)
		return (q == "whom" || q == "which") && !p.isNum(m-1)
	}
	return false
}

// breakdownBefore finds a breakdown word before token k in the same clause of
// sentence s, or -1.
func (p *parser) breakdownBefore(k int, s int32) int {
	for m := k - 1; m >= 0 && p.toks[m].sent == s; m-- {
		if p.isPunct(m, ';') || p.isPunct(m, ':') || p.key(m) == "that" && p.key(m-1) == "and" {
			return -1 // "..., and that 14 are missing" is another statement
		}
		if p.breakdownAt(m) {
			return m
		}
	}
	return -1
}

// tallyAt reports a figure named as a tally: "the toll at seven", "the count
// to 212".
func (p *parser) tallyAt(t *cand) bool {
	if t.trigS < 0 {
		return false
	}
	for k := t.trigS; k < t.c.s; k++ {
		switch p.key(k) {
		case "toll", "tally", "count", "total":
			return true
		}
	}
	return false
}

// explains reports a participle of speech between tokens from and to that
// opens the reason for a figure: "..., saying it had also received ...".
func (p *parser) explains(from, to int) bool {
	for k := from; k < to; k++ {
		if !p.isWord(k) {
			continue
		}
		switch w := p.raw(k); {
		case strings.EqualFold(w, "saying"), strings.EqualFold(w, "adding"), strings.EqualFold(w, "explaining"), strings.EqualFold(w, "noting"):
			return true
		}
	}
	return false
}
