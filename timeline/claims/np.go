package claims

import (
	"strings"

	"factline/timeline"
	"factline/timeline/textutil"
)

// mention is an entity named in an event, outside quotations.
type mention struct {
	ent      *entity
	tok, end int
	unit     int
	subject  bool // opens its clause or makes a claim
	loc      bool // after a preposition of place ("in Iran")
}

// pendingRole is a role mention no entity holds yet ("Iran's foreign
// minister claimed ..."); the person the event names next may take it.
type pendingRole struct {
	role, affil string
	tok, unit   int
	ent         *entity // stands in until bound
}

// spk is a resolved speaker.
type spk struct {
	ent  *entity
	text string // as written
	anon bool
}

func (s spk) ok() bool { return s.ent != nil }

var nonNames = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "jan.": true, "feb.": true, "aug.": true, "sept.": true, "oct.": true, "nov.": true,
	"dec.": true, "i": true, "latest": true, "breaking": true, "update": true, "photo": true,
	"click": true, "gallery": true, "est": true, "edt": true, "gmt": true, "utc": true,
	"a.m.": true, "p.m.": true, "nobody": true, "everyone": true, "someone": true, "anyone": true,
	"none": true, "nothing": true,
}

var locPreps = map[string]bool{
	"in": true, "at": true, "from": true, "to": true, "near": true, "into": true, "across": true,
	"outside": true, "inside": true, "toward": true, "towards": true, "through": true, "throughout": true,
	"around": true, "between": true, "within": true, "off": true, "over": true, "under": true,
	"visited": true, "of": true, "on": true,
}

// connectors may join the words of one name ("Ministry of Mines and Energy").
var connectors = map[string]bool{
	"of": true, "for": true, "de": true, "del": true, "la": true, "al": true, "bin": true,
	"von": true, "van": true, "da": true, "du": true, "le": true, "di": true, "dos": true, "das": true,
	"the": true, "and": true, "on": true, "el": true, "ibn": true, "abu": true,
}

// chunkEnd reads a capitalised name from i and returns the index after it.
func (e *evx) chunkEnd(i, limit int) int {
	k := i
	sawOf := false
	for k < limit {
		if k > i && e.toks[k].Kind == textutil.Poss && e.isCap(k-1) && k+1 < limit && e.isWord(k+1) && e.isCap(k+1) &&
			!e.inQuote(k+1) && e.toks[k].End-e.toks[k].Start <= 3 && !strings.HasSuffix(e.raw(k), "s") && strings.HasSuffix(e.lw(k-1), "s") {
			k++ // a plural possessive inside a name: "Harbour Workers' Union"
			continue
		}
		if e.inQuote(k) || !e.isWord(k) {
			break
		}
		lw := e.lw(k)
		if e.isCap(k) {
			if k > i && nonNames[lw] {
				break
			}
			k++
			continue
		}
		if e.toks[k].Flags&textutil.FlagNumber != 0 && k > i && e.toks[k].Flags&textutil.FlagHyphen == 0 && len(lw) <= 2 && e.isCap(k-1) && !(k+1 < limit && e.isWord(k+1) && !e.isCap(k+1)) {
			// "Kanal 1", "Channel 4" as the end of a name; "Channel 9
			// Ostmark" goes on
			k++
			if k < limit && e.isWord(k) && e.isCap(k) && mediaFirst[e.lw(k-2)] {
				continue
			}
			break
		}
		if connectors[lw] && k > i && k+1 < limit && !e.inQuote(k+1) {
			if lw == "and" && !sawOf {
				// "Disaster and Emergency Authority": one word, "and", then
				// a body's name; "Amnesty International and Human Rights
				// Watch" stays two names
				if k == i+1 && e.isCap(k+1) && !e.inQuote(k+1) && countryOf(e.lw(i)) == "" && givenNames[e.lw(i)] == 0 {
					if ce := e.chunkEnd(k+1, limit); ce > k+2 && kindWords[e.lw(ce-1)] != "" && kindWords[e.lw(ce-1)] != timeline.SpeakerMedia {
						return ce
					}
				}
				break
			}
			nx := k + 1
			if lw != "the" && e.isWord(nx) && e.lw(nx) == "the" {
				nx++
			}
			if e.isCap(nx) && !nonNames[e.lw(nx)] {
				if lw == "of" || lw == "for" {
					sawOf = true
				}
				k = nx + 1
				continue
			}
		}
		break
	}
	return k
}

// isNameStart reports whether the capitalised word at i may open a name: not a
// sentence-opening function word, weekday or month.
func (e *evx) isNameStart(i int) bool {
	if !e.isCap(i) || e.inQuote(i) {
		return false
	}
	lw := e.lw(i)
	if _, ok := titleHeads[lw]; ok {
		return true
	}
	if nonNames[lw] || functionWords[lw] || determiners[lw] || pronouns[lw] != (pron{}) {
		return false
	}
	if textutil.IsSentenceOpener(lw) {
		return false
	}
	return true
}

// isPossOfState reports a possessive followed by an organ of state: "'s
// Interior Ministry", "'s foreign minister", "'s military".
func (e *evx) isPossOfState(k int) bool {
	if k >= len(e.toks) || e.toks[k].Kind != textutil.Poss {
		return false
	}
	for j := k + 1; j < len(e.toks) && j < k+4 && e.isWord(j); j++ {
		lw := e.lw(j)
		if kindWords[lw] == timeline.SpeakerGovernment && lw != "state" && lw != "city" && lw != "county" && lw != "police" || lw == "minister" || lw == "president" || lw == "prime" || lw == "parliament" {
			return true
		}
	}
	return false
}

// commonCap reports whether a one-word capitalised chunk at i is a common
// noun capitalised only because it opens the sentence ("Police said",
// "Union leader Mara Toll"), or a modifier before a role and a name.
func (e *evx) commonCap(i, end int) bool {
	if end != i+1 && !(e.isWord(i+1) && (e.lw(i+1) == "of" || e.lw(i+1) == "in" || e.lw(i+1) == "from" || e.lw(i+1) == "for")) {
		return false
	}
	lw := e.lw(i)
	common := agentNouns[lw] || groupKinds[lw] != "" || kindWords[lw] != "" || definiteHeads[lw] || roleNouns[lw] || docNouns[lw] ||
		e.plausibleHead(lw) && end == i+1
	if !common {
		return false
	}
	if e.isWord(end) && !e.isCap(end) && roleNouns[e.lw(end)] && e.isCap(end+1) {
		return true
	}
	u := e.unitOf(i)
	if u < 0 {
		return false
	}
	un := &e.units[u]
	return i == un.start || i == un.first || e.isOpenQuote(i-1) || e.isPunct(i-1, "—") || e.isPunct(i-1, ":")
}

// chunk is a capitalised name split into its title and its name.
type chunk struct {
	start, end int // tokens
	nameStart  int // first token of the name after a title
	title      string
	role       string // from the title, lower case
	affil      string
	gender     byte
	kind       timeline.SpeakerKind
	person     bool
	sure       bool // the name opens with a known given name
	country    string
}

// wordsText returns the text of tokens [s, end) as written.
func (e *evx) wordsText(s, end int) string {
	if s >= end {
		return ""
	}
	return e.text[e.toks[s].Start:e.toks[end-1].End]
}

// analyseChunk splits a title from a name and guesses the kind.
func (e *evx) analyseChunk(s, end int) chunk {
	c := chunk{start: s, end: end, nameStart: s}
	// a title ends at its last title word: "Foreign Minister Ida Karsk",
	// "Secretary of State Colm Reyes"; a chunk that is all title
	// ("Foreign Minister") names a role
	j := -1
	for k := end - 1; k >= s; k-- {
		if _, ok := titleHeads[e.lw(k)]; ok {
			j = k
			break
		}
	}
	if j < 0 && end-s >= 3 {
		// "Activist Mira Chen", "County Supervisor Lena Ostrova": words before a
		// given name describe the person
		for k := s + 1; k < end-1; k++ {
			if _, ok := givenNames[e.lw(k)]; ok {
				if _, first := givenNames[e.lw(s)]; !first {
					j = k - 1
				}
				break
			}
		}
		if j < 0 && roleNouns[e.lw(s)] {
			j = s
		}
	}
	if j >= 0 {
		n := j + 1
		switch {
		case n == end:
			if end-s > 1 || e.lw(j) != "leader" {
				c.nameStart = end
			}
		case e.lw(n) == "of" || e.lw(n) == "for":
			m := n + 1
			if m < end && e.lw(m) == "the" {
				m++
			}
			switch rem := end - m; {
			case rem >= 3:
				c.nameStart = end - 2
			case rem == 2:
				c.nameStart = end - 1
			default:
				c.nameStart = end
			}
		case e.isCap(n):
			c.nameStart = n
		}
		if c.nameStart < end && e.kindOfWords(c.nameStart, end) != "" {
			c.nameStart = s // "General Motors": a body
		}
		if c.nameStart == end-1 && c.nameStart > s && stateBodyTails[e.lw(end-1)] {
			// "General Staff", "General Command": an organ of state
			c.nameStart = s
			c.kind = timeline.SpeakerGovernment
			return c
		}
	}
	if c.nameStart > s {
		c.title = e.wordsText(s, c.nameStart)
		c.role, c.affil = e.roleOf(s, c.nameStart)
		for k := s; k < c.nameStart; k++ {
			if g := titleGender[e.lw(k)]; g != 0 {
				c.gender = g
			}
		}
		c.person = true
		c.kind = timeline.SpeakerPerson
		return c
	}
	name := e.lower[e.toks[s].Start:e.toks[end-1].End]
	if k, ok := knownBodies[name]; ok {
		c.kind = k
		return c
	}
	if ctry := countryOf(name); ctry != "" {
		c.country = ctry
		c.kind = timeline.SpeakerGovernment
		return c
	}
	c.kind = e.kindOfWords(s, end)
	if c.kind != "" {
		return c
	}
	n := end - s
	if n == 1 {
		t := e.toks[s]
		w := e.raw(s)
		if t.Flags&textutil.FlagDigit != 0 || callLetters(w) {
			c.kind = timeline.SpeakerMedia
		}
		return c
	}
	allTitle := true
	_, given := givenNames[e.lw(s)]
	for k := s; k < end; k++ {
		if e.toks[k].Flags&(textutil.FlagDigit|textutil.FlagAllCaps) != 0 || placeWords[e.lw(k)] && !given && !e.followedByAge(end) {
			allTitle = false
		}
	}
	if allTitle && n <= 4 {
		c.person = true // a guess: callers want more evidence
		if g, ok := givenNames[e.lw(s)]; ok {
			c.sure = true
			c.gender = g
		}
	}
	return c
}

// placeFirst open the names of places: "Port Averill", "Mount Kenya".
var placeFirst = map[string]bool{
	"port": true, "mount": true, "mt.": true, "lake": true, "fort": true, "ft.": true, "san": true,
	"santa": true, "saint": true, "st.": true, "cape": true, "gulf": true, "isle": true, "north": true,
	"south": true, "east": true, "west": true, "upper": true, "lower": true, "greater": true,
}

// placeWords end the names of places, not people.
var placeWords = map[string]bool{
	"river": true, "street": true, "avenue": true, "square": true, "park": true, "bridge": true,
	"mountain": true, "mount": true, "lake": true, "valley": true, "airport": true, "road": true,
	"boulevard": true, "island": true, "islands": true, "beach": true, "bay": true, "canyon": true,
	"creek": true, "highway": true, "plaza": true, "district": true, "province": true, "region": true,
	"strait": true, "sea": true, "ocean": true, "gulf": true, "coast": true, "forest": true,
	"field": true, "stadium": true, "arena": true, "hall": true, "tower": true, "palace": true,
	"building": true, "base": true, "port": true, "harbor": true, "harbour": true, "heights": true,
	"hills": true, "falls": true, "springs": true, "peninsula": true, "desert": true, "camp": true,
	"prison": true, "mine": true, "deep": true, "hollow": true, "county": true, "city": true,
	"town": true, "village": true, "territory": true, "republic": true, "kingdom": true,
}

// callLetters reports a broadcaster's call sign: "KABC", "WABC-TV", "ABC7".
func callLetters(w string) bool {
	if len(w) >= 4 && len(w) <= 7 && (w[0] == 'K' || w[0] == 'W') {
		up := 0
		for i := 0; i < len(w); i++ {
			if w[i] >= 'A' && w[i] <= 'Z' {
				up++
			}
		}
		return up >= 4 && (up == len(w) || strings.HasSuffix(w, "-TV"))
	}
	return false
}

func countryOf(lower string) string {
	if c := countries[lower]; c != "" {
		return c
	}
	if c := capitals[lower]; c != "" {
		return c
	}
	return ""
}

// kindOfWords guesses a body's kind from the words of its name.
// supranational reports a first word that puts a body above states ("World
// Health Organization", "Pan-Continental Health Agency"): not a government.
func supranational(f string) bool {
	switch f {
	case "world", "international", "global", "continental", "intercontinental":
		return true
	}
	return strings.HasPrefix(f, "pan-")
}

func (e *evx) kindOfWords(s, end int) timeline.SpeakerKind {
	// the head is the last word, or the word before "of": "Ministry of
	// Mines", "Institute for Public Opinion"
	h := -1
	var media, ngo bool
	for k := s; k < end; k++ {
		if !e.isWord(k) {
			continue
		}
		lw := e.lw(k)
		if k > s && (lw == "of" || lw == "for") && h < 0 {
			h = k - 1
		}
		if mediaHeads[lw] {
			media = true
		}
		if ngoWords[lw] {
			ngo = true
		}
	}
	if h < 0 {
		h = end - 1
		for h > s && !e.isWord(h) {
			h--
		}
	}
	head := e.lw(h)
	kind := kindWords[head]
	if head == "corps" {
		// "Relief Corps" is a volunteer body; "Marine Corps" an armed force
		kind = timeline.SpeakerOrganization
		for k := s; k < h; k++ {
			if e.isWord(k) && (armedCorps[e.lw(k)] || kindWords[e.lw(k)] == timeline.SpeakerGovernment) {
				kind = timeline.SpeakerGovernment
			}
		}
	}
	if f := e.lw(s); (f == "u.n." || f == "un" || f == "united" || supranational(f)) && kind != "" {
		return timeline.SpeakerOrganization // the U.N.'s bodies are no government
	}
	// "U.S. Geological Survey", "National Hurricane Center": a public body
	if stateHeads[head] {
		f := e.lw(s)
		if f == "the" && s+1 < end {
			f = e.lw(s + 1)
		}
		if publicFirst[f] || countryOf(f) != "" || demonyms[f] != "" {
			return timeline.SpeakerGovernment
		}
	}
	f := e.lw(s)
	if f == "the" && s+1 < end {
		f = e.lw(s + 1)
	}
	switch {
	case kind == "" && mediaFirst[f] && end-s > 1:
		return timeline.SpeakerMedia // "Radio Sorell", "Channel 9 Ostmark"
	case kind == "" && !mediaHeads[head] && !ngoWords[head]:
		return ""
	case ngo:
		return timeline.SpeakerOrganization
	case media:
		return timeline.SpeakerMedia
	}
	return kind
}

// armedCorps make a corps a state force: "Marine Corps", "Signal Corps".
var armedCorps = map[string]bool{
	"marine": true, "marines": true, "revolutionary": true, "signal": true, "engineers": true,
	"peace": true, "medical": true, "air": true, "naval": true,
}

// stateHeads are the heads of bodies that are public when the name opens
// with "National", "Federal" or a country.
var stateHeads = map[string]bool{
	"survey": true, "institute": true, "center": true, "centre": true, "service": true, "council": true,
	"commission": true, "board": true, "office": true, "agency": true, "bank": true, "guard": true,
	"directorate": true, "observatory": true, "laboratory": true, "archive": true, "archives": true,
	"registry": true, "reserve": true, "police": true, "administration": true, "authority": true,
}

var publicFirst = map[string]bool{
	"national": true, "federal": true, "state": true, "royal": true, "central": true, "imperial": true,
	"provincial": true, "municipal": true, "regional": true, "presidential": true, "parliamentary": true,
}

// roleOf reads a title or description [s, end) into a role and an
// affiliation: "U.S. Homeland Security Secretary" is the role "homeland
// security secretary" of "united states".
func (e *evx) roleOf(s, end int) (role, affil string) {
	var parts []string
	// a possessor is the affiliation: "the State Department's spokesman"
	for k := end - 1; k > s; k-- {
		if e.isPoss(k) {
			ps := s
			for ps < k && e.isWord(ps) && determiners[e.lw(ps)] {
				ps++
			}
			if ps < k {
				txt := strings.ToLower(e.wordsText(ps, k))
				if c := countryOf(txt); c != "" {
					affil = strings.ToLower(c)
				} else {
					affil = txt
				}
			}
			s = k + 1
			break
		}
	}
	for k := s; k < end; k++ {
		if !e.isWord(k) {
			continue
		}
		lw := e.lw(k)
		if (lw == "of" || lw == "for") && len(parts) > 0 && k+1 < end && e.isCap(k+1) && !spokesRoles[parts[len(parts)-1]] {
			// "Secretary of State", "Minister of Defense": part of the title
			parts = append(parts, lw)
			continue
		}
		if (lw == "of" || lw == "for") && len(parts) > 0 && k+1 < end {
			// "spokesperson for the Pentagon", "minister of defense": the
			// phrase is the affiliation when it names a body or country
			rest := strings.ToLower(e.wordsText(k+1, end))
			rest = strings.TrimPrefix(rest, "the ")
			if c := countryOf(rest); c != "" {
				affil = strings.ToLower(c)
				break
			}
			if e.isCap(k+1) || e.isWord(k+1) && e.lw(k+1) == "the" {
				if affil == "" {
					affil = rest
				}
				break
			}
		}
		if k+1 < end && e.isPoss(k+1) {
			if c := countryOf(lw); c != "" {
				affil = strings.ToLower(c)
			} else {
				affil = lw
			}
			k++
			continue
		}
		if c := demonyms[lw]; c != "" && len(parts) == 0 {
			affil = strings.ToLower(c)
			continue
		}
		if c := countries[lw]; c != "" && len(parts) == 0 {
			affil = strings.ToLower(c)
			continue
		}
		if descriptorWords[lw] || hasDescriptorSuffix(lw) || determiners[lw] {
			continue
		}
		if r, ok := titleHeads[lw]; ok && r != "" && (k == end-1 || strings.HasSuffix(lw, ".")) {
			lw = r
		} else if ok && r == "" {
			continue
		}
		parts = append(parts, lw)
	}
	return strings.Join(parts, " "), affil
}

func hasDescriptorSuffix(lw string) bool {
	for _, s := range descriptorSuffixes {
		if strings.HasSuffix(lw, s) {
			return true
		}
	}
	return false
}

// mentionPass notes the entities a unit names, registering people and bodies
// when the text gives enough evidence of what they are.
func (e *evx) mentionPass(u int) {
	un := &e.units[u]
	first := true
	persons := 0
	var onlyPerson *entity
	for i := un.start; i < un.last; i++ {
		if e.inQuote(i) || !e.isWord(i) {
			continue
		}
		if e.lex[i]&lxPron == 0 && !e.isCap(i) && !(e.lw(i) == "the" && (e.has(i+1, lxDefHead) || e.has(i+2, lxDefHead) || e.has(i+3, lxDefHead))) {
			if first && !e.isCap(i) {
				lw := e.lw(i)
				first = determiners[lw] || descriptorWords[lw] || hasDescriptorSuffix(lw)
			}
			continue
		}
		lw := e.lw(i)
		subj := first && e.onlyModifiersBefore(un.start, i)
		if p, ok := pronouns[lw]; ok && subj && !p.plural {
			if ent := e.resolvePronoun(lw, i, u); ent != nil {
				e.addMention(ent, i, i+1, u, true)
			}
			first = false
			continue
		}
		if lw == "the" {
			// "the agency", "the coast guard", "the news agency": the last body
			// of that class
			h := i + 1
			for h < un.last && h < i+4 && e.isWord(h) && !e.isCap(h) && !e.inQuote(h) && !definiteHeads[e.lw(h)] && e.isNounLike(h) {
				h++
			}
			if h < un.last && h < i+4 && e.isWord(h) && !e.isCap(h) && definiteHeads[e.lw(h)] && (h+1 >= un.last || !e.isWord(h+1) || !e.isNounLike(h+1)) {
				if ent := e.byClassWord(e.lw(h), i, ""); ent != nil {
					e.addMention(ent, i, h+1, u, subj)
				}
				i = h
				first = false
				continue
			}
		}
		if !e.isNameStart(i) {
			if e.isWord(i) {
				first = false
			}
			continue
		}
		end := e.chunkEnd(i, un.last)
		if end == i+1 && e.toks[i].Flags&textutil.FlagAllCaps == 0 && e.isPossOfState(end) {
			// "Veldania's Interior Ministry": a country the lexicon lacks
			if c := e.analyseChunk(i, end); c.kind == "" && !c.person {
				name := e.raw(i)
				ent := e.d.reg.lookup(name)
				if ent == nil {
					ent = e.d.reg.add(name, timeline.SpeakerGovernment, e.gpos(i), e.ord)
					ent.country = true
				}
				e.addMention(ent, i, end, u, false).loc = true
			}
		}
		if e.commonCap(i, end) {
			first = false
			continue
		}
		if end < un.last && e.isWord(end) && e.lw(end) == "police" && !e.inQuote(end) {
			// "Portmar police": the police of a place
			name := e.wordsText(i, end+1)
			g := e.group(name, timeline.SpeakerGovernment, i)
			g.addClass("police")
			e.addMention(g, i, end+1, u, subj || e.startsClause(i, un))
			first = false
			i = end
			continue
		}
		ent := e.nameEntity(i, end, u, false)
		if ent != nil {
			m := e.addMention(ent, i, end, u, subj || e.startsClause(i, un))
			if i > un.first && locPreps[e.lw(i-1)] {
				m.loc = true
			}
			if ent.isPerson() {
				if onlyPerson != ent {
					persons++
				}
				onlyPerson = ent
			}
		}
		first = false
		i = end - 1
	}
	if persons == 1 && onlyPerson != nil && onlyPerson.gender == 0 {
		onlyPerson.gender = e.genderHint(un, onlyPerson)
	}
}

// onlyModifiersBefore reports whether only determiners and lower-case
// modifiers stand between the unit start and token i.
func (e *evx) onlyModifiersBefore(s, i int) bool {
	for k := s; k < i; k++ {
		if !e.isWord(k) {
			return false
		}
		lw := e.lw(k)
		if determiners[lw] || descriptorWords[lw] || hasDescriptorSuffix(lw) {
			continue
		}
		if e.isCap(k) || functionWords[lw] || finiteVerb(lw) || commonVerbs[lw] {
			return false
		}
	}
	return i-s <= 4
}

// genderHint reads he/his/him or she/her outside quotations in a unit that
// names one person.
func (e *evx) genderHint(un *unit, ent *entity) byte {
	var m, f bool
	after := false
	for i := un.start; i < un.last; i++ {
		if e.inQuote(i) || !e.isWord(i) {
			continue
		}
		if !after {
			// only pronouns after the person's mention refer back to them
			for k := len(e.ments) - 1; k >= 0 && e.ments[k].unit == e.ments[len(e.ments)-1].unit; k-- {
				if e.ments[k].ent == ent && e.ments[k].end <= i {
					after = true
				}
			}
			if !after {
				continue
			}
		}
		switch e.lw(i) {
		case "he", "him", "himself":
			m = true
		case "she", "herself":
			f = true
		}
	}
	switch {
	case m && !f:
		return 'm'
	case f && !m:
		return 'f'
	}
	return 0
}

// startsClause reports whether token i opens a clause: after a comma and a
// conjunction, or after a leading adverbial.
func (e *evx) startsClause(i int, un *unit) bool {
	if i == un.start {
		return true
	}
	p := i - 1
	if e.isWord(p) && !e.inQuote(p) {
		switch e.lw(p) {
		case "and", "but":
			return e.isComma(p - 1)
		case "that", "while", "when", "after", "before", "because", "as", "if", "since", "although", "though":
			return true
		}
	}
	return false
}

func (e *evx) addMention(ent *entity, s, end, u int, subj bool) *mention {
	ent.touch(e.gpos(s))
	for k := len(e.ments) - 1; k >= 0 && k >= len(e.ments)-4; k-- {
		m := &e.ments[k]
		if m.tok == s {
			m.ent = ent
			m.subject = m.subject || subj
			return m
		}
	}
	e.ments = append(e.ments, mention{ent: ent, tok: s, end: end, unit: u, subject: subj})
	return &e.ments[len(e.ments)-1]
}

// nameEntity resolves or registers the name chunk [s, end) with what its
// context says (a title, a role word before it, an apposition after it).
// forSpeaker is true when the name is a claim's subject: a speaker is
// registered even without other evidence.
// vesselPrefixes open a ship's name.
var vesselPrefixes = map[string]bool{"mv": true, "m/v": true, "ms": true, "ss": true, "hms": true, "uss": true, "rms": true, "mt": true, "fv": true}

// operatorBefore reports "operated by", "owned by", "run by" just before s,
// marks the name before that phrase a thing that cannot speak and returns
// it (nil when it is not known).
func (e *evx) operatorBefore(s int) (*entity, bool) {
	if s < 2 || !e.isWord(s-1) || e.lw(s-1) != "by" || !e.isWord(s-2) {
		return nil, false
	}
	switch e.lw(s - 2) {
	case "operated", "owned", "run", "managed", "chartered", "leased", "built":
	default:
		return nil, false
	}
	k := s - 3
	if e.isComma(k) {
		k--
	}
	if k >= 0 && e.isWord(k) && e.isCap(k) {
		b := k
		for b > 0 && e.isWord(b-1) && e.isCap(b-1) {
			b--
		}
		for a := b; a <= k; a++ {
			if t := e.d.reg.lookup(e.wordsText(a, k+1)); t != nil && !t.isPerson() && !t.country {
				t.thing = true
				return t, true
			}
		}
	}
	return nil, true
}

func (e *evx) nameEntity(s, end, u int, forSpeaker bool) *entity {
	c := e.analyseChunk(s, end)
	r := e.d.reg
	pos := e.gpos(s)
	// a description before the name: "Union leader Mara Toll", "rights
	// group Civic Watch", "Halvorn spokeswoman Mina Treadwell"
	descStart, descHead := e.descriptionBefore(s, u)
	if !c.person && c.kind == "" && end-s == 1 && e.followedByAge(end) {
		c.person = true // "Smith, 52, said"
	}
	if end-s >= 2 && vesselPrefixes[e.lw(s)] {
		// "MV Corran Bay", "HMS Dauntless": a ship, which cannot speak
		c.person = false
		ent := e.bodyEntity(s, end, u, c, descHead)
		if ent != nil && !ent.isPerson() {
			ent.thing = true
			ent.addAlias(e.wordsText(s+1, end)) // "the Hollis Star"
		}
		return ent
	}
	if c.person && !c.sure && c.nameStart == s && descHead == "" {
		// a name seen before as a body stays one: "Halvard Marine says"
		if ent := r.lookup(e.wordsText(s, end)); ent != nil && !ent.isPerson() && !ent.group {
			ent.touch(pos)
			return ent
		}
	}
	if !c.sure && c.nameStart == s && c.kind != timeline.SpeakerGovernment {
		if ent := r.byPrefix(e.wordsText(s, end)); ent != nil {
			ent.touch(pos)
			return ent
		}
	}
	if thing, ok := e.operatorBefore(s); ok && !c.sure && c.nameStart == s && end-s >= 2 {
		// "the ferry X, operated by Brann Coastal Lines": a company
		c.person = false
		if c.kind == "" {
			c.kind = timeline.SpeakerOrganization
		}
		ent := e.bodyEntity(s, end, u, c, descHead)
		if ent != nil && !ent.isPerson() {
			ent.addClass("company")
			ent.addClass("operator")
			ent.addClass("owner")
			if thing != nil {
				thing.operator = ent
			}
		}
		return ent
	}
	if c.person && c.nameStart < end {
		name := e.personName(c.nameStart, end)
		if name == "" {
			return nil
		}
		descIsBody := descHead != "" && !roleNouns[descHead] && definiteHeads[descHead]
		if !descIsBody && !c.sure && c.nameStart == s && descHead == "" {
			// "Alarm Phone, a hotline for migrants in distress,": a body
			if _, hd := e.apposition(end, u); hd != "" && !roleNouns[hd] && !personNouns[hd] && !e.isCapWordHead(hd) {
				descIsBody = true
				descHead = hd
			}
		}
		if !descIsBody && !c.sure && c.nameStart == s && descHead == "" && end-s >= 2 && e.followedByWhich(end) {
			// "Alden Terminals, which runs the docks,": a thing, not a person
			descIsBody = true
		}
		if descIsBody {
			// "the company Halvorn Mining": a body after all
			c.person = false
			return e.bodyEntity(s, end, u, c, descHead)
		}
		evidence := c.nameStart > s || c.sure || descHead != "" || forSpeaker || e.appositionRole(end, u) != "" ||
			e.followedByAge(end) ||
			e.followedByWho(end) || e.subjectOfVerb(s, end, u) || e.roleNPBefore(s, u) >= 0
		if !evidence {
			if ent := r.lookup(name); ent != nil && ent.isPerson() {
				ent.touch(pos)
				return ent
			}
			return nil
		}
		if end-c.nameStart == 1 {
			// a bare word after a title: a surname ("Gov. Pryce")
			if ent := r.surname(name); ent != nil {
				ent.touch(pos)
				e.applyRole(ent, c, s, descStart, descHead, u)
				return ent
			}
			if ent := r.lookup(name); ent != nil {
				if ent.isPerson() {
					ent.touch(pos)
					return ent
				}
				if c.nameStart == s && descHead == "" {
					ent.touch(pos)
					return ent
				}
			}
			if c.nameStart == s && descHead == "" && !forSpeaker {
				return nil
			}
		}
		ent := r.person(name, pos, e.ord)
		if ent.firstEvent == e.ord && ent.first == pos {
			ent.listed = (c.nameStart > s || descHead != "") && !e.caption
		}
		if ent.role == "" {
			e.roleBeforeComma(ent, s, u)
		}
		if ent.gender == 0 {
			ent.gender = e.genderFromRelative(end, u)
		}
		e.linkLeader(ent, end, u)
		if c.nameStart > s {
			ent.addAlias(e.wordsText(s, end))
		}
		if c.gender == 0 && end-c.nameStart >= 2 {
			c.gender = givenNames[e.lw(c.nameStart)]
		}
		if c.gender != 0 && ent.gender == 0 {
			ent.gender = c.gender
		}
		e.applyRole(ent, c, s, descStart, descHead, u)
		if role := e.appositionRole(end, u); role != "" && ent.role == "" {
			e.setRoleFromApposition(ent, end, u)
		}
		e.maybeBindPending(ent, s, u)
		return ent
	}
	if c.person && c.nameStart == end {
		// a title alone: "Foreign Minister", "the President"
		if p := r.byRole(c.role, c.affil, pos); p != nil {
			p.touch(pos)
			return p
		}
		return nil
	}
	return e.bodyEntity(s, end, u, c, descHead)
}

// roleNPBefore finds a role phrase in apposition before a name: "Estovia's
// foreign minister, Ida Karsk," returns the phrase's first token, or -1.
func (e *evx) roleNPBefore(s, u int) int {
	un := &e.units[u]
	if !e.isComma(s-1) || s-2 < un.start || !e.isWord(s-2) || e.isCap(s-2) || !roleNouns[e.lw(s-2)] {
		return -1
	}
	j := e.npLeft(s-1, un.start)
	if j >= s-1 {
		return -1
	}
	return j
}

func (e *evx) roleBeforeComma(ent *entity, s, u int) {
	j := e.roleNPBefore(s, u)
	if j < 0 {
		return
	}
	ent.role, ent.affil = e.roleOf(j, s-1)
	ent.listed = true
}

// genderFromRelative reads "his" or "her" in a relative clause after a name:
// "Mayor Tia Lund, who lost her home".
func (e *evx) genderFromRelative(end, u int) byte {
	k := end
	if e.isComma(k) {
		k++
	}
	if !e.isWord(k) || e.lw(k) != "who" {
		return 0
	}
	un := &e.units[u]
	for j := k + 1; j < un.last && j < k+14; j++ {
		if e.isComma(j) || e.isTerminal(j) {
			break
		}
		switch e.lw(j) {
		case "his", "him", "he", "himself":
			return 'm'
		case "her", "she", "herself":
			return 'f'
		}
	}
	return 0
}

// personName returns the name without trailing punctuation.
func (e *evx) personName(s, end int) string {
	return strings.TrimRight(e.wordsText(s, end), ",.")
}

var demonymSuffixes = [...]string{"ian", "ean", "ish", "ese", "an", "i"}

// isDemonymLike reports an adjective of a place the lexicon may not know:
// "Tarnish", "Ostvardian".
func isDemonymLike(lw string) bool {
	for _, suf := range demonymSuffixes {
		if len(lw) > len(suf)+3 && strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// bodyEntity resolves or registers a body, country or unknown single word.
func (e *evx) bodyEntity(s, end, u int, c chunk, descHead string) *entity {
	r := e.d.reg
	pos := e.gpos(s)
	raw := e.bodyName(s, end)
	if raw == "" {
		return nil
	}
	if c.country != "" {
		ent := r.lookup(c.country)
		if ent == nil {
			ent = r.add(c.country, timeline.SpeakerGovernment, pos, e.ord)
			ent.country = true
		}
		ent.touch(pos)
		return ent
	}
	if ent := r.lookup(raw); ent != nil {
		ent.touch(pos)
		if descHead != "" && definiteHeads[descHead] && !ent.isPerson() {
			ent.addClass(descHead)
		}
		return ent
	}
	if end-s >= 2 && strings.Contains(raw, " ") {
		// "the Red Cross" after "the Tarnish Red Cross": the body named
		// before with its country in front
		if ent := r.byNameTailFold(raw, pos); ent != nil && ent.kind != timeline.SpeakerPerson {
			// the suffix of a capitalised adjective is lower case as written
			// or a country the document names: "the Seismic Institute" after
			// "the Aldova Seismic Institute"
			if f, _, _ := strings.Cut(ent.name, " "); isDemonymLike(f) || r.isCountry(f) {
				ent.touch(pos)
				return ent
			}
		}
	}
	if (placeWords[e.lw(end-1)] || placeFirst[e.lw(s)] && end-s > 1) && c.kind == "" && !definiteHeads[descHead] || end-s == 1 && demonyms[e.lw(s)] != "" {
		return nil // a place or a nationality
	}
	single := end-s == 1 || !strings.Contains(raw, " ")
	if single {
		w := e.raw(s)
		if e.toks[s].Flags&textutil.FlagAllCaps != 0 {
			if ent := r.byAcronym(strings.ReplaceAll(w, ".", "")); ent != nil {
				ent.addAlias(w)
				r.index(ent, w)
				ent.touch(pos)
				return ent
			}
		}
		if ent := r.byBlend(w); ent != nil {
			ent.addAlias(w)
			r.index(ent, w)
			ent.touch(pos)
			return ent
		}
		if ent := r.surname(raw); ent != nil {
			ent.touch(pos)
			return ent
		}
		if ent := r.byFirstWord(raw); ent != nil {
			ent.addAlias(raw)
			ent.touch(pos)
			return ent
		}
	}
	kind := c.kind
	if descHead != "" {
		if k := kindWords[descHead]; k != "" && kind == "" {
			kind = k
		}
		// "the state news agency Tarsa": a medium, whoever owns it
		if dk := e.descStartBefore(s, u); kind != timeline.SpeakerMedia && dk >= 0 {
			for k := dk; k < s-1; k++ {
				if e.isWord(k) && (e.lw(k) == "news" || e.lw(k) == "press") {
					kind = timeline.SpeakerMedia
				}
			}
		}
	}
	if kind == "" {
		if c.person {
			return nil // an unproven person name: wait for evidence
		}
		if single && e.toks[s].Flags&textutil.FlagAllCaps == 0 {
			// an unknown single word: a body only when it speaks or a
			// description says so
			if descHead == "" {
				return nil
			}
		}
		kind = timeline.SpeakerOrganization
	}
	ent := r.add(raw, kind, pos, e.ord)
	// a county or city is listed only when it speaks
	ent.listed = !e.caption && !placeWords[e.lw(end-1)]
	if descHead != "" {
		for _, cl := range classSynonyms[descHead] {
			ent.addClass(cl)
		}
		ent.addClass(descHead)
	}
	// "Civil Rights Monitoring Agency (CRMA)"
	if end+2 < len(e.toks) && e.isPunct(end, "(") && e.isWord(end+1) && e.toks[end+1].Flags&textutil.FlagAllCaps != 0 && e.isPunct(end+2, ")") {
		acr := e.raw(end + 1)
		ent.addAlias(acr)
		r.index(ent, acr)
	}
	// class nouns after the name: "Orka news agency", "Portmar police"
	for k := end; k < end+3 && k < len(e.toks) && e.isWord(k) && !e.isCap(k) && !e.inQuote(k); k++ {
		lw := e.lw(k)
		if !definiteHeads[lw] && !mediaHeads[lw] {
			break
		}
		ent.addClass(lw)
		for _, x := range classSynonyms[lw] {
			ent.addClass(x)
		}
		if mediaHeads[lw] && ent.kind != timeline.SpeakerMedia && !e.hasNGOWord(s, end) {
			ent.kind = timeline.SpeakerMedia
		}
	}
	if cls := e.appositionClass(end, u); cls != "" {
		if k := kindWords[cls]; k == timeline.SpeakerMedia && ent.kind == timeline.SpeakerOrganization {
			ent.kind = k // "TVT, the state broadcaster,"
		}
		ent.addClass(cls)
		for _, x := range classSynonyms[cls] {
			ent.addClass(x)
		}
	}
	if e.followedByWhich(end) && ent.kind == "" {
		ent.kind = timeline.SpeakerOrganization
	}
	return ent
}

func (e *evx) hasNGOWord(s, end int) bool {
	for k := s; k < end; k++ {
		if e.isWord(k) && ngoWords[e.lw(k)] {
			return true
		}
	}
	return false
}

// bodyName is a body's canonical name: the capitalised words without a
// leading "The" or descriptor ("U.S.-based").
func (e *evx) bodyName(s, end int) string {
	for s < end && (determiners[e.lw(s)] || hasDescriptorSuffix(e.lw(s)) || descriptorWords[e.lw(s)] && !e.isCap(s)) {
		s++
	}
	return strings.TrimRight(e.wordsText(s, end), ",.")
}

// descriptionBefore finds lower-case words that describe the name at s:
// "Union leader", "office spokeswoman", "rights group". It returns the first
// token of the description and its head word.
func (e *evx) descriptionBefore(s, u int) (int, string) {
	un := &e.units[u]
	k := s - 1
	if k < un.first || !e.isWord(k) || e.isCap(k) || e.inQuote(k) {
		// a capitalised role noun at a sentence start: "Spokesman Ali Ode"
		return s, ""
	}
	// "a ransomware group calling itself Night Harbor", "a group known as"
	if k-2 >= un.first && e.isWord(k-1) && (e.lw(k) == "itself" && (e.lw(k-1) == "calling" || e.lw(k-1) == "calls") ||
		e.lw(k) == "as" && e.lw(k-1) == "known") && e.isWord(k-2) && !e.inQuote(k-2) && definiteHeads[e.lw(k-2)] {
		k -= 2
	}
	head := e.lw(k)
	if !roleNouns[head] && !definiteHeads[head] {
		return s, ""
	}
	j := k
	for j-1 >= un.first && j-1 >= k-3 && e.isWord(j-1) && !e.inQuote(j-1) {
		lw := e.lw(j - 1)
		if functionWords[lw] || determiners[lw] || verbForms[lw] != (form{}) {
			break
		}
		j--
	}
	if j-1 >= un.first && e.isPoss(j-1) {
		j -= 2
		if j < un.first {
			j = un.first
		}
	}
	return j, head
}

// personNouns describe a person in an apposition: "Amal Haddad, a
// 24-year-old from Syria,".
var personNouns = map[string]bool{
	"man": true, "woman": true, "boy": true, "girl": true, "child": true, "teenager": true, "person": true,
	"mother": true, "father": true, "grandmother": true, "grandfather": true, "veteran": true, "native": true,
	"resident": true, "refugee": true, "migrant": true, "survivor": true, "victim": true, "widow": true,
	"nurse": true, "doctor": true, "teacher": true, "student": true, "worker": true, "farmer": true,
	"volunteer": true, "citizen": true, "national": true, "democrat": true, "republican": true, "member": true,
	"friend": true, "neighbor": true, "neighbour": true, "owner": true, "father-of-two": true, "mother-of-two": true,
}

// isCapWordHead reports an apposition head that is a year or an age
// ("24-year-old"), which describes a person.
func (e *evx) isCapWordHead(hd string) bool {
	return strings.Contains(hd, "-year-old") || strings.HasSuffix(hd, "-old")
}

// leaderRoles head a body and speak for it when the body is named before
// them: "Union leader Mara Toll", "company chief executive".
var leaderRoles = map[string]bool{
	"leader": true, "head": true, "chief": true, "chairman": true, "chairwoman": true, "chair": true,
	"president": true, "director": true, "boss": true, "secretary-general": true, "ceo": true,
	"executive": true, "commissioner": true, "coordinator": true,
}

// applyRole gives a person the role of their title or description, and links a
// spokesperson to the body named before the role ("Ministry spokesman").
func (e *evx) applyRole(ent *entity, c chunk, s, descStart int, descHead string, u int) {
	if c.role != "" && ent.role == "" {
		ent.role, ent.affil = c.role, c.affil
		ent.listed = true
	} else if c.affil != "" && ent.affil == "" {
		ent.affil = c.affil
	}
	if descHead == "" || !roleNouns[descHead] {
		return
	}
	role, affil := e.roleOf(descStart, s)
	if ent.role == "" {
		ent.role = role
		ent.listed = true
	}
	if affil != "" && ent.affil == "" {
		ent.affil = affil
	}
	if (spokesRoles[descHead] || leaderRoles[descHead]) && ent.speaksFor == nil {
		if body := e.bodyBefore(descStart, s-1, u); body != nil && body != ent && !body.isPerson() && !body.country {
			ent.speaksFor = body
			body.listed = true
		}
	}
}

// bodyBefore resolves the words [s, end) before a spokesperson's role to the
// body they speak for: "Ministry" is the last ministry, "Halvorn" the body
// whose name starts so.
func (e *evx) bodyBefore(s, end, u int) *entity {
	if s >= end {
		return nil
	}
	r := e.d.reg
	pos := e.gpos(s)
	for k := s; k < end; k++ {
		if e.isPoss(k) {
			s = k + 1
		}
	}
	if s >= end {
		return nil
	}
	last := e.lw(end - 1)
	if end-s == 1 {
		if definiteHeads[last] || classSynonyms[last] != nil {
			if ent := r.byClass(last, pos, ""); ent != nil {
				return ent
			}
		}
		if ent := r.lookup(e.raw(s)); ent != nil {
			return ent
		}
		if ent := r.byFirstWord(e.raw(s)); ent != nil {
			return ent
		}
		if c := countryOf(last); c != "" {
			return r.lookup(c)
		}
		return nil
	}
	if ent := r.lookup(e.bodyName(s, end)); ent != nil {
		return ent
	}
	if definiteHeads[last] {
		return r.byClass(last, pos, "")
	}
	return nil
}

// appositionRole returns the role of an apposition after a name ("Abbas
// Karsk, Estovia's foreign minister,"), or "".
func (e *evx) appositionRole(end, u int) string {
	s, hd := e.apposition(end, u)
	if s < 0 || !roleNouns[hd] {
		return ""
	}
	return hd
}

// appositionClass returns the head of an apposition that describes a body
// ("Westline Power, the state's largest utility,").
func (e *evx) appositionClass(end, u int) string {
	s, hd := e.apposition(end, u)
	if s < 0 || roleNouns[hd] {
		return ""
	}
	if definiteHeads[hd] || kindWords[hd] != "" {
		return hd
	}
	return ""
}

// apposition finds ", DET ... HEAD," after a name and returns its first token
// and head; -1 when there is none.
func (e *evx) apposition(end, u int) (int, string) {
	un := &e.units[u]
	if !e.isComma(end) {
		return -1, ""
	}
	s := end + 1
	if s >= un.last || !e.isWord(s) || e.inQuote(s) {
		return -1, ""
	}
	lw := e.lw(s)
	if lw == "who" || lw == "which" || lw == "whose" {
		return -1, ""
	}
	if !(determiners[lw] || e.isPoss(s+1) || demonyms[lw] != "" || roleNouns[lw] || e.isCap(s)) {
		return -1, ""
	}
	k := s
	partAt := -1
	for k < un.last && k < s+12 && !e.inQuote(k) {
		if e.isComma(k) {
			break
		}
		if e.isWord(k) {
			// "an engineering firm hired by the authority": a participle
			// after the head still describes it
			if lw := e.lw(k); k > s+1 && partAt < 0 && !e.isCap(k) && (strings.HasSuffix(lw, "ed") && len(lw) > 4 || lw == "run" || lw == "known") {
				partAt = k
				k++
				continue
			}
			if _, ok := verbForms[e.lw(k)]; ok && !e.isCap(k) && partAt < 0 {
				return -1, ""
			}
			switch e.lw(k) {
			case "that", "which", "who", "whose", "when", "where", "because", "if", "but", "said", "says":
				if k > s {
					return -1, ""
				}
			}
		} else if e.toks[k].Kind != textutil.Poss {
			return -1, ""
		}
		k++
	}
	if !e.isComma(k) && !(k < un.last && e.isWord(k) && verbForms[e.lw(k)] != (form{})) {
		return -1, ""
	}
	h := k - 1
	if partAt > 0 {
		k = partAt
		h = partAt - 1
	}
	for j := s + 1; j < k; j++ {
		if e.isWord(j) {
			switch e.lw(j) {
			case "of", "for", "at", "from", "in", "with", "on", "near", "who", "whose":
				h = j - 1
			}
			if h != k-1 {
				break
			}
		}
	}
	for h > s && !e.isWord(h) {
		h--
	}
	return s, e.lw(h)
}

func (e *evx) setRoleFromApposition(ent *entity, end, u int) {
	s, _ := e.apposition(end, u)
	if s < 0 {
		return
	}
	k := s
	for k < len(e.toks) && !e.isComma(k) {
		k++
	}
	ent.role, ent.affil = e.roleOf(s, k)
	ent.listed = true
	e.linkSpokes(ent, s, k, u)
}

// leadVerbs in "X, who coordinates the rescue corps," make X speak for the
// body that follows.
var leadVerbs = map[string]bool{
	"leads": true, "led": true, "heads": true, "headed": true, "runs": true, "ran": true, "directs": true,
	"directed": true, "chairs": true, "chaired": true, "coordinates": true, "coordinated": true,
	"manages": true, "managed": true, "represents": true, "represented": true, "founded": true,
}

// linkLeader links a person to the body a relative clause after their name
// says they lead or speak for: "Ana Ruiz, who heads the port authority,".
func (e *evx) linkLeader(ent *entity, end, u int) {
	if ent.speaksFor != nil || !e.isComma(end) || !e.isWord(end+1) || e.lw(end+1) != "who" ||
		!e.isWord(end+2) || !leadVerbs[e.lw(end+2)] {
		return
	}
	s := end + 3
	k := s
	for k < len(e.toks) && k < s+8 && e.isWord(k) {
		k++
	}
	if k == s {
		return
	}
	if body := e.resolveSpeaker(s, k, u); body.ok() && body.ent != ent && !body.ent.isPerson() {
		ent.speaksFor = body.ent
		body.ent.listed = true
	}
}

// linkSpokes links a spokesperson to the body a role phrase [s, end) names:
// "a spokeswoman for the ministry", "the company's spokesman".
func (e *evx) linkSpokes(ent *entity, s, end, u int) {
	if ent.speaksFor != nil {
		return
	}
	for k := s; k < end; k++ {
		if !e.isWord(k) || !spokesRoles[e.lw(k)] {
			continue
		}
		var body spk
		if k+2 < end && e.isWord(k+1) && (e.lw(k+1) == "for" || e.lw(k+1) == "of" || e.lw(k+1) == "at") {
			body = e.resolveSpeaker(k+2, end, u)
		} else if e.isPoss(k - 1) {
			bs := e.npLeft(k-1, s)
			if bs < k-1 {
				body = e.resolveSpeaker(bs, k-1, u)
			}
		}
		if body.ok() && body.ent != ent {
			ent.speaksFor = body.ent
			body.ent.listed = true
		}
		return
	}
}

func (e *evx) followedByWho(end int) bool {
	return e.isComma(end) && e.isWord(end+1) && e.lw(end+1) == "who" ||
		e.isWord(end) && e.lw(end) == "who" ||
		e.isComma(end) && e.isWord(end+1) && e.toks[end+1].Flags&textutil.FlagNumber != 0 && e.isComma(end+2)
}

func (e *evx) followedByAge(end int) bool {
	return e.isComma(end) && e.isWord(end+1) && e.toks[end+1].Flags&textutil.FlagNumber != 0 &&
		len(e.raw(end+1)) <= 3 && (e.isComma(end+2) || e.isTerminal(end+2))
}

func (e *evx) followedByWhich(end int) bool {
	return e.isComma(end) && e.isWord(end+1) && e.lw(end+1) == "which"
}

// commonVerbs are frequent past-tense verbs with no -ed: a capitalised name
// before one at a clause start is a person or body acting.
var commonVerbs = map[string]bool{
	"met": true, "sat": true, "spoke": true, "took": true, "gave": true, "made": true, "went": true,
	"came": true, "has": true, "had": true, "is": true, "was": true, "will": true, "would": true,
	"began": true, "led": true, "left": true, "held": true, "won": true, "lost": true, "ran": true,
	"sent": true, "got": true, "saw": true, "became": true, "brought": true, "kept": true, "set": true,
	"stood": true, "wrote": true, "told": true, "said": true, "says": true, "thinks": true, "knew": true,
	"could": true, "can": true, "did": true, "does": true, "may": true, "must": true, "should": true,
	"also": true, "then": true, "later": true, "vetoed": true, "signed": true,
}

// subjectOfVerb reports whether the name [s, end) opens its clause and a verb
// follows it.
func (e *evx) subjectOfVerb(s, end, u int) bool {
	un := &e.units[u]
	if !(s == un.start || e.startsClause(s, un) || e.isComma(s-1) && s-2 >= un.start && e.isCloseQuote(s-1)) {
		if !(s-1 >= un.start && (e.isCloseQuote(s-1) || e.isComma(s-1) && e.isCloseQuote(s-2))) {
			return false
		}
	}
	if end >= un.last || !e.isWord(end) || e.isCap(end) {
		return false
	}
	lw := e.lw(end)
	if commonVerbs[lw] || verbForms[lw] != (form{}) {
		return true
	}
	return strings.HasSuffix(lw, "ed") && len(lw) > 4
}

// isNounLike reports whether a lower-case word can continue a noun phrase.
func (e *evx) isNounLike(i int) bool {
	if !e.isWord(i) || e.inQuote(i) {
		return false
	}
	lw := e.lw(i)
	if functionWords[lw] || determiners[lw] || verbForms[lw] != (form{}) || commonVerbs[lw] {
		return false
	}
	if e.toks[i].Flags&textutil.FlagCap != 0 {
		return true
	}
	return !strings.HasSuffix(lw, "ed") && !adverbLike(lw)
}

// byClassWord resolves "the agency", "the company" to the last body of that
// class; "the news agency" prefers a medium.
func (e *evx) byClassWord(head string, at int, pref timeline.SpeakerKind) *entity {
	return e.d.reg.byClass(head, e.gpos(at), pref)
}

// maybeBindPending gives a person newly named in the event a role mentioned
// before them in the same event with no holder ("Iran's foreign minister
// claimed ... Leon Drach offered no evidence").
func (e *evx) maybeBindPending(ent *entity, s, u int) {
	if ent.firstEvent != e.ord || ent.first != e.gpos(s) {
		return
	}
	// a person who speaks in their own sentence is a new speaker, not the
	// holder of the role named before
	if e.unitHasSpeechVerb(u) {
		// unless a title repeats the role of the sentence just before: "...,
		// the city's mayor said. Mayor Oskar Lind said ..."
		for _, p := range e.pending {
			if p.ent != nil && p.unit == u-1 && ent.role != "" && roleMatches(ent.role, p.role) && roleMatches(p.role, ent.role) {
				ent.addAlias(p.ent.name)
				e.rebind(p.ent, ent)
				p.ent = nil
				return
			}
		}
		return
	}
	cue := e.backReference(u)
	for _, p := range e.pending {
		if p.ent == nil || p.unit > u || u-p.unit > 3 {
			continue
		}
		if ent.role != "" && !roleMatches(ent.role, p.role) && !roleMatches(p.role, ent.role) {
			continue
		}
		if ent.role == "" && !cue {
			continue
		}
		if ent.role == "" {
			ent.role, ent.affil = p.role, p.affil
			ent.listed = true
		}
		ent.addAlias(p.ent.name)
		e.rebind(p.ent, ent)
		p.ent = nil
		return
	}
	if len(e.pending) > 0 {
		return // a role of this update waits for its holder
	}
	if pv := e.d.prev; pv != nil && u == 0 {
		// the role was named at the end of the update before
		for _, p := range pv.pending {
			if p.ent == nil || ent.role != "" && !roleMatches(ent.role, p.role) && !roleMatches(p.role, ent.role) {
				continue
			}
			if ent.role == "" && !cue {
				continue
			}
			if ent.role == "" {
				ent.role, ent.affil = p.role, p.affil
				ent.listed = true
			}
			ent.addAlias(p.ent.name)
			e.d.patchPrev(p.ent, ent)
			e.rebind(p.ent, ent)
			p.ent = nil
			return
		}
	}
}

// backReference reports a sentence that refers back to a statement: "offered
// no evidence for his claim", "his remarks", "spoke to diplomats".
func (e *evx) backReference(u int) bool {
	un := &e.units[u]
	for k := un.start; k < un.last; k++ {
		if e.inQuote(k) || !e.isWord(k) {
			continue
		}
		lw := e.lw(k)
		if e.lex[k]&(lxEvidence|lxVerify) != 0 || lw == "spoke" || lw == "speaking" || lw == "remarks" || lw == "comments" {
			return true
		}
		if (lw == "his" || lw == "her" || lw == "their") && e.isWord(k+1) && claimNouns[e.lw(k+1)] {
			return true
		}
	}
	return false
}

// unitHasSpeechVerb reports an inflected speech verb outside quotations in
// unit u.
func (e *evx) unitHasSpeechVerb(u int) bool {
	un := &e.units[u]
	for k := un.start; k < un.last; k++ {
		if e.lex[k]&lxVerb != 0 && !e.inQuote(k) && finiteVerb(e.lw(k)) && !e.isCap(k) {
			return true
		}
	}
	return false
}

// rebind moves the claims and mentions of a stand-in entity to the person who
// holds its role.
func (e *evx) rebind(from, to *entity) {
	for _, c := range e.claims {
		if c.sp.ent == from {
			c.sp.ent = to
		}
	}
	for k := range e.ments {
		if e.ments[k].ent == from {
			e.ments[k].ent = to
		}
	}
	from.speaker = false
	from.listed = false
	to.speaker = true
	to.touch(from.last)
	if from.gender != 0 && to.gender == 0 {
		to.gender = from.gender
	}
}

// bindPendingRoles runs at the end of an event for roles whose holder is
// named later in it but not as a mention the pass saw first.
func (e *evx) bindPendingRoles() {
	for _, p := range e.pending {
		if p.ent == nil {
			continue
		}
		for _, m := range e.ments {
			if m.tok <= p.tok || m.unit-p.unit > 3 || !m.ent.isPerson() || m.ent == p.ent {
				continue
			}
			if m.ent.firstEvent != e.ord || e.isSpeakerAt(m.ent, m.unit) || m.ent.role == "" && !e.backReference(m.unit) {
				continue
			}
			if m.ent.role != "" && !roleMatches(m.ent.role, p.role) {
				continue
			}
			if m.ent.role == "" {
				m.ent.role, m.ent.affil = p.role, p.affil
				m.ent.listed = true
			}
			m.ent.addAlias(p.ent.name)
			e.rebind(p.ent, m.ent)
			p.ent = nil
			break
		}
	}
}

// resolvePronoun finds the antecedent of a subject pronoun at token i: the
// nearest compatible entity outside quotations, preferring the speakers and
// subjects of the sentences before.
func (e *evx) resolvePronoun(lw string, i, u int) *entity {
	p := pronouns[lw]
	ok := func(m *mention) bool {
		ent := m.ent
		if m.loc && !ent.isPerson() {
			return false
		}
		if ent.isPerson() {
			if !p.person || p.plural {
				return false
			}
			return p.gender == 0 || ent.gender == 0 || ent.gender == p.gender
		}
		if p.plural {
			return ent.plural || ent.group || ent.kind == timeline.SpeakerOrganization || ent.kind == timeline.SpeakerGovernment
		}
		return p.thing && !ent.plural
	}
	// the mentions of the last few units, found from the end
	lo := len(e.ments)
	for lo > 0 && e.ments[lo-1].unit >= u-4 {
		lo--
	}
	ments := e.ments[lo:]
	// the same unit, before the pronoun: the nearest subject
	for k := len(ments) - 1; k >= 0; k-- {
		m := &ments[k]
		if m.unit != u || m.tok >= i {
			continue
		}
		if m.subject && ok(m) {
			return m.ent
		}
	}
	// earlier units: speakers, then subjects, then any mention, nearest unit
	// first; a candidate whose gender is known to match beats one unknown
	known := func(ent *entity) bool { return p.gender != 0 && ent.gender == p.gender }
	for uu := u - 1; uu >= 0 && uu >= u-4; uu-- {
		var spkr, subj, any, sure *entity
		for k := range ments {
			m := &ments[k]
			if m.unit != uu || !ok(m) {
				continue
			}
			if sure == nil && known(m.ent) {
				sure = m.ent
			}
			if spkr == nil && e.isSpeakerAt(m.ent, uu) {
				spkr = m.ent
			}
			if m.subject && subj == nil {
				subj = m.ent
			}
			if any == nil {
				any = m.ent
			}
		}
		for _, c := range []*entity{spkr, subj} {
			if c != nil && (p.gender == 0 || sure == nil || c.gender == p.gender) {
				return c
			}
		}
		if sure != nil {
			return sure
		}
		if any != nil && (uu == u-1 || e.units[uu].para == e.units[u].para) {
			return any
		}
	}
	// an update that opens with "he said": the last person who spoke
	if p.person && !p.plural && e.d.lastPerson != nil {
		lp := e.d.lastPerson
		if p.gender == 0 || lp.gender == 0 || lp.gender == p.gender {
			return lp
		}
	}
	if p.thing && !p.plural && e.d.lastThing != nil && u == 0 {
		return e.d.lastThing
	}
	return nil
}

func (e *evx) isSpeakerAt(ent *entity, u int) bool {
	for k := len(e.claims) - 1; k >= 0; k-- {
		c := e.claims[k]
		if c.unit < u {
			break
		}
		if c.unit == u && c.sp.ent == ent {
			return true
		}
	}
	return false
}

// stateBodyTails after a title word make a body's name, not a person's:
// "General Staff", "Supreme Command".
var stateBodyTails = map[string]bool{
	"staff": true, "command": true, "secretariat": true, "headquarters": true, "assembly": true,
}

// descStartBefore returns the first word of the description before the name
// at s ("the state news agency Tarsa"), or -1.
func (e *evx) descStartBefore(s, u int) int {
	if u < 0 || u >= len(e.units) {
		return -1
	}
	ds, head := e.descriptionBefore(s, u)
	if head == "" || ds >= s {
		return -1
	}
	return ds
}
