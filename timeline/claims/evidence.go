package claims

import (
	"strings"

	"factline/timeline"
	"factline/timeline/textutil"
)

// marker is a phrase about a claim's support: "offered no evidence", "could
// not be independently verified", "disputed the union's count".
type marker struct {
	kind     timeline.Evidence
	tok, end int // tokens of the phrase
	unit     int
	// by is who the phrase says offered no evidence, or who disputes or
	// denies; about is whose claims it concerns ("Sorn's comments").
	by, about *entity
	// bySubject is true when the phrase has its own subject ("Drach offered
	// no evidence") rather than qualifying a clause ("without evidence").
	bySubject bool
	// noun is the claim noun a rebuttal names ("accusation", "figure").
	noun string
	// rs, re are the tokens of a claim a rebuttal restates ("rejected
	// Marsh's claim that the offer was affordable"), or rs == re.
	rs, re int
	// verbAt and nounAt are the rebuttal's verb and claim noun, when it has
	// one: the words between say what the claims were about.
	verbAt, nounAt int
}

// modifiersMatch reports whether the words before a rebuttal's claim noun
// ("the fraud allegations") appear in claim c; true when there are none.
func (e *evx) modifiersMatch(m marker, c *claim) bool {
	return wordsShareStem(e.modifierWords(m), e.wordsText(c.cs, c.ce))
}

// modifierWords are the content words between a rebuttal's verb and its
// claim noun: "fraud" in "dismissed the fraud allegations".
func (e *evx) modifierWords(m marker) []string {
	var out []string
	for k := m.verbAt + 1; k < m.nounAt; k++ {
		lw := e.lw(k)
		if !e.isWord(k) || e.isPoss(k+1) || determiners[lw] || functionWords[lw] || len(lw) < 4 {
			continue
		}
		out = append(out, lw)
	}
	return out
}

// wordsShareStem reports whether text holds a word of one stem with one of
// words; true when words is empty.
func wordsShareStem(words []string, text string) bool {
	if len(words) == 0 {
		return true
	}
	have := contentWords(strings.ToLower(text))
	for _, w := range words {
		for h := range have {
			if sharedStem(w, h) {
				return true
			}
		}
	}
	return false
}

// nounVerbs tell which claims a rebuttal's noun refers to: "rejected the
// accusation" answers an accusation.
var nounVerbs = map[string][]string{
	"accusation": {"accused", "blamed", "charged"}, "accusations": {"accused", "blamed", "charged"},
	"allegation": {"alleged", "accused", "claimed"}, "allegations": {"alleged", "accused", "claimed"},
	"charge": {"accused", "charged", "alleged"}, "charges": {"accused", "charged", "alleged"},
	"criticism": {"accused", "blamed", "said"}, "claim": {"claimed", "alleged"}, "claims": {"claimed", "alleged"},
}

var offerVerbs = map[string]bool{
	"offered": true, "offering": true, "offer": true, "offers": true, "provided": true, "providing": true,
	"provide": true, "provides": true, "presented": true, "presenting": true, "present": true,
	"gave": true, "giving": true, "give": true, "cited": true, "citing": true, "cite": true,
	"showed": true, "showing": true, "show": true, "produced": true, "producing": true, "produce": true,
	"shared": true, "sharing": true, "share": true, "released": true, "releasing": true,
	"supplied": true, "furnished": true, "backed": true, "supported": true, "substantiated": true,
}

var verifyWords = map[string]bool{
	"confirmation": true, "verification": true, "verified": true, "verify": true, "confirmed": true, "confirm": true, "acknowledge": true,
	"acknowledged": true, "corroborated": true, "corroborate": true, "substantiated": true,
	"substantiate": true,
}

var disputeVerbs = map[string]bool{
	"disputed": true, "disputes": true, "dispute": true, "disputing": true, "contested": true,
	"contests": true, "contesting": true, "rejected": true, "rejects": true, "rejecting": true,
	"challenged": true, "challenges": true, "questioned": true, "questions": true, "dismissed": true,
	"dismisses": true, "refuted": true, "refutes": true, "denied": true, "denies": true,
	"called": true, "calls": true, "described": true, "labeled": true, "labelled": true, "branded": true,
}

// findEvidence reads the evidence markers of the event and gives them to the
// claims they concern.
func (e *evx) findEvidence() {
	for u := range e.units {
		un := &e.units[u]
		for i := un.start; i < un.last; i++ {
			if e.lex[i]&(lxEvidence|lxVerify|lxDispute) == 0 || e.inQuote(i) {
				continue
			}
			lw := e.lw(i)
			switch {
			case lw == "evidence" || lw == "proof":
				e.noneOffered(u, i)
			case verifyWords[lw] || lw == "unverified" || lw == "unconfirmed":
				e.unverified(u, i)
			case disputeVerbs[lw]:
				e.disputeVerb(u, i)
			}
		}
	}
	// a claim's own qualifiers ("offered no evidence", "could not be
	// independently verified") come before what others answer to it
	for _, m := range e.evid {
		if m.kind == timeline.EvidenceNoneOffered || m.kind == timeline.EvidenceUnconfirmed {
			e.applyMarker(m)
		}
	}
	e.claimRebuttals()
	for _, m := range e.evid {
		if m.kind != timeline.EvidenceNoneOffered && m.kind != timeline.EvidenceUnconfirmed {
			e.applyMarker(m)
		}
	}
}

// noneOffered reads "offered no evidence", "without (offering) evidence",
// "citing no evidence", "despite little evidence", "did not provide any
// evidence", "no evidence was presented".
func (e *evx) noneOffered(u, i int) {
	un := &e.units[u]
	k := i - 1
	if k >= un.start && e.isWord(k) && (e.lw(k) == "any" || e.lw(k) == "supporting" || e.lw(k) == "further" || e.lw(k) == "concrete" || e.lw(k) == "hard") {
		k--
	}
	if k < un.start || !e.isWord(k) {
		return
	}
	lk := e.lw(k)
	start := -1
	subject := false
	switch {
	case lk == "no" || lk == "little" || lk == "scant" || lk == "scarce":
		j := k - 1
		if j >= un.start && e.isWord(j) {
			lj := e.lw(j)
			switch {
			case offerVerbs[lj]:
				start = j
				subject = !strings.HasSuffix(lj, "ing")
			case lj == "with" || lj == "despite" || lj == "without":
				start = j
			case lj == "presented" || lj == "there":
				start = j
			}
		}
		// "no evidence was offered"
		if start < 0 && i+2 < un.last && e.isWord(i+1) && beVerbs[e.lw(i+1)] && e.isWord(i+2) && offerVerbs[e.lw(i+2)] {
			start = k
		}
	case lk == "without":
		start = k
	case offerVerbs[lk]:
		// "without offering evidence", "did not provide evidence", "did not
		// identify any country or offer evidence"
		for j := k - 1; j >= un.start && j >= k-8 && e.isWord(j) && !e.inQuote(j); j-- {
			lj := e.lw(j)
			if lj == "without" {
				start = j
				break
			}
			if lj == "not" || strings.HasSuffix(lj, "n't") || strings.HasSuffix(lj, "n’t") || lj == "never" || lj == "cannot" {
				start = j
				for start-1 >= un.start && e.isWord(start-1) && (e.lw(start-1) == "did" || e.lw(start-1) == "has" || e.lw(start-1) == "have" || e.lw(start-1) == "had" || e.lw(start-1) == "does" || e.lw(start-1) == "could" || e.lw(start-1) == "would") {
					start--
				}
				subject = true
				break
			}
			if finiteVerb(lj) || beVerbs[lj] {
				break
			}
		}
	case lk == "of" && k-2 >= un.start && e.lw(k-1) == "lack":
		start = k - 2
		if e.isWord(start-1) && (e.lw(start-1) == "despite" || e.lw(start-1) == "a") {
			start--
			if e.isWord(start-1) && e.lw(start-1) == "despite" {
				start--
			}
		}
	}
	if start < 0 {
		return
	}
	end := e.phraseEnd(i+1, un.last)
	m := marker{kind: timeline.EvidenceNoneOffered, tok: start, end: end, unit: u, bySubject: subject}
	if subject {
		s := e.npLeft(e.skipBack(start-1, un.start)+1, un.start)
		if s < start && s >= un.start {
			if sp := e.resolveSpeaker(s, e.skipBack(start-1, un.start)+1, u); sp.ok() {
				m.by = sp.ent
			}
		}
	}
	// "presented by the Venn administration"
	for j := i + 1; j < end-1; j++ {
		if e.isWord(j) && e.lw(j) == "by" {
			ne := e.npRight(j+1, un.last)
			if ne > j+1 {
				if sp := e.resolveSpeaker(j+1, ne, u); sp.ok() {
					m.by = sp.ent
				}
			}
			break
		}
	}
	e.evid = append(e.evid, m)
}

// phraseEnd extends a marker over its complement ("for his claim") up to a
// comma or the end of the clause.
func (e *evx) phraseEnd(k, limit int) int {
	j := k
	for j < limit && j < k+8 && !e.inQuote(j) {
		if e.toks[j].Kind == textutil.Punct || e.toks[j].Kind == textutil.Quote {
			break
		}
		if e.isWord(j) {
			lw := e.lw(j)
			if lw == "that" || lw == "which" || lw == "and" || lw == "but" {
				break
			}
		}
		j++
	}
	return j
}

// unverified reads "could not be independently verified", "has not
// confirmed", "did not acknowledge", "unverified".
func (e *evx) unverified(u, i int) {
	un := &e.units[u]
	lw := e.lw(i)
	start := -1
	if lw == "unverified" || lw == "unconfirmed" {
		start = i
	} else if lw == "confirmation" || lw == "verification" {
		// "there was no independent confirmation"
		j := i - 1
		if e.isWord(j) && e.lw(j) == "independent" {
			j--
		}
		if !e.isWord(j) || e.lw(j) != "no" {
			return
		}
		start = j
	} else {
		// look back over "be", "been", "independently", "immediately" to a negation
		for j := i - 1; j >= un.start && j >= i-6; j-- {
			if !e.isWord(j) {
				break
			}
			lj := e.lw(j)
			if lj == "not" || lj == "cannot" || strings.HasSuffix(lj, "n't") || strings.HasSuffix(lj, "n’t") || lj == "never" || lj == "unable" || lj == "failed" {
				start = j
				for start-1 >= un.start && e.isWord(start-1) && (blockers[e.lw(start-1)] || e.lw(start-1) == "has" || e.lw(start-1) == "have" || e.lw(start-1) == "had") {
					start--
				}
				break
			}
			if lj == "be" || lj == "been" || lj == "independently" || lj == "immediately" || lj == "yet" || lj == "was" || lj == "were" || lj == "is" || lj == "are" || lj == "so" || lj == "far" || lj == "publicly" || lj == "officially" || lj == "to" || lj == "able" || lj == "separately" || lj == "possible" || lj == "it" {
				continue
			}
			break
		}
		if start < 0 {
			start = e.noneOfClaims(i, un)
		}
		if start < 0 {
			return
		}
		// "did not immediately confirm" is a routine no-comment unless the
		// phrase is about a claim
		if lw == "confirm" || lw == "confirmed" {
			if !e.aboutClaim(i+1, un.last) && !e.passiveAt(i) && !e.backRefObject(i+1, un) {
				return
			}
		}
	}
	end := e.phraseEnd(i+1, un.last)
	m := marker{kind: timeline.EvidenceUnconfirmed, tok: start, end: end, unit: u}
	// whose claims: "Tarvia did not acknowledge Sorn's comments"
	m.about = e.possessorIn(i+1, end, u)
	// who could not confirm: "Iran did not acknowledge ..." excludes Iran's own claims
	if s := e.subjectBefore(start, u); s.ok() {
		if p := e.skipBack(start-1, un.start); p >= un.start && e.isWord(p) && (claimNouns[e.lw(p)] || docNouns[e.lw(p)]) {
			// "The report could not be verified": the report's author
			// is whose claim it concerns, not who fails to confirm
			if m.about == nil {
				m.about = s.ent
			}
		} else {
			m.by = s.ent
			m.bySubject = true
		}
	}
	e.evid = append(e.evid, m)
}

// noneOfClaims reads a negated subject before a verify word: "Neither claim
// could be independently verified", "None of the reports could be
// confirmed". It returns the marker's first token, or -1.
func (e *evx) noneOfClaims(i int, un *unit) int {
	k := un.start
	if i-k > 10 || !e.isWord(k) {
		return -1
	}
	switch e.lw(k) {
	case "neither", "none", "no":
	default:
		return -1
	}
	for j := k + 1; j < i; j++ {
		if !e.isWord(j) {
			return -1
		}
		if claimNouns[e.lw(j)] {
			return k
		}
	}
	return -1
}

// aboutClaim reports whether a claim noun or pronoun follows: "could not
// confirm the figures", "did not confirm it".
func (e *evx) aboutClaim(k, limit int) bool {
	for j := k; j < limit && j < k+5; j++ {
		if !e.isWord(j) {
			if e.isPoss(j) {
				continue
			}
			return false
		}
		lw := e.lw(j)
		if claimNouns[lw] || lw == "it" || lw == "this" {
			return true
		}
	}
	return false
}

// backRefObject reports a short sentence that ends on a definite object
// referring back to what was just said: "The government has not confirmed
// the plan."
func (e *evx) backRefObject(k int, un *unit) bool {
	if un.last-un.start > 12 || k+1 >= un.last || !e.isWord(k) {
		return false
	}
	switch e.lw(k) {
	case "the", "this", "that", "these", "those", "such", "any":
	default:
		return false
	}
	j := k + 1
	for j < un.last && e.isWord(j) && !e.isCap(j) {
		j++
	}
	return j > k+1 && j <= k+3 && j < un.last && e.isTerminal(j)
}

// passiveAt reports "could not be confirmed", where the subject is the claim.
func (e *evx) passiveAt(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if e.isWord(j) && (e.lw(j) == "be" || e.lw(j) == "been") {
			return true
		}
	}
	return false
}

// possessorIn finds "X's" in [k, end) and resolves X.
func (e *evx) possessorIn(k, end, u int) *entity {
	for j := k; j < end; j++ {
		if e.isPoss(j) && j-1 >= k {
			s := e.npLeft(j, k)
			if s >= j {
				continue
			}
			if sp := e.resolveSpeaker(s, j, u); sp.ok() {
				return sp.ent
			}
		}
	}
	return nil
}

// subjectBefore resolves the subject of a marker's verb.
func (e *evx) subjectBefore(start, u int) spk {
	un := &e.units[u]
	p := e.skipBack(start-1, un.start)
	if p < un.start || !e.isWord(p) {
		return spk{}
	}
	s := e.npLeft(p+1, un.start)
	if s > p {
		return spk{}
	}
	return e.resolveSpeaker(s, p+1, u)
}

// disputeVerb reads "X disputed Y's count", "rejected the claim".
func (e *evx) disputeVerb(u, i int) {
	un := &e.units[u]
	j := i + 1
	about := (*entity)(nil)
	found := false
	for ; j < un.last && j < i+6; j++ {
		if e.inQuote(j) {
			break
		}
		if e.isPoss(j) {
			continue
		}
		if !e.isWord(j) {
			break
		}
		if claimNouns[e.lw(j)] {
			found = true
			break
		}
	}
	if !found {
		// "..., a figure the government disputes"
		for b := i - 1; b >= un.start && b >= i-6; b-- {
			if !e.isWord(b) || e.inQuote(b) {
				break
			}
			if claimNouns[e.lw(b)] && (e.lw(b-1) == "a" || e.lw(b-1) == "an") && e.isComma(b-2) {
				sub := e.npLeft(i, b+1)
				m := marker{kind: timeline.EvidenceDisputed, tok: b - 1, end: i + 1, unit: u}
				if sub < i {
					if sp := e.resolveSpeaker(sub, i, u); sp.ok() {
						m.by = sp.ent
					}
				}
				e.evid = append(e.evid, m)
				return
			}
		}
		return
	}
	about = e.possessorIn(i+1, j, u)
	kind := timeline.EvidenceDisputed
	sub := e.subjectBefore(i, u)
	lw := e.lw(i)
	if (lw == "denied" || lw == "denies") && about == nil {
		kind = timeline.EvidenceDenied
	}
	if !sub.ok() {
		// "Delko, 54, called reports ... a lie": the verb's own claim knows
		// its speaker when the subject is out of reach
		for _, c := range e.claims {
			if c.unit == u && c.verbTok == i {
				sub = c.sp
				break
			}
		}
	}
	m := marker{kind: kind, tok: i, end: j + 1, unit: u, about: about, by: sub.ent, bySubject: sub.ok(), noun: e.lw(j), nounAt: j, verbAt: i}
	if e.isWord(j+1) && e.lw(j+1) == "that" {
		m.rs = j + 2
		m.re = m.rs
		for m.re < un.last && !e.isComma(m.re) && !e.isTerminal(m.re) {
			m.re++
		}
	}
	if sub.ok() {
		s := e.npLeft(e.skipBack(i-1, un.start)+1, un.start)
		if s < i {
			m.tok = s
		}
	}
	e.evid = append(e.evid, m)
}

// claimRebuttals marks claims that other claims of the event contest: a
// denial by the accused, a competing estimate ("police put the crowd at
// about 6,000"), and a claim about "the figure" another speaker gave.
func (e *evx) claimRebuttals() {
	for ci, c := range e.claims {
		if c.sp.ent == nil {
			continue
		}
		switch {
		case c.verb == "denied":
			if t := e.deniedTarget(ci); t != nil && t.evidence == "" {
				t.evidence = timeline.EvidenceDenied
				t.evText = e.claimSpanText(c)
				// "denied that any such report existed" also answers the
				// claim beside the accusation that the denial's words echo
				e.denySharedNoun(ci, t)
			} else if t := e.selfDenied(ci); t != nil {
				if t.evidence == "" {
					t.evidence = timeline.EvidenceDenied
					t.evText = e.claimSpanText(c)
				}
			} else if t := e.sameSubjectBefore(ci); t != nil && t.evidence == "" {
				t.evidence = timeline.EvidenceDenied
				t.evText = e.claimSpanText(c)
			} else if t := e.contestedBefore(ci); t != nil && t.evidence == "" {
				t.evidence = timeline.EvidenceDisputed
				t.evText = e.claimSpanText(c)
			} else if t := e.overlapBefore(ci); t != nil && t.evidence == "" {
				t.evidence = timeline.EvidenceDisputed
				t.evText = e.claimSpanText(c)
			}
		case c.verb == "put":
			if t := e.numberClaimBefore(ci, true); t != nil && t.evidence == "" {
				t.evidence = timeline.EvidenceDisputed
				t.evText = e.claimSpanText(c)
			}
		default:
			if owner := e.ownedFigure(c); owner != nil && owner != c.sp.ent && !sameSide(owner, c.sp.ent) {
				// "the Red Cross figure included ...": every account its
				// owner gave of it in the update
				for k := ci - 1; k >= 0; k-- {
					if t := e.claims[k]; t.sp.ent == owner && t.evidence == "" {
						t.evidence = timeline.EvidenceDisputed
						t.evText = e.claimSpanText(c)
					}
				}
			} else if e.anaphoricClaimNoun(c) && !e.forecastOnly(c) {
				if t := e.numberClaimBefore(ci, false); t != nil && t.evidence == "" {
					t.evidence = timeline.EvidenceDisputed
					t.evText = e.claimSpanText(c)
				}
			} else if t := e.negatedEcho(ci); t != nil && t.evidence == "" {
				t.evidence = timeline.EvidenceDisputed
				t.evText = e.claimSpanText(c)
			} else if e.estimateContent(c) {
				// "The ministry said participation was about 18,000" after
				// the union's 41,000: a competing figure
				if t := e.numberClaimBefore(ci, true); t != nil && t.evidence == "" && e.units[t.unit].para == e.units[c.unit].para && e.sameMeasure(c, t) {
					t.evidence = timeline.EvidenceDisputed
					t.evText = e.claimSpanText(c)
				}
			}
		}
	}
}

// claimSpanText is the words of a claim's attribution and content.
func (e *evx) claimSpanText(c *claim) string {
	s, end := c.cs, c.ce
	if c.as >= 0 && c.as < s {
		s = c.as
	}
	if c.ae > end {
		end = c.ae
	}
	return strings.TrimSpace(e.wordsText(s, end))
}

// deniedTarget finds the claim a denial answers: an earlier claim of the
// event that names the denier, else the last accusation by someone else.
func (e *evx) deniedTarget(ci int) *claim {
	c := e.claims[ci]
	b := c.sp.ent
	accusation := func(o *claim) bool {
		switch o.verb {
		case "accused", "alleged", "claimed", "blamed", "charged":
			return true
		}
		return false
	}
	for pass := 0; pass < 3; pass++ {
		for k := ci - 1; k >= 0; k-- {
			o := e.claims[k]
			if o.sp.ent == b || !e.contentNames(o, b) && !(pass > 0 && e.accuses(o, b)) {
				continue
			}
			near := e.units[o.unit].para >= e.units[c.unit].para-1 && o.unit != c.unit && !e.ownAction(o)
			if pass == 0 && accusation(o) ||
				pass == 1 && near && !e.hasNumber(o) ||
				pass == 2 && near && o.quote < 0 {
				return o
			}
		}
	}
	for k := ci - 1; k >= 0; k-- {
		o := e.claims[k]
		if o.sp.ent == b {
			continue
		}
		if e.units[o.unit].para < e.units[c.unit].para-1 {
			break
		}
		switch o.verb {
		case "accused", "alleged", "claimed", "blamed":
			return o
		}
	}
	return nil
}

// denySharedNoun marks denied the claims beside t, the accusation a denial
// answers, that hold the document noun the denial names: "denied that any
// such report had reached the ministry" answers "had obtained a report"
// too.
func (e *evx) denySharedNoun(ci int, t *claim) {
	c := e.claims[ci]
	noun := ""
	for k := c.cs; k < c.ce; k++ {
		if e.isWord(k) && claimNouns[e.lw(k)] && k > c.cs && (e.lw(k-1) == "such" || e.lw(k-1) == "the" || e.lw(k-1) == "that") {
			noun = e.lw(k)
			break
		}
	}
	if noun == "" {
		return
	}
	for k := ci - 1; k >= 0; k-- {
		o := e.claims[k]
		if o == t || o.evidence != "" || sameSide(o.sp.ent, c.sp.ent) || e.units[o.unit].para != e.units[t.unit].para {
			continue
		}
		for j := o.cs; j < o.ce; j++ {
			if e.isWord(j) && !e.inQuote(j) && e.lw(j) == noun {
				o.evidence = timeline.EvidenceDenied
				o.evText = t.evText
				break
			}
		}
	}
}

// selfDenied finds the claim a denial about the denier's own acts answers
// ("Northvale Power denied that its equipment had caused the fire", "the
// rebels denied carrying out any attack"): the denier is the claim's target,
// so the last claim before it by another side, in its paragraph or the one
// before, is denied.
func (e *evx) selfDenied(ci int) *claim {
	c := e.claims[ci]
	self := c.cs < c.ce && e.isWord(c.cs) && strings.HasSuffix(e.lw(c.cs), "ing") && !e.isCap(c.cs)
	for k := c.cs; k < c.ce && !self; k++ {
		if e.isWord(k) {
			switch e.lw(k) {
			case "its", "his", "her", "their", "our", "my", "involvement", "responsibility", "wrongdoing":
				self = true
			}
		}
	}
	if !self {
		return nil
	}
	for k := ci - 1; k >= 0; k-- {
		o := e.claims[k]
		if e.units[o.unit].para < e.units[c.unit].para-1 {
			return nil
		}
		if !sameSide(o.sp.ent, c.sp.ent) && o.verb != "denied" {
			return o
		}
	}
	return nil
}

// forecastOnly reports a comment on a figure that only says it will grow
// ("officials said the number was likely to rise"), which contests nothing.
func (e *evx) forecastOnly(c *claim) bool {
	grow := false
	for k := c.cs; k < c.ce; k++ {
		if !e.isWord(k) {
			continue
		}
		switch e.lw(k) {
		case "rise", "rising", "climb", "climbing", "grow", "growing", "increase", "increasing", "updated", "revised":
			grow = true
		case "too", "wrong", "inflated", "exaggerated", "false", "inaccurate", "incorrect", "misleading", "low", "high", "not":
			return false
		}
	}
	return grow
}

// negatedEcho finds the claim just before claim ci, by another side, that
// ci contradicts with a negation on the same matter: "looters had broken
// into homes" then "police said they had no reports of looting".
func (e *evx) negatedEcho(ci int) *claim {
	c := e.claims[ci]
	if ci == 0 || c.quote >= 0 || c.parent != nil {
		return nil
	}
	o := e.claims[ci-1]
	if sameSide(o.sp.ent, c.sp.ent) || o.quote >= 0 || o.unit < c.unit-1 {
		return nil
	}
	if e.units[o.unit].para != e.units[c.unit].para {
		// a reply may open the next paragraph: "The union said it had
		// filed notice" after "had not given notice"
		if e.units[o.unit].para == e.units[c.unit].para-1 && e.affirmsNegated(c, o) {
			return o
		}
		return nil
	}
	// "no reports of looting": the words a "no" rules out
	var mine []string
	for k := c.cs; k < c.ce; k++ {
		if !e.isWord(k) || e.lw(k) != "no" {
			continue
		}
		for j := k + 1; j < c.ce && j <= k+4 && e.isWord(j); j++ {
			if lw := e.lw(j); len(lw) >= 5 && !functionWords[lw] {
				mine = append(mine, lw)
			}
		}
	}
	if len(mine) == 0 {
		if e.negatedAccount(c, o) || e.affirmsNegated(c, o) {
			return o
		}
		return nil
	}
	for k := o.cs; k < o.ce; k++ {
		if !e.isWord(k) || len(e.lw(k)) < 5 || functionWords[e.lw(k)] {
			continue
		}
		for _, w := range mine {
			if sharedStem(w, e.lw(k)) {
				return o
			}
		}
	}
	return nil
}

// estimateContent reports a claim that only gives a measure's value: "the
// turnout was about 18,000", "participation stood at 32%".
func (e *evx) estimateContent(c *claim) bool {
	for k := c.cs; k < c.ce && k < c.cs+5; k++ {
		if !e.isWord(k) {
			return false
		}
		if e.toks[k].Flags&textutil.FlagDigit != 0 {
			return false
		}
		switch e.lw(k) {
		case "was", "were", "is", "are", "stood", "stands":
			if k == c.cs {
				return false
			}
			j := k + 1
			for j < c.ce && e.isWord(j) && (e.lw(j) == "at" || numberWords[e.lw(j)] && e.toks[j].Flags&textutil.FlagDigit == 0 || e.lw(j) == "roughly" || e.lw(j) == "only" || e.lw(j) == "just") {
				j++
			}
			return j < c.ce && e.toks[j].Flags&textutil.FlagDigit != 0
		}
	}
	return false
}

// measureNouns are the subjects of a bare estimate that can only count
// what the claim before counted.
var measureNouns = map[string]bool{
	"participation": true, "turnout": true, "attendance": true, "toll": true, "crowd": true,
	"figure": true, "number": true, "total": true, "count": true, "tally": true, "estimate": true,
}

// sameMeasure reports whether an estimate counts what the claim o counts:
// a bare "participation was ..." does; "the number of shelters was ..."
// only when o speaks of shelters.
func (e *evx) sameMeasure(c, o *claim) bool {
	k := c.cs
	for k < c.ce && e.isWord(k) && !beVerbs[e.lw(k)] && e.lw(k) != "stood" && e.lw(k) != "stands" {
		k++
	}
	ofAt := -1
	for j := c.cs; j < k; j++ {
		if e.lw(j) == "of" {
			ofAt = j
			break
		}
	}
	if ofAt < 0 {
		return k > c.cs && measureNouns[e.lw(k-1)]
	}
	have := contentWords(strings.ToLower(e.wordsText(o.cs, o.ce)))
	for j := ofAt + 1; j < k; j++ {
		for h := range have {
			if len(e.lw(j)) >= 4 && sharedStem(e.lw(j), h) {
				return true
			}
		}
	}
	return false
}

// forceWords name the armed side of an account: "shot by police" and
// "officers had not fired" speak of the same actors.
var forceWords = map[string]bool{
	"police": true, "officers": true, "policemen": true, "troops": true, "soldiers": true,
	"army": true, "military": true, "forces": true, "guards": true,
}

// negatedAccount reports a claim in the next sentence, by another side, that
// negates what the claim before it says on the same matter: "the man had
// been shot by police" then "officers had not used live ammunition".
func (e *evx) negatedAccount(c, o *claim) bool {
	if o.unit != c.unit-1 || e.hasNegation(o) {
		return false
	}
	neg := false
	for k := c.cs; k+1 < c.ce; k++ {
		if e.isWord(k) && (e.lw(k) == "not" || e.lw(k) == "never" || e.lw(k) == "n't") && k > c.cs {
			if e.isWord(k+1) && (e.lw(k+1) == "yet" || e.lw(k+1) == "been") {
				return false // "had not yet been identified": news still to come
			}
			neg = true
			break
		}
	}
	if !neg {
		return false
	}
	mine := contentWords(strings.ToLower(e.wordsText(c.cs, c.ce)))
	have := contentWords(strings.ToLower(e.wordsText(o.cs, o.ce)))
	force := [2]bool{}
	for w := range mine {
		if forceWords[w] {
			force[0] = true
		}
		for h := range have {
			if len(w) >= 5 && sharedStem(w, h) {
				return true
			}
		}
	}
	for h := range have {
		if forceWords[h] {
			force[1] = true
		}
	}
	return force[0] && force[1]
}

// affirmsNegated reports a claim that affirms what the sentence before denied
// happened: "the union had not given notice" answered by "it had filed
// notice on Aug. 2". The shared word must follow the negation closely.
func (e *evx) affirmsNegated(c, o *claim) bool {
	if o.unit != c.unit-1 || e.hasNegation(c) {
		return false
	}
	for k := o.cs; k < o.ce; k++ {
		if !e.isWord(k) || e.inQuote(k) || (e.lw(k) != "not" && e.lw(k) != "never" && e.lw(k) != "n't") {
			continue
		}
		for j := k + 1; j < o.ce && j <= k+8 && !e.isComma(j) && !e.isTerminal(j); j++ {
			w := e.lw(j)
			if !e.isWord(j) || len(w) < 5 || functionWords[w] {
				continue
			}
			for i := c.cs; i < c.ce; i++ {
				if e.isWord(i) && len(e.lw(i)) >= 5 && sharedStem(w, e.lw(i)) {
					return true
				}
			}
		}
		return false
	}
	return false
}

func (e *evx) hasNegation(c *claim) bool {
	for k := c.cs; k < c.ce; k++ {
		if e.isWord(k) {
			switch e.lw(k) {
			case "not", "never", "n't", "no":
				return true
			}
		}
	}
	return false
}

// sharedStem reports two words of one stem: "looters" and "looting".
func sharedStem(a, b string) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n >= 4 && n >= len(a)-4 && n >= len(b)-4
}

// overlapBefore finds the earlier claim of the event, by another side, that a
// denial's words echo most ("denied that the fishermen were discussed" after
// "raised the case of 14 detained fishermen").
func (e *evx) overlapBefore(ci int) *claim {
	c := e.claims[ci]
	want := contentWords(strings.ToLower(e.wordsText(c.cs, c.ce)))
	if len(want) == 0 {
		return nil
	}
	var best *claim
	bestScore := 0.0
	for k := ci - 1; k >= 0; k-- {
		o := e.claims[k]
		if sameSide(o.sp.ent, c.sp.ent) || e.units[o.unit].para < e.units[c.unit].para-3 {
			continue
		}
		have := contentWords(strings.ToLower(e.wordsText(o.cs, o.ce)))
		n := 0
		for w := range want {
			if have[w] || have[strings.TrimSuffix(w, "s")] || have[w+"s"] {
				n++
			}
		}
		if sc := float64(n) / float64(len(want)); sc >= 0.5 && sc > bestScore {
			best, bestScore = o, sc
		}
	}
	return best
}

// sameSubjectBefore finds the claim a "denied that" answers when it speaks
// of the same subject as the claim by another party just before it: "... said
// the ferry had sailed with 600 aboard. The operator denied that the vessel
// had been overloaded."
func (e *evx) sameSubjectBefore(ci int) *claim {
	c := e.claims[ci]
	if c.cs != c.verbTok+2 || !e.isWord(c.verbTok+1) || e.lw(c.verbTok+1) != "that" {
		return nil
	}
	h := e.contentSubject(c)
	if h == "" {
		return nil
	}
	for k := ci - 1; k >= 0; k-- {
		o := e.claims[k]
		if o.unit >= c.unit {
			continue
		}
		if o.unit != c.unit-1 || e.units[o.unit].para != e.units[c.unit].para || sameSide(o.sp.ent, c.sp.ent) || o.verb == "denied" {
			return nil
		}
		if oh := e.contentSubject(o); oh == h || vesselNouns[oh] && vesselNouns[h] {
			return o
		}
		return nil
	}
	return nil
}

// vesselNouns name one craft many ways: "the ferry" is "the ship".
var vesselNouns = map[string]bool{
	"ship": true, "ferry": true, "vessel": true, "boat": true, "tanker": true, "freighter": true,
	"barge": true, "plane": true, "aircraft": true, "jet": true, "airliner": true, "train": true,
}

// subjectAux open the verb group after a content's subject.
var subjectAux = map[string]bool{
	"had": true, "has": true, "have": true, "was": true, "were": true, "is": true, "are": true,
	"would": true, "could": true, "will": true, "did": true,
}

// contentSubject returns the lower-case head of a claim's definite subject
// ("the ship had been overloaded": "ship"), or "".
func (e *evx) contentSubject(c *claim) string {
	k := c.cs
	if !e.isWord(k) || e.lw(k) != "the" {
		return ""
	}
	for j := k + 1; j < c.ce && j < k+4; j++ {
		if !e.isWord(j) || e.isCap(j) {
			return ""
		}
		if subjectAux[e.lw(j)] {
			if j == k+1 {
				return ""
			}
			return e.lw(j - 1)
		}
	}
	return ""
}

// contestedBefore finds the claim a denial contests when it does not answer
// an accusation: the claim just before it, in its sentence, by someone else.
func (e *evx) contestedBefore(ci int) *claim {
	c := e.claims[ci]
	for k := ci - 1; k >= 0; k-- {
		o := e.claims[k]
		if o.unit != c.unit {
			// "... were running out of fluids. Falk denied there was any
			// shortage.": a bare denial answers the sentence before it
			if o.unit == c.unit-1 && e.units[o.unit].para == e.units[c.unit].para && c.cs == c.verbTok+1 &&
				!sameSide(o.sp.ent, c.sp.ent) && o.verb != "denied" {
				return o
			}
			return nil
		}
		if o.sp.ent != c.sp.ent {
			return o
		}
	}
	return nil
}

// accuses reports whether an accusation names b, or "the government" when b
// is a government body.
func (e *evx) accuses(c *claim, b *entity) bool {
	if e.contentNames(c, b) {
		return true
	}
	if b.kind != timeline.SpeakerGovernment {
		return false
	}
	for k := c.cs; k < c.ce && k < c.cs+4; k++ {
		if e.isWord(k) && (e.lw(k) == "government" || e.lw(k) == "authorities") {
			return true
		}
	}
	return false
}

// contentNames reports whether a claim's content names the entity.
func (e *evx) contentNames(o *claim, b *entity) bool {
	text := strings.ToLower(e.wordsText(o.cs, o.ce))
	names := append([]string{b.name}, b.aliases...)
	if b.surname != "" {
		names = append(names, b.surname)
	}
	// "Ostria's foreign ministry" is named by "Ostria"
	if w, _, ok := strings.Cut(b.name, " "); ok && b.kind != timeline.SpeakerPerson {
		names = append(names, textutil.TrimPossessive(w))
	}
	for _, n := range names {
		n = strings.ToLower(n)
		if len(n) > 2 && strings.Contains(text, n) {
			return true
		}
	}
	// the ship a company operates stands for the company
	for _, t := range e.d.reg.ents {
		if t.thing && t.operator == b && t != b && e.contentNames(o, t) {
			return true
		}
	}
	return false
}

// ownAction reports a claim that tells what the speaker's side did ("the
// ministry had suspended the license"): not a statement a third party
// denies.
func (e *evx) ownAction(c *claim) bool {
	k := c.cs
	if e.isWord(k) && e.lw(k) == "that" {
		k++
	}
	if !e.isWord(k) || !e.isWord(k+1) {
		return false
	}
	if lw := e.lw(k); lw == "we" || (lw == "the" || lw == "his" || lw == "her" || lw == "its") && ownOrgans[e.lw(k+1)] && officialSpeaker(c.sp.ent) {
		return true
	}
	return false
}

// officialSpeaker reports a speaker who can call the government's organs
// their own: a public body or a holder of public office, not an opposition
// leader speaking of "the government".
func officialSpeaker(ent *entity) bool {
	if ent == nil {
		return false
	}
	switch ent.kind {
	case timeline.SpeakerGovernment:
		return true
	case timeline.SpeakerPerson:
		if ent.speaksFor != nil && ent.speaksFor.kind == timeline.SpeakerGovernment {
			return true
		}
		r := lastWord(ent.role)
		return ent.role == "" || officialRoles[r]
	}
	return false
}

// officialRoles hold public office.
var officialRoles = map[string]bool{
	"minister": true, "secretary": true, "spokesman": true, "spokeswoman": true, "spokesperson": true,
	"official": true, "president": true, "governor": true, "mayor": true, "premier": true, "chancellor": true,
	"commissioner": true, "director": true, "chief": true, "ambassador": true, "envoy": true, "prosecutor": true,
}

// ownOrgans are the bodies an official speaks of as their own.
var ownOrgans = map[string]bool{"ministry": true, "government": true, "department": true, "agency": true, "office": true, "administration": true, "cabinet": true}

// sameSide reports whether two speakers speak for the same side: the same
// entity, or a spokesperson and their body.
func sameSide(a, b *entity) bool {
	return a == b || a != nil && b != nil && (a.speaksFor == b || b.speaksFor == a || a.speaksFor != nil && a.speaksFor == b.speaksFor)
}

// numberClaimBefore finds the last claim before claim ci by another speaker
// whose content holds a number: the one a competing figure contests. near
// limits the search to the same or the previous unit.
func (e *evx) numberClaimBefore(ci int, near bool) *claim {
	c := e.claims[ci]
	for k := ci - 1; k >= 0; k-- {
		o := e.claims[k]
		if sameSide(o.sp.ent, c.sp.ent) {
			continue
		}
		if near && o.unit < c.unit-1 {
			return nil
		}
		if e.hasNumber(o) {
			return o
		}
	}
	return nil
}

func (e *evx) hasNumber(c *claim) bool {
	for k := c.cs; k < c.ce; k++ {
		if e.isWord(k) && (e.toks[k].Flags&textutil.FlagDigit != 0 || numberWords[e.lw(k)] && e.lw(k) != "about" && e.lw(k) != "some" && e.lw(k) != "more" && e.lw(k) != "up" && e.lw(k) != "over") {
			return true
		}
	}
	return false
}

// anaphoricClaimNoun reports whether a claim's content opens with "the
// figure", "that claim", "those numbers": a comment on another's claim.
func (e *evx) anaphoricClaimNoun(c *claim) bool {
	k := c.cs
	if k+1 >= c.ce || !e.isWord(k) {
		return false
	}
	switch e.lw(k) {
	case "the", "that", "those", "this", "these":
	default:
		return false
	}
	switch e.lw(k + 1) {
	case "figure", "figures", "claim", "claims", "number", "numbers", "count", "tally", "estimate",
		"estimates", "assertion", "allegation", "allegations", "account", "statistics":
		// "the number of shelters" names its own matter
		return !(e.isWord(k+2) && e.lw(k+2) == "of" && k+2 < c.ce)
	}
	return false
}

// ownedFigure reads "the Red Cross figure", "the union's count" opening a
// claim and returns the speaker named as the figure's owner.
func (e *evx) ownedFigure(c *claim) *entity {
	k := c.cs
	if !e.isWord(k) || e.lw(k) != "the" {
		return nil
	}
	n := k + 1
	for n < c.ce && n < k+6 && e.isWord(n) && e.isCap(n) {
		n++
	}
	nameEnd := n
	// "the association's total": a body by its class noun
	class := ""
	if n == k+1 && e.isWord(n) && definiteHeads[e.lw(n)] && e.isPoss(n+1) {
		class = e.lw(n)
		n++
		nameEnd = n
	}
	if n > k+1 && e.isPoss(n) {
		n++ // "the Red Cross's figure"
	}
	if n == k+1 || n >= c.ce || !e.isWord(n) {
		return nil
	}
	switch e.lw(n) {
	case "figure", "figures", "count", "tally", "estimate", "estimates", "toll", "numbers", "total":
	default:
		return nil
	}
	if e.isWord(n+1) && e.lw(n+1) == "of" {
		return nil
	}
	name := e.wordsText(k+1, nameEnd)
	for _, o := range e.claims {
		if o == c || o.sp.ent == nil {
			continue
		}
		ent := o.sp.ent
		if class != "" {
			if !ent.isPerson() && (ent.hasClass(class) || strings.HasSuffix(strings.ToLower(ent.name), " "+class)) {
				return ent
			}
			continue
		}
		if ent.name == name || strings.HasSuffix(ent.name, " "+name) || strings.HasPrefix(ent.name, name+" ") {
			return ent
		}
		for _, a := range ent.aliases {
			if a == name {
				return ent
			}
		}
	}
	return nil
}

// applyRestated gives a rebuttal to the claim whose words its restatement
// shares most, in this update or the few before.
func (e *evx) applyRestated(m marker, text string) bool {
	want := contentWords(strings.ToLower(e.wordsText(m.rs, m.re)))
	if len(want) == 0 {
		return false
	}
	score := func(t string) float64 {
		have := contentWords(strings.ToLower(t))
		n := 0
		for w := range want {
			if have[w] {
				n++
			}
		}
		return float64(n) / float64(len(want))
	}
	const enough = 0.5
	var best *claim
	bestScore := 0.0
	for _, c := range e.claims {
		if c.unit > m.unit || c.unit == m.unit && c.verbTok >= m.tok || m.about != nil && c.sp.ent != m.about {
			continue
		}
		if sc := score(e.wordsText(c.cs, c.ce)); sc >= enough && sc > bestScore {
			best, bestScore = c, sc
		}
	}
	if best != nil {
		if best.evidence == "" {
			best.evidence, best.evText = m.kind, text
		}
		return true
	}
	var bestPrev *timeline.Claim
	for _, pe := range e.d.recent {
		for i := range pe.ev.Claims {
			if m.about != nil && pe.ents[i] != m.about {
				continue
			}
			if sc := score(pe.ev.Claims[i].Text); sc >= enough && sc >= bestScore {
				bestPrev, bestScore = &pe.ev.Claims[i], sc
			}
		}
	}
	if bestPrev != nil {
		if bestPrev.Evidence == "" {
			bestPrev.Evidence, bestPrev.EvidenceText = m.kind, text
		}
		return true
	}
	return false
}

// contentWords are the words of three letters or more, but the commonest.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && r != '“' && r != '”' && r != '’' && r != '‘')
	}) {
		if len(w) >= 3 && !functionWords[w] && !determiners[w] {
			out[w] = true
		}
	}
	return out
}

// anaphoricStart reports a unit that opens by referring back: "The claim
// could not be verified", "It could not be confirmed", "There was no
// independent confirmation".
func (e *evx) anaphoricStart(u int) bool {
	k := e.units[u].start
	switch e.lw(k) {
	case "it", "this", "that", "there", "these", "those":
		return true
	case "the", "such":
		return e.isWord(k+1) && claimNouns[e.lw(k+1)] && !e.isComma(k+2)
	}
	return false
}

// applyMarker gives a marker to the claims it concerns.
func (e *evx) applyMarker(m marker) {
	text := strings.TrimSpace(e.wordsText(m.tok, m.end))
	set := func(c *claim) {
		if c.evidence == "" || c.evidence == timeline.EvidenceUnconfirmed && m.kind == timeline.EvidenceNoneOffered {
			c.evidence, c.evText = m.kind, text
		}
	}
	switch m.kind {
	case timeline.EvidenceNoneOffered:
		// in a claim's own attribution: "claimed, without offering evidence, that"
		applied := false
		var who *entity
		for _, c := range e.claims {
			if c.unit == m.unit && (m.tok >= c.verbTok && m.tok < c.cs || c.as >= 0 && m.tok >= c.as && m.tok < c.ae && m.tok > c.verbTok) {
				set(c)
				applied = true
				who = c.sp.ent
			}
		}
		if applied {
			// the speaker's other claims of the paragraph make the same case
			para := e.units[m.unit].para
			for _, c := range e.claims {
				if c.sp.ent == who && e.units[c.unit].para == para {
					set(c)
				}
			}
			return
		}
		if m.by != nil {
			// the claims the phrase looks back on, and any in its own sentence
			for _, c := range e.claims {
				if c.sp.ent == m.by && (c.verbTok < m.tok || c.unit == m.unit) {
					set(c)
					applied = true
				}
			}
			if !applied && m.unit <= 1 {
				e.d.prevEvidence(m.kind, text, m.by, true)
				return
			}
			if applied || m.bySubject {
				return
			}
		}
		for _, c := range e.claims {
			if c.unit == m.unit {
				set(c)
				applied = true
			}
		}
		if applied {
			return
		}
		for _, c := range e.claims {
			if c.unit == m.unit-1 {
				set(c)
			}
		}
	case timeline.EvidenceUnconfirmed:
		if m.about != nil {
			applied := false
			for _, c := range e.claims {
				if c.sp.ent == m.about {
					set(c)
					applied = true
				}
			}
			if !applied && m.unit <= 1 {
				e.d.prevEvidence(m.kind, text, m.about, true)
			}
			return
		}
		// the claims of the paragraph that holds the latest claim before the
		// marker, and not before the marker's own paragraph's start
		para := e.units[m.unit].para
		var last *claim
		for _, c := range e.claims {
			if c.sp.ent == m.by && m.by != nil {
				continue
			}
			if c.unit > m.unit || c.unit == m.unit && c.verbTok > m.tok {
				continue
			}
			if e.units[c.unit].para < para-1 {
				continue
			}
			if last == nil || c.verbTok > last.verbTok {
				last = c
			}
		}
		if last == nil {
			if m.unit == 0 && e.anaphoricStart(m.unit) {
				e.d.prevEvidence(m.kind, text, m.by, false)
			}
			return
		}
		lp := e.units[last.unit].para
		for _, c := range e.claims {
			if c.sp.ent == m.by && m.by != nil || e.units[c.unit].para != lp {
				continue
			}
			if c.unit > m.unit || c.unit == m.unit && c.verbTok > m.tok {
				continue
			}
			set(c)
		}
	case timeline.EvidenceDisputed, timeline.EvidenceDenied:
		if m.re > m.rs && e.applyRestated(m, text) {
			return
		}
		if m.about != nil {
			applied := false
			for _, c := range e.claims {
				if c.sp.ent == m.about && (c.unit < m.unit || c.unit == m.unit && c.verbTok < m.tok) {
					set(c)
					applied = true
				}
			}
			if !applied && m.unit <= 1 {
				e.d.prevEvidence(m.kind, text, m.about, true)
			}
			return
		}
		var first *claim
		for k := len(e.claims) - 1; k >= 0; k-- {
			c := e.claims[k]
			if c.unit > m.unit || c.unit == m.unit && c.verbTok >= m.tok {
				continue
			}
			if m.by != nil && sameSide(c.sp.ent, m.by) {
				continue
			}
			if e.units[c.unit].para < e.units[m.unit].para-1 {
				break
			}
			if first == nil {
				first = c
			}
			// "rejected the accusation" answers the accusation, not a quote
			// after it
			for _, v := range nounVerbs[m.noun] {
				if c.verb == v {
					if m.by != nil && (v == "accused" || v == "blamed" || v == "charged") && e.accuses(c, m.by) {
						// the accused rejecting the accusation denies it
						m.kind = timeline.EvidenceDenied
					}
					set(c)
					return
				}
			}
		}
		if first != nil && (len(nounVerbs[m.noun]) == 0 || e.modifiersMatch(m, first)) {
			// "dismissed the fraud allegations" with no allegation near
			// answers a claim about fraud only
			set(first)
		} else if first == nil && m.unit == 0 {
			var mods []string
			if len(nounVerbs[m.noun]) > 0 {
				mods = e.modifierWords(m)
			}
			e.d.prevLast(m.kind, text, m.by, mods)
		}
	}
}
