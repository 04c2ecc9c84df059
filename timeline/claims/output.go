package claims

import (
	"sort"
	"strings"

	"factline/timeline"
	"factline/timeline/textutil"
)

// maxClaimWords caps a claim's text: a longer text is a paragraph, not a
// claim, and the contract does not match it.
const maxClaimWords = 120

// nominalNouns make a claim of "allegations that ..." when the text says
// whose they are.
var nominalNouns = map[string]string{
	"allegation": "alleged", "allegations": "alleged", "claim": "claimed", "claims": "claimed",
	"accusation": "accused", "accusations": "accused", "assertion": "asserted", "assertions": "asserted",
	"charge": "charged", "charges": "charged", "insistence": "insisted", "warning": "warned",
	"warnings": "warned",
}

// nominalClaims reads "allegations that CLAUSE" whose author the unit names:
// "X's claims that", "allegations by X that", or "evidence presented by X".
func (e *evx) nominalClaims(u int) {
	un := &e.units[u]
	for i := un.start; i+1 < un.last; i++ {
		if e.lex[i]&lxNominal == 0 || e.inQuote(i) || e.consumed(i, u) {
			continue
		}
		verb, ok := nominalNouns[e.lw(i)]
		if !ok {
			continue
		}
		k := i + 1
		var sp spk
		if e.isWord(k) && e.lw(k) == "by" {
			ne := e.npRight(k+1, un.last)
			if ne > k+1 {
				sp = e.resolveSpeaker(k+1, ne, u)
				k = ne
			}
		}
		if !e.isWord(k) || e.lw(k) != "that" {
			continue
		}
		// "rejected Marsh's claim that ...": a restatement being rebutted
		if e.rebuttalBefore(i, un.start) {
			continue
		}
		if !sp.ok() && i-1 >= un.start && e.isPoss(i-1) {
			s := i - 2
			for s-1 >= un.start && e.isCap(s-1) {
				s--
			}
			sp = e.resolveSpeaker(s, i-1, u)
		}
		cs := k + 1
		ce, _ := e.contentEnd(cs, u, i)
		// cut at ", despite ...", ", though ..."
		for j := cs; j < ce; j++ {
			if e.isComma(j) && e.isWord(j+1) {
				switch e.lw(j + 1) {
				case "despite", "though", "although", "even":
					if !sp.ok() {
						sp = e.evidenceAgent(j+1, un.last, u)
					}
					ce = j
				}
			}
		}
		if !sp.ok() || ce-cs < 3 {
			continue
		}
		c := &claim{sp: sp, verb: verb, lemma: verb, cs: cs, ce: ce, quote: -1, quote2: -1, as: i, ae: cs, unit: u, verbTok: i}
		e.addClaim(c)
		i = ce
	}
}

// rebuttalBefore reports a rebutting verb governing the claim noun at i.
func (e *evx) rebuttalBefore(i, limit int) bool {
	for k := i - 1; k >= limit && k >= i-5; k-- {
		if e.has(k, lxDispute) {
			return true
		}
		if !e.isWord(k) && !e.isPoss(k) {
			return false
		}
	}
	return false
}

// evidenceAgent finds X in "despite little evidence presented by X".
func (e *evx) evidenceAgent(k, limit, u int) spk {
	for j := k; j < limit && j < k+8; j++ {
		if !e.isWord(j) {
			return spk{}
		}
		if e.lw(j) == "by" {
			ne := e.npRight(j+1, limit)
			if ne > j+1 {
				return e.resolveSpeaker(j+1, ne, u)
			}
			return spk{}
		}
	}
	return spk{}
}

// inheritQuotes gives a quotation that stands alone as a sentence, with no
// speech verb, to the speaker of the quotation before it.
func (e *evx) inheritQuotes() {
	n := len(e.claims) // claims added here come after, out of unit order
	hasClaim := make(map[int]bool, n)
	for _, c := range e.claims {
		hasClaim[c.unit] = true
	}
	ci := 0
	var prev *claim
	for qi := range e.quotes {
		q := &e.quotes[qi]
		if q.used {
			continue
		}
		u := e.unitOf(q.open)
		if u < 0 {
			continue
		}
		un := &e.units[u]
		if q.open != un.start && q.open != un.first {
			continue
		}
		// the quotation must fill the unit, up to its final punctuation
		end := q.close + 1
		for end < un.last && e.toks[end].Kind == textutil.Punct {
			end++
		}
		if end < un.last && q.closed {
			continue
		}
		if hasClaim[u] {
			continue
		}
		// the last claim of an earlier unit; quotations come in text order
		for ci < n && e.claims[ci].unit < u {
			if prev == nil || e.claims[ci].unit >= prev.unit {
				prev = e.claims[ci]
			}
			ci++
		}
		if prev == nil || !prev.direct && prev.quote < 0 || e.units[prev.unit].para < un.para-1 {
			continue
		}
		if prev.quote >= 0 && prev.quote2 < 0 && prev.ce2 == 0 && prev.unit == u-1 && e.units[prev.unit].para == un.para &&
			prev.as > e.quotes[prev.quote].close {
			// `"A," Ruiz said. "B."`: the quotation goes on after its tag, one
			// statement split around the attribution
			prev.quote2, prev.cs2, prev.ce2 = qi, q.open, q.close+1
			q.used = true
			hasClaim[u] = true
			continue
		}
		c := &claim{sp: prev.sp, via: prev.via, verb: prev.verb, lemma: prev.lemma, quote: qi, quote2: -1,
			cs: q.open, ce: q.close + 1, direct: true, as: -1, ae: -1, unit: u, verbTok: q.open, parent: prev}
		q.used = true
		e.claims = append(e.claims, c)
		hasClaim[u] = true
	}
	if len(e.claims) > n {
		// keep claims in text order for the passes after
		sort.SliceStable(e.claims, func(i, j int) bool {
			a, b := e.claims[i], e.claims[j]
			return a.unit < b.unit || a.unit == b.unit && a.verbTok < b.verbTok
		})
	}
}

// output turns the claims into the domain's, in text order.
func (e *evx) output() []timeline.Claim {
	if len(e.claims) == 0 {
		return nil
	}
	e.claimTimes()
	sort.SliceStable(e.claims, func(i, j int) bool { return e.claims[i].spanStart(e) < e.claims[j].spanStart(e) })
	out := make([]timeline.Claim, 0, len(e.claims))
	for _, c := range e.claims {
		ent := c.sp.ent
		if ent == nil || strings.TrimSpace(ent.name) == "" {
			continue
		}
		text := e.claimText(c)
		if text == "" {
			continue
		}
		kind := ent.kind
		if c.sp.anon {
			kind = timeline.SpeakerUnknown
		}
		if kind == "" {
			kind = timeline.SpeakerUnknown
		}
		ent.addAlias(strings.TrimSpace(c.sp.text))
		tc := timeline.Claim{
			Speaker:      ent.name,
			SpeakerText:  strings.TrimSpace(c.sp.text),
			SpeakerKind:  kind,
			Via:          c.via,
			Verb:         c.verb,
			Text:         text,
			Direct:       c.direct,
			Time:         c.time,
			Evidence:     c.evidence,
			EvidenceText: c.evText,
			Start:        c.spanStart(e),
			End:          c.spanEnd(e),
		}
		out = append(out, tc)
		e.outClaims = append(e.outClaims, c)
		e.outEnts = append(e.outEnts, ent)
	}
	return out
}

func (c *claim) spanStart(e *evx) int {
	s := e.toks[c.cs].Start
	if c.as >= 0 && e.toks[c.as].Start < s {
		s = e.toks[c.as].Start
	}
	return s
}

func (c *claim) spanEnd(e *evx) int {
	end := e.toks[c.ce-1].End
	if c.ae > 0 && e.toks[c.ae-1].End > end {
		end = e.toks[c.ae-1].End
	}
	if c.ce2 > 0 && e.toks[c.ce2-1].End > end {
		end = e.toks[c.ce2-1].End
	}
	return end
}

// claimText is what is claimed: the quotation without its marks (a split
// quotation joined without its tag) or the reported words.
func (e *evx) claimText(c *claim) string {
	var text string
	if c.quote >= 0 {
		text = e.quoteText(c.quote)
		if c.quote2 >= 0 {
			second := e.quoteText(c.quote2)
			if second != "" && second[0] >= 'a' && second[0] <= 'z' {
				text = strings.TrimRight(text, ",")
			} else if strings.HasSuffix(text, ",") {
				// a sentence that ended at the tag: `"A," she said. "B."`
				text = strings.TrimSuffix(text, ",") + "."
			}
			text += " " + second
		}
	} else {
		text = e.text[e.toks[c.cs].Start:e.toks[c.ce-1].End]
		if c.ce2 > c.cs2 {
			text = strings.TrimRight(text, ", ") + ", " + e.text[e.toks[c.cs2].Start:e.toks[c.ce2-1].End]
		}
	}
	text = strings.TrimSpace(text)
	text = strings.TrimRight(text, ",;: ")
	if c.quote >= 0 {
		text = strings.TrimRight(text, ",")
	}
	return capWords(text, maxClaimWords)
}

// capWords keeps the first n words of s.
func capWords(s string, n int) string {
	words := 0
	in := false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t'
		if !sp && !in {
			words++
			if words > n {
				return strings.TrimSpace(s[:i])
			}
		}
		in = !sp
	}
	return s
}
