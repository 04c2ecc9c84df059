package figures

import (
	"strings"
	"unicode"
)

// skipDet moves past determiners and possessives: "the assembly's", "its",
// "the country's".
func (p *parser) skipDet(j int) int {
	for n := 0; n < 6 && j < len(p.toks); n++ {
		switch {
		case p.has(j, wDet) && !p.has(j, wNum):
			j++
		case p.isWord(j) && p.possessive(j+1):
			j += 3
		case p.isWord(j) && p.toks[j].upper && p.isWord(j+1) && p.toks[j+1].upper && p.possessive(j+2):
			j += 4
		default:
			return j
		}
	}
	return j
}

// nounPhrase reads the counted noun phrase at k: adjectives and nouns up to a
// preposition, verb, conjunction or punctuation. afterOf allows a lone -ing
// noun ("of its funding").
func (p *parser) nounPhrase(k int, afterOf bool) (s, e, head int) {
	s, e, head = k, k, -1
	s0 := p.toks[min(k, len(p.toks)-1)].sent
	words := 0
	j := k
	for j < len(p.toks) && words < 5 && p.toks[j].sent == s0 {
		t := &p.toks[j]
		if t.kind != tWord {
			// "storm-related incidents", "low-income families"
			if words > 0 && p.isDash(j) && p.glued(j) && p.glued(j+1) && p.isWord(j+1) {
				j++
				continue
			}
			break
		}
		en := t.ent
		if p.has(j+1, wTimeUnit) {
			switch p.key(j) {
			case "last", "next", "this", "each", "every", "per", "a", "that":
				goto done // "$212 billion last year"
			}
		}
		if en != nil {
			noun := en.f&(wPerson|wNoun|wUnit|wCurrency) != 0
			if !noun && words == 0 && en.f&wAux != 0 && isParticiple(p.raw(j)) && p.nounNext(j+1) && !p.has(j+1, wAux) {
				noun = true // "3,500 confirmed cases", "12 reported deaths"
			}
			// "the three affected districts", "four flooded villages": a
			// participle before a plural noun modifies it
			mod := !noun && words == 0 && en.f&(wPred|wTrans) != 0 && isParticiple(p.raw(j)) && p.isWord(j+1) &&
				p.pluralHead(j+1) && (p.ent(j+1) == nil || p.has(j+1, wNoun|wPerson))
			noun = noun || mod
			if !noun {
				if en.f&(wPrep|wDet|wConj|wAux|wAdv|wPron|wRel|wTimeUnit|wMonth|wWeekday|wNum|wScale|wVague|wBreak|wPred|wVerb|wTrans|wChange|wPercent) != 0 {
					if !(en.f&wMod != 0 && words == 0) || en.f&(wPrep|wConj|wAux) != 0 {
						break
					}
				}
			}
			if en.f&(wPred) != 0 && en.f&(wNoun|wPerson) == 0 && !mod {
				break
			}
		} else {
			w := p.raw(j)
			if j > k && !afterOf && isAdverb(w) && !p.nounNext(j+1) {
				break
			}
			if isParticiple(w) {
				if words > 0 {
					break
				}
				if !(afterOf && !p.nounNext(j+1)) && !p.nounNext(j+1) {
					if !afterOf {
						break
					}
				}
			}
		}
		words++
		head = j
		j++
		e = j
		if en != nil && en.f&wMod != 0 && en.f&(wNoun|wPerson) == 0 && !p.nounNext(j) {
			words--
			e = j - 1
			break
		}
		// the head of an English noun phrase is its last word and modifiers
		// are singular, so a plural ends the phrase: "45,000 people spent"
		if p.pluralHead(head) {
			break
		}
	}
done:
	if words == 0 || e <= s {
		return k, k, -1
	}
	head = e - 1
	for head > s && !p.isWord(head) {
		head--
	}
	return s, e, head
}

// pluralHead reports a plural noun that ends a noun phrase.
func (p *parser) pluralHead(k int) bool {
	w := p.raw(k)
	if p.toks[k].upper {
		return strings.EqualFold(w, "people") || strings.EqualFold(w, "men") || strings.EqualFold(w, "women") || strings.EqualFold(w, "children")
	}
	switch w {
	case "people", "men", "women", "children", "persons":
		return true
	case "news", "sports", "arms", "customs", "rights", "goods", "savings", "sales", "services", "relations", "affairs",
		"operations", "communications", "series", "species", "emergency", "means", "headquarters", "physics", "economics",
		"politics", "electronics", "mathematics", "athletics", "logistics", "statistics", "works", "systems", "humanitarian":
		return false
	}
	if len(w) < 4 || !hasSuffixFold(w, "s") {
		return false
	}
	return !hasSuffixFold(w, "ss") && !hasSuffixFold(w, "us") && !hasSuffixFold(w, "is") && !hasSuffixFold(w, "ous") && !p.toks[k].upper
}

// nounNext reports whether token k could continue a noun phrase.
func (p *parser) nounNext(k int) bool {
	if !p.isWord(k) {
		return false
	}
	en := p.ent(k)
	if en == nil {
		return !isParticiple(p.raw(k)) && !isAdverb(p.raw(k))
	}
	return en.f&(wPerson|wNoun|wUnit) != 0 || en.f&(wPrep|wDet|wConj|wAux|wPron|wRel|wTimeUnit|wVerb|wPred|wTrans|wChange|wNum|wBreak) == 0
}

func isParticiple(w string) bool {
	return len(w) > 4 && (hasSuffixFold(w, "ed") || hasSuffixFold(w, "ing"))
}

func isAdverb(w string) bool {
	return len(w) > 4 && hasSuffixFold(w, "ly") && !hasSuffixFold(w, "ily") || len(w) > 6 && hasSuffixFold(w, "ily")
}

func hasSuffixFold(w, suf string) bool {
	if len(w) < len(suf) {
		return false
	}
	for i := 0; i < len(suf); i++ {
		c := w[len(w)-len(suf)+i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != suf[i] {
			return false
		}
	}
	return true
}

// subject reads what is counted after the number (and its conversion): the
// noun phrase, "of" phrases ("hundreds of Venezuelans", "58% of Estorians",
// "219 of the assembly's 330 seats"), "in" phrases for money ("$2.5 billion in
// emergency aid") and the markers "more", "additional".
func (p *parser) subject(cd *cand, k int) {
	cd.npS, cd.npE = -1, -1
	c := &cd.c
	if p.isQuote(k) && p.glued(k) && p.isWord(k+1) && p.toks[k+1].sent == cd.sent {
		k++ // a quoted number and then its noun: "more than a hundred" fighters
	}
	cd.predFrom = k
	if k >= len(p.toks) || p.toks[k].sent != cd.sent {
		return
	}
	kind := c.kinds()
	if kind&(kMoney|kMeasure) != 0 {
		if (p.key(k) == "a" || p.key(k) == "an" || p.key(k) == "per" || p.key(k) == "each" || p.key(k) == "every") && p.has(k+1, wTimeUnit) {
			k += 2
		} else if p.key(k) == "annually" {
			k++
		}
	}
	switch p.key(k) {
	case "more", "additional", "further", "extra", "new":
		if kind == kCount {
			cd.incr = true
			k++
		}
	case "other", "others":
		if kind == kCount {
			cd.others = true
			if p.key(k) == "others" {
				cd.npS, cd.npE = k, k+1
				k++
			}
		}
	}
	cd.predFrom = k
	// "a 12% raise", "a 6% pay cut": the noun the share or sum modifies
	if kind&(kPercent|kMoney) != 0 && (p.key(cd.bs-1) == "a" || p.key(cd.bs-1) == "an") && p.isWord(k) && p.toks[k].sent == cd.sent {
		e := k
		for e < k+2 && p.isWord(e) && !p.toks[e].upper && (p.ent(e) == nil || p.has(e, wChange|wNoun|wTrigger)) && !p.has(e, wAux|wPrep|wDet|wConj|wPron) {
			e++
		}
		if e > k {
			p.setNP(cd, k, e, e-1)
			return
		}
	}
	switch {
	case p.key(k) == "of":
		j := k + 1
		switch p.key(j) {
		case "them", "whom", "those", "these", "us", "which":
			if kind == kCount {
				cd.ofThem = true
				if q := p.key(j); (q == "whom" || q == "which") && !p.figureEndsAt(cd.bs-1) {
					// "Relatives of the victims, about two dozen of whom were
					// there": the figure counts the noun the clause hangs on
					cd.ofThem = false
					if h := p.antecedent(cd.bs - 1); h >= 0 {
						cd.npS, cd.npE, cd.head = h, h+1, h
						cd.subjS, cd.subjE = int(p.toks[h].s), int(p.toks[h].e)
					}
				}
			}
			j++
			s, e, h := p.nounPhrase(j, false)
			if h >= 0 {
				p.setNP(cd, s, e, h)
			} else {
				cd.predFrom = j
				// "80 of them were children": the noun after the copula
				if q := p.key(j); q == "were" || q == "are" || q == "was" || q == "is" {
					if s, e, h := p.nounPhrase(j+1, false); h >= 0 && e == h+1 && (p.isPeople(h) || p.pluralHead(h)) && (!p.sameSent(e, cd.sent) || p.clauseEnd(e)) {
						cd.subjS, cd.subjE, cd.head = int(p.toks[s].s), int(p.toks[e-1].e), h
					}
				}
			}
			return
		}
		j0 := j
		j = p.skipDet(j)
		if j < len(p.toks) && p.toks[j].sent == cd.sent && p.numberStart(j) {
			cd.linkTok = j
			cd.predFrom = -1
			return
		}
		if kind&kMeasure != 0 || kind&kMoney != 0 || c.vague || c.frac || kind&kPercent != 0 || !c.word || c.small {
			s, e, h := p.nounPhrase(j, true)
			if h >= 0 {
				p.setNP(cd, s, e, h)
				// "Fourteen of the dead": a part of a total the text gave
				if kind == kCount && !c.frac && j == j0+1 && p.key(j0) == "the" && e == h+1 {
					cd.ofHead = h
				}
				if en := p.ent(h); en != nil && en.f&wCurrency != 0 && c.cur == "" && c.unit == "" {
					c.cur = en.unit
				}
			}
		}
		return
	case kind == kMoney && (p.key(k) == "in" || p.key(k) == "for" && false):
		j := p.skipDet(k + 1)
		s, e, h := p.nounPhrase(j, true)
		if h >= 0 {
			p.setNP(cd, s, e, h)
		}
		return
	case kind&kMeasure != 0:
		return
	}
	s, e, h := p.nounPhrase(k, false)
	if (h < 0 || e == k+1) && kind == kCount && p.agentPassive(k) {
		// "starting with 120 held by each side": the number stands for the
		// plural noun just before it
		if a := p.nounBefore(cd.bs-1, cd.sent); a >= 0 {
			cd.subjS, cd.subjE, cd.head = int(p.toks[a].s), int(p.toks[a].e), a
			cd.predE = k + 1
			if en := p.ent(a); en != nil && en.f&wNoun != 0 && en.metric != "" {
				p.setMetric(cd, en.metric, msNoun)
			}
			return
		}
	}
	if h < 0 && kind == kCount && p.key(k) == "from" && p.isWord(k+1) && p.toks[k+1].upper && p.sameSent(k+1, cd.sent) {
		// "seven from Kessia": where they come from is all the text says of them
		e := k + 2
		for e < k+4 && p.isWord(e) && p.toks[e].upper && p.sameSent(e, cd.sent) {
			e++
		}
		cd.predE = e
	}
	if h < 0 {
		if kind == kCount && !c.vague && p.has(k, wAux) && !p.has(k, wAdv) {
			cd.bare = true
		}
		if kind == kCount && c.vague && p.has(k, wAux|wPred) {
			cd.unit = "people" // "Thousands more are expected"
		}
		return
	}
	p.setNP(cd, s, e, h)
	// "48 people from the security forces": what is counted is the group
	switch p.key(h) {
	case "people", "persons", "members", "personnel":
		if q := p.key(e); q == "from" || q == "of" {
			j := p.skipDet(e + 1)
			s2, e2, h2 := p.nounPhrase(j, true)
			if h2 >= 0 && p.isGroup(h2) {
				cd.npE = e2
				cd.predFrom = e2
				cd.subjS, cd.subjE = int(p.toks[s2].s), int(p.toks[e2-1].e)
				cd.head = h
			}
		}
	}
}

// agentPassive reports a participle with its agent at k: "held by", "killed
// by", "detained by".
func (p *parser) agentPassive(k int) bool {
	if !p.isWord(k) || p.toks[k].upper || p.key(k+1) != "by" {
		return false
	}
	w := p.raw(k)
	return isParticiple(w) || irregularParticiples[strings.ToLower(w)]
}

// irregularParticiples are past participles without "-ed".
var irregularParticiples = map[string]bool{"held": true, "kept": true, "taken": true, "seized": true, "hurt": true,
	"shot": true, "hit": true, "caught": true, "found": true, "struck": true, "sent": true, "brought": true,
	"stolen": true, "driven": true, "flown": true, "built": true, "sold": true, "bought": true, "left": true}

// nounBefore is the plural noun that ends the phrase before k in sentence s,
// looking back over a comma and a linking phrase ("starting with",
// "including", "among them"), or -1.
func (p *parser) nounBefore(k int, s int32) int {
	for j, n := k, 0; j >= 0 && n < 5 && p.toks[j].sent == s; j, n = j-1, n+1 {
		if p.toks[j].kind == tNum {
			return -1
		}
		if p.isWord(j) && (p.pluralHead(j) || p.isPeople(j)) && !p.has(j, wAbstract) {
			return j
		}
	}
	return -1
}

// figureEndsAt reports whether a figure read so far ends at token k-1, right
// before the comma at k: "41 dead, 12 of whom".
func (p *parser) figureEndsAt(k int) bool {
	if !p.isPunct(k, ',') {
		return false
	}
	for i := len(p.cands) - 1; i >= 0 && i >= len(p.cands)-3; i-- {
		c := &p.cands[i]
		if c.te == k || c.npE == k || c.c.e == k {
			return true
		}
	}
	return false
}

// antecedent is the first noun of the phrase before the comma at k:
// "Relatives of the victims, about two dozen of whom".
func (p *parser) antecedent(k int) int {
	if !p.isPunct(k, ',') {
		return -1
	}
	s := p.toks[k].sent
	j := k - 1
	for j > 0 && p.toks[j-1].sent == s && !(p.toks[j-1].kind == tPunct && !p.possessive(j-1)) {
		j--
	}
	for ; j < k; j++ {
		if !p.isWord(j) || p.has(j, wDet) {
			continue
		}
		if en := p.ent(j); en == nil || en.f&(wPerson|wNoun) != 0 {
			return j
		}
		return -1
	}
	return -1
}

// isGroup reports a noun for a body of people: "security forces", "militias".
func (p *parser) isGroup(h int) bool {
	if p.has(h, wPerson) {
		return true
	}
	switch p.lowerRaw(h) {
	case "forces", "services", "agencies", "groups", "units", "communities", "families", "organizations", "organisations",
		"ministries", "departments", "tribes", "clans", "militias", "parties", "factions", "brigades", "battalions", "regiments":
		return true
	}
	return false
}

// setNP records the noun phrase [s,e) with head h as what is counted.
func (p *parser) setNP(cd *cand, s, e, h int) {
	cd.npS, cd.npE, cd.head = s, e, h
	cd.predFrom = e
	// the subject leaves out leading modifiers: "largest", "more", "other"
	ss := s
	for ss < h && p.has(ss, wMod) {
		ss++
	}
	cd.subjS, cd.subjE = int(p.toks[ss].s), int(p.toks[e-1].e)
	// "20 injured people": the participle names the measure of people
	if en := p.ent(s); s < h && en != nil && en.f&(wPred|wTrans) != 0 && en.metric != "" && peopleMetrics[en.metric] && p.isPeople(h) {
		cd.metric, cd.mSrc = en.metric, msPred
	}
	if en := p.ent(h); en != nil && en.f&wNoun != 0 {
		cd.metric, cd.mSrc = en.metric, msNoun
		switch en.key {
		case "dead", "injured", "wounded", "missing", "displaced", "detained", "arrested":
			if s == h {
				cd.subjS = -1 // "41 dead": the measure, no noun
			}
		}
	}
}

// predicate reads the verb after the counted noun: "were killed", "had died",
// "are still missing", "remained without power", "who drowned".
func (p *parser) predicate(cd *cand) {
	j := cd.predFrom
	if j < 0 {
		return
	}
	steps, pp, coord := 0, 0, 0
	for j < len(p.toks) && p.toks[j].sent == cd.sent && steps < 10 {
		t := &p.toks[j]
		steps++
		if t.kind == tPunct {
			if t.r == '(' {
				if cl := p.closeParen(j); cl > 0 {
					j = cl + 1
					continue
				}
			}
			return
		}
		if t.kind == tNum {
			return
		}
		en := t.ent
		if en == nil {
			w := p.raw(j)
			if strings.EqualFold(w, "found") && p.key(j+1) == "dead" {
				// "three people were found dead": the dead, whoever killed them
				p.setMetric(cd, MetricKilled, msPred)
				cd.predE = j + 2
				return
			}
			if twice := p.isWord(j+1) && strings.EqualFold(p.raw(j+1), "twice"); twice && (strings.EqualFold(w, "counted") || strings.EqualFold(w, "listed") || strings.EqualFold(w, "recorded")) || strings.EqualFold(w, "double-counted") {
				// "one woman had been counted twice": a correction to a
				// tally, a figure even when it is "one"
				p.setMetric(cd, MetricDoubleCounted, msPred)
				cd.predE = j + 1
				if twice {
					cd.predE++
				}
				return
			}
			if isAdverb(w) {
				j++
				continue
			}
			if coord == 0 && (p.key(j+1) == "and" || p.key(j+1) == "or") && !isParticiple(w) {
				coord++
				j += 2
				continue
			}
			if isParticiple(w) && !t.upper {
				cd.predE = j + 1
			}
			return
		}
		switch en.key {
		case "without", "lost":
			if q := p.key(j + 1); q == "power" || q == "electricity" {
				p.setMetric(cd, "without_power", msPred)
				cd.predE = j + 2
				return
			}
			if en.key == "lost" && p.key(j+1) == "their" && p.key(j+2) == "lives" {
				p.setMetric(cd, "killed", msPred)
				cd.predE = j + 3
				return
			}
		case "unaccounted":
			p.setMetric(cd, "missing", msPred)
			cd.predE = j + 1
			if p.key(j+1) == "for" {
				cd.predE = j + 2
			}
			return
		case "among":
			m := j + 1
			for m < j+4 && (p.has(m, wDet) || p.key(m) == "those" || p.key(m) == "confirmed" || p.key(m) == "reported") {
				m++
			}
			if e2 := p.ent(m); e2 != nil && e2.f&(wNoun|wPred) != 0 && e2.metric != "" {
				cd.among = e2.metric
				p.setMetric(cd, e2.metric, msPred)
				cd.predE = m + 1
			}
			return
		case "shot":
			if p.key(j+1) == "down" {
				p.setMetric(cd, "intercepted", msPred)
				cd.predE = j + 2
			} else if p.key(j+1) == "dead" {
				p.setMetric(cd, "killed", msPred)
				cd.predE = j + 2
			}
			return
		case "left", "rendered":
			j++
			continue
		case "in":
			// "four of them in serious condition": a state of the people
			// counted, which is what the figure measures
			if e := p.conditionEnd(j + 1); e > 0 {
				cd.predE = e
				return
			}
		case "checked":
			if p.key(j+1) == "into" || p.key(j+1) == "in" {
				p.setMetric(cd, "sheltered", msPred)
				cd.predE = j + 2
				return
			}
		}
		if en.f&wPred != 0 && (en.f&wAux == 0) {
			p.setMetric(cd, en.metric, msPred)
			cd.predE = j + 1
			return
		}
		if en.f&(wAux|wAdv|wRel) != 0 {
			j++
			continue
		}
		if en.f&wPrep != 0 && pp == 0 && steps == 1 && en.key != "of" && en.key != "than" {
			// a place or time after the noun: "in Saltmere", "in the building"
			pp++
			m := j + 1
			for m < j+5 && p.isWord(m) && p.toks[m].sent == cd.sent {
				e2 := p.ent(m)
				if e2 != nil && e2.f&(wNum|wScale|wVague) != 0 {
					return
				}
				if e2 != nil && e2.f&(wAux|wPred|wRel|wConj|wPrep|wVerb) != 0 {
					break
				}
				m++
			}
			// only a verb right after the phrase belongs to the counted noun
			if e2 := p.ent(m); e2 == nil || e2.f&(wAux|wRel) == 0 {
				return
			}
			j = m
			continue
		}
		if en.f&wVerb != 0 || en.f&wTrans != 0 {
			cd.predE = j + 1
		}
		return
	}
}

// conditionEnd returns the end of a medical state starting at k ("serious
// condition", "intensive care", "critical but stable condition"), or -1.
func (p *parser) conditionEnd(k int) int {
	for m := k; m < k+4 && p.isWord(m); m++ {
		switch w := p.raw(m); {
		case strings.EqualFold(w, "condition"), strings.EqualFold(w, "conditions"), strings.EqualFold(w, "care"), strings.EqualFold(w, "icu"):
			if m == k {
				return -1
			}
			return m + 1
		}
	}
	return -1
}

// clauseEnd reports punctuation or a conjunction at k that ends a clause.
func (p *parser) clauseEnd(k int) bool {
	if k >= len(p.toks) {
		return true
	}
	if p.toks[k].kind == tPunct {
		return true
	}
	q := p.key(k)
	return q == "and" || q == "but" || q == "while"
}

// isQuote reports a quotation mark at k.
func (p *parser) isQuote(k int) bool {
	if k < 0 || k >= len(p.toks) || p.toks[k].kind != tPunct {
		return false
	}
	switch p.toks[k].r {
	case '"', '“', '”':
		return true
	}
	return false
}

func (p *parser) closeParen(k int) int {
	for j := k + 1; j < len(p.toks) && j < k+16; j++ {
		if p.isPunct(j, ')') {
			return j
		}
	}
	return -1
}

func (p *parser) setMetric(cd *cand, m string, src int) {
	if src > cd.mSrc || cd.metric == "" {
		cd.metric, cd.mSrc = m, src
	}
}

// transVerb reads a verb whose object is the figure: "killed at least 12".
func (p *parser) transVerb(cd *cand) {
	k := cd.ts - 1
	if p.isQuote(k) {
		k-- // killed "more than a hundred" fighters
	}
	if q := p.key(k); q == "all" || q == "the" {
		k-- // "killing all 176 people"
	}
	if cd.c.kinds() == kMoney {
		// "fined the firm $250,000": a person or body between verb and sum
		for m, n := k, 0; n < 3 && m > 0; m, n = m-1, n+1 {
			if e := p.ent(m); e != nil && e.f&wTrans != 0 {
				k = m
				break
			} else if !p.isWord(m) || e != nil && e.f&(wDet|wPron|wPerson) == 0 {
				break
			}
		}
	}
	if en := p.ent(k); en != nil && en.f&wTrans != 0 && p.toks[k].sent == cd.sent && (en.kinds == 0 && cd.c.kinds() == kCount || en.kinds&cd.c.kinds() != 0) {
		p.setMetric(cd, en.metric, msTrans)
		cd.transTok = k
	}
}

// trigger reads a noun before the number that names its measure: "the death
// toll rose to 31", "winds of 130 mph", "fines of up to 50,000 krons".
func (p *parser) trigger(cd *cand) {
	if cd.metric != "" {
		return
	}
	kinds := cd.c.kinds()
	if cd.c.frac {
		return
	}
	start := cd.ts
	if cd.transTok >= 0 {
		start = cd.transTok
	}
	for j, n := start-1, 0; j >= 0 && n < 9 && p.toks[j].sent == cd.sent; j-- {
		t := &p.toks[j]
		if t.kind == tNum {
			return
		}
		if t.kind == tPunct {
			if p.possessive(j) || p.isDash(j) && p.glued(j) {
				continue
			}
			return
		}
		if t.kind == tWord && (p.raw(j) == "s" || p.raw(j) == "S") && p.possessive(j-1) {
			continue
		}
		n++
		en := t.ent
		if en == nil {
			continue
		}
		if en.f&wConj != 0 && (en.key == "and" || en.key == "but" || en.key == "or" || en.key == "while") {
			return
		}
		if p.key(j+1) == "of" && j+2 == cd.ts && kinds == kCount && (strings.EqualFold(p.raw(j), "remains") || strings.EqualFold(p.raw(j), "bodies")) {
			// "the remains of two people": the dead, counted by what was found
			cd.metric, cd.mSrc = MetricKilled, msTrigger
			cd.trigS = j
			if p.key(j-1) == "the" {
				cd.trigS = j - 1
			}
			return
		}
		if en.f&(wNum|wVague) != 0 {
			return
		}
		if (en.key == "total" || en.key == "tally" || en.key == "number" || en.key == "count" || en.key == "figure") && kinds == kCount {
			if pe := p.ent(j - 1); pe != nil && pe.f&wTrigger != 0 && pe.kinds&kinds != 0 {
				// "the vote count", "the casualty tally"
				cd.metric, cd.mSrc = pe.metric, msTrigger
				cd.trigS = p.extendLeft(j - 1)
				return
			}
			cd.trigS = p.extendLeft(j)
			if p.key(j+1) == "of" && cd.subjS < 0 {
				// "revised its count of canceled flights to 2,100": the noun
				// after "of" is what is counted
				if s, e, h := p.nounPhrase(p.skipDet(j+2), true); h >= 0 && p.sameSent(h, cd.sent) && h < cd.ts {
					cd.subjS, cd.subjE, cd.head = int(p.toks[s].s), int(p.toks[e-1].e), h
					if en := p.ent(h); en != nil && en.f&wNoun != 0 && en.metric != "" {
						cd.metric, cd.mSrc = en.metric, msTrigger
					}
					return
				}
			}
			cd.totalOf = true // "bringing the total to 20,000": of what the text counted
			return
		}
		if en.f&wTrigger != 0 && en.kinds&kinds != 0 {
			if (en.metric == MetricLimit || en.metric == MetricCapacity) && (p.key(j+1) != "of" || j+2 != cd.ts) {
				// "limit" and "capacity" are also verbs and loose nouns
				// ("limit presidents to two"): only "a limit of 0.5" names
				// the measure
				return
			}
			cd.metric, cd.mSrc = en.metric, msTrigger
			cd.trigS = p.extendLeft(j)
			return
		}
	}
}

// extendLeft takes the modifiers of a trigger noun into the text: "the
// storm's confirmed death toll".
func (p *parser) extendLeft(j int) int {
	s := j
	for n := 0; n < 2 && s > 0; n++ {
		k := s - 1
		if p.toks[k].sent != p.toks[j].sent {
			break
		}
		if p.isWord(k) && (p.raw(k) == "s" || p.raw(k) == "S") && p.possessive(k-1) {
			s = k - 1
			n--
			continue
		}
		if p.possessive(k) {
			s = k
			n--
			continue
		}
		if !p.isWord(k) {
			break
		}
		en := p.ent(k)
		if en != nil && en.f&wDet != 0 {
			return k
		}
		if en != nil && en.f&(wPrep|wConj|wAux|wVerb|wPred|wTrans|wChange|wPron|wRel) != 0 {
			break
		}
		if en == nil && isAdverb(p.raw(k)) {
			break
		}
		s = k
	}
	return s
}

// finishUnit names the unit: the currency, the unit of measure, "people" for
// people, or the counted noun.
func (p *parser) finishUnit(cd *cand) {
	c := &cd.c
	switch {
	case cd.unit != "" && c.cur == "" && c.unit == "":
	case c.cur != "":
		cd.unit = c.cur
	case c.unit != "":
		cd.unit = c.unit
	case cd.head >= 0 && p.isPeople(cd.head):
		cd.unit = "people"
	case cd.head >= 0 && cd.subjS >= 0:
		cd.unit = p.lowerRaw(cd.head)
		if sub := p.text[cd.subjS:cd.subjE]; strings.ContainsAny(sub, "-–") {
			// "30 break-ins": the unit is the whole compound
			if k := strings.LastIndexAny(sub, " \t\n"); k >= 0 {
				sub = sub[k+1:]
			}
			cd.unit = strings.ToLower(sub)
		}
	case peopleMetrics[cd.metric]:
		cd.unit = "people"
	}
	if cd.unit == "magnitude" && cd.metric == "" {
		cd.metric, cd.mSrc = "magnitude", msNoun
	}
}

// isPeople reports a noun for people, a demonym ("Venezuelans", "Israelis") or
// a word ending like one.
func (p *parser) isPeople(h int) bool {
	if en := p.ent(h); en != nil {
		if en.f&wPerson != 0 || peopleMetrics[en.metric] && en.f&wNoun != 0 && en.key != "cases" {
			return true
		}
		return false
	}
	w := p.raw(h)
	if p.toks[h].upper {
		return hasSuffixFold(w, "ans") || hasSuffixFold(w, "ese") || hasSuffixFold(w, "is") || hasSuffixFold(w, "ons") || hasSuffixFold(w, "ers")
	}
	// agent nouns: "dockers", "hikers", "looters", "lobbyists"
	if len(w) > 5 && (hasSuffixFold(w, "ers") || hasSuffixFold(w, "ists")) {
		return !notPeople[p.lowerRaw(h)] && !hasSuffixFold(w, "papers") && !hasSuffixFold(w, "meters") && !hasSuffixFold(w, "metres")
	}
	return false
}

// notPeople are plurals in -ers that name things.
var notPeople = map[string]bool{"numbers": true, "letters": true, "containers": true, "computers": true, "towers": true,
	"centers": true, "waters": true, "shelters": true, "quarters": true, "headquarters": true, "matters": true,
	"chambers": true, "borders": true, "orders": true, "powers": true, "rivers": true, "corners": true, "barriers": true,
	"markers": true, "layers": true, "fibers": true, "trailers": true, "tankers": true, "boulders": true, "cylinders": true,
	"monsters": true, "liters": true, "litres": true, "transfers": true, "helicopters": true, "bombers": true, "fighters": false,
	"carriers": true, "destroyers": true, "launchers": true, "chargers": true, "printers": true, "speakers": false,
	"offers": true, "papers": true, "filters": true, "posters": true, "banners": true, "stickers": true, "flyers": true,
	"lockers": true, "dumpsters": true, "heaters": true, "generators": true, "reactors": true, "sectors": true,
	"disasters": true, "thunderstorms": true, "fevers": true, "cancers": true, "blisters": true, "voucher": true, "vouchers": true,
	"dollars": true, "meters": true, "kilometers": true, "kilometres": true, "centimeters": true, "millimeters": true,
	"spiders": true, "tigers": true, "deer": true, "waivers": true, "members": false, "registers": true, "ledgers": true,
	"mergers": true, "burgers": true, "dinners": true, "quarrels": true, "hangers": true, "hammers": true, "ladders": true,
	"numbers'": true, "blockbusters": true, "trackers": true, "ballots": true, "transformers": true, "servers": true,
	"routers": true, "scanners": true, "thrusters": true, "boosters": true, "canisters": true, "clusters": true}

// textSpan chooses the figure's own phrase: from its bound (or the verb or
// trigger that names its measure) to its noun and predicate, 12 words at most.
func (p *parser) textSpan(cd *cand, numEnd int) {
	s := cd.ts
	if cd.transTok >= 0 && cd.transTok < s {
		s = cd.transTok
	}
	if p.has(s-1, wChange) && p.toks[s-1].sent == cd.sent && cd.trigS < 0 {
		s-- // "fell 18%"
	}
	if cd.fromTok >= 0 && cd.fromTok == s-1 {
		s-- // "from nine", "up from 987"
		if q := p.key(s - 1); q == "up" || q == "down" {
			s--
		}
	}
	base := s
	if cd.trigS >= 0 && cd.trigS < s {
		s = cd.trigS
	}
	e := max(numEnd, cd.c.e)
	minE := e
	if cd.npE > e {
		e = cd.npE
	}
	npE := e
	if cd.predE > e {
		e = cd.predE
	}
	for p.words(s, e) > 12 {
		switch {
		case s < base:
			s = base
		case e > npE:
			e = npE
		case e > minE:
			e = minE
		default:
			cd.ts, cd.te = s, e
			return
		}
	}
	cd.ts, cd.te = s, e
}

func (p *parser) words(s, e int) int {
	if e <= s {
		return 0
	}
	return wordCount(p.text[p.toks[s].s:p.toks[e-1].e])
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

var _ = strings.ToLower
