package figures

import (
	"math"
	"strings"
	"unicode/utf8"

	"factline/timeline"
)

// core is a number with its currency, scale and unit: "$3.4 billion", "25%",
// "forty-one", "hundreds", "1,800 cubic meters".
type core struct {
	s, e   int // tokens [s,e) from the currency sign to the unit
	ns, ne int // tokens of the number itself
	val    float64
	scale  float64 // multiplier applied (1 when none)
	word   bool    // spelled out
	small  bool    // a plain number word ("two"), weak evidence of a figure
	vague  bool    // dozens, hundreds: val is the conventional low bound
	approx bool    // a dozen: approximate by nature
	frac   bool    // a third: val is a share in percent
	one    bool    // the word "one"
	cur    string  // currency code
	unit   string  // unit of measure, "%" for percentages
	// exclusion found while reading the unit (a duration, an age, a glued name)
	bad bool
}

func (c *core) kinds() int {
	switch {
	case c.cur != "":
		return kMoney
	case c.unit == "%" || c.unit == "percentage points":
		return kPercent
	case c.unit == "degrees":
		return kMeasure | kTemp
	case speedUnits[c.unit]:
		return kMeasure | kSpeed
	case lengthUnits[c.unit]:
		return kMeasure | kLength
	case c.unit != "":
		return kMeasure
	}
	return kCount
}

// cand is a figure being built; indices are token indices.
type cand struct {
	c        core
	hi       float64
	bound    timeline.Bound
	boundSet bool
	ts, te   int // text tokens
	trigS    int // first token of the trigger phrase that named the metric, or -1
	predE    int // end of the predicate included in the text, or -1
	npS, npE int // subject tokens
	subjS    int // subject bytes, -1 for none
	subjE    int
	unit     string
	metric   string
	mSrc     int // how the metric was found (msNone...)
	role     timeline.Role
	sent     int32
	partOf   int
	incr     bool
	restated bool
	conv     int  // index of the figure this converts, or -1
	linkTok  int  // "N of the M": token where M starts, or -1
	ofThem   bool // "N of them"
	ofHead   int  // "N of the dead", "Among the survivors are N": the noun of the total, or -1
	among    string
	weak     bool
	drop     bool
	hasParts bool
	pair     bool // a vote split
	fromTok  int  // token index of a "from" right before the figure, or -1
	predFrom int  // where the predicate search starts, or -1
	others   bool // "35 others": counts more of what the sentence counted
	bare     bool // "2,500 are staying": a number standing for an earlier noun
	totalOf  bool // "bringing the total to 20,000"
	head     int  // head noun of the subject, or -1
	transTok int  // a verb before the number that names the measure, or -1
	bs       int  // first token of the bound phrase or of the number
	times    bool // "inspected 11 times": a count of events
}

func newCand(c core, sent int32) cand {
	return cand{c: c, sent: sent, partOf: -1, conv: -1, linkTok: -1, trigS: -1, predE: -1, npS: -1, npE: -1,
		subjS: -1, fromTok: -1, predFrom: -1, head: -1, transTok: -1, bs: c.s, ofHead: -1}
}

const (
	msNone = iota
	msInherit
	msTrigger
	msPred
	msTrans
	msNoun
)

type parser struct {
	text  string
	toks  []token
	cands []cand
	zeros []cand // "nobody was killed"
}

func (p *parser) n() int { return len(p.toks) }

func (p *parser) ent(k int) *entry {
	if k < 0 || k >= len(p.toks) || p.toks[k].kind != tWord {
		return nil
	}
	return p.toks[k].ent
}

func (p *parser) key(k int) string {
	if e := p.ent(k); e != nil {
		return e.key
	}
	return ""
}

func (p *parser) has(k int, f wflag) bool {
	e := p.ent(k)
	return e != nil && e.f&f != 0
}

func (p *parser) isPunct(k int, r rune) bool {
	return k >= 0 && k < len(p.toks) && p.toks[k].kind == tPunct && p.toks[k].r == r
}

func (p *parser) isDash(k int) bool {
	return k >= 0 && k < len(p.toks) && p.toks[k].kind == tPunct && (p.toks[k].r == '-' || p.toks[k].r == '–' || p.toks[k].r == '‐' || p.toks[k].r == '‑')
}

func (p *parser) isWord(k int) bool { return k >= 0 && k < len(p.toks) && p.toks[k].kind == tWord }

func (p *parser) isNum(k int) bool { return k >= 0 && k < len(p.toks) && p.toks[k].kind == tNum }

// glued reports whether token k stands against the token before it.
func (p *parser) glued(k int) bool { return k > 0 && k < len(p.toks) && !p.toks[k].sp }

func (p *parser) raw(k int) string { return p.text[p.toks[k].s:p.toks[k].e] }

// lowerRaw is the word in lower case; it allocates only for capitals.
func (p *parser) lowerRaw(k int) string {
	w := p.raw(k)
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// sameSent reports whether token k exists and is in sentence s.
func (p *parser) sameSent(k int, s int32) bool {
	return k >= 0 && k < len(p.toks) && p.toks[k].sent == s
}

// possessive reports whether token k is the "'s" of a possessive.
func (p *parser) possessive(k int) bool {
	if k+1 >= len(p.toks) || !p.glued(k) {
		return false
	}
	t := p.toks[k]
	if t.kind != tPunct || (t.r != '\'' && t.r != '’') {
		return false
	}
	w := p.raw(k + 1)
	return p.glued(k+1) && (w == "s" || w == "S")
}

// numberStart reports whether a figure may start at token k.
func (p *parser) numberStart(k int) bool {
	t := &p.toks[k]
	switch t.kind {
	case tNum:
		return true
	case tPunct:
		_, ok := p.currencyAt(k)
		return ok
	case tWord:
		if t.ent == nil {
			// "US$5" starts with letters glued to the sign
			return k+1 < len(p.toks) && p.toks[k+1].kind == tPunct && !p.toks[k+1].sp && p.currencyAtOK(k)
		}
		return t.ent.f&(wNum|wScale|wVague|wFrac) != 0 || t.ent.key == "a" || t.ent.key == "an" || t.ent.key == "nobody" ||
			t.ent.key == "no" && p.key(k+1) == "one" ||
			t.ent.key == "several" || t.ent.key == "few" || t.ent.f&wCurrency != 0 && t.upper
	}
	return false
}

func (p *parser) currencyAtOK(k int) bool { _, ok := p.currencyAt(k); return ok }

// currencyAt reads a currency sign ("$", "US$", "€") at k and returns the token
// after it.
func (p *parser) currencyAt(k int) (string, bool) {
	if k >= len(p.toks) {
		return "", false
	}
	t := p.toks[k]
	if t.kind == tPunct {
		if c := p.text[t.s]; c < utf8.RuneSelf && c != '$' {
			return "", false
		}
		if code, ok := currencySymbols[p.raw(k)]; ok && k+1 < len(p.toks) && p.glued(k+1) && p.toks[k+1].kind == tNum {
			return code, true
		}
		return "", false
	}
	if t.kind == tWord && t.upper && k+2 < len(p.toks) && p.glued(k+1) && p.toks[k+1].kind == tPunct && p.glued(k+2) && p.toks[k+2].kind == tNum {
		if code, ok := currencySymbols[p.text[t.s:p.toks[k+1].e]]; ok {
			return code, true
		}
	}
	return "", false
}

// parseCore reads a number with its currency, scale and unit starting at k.
func (p *parser) parseCore(k int, inner bool) (core, bool) {
	var c core
	c.s = k
	c.scale = 1
	j := k
	if code, ok := p.currencyAt(k); ok {
		c.cur = code
		if p.toks[k].kind == tWord {
			j = k + 2
		} else {
			j = k + 1
		}
	} else if e := p.ent(k); e != nil && e.f&wCurrency != 0 && p.toks[k].upper && len(p.raw(k)) == 3 && p.isNum(k+1) {
		// "USD 5 million"
		c.cur = e.unit
		j = k + 1
	}
	if !p.parseValue(j, &c) {
		return c, false
	}
	p.parseUnit(&c)
	if c.unit == "" && c.cur == "" && !c.word && (p.key(c.s-1) == "magnitude" || p.isDash(c.s-1) && p.key(c.s-2) == "magnitude") {
		c.unit = "magnitude"
	}
	_ = inner
	return c, true
}

// parseValue reads the number itself at k into c (ns, ne, val, word flags).
func (p *parser) parseValue(k int, c *core) bool {
	if k >= len(p.toks) {
		return false
	}
	t := &p.toks[k]
	c.ns = k
	if t.kind == tNum {
		c.val = t.val
		c.ne = k + 1
		n := k + 1
		if e := p.ent(n); e != nil && e.f&wScale != 0 {
			if e.key == "dozen" {
				c.val *= 12
				c.approx = true
			} else {
				c.val = scaled(t, e.val)
				c.scale = e.val
			}
			c.ne = n + 1
		} else if p.isWord(n) && p.glued(n) {
			if m, ok := scaleSuffix[p.lowerRaw(n)]; ok && (c.cur != "" || p.raw(n) == "bn" || m >= 1e3 && p.has(n+1, wPerson|wNoun)) {
				// "$5m", "3bn", "1.5m people" (not "1.5m" of height)
				c.val = scaled(t, m)
				c.scale = m
				c.ne = n + 1
			}
		}
		return true
	}
	if t.kind != tWord || t.ent == nil {
		return false
	}
	e := t.ent
	c.word = true
	switch {
	case e.key == "a" || e.key == "an":
		n := p.ent(k + 1)
		if n == nil {
			return false
		}
		switch {
		case n.key == "dozen":
			c.val, c.approx, c.ne = 12, true, k+2
			return true
		case n.f&wScale != 0:
			c.val, c.scale, c.ne = n.val, n.val, k+2
			return true
		case n.f&wFrac != 0 && (n.key == "third" || n.key == "quarter" || n.key == "fifth" || n.key == "tenth" || n.key == "half") && (p.key(k+2) == "of" || p.byChange(k-1)):
			// "a third of the harvest"; "cut exports by a quarter"
			c.val, c.frac, c.approx, c.ne, c.unit = round1(n.val), true, true, k+2, "%"
			return true
		case n.key == "few" && p.has(k+2, wScale) && p.key(k+2) != "dozen":
			s := p.ent(k + 2)
			c.val, c.vague, c.ne = 2*s.val, true, k+3
			return true
		}
		return false
	case e.key == "several" || e.key == "few":
		if s := p.ent(k + 1); s != nil && s.f&wScale != 0 {
			c.val, c.vague, c.ne = 2*s.val, true, k+2
			if s.key == "dozen" {
				c.val = 24
			}
			return true
		}
		return false
	case e.f&wVague != 0:
		c.vague = true
		c.val = e.val
		c.ne = k + 1
		of := p.key(k+1) == "of"
		switch e.key {
		case "scores":
			if !of {
				return false
			}
		case "tens":
			s := p.ent(k + 2)
			if !of || s == nil || s.f&wVague == 0 || s.val < 2000 {
				return false
			}
			c.val = 10 * s.val
			c.ne = k + 3
		case "hundreds":
			if s := p.ent(k + 2); of && s != nil && s.f&wVague != 0 && s.val >= 2000 {
				c.val = 100 * s.val
				c.ne = k + 3
			}
		}
		return true
	case e.key == "half":
		if s := p.ent(k + 2); p.key(k+1) == "a" && s != nil && s.f&wScale != 0 && s.val >= 1000 {
			c.val, c.scale, c.ne = s.val/2, s.val, k+3
			return true
		}
		if n := p.ent(k + 1); n != nil && (n.key == "of" || n.key == "the" || n.key == "its" || n.key == "their") || p.key(k-1) == "by" && p.changeBefore(k-1) {
			c.val, c.frac, c.approx, c.ne, c.unit = 50, true, true, k+1, "%"
			return true
		}
		return false
	case e.f&wNum != 0:
		return p.parseWords(k, c)
	}
	return false
}

// parseWords reads a spelled-out number: "forty-one", "two hundred and fifty",
// "three million", "two dozen", "two-thirds".
func (p *parser) parseWords(k int, c *core) bool {
	var total, cur float64
	any, lastScale := false, false
	j := k
	for j < len(p.toks) {
		e := p.ent(j)
		if e == nil {
			break
		}
		switch {
		case e.f&wNum != 0:
			if any && !lastScale && !(int(cur)%100 >= 20 && int(cur)%10 == 0 && e.val < 10 && e.val > 0) {
				goto done
			}
			if any && lastScale && cur != 0 && cur < 100 {
				goto done
			}
			cur += e.val
			any, lastScale = true, false
			j++
			// "forty-one"
			if p.isDash(j) && p.glued(j) && p.glued(j+1) && e.val >= 20 && int(e.val)%10 == 0 {
				if n := p.ent(j + 1); n != nil && n.f&wNum != 0 && n.val > 0 && n.val < 10 {
					j++
				}
			}
			continue
		case e.key == "hundred" && any && !lastScale && cur < 100:
			cur *= 100
			lastScale = true
			j++
			continue
		case e.f&wScale != 0 && e.val >= 1000 && any:
			total += cur * e.val
			c.scale = e.val
			cur = 0
			lastScale = true
			j++
			continue
		case e.key == "and" && lastScale && p.has(j+1, wNum):
			j++
			continue
		case e.key == "dozen" && any && !lastScale:
			cur *= 12
			c.approx = true
			j++
		}
		break
	}
done:
	if !any {
		return false
	}
	c.val = total + cur
	c.ne = j
	c.small = j == k+1 || (c.val < 100 && c.scale == 1 && !c.approx)
	c.one = j == k+1 && p.key(k) == "one"
	// "two-thirds of", "one third of"
	f := j
	if p.isDash(f) && p.glued(f) && p.glued(f+1) {
		f++
	}
	if e := p.ent(f); e != nil && e.f&wFrac != 0 && e.key != "half" && c.val < 10 && p.key(f+1) == "of" {
		c.val = round1(c.val * e.val)
		c.frac, c.approx, c.small, c.unit = true, true, false, "%"
		c.ne = f + 1
	}
	return true
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }

// scaled multiplies a written number by a scale without the rounding error of
// a decimal fraction ("1.2 million" is exactly 1200000).
func scaled(t *token, m float64) float64 {
	if t.dec == 0 {
		return t.val * m
	}
	p := math.Pow10(int(t.dec))
	mant := math.Round(t.val * p)
	exp := int(math.Round(math.Log10(m))) - int(t.dec)
	if exp >= 0 {
		return mant * math.Pow10(exp)
	}
	return mant / math.Pow10(-exp)
}

// parseUnit reads what follows the number: a glued suffix, %, a currency word,
// a unit of measure, a hyphenated unit ("50-foot").
func (p *parser) parseUnit(c *core) {
	k := c.ne
	c.e = k
	if c.frac {
		return
	}
	if !c.word && p.isWord(k) && p.glued(k) {
		suf := p.lowerRaw(k)
		switch {
		case ordinalSuffix[suf] || suf == "s" || suf == "am" || suf == "pm":
			c.bad = true
			return
		case attachedUnits[suf] != "" && c.cur == "":
			c.unit = attachedUnits[suf]
			c.e = k + 1
			return
		default:
			c.bad = true // "5G", "3D", "4x4"
			return
		}
	}
	switch {
	case p.isPunct(k, '%') || p.isPunct(k, '％'):
		c.unit = "%"
		c.e = k + 1
		return
	case p.key(k) == "percent" || p.key(k) == "pct":
		c.unit = "%"
		c.e = k + 1
		return
	case p.key(k) == "per" && p.key(k+1) == "cent":
		c.unit = "%"
		c.e = k + 2
		return
	case p.key(k) == "percentage" && (p.raw(k+1) == "points" || p.raw(k+1) == "point"):
		c.unit = "percentage points"
		c.e = k + 2
		return
	}
	if e := p.ent(k); e != nil && e.f&wCurrency != 0 && c.cur == "" && !(e.key == "won" || e.key == "real" || e.key == "rand") {
		c.cur = e.unit
		c.e = k + 1
		return
	}
	if e := p.ent(k); e != nil && e.key == "pounds" && p.key(k+1) == "sterling" {
		c.cur = "GBP"
		c.e = k + 2
		return
	}
	if c.cur != "" {
		return
	}
	if u, n := p.unitAt(k); u != "" {
		c.unit = u
		c.e = n
		return
	}
	// "50-foot", "5,000-strong", "two-day", "34-year-old"
	if p.isDash(k) && p.glued(k) && p.glued(k+1) && p.isWord(k+1) {
		if e := p.ent(k + 1); e != nil {
			switch {
			case e.f&wTimeUnit != 0 || e.key == "old":
				c.bad = true
				return
			case e.f&wUnit != 0:
				c.unit = e.unit
				c.e = k + 2
				return
			}
		}
		if p.lowerRaw(k+1) == "strong" {
			c.unit = "people"
			c.e = k + 2
			return
		}
		if p.lowerRaw(k+1) == "plus" {
			return
		}
		c.bad = true // "330-seat", "10-point": a modifier, not a count
	}
}

// unitAt reads a unit of measure at k: "mph", "cubic meters", "miles per hour",
// "km/h", "degrees Fahrenheit".
func (p *parser) unitAt(k int) (string, int) {
	e := p.ent(k)
	if p.isPunct(k, '°') {
		n := k + 1
		if p.isWord(n) && p.glued(n) && (p.raw(n) == "F" || p.raw(n) == "C") {
			return "degrees", n + 1
		}
		return "degrees", n
	}
	// "4 parts per million": a concentration, the whole phrase is the unit
	if p.isWord(k) && p.key(k+1) == "per" && (p.lowerRaw(k) == "parts" || p.lowerRaw(k) == "part") {
		switch p.key(k + 2) {
		case "million", "billion", "trillion", "thousand":
			return "parts per " + p.key(k+2), k + 3
		}
	}
	if e == nil {
		return "", k
	}
	switch e.key {
	case "cubic", "square", "sq":
		if u := p.ent(k + 1); u != nil && u.f&wUnit != 0 {
			pre := "cubic "
			if e.key != "cubic" {
				pre = "square "
			}
			return pre + u.unit, k + 2
		}
		return "", k
	}
	if e.f&wUnit == 0 {
		return "", k
	}
	// single letters and short words are units only after a digit number
	u := e.unit
	n := k + 1
	if (u == "miles" || u == "km") && p.key(n) == "per" && p.has(n+1, wTimeUnit) {
		if u == "miles" {
			return "mph", n + 2
		}
		return "kph", n + 2
	}
	if u == "km" && p.isPunct(n, '/') && p.glued(n) && p.glued(n+1) && p.lowerRaw(n+1) == "h" {
		return "kph", n + 2
	}
	if u == "degrees" && (p.raw(n) == "Fahrenheit" || p.raw(n) == "Celsius") {
		return "degrees", n + 1
	}
	if e.key == "m" || e.key == "g" || e.key == "mi" || e.key == "ha" {
		// bare letters: only in lower case and not before another word of the phrase
		if p.toks[k].upper {
			return "", k
		}
	}
	return u, n
}

// figureAt tries to read a figure whose number starts at k. It returns the
// index to continue from.
func (p *parser) figureAt(k int) int {
	if n := p.nobodyAt(k); n > k {
		return p.zeroFigure(k, n)
	}
	c, ok := p.parseCore(k, false)
	if !ok {
		return k + 1
	}
	if !c.bad && c.unit == "" && c.cur == "" && c.val >= 1 {
		if n := p.ratioAt(k, &c); n > k {
			return n
		}
	}
	if c.bad || p.excluded(&c) {
		// skip what hangs on it: "2024-25", "9:40", "1/12/2026"
		j := max(c.e, k+1)
		for j+1 < len(p.toks) && (p.isDash(j) || p.isPunct(j, '/') || p.isPunct(j, ':') || p.isPunct(j, '.')) && p.glued(j) && p.glued(j+1) && p.isNum(j+1) {
			j += 2
		}
		return j
	}
	// range, vote split or change ("from 17 to 31")
	var c2 core
	haveRange := false
	bound := timeline.BoundExact
	boundSet := false
	start := c.s
	if b, bs, ok := p.prefixBound(c.s); ok {
		bound, boundSet, start = b, true, bs
	}
	if j := c.e; j < len(p.toks) {
		conn := p.key(j)
		dash := p.isDash(j)
		if conn == "to" || dash || conn == "or" || (conn == "and" && p.key(c.s-1) == "between") || conn == "through" {
			if d, ok := p.parseCore(j+1, true); ok && !d.bad && d.word == c.word {
				switch p.rangeKind(&c, &d, j, dash) {
				case rkRange:
					if d.unit == "" && d.cur == "" && p.key(d.ne) == "times" {
						return d.e + 1 // a ratio: "three to four times higher"
					}
					c2, haveRange = d, true
				case rkPair:
					p.addPair(&c, &d, j)
					return d.e
				case rkSkip:
					return d.e
				case rkChange:
					// "from 17 to 31": 17 is the earlier value; 31 is read on its own
				}
			}
		}
	}
	cd := newCand(c, p.toks[c.ns].sent)
	end := c.e
	if haveRange {
		p.mergeRange(&cd.c, &c2)
		cd.hi = c2.val
		bound, boundSet = timeline.BoundRange, true
		if p.key(c.s-1) == "between" {
			start = c.s - 1
		}
		end = c2.e
		cd.c.e = c2.e
	}
	if !haveRange {
		if b, n, ok := p.postBound(end); ok {
			if !boundSet || bound == timeline.BoundExact {
				bound, boundSet = b, true
			}
			end = n
		}
	}
	if !boundSet {
		switch {
		case c.vague:
			bound = timeline.BoundAtLeast
		case c.approx:
			bound = timeline.BoundApprox
		}
	} else if bound == timeline.BoundExact && (c.approx) {
		bound = timeline.BoundApprox
	}
	cd.bound, cd.boundSet = bound, boundSet
	if (p.key(start-1) == "minus" || p.key(start-1) == "negative") && (c.unit == "degrees" || c.unit == "%") {
		cd.c.val = -cd.c.val // "minus 10 degrees"
		start--
	}
	if c.unit == "magnitude" && p.key(start-1) == "magnitude" {
		start-- // "a magnitude 6.8 earthquake"
	}
	cd.ts, cd.bs = start, start
	// an earlier value: "up from 40", "to six from nine"
	p.restatement(&cd, start)
	// another, an additional: an increment
	if k := start - 1; p.key(k) == "another" || (p.key(k) == "additional" || p.key(k) == "extra" || p.key(k) == "further") && (p.key(k-1) == "an" || p.key(k-1) == "a") {
		cd.incr = true
	}
	if p.key(start-1) == "by" && p.has(start-2, wChange) {
		cd.incr = true
	}
	// a conversion in parentheses: "400 meters (1,300 feet)"
	after := end
	var conv *cand
	if p.isPunct(after, '(') && cd.c.kinds() != kCount {
		if cv, close, ok := p.conversion(after, &cd); ok {
			conv = &cv
			after = close + 1
		}
	}
	p.subject(&cd, after)
	if cd.ofHead < 0 && !cd.ofThem {
		cd.ofHead = p.frontedOf(cd.bs)
		if en := p.ent(cd.ofHead); en != nil && en.f&wNoun != 0 && cd.metric == "" {
			cd.metric, cd.mSrc = en.metric, msNoun
		}
	}
	if cd.npS < 0 && cd.c.kinds() == kCount {
		p.numberedSubject(&cd)
	}
	if !boundSet && cd.npE > end {
		if b, n, ok := p.postBound(cd.npE); ok {
			// "12 students or more"
			cd.bound, cd.boundSet = b, true
			cd.npE, cd.predFrom = n, n
		}
	}
	p.predicate(&cd)
	if p.timesCount(&cd.c) {
		// "arrested four times": the verb names the events counted, not
		// people it was done to
		cd.transTok, cd.unit, cd.times = cd.c.s-1, "times", true
	} else {
		p.transVerb(&cd)
	}
	p.trigger(&cd)
	p.copulaSubject(&cd)
	p.finishUnit(&cd)
	p.textSpan(&cd, end)
	cd.weak = cd.c.small && !cd.boundSet && cd.c.cur == "" && cd.c.unit == "" && !cd.times
	p.cands = append(p.cands, cd)
	if conv != nil {
		conv.conv = len(p.cands) - 1
		conv.metric, conv.mSrc = cd.metric, msInherit
		if conv.npS < 0 || conv.subjS < 0 {
			conv.subjS, conv.subjE = cd.subjS, cd.subjE
		}
		conv.role = cd.role
		conv.restated = cd.restated
		p.cands = append(p.cands, *conv)
	}
	if haveRange {
		return max(c2.e, end, after)
	}
	return max(end, k+1, after)
}

const (
	rkNone = iota
	rkRange
	rkPair
	rkSkip
	rkChange
)

// rangeKind decides what "X to Y", "X-Y", "X or Y" is: a range, a vote split,
// a phone number or year span to skip, or a change from an earlier value.
func (p *parser) rangeKind(c, d *core, j int, dash bool) int {
	t1, t2 := &p.toks[c.ns], &p.toks[d.ns]
	if dash {
		if c.word || t1.kind != tNum || t2.kind != tNum || c.cur == "" && d.cur != "" && false {
			return rkNone
		}
		spaced := p.toks[j].sp || p.toks[j+1].sp
		// phone numbers and ids: 555-0134, 1-800-555-0199
		if !t1.comma && !t2.comma && t1.dec == 0 && t2.dec == 0 {
			if (t1.ndig == 3 && t2.ndig == 4) || p.isDash(d.ne) && p.isNum(d.ne+1) {
				return rkSkip
			}
			if t1.ndig == 4 && t1.val >= 1800 && t1.val <= 2100 && (t2.ndig == 2 || t2.ndig == 4) {
				return rkSkip
			}
		}
		if c.unit == "" && c.cur == "" && d.unit == "" && d.cur == "" && c.val > d.val && t1.dec == 0 && t2.dec == 0 {
			if p.voteContext(c.ns) {
				return rkPair
			}
			return rkSkip // a score
		}
		if spaced && p.toks[j].r == '-' {
			return rkNone
		}
	}
	conn := p.key(j)
	if conn == "to" && c.val > d.val && c.unit == "" && c.cur == "" && d.unit == "" && d.cur == "" && p.voteContext(c.ns) && !c.word {
		return rkPair
	}
	if conn == "to" && p.key(c.s-1) == "from" && p.changeBefore(c.s-1) {
		return rkChange
	}
	v1 := c.val
	if c.scale == 1 && d.scale > 1 && v1*d.scale <= d.val {
		v1 *= d.scale
	}
	if v1 >= d.val {
		return rkNone
	}
	if conn == "or" && (!c.small && !p.isNum(c.ns) || c.vague || d.vague) {
		return rkNone
	}
	if (c.unit != "" && d.unit != "" && c.unit != d.unit) || (c.cur != "" && d.cur != "" && c.cur != d.cur) ||
		(c.unit != "" && d.cur != "") || (c.cur != "" && d.unit != "") {
		return rkNone
	}
	return rkRange
}

// mergeRange gives the low end the high end's scale, currency and unit where it
// has none ("4 to 6 billion", "9 to 12 feet").
func (p *parser) mergeRange(c, d *core) {
	if c.scale == 1 && d.scale > 1 && c.val*d.scale <= d.val {
		c.val *= d.scale
		c.scale = d.scale
	}
	if c.cur == "" {
		c.cur = d.cur
	}
	if c.unit == "" {
		c.unit = d.unit
	}
	c.small = false
}

// frontedOf reads a part whose total is named before it: "Of the dead, 19
// were found", "Among the survivors are 17 children". It returns the noun
// that names the total, or -1.
func (p *parser) frontedOf(bs int) int {
	k := bs - 1
	switch {
	case p.isPunct(k, ','):
	case p.has(k, wAux) && (p.key(k) == "are" || p.key(k) == "were" || p.key(k) == "is" || p.key(k) == "was"):
	default:
		return -1
	}
	head := k - 1
	if !p.isWord(head) || p.toks[head].sent != p.toks[bs].sent {
		return -1
	}
	for j := head - 1; j >= head-5 && j > 0; j-- {
		if p.isNum(j) || p.isPunct(j, ',') && p.isNum(j-1) {
			continue // "Of the 300 passengers, 12 were hurt"
		}
		if !p.isWord(j) {
			return -1
		}
		if p.key(j) == "the" && (p.key(j-1) == "of" || p.key(j-1) == "among") && p.sentStart(j-1) {
			return head
		}
	}
	return -1
}

// numberedSubject reads "Ships waiting to dock numbered 47", "Arrests
// totaled 1,200": the noun before the verb is what is counted.
func (p *parser) numberedSubject(cd *cand) {
	v := cd.bs - 1
	switch p.key(v) {
	case "numbered", "totaled", "totalled", "numbering", "totaling", "totalling":
	default:
		if v = cd.c.s - 1; cd.bs < cd.c.s && (p.key(v) == "totaling" || p.key(v) == "totalling") {
			break
		}
		return
	}
	for j := v - 1; j >= 0 && j >= v-6 && p.toks[j].sent == cd.sent; j-- {
		if !p.isWord(j) {
			return
		}
		en := p.ent(j)
		if en != nil && en.f&wNoun != 0 && en.metric != "" {
			cd.metric, cd.mSrc = en.metric, msNoun
			return
		}
		w := p.raw(j)
		if (en == nil || en.f&wPerson != 0) && len(w) > 3 && hasSuffixFold(w, "s") && !hasSuffixFold(w, "ss") && !hasSuffixFold(w, "us") {
			if k := j - 1; k >= 0 && p.isWord(k) && p.toks[k].sent == cd.sent && p.ent(k) == nil && !p.toks[j].upper {
				continue // the head is the last noun: "container ships"
			}
			cd.head = j
			cd.subjS, cd.subjE = int(p.toks[j].s), int(p.toks[j].e)
			return
		}
	}
}

// ratioAt reads a share written as a ratio, "one in five trains", "4 in 10
// of the new arrivals", as a percentage (like "a fifth"), and a rate, "41
// per 100,000 people", whose denominator is no figure. It returns the token to
// go on from, or k when there is neither.
func (p *parser) ratioAt(k int, c *core) int {
	conn := p.key(c.ne)
	if conn != "in" && conn != "per" || c.scale != 1 {
		return k
	}
	if conn == "per" && !p.isNum(c.ne+1) {
		return k // "5 per cent", "30 per day"
	}
	d, ok := p.parseCore(c.ne+1, true)
	if !ok || d.bad || d.unit != "" || d.cur != "" || d.word != c.word && conn == "in" {
		return k
	}
	if p.has(d.e, wTimeUnit) || p.has(d.e, wMonth) || p.key(d.e) == "times" {
		return k // "2 in 7 days"
	}
	if conn == "in" && (d.val <= c.val || d.val > 1000 || d.scale != 1) {
		return k
	}
	cd := newCand(*c, p.toks[c.ns].sent)
	start := c.s
	if b, bs, ok := p.prefixBound(c.s); ok {
		cd.bound, cd.boundSet, start = b, true, bs
	}
	cd.ts, cd.bs = start, start
	cd.c.e = d.e
	if conn == "in" {
		cd.c.val = round1(100 * c.val / d.val)
		cd.c.frac, cd.c.approx, cd.c.unit, cd.c.small = true, true, "%", false
		if !cd.boundSet || cd.bound == timeline.BoundExact {
			cd.bound = timeline.BoundApprox
		}
	} else if !cd.boundSet {
		cd.bound = timeline.BoundExact
	}
	p.subject(&cd, d.e)
	p.predicate(&cd)
	p.finishUnit(&cd)
	if conn == "per" {
		// the unit of a rate names its base: "per 100,000 people"
		cd.unit = "per " + p.text[p.toks[d.s].s:p.toks[d.e-1].e]
		if cd.head >= 0 {
			cd.unit += " " + p.lowerRaw(cd.head)
		}
	}
	p.textSpan(&cd, d.e)
	p.cands = append(p.cands, cd)
	return max(d.e, cd.npE, k+1)
}

// nobodyAt returns the end of "nobody" or "no one" at k, or k.
func (p *parser) nobodyAt(k int) int {
	switch {
	case p.key(k) == "nobody":
		return k + 1
	case p.key(k) == "no" && p.key(k+1) == "one" && !p.isDash(k+1):
		return k + 2
	}
	return k
}

// zeroFigure reads "no one was hurt", "nobody has died": a count of none, kept
// only when a predicate names a measure of people ("no one is above the law"
// is no figure).
func (p *parser) zeroFigure(k, n int) int {
	c := core{s: k, e: n, ns: k, ne: n, word: true, scale: 1}
	cd := newCand(c, p.toks[k].sent)
	cd.bound, cd.boundSet = timeline.BoundExact, true
	cd.ts, cd.predFrom = k, n
	p.predicate(&cd)
	if cd.metric == "" || !peopleMetrics[cd.metric] || cd.mSrc != msPred {
		return n
	}
	cd.unit = "people"
	p.textSpan(&cd, n)
	p.zeros = append(p.zeros, cd)
	return n
}

// byChange reports "fell by" before k, over a bound word: "fell by about a
// third", "cut by more than a quarter".
func (p *parser) byChange(k int) bool {
	switch p.key(k) {
	case "about", "roughly", "around", "nearly", "almost", "approximately", "some", "over", "just":
		k--
	case "than":
		k -= 2
	}
	return p.key(k) == "by" && p.changeBefore(k)
}

// changeBefore reports a verb of change shortly before token k ("rose from").
func (p *parser) changeBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if p.toks[j].kind != tWord {
			return false
		}
		if p.has(j, wChange) {
			return true
		}
	}
	return false
}

// voteContext reports a word of voting in the sentence of token k.
func (p *parser) voteContext(k int) bool {
	s := p.toks[k].sent
	for j := k - 1; j >= 0 && p.toks[j].sent == s && j >= k-30; j-- {
		if p.has(j, wVote) {
			return true
		}
	}
	for j := k + 1; j < len(p.toks) && p.toks[j].sent == s && j <= k+12; j++ {
		if p.has(j, wVote) {
			return true
		}
	}
	return false
}

// addPair emits the two sides of a vote ("approved the bill 212-98").
func (p *parser) addPair(c, d *core, j int) {
	for i, side := range []*core{c, d} {
		cd := newCand(*side, p.toks[side.ns].sent)
		cd.bound = timeline.BoundExact
		cd.metric, cd.mSrc, cd.unit = "votes", msNoun, "votes"
		cd.pair = true
		cd.ts, cd.te = c.s, d.e
		if i == 0 {
			cd.subjS, cd.subjE = -2, 0 // "in favor", filled when emitting
		} else {
			cd.subjS, cd.subjE = -3, 0
		}
		p.cands = append(p.cands, cd)
	}
	_ = j
}

// prefixBound finds a bound phrase ending right before token k.
func (p *parser) prefixBound(k int) (timeline.Bound, int, bool) {
	last := p.ent(k - 1)
	if last == nil {
		return "", k, false
	}
	for _, pi := range last.ends {
		ph := &prefixBounds[pi]
		n := len(ph.words)
		if k-n < 0 {
			continue
		}
		ok := true
		for i, w := range ph.words {
			t := k - n + i
			if p.toks[t].kind != tWord || p.toks[t].ent == nil || p.toks[t].ent.key != w {
				ok = false
				break
			}
		}
		if ok {
			if ph.words[0] == "some" && p.key(k-n-1) == "of" {
				continue
			}
			return ph.bound, k - n, true
		}
	}
	return "", k, false
}

// postBound finds a bound phrase right after the number ("12 or more").
func (p *parser) postBound(k int) (timeline.Bound, int, bool) {
	if p.isPunct(k, '+') && p.glued(k) {
		return timeline.BoundAtLeast, k + 1, true
	}
	if p.isDash(k) && p.glued(k) && p.key(k+1) == "plus" && p.glued(k+1) {
		return timeline.BoundAtLeast, k + 2, true
	}
	for _, ph := range postBounds {
		ok := true
		for i, w := range ph.words {
			t := k + i
			if t >= len(p.toks) || p.toks[t].kind != tWord || p.toks[t].ent == nil || p.toks[t].ent.key != w {
				ok = false
				break
			}
		}
		if ok {
			return ph.bound, k + len(ph.words), true
		}
	}
	return "", k, false
}

// restatement marks an earlier value: "up from 40", "to six from nine",
// "compared with 12", "from 17 to 31" after a verb of change.
func (p *parser) restatement(cd *cand, start int) {
	k := start - 1
	switch p.key(k) {
	case "from":
		cd.fromTok = k
		switch p.key(k - 1) {
		case "up", "down":
			cd.restated = true
		}
		if p.key(cd.c.e) == "to" && p.changeBefore(k) {
			cd.restated = true
		}
	case "with", "to":
		if p.key(k-1) == "compared" {
			cd.restated = true
		}
	case "previously", "versus", "vs":
		cd.restated = true
	case "previous", "earlier", "initial", "original":
		cd.restated = true
	}
	if p.key(k) == "of" && (p.key(k-1) == "estimate" || p.key(k-1) == "figure" || p.key(k-1) == "count" || p.key(k-1) == "toll") {
		if e := p.key(k - 2); e == "earlier" || e == "previous" || e == "initial" || e == "original" {
			cd.restated = true
		}
	}
}

// conversion reads "(1,300 feet)" after a measure; close is the index of ")".
func (p *parser) conversion(open int, main *cand) (cand, int, bool) {
	k := open + 1
	b, bs, hasB := p.prefixBoundAfter(k)
	if hasB {
		k = bs
	}
	if k >= len(p.toks) || !p.numberStart(k) {
		return cand{}, 0, false
	}
	c, ok := p.parseCore(k, true)
	if !ok || c.bad || (c.unit == "" && c.cur == "") {
		return cand{}, 0, false
	}
	cv := newCand(c, p.toks[c.ns].sent)
	end := c.e
	if p.key(end) == "to" || p.isDash(end) {
		if d, ok := p.parseCore(end+1, true); ok && !d.bad && p.rangeKind(&cv.c, &d, end, p.isDash(end)) == rkRange {
			p.mergeRange(&cv.c, &d)
			cv.hi = d.val
			cv.bound = timeline.BoundRange
			end = d.e
		}
	}
	if !p.isPunct(end, ')') {
		return cv, 0, false
	}
	if cv.bound == "" {
		if hasB {
			cv.bound = b
		} else {
			cv.bound = main.bound
			cv.hi = main.hi
			if main.bound == timeline.BoundRange {
				cv.bound = timeline.BoundExact
			}
		}
	}
	cv.boundSet = true
	cv.ts, cv.te = open+1, end
	cv.unit = c.unit
	if c.cur != "" {
		cv.unit = c.cur
	}
	return cv, end, true
}

// prefixBoundAfter reads a bound phrase starting at k ("(about 1,300 feet)").
func (p *parser) prefixBoundAfter(k int) (timeline.Bound, int, bool) {
	for _, ph := range prefixBounds {
		ok := true
		for i, w := range ph.words {
			t := k + i
			if t >= len(p.toks) || p.toks[t].kind != tWord || p.toks[t].ent == nil || p.toks[t].ent.key != w {
				ok = false
				break
			}
		}
		if ok {
			return ph.bound, k + len(ph.words), true
		}
	}
	return "", k, false
}

// excluded reports numbers that are not figures: dates, clock times, years,
// ages, durations, ordinals, names with digits, phone numbers, addresses.
func (p *parser) excluded(c *core) bool {
	k := c.ns
	t := &p.toks[k]
	prev := c.s - 1
	if c.one && c.s == c.ns {
		if !p.oneCounts(c) {
			return true
		}
	}
	if c.word && p.key(c.ns) == "zero" {
		return true
	}
	// a ratio: "one in five adults", "1 in 4 buildings"
	if c.unit == "" && c.cur == "" && p.key(c.ne) == "in" && (p.isNum(c.ne+1) || p.has(c.ne+1, wNum)) {
		return true
	}
	if p.key(c.s-1) == "in" && (p.isNum(c.s-2) || p.has(c.s-2, wNum)) && c.unit == "" && c.cur == "" {
		return true
	}
	// a duration: "two weeks", "15 days", "two more days", "hundreds of years"
	n := c.ne
	if c.unit == "" && c.cur == "" {
		m := n
		if p.has(m, wIncr) {
			m++
		}
		if p.key(m) == "of" && c.vague {
			m++
		}
		if p.has(m, wTimeUnit) || (p.key(m) == "times" && !p.timesCount(c)) {
			return true
		}
		if p.has(m, wMonth) && (!p.has(m, wCapOnly) || p.toks[m].upper) {
			return true // "14 January"
		}
	}
	// a name: "Air Force One", "Estoria 1", "Flight 752", "F-35", "G7"
	if pe := p.ent(prev); p.isWord(prev) {
		if p.glued(c.s) && !c.word && c.cur == "" {
			return true // "G7", "MH17"
		}
		if pe != nil && pe.f&wNameNoun != 0 && !(pe.f&wFunc != 0 && !p.toks[prev].upper && pe.f&wNameNoun == 0) {
			if pe.key != "no" || p.toks[prev].upper {
				return true
			}
		}
		// "Estoria 1" is a name; "gave Vancik 49.8% of the vote" is a share
		if p.toks[prev].upper && (pe == nil || pe.f&wFunc == 0) && !p.sentStart(prev) && !p.voteSplitAt(c) && c.unit != "%" && c.cur == "" {
			return true
		}
		if p.toks[prev].mixed && !p.toks[prev].upper && pe == nil {
			return true // "iPhone 16"
		}
		if p.toks[prev].upper && pe == nil && p.sentStart(prev) && c.cur == "" && c.unit == "" {
			// "Estoria 1 reported" at a sentence start
			return true
		}
		if pe != nil && (pe.f&wAge != 0) && c.cur == "" && c.unit == "" {
			return true
		}
		// "children under 5", "those aged over 65": an age limit, not a count
		switch p.key(prev) {
		case "under", "over", "below", "above":
			if p.isWord(prev-1) && (ageNouns[p.lowerRaw(prev-1)] || p.has(prev-1, wAge)) {
				if c.cur == "" && c.unit == "" {
					return true
				}
			}
		}
		// "under the age of five", "between the ages of 6 and 12"
		if pe != nil && pe.key == "of" && p.has(prev-1, wAge) && c.cur == "" && c.unit == "" {
			return true
		}
		if pe != nil && (pe.key == "top" || pe.key == "number") && c.unit == "" {
			return true
		}
		if pe != nil && pe.f&wMonth != 0 && (pe.f&wCapOnly == 0 || p.toks[prev].upper) && !c.word {
			return true // "March 27"
		}
	}
	if p.isPunct(prev, '.') && p.glued(prev) && !c.word {
		if pe := p.ent(prev - 1); pe != nil && (pe.f&wMonth != 0 || pe.key == "no") {
			return true // "Jan. 14", "No. 1"
		}
	}
	if p.isPunct(prev, '#') {
		return true
	}
	if p.isDash(prev) && p.glued(prev) && p.glued(c.s) && p.isWord(prev-1) {
		if p.key(prev-1) != "magnitude" {
			return true // "F-35", "COVID-19"
		}
	}
	if c.word {
		return false
	}
	if c.cur != "" {
		return false
	}
	if t.long || t.zero {
		return true
	}
	// clock times: "9:40", "10 p.m.", "6 a.m.", "10 o'clock"
	if p.isPunct(n, ':') && p.glued(n) && p.isNum(n+1) && p.glued(n+1) {
		return true
	}
	if p.isPunct(prev, ':') && p.glued(prev) && p.isNum(prev-1) {
		return true
	}
	if c.unit == "" && p.clockAfter(n) {
		return true
	}
	// slashes: "9/11", "24/7", "1/12/2026"
	if p.isPunct(n, '/') && p.glued(n) || p.isPunct(prev, '/') && p.glued(c.s) {
		return true
	}
	if c.unit == "%" {
		return false
	}
	// years
	if t.ndig == 4 && !t.comma && t.dec == 0 && t.val >= 1800 && t.val <= 2100 && c.unit == "" && c.scale == 1 {
		if !p.yearIsCount(c) {
			return true
		}
	}
	// ages: "Jane Roe, 34, said"
	if p.isPunct(prev, ',') && p.isWord(prev-1) && p.toks[prev-1].upper && (p.isPunct(n, ',') || p.isPunct(n, ')')) && t.dec == 0 && t.val < 120 && c.unit == "" {
		return true
	}
	if p.isPunct(prev, '(') && p.isPunct(n, ')') && t.dec == 0 && t.val < 120 && c.unit == "" {
		return true
	}
	// list numbering: "1." at the start of a line
	if t.nl && (p.isPunct(n, '.') || p.isPunct(n, ')')) && p.glued(n) {
		return true
	}
	// addresses: "1600 Pennsylvania Avenue"
	if c.unit == "" && p.isWord(n) && p.toks[n].upper {
		for j := n; j < n+4 && p.isWord(j) && p.toks[j].upper; j++ {
			switch p.lowerRaw(j) {
			case "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "way", "place", "square", "plaza":
				return true
			}
		}
	}
	return false
}

// ageNouns name people by their age, so that a number after "under" or
// "over" is an age limit.
var ageNouns = map[string]bool{"children": true, "child": true, "kids": true, "infants": true, "babies": true,
	"toddlers": true, "minors": true, "adults": true, "teenagers": true, "youngsters": true, "pupils": true,
	"boys": true, "girls": true}

// timesCount reports "inspected 11 times", "was arrested four times": a count
// of events after a participle. A ratio ("three times higher", "two to three
// times") or a rate ("three times a day") is no figure.
func (p *parser) timesCount(c *core) bool {
	m := c.ne
	if p.key(m) != "times" {
		return false
	}
	v := c.s - 1
	if !p.isWord(v) || !hasSuffixFold(p.raw(v), "ed") || len(p.raw(v)) < 5 || p.toks[v].upper {
		return false
	}
	if en := p.ent(v); en != nil && en.f&(wChange|wAge) != 0 {
		return false // "rose 3 times": a ratio of change
	}
	switch p.key(m + 1) {
	case "more", "less", "as", "the", "over", "that", "than", "a", "an", "per", "each", "every":
		return false
	}
	// a comparative: "times higher", "times larger"
	return !(p.isWord(m+1) && len(p.raw(m+1)) > 4 && hasSuffixFold(p.raw(m+1), "er"))
}

// voteSplitAt reports "218 to 214" or "51-49" after a word of voting, so that
// "passed the House 218 to 214" is not read as a name.
func (p *parser) voteSplitAt(c *core) bool {
	j := c.ne
	if (p.key(j) == "to" || p.isDash(j)) && p.isNum(j+1) && p.voteContext(c.ns) {
		return true
	}
	return false
}

// sentStart reports whether token k opens its sentence (or follows an opening
// quote or a dash that opens it).
func (p *parser) sentStart(k int) bool {
	if k == 0 || p.toks[k].nl {
		return true
	}
	pr := p.toks[k-1]
	if pr.sent != p.toks[k].sent {
		return true
	}
	if pr.kind == tPunct && (isOpener(pr.r) || pr.r == '—' || pr.r == ':') {
		return true
	}
	return false
}

// clockAfter reports "a.m.", "p.m.", "AM", "EST", "o'clock" at k.
func (p *parser) clockAfter(k int) bool {
	if p.isWord(k) && (p.lowerRaw(k) == "a" || p.lowerRaw(k) == "p") && p.isPunct(k+1, '.') && p.glued(k+1) && p.isWord(k+2) && p.glued(k+2) && p.lowerRaw(k+2) == "m" {
		return true
	}
	e := p.ent(k)
	if e == nil {
		return false
	}
	if e.f&wClockZone != 0 {
		if e.key == "am" {
			return p.toks[k].upper || p.isPunct(k+1, '.') || true
		}
		return true
	}
	if (e.key == "a" || p.lowerRaw(k) == "p") && p.isPunct(k+1, '.') && p.glued(k+1) && p.isWord(k+2) && p.glued(k+2) && p.lowerRaw(k+2) == "m" {
		return true
	}
	return false
}

// yearIsCount reports whether a four-digit number like 1,500 written without
// its comma counts something ("2000 people") rather than naming a year.
func (p *parser) yearIsCount(c *core) bool {
	prev := c.s - 1
	switch p.key(prev) {
	case "in", "since", "by", "until", "till", "from", "before", "after", "during", "of", "between", "through", "year", "early", "late", "mid", "the", "to", "and", "or", "spring", "summer", "autumn", "fall", "winter":
		return false
	}
	if _, _, ok := p.prefixBound(c.s); ok {
		return true
	}
	n := c.e
	e := p.ent(n)
	if e != nil && e.f&(wPerson|wNoun) != 0 {
		return true
	}
	return false
}

// oneCounts reports whether the word "one" counts someone: "one person was
// hit", "one died"; not "one of them", "no one", "one day".
func (p *parser) oneCounts(c *core) bool {
	k := c.ne
	prev := p.key(c.s - 1)
	if prev == "no" || prev == "the" || prev == "any" || prev == "every" || prev == "this" || prev == "that" || prev == "which" {
		return false
	}
	e := p.ent(k)
	if e == nil {
		return false
	}
	if e.f&wPerson != 0 {
		return true
	}
	if e.f&wPred != 0 && e.f&wAux == 0 {
		return true // "one died"
	}
	if e.f&wAux != 0 {
		for j := k; j < k+4; j++ {
			f := p.ent(j)
			if f == nil {
				return false
			}
			if f.f&wPred != 0 {
				return true
			}
			if f.f&(wAux|wAdv) == 0 {
				return false
			}
		}
	}
	return false
}

// isUTF8Letter reports whether b starts a letter or digit in the scorer's sense.
func wordCount(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		alnum := r < utf8.RuneSelf && (isASCIILetter(byte(r)) || isDigit(byte(r))) || r >= utf8.RuneSelf && isLetterOrDigit(r)
		if alnum && !in {
			n++
		}
		in = alnum
		i += size
	}
	return n
}

// copulaSubject names what a lone number measures by the noun it is predicated
// of: "participation was about 18,000", "enrolment stood at 2,300", "the
// backlog reached some 40,000". People nouns are left out, since "the driver
// was about 40" is an age.
func (p *parser) copulaSubject(cd *cand) {
	if cd.metric != "" || cd.subjS >= 0 || cd.npS >= 0 || cd.unit != "" || cd.c.kinds() != kCount || cd.trigS >= 0 || cd.totalOf {
		return
	}
	if !cd.boundSet && p.toks[cd.c.ns].kind != tNum {
		return
	}
	if cd.predFrom < 0 || !p.clauseEnd(cd.predFrom) && p.has(cd.predFrom, wNoun|wPerson) {
		return
	}
	j := cd.bs - 1
	if !p.isWord(j) || !p.isWord(j-1) {
		return
	}
	switch p.lowerRaw(j) {
	case "at":
		switch p.lowerRaw(j - 1) {
		case "stood", "stands", "stand", "was", "is", "remained", "remains":
			j -= 2
		default:
			return
		}
	case "is", "was", "reached", "reaches", "totalled", "totaled", "totals", "numbered", "topped", "hit", "neared":
		j--
	default:
		return
	}
	if !p.isWord(j) || !p.sameSent(j, cd.sent) || p.toks[j].upper && !p.sentStart(j) {
		return
	}
	if en := p.ent(j); en != nil && (en.f&(wPerson|wPron|wDet|wTimeUnit|wMonth|wWeekday|wPrep|wConj|wAux|wRel|wNum|wVague) != 0 || en.f&wNoun == 0 && en.f != 0) {
		return
	}
	if p.isPeople(j) || isAdverb(p.raw(j)) || isParticiple(p.raw(j)) {
		return
	}
	cd.subjS, cd.subjE = int(p.toks[j].s), int(p.toks[j].e)
	cd.trigS = j
}
