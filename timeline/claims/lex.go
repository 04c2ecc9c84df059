package claims

import "factline/timeline/textutil"

// lexBits classify a lower-case word once per token, so the passes over every
// token test bits instead of looking up several maps.
type lexBits uint32

const (
	lxVerb lexBits = 1 << iota
	lxPron
	lxDefHead
	lxNominal
	lxEvidence
	lxVerify
	lxDispute
	lxTime
	lxAccording
)

var lexTable = map[string]lexBits{}

// buildLex runs after the verb forms exist (lexicon.go's init).
func buildLex() {
	add := func(w string, b lexBits) { lexTable[w] |= b }
	for w := range verbForms {
		add(w, lxVerb)
	}
	for w := range pronouns {
		add(w, lxPron)
	}
	for w := range definiteHeads {
		add(w, lxDefHead)
	}
	for w := range nominalNouns {
		add(w, lxNominal)
	}
	for _, w := range []string{"evidence", "proof"} {
		add(w, lxEvidence)
	}
	for w := range verifyWords {
		add(w, lxVerify)
	}
	add("unverified", lxVerify)
	add("confirmation", lxVerify)
	add("verification", lxVerify)
	add("unconfirmed", lxVerify)
	for w := range disputeVerbs {
		add(w, lxDispute)
	}
	for w := range timeWords {
		add(w, lxTime)
	}
	add("according", lxAccording)
}

// classify fills e.lex for the event's tokens.
func (e *evx) classify() {
	n := len(e.toks)
	if cap(e.d.lex) < n {
		e.d.lex = make([]lexBits, n)
	}
	e.lex = e.d.lex[:n]
	for i, t := range e.toks {
		if t.Kind != textutil.Word {
			e.lex[i] = 0
			continue
		}
		b := lexTable[e.lower[t.Start:t.End]]
		if t.Flags&textutil.FlagDigit != 0 {
			b |= lxTime
		}
		e.lex[i] = b
	}
}

func (e *evx) has(i int, b lexBits) bool { return i >= 0 && i < len(e.lex) && e.lex[i]&b != 0 }

// lyNouns end in -ly but are nouns or adjectives a noun phrase may hold.
var lyNouns = map[string]bool{
	"tally": true, "family": true, "rally": true, "ally": true, "supply": true, "assembly": true,
	"daily": true, "anomaly": true, "reply": true, "monopoly": true, "weekly": true, "monthly": true,
	"quarterly": true, "italy": true, "july": true, "early": false, "elderly": true, "friendly": true,
	"deadly": true, "lonely": true, "costly": true, "likely": false, "only": false,
}

// adverbLike reports a word that reads as an adverb ("quickly"), which ends
// a noun phrase.
func adverbLike(lw string) bool {
	return len(lw) > 3 && lw[len(lw)-2:] == "ly" && !lyNouns[lw]
}
