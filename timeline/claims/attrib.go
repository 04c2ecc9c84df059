package claims

import (
	"strings"

	"factline/timeline"
	"factline/timeline/textutil"
)

// claim is a claim while the event is read.
type claim struct {
	sp    spk
	via   string
	verb  string
	lemma string
	// content is the token range of what is claimed; content2 a second part
	// (the rest of a quotation split around its tag), or [0,0).
	cs, ce   int
	cs2, ce2 int
	direct   bool
	quote    int // the quotation that is the content, or -1
	quote2   int
	// attribution: the tokens of subject, verb and adverbials.
	as, ae   int
	unit     int
	verbTok  int
	time     timeline.When
	evidence timeline.Evidence
	evText   string
	// parent is the claim whose subject (and time) a coordinated claim
	// shares.
	parent *claim
	// tailTime is the first token of a time expression that ends a noun
	// phrase content and belongs to the verb, or 0.
	tailTime int
}

func (c *claim) contains(i int) bool {
	return i >= c.cs && i < c.ce || i >= c.cs2 && i < c.ce2
}

// consumed reports whether token i is inside the content of a claim already
// found in unit u.
func (e *evx) consumed(i, u int) bool {
	for k := len(e.claims) - 1; k >= 0; k-- {
		c := e.claims[k]
		if c.unit != u {
			break
		}
		if c.contains(i) {
			return true
		}
	}
	return false
}

// findClaims finds the attributions of unit u.
func (e *evx) findClaims(u int) {
	un := &e.units[u]
	nominal := false
	for i := un.start; i < un.last; i++ {
		if e.lex[i]&(lxVerb|lxAccording|lxNominal) == 0 || e.inQuote(i) {
			continue
		}
		if e.lex[i]&lxNominal != 0 {
			nominal = true
		}
		lw := e.lw(i)
		if lw == "according" && e.isWord(i+1) && e.lw(i+1) == "to" && !e.consumed(i, u) {
			e.according(u, i)
			continue
		}
		f, ok := verbForms[lw]
		if !ok || e.consumed(i, u) && e.coord[i] == nil {
			continue
		}
		e.tryVerb(u, i, f)
	}
	// nominal claims: "allegations that ..., despite little evidence presented
	// by X"
	if nominal {
		e.nominalClaims(u)
	}
}

// skipBack moves left from p over adverbs and auxiliaries between a subject
// and its verb.
func (e *evx) skipBack(p, limit int) int {
	for p >= limit && e.isWord(p) && !e.inQuote(p) && preVerbSkip[e.lw(p)] {
		p--
	}
	// "Ruiz on Monday said", "the ministry late Sunday said"
	if p >= limit && e.isWord(p) && !e.inQuote(p) {
		if s, ok := e.timeEndingAt(p); ok {
			q := s - 1
			if q >= limit && e.isWord(q) && (e.lw(q) == "on" || e.lw(q) == "late" || e.lw(q) == "early") {
				q--
			}
			if q >= limit && e.isWord(q) && !functionWords[e.lw(q)] {
				p = q
			}
			// "a poll by the institute published Tuesday found"
			if p == q && reducedRelative[e.lw(p)] && p-1 >= limit && e.isWord(p-1) && !e.inQuote(p-1) {
				p--
			}
		}
	}
	return p
}

// tryVerb builds the claims of the speech verb at v, if it is one.
func (e *evx) tryVerb(u, v int, f form) {
	un := &e.units[u]
	vb := verbLemmas[f.lemma]
	if e.isCap(v) && v != un.start {
		return
	}
	if vb.fr&fNameQ != 0 && e.namedInQuote(u, v, vb) < 0 {
		return // "called a meeting", "urged restraint": no subject to look for
	}
	p := e.skipBack(v-1, un.start)
	if p >= un.start && e.isWord(p) && !e.inQuote(p) {
		lp := e.lw(p)
		if blockers[lp] || beVerbs[lp] || lp == "n't" || strings.HasSuffix(lp, "n't") || strings.HasSuffix(lp, "n’t") {
			return
		}
		if determiners[lp] && !quantifiers[lp] || lp == "that" && !f.base {
			return
		}
	}
	if p >= un.start && e.isPoss(p) {
		return
	}
	if vb.fr&fEstimate != 0 {
		e.estimate(u, v, p)
		return
	}
	if c := e.coord[v]; c != nil {
		// "... and warned that ...": the subject of the claim before
		e.forwardChild(u, v, f, vb, c)
		return
	}
	if f.participle && e.isWord(p) && e.lw(p) == "as" {
		e.quotedAs(u, v, f, vb, p)
		return
	}
	if f.participle {
		// ", saying ...", "and warning ...", "opened the summit by warning that"
		if !e.isComma(p) && !(e.isWord(p) && e.lw(p) == "and" && e.isComma(p-1)) &&
			!(e.isWord(p) && e.lw(p) == "by" && strings.HasSuffix(e.lw(v), "ing")) {
			return
		}
		sp, as := e.mainSpeaker(u, v)
		if !sp.ok() {
			return
		}
		e.forward(u, v, f, vb, sp, as, "")
		return
	}
	if vb.fr&(fEnd|fClause|fNP|fThat|fOf|fNameQ) == 0 {
		return
	}
	if p < un.start {
		return
	}
	if e.isWord(p) && (e.lw(p) == "and" || e.lw(p) == "but") {
		sp, as := e.mainSpeaker(u, v)
		if sp.ok() {
			e.forward(u, v, f, vb, sp, as, "")
		}
		return
	}
	if e.isWord(p) && (e.lw(p) == "who" || e.lw(p) == "which") && p-1 > un.start && e.isComma(p-1) && !f.base {
		e.relativeClaim(u, v, f, vb, p)
		return
	}
	subjEnd := p + 1
	anonParen := false
	relayS, relayE := -1, -1 // "state television, quoting the head of ..., reported"
	asideS, asideE := -1, -1 // "Hydra Vellen, the state-owned company that ..., said"
	if e.isPunct(p, ")") && p-2 >= un.start && e.isPunct(p-2, "(") && e.isWord(p-1) && e.toks[p-1].Flags&textutil.FlagAllCaps != 0 {
		// "the National Cyber Security Centre (NCSC) said": the acronym
		// restates the name before it
		p -= 3
		subjEnd = p + 1
		if p < un.start || !e.isWord(p) {
			return
		}
	}
	acr := ""
	if a, c1 := e.acronymAside(p, un.start); c1 > un.start {
		// "The Federal Rail Board, or FRB, said", "The Civil Defence
		// Authority, known as CDA, said": the acronym restates the name
		acr = a
		p = c1 - 1
		subjEnd = c1
	}
	switch {
	case e.isComma(p):
		// "X, which operates the mine, said"; "Iran's foreign minister, Abbas
		// Karsk, said"; else `CLAUSE, said X`
		c1 := e.prevComma(p-1, un.start)
		if c1 < 0 || !e.parenthetical(c1+1, p) {
			if vb.fr&fEnd != 0 && !f.base {
				e.inverted(u, v, f, vb, p)
			}
			return
		}
		subjEnd = c1
		asideS, asideE = c1+1, p
		anonParen = e.hasAnonymity(c1+1, p)
		if e.isWord(c1+1) && (e.lw(c1+1) == "citing" || e.lw(c1+1) == "quoting") && c1+2 < p {
			relayS, relayE = c1+2, p
			anonParen = false
		}
		ns := c1 + 1
		for ns < p && e.isWord(ns) && !e.isCap(ns) && (descriptorWords[e.lw(ns)] || hasDescriptorSuffix(e.lw(ns))) {
			ns++ // "former", "U.S.-born"
		}
		if e.isWord(ns) && e.isCap(ns) && e.chunkEnd(ns, p) == p && !e.isRelWord(ns) {
			// a name in apposition is the speaker; the phrase before it its role
			s0 := e.npLeft(c1, un.start)
			if s0 < c1 {
				if h := e.lw(c1 - 1); !e.isCap(c1-1) && definiteHeads[h] && !roleNouns[h] && !spokesRoles[h] {
					// "The bank, Nordkreditt, said", "The grid operator,
					// Kestrel Grid, said": the name is the body's
					if ent := e.appositiveBody(ns, p, u, h); ent != nil {
						e.finishSubject(u, v, f, vb, spk{ent: ent, text: e.wordsText(s0, p)}, s0)
						return
					}
				}
				ent := e.nameEntity(ns, p, u, true)
				if ent != nil && !ent.isPerson() && !ent.country && e.plausibleHead(e.lw(c1-1)) &&
					(!roleNouns[e.lw(c1-1)] || e.kindOfWords(ns, p) != "") {
					// "Tolmark's state broadcaster, TVT, reported"; "The plant's
					// owner, Corran Chemicals,": a role a body's name says it fills
					if k := kindWords[e.lw(c1-1)]; k == timeline.SpeakerMedia && ent.kind == timeline.SpeakerOrganization ||
						k == timeline.SpeakerGovernment && ent.kind == timeline.SpeakerOrganization && e.kindOfWords(ns, p) == "" {
						// "The city transport authority, TTA, said": the
						// description tells what the bare name does not
						ent.kind = k
					}
					e.finishSubject(u, v, f, vb, spk{ent: ent, text: e.wordsText(s0, p)}, s0)
					return
				}
				if ent != nil && ent.isPerson() {
					role, affil := e.roleOf(s0, c1)
					if ent.role == "" && roleNouns[lastWord(role)] {
						ent.role, ent.affil = role, affil
						ent.listed = true
					}
					e.linkSpokes(ent, s0, c1, u)
					sp := spk{ent: ent, text: e.wordsText(s0, p)}
					// "Soske and her running mate, Ilja Voss, said"
					sp, s0 = e.jointWith(sp, s0, p, u)
					e.finishSubject(u, v, f, vb, sp, s0)
					return
				}
			}
		}
	case e.isCloseQuote(p):
		if vb.fr&fEnd != 0 && !f.base {
			e.inverted(u, v, f, vb, p)
		}
		return
	}
	s := e.npLeft(subjEnd, un.start)
	if s >= subjEnd {
		return
	}
	if f.base && !e.pluralHead(subjEnd-1) && !e.pluralHead(e.headBeforePrep(s, subjEnd)) {
		return // "state" in "Iranian state television" is no verb
	}
	if s > un.start && e.isWord(s-1) && (e.lw(s-1) == "nor" || e.lw(s-1) == "neither") {
		return // "Neither the police nor the ministry confirmed the number"
	}
	sp := e.resolveSpeaker(s, subjEnd, u)
	if h := e.headBeforePrep(s, subjEnd); sp.ok() && sp.ent.group && sp.ent.kind == timeline.SpeakerUnknown && h >= s && h+2 < subjEnd &&
		e.lw(h+1) == "in" && e.isCap(h+2) && strings.EqualFold(sp.ent.name, e.wordsText(s, h+1)) {
		// "Officials in Maronne say": the place tells which officials
		name := lowerFirst(e.wordsText(s, subjEnd), e.isSentenceInitial(s, u))
		sp.ent = e.group(name, sp.ent.kind, s)
	}
	if ps, pe := e.participleGroup(s, subjEnd, un.start); ps >= 0 {
		// "Refugees arriving from Tarsk said": the people speak, not the place
		if g := e.resolveSpeaker(ps, pe, u); g.ok() && g.ent.group {
			g.text = e.wordsText(ps, subjEnd)
			sp, s = g, ps
		}
	}
	if sp.ok() && s > un.start && !e.isComma(s-1) {
		// "two officials who spoke on condition of anonymity because they
		// were not authorized to brief reporters said": the noun phrase
		// before the verb ends the relative clause
		if rs, re, anon := e.relSubject(s, u); rs >= 0 && anon {
			sp = e.anonymous(rs, re, u)
			s = rs
		}
	}
	if !sp.ok() {
		// "two officials who spoke on condition of anonymity said"
		if rs, re, anon := e.relSubject(s, u); rs >= 0 {
			sp = e.resolveSpeaker(rs, re, u)
			if sp.ok() && anon {
				ne := re
				if e.isWord(re) && e.lw(re) != "who" && e.lw(re) != "that" && !e.isComma(re) {
					ne = subjEnd // "a person familiar with the talks"
				}
				sp = e.anonymous(rs, ne, u)
			}
			s = rs
		}
	}
	if !sp.ok() {
		return
	}
	if asideS >= 0 && sp.ent.isPerson() && sp.ent.role == "" && !sp.ent.speaker {
		e.bodyFromAside(sp.ent, s, subjEnd, asideS, asideE)
	}
	if anonParen {
		sp = e.anonymous(s, subjEnd, u)
	} else {
		sp, s = e.jointWith(sp, s, subjEnd, u)
	}
	if acr != "" && !sp.ent.isPerson() {
		sp.ent.addAlias(acr)
		// the acronym may have been read as a name of its own already
		e.d.reg.byName[nameKey(acr)] = sp.ent
	}

	if relayS >= 0 {
		src := e.resolveSpeaker(relayS, relayE, u)
		if !src.ok() || e.isWord(relayE-1) && !e.isCap(relayE-1) && !e.plausibleHead(e.lw(relayE-1)) {
			src, _ = e.citedSource(relayS, e.npRight(relayS, relayE), relayE+1, u)
		}
		if src.ok() {
			if k := e.afterVerb(u, v, vb); k >= 0 {
				e.forwardFrom(u, v, f, vb, src, s, sp.ent.name, k, false)
			} else {
				e.backward(u, v, f, vb, src, s, sp.ent.name, v+1)
			}
			return
		}
	}
	if vb.fr&fDoc != 0 && !e.followsThat(v+1, un) {
		if !e.docSubject(e.clauseStart(s, u), subjEnd) {
			return
		}
		if !e.clauseAhead(v+1, un.last) && !e.figureAhead(v+1, un.last) {
			return // "the report found its way to ..."
		}
		vb.fr |= fClause // "a poll ... showed 54% of voters ..."
	}
	e.finishSubject(u, v, f, vb, sp, s)
}

// participleGroup finds a plural common noun described by a participle
// phrase that ends at the subject s ("families arriving from", "refugees
// fleeing") and returns the noun phrase before the participle.
func (e *evx) participleGroup(s, end, limit int) (int, int) {
	k := s - 1
	if k > limit && e.isWord(k) && (e.lw(k) == "from" || e.lw(k) == "in" || e.lw(k) == "to") {
		k--
	} else {
		// the participle inside the noun phrase: "refugees fleeing Ostrel"
		for k = s + 1; k < s+4 && k < end && e.isWord(k) && !strings.HasSuffix(e.lw(k), "ing"); k++ {
		}
	}
	if k <= limit || !e.isWord(k) || e.isCap(k) || !strings.HasSuffix(e.lw(k), "ing") || len(e.lw(k)) < 6 || e.inQuote(k) {
		return -1, -1
	}
	if !e.pluralHead(k-1) || e.isCap(k-1) && k-1 != limit {
		return -1, -1
	}
	ps := e.npLeft(k, limit)
	if ps >= k {
		return -1, -1
	}
	return ps, k
}

// documentOnly reports a cited source that is a document with no agent
// ("maintenance records it obtained", "court documents"), as opposed to
// "records from the ministry".
func (e *evx) documentOnly(s, limit int) bool {
	doc := false
	for k := s; k < limit && k < s+5 && e.isWord(k) && !e.inQuote(k); k++ {
		lw := e.lw(k)
		if docNouns[lw] {
			doc = true
			continue
		}
		if doc {
			return lw != "from" && lw != "by" && lw != "of"
		}
		if functionWords[lw] || lw == "familiar" || lw == "close" {
			return false // "people familiar with the investigation"
		}
	}
	return doc && e.agentAfterDoc(s, limit, limit) < 0
}

// acronymAside recognises ", or ABC," and ", (also) known as ABC," ending at
// the comma p; it returns the acronym and the comma before it (or -1).
func (e *evx) acronymAside(p, limit int) (string, int) {
	if !e.isComma(p) || p-3 < limit || !e.isWord(p-1) || e.toks[p-1].Flags&textutil.FlagAllCaps == 0 || len(e.raw(p-1)) < 2 {
		return "", -1
	}
	k := p - 2
	switch {
	case e.isWord(k) && e.lw(k) == "or":
		k--
	case e.isWord(k) && e.lw(k) == "as" && e.isWord(k-1) && e.lw(k-1) == "known":
		k -= 2
		if e.isWord(k) && e.lw(k) == "also" {
			k--
		}
	case e.isWord(k) && initialsNouns[e.lw(k)]:
		// ", known by its Veltish initials ABC,"
		j := k - 1
		for j > limit && j > k-4 && e.isWord(j) && !(e.lw(j) == "its" || e.lw(j) == "the" || e.lw(j) == "their") {
			j--
		}
		if !e.isWord(j) || !(e.lw(j) == "its" || e.lw(j) == "the" || e.lw(j) == "their") ||
			!e.isWord(j-1) || e.lw(j-1) != "by" || !e.isWord(j-2) || e.lw(j-2) != "known" {
			return "", -1
		}
		k = j - 3
		if e.isWord(k) && e.lw(k) == "also" {
			k--
		}
	default:
		return "", -1
	}
	if k <= limit || !e.isComma(k) || !e.isWord(k-1) || !e.isCap(k-1) {
		return "", -1
	}
	return e.raw(p - 1), k
}

// initialsNouns name a short form: "known by its initials ABC".
var initialsNouns = map[string]bool{
	"initials": true, "acronym": true, "abbreviation": true,
}

// figureAhead reports a number in the object of a document verb: "exit polls
// showed the party winning about 38%", "results showed the party with 36.8%".
func (e *evx) figureAhead(k, limit int) bool {
	for j := k; j < limit && j < k+12; j++ {
		if e.inQuote(j) || e.isTerminal(j) || e.isPunct(j, ";") {
			return false
		}
		if e.isWord(j) && e.toks[j].Flags&textutil.FlagDigit != 0 && j > k &&
			(e.isPunct(j+1, "%") || e.isWord(j+1) && (e.lw(j+1) == "percent" || e.lw(j+1) == "per") || strings.HasSuffix(e.lw(j), "%")) {
			return true
		}
	}
	return false
}

// finiteVerb reports an inflected speech verb ("said", "warns"), not a base
// form that may be a noun ("state", "report").
func finiteVerb(lw string) bool {
	f, ok := verbForms[lw]
	return ok && !f.base && !f.participle
}

func lastWord(s string) string {
	if k := strings.LastIndexByte(s, ' '); k >= 0 {
		return s[k+1:]
	}
	return s
}

func (e *evx) isRelWord(i int) bool {
	lw := e.lw(i)
	return lw == "who" || lw == "which" || lw == "whose"
}

// prevComma finds the comma before p in the unit, not across a quotation.
func (e *evx) prevComma(p, limit int) int {
	for k := p; k >= limit && k > p-30; k-- {
		if e.inQuote(k) || e.toks[k].Kind == textutil.Quote {
			return -1
		}
		if e.isComma(k) {
			return k
		}
		if e.isPunct(k, ";") || e.isPunct(k, ":") {
			return -1
		}
	}
	return -1
}

// parenthetical reports whether [s, end) between commas is an aside on the
// subject before it: a relative clause, an apposition, a name, an age or an
// adverb.
func (e *evx) parenthetical(s, end int) bool {
	if s >= end || !e.isWord(s) || e.inQuote(s) {
		return false
	}
	lw := e.lw(s)
	switch lw {
	case "who", "which", "whose", "where", "however", "though", "meanwhile", "too", "also", "instead", "in", "for", "at", "during":
		if lw != "in" && lw != "for" && lw != "at" && lw != "during" || end-s <= 5 {
			return true
		}
		// "Sallo, in his first public comments since the protests began,
		// said": a long aside after a name, with no speech verb of its own
		if end-s > 12 || s < 2 || !e.isCap(s-2) {
			return false
		}
		for k := s; k < end; k++ {
			if e.lex[k]&(lxVerb|lxAccording) != 0 || e.toks[k].Kind == textutil.Quote {
				return false
			}
		}
		return true
	case "asked", "pressed", "interviewed", "questioned", "reached", "contacted", "quoted":
		return true
	}
	if strings.HasSuffix(lw, "ing") && len(lw) > 5 && !e.isCap(s) {
		return true // "speaking to reporters at the White House"
	}
	if end-s == 1 && e.toks[s].Flags&textutil.FlagNumber != 0 {
		return true // an age: "Ana Ruiz, 45, said"
	}
	if e.isCap(s) && e.chunkEnd(s, end) == end {
		return true
	}
	if !(determiners[lw] || e.isCap(s) || demonyms[lw] != "" || roleNouns[lw] || e.isPoss(s+1) || descriptorWords[lw] || hasDescriptorSuffix(lw)) {
		return false
	}
	for k := s; k < end; k++ {
		if e.isWord(k) && (finiteVerb(e.lw(k)) || commonVerbs[e.lw(k)] || beVerbs[e.lw(k)]) {
			return false
		}
	}
	return end-s <= 10
}

func (e *evx) hasAnonymity(s, end int) bool {
	txt := e.lower[e.toks[s].Start:e.toks[end-1].End]
	for _, w := range anonymityWords {
		if strings.Contains(txt, w) {
			return true
		}
	}
	return false
}

// finishSubject decides between a complement after the verb and a clause or
// quotation before its subject.
func (e *evx) finishSubject(u, v int, f form, vb verb, sp spk, s int) {
	un := &e.units[u]
	// nested relay: "state media reported, citing the judiciary, ..."
	if e.isComma(v+1) && e.isWord(v+2) && (e.lw(v+2) == "citing" || e.lw(v+2) == "quoting") {
		ce := e.npRight(v+3, un.last)
		if ce > v+3 && e.documentOnly(v+3, un.last) {
			ce = v + 3 // "citing records it obtained": documents do not speak
		}
		if ce > v+3 {
			src := e.resolveSpeaker(v+3, ce, u)
			if j := e.agentAfterDoc(v+3, ce, un.last); j > 0 {
				// "citing records from the ministry": the ministry
				if je := e.npRight(j, un.last); je > j {
					if a := e.resolveSpeaker(j, je, u); a.ok() {
						src, ce = a, je
					}
				}
			}
			if !src.ok() || !e.isComma(ce) && !e.isTerminal(ce) {
				if s2, ce2 := e.citedSource(v+3, ce, un.last, u); s2.ok() {
					src, ce = s2, ce2
				}
			}
			if src.ok() {
				via := sp.ent.name
				k := ce
				if e.isComma(k) && e.isWord(k+1) && e.lw(k+1) == "that" {
					e.forwardFrom(u, v, f, vb, src, s, via, k+2, false)
					return
				}
				e.backward(u, v, f, vb, src, s, via, k)
				return
			}
		}
	}
	k := e.afterVerb(u, v, vb)
	if k < 0 {
		e.backward(u, v, f, vb, sp, s, "", v+1)
		return
	}
	if vb.fr&fQuote != 0 && !e.isOpenQuote(k) {
		return
	}
	e.forwardFrom(u, v, f, vb, sp, s, "", k, false)
}

// bodyFromAside corrects a name's guessed kind from the description after
// it: "Hydra Vellen, the state-owned company that operates the dam," is a
// company, not a person.
func (e *evx) bodyFromAside(ent *entity, s, end, as, ae int) {
	if !e.isWord(as) || e.lw(as) != "the" && e.lw(as) != "a" && e.lw(as) != "an" {
		return
	}
	if c := e.analyseChunk(s, end); c.sure || c.title != "" {
		return
	}
	h := -1
	for k := as + 1; k < ae && e.isWord(k) && !e.isCap(k); k++ {
		lw := e.lw(k)
		if lw == "that" || lw == "which" || lw == "of" || lw == "in" || lw == "for" || lw == "with" {
			break
		}
		h = k
	}
	if h < 0 {
		return
	}
	head := e.lw(h)
	k := kindWords[head]
	if k == "" || k == timeline.SpeakerPerson || !definiteHeads[head] {
		return
	}
	ent.kind = k
	ent.addClass(head)
	for _, x := range classSynonyms[head] {
		ent.addClass(x)
	}
}

// appositiveBody resolves the name in "the bank, Nordkreditt," as a body
// of the class the noun before it gives.
func (e *evx) appositiveBody(s, end, u int, head string) *entity {
	c := e.analyseChunk(s, end)
	if c.sure || c.country != "" {
		return nil
	}
	name := e.bodyName(s, end)
	if name == "" {
		return nil
	}
	ent := e.d.reg.lookup(name)
	if ent != nil && ent.isPerson() && ent.role == "" && !ent.speaker {
		ent.kind = "" // a guess from the name's shape, which the noun corrects
	}
	if ent == nil {
		ent = e.bodyEntity(s, end, u, c, head)
		if ent == nil {
			return nil
		}
	}
	if ent.isPerson() || ent.country {
		return nil
	}
	if k := kindWords[head]; ent.kind == "" || (k == timeline.SpeakerMedia || k == timeline.SpeakerGovernment && e.kindOfWords(s, end) == "") &&
		ent.kind == timeline.SpeakerOrganization {
		// "The city transport authority, TTA,": the noun tells what the
		// bare name does not
		ent.kind = k
		if ent.kind == "" {
			ent.kind = timeline.SpeakerOrganization
		}
	}
	ent.addClass(head)
	for _, x := range classSynonyms[head] {
		ent.addClass(x)
	}
	ent.listed = true
	return ent
}

// jointWith joins a person speaker to the person coordinated before it
// ("Marta Soske and her running mate, Ilja Voss, said"): both speak, as one
// joint speaker named "Marta Soske and Ilja Voss". It returns the speaker and
// where its words start.
func (e *evx) jointWith(sp spk, s, end, u int) (spk, int) {
	un := &e.units[u]
	if !sp.ok() || !sp.ent.isPerson() || s-2 < un.start || !e.isWord(s-1) || e.lw(s-1) != "and" || e.inQuote(s-1) {
		return sp, s
	}
	le := s - 1
	if e.isComma(le - 1) {
		le-- // "The justice minister, Erik Holt, and the interior minister"
	}
	ls := e.npLeft(le, un.start)
	if ls >= le || !e.isCap(le-1) {
		return sp, s
	}
	start := ls
	if le < s-1 {
		rs := e.npLeft(ls-1, un.start)
		if !e.isComma(ls-1) || rs >= ls-1 || !roleNouns[e.lw(ls-2)] {
			return sp, s // a list, not a name in apposition
		}
		start = rs
	}
	if start > un.start && !e.isComma(start-1) && !(e.isWord(start-1) && (e.lw(start-1) == "but" || e.lw(start-1) == "and")) {
		return sp, s // the phrase is not the clause's subject
	}
	left := e.resolveSpeaker(ls, le, u)
	if !left.ok() || !left.ent.isPerson() || left.ent == sp.ent || left.ent.group || sp.ent.group {
		return sp, s
	}
	joint := e.group(left.ent.name+" and "+sp.ent.name, timeline.SpeakerPerson, ls)
	joint.plural = true
	return spk{ent: joint, text: e.wordsText(start, end)}, start
}

// jointNames resolves "Iva Kresnik and Lena Kresnik": two people named side by
// side speak as one joint speaker. It returns a zero spk for anything else,
// such as "the Ministry of Mines and Energy".
func (e *evx) jointNames(s, end, u int) spk {
	j := -1
	for k := s + 1; k < end-1; k++ {
		if e.isWord(k) && e.lw(k) == "and" {
			if j >= 0 {
				return spk{}
			}
			j = k
		}
	}
	if j < 0 || !e.isCap(j-1) || !e.isCap(j+1) || e.kindOfWords(s, end) != "" {
		return spk{}
	}
	for k := s; k < end; k++ {
		if k != j && (!e.isWord(k) || !e.isCap(k)) {
			return spk{}
		}
	}
	left := e.resolveSpeaker(s, j, u)
	right := e.resolveSpeaker(j+1, end, u)
	if !left.ok() || !right.ok() || !left.ent.isPerson() || !right.ent.isPerson() || left.ent == right.ent || left.ent.group || right.ent.group {
		return spk{}
	}
	joint := e.group(left.ent.name+" and "+right.ent.name, timeline.SpeakerPerson, s)
	joint.plural = true
	return spk{ent: joint, text: e.wordsText(s, end)}
}

// relativeClaim reads a claim made in a relative clause on its speaker:
// "Election officials, who said 200 polling stations had stayed open, expected
// results by Tuesday". The claim ends with the clause, at the comma before
// the main verb.
func (e *evx) relativeClaim(u, v int, f form, vb verb, rel int) {
	un := &e.units[u]
	s := e.npLeft(rel-1, un.start)
	if s >= rel-1 {
		return
	}
	sp := e.resolveSpeaker(s, rel-1, u)
	if !sp.ok() {
		return
	}
	n := len(e.claims)
	e.forward(u, v, f, vb, sp, s, "")
	for _, c := range e.claims[n:] {
		for k := c.cs + 1; k < c.ce-1; k++ {
			if e.isComma(k) && e.isWord(k+1) && !e.inQuote(k+1) && e.mainVerbAt(k+1) {
				c.ce = k
				break
			}
		}
	}
}

// mainVerbAt reports a word that can only go on a sentence as its verb after
// a relative clause: "..., expected", "..., has".
func (e *evx) mainVerbAt(k int) bool {
	lw := e.lw(k)
	if e.isCap(k) {
		return false
	}
	switch lw {
	case "has", "have", "had", "will", "would", "could", "can", "did", "does", "is", "are", "was", "were":
		return true
	}
	if functionWords[lw] {
		return false
	}
	return beVerbs[lw] || commonVerbs[lw] || finiteVerb(lw) || strings.HasSuffix(lw, "ed") && !descriptorWords[lw]
}

// citedSource reads an unnamed source after "citing": "two officials who
// spoke on condition of anonymity", "people familiar with the
// investigation". The description runs to the comma that ends the phrase,
// without a relative clause; it returns the source and where it ends.
func (e *evx) citedSource(s, ce, limit, u int) (spk, int) {
	head := false
	for k := s; k < ce; k++ {
		head = head || e.isWord(k) && e.plausibleHead(e.lw(k))
	}
	if !head {
		return spk{}, ce
	}
	end := ce
	cut := -1
	for end < limit && end < ce+16 && !e.isComma(end) && !e.isTerminal(end) && !e.inQuote(end) {
		if cut < 0 && e.isWord(end) && (e.lw(end) == "who" || e.lw(end) == "that") {
			cut = end
		}
		end++
	}
	if end < limit && !e.isComma(end) && !e.isTerminal(end) {
		return spk{}, ce
	}
	if cut < 0 {
		cut = end
	}
	return e.anonymous(s, cut, u), end
}

// trailingCited reads ", citing X." closing the content [k, ce) of a
// claim: X must end the sentence and be able to speak. It returns X and the
// content's new end.
func (e *evx) trailingCited(k, ce, u int) (spk, int) {
	for j := ce - 1; j > k+2; j-- {
		if !e.isWord(j) || e.inQuote(j) || e.lw(j) != "citing" && e.lw(j) != "quoting" {
			continue
		}
		c := j - 1
		if e.isCloseQuote(c) && e.isComma(c-1) {
			c-- // `"in good health," citing`
		}
		if !e.isComma(c) {
			return spk{}, ce
		}
		s := j + 1
		ne := e.npRight(s, ce)
		if ne <= s || ne < ce && !e.isTerminal(ne) || e.documentOnly(s, ce) {
			return spk{}, ce
		}
		var src spk
		if lw := e.lw(s); lw != "a" && lw != "an" {
			src = e.resolveSpeaker(s, ne, u)
		}
		if !src.ok() {
			// "citing a navy spokesman": someone unnamed, not the navy
			src, _ = e.citedSource(s, ne, ce, u)
		}
		if !src.ok() {
			return spk{}, ce
		}
		if e.isCloseQuote(c + 1) {
			return src, c + 2
		}
		return src, c
	}
	return spk{}, ce
}

// quotedAs reads "X was quoted by state media as saying (that) ...": the
// speaker is X, relayed by the medium.
func (e *evx) quotedAs(u, v int, f form, vb verb, as int) {
	un := &e.units[u]
	q := -1
	for k := as - 1; k >= un.start && k > as-12; k-- {
		if e.isWord(k) && (e.lw(k) == "quoted" || e.lw(k) == "cited") {
			q = k
			break
		}
	}
	if q < 0 {
		return
	}
	via := ""
	if e.isWord(q+1) && e.lw(q+1) == "by" && q+2 < as {
		if m := e.resolveSpeaker(q+2, as, u); m.ok() {
			via = m.ent.name
		}
	}
	p := q - 1
	if e.isWord(p) && beVerbs[e.lw(p)] {
		p--
	}
	p = e.skipBack(p, un.start)
	s := e.npLeft(p+1, un.start)
	if s > p {
		return
	}
	sp := e.resolveSpeaker(s, p+1, u)
	if !sp.ok() {
		return
	}
	k := v + 1
	if e.isWord(k) && e.lw(k) == "that" {
		k++
	}
	e.forwardFrom(u, v, f, vb, sp, s, via, k, false)
}

// forwardChild builds a coordinated claim ("... and warned that ...").
func (e *evx) forwardChild(u, v int, f form, vb verb, parent *claim) {
	k := e.afterVerb(u, v, vb)
	if k < 0 {
		return
	}
	n := len(e.claims)
	e.forwardFrom(u, v, f, vb, parent.sp, parent.as, parent.via, k, false)
	for _, c := range e.claims[n:] {
		c.parent = parent
	}
}

// forward builds a claim whose content follows the verb at v.
func (e *evx) forward(u, v int, f form, vb verb, sp spk, as int, via string) {
	k := e.afterVerb(u, v, vb)
	if k < 0 {
		return
	}
	e.forwardFrom(u, v, f, vb, sp, as, via, k, false)
}

// afterVerb finds where the content starts after a verb: after its addressee
// ("told reporters"), adverbials ("in a statement", "on Monday", ", without
// offering evidence,") and "that". It returns -1 when nothing follows.
func (e *evx) afterVerb(u, v int, vb verb) int {
	un := &e.units[u]
	if vb.fr&fNameQ != 0 {
		return e.namedInQuote(u, v, vb)
	}
	k := v + 1
	lemma := vb.lemma
	if vb.fr&fObj != 0 && k < un.last && e.isWord(k) && !e.inQuote(k) && e.lw(k) != "that" {
		if lemma == "told" || lemma == "informed" || lemma == "assured" || lemma == "promised" {
			k = e.objectEnd(k, un.last)
		} else if oe := e.objectEnd(k, un.last); oe > k && e.isWord(oe) && e.lw(oe) == "that" {
			k = oe // "warned residents that"
		}
	}
	hasThat := false
	for steps := 0; steps < 6 && k < un.last; steps++ {
		if e.inQuote(k) && !e.isOpenQuote(k) {
			break
		}
		if te, ok := e.timeStartingAt(k); ok {
			k = te
			continue
		}
		if e.isComma(k) {
			// ", without offering evidence, that"
			c2 := e.nextComma(k+1, un.last)
			if c2 > 0 && e.isWord(c2+1) && e.lw(c2+1) == "that" {
				k = c2 + 1
				continue
			}
			break
		}
		if e.isWord(k) {
			lw := e.lw(k)
			if lw == "that" {
				hasThat = true
				k++
				break
			}
			if advPreps[lw] && !e.quantityAt(k) && !((lw == "early" || lw == "late") && !e.timeish(k+1)) {
				// ("said early evidence pointed…": an adjective, not "early Monday")
				if t := e.thatAhead(k, un.last); t > 0 {
					k = t
					continue
				}
				// "said in a statement." / "said on Sunday night."
				if e.adverbialToEnd(k, un.last) {
					return -1
				}
				break
			}
		}
		break
	}
	if k >= un.last {
		return -1
	}
	if hasThat {
		return k
	}
	t := e.toks[k]
	switch {
	case t.Kind == textutil.Quote && t.Flags&textutil.FlagOpen != 0:
		return k
	case e.isPunct(k, ":"):
		if k+1 < un.last {
			return k + 1
		}
		return -1
	case t.Kind == textutil.Word:
		lw := e.lw(k)
		if lw == "of" && vb.fr&fOf != 0 {
			return k + 1
		}
		if vb.fr&(fClause|fNP|fOf) == 0 {
			return -1
		}
		if vb.lemma == "accused" || vb.lemma == "blamed" {
			return v + 1
		}
		if functionWords[lw] && !clauseOpeners[lw] && !e.quantityAt(k) {
			return -1
		}
		return k
	}
	return -1
}

// namedInQuote finds the quotation that names or urges the object of "called"
// or "urged" in the same clause and returns the object's start, so the claim
// holds both what was named and the words used for it.
func (e *evx) namedInQuote(u, v int, vb verb) int {
	un := &e.units[u]
	for j := v + 1; j < un.last && j < v+40; j++ {
		if e.isTerminal(j) || e.isComma(j) || e.isPunct(j, ";") || e.isPunct(j, ":") || e.isCloseQuote(j) {
			return -1
		}
		if !e.isOpenQuote(j) {
			continue
		}
		if vb.lemma == "called" && !e.quotedPhrase(j) {
			return -1 // `called the strike "irresponsible"`: a label, not a statement
		}
		if j == v+1 {
			if vb.lemma == "called" {
				return j // "a move that Tarnland's government called \"piracy\""
			}
			return -1
		}
		if !e.isWord(j - 1) {
			return -1
		}
		prev := e.lw(j - 1)
		if vb.lemma == "urged" {
			if prev != "to" || j == v+2 {
				return -1
			}
			return v + 1
		}
		switch prev {
		case "for", "on", "upon", "off", "up", "out", "to", "in":
			return -1 // "called for \"a full inquiry\"": a demand, not a name
		}
		return v + 1
	}
	return -1
}

// quotedPhrase reports a quotation opening at q that holds two words or more.
func (e *evx) quotedPhrase(q int) bool {
	n := 0
	for j := q + 1; j < len(e.toks) && j < q+4 && !e.isCloseQuote(j); j++ {
		if e.isWord(j) {
			n++
		}
	}
	return n >= 2
}

// clauseOpeners are function words that may open a reported clause.
var clauseOpeners = map[string]bool{
	"there": true, "it": true, "he": true, "she": true, "they": true, "we": true, "i": true, "you": true,
	"about": true, "over": true, "under": true, "nearly": true, "almost": true, "only": true, "just": true,
	"even": true, "not": true, "is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"should": true, "must": true, "if": true, "when": true, "as": true, "after": true, "because": true,
	"while": true, "since": true, "despite": true, "what": true, "how": true, "why": true, "whether": true,
	"here": true, "now": true, "already": true, "still": true, "too": true, "very": true, "once": true,
	"nobody": true, "everyone": true, "everybody": true, "someone": true, "somebody": true, "anyone": true,
	"anybody": true, "none": true, "nothing": true, "something": true,
}

// quantityAt reports a quantity phrase at k: "at least", "up to", "more than".
func (e *evx) quantityAt(k int) bool {
	if !e.isWord(k) || !e.isWord(k+1) {
		return false
	}
	a, b := e.lw(k), e.lw(k+1)
	switch a {
	case "at":
		return b == "least" || b == "most"
	case "up":
		return b == "to"
	case "between":
		// "said between 80 and 90 people had died"
		return (e.toks[k+1].Flags&textutil.FlagDigit != 0 || numberWords[b]) && e.isWord(k+2) && e.lw(k+2) == "and"
	case "about", "around", "over", "under", "nearly", "almost", "roughly", "some", "more", "fewer", "less":
		return e.toks[k+1].Flags&textutil.FlagDigit != 0 || numberWords[b] || b == "than" || b == "a"
	}
	return false
}

// advPreps open adverbials between a speech verb and its content.
var advPreps = map[string]bool{
	"in": true, "at": true, "on": true, "during": true, "to": true, "via": true, "through": true,
	"after": true, "before": true, "from": true, "outside": true, "inside": true, "near": true,
	"without": true, "while": true, "following": true, "with": true, "late": true, "early": true,
	"earlier": true, "later": true, "overnight": true, "publicly": true, "privately": true,
	"repeatedly": true, "again": true, "also": true, "separately": true, "previously": true,
	"for": true, "by": true, "under": true, "over": true,
}

// thatAhead finds a "that" within a few words that only adverbials separate
// from a verb ("told reporters outside the mine gates that").
func (e *evx) thatAhead(k, limit int) int {
	for j := k; j < limit && j < k+16; j++ {
		if e.inQuote(j) || e.toks[j].Kind == textutil.Quote {
			return -1
		}
		if e.isPunct(j, ":") && j > k && e.isOpenQuote(j+1) {
			return j // "said on X: “...”"
		}
		if e.isWord(j) {
			lw := e.lw(j)
			if lw == "that" {
				return j
			}
			if finiteVerb(lw) && !(adverbialParticiples[lw] && j > k && !pronounAt(e, j-1)) {
				return -1
			}
			if commonVerbs[lw] && lw != "later" && lw != "also" {
				return -1
			}
		} else if !e.isComma(j) && e.toks[j].Kind != textutil.Poss && !e.isPunct(j, "-") {
			return -1
		}
	}
	return -1
}

// adverbialParticiples qualify a document inside an adverbial: "said in a
// statement posted on its website that".
var adverbialParticiples = map[string]bool{
	"posted": true, "released": true, "published": true, "issued": true, "shared": true, "sent": true,
	"broadcast": true, "aired": true, "filed": true, "written": true, "read": true, "carried": true,
}

func pronounAt(e *evx, i int) bool { return e.isWord(i) && pronouns[e.lw(i)] != (pron{}) }

// adverbialToEnd reports whether only adverbials follow k to the end of the
// clause ("in a statement Sunday evening.").
func (e *evx) adverbialToEnd(k, limit int) bool {
	for j := k; j < limit && j < k+14; j++ {
		t := e.toks[j]
		if t.Kind == textutil.Punct {
			s := e.text[t.Start:t.End]
			return s == "." || s == "," || s == "!" || s == "?" || s == ";"
		}
		if t.Kind != textutil.Word && t.Kind != textutil.Poss {
			return false
		}
		if e.isWord(j) {
			lw := e.lw(j)
			if lw == "that" {
				return false
			}
			if j > k && docNouns[e.lw(j-1)] && reducedRelative[lw] {
				continue // "in a statement posted on its website"
			}
			if f, ok := verbForms[lw]; ok && !f.participle {
				return false
			}
			if beVerbs[lw] || commonVerbs[lw] && lw != "later" {
				return false
			}
		}
	}
	return true
}

// reducedRelative are participles that describe a document after its noun:
// "a statement posted on its website", "a video released Monday".
var reducedRelative = map[string]bool{
	"posted": true, "published": true, "released": true, "issued": true, "shared": true, "sent": true,
	"broadcast": true, "aired": true, "carried": true, "distributed": true, "read": true,
}

func (e *evx) nextComma(k, limit int) int {
	for j := k; j < limit && j < k+14; j++ {
		if e.inQuote(j) || e.toks[j].Kind == textutil.Quote {
			return -1
		}
		if e.isComma(j) {
			return j
		}
	}
	return -1
}

// objectEnd reads the addressee of "told" and returns the token after it.
func (e *evx) objectEnd(k, limit int) int {
	j := k
	n := 0
	for j < limit && n < 7 && e.isWord(j) && !e.inQuote(j) {
		lw := e.lw(j)
		if lw == "that" || (functionWords[lw] && !(j == k && (lw == "him" || lw == "her" || lw == "them" || lw == "us" || lw == "me"))) {
			break
		}
		if _, ok := e.timeStartingAt(j); ok && j > k {
			break
		}
		if finiteVerb(lw) && j > k {
			break
		}
		if j > k && (determiners[lw] || pronouns[lw] != (pron{})) {
			break // a new noun phrase: "told CNN the commission was ..."
		}
		if j > k && e.isCap(j-1) && !e.isCap(j) && !e.isPoss(j-1) && !(determiners[e.lw(k)] && j-k <= 5) {
			break // "told CNN results were late"
		}
		j++
		n++
		if j < limit && e.isPoss(j) {
			j++
		}
		if j > k && (lw == "him" || lw == "her" || lw == "them" || lw == "us" || lw == "me" || addressees[lw]) {
			if addressees[lw] && determiners[e.lw(k)] && j < limit && e.isCap(j) && !e.inQuote(j) {
				// "told the broadcaster KTV": the name names the addressee
				j = e.chunkEnd(j, limit)
			}
			break // "told reporters talks would continue"
		}
	}
	return j
}

// addressees end the object of "told": what follows is the content.
var addressees = map[string]bool{
	"reporters": true, "journalists": true, "lawmakers": true, "legislators": true, "supporters": true,
	"parliament": true, "congress": true, "senators": true, "mps": true, "members": true, "delegates": true,
	"diplomats": true, "students": true, "residents": true, "troops": true, "crowd": true, "conference": true,
	"briefing": true, "audience": true, "hearing": true, "committee": true, "viewers": true, "listeners": true,
	"broadcaster": true, "network": true, "newspaper": true, "radio": true, "television": true, "tv": true,
	"court": true, "jurors": true, "jury": true, "investors": true, "analysts": true, "voters": true,
	"parliamentarians": true, "senate": true, "assembly": true, "council": true, "agency": true,
}

// followsThat reports whether "that" comes right after the verb's adverbials.
func (e *evx) followsThat(k int, un *unit) bool {
	for j := k; j < un.last && j < k+16; j++ {
		if e.inQuote(j) {
			return false
		}
		if e.isWord(j) && e.lw(j) == "that" {
			return true
		}
		if e.isWord(j) {
			if _, ok := verbForms[e.lw(j)]; ok {
				return false
			}
		}
	}
	return false
}

// forwardFrom builds the claim(s) of content starting at k.
func (e *evx) forwardFrom(u, v int, f form, vb verb, sp spk, as int, via string, k int, again bool) {
	un := &e.units[u]
	for k < un.last && e.isComma(k) {
		k++ // "said that, in its view, ..."
	}
	if k >= un.last {
		return
	}
	ce, nextVerb := e.contentEnd(k, u, v)
	if ce <= k {
		return
	}
	if via == "" && nextVerb == 0 && sp.ok() {
		// "The agency reported that ..., citing a navy spokesman.": the one
		// cited is the source, the reporter relays
		if src, ce2 := e.trailingCited(k, ce, u); src.ok() && src.ent != sp.ent {
			via = sp.ent.name
			sp, ce = src, ce2
		}
	}
	if (vb.lemma == "conceded" || vb.lemma == "admitted" || vb.lemma == "acknowledged") && !e.isOpenQuote(k) &&
		(k == 0 || e.lw(k-1) != "that") && !e.clauseAhead(k, ce) {
		return // "conceded defeat", "admitted guilt": an act, not a statement
	}
	if e.isWord(k) && !e.inQuote(k) && (k == 0 || e.lw(k-1) != "that") {
		if lw := e.lw(k); lw == "little" || lw == "nothing" {
			// "Officials have said little about the cause", "said nothing
			// publicly": no statement ("said little damage was done" is one)
			n := k + 1
			if n >= ce || e.isTerminal(n) || e.isComma(n) || e.isWord(n) && noStatementNext[e.lw(n)] {
				return
			}
		}
	}
	c := &claim{sp: sp, via: via, verb: vb.lemma, lemma: f.lemma, cs: k, ce: ce, quote: -1, quote2: -1,
		as: as, ae: v + 1, unit: u, verbTok: v}
	if c.as > v {
		c.as = v
	}
	e.setDirect(c)
	if vb.fr&fDeny != 0 {
		if e.denialOfClaim(c) || !e.deniedStatement(c) {
			return
		}
	}
	e.addClaim(c)
	if nextVerb > 0 {
		if e.coord == nil {
			e.coord = map[int]*claim{}
		}
		e.coord[nextVerb] = c
	}
	if (vb.lemma == "announced" || vb.lemma == "declared") && e.lw(k-1) != "that" {
		e.trailingTime(c)
	}
}

// setDirect marks a claim whose content is one whole quotation.
func (e *evx) setDirect(c *claim) {
	k := c.cs
	if !e.isOpenQuote(k) {
		return
	}
	q := int(e.qid[k])
	if q < 0 {
		return
	}
	end := e.quotes[q].close
	j := end + 1
	for j < c.ce && e.toks[j].Kind == textutil.Punct {
		j++
	}
	if j >= c.ce {
		c.direct = true
		c.quote = q
		e.quotes[q].used = true
	}
}

// contentEnd finds where a forward content ends: the unit's end, a semicolon,
// a coordinated speech verb ("and warned that", returned as nextVerb), a new
// clause with its own speaker, a participle (", adding that"), an "according
// to", or the end of a quotation a new sentence follows.
func (e *evx) contentEnd(k, u, v int) (ce, nextVerb int) {
	un := &e.units[u]
	end := un.last
	if e.isOpenQuote(k) && e.qid[k] >= 0 {
		q := &e.quotes[e.qid[k]]
		j := q.close + 1
		for j < un.last && e.isTerminal(j) {
			j++
		}
		if q.closed && j < un.last && (e.isCap(j) || e.isOpenQuote(j)) && e.isTerminalBefore(j) {
			return j, 0
		}
	}
	for j := k; j < un.last; j++ {
		if e.inQuote(j) {
			continue
		}
		t := e.toks[j]
		if t.Kind == textutil.Punct {
			s := e.text[t.Start:t.End]
			if s == ";" {
				end = j
				break
			}
			if s == "," && e.isWord(j+1) {
				lw := e.lw(j + 1)
				if f, ok := verbForms[lw]; ok && f.participle && verbLemmas[f.lemma].fr&(fClause|fThat) != 0 {
					end = j
					break
				}
				if lw == "according" || lw == "citing" {
					end = j
					break
				}
				// a participial clause: ", calling it false"
				if strings.HasSuffix(lw, "ing") && len(lw) > 5 && !e.isCap(j+1) && lw != "including" && lw != "during" && lw != "according" && j > k+1 {
					end = j
					break
				}
				// ", Bloomberg News reported.": the tag of an enclosing claim
				if ne := e.npRight(j+1, un.last); ne > j+1 && ne < un.last && finiteVerb(e.lw(ne)) &&
					verbLemmas[verbForms[e.lw(ne)].lemma].fr&fEnd != 0 && e.adverbialToEnd(ne+1, un.last) && e.plausibleSubject(j+1, ne) {
					end = j
					break
				}
				// ", a claim that ...": the writer's comment on the clause
				if (lw == "a" || lw == "an" || lw == "the") && e.isWord(j+2) && claimNouns[e.lw(j+2)] {
					end = j
					break
				}
				// ", in a move that ...": the writer's comment on the act
				if a := j + 1 + b2i(lw == "in"); (e.lw(a) == "a" || e.lw(a) == "an") && e.isWord(a+1) && actNouns[e.lw(a+1)] &&
					e.isWord(a+2) && (e.lw(a+2) == "that" || e.lw(a+2) == "which") {
					end = j
					break
				}
			}
			continue
		}
		if t.Kind != textutil.Word {
			continue
		}
		lw := e.lw(j)
		if lw == "according" && e.isWord(j+1) && e.lw(j+1) == "to" && j > k && (e.isCloseQuote(j-1) || e.isComma(j-1)) {
			end = j
			break
		}
		if (lw == "and" || lw == "but" || lw == "while" || lw == "whereas") && j > k+1 && (e.isComma(j-1) || lw == "but") {
			// a new clause with its own speaker: ", but Tarvia's ministry denied ..."
			if n := e.npRight(j+1, un.last); n > j+1 && n < un.last && finiteVerb(e.lw(n)) && !e.inQuote(n) {
				if sp := e.plausibleSubject(j+1, n); sp {
					end = j
					if e.isComma(j - 1) {
						end = j - 1
					}
					break
				}
			}
			// ", but did not mention ...": the subject's own act, not content
			if lw == "but" && e.isWord(j+1) {
				switch e.lw(j + 1) {
				case "did", "didn't", "declined", "refused", "gave", "offered", "provided", "would", "wouldn't", "has", "had", "stopped":
					end = j
					if e.isComma(j - 1) {
						end = j - 1
					}
					return e.trimEnd(k, end), 0
				}
			}
		}
		if lw != "and" && lw != "but" {
			continue
		}
		n := j + 1
		for n < un.last && e.isWord(n) && (preVerbSkip[e.lw(n)] || e.lw(n) == "then") {
			n++
		}
		if !e.isWord(n) || e.inQuote(n) {
			continue
		}
		nl := e.lw(n)
		if nl == "that" && j > k {
			// "said A and that B": one claim, with one speaker, time and support
			continue
		}
		if f, ok := verbForms[nl]; ok && !f.participle && !f.base && n > j &&
			(verbLemmas[f.lemma].fr&(fClause|fNP|fOf) != 0 || verbLemmas[f.lemma].fr&fThat != 0 && e.followsThat(n+1, un)) {
			end = j
			if e.isComma(j - 1) {
				end = j - 1
			}
			return e.trimEnd(k, end), n
		}
	}
	return e.trimEnd(k, end), 0
}

// plausibleSubject reports whether [s, end) can be the subject of a new
// attribution: a name, a pronoun or an agent noun.
func (e *evx) plausibleSubject(s, end int) bool {
	last := e.lw(end - 1)
	if e.isCap(end-1) || pronouns[last] != (pron{}) || e.plausibleHead(last) {
		return true
	}
	return false
}

// trimEnd drops final punctuation other than a closing quotation mark.
func (e *evx) trimEnd(k, end int) int {
	for end > k && e.toks[end-1].Kind == textutil.Punct && !e.inQuote(end-1) {
		switch e.text[e.toks[end-1].Start:e.toks[end-1].End] {
		case ".", ",", ";", ":", "!", "?", "—", "–", "-", "--", "…", "...":
			end--
			continue
		}
		break
	}
	return end
}

// backward builds a claim whose content comes before its subject s: a
// quotation (`"...," she said`) or a clause (`CLAUSE, the ministry said`).
// k is the first token after the verb.
func (e *evx) backward(u, v int, f form, vb verb, sp spk, s int, via string, k int) {
	if vb.fr&fEnd == 0 {
		return
	}
	un := &e.units[u]
	// the tag runs over adverbials to the end or to ", but ..."
	tagEnd := v + 1
	for tagEnd < un.last && !e.inQuote(tagEnd) {
		if e.isComma(tagEnd) || e.isPunct(tagEnd, ";") {
			break
		}
		if e.toks[tagEnd].Kind == textutil.Punct && e.isTerminal(tagEnd) {
			break
		}
		if e.isWord(tagEnd) {
			lw := e.lw(tagEnd)
			if lw == "that" || lw == "but" || lw == "and" {
				break
			}
			if fm, ok := verbForms[lw]; ok && !fm.participle && tagEnd > k {
				break
			}
		}
		tagEnd++
	}
	p := s - 1
	c := &claim{sp: sp, via: via, verb: vb.lemma, lemma: f.lemma, quote: -1, quote2: -1, as: s, ae: tagEnd, unit: u, verbTok: v}
	if p >= un.first && e.isCloseQuote(p) && e.qid[p] >= 0 && e.quoteOpensClause(int(e.qid[p]), u) {
		q := int(e.qid[p])
		if q < 0 || e.quotes[q].used {
			return
		}
		c.quote = q
		c.cs, c.ce = e.quotes[q].open, p+1
		c.direct = true
		e.quotes[q].used = true
		// a quotation split around its tag: `"This law," she said, "will not stand."`
		if e.isComma(tagEnd) && e.isOpenQuote(tagEnd+1) {
			q2 := int(e.qid[tagEnd+1])
			if q2 >= 0 && !e.quotes[q2].used {
				c.quote2 = q2
				c.cs2, c.ce2 = tagEnd+1, e.quotes[q2].close+1
				e.quotes[q2].used = true
			}
		}
		e.addClaim(c)
		return
	}
	if p >= un.start && e.isCloseQuote(p) && e.isComma(p-1) {
		// a partial quotation ends the clause: `..., was detained "pending
		// further investigation," police said`
		p--
	}
	if p < un.start || !e.isComma(p) || vb.fr&fQuote != 0 {
		return
	}
	cs := e.clauseStart(p, u)
	if cs >= p-1 {
		// the clause before the tag holds a claim of its own: "Shares fell
		// after the company said profits would drop, Bloomberg reported."
		cs = e.clauseStartIgnoring(p, u)
	}
	ce := e.trimEnd(cs, p)
	if ce-cs < 2 {
		return
	}
	c.cs, c.ce = cs, ce
	e.setDirect(c)
	e.addClaim(c)
}

// clauseStartIgnoring is the unit's start, or the token after its last
// semicolon before p.
func (e *evx) clauseStartIgnoring(p, u int) int {
	un := &e.units[u]
	cs := un.start
	for k := p - 1; k >= cs; k-- {
		if e.isPunct(k, ";") && !e.inQuote(k) {
			return k + 1
		}
	}
	return cs
}

// quoteOpensClause reports whether quotation q opens its clause: only a
// dateline, the unit start or the end of a claim before it precede it.
func (e *evx) quoteOpensClause(q, u int) bool {
	open := e.quotes[q].open
	un := &e.units[u]
	if open < un.first {
		return true // it began in an earlier paragraph
	}
	cs := e.clauseStart(open, u)
	return cs >= open
}

// isTerminalBefore reports whether a sentence-ending mark (inside or after
// the closing quotation) comes right before token j.
func (e *evx) isTerminalBefore(j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if e.isTerminal(k) {
			return true
		}
		if e.toks[k].Kind != textutil.Quote && e.toks[k].Kind != textutil.Punct {
			return false
		}
	}
	return false
}

func (e *evx) isTerminal(i int) bool {
	if i < 0 || i >= len(e.toks) {
		return false
	}
	t := e.toks[i]
	if t.Kind != textutil.Punct {
		return false
	}
	s := e.text[t.Start:t.End]
	return s == "." || s == "!" || s == "?" || s == "…"
}

// clauseStart finds where the clause before a tag starts: the unit start, or
// after the content or tag of a claim before it, or after a semicolon.
func (e *evx) clauseStart(p, u int) int {
	un := &e.units[u]
	cs := un.start
	for k := len(e.claims) - 1; k >= 0; k-- {
		c := e.claims[k]
		if c.unit != u {
			break
		}
		end := c.ce
		if c.ae > end {
			end = c.ae
		}
		if c.ce2 > end {
			end = c.ce2
		}
		if end <= p && end > cs {
			cs = end
		}
	}
	for k := p - 1; k >= cs; k-- {
		if e.isPunct(k, ";") && !e.inQuote(k) {
			cs = k + 1
			break
		}
	}
	for cs < p && (e.toks[cs].Kind == textutil.Punct && !e.isOpenQuote(cs)) {
		cs++
	}
	if cs < p && e.isWord(cs) && (e.lw(cs) == "and" || e.lw(cs) == "but") {
		cs++
	}
	return cs
}

// inverted handles `"...," said the minister.` and `CLAUSE, says X.`
func (e *evx) inverted(u, v int, f form, vb verb, p int) bool {
	un := &e.units[u]
	s := v + 1
	if s >= un.last || !e.isWord(s) || e.inQuote(s) {
		return false
	}
	end := e.npRight(s, un.last)
	if end <= s || end-s > 8 {
		return false
	}
	if end < un.last && !e.isComma(end) && !e.isTerminal(end) {
		return false
	}
	if ls := e.lw(s); !(e.isCap(s) || determiners[ls] || quantifiers[ls] || pronouns[ls] != (pron{}) ||
		e.isCap(end-1) && !functionWords[ls] && (roleNouns[e.lw(end-2)] || e.isCap(end-2))) {
		// "said opposition leader Maja Torvik" opens with its role
		return false
	}
	sp := e.resolveSpeaker(s, end, u)
	if !sp.ok() {
		return false
	}
	c := &claim{sp: sp, verb: vb.lemma, lemma: f.lemma, quote: -1, quote2: -1, as: v, ae: end, unit: u, verbTok: v}
	q := p
	if e.isComma(q) && e.isCloseQuote(q-1) {
		q--
	}
	if e.isCloseQuote(q) {
		qi := int(e.qid[q])
		if qi < 0 || e.quotes[qi].used {
			return false
		}
		c.quote = qi
		c.cs, c.ce = e.quotes[qi].open, q+1
		c.direct = true
		e.quotes[qi].used = true
		// split around its tag: `"We tried," said the envoy, "but failed."`
		if end < un.last && e.isComma(end) && e.isOpenQuote(end+1) {
			if q2 := int(e.qid[end+1]); q2 >= 0 && !e.quotes[q2].used && e.quotes[q2].closed {
				c.quote2 = q2
				c.cs2, c.ce2 = end+1, e.quotes[q2].close+1
				e.quotes[q2].used = true
			}
		}
		e.addClaim(c)
		return true
	}
	if !e.isComma(p) || vb.fr&fQuote != 0 {
		return false
	}
	cs := e.clauseStart(p, u)
	ce := e.trimEnd(cs, p)
	if ce-cs < 3 {
		return false
	}
	c.cs, c.ce = cs, ce
	e.addClaim(c)
	return true
}

// npRight reads a noun phrase from s: determiners, names, nouns, possessives
// and "of" phrases, up to a verb, a comma or the end.
func (e *evx) npRight(s, limit int) int {
	if s < limit && e.isWord(s) && pronouns[e.lw(s)] != (pron{}) {
		return s + 1
	}
	k := s
	n := 0
	for k < limit && n < 12 {
		if e.inQuote(k) {
			break
		}
		t := e.toks[k]
		if t.Kind == textutil.Poss {
			k++
			continue
		}
		if t.Kind != textutil.Word {
			break
		}
		lw := e.lw(k)
		if k > s && (lw == "of" || lw == "for") && k+1 < limit && e.isWord(k+1) && !e.inQuote(k+1) {
			k++
			n++
			continue
		}
		if k > s && lw == "and" && e.isWord(k+1) && (e.isCap(k+1) || e.isCap(k-1)) && e.isCap(k-1) == e.isCap(k+1) {
			k++
			continue
		}
		if determiners[lw] && (k == s || e.lw(k-1) == "of" || e.lw(k-1) == "for") {
			k++
			n++
			continue
		}
		if functionWords[lw] || commonVerbs[lw] && !e.isCap(k) {
			break
		}
		// after "a"/"an" a bare form is a noun: "a preliminary report"
		if f, ok := verbForms[lw]; ok && !e.isCap(k) && !(f.base && k > s && (determiners[e.lw(k-1)] || e.lw(s) == "a" || e.lw(s) == "an")) {
			break
		}
		if !e.isCap(k) && k > s && (strings.HasSuffix(lw, "ed") && !descriptorWords[lw] || adverbLike(lw)) {
			break
		}
		k++
		n++
	}
	return k
}

// npLeft reads a noun phrase that ends just before end, leftwards, and
// returns its first token.
func (e *evx) npLeft(end, limit int) int {
	k := end - 1
	s := end
	n := 0
	for k >= limit && n < 12 {
		if e.inQuote(k) {
			break
		}
		t := e.toks[k]
		if t.Kind == textutil.Poss {
			if k-1 >= limit && e.isWord(k-1) && !e.inQuote(k-1) {
				s = k - 1
				k -= 2
				n++
				continue
			}
			break
		}
		if t.Kind != textutil.Word {
			break
		}
		lw := e.lw(k)
		if s < end && e.isCap(k) && e.isCap(s) && functionWords[lw] && k-1 >= limit && e.isWord(k-1) && e.isCap(k-1) &&
			!e.inQuote(k-1) && !functionWords[e.lw(k-1)] {
			// a capitalised preposition inside a name: "Lawyers Beyond Walls"
			s = k
			k--
			continue
		}
		if s < end && (lw == "of" || lw == "for") {
			if k-1 >= limit && e.isWord(k-1) && !functionWords[e.lw(k-1)] && !determiners[e.lw(k-1)] &&
				!(strings.HasSuffix(e.lw(k-1), "ed") && !e.isCap(k-1)) && !finiteVerb(e.lw(k-1)) {
				s = k
				k--
				continue
			}
			break
		}
		if s < end && (lw == "in" || lw == "at" || lw == "with" || lw == "from" && k-1 >= limit && e.plausibleHead(e.lw(k-1))) && k-1 >= limit && e.isWord(k-1) && !e.inQuote(k-1) &&
			(e.isCap(s) || e.isWord(s) && determiners[e.lw(s)]) && (e.isCap(k-1) && lw != "with" || e.plausibleHead(e.lw(k-1)) ||
			lw == "in" && e.isCap(s) && e.placeOfBody(k-1, limit)) {
			s = k
			k--
			continue
		}
		if s < end && lw == "and" {
			if k-1 >= limit && e.isWord(k-1) && !e.inQuote(k-1) && (e.isCap(k-1) && e.isCap(s) || e.plausibleHead(e.lw(k-1)) && !e.isCap(s)) {
				s = k
				k--
				continue
			}
			break
		}
		if determiners[lw] {
			if lw != "that" && lw != "no" {
				s = k
			}
			// "the head of the agency": go on over "of"
			if s == k && k-2 >= limit && e.isWord(k-1) && (e.lw(k-1) == "of" || e.lw(k-1) == "for") &&
				e.isWord(k-2) && !functionWords[e.lw(k-2)] && !determiners[e.lw(k-2)] && !e.inQuote(k-2) &&
				!(strings.HasSuffix(e.lw(k-2), "ed") && !e.isCap(k-2)) && !finiteVerb(e.lw(k-2)) {
				k--
				continue
			}
			// "an official with the commission", "police in the capital",
			// "ministers from four countries"
			if s == k && k-2 >= limit && e.isWord(k-1) && (e.lw(k-1) == "with" || e.lw(k-1) == "in" || e.lw(k-1) == "at" || e.lw(k-1) == "from" && e.plausibleHead(e.lw(k-2))) &&
				e.isWord(k-2) && !e.inQuote(k-2) && (e.plausibleHead(e.lw(k-2)) || e.isCap(k-2) && e.lw(k-1) != "with") {
				k--
				continue
			}
			break
		}
		if t.Flags&textutil.FlagNumber != 0 {
			s = k
			// "Channel 9 Ostmark": a broadcaster's number inside its name
			if s+1 < end && e.isCap(s+1) && k-1 >= limit && e.isWord(k-1) && e.isCap(k-1) && mediaHeads[e.lw(k-1)] {
				k--
				continue
			}
			// "broadcaster Kanal 4 reported": a number ending a broadcaster's
			// name
			if k == end-1 && k-1 >= limit && e.isWord(k-1) && e.isCap(k-1) && !e.inQuote(k-1) && e.stationNumber(k, limit) {
				k--
				continue
			}
			// "doctors at two hospitals in Lusk"
			if k-2 >= limit && e.isWord(k-1) && (e.lw(k-1) == "at" || e.lw(k-1) == "in" || e.lw(k-1) == "from") &&
				e.isWord(k-2) && !e.inQuote(k-2) && !e.isCap(k-2) && e.plausibleHead(e.lw(k-2)) {
				s = k - 2
				k -= 3
				continue
			}
			break
		}
		if s == end && pronouns[lw] != (pron{}) {
			s = k
			break
		}
		if s == end && postModifiers[lw] && k-1 >= limit && e.isWord(k-1) && e.plausibleHead(e.lw(k-1)) {
			s = k // "residents downstream said"
			k--
			continue
		}
		if functionWords[lw] {
			break
		}
		if !e.isCap(k) {
			if finiteVerb(lw) && s < end && !roleNouns[lw] && !agentNouns[lw] && !docNouns[lw] {
				break
			}
			if commonVerbs[lw] {
				break
			}
			if s < end && (strings.HasSuffix(lw, "ed") && !descriptorWords[lw] && !roleNouns[lw] || adverbLike(lw)) {
				break
			}
			if s == end && strings.HasSuffix(lw, "ed") && !agentNouns[lw] {
				break
			}
		}
		s = k
		k--
		n++
	}
	return s
}

// placeOfBody reports a plural common noun, ending at k, that a speaker
// works at: "hospitals" in "doctors at two hospitals in Lusk".
func (e *evx) placeOfBody(k, limit int) bool {
	lw := e.lw(k)
	if e.isCap(k) || !strings.HasSuffix(lw, "s") || functionWords[lw] || commonVerbs[lw] {
		return false
	}
	if _, ok := verbForms[lw]; ok {
		return false
	}
	j := k - 1
	if j >= limit && e.isWord(j) && determiners[e.lw(j)] {
		j--
	}
	return j-1 >= limit && e.isWord(j) && (e.lw(j) == "at" || e.lw(j) == "from") && e.isWord(j-1) && e.plausibleHead(e.lw(j-1))
}

// stationNumber reports whether the short number at k ends a broadcaster's
// name: the name opens like one ("Channel 4") or a media noun describes it
// ("the broadcaster Kanal 4").
func (e *evx) stationNumber(k, limit int) bool {
	if e.toks[k].Flags&textutil.FlagHyphen != 0 || len(e.lw(k)) > 2 {
		return false
	}
	j := k - 1
	for j > limit && e.isWord(j-1) && e.isCap(j-1) && !e.inQuote(j-1) {
		j--
	}
	if mediaFirst[e.lw(j)] || mediaHeads[e.lw(j)] {
		return true
	}
	for d := j - 1; d >= limit && d >= j-3 && e.isWord(d) && !e.isCap(d); d-- {
		if mediaHeads[e.lw(d)] {
			return true
		}
	}
	return false
}

// plausibleHead reports whether a lower-case noun can head a speaker.
func (e *evx) plausibleHead(lw string) bool {
	if agentNouns[lw] || roleNouns[lw] || definiteHeads[lw] || docNouns[lw] || groupKinds[lw] != "" {
		return true
	}
	if k := kindWords[lw]; k != "" && lw != "state" && lw != "city" && lw != "county" && lw != "rights" {
		return true
	}
	return agentSuffix(lw)
}

// agentSuffix reports a plural noun of people by its ending: "rescuers",
// "analysts", "physicians", "residents".
func agentSuffix(lw string) bool {
	if strings.HasSuffix(lw, "s") && len(lw) > 4 {
		for _, suf := range agentSuffixes {
			if strings.HasSuffix(lw, suf) {
				return true
			}
		}
	}
	return false
}

// relSubject finds the subject before a relative clause or a "familiar
// with" phrase that separates it from its verb: "two officials who spoke on
// condition of anonymity said". anon reports an anonymous source.
func (e *evx) relSubject(s, u int) (int, int, bool) {
	un := &e.units[u]
	for k := s - 1; k >= un.start && k > s-24; k-- {
		if e.inQuote(k) || e.toks[k].Kind == textutil.Quote || e.isPunct(k, ";") {
			return -1, -1, false
		}
		if !e.isWord(k) {
			continue
		}
		lw := e.lw(k)
		if lw == "who" || lw == "that" || lw == "familiar" || lw == "close" || lw == "briefed" || lw == "knowledgeable" || lw == "speaking" {
			end := k
			if e.isComma(end - 1) {
				end--
			}
			rs := e.npLeft(end, un.start)
			if rs >= end || !e.plausibleHead(e.lw(end-1)) && !e.isCap(end-1) {
				return -1, -1, false
			}
			rest := e.lower[e.toks[k].Start:e.toks[s].Start]
			anon := false
			for _, w := range anonymityWords {
				if strings.Contains(rest, w) {
					anon = true
					break
				}
			}
			if lw == "familiar" || lw == "close" || lw == "briefed" || lw == "knowledgeable" {
				anon = true
			}
			return rs, end, anon
		}
		if f, ok := verbForms[lw]; ok && !f.participle {
			return -1, -1, false
		}
	}
	return -1, -1, false
}

// anonymous makes the speaker of an anonymous description ("two officials").
func (e *evx) anonymous(s, end, u int) spk {
	for s < end && e.isWord(s) && (e.lw(s) == "the" || e.lw(s) == "a" || e.lw(s) == "an") {
		s++
	}
	// "two diplomats briefed on the talks" are two diplomats; "people
	// familiar with the investigation" need their phrase to say who they are
	for j := s + 1; j < end; j++ {
		if e.isWord(j) && modifierOpeners[e.lw(j)] {
			if !genericSources[e.lw(j-1)] {
				end = j
			}
			break
		}
	}
	name := lowerFirst(e.wordsText(s, end), e.isSentenceInitial(s, u))
	ent := e.group(name, timeline.SpeakerUnknown, s)
	return spk{ent: ent, text: name, anon: true}
}

// mainSpeaker returns the subject of the main clause of unit u before token
// v: the speaker of a claim already found there, or the noun phrase that
// opens the clause.
func (e *evx) mainSpeaker(u, v int) (spk, int) {
	for k := len(e.claims) - 1; k >= 0; k-- {
		c := e.claims[k]
		if c.unit != u {
			break
		}
		if c.verbTok < v {
			return c.sp, c.as
		}
	}
	un := &e.units[u]
	s := un.start
	// a leading adverbial: "On Monday, ...", "Later in the day, ..."
	if e.isWord(s) && pronouns[e.lw(s)] == (pron{}) && (functionWords[e.lw(s)] || advPreps[e.lw(s)] || e.lw(s) == "despite") {
		if c := e.nextComma(s, v); c > 0 {
			s = c + 1
		}
	}
	end := e.npRight(s, v)
	if end <= s {
		return spk{}, -1
	}
	sp := e.resolveSpeaker(s, end, u)
	return sp, s
}

// clauseAhead reports a verb within the next words: the words after a
// verb are a clause ("found 54% of voters backed it"), not an object ("found
// its way").
func (e *evx) clauseAhead(k, limit int) bool {
	for j := k; j < limit && j < k+14; j++ {
		if !e.isWord(j) || e.inQuote(j) {
			continue
		}
		lw := e.lw(j)
		if beVerbs[lw] || commonVerbs[lw] || lw == "have" || lw == "will" || lw == "would" || lw == "could" ||
			strings.HasSuffix(lw, "ed") && j > k+1 && !e.isCap(j) {
			return true
		}
	}
	return false
}

// pluralHead reports whether the subject head at k can take a base-form verb
// ("they say", "critics warn").
// headBeforePrep returns the last word before the first preposition of the
// noun phrase [s, end) ("officials" in "officials in the capital"), or -1.
func (e *evx) headBeforePrep(s, end int) int {
	for j := s + 1; j < end; j++ {
		if !e.isWord(j) {
			return -1
		}
		switch e.lw(j) {
		case "in", "at", "from", "of", "near", "across", "inside":
			return j - 1
		}
	}
	return -1
}

func (e *evx) pluralHead(k int) bool {
	if !e.isWord(k) {
		return false
	}
	lw := e.lw(k)
	switch lw {
	case "they", "we", "i", "you", "police", "people", "media", "staff":
		return true
	}
	if e.isCap(k) {
		// a proper name is singular; a capital that opens the sentence is not a name
		if u := e.unitOf(k); u < 0 || k != e.units[u].start {
			return false
		}
	}
	return strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss")
}

func (e *evx) docSubject(s, end int) bool {
	for k := s; k < end; k++ {
		if e.isWord(k) && (docNouns[e.lw(k)] || e.lw(k) == "results") {
			return true
		}
	}
	return false
}

// estimate handles "police put the crowd at about 6,000".
func (e *evx) estimate(u, v, p int) {
	un := &e.units[u]
	at := -1
	for j := v + 1; j < un.last && j < v+10; j++ {
		if e.inQuote(j) || !e.isWord(j) && e.toks[j].Kind != textutil.Poss {
			return
		}
		if e.lw(j) == "at" {
			at = j
			break
		}
	}
	if at < 0 || at == v+1 {
		return
	}
	hasNum := false
	for j := at + 1; j < un.last && j < at+5; j++ {
		if e.toks[j].Flags&textutil.FlagDigit != 0 || numberWords[e.lw(j)] {
			hasNum = true
			break
		}
	}
	if !hasNum || p < un.start {
		return
	}
	s := e.npLeft(p+1, un.start)
	if s > p {
		return
	}
	sp := e.resolveSpeaker(s, p+1, u)
	if !sp.ok() {
		return
	}
	ce, _ := e.contentEnd(v+1, u, v)
	c := &claim{sp: sp, verb: "put", lemma: "put", cs: v + 1, ce: ce, quote: -1, quote2: -1, as: s, ae: v + 1, unit: u, verbTok: v}
	e.addClaim(c)
}

var numberWords = map[string]bool{
	"one": true, "two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "dozen": true, "dozens": true, "hundred": true,
	"hundreds": true, "thousand": true, "thousands": true, "million": true, "millions": true,
	"billion": true, "about": true, "nearly": true, "some": true, "around": true, "roughly": true,
	"more": true, "least": true, "over": true, "almost": true, "up": true,
}

// according handles "according to X": the claim is the clause around it.
func (e *evx) according(u, i int) {
	un := &e.units[u]
	s := i + 2
	end := e.npRight(s, un.last)
	if end <= s {
		return
	}
	ss, se := s, end
	// "according to a statement from the ministry", "figures released by X"
	if j := e.agentAfterDoc(s, end, un.last); j > 0 {
		je := e.npRight(j, un.last)
		if je > j {
			ss, se = j, je
			end = je
		}
	}
	sp := e.resolveSpeaker(ss, se, u)
	if se < un.last && e.isWord(se) && (modifierOpeners[e.lw(se)] || e.lw(se) == "with") && (!sp.ok() || sp.anon || sp.ent.group) {
		// "according to a person familiar with the company's plans"
		src, ce := e.citedSource(ss, se, un.last, u)
		if !src.ok() {
			return
		}
		sp, end = src, ce
	}
	if !sp.ok() {
		return
	}
	via := ""
	if e.isComma(end) && e.isWord(end+1) && e.lw(end+1) == "citing" {
		ce := e.npRight(end+2, un.last)
		if ce > end+2 {
			if src := e.resolveSpeaker(end+2, ce, u); src.ok() {
				via = sp.ent.name
				sp = src
				end = ce
			}
		}
	}
	c := &claim{sp: sp, via: via, verb: "according to", lemma: "according to", quote: -1, quote2: -1, as: i, ae: end, unit: u, verbTok: i}
	if i == un.start || i > un.start && e.isWord(i-1) && (e.lw(i-1) == "but" || e.lw(i-1) == "and") && i-1 == un.start {
		k := end
		if e.isComma(k) {
			k++
		}
		// "According to the ministry, which cited hospital records, 40 died"
		if e.isWord(k) && (e.lw(k) == "which" || e.lw(k) == "who") {
			if c2 := e.nextComma(k, un.last); c2 > 0 {
				k = c2 + 1
			}
		}
		ce, _ := e.contentEnd(k, u, i)
		if ce-k < 2 {
			return
		}
		c.cs, c.ce = k, ce
		e.setDirect(c)
		e.addClaim(c)
		return
	}
	p := i - 1
	if !e.isComma(p) {
		return
	}
	cs := e.clauseStart(p, u)
	ce := e.trimEnd(cs, p)
	if ce-cs < 2 {
		return
	}
	c.cs, c.ce = cs, ce
	// "..., according to X, including ..."
	if e.isComma(end) && e.isWord(end+1) && e.lw(end+1) == "including" {
		c.cs2 = end + 1
		c.ce2 = e.trimEnd(end+1, un.last)
	}
	e.addClaim(c)
}

// agentAfterDoc finds the agent of a document noun phrase: "a statement from
// X", "figures released by X". It returns the agent's first token or -1.
// releasedNouns are what a body publishes without being a document that
// speaks on its own ("results released by the commission").
var releasedNouns = map[string]bool{"results": true, "numbers": true, "statistics": true, "returns": true}

func (e *evx) agentAfterDoc(s, end, limit int) int {
	head := -1
	for k := s; k < end; k++ {
		if e.isWord(k) && (docNouns[e.lw(k)] || releasedNouns[e.lw(k)]) {
			head = k
		}
	}
	if head < 0 {
		return -1
	}
	// "figures released Tuesday by the statistics office"
	for j := head + 1; j < limit && j < head+6 && e.isWord(j) && !e.inQuote(j); j++ {
		lw := e.lw(j)
		if (lw == "from" || lw == "by" || lw == "of") && j+1 < limit {
			return j + 1
		}
		if !(strings.HasSuffix(lw, "ed") || adverbialParticiples[lw] || e.timeish(j) || lw == "on" || lw == "last") {
			break
		}
	}
	return -1
}

// denialOfClaim reports whether a denial's content is only the claim it
// denies ("denied the accusation"): then it is an evidence marker, not a
// claim of its own.
func (e *evx) denialOfClaim(c *claim) bool {
	k := c.cs
	if e.isWord(k) && (determiners[e.lw(k)] || e.isPoss(k+1)) {
		k++
		if k < c.ce && e.isPoss(k) {
			k++
		}
	}
	for ; k < c.ce && k < c.cs+4; k++ {
		if e.isWord(k) && claimNouns[e.lw(k)] {
			// "disputed that figure" contests it; only a denial denies, and
			// the marker upgrades one by the accused
			kind := timeline.EvidenceDenied
			if c.verb != "denied" {
				kind = timeline.EvidenceDisputed
			}
			e.evid = append(e.evid, marker{kind: kind, tok: c.verbTok, end: c.ce, unit: c.unit, by: c.sp.ent})
			// "denied receiving any such reports" denies the reports and
			// states what the denier did not do: a claim too
			if g := e.lw(c.cs); e.isWord(c.cs) && len(g) > 4 && strings.HasSuffix(g, "ing") && !claimNouns[g] {
				return false
			}
			return c.ce-k <= 3
		}
	}
	return false
}

// deniedWords open what a denial denies as a statement: "denied any
// wrongdoing", "denied involvement", "denied receiving warnings".
var deniedWords = map[string]bool{
	"any": true, "all": true, "wrongdoing": true, "involvement": true, "responsibility": true,
	"knowledge": true, "ever": true, "having": true, "being": true, "it": true, "this": true,
	"there": true, "they": true, "he": true, "she": true, "we": true, "reports": true,
}

// deniedStatement reports whether a denial's content is a statement ("denied
// that ...", "denied receiving ...") rather than a refusal ("denied access
// to reporters").
func (e *evx) deniedStatement(c *claim) bool {
	if e.isWord(c.cs-1) && e.lw(c.cs-1) == "that" || e.isPunct(c.cs-1, ":") || e.isOpenQuote(c.cs) {
		return true
	}
	lw := e.lw(c.cs)
	if deniedWords[lw] || strings.HasSuffix(lw, "ing") && len(lw) > 4 {
		return true
	}
	for k := c.cs; k < c.ce && k < c.cs+7; k++ {
		if e.isWord(k) && (beVerbs[e.lw(k)] || commonVerbs[e.lw(k)] && !e.isCap(k)) {
			return true // a clause: "denied the plant was unsafe"
		}
	}
	return false
}

// addClaim registers a claim and its speaker.
func (e *evx) addClaim(c *claim) {
	if c.sp.ent == nil {
		return
	}
	for k := len(e.claims) - 1; k >= 0 && e.claims[k].unit >= c.unit; k-- {
		if o := e.claims[k]; o.unit == c.unit && o.cs == c.cs && o.ce == c.ce {
			return
		}
	}
	c.sp.ent.speaker = true
	if c.sp.ent.isPerson() {
		e.d.lastPerson = c.sp.ent
	} else {
		e.d.lastThing = c.sp.ent
	}
	e.claims = append(e.claims, c)
	subjTok := c.as
	if subjTok < 0 {
		subjTok = c.verbTok
	}
	e.addMention(c.sp.ent, subjTok, subjTok+1, c.unit, true)
}

func lowerFirst(s string, initial bool) string {
	if !initial || s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	// only a common word capitalised because it opens the sentence
	w, _, _ := strings.Cut(s, " ")
	lw := strings.ToLower(w)
	if agentNouns[lw] || groupKinds[lw] != "" || kindWords[lw] != "" || determiners[lw] || quantifiers[lw] ||
		roleNouns[lw] || docNouns[lw] || descriptorWords[lw] || agentSuffix(lw) || lw == "opposition" || lw == "regional" ||
		lw == "national" || lw == "local" || lw == "federal" || lw == "senior" || lw == "rights" {
		return strings.ToLower(s[:1]) + s[1:]
	}
	return s
}

func (e *evx) isSentenceInitial(s, u int) bool {
	return s == e.units[u].start || s == e.units[u].first
}

// modifierOpeners open a phrase after an anonymous source's noun.
var modifierOpeners = map[string]bool{
	"familiar": true, "close": true, "briefed": true, "knowledgeable": true, "involved": true,
}

// genericSources say nothing of who speaks without their modifier.
var genericSources = map[string]bool{
	"person": true, "people": true, "source": true, "sources": true, "someone": true, "those": true,
	"individuals": true, "individual": true,
}

// noStatementNext follow "said little" or "said nothing" when nothing was
// said: "about the cause", "else", "publicly".
var noStatementNext = map[string]bool{
	"about": true, "on": true, "else": true, "publicly": true, "more": true, "beyond": true, "of": true,
	"further": true, "to": true, "regarding": true, "since": true, "at": true, "in": true,
}
