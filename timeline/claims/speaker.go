package claims

import (
	"strings"

	"factline/timeline"
	"factline/timeline/textutil"
)

// resolveSpeaker resolves a subject noun phrase [s, end) to an entity, or
// returns a zero spk when the phrase cannot be a speaker.
func (e *evx) resolveSpeaker(s, end, u int) spk {
	for s < end && e.isWord(s) && (e.lw(s) == "and" || e.lw(s) == "but" || e.lw(s) == "then") {
		s++
	}
	for end-1 > s && e.isWord(end-1) && postModifiers[e.lw(end-1)] {
		end-- // "some residents downstream"
	}
	if s >= end {
		return spk{}
	}
	text := e.wordsText(s, end)
	if j := e.jointNames(s, end, u); j.ok() {
		return j
	}
	// "Obel's Bright Path movement": a person's body speaks under its own name
	if end-s >= 4 && !e.isCap(end-1) && kindWords[e.lw(end-1)] != "" {
		for k := s + 1; k < end-2; k++ {
			if !e.isPoss(k) {
				continue
			}
			if e.isCap(k+1) && e.isCap(k-1) {
				if own := e.resolveSpeaker(s, k, u); own.ok() && own.ent.isPerson() {
					if body := e.resolveSpeaker(k+1, end, u); body.ok() && !body.ent.isPerson() {
						body.text = e.wordsText(k+1, end)
						return body
					}
				}
			}
			break
		}
	}
	// a place after the head: "the Health Ministry in Gaza"
	for k := s + 1; k < end-1; k++ {
		if e.isWord(k) && (e.lw(k) == "in" || e.lw(k) == "at" || e.lw(k) == "with" || e.lw(k) == "from" && e.plausibleHead(e.lw(k-1))) && !e.inQuote(k) {
			// "analysts at Northgate Capital": people speaking for a body
			if head := e.lw(k - 1); (groupKinds[head] != "" || agentNouns[head] || agentSuffix(head)) && strings.HasSuffix(head, "s") &&
				(e.isCap(k+1) || e.lw(k+1) == "the") && (e.bodyPhrase(k+1, end) || e.lw(k) == "at" && e.isCap(k+1) && end-k-1 <= 3) {
				// "analysts at Tarnbank": people work at a body, live in a place
				body := e.resolveSpeaker(k+1, end, u)
				if body.ok() && body.ent.isPerson() && e.lw(k) == "at" && end-k-1 == 1 && body.ent.role == "" && body.ent.gender == 0 &&
					!strings.Contains(body.ent.name, " ") {
					// a lone name people work at was taken for a surname
					body.ent.kind = timeline.SpeakerOrganization
				}
				if body.ok() && !body.ent.isPerson() && !body.ent.country &&
					(!body.ent.group || definiteHeads[e.lw(end-1)] && body.ent.kind != timeline.SpeakerUnknown) {
					body.text = text
					return body
				}
			}
			sp := e.resolveSpeaker(s, k, u)
			sp.text = text
			return sp
		}
	}
	a := s
	det := ""
	for a < end && e.isWord(a) && determiners[e.lw(a)] && !quantifiers[e.lw(a)] && !(a+1 < end && e.isPoss(a+1)) {
		det = e.lw(a)
		a++
	}
	// "the country's disaster agency": a generic possessor says nothing
	if a+2 < end && e.isPoss(a+1) && genericOwners[e.lw(a)] {
		a += 2
		det = "the"
	}
	if a >= end {
		return spk{}
	}
	// "his campaign", "its spokesman": the body or role of the person or body
	// the possessive refers to
	if a == s+1 && end-a == 1 && (det == "his" || det == "her" || det == "its" || det == "their") {
		if sp := e.possessedSpeaker(det, e.lw(a), s, u, text); sp.ok() {
			return sp
		}
	}
	// a pronoun
	if end-a == 1 {
		if _, ok := pronouns[e.lw(a)]; ok {
			ent := e.resolvePronoun(e.lw(a), a, u)
			if ent == nil {
				return spk{}
			}
			return spk{ent: ent, text: text}
		}
	}
	// "Neighboring Kovia said": only a country neighbours
	if end-a == 2 && (e.lw(a) == "neighboring" || e.lw(a) == "neighbouring") && e.isCap(a+1) && !e.inQuote(a+1) {
		return spk{ent: e.countryNamed(e.raw(a+1), a+1), text: text}
	}
	if ent := e.officeOfRole(a, end); ent != nil {
		return spk{ent: ent, text: text}
	}
	// a name that ends the phrase: "Union leader Mara Toll", "the
	// Ministry of Water", "U.S. President Arlo Venn"
	for k := a; k < end; k++ {
		if !e.isCap(k) || e.inQuote(k) {
			continue
		}
		if !e.isNameStart(k) && !(k > a && e.isCap(k)) {
			continue
		}
		ce := e.chunkEnd(k, end)
		if ce == end && !e.commonCap(k, ce) {
			if ent := e.nameEntity(k, end, u, true); ent != nil {
				if ent.kind == "" {
					ent.kind = timeline.SpeakerOrganization
				}
				return spk{ent: ent, text: text}
			}
			if sp := e.unknownName(k, end, u, text); sp.ok() {
				return sp
			}
			break
		}
		if ce > k {
			k = ce - 1
		}
	}
	// a name with its body after it: "Chief Alma Ruiz of the department"
	for k := a + 1; k < end-1; k++ {
		if e.isWord(k) && (e.lw(k) == "of" || e.lw(k) == "for" || e.lw(k) == "with") && e.isCap(k-1) && !e.isCap(k+1) {
			if sp := e.resolveSpeaker(a, k, u); sp.ok() && sp.ent.isPerson() {
				sp.text = text
				return sp
			}
			break
		}
	}
	return e.commonSpeaker(s, a, end, u, det, text)
}

// bodyPhrase reports whether [s, end) names a body rather than a place:
// "Northgate Capital", "the national weather institute", not "the port city
// of Kalamos".
func (e *evx) bodyPhrase(s, end int) bool {
	h := end - 1
	for k := s + 1; k < end; k++ {
		if e.isWord(k) && (e.lw(k) == "of" || e.lw(k) == "for") {
			h = k - 1
			break
		}
	}
	head := e.lw(h)
	if placeWords[head] || head == "capital" && !e.isCap(h) {
		return false
	}
	if e.isCap(h) {
		return e.kindOfWords(s, end) != "" || knownBodies[strings.ToLower(e.wordsText(s, end))] != "" || e.d.reg.lookup(e.bodyName(s, end)) != nil
	}
	return definiteHeads[head] || kindWords[head] != ""
}

// postModifiers may follow a speaker's head: "residents downstream",
// "officials abroad".
var postModifiers = map[string]bool{
	"downstream": true, "upstream": true, "nearby": true, "abroad": true, "overseas": true, "locally": true,
	"there": true, "too": true, "alike": true, "themselves": true, "himself": true, "herself": true,
	"itself": true, "present": true, "involved": true,
}

// genericOwners are possessors that name no one: "the country's",
// "the state's".
var genericOwners = map[string]bool{
	"country": true, "nation": true, "state": true, "city": true, "region": true, "province": true,
	"county": true, "island": true, "territory": true, "capital": true, "government": false,
}

// ownedBodies are what a person or body has that speaks for it: "his
// campaign said", "its lawyers said".
var ownedBodies = map[string]timeline.SpeakerKind{
	"campaign": timeline.SpeakerOrganization, "party": timeline.SpeakerOrganization,
	"office": timeline.SpeakerGovernment, "government": timeline.SpeakerGovernment,
	"administration": timeline.SpeakerGovernment, "ministry": timeline.SpeakerGovernment,
	"family": timeline.SpeakerUnknown, "lawyers": timeline.SpeakerUnknown, "attorneys": timeline.SpeakerUnknown,
	"team": timeline.SpeakerOrganization, "spokesman": timeline.SpeakerPerson,
	"spokeswoman": timeline.SpeakerPerson, "spokesperson": timeline.SpeakerPerson,
	"lawyer": timeline.SpeakerPerson, "attorney": timeline.SpeakerPerson,
}

// possessedSpeaker resolves "his campaign" to "Reyes campaign", "its
// spokesman" to the body's spokesperson when one is known.
func (e *evx) possessedSpeaker(det, head string, at, u int, text string) spk {
	kind, ok := ownedBodies[head]
	if !ok {
		return spk{}
	}
	pr := map[string]string{"his": "he", "her": "she", "its": "it", "their": "they"}[det]
	owner := e.resolvePronoun(pr, at, u)
	if owner == nil {
		return spk{}
	}
	if kind == timeline.SpeakerPerson {
		for _, x := range e.d.reg.ents {
			if x.speaksFor == owner && x.isPerson() {
				return spk{ent: x, text: text}
			}
		}
		name := owner.name + " " + head
		ent := e.group(name, timeline.SpeakerPerson, at)
		ent.speaksFor = owner
		return spk{ent: ent, text: text}
	}
	short := owner.name
	if owner.isPerson() && owner.surname != "" {
		short = surnameCase(owner.name)
	}
	ent := e.group(short+" "+head, kind, at)
	ent.addClass(head)
	return spk{ent: ent, text: text}
}

// surnameCase returns the last word of a person's name as written.
func surnameCase(name string) string {
	if k := strings.LastIndexByte(name, ' '); k >= 0 {
		return name[k+1:]
	}
	return name
}

// unknownName makes a speaker of a capitalised name the registry does not
// know and the chunk analysis could not place: a single word is a body, a
// few words a person.
func (e *evx) unknownName(k, end, u int, text string) spk {
	c := e.analyseChunk(k, end)
	r := e.d.reg
	pos := e.gpos(k)
	name := e.bodyName(k, end)
	if name == "" {
		return spk{}
	}
	if c.person {
		name := e.personName(c.nameStart, end)
		if name == "" {
			return spk{}
		}
		return spk{ent: r.person(name, pos, e.ord), text: text}
	}
	kind := c.kind
	if kind == "" && end-k == 1 && k >= 2 && (e.isComma(k-1) && e.isWord(k-2) && e.lw(k-2) == "name" ||
		e.isWord(k-1) && (e.lw(k-1) == "named" || e.lw(k-1) == "nicknamed")) {
		// "who gave only his first name, Pavel,", "a man named Pavel"
		return spk{ent: r.person(e.raw(k), pos, e.ord), text: text}
	}
	if kind == "" && end-k == 1 && e.toks[k].Flags&textutil.FlagAllCaps == 0 && (e.stateOrgansAhead(k) || e.datelineCountry(k)) {
		// "Lindmark said ... Lindmark's foreign minister said": a country
		return spk{ent: e.countryNamed(e.raw(k), k), text: text}
	}
	if kind == "" {
		pr := e.pronounAhead(end)
		if pr == 0 && e.verbAfterIs(end, personalVerbs) {
			pr = 'p' // "Hale told reporters ..."
		}
		switch pr {
		case 'p':
			if pn := e.personName(k, end); pn != "" {
				return spk{ent: r.person(pn, pos, e.ord), text: text}
			}
		}
		kind = timeline.SpeakerOrganization
		if e.verbIsReport(end) {
			kind = timeline.SpeakerMedia
		}
	}
	ent := r.lookup(name)
	if ent == nil {
		ent = r.add(name, kind, pos, e.ord)
	}
	ent.listed = true
	return spk{ent: ent, text: text}
}

// pronounAhead looks just past a subject and its verb for the pronoun that
// usually repeats the subject in the content ("Ode said he ...", "Tarvia
// said it ..."): 'p' for a person, 't' for a thing, 0 for neither.
func (e *evx) pronounAhead(end int) byte {
	for k := end; k < len(e.toks) && k < end+20; k++ {
		if e.inQuote(k) || e.isTerminal(k) {
			return 0
		}
		if !e.isWord(k) {
			continue
		}
		switch e.lw(k) {
		case "he", "she", "his", "her", "him":
			return 'p'
		case "it", "its":
			return 't'
		}
	}
	return 0
}

// personalVerbs are said of people far more than of bodies.
var personalVerbs = map[string]bool{
	"told": true, "tells": true, "insisted": true, "insists": true, "argued": true, "argues": true,
	"tweeted": true, "wrote": true, "writes": true, "recalled": true, "joked": true, "pleaded": true,
	"testified": true, "admitted": true, "conceded": true, "vowed": true,
}

// verbAfterIs reports whether the verb right after a subject is in set.
func (e *evx) verbAfterIs(end int, set map[string]bool) bool {
	for k := end; k < len(e.toks) && k < end+3; k++ {
		if e.isWord(k) {
			lw := e.lw(k)
			if set[lw] {
				return true
			}
			if !preVerbSkip[lw] {
				return false
			}
		}
	}
	return false
}

// verbIsReport reports whether the verb after a subject is "reported":
// a body that reports is most likely a medium.
func (e *evx) verbIsReport(end int) bool {
	for k := end; k < len(e.toks) && k < end+3; k++ {
		if e.isWord(k) {
			lw := e.lw(k)
			if lw == "reported" || lw == "reports" {
				return true
			}
			if !preVerbSkip[lw] {
				return false
			}
		}
	}
	return false
}

// commonSpeaker resolves a phrase without a final name: roles ("Iran's
// foreign minister"), bodies by class ("the agency"), documents ("a police
// statement"), countries' governments and generic groups ("organizers").
func (e *evx) commonSpeaker(s, a, end, u int, det, text string) spk {
	r := e.d.reg
	pos := e.gpos(a)
	head := e.lw(end - 1)
	pp := -1
	for k := a; k < end; k++ {
		if e.isPoss(k) {
			pp = k
		}
	}
	// "of" phrase: "the head of the union", "government of Iran"
	ofAt := -1
	for k := a + 1; k < end-1; k++ {
		if e.isWord(k) && (e.lw(k) == "of" || e.lw(k) == "for") {
			ofAt = k
			break
		}
	}
	if ofAt > 0 {
		head = e.lw(ofAt - 1)
	}
	if !e.plausibleHead(head) && !roleNouns[head] && countryOf(head) == "" {
		if pp >= 0 && pp == end-1 {
			return spk{}
		}
		return spk{}
	}
	headEnd := end
	if ofAt > 0 {
		headEnd = ofAt
	}
	// a country's government: "Canada's government", "the Iranian government"
	if head == "government" || head == "administration" || head == "regime" || head == "authorities" {
		if ctry := e.countryIn(a, headEnd); ctry != "" && head != "authorities" {
			ent := r.lookup(ctry)
			if ent == nil {
				ent = r.add(ctry, timeline.SpeakerGovernment, pos, e.ord)
				ent.country = true
			}
			ent.addAlias(strings.TrimPrefix(text, "the "))
			ent.listed = true
			return spk{ent: ent, text: text}
		}
		if ctry := e.countryIn(a, headEnd); ctry == "" && pp == a+1 && e.isCap(a) && head != "authorities" {
			// "Estovia's government": a country the lexicon does not know
			name := e.raw(a)
			ent := r.lookup(name)
			if ent == nil {
				ent = r.add(name, timeline.SpeakerGovernment, pos, e.ord)
				ent.country = true
			}
			ent.addAlias(strings.TrimPrefix(text, "the "))
			ent.listed = true
			return spk{ent: ent, text: text}
		}
		if ofAt > 0 {
			if ctry := e.countryIn(ofAt+1, end); ctry != "" {
				ent := r.lookup(ctry)
				if ent == nil {
					ent = r.add(ctry, timeline.SpeakerGovernment, pos, e.ord)
					ent.country = true
				}
				ent.listed = true
				return spk{ent: ent, text: text}
			}
		}
	}
	// a document: "a police statement", "Canada's statement", "the
	// ministry's report"
	if docNouns[head] && ofAt < 0 {
		if pp >= 0 {
			if sp := e.resolveSpeaker(a, pp, u); sp.ok() {
				sp.text = text
				return sp
			}
		}
		if end-1 > a {
			mods := a
			if pp >= 0 {
				mods = pp + 1
			}
			if end-1 > mods {
				if sp := e.resolveSpeaker(mods, end-1, u); sp.ok() {
					sp.text = text
					return sp
				}
			}
		}
		if end-a == 1 && (det == "the" || det == "that" || det == "this") && len(e.claims) > 0 {
			// "the statement said": the statement of the last speaker, the
			// one whose attribution names a document if any ("..., the
			// ministry said in a statement")
			var last, doc *claim
			for _, c := range e.claims {
				if c.verbTok >= a {
					continue
				}
				if last == nil || c.verbTok > last.verbTok {
					last = c
				}
				if c.ae > c.verbTok+1 && strings.Contains(e.lower[e.toks[c.verbTok].Start:e.toks[c.ae-1].End], head) {
					doc = c
				}
			}
			if doc != nil {
				last = doc
			}
			if last != nil {
				return spk{ent: last.sp.ent, text: text}
			}
		}
		name := lowerFirst(e.wordsText(a, end), e.isSentenceInitial(a, u))
		return spk{ent: e.group(name, timeline.SpeakerUnknown, a), text: text}
	}
	// a role: "Iran's foreign minister", "the governor", "a spokesman for the
	// ministry"
	// "a spokesperson for the company", "a ministry spokesman": the body
	// speaks through an unnamed spokesperson
	if spokesRoles[head] && head != "official" && head != "representative" {
		if ofAt > 0 {
			if body := e.resolveSpeaker(ofAt+1, end, u); body.ok() && !body.ent.isPerson() {
				return spk{ent: body.ent, text: text}
			}
		} else if headEnd-1 > a {
			if body := e.bodyBefore(a, headEnd-1, u); body != nil && !body.isPerson() {
				return spk{ent: body, text: text}
			}
		}
	}
	if roleNouns[head] && !strings.HasSuffix(head, "s") {
		role, affil := e.roleOf(a, headEnd)
		if pp >= 0 && affil == "" {
			affil = strings.ToLower(e.wordsText(a, pp))
		}
		anon := det == "a" || det == "an" || e.lw(a) == "one"
		if anon && (head == "official" || head == "source" || head == "person" || head == "witness" || head == "resident" || spokesRoles[head]) {
			name := e.wordsText(a, end)
			return spk{ent: e.group(name, timeline.SpeakerUnknown, a), text: text, anon: true}
		}
		if p := r.byRole(role, affil, pos); p != nil {
			p.touch(pos)
			return spk{ent: p, text: text}
		}
		if anon {
			name := e.wordsText(a, end)
			return spk{ent: e.group(name, timeline.SpeakerPerson, a), text: text}
		}
		// a stand-in until the event names the holder
		name := strings.TrimSuffix(e.wordsText(a, end), ",")
		ent := r.lookup(name)
		if ent == nil || !ent.isPerson() {
			ent = r.add(name, timeline.SpeakerPerson, pos, e.ord)
			ent.role, ent.affil = role, affil
		}
		if ofAt > 0 && spokesRoles[head] {
			if body := e.resolveSpeaker(ofAt+1, end, u); body.ok() {
				ent.speaksFor = body.ent
			}
		}
		e.pending = append(e.pending, &pendingRole{role: role, affil: affil, tok: a, unit: u, ent: ent})
		return spk{ent: ent, text: text}
	}
	// a body by its class: "the agency", "the news agency", "the miners'
	// union", "the company"
	if definiteHeads[head] && ofAt < 0 && (det == "the" || det == "its" || det == "their" || det == "his" || det == "her" || pp >= 0) {
		mods := a
		if pp >= 0 {
			mods = pp + 1
		}
		generic := true
		var pref timeline.SpeakerKind
		for k := mods; k < end-1; k++ {
			lw := e.lw(k)
			if mediaHeads[lw] {
				pref = timeline.SpeakerMedia
				continue
			}
			generic = false
		}
		// "the miners' union" names a class; "the coroner's office" one body
		possCommon := pp >= 0 && !e.isCap(pp-1) && strings.HasSuffix(e.lw(pp-1), "s")
		if generic && (pp < 0 || possCommon) {
			if ent := r.byClass(head, pos, pref); ent != nil {
				ent.touch(pos)
				ent.addAlias(strings.TrimPrefix(strings.TrimPrefix(text, "the "), "The "))
				return spk{ent: ent, text: text}
			}
			// "the aid group Sea Rescue Watch ... The charity said": a
			// near class, the latest named of them, so "the agency" after a
			// department named in the same sentence is no office named before
			var near *entity
			for _, alt := range nearClasses[head] {
				if ent := r.byClass(alt, pos, pref); ent != nil && (near == nil || recency(ent, pos) > recency(near, pos)) {
					near = ent
				}
			}
			if ent := near; ent != nil {
				ent.touch(pos)
				ent.addClass(head)
				ent.addAlias(strings.TrimPrefix(strings.TrimPrefix(text, "the "), "The "))
				return spk{ent: ent, text: text}
			}
			// "Alden Terminals ... The company said": a body whose name
			// tells no class is the latest of the kind the noun names
			if k := fallbackKinds[head]; k != "" && pp < 0 {
				if ent := r.latestUnclassed(k, pos); ent != nil {
					ent.touch(pos)
					ent.addClass(head)
					ent.addAlias(strings.TrimPrefix(strings.TrimPrefix(text, "the "), "The "))
					return spk{ent: ent, text: text}
				}
			}
		}
		if !generic && pp < 0 && det == "the" {
			// "the rescue corps": the last words of a body's name
			if ent := r.byNameTail(strings.ToLower(e.wordsText(mods, end)), pos); ent != nil {
				ent.touch(pos)
				ent.addAlias(strings.TrimPrefix(strings.TrimPrefix(text, "the "), "The "))
				return spk{ent: ent, text: text}
			}
			// "the election commission" after "the Central Electoral
			// Commission": the modifiers restate words of the body's name
			if ent := r.byClass(head, pos, pref); ent != nil && !ent.group && e.modifiersInName(mods, end-1, ent.name) {
				ent.touch(pos)
				return spk{ent: ent, text: text}
			}
		}
	}
	// police named by place: "Los Angeles police"; bare "police" is the
	// police named before, if any
	name := lowerFirst(e.wordsText(a, end), e.isSentenceInitial(a, u))
	if head == "police" && end-a == 1 {
		// "two police officers" are people of the force, not the force
		if ent := r.byClass("police", pos, ""); ent != nil && !isCountWord(firstWord(ent.name)) {
			ent.touch(pos)
			return spk{ent: ent, text: text}
		}
	}
	kind := groupKinds[head]
	if kind == "" {
		kind = kindWords[head]
	}
	if stateHeads[head] && (publicFirst[e.lw(a)] || end-a >= 3 && publicFirst[e.lw(end-2)] && e.isCap(a)) {
		// "the central bank", "the national weather service", "the
		// Tarnish central bank"
		kind = timeline.SpeakerGovernment
	}
	if head == "delegation" && (e.countryIn(a, end) != "" || e.isCap(a) && isDemonymLike(e.lw(a))) {
		kind = timeline.SpeakerGovernment // a country's delegation speaks for its government
	}
	if kind == "" && countryOf(head) != "" {
		kind = timeline.SpeakerGovernment
	}
	if kind == "" {
		kind = e.kindOfWords(a, end)
	}
	if kind == timeline.SpeakerUnknown && (head == "officials" || head == "official") {
		// "union officials" speak for a union, "ministry officials" for a
		// government
		for k := a; k < end-1; k++ {
			if e.isWord(k) && !e.isCap(k) {
				if k2 := kindWords[e.lw(k)]; k2 != "" {
					kind = k2
				}
			}
		}
	}
	if kind == "" {
		if strings.HasSuffix(head, "s") {
			kind = timeline.SpeakerUnknown
		} else {
			kind = timeline.SpeakerPerson
		}
	}
	if k := e.kindOfWords(a, end); k == timeline.SpeakerMedia {
		kind = k
	}
	if kind != timeline.SpeakerMedia && strings.HasSuffix(head, "s") && head != "police" &&
		(e.toks[a].Flags&textutil.FlagDigit != 0 || countWords[e.lw(a)]) {
		// "two officials", "three diplomats": an unnamed source, described
		return spk{ent: e.group(name, timeline.SpeakerUnknown, a), text: text, anon: true}
	}
	ent := e.group(name, kind, a)
	ent.addClass(head)
	for _, c := range classSynonyms[head] {
		ent.addClass(c)
	}
	return spk{ent: ent, text: text}
}

// modifiersInName reports whether every lower-case word of [s, end) shares
// its stem (first five letters, or the whole of a shorter word) with a word
// of name: "election" and "Electoral".
func (e *evx) modifiersInName(s, end int, name string) bool {
	if s >= end {
		return false
	}
	for k := s; k < end; k++ {
		if !e.isWord(k) || e.isCap(k) {
			return false
		}
		stem := e.lw(k)
		if len(stem) > 5 {
			stem = stem[:5]
		}
		found := false
		for rest := name; rest != "" && !found; {
			w, r, _ := strings.Cut(rest, " ")
			rest = r
			found = len(w) >= len(stem) && strings.EqualFold(w[:len(stem)], stem)
		}
		if !found {
			return false
		}
	}
	return true
}

// countryIn returns the country a possessive or demonym in [s, end) names.
func (e *evx) countryIn(s, end int) string {
	for k := s; k < end; k++ {
		if !e.isWord(k) {
			continue
		}
		lw := e.lw(k)
		if c := countries[lw]; c != "" {
			return c
		}
		if c := demonyms[lw]; c != "" {
			return c
		}
		if c := capitals[lw]; c != "" && k+1 < end && e.isPoss(k+1) {
			return c
		}
	}
	// a multi-word country: "South Korea's"
	if end-s >= 2 {
		for k := s; k+1 < end; k++ {
			if c := countries[e.lower[e.toks[k].Start:e.toks[k+1].End]]; c != "" {
				return c
			}
		}
	}
	return ""
}

// group finds or registers a speaker named as written ("opposition
// lawmakers", "two officials", "Colombia's presidential office").
func (e *evx) group(name string, kind timeline.SpeakerKind, at int) *entity {
	r := e.d.reg
	name = strings.TrimRight(name, ",.;: ")
	if ent := r.lookup(name); ent != nil {
		ent.touch(e.gpos(at))
		return ent
	}
	ent := r.add(name, kind, e.gpos(at), e.ord)
	ent.group = true // listed when it speaks
	lw := strings.ToLower(name)
	ent.plural = strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") || strings.HasSuffix(lw, "police") || strings.HasSuffix(lw, "people")
	return ent
}

// officeRoles own the offices whose names hold a possessive: "the Brennock
// County Sheriff's Office", "the Attorney General's Office".
var officeRoles = map[string]bool{
	"sheriff": true, "coroner": true, "prosecutor": true, "general": true, "governor": true, "mayor": true,
	"president": true, "premier": true, "examiner": true, "marshal": true, "commissioner": true,
	"chancellor": true, "auditor": true, "comptroller": true, "controller": true, "treasurer": true,
	"clerk": true, "registrar": true, "ombudsman": true, "inspector": true, "attorney": true, "minister": true,
}

// officeHeads end such names.
var officeHeads = map[string]bool{"office": true, "department": true, "bureau": true, "unit": true}

// officeOfRole reads [a, end) as the name of a role's office, "X County
// Coroner's Office", and returns its entity; the whole name is the body's
// name (the possessive is part of it), and "the coroner's office" later
// refers to it.
func (e *evx) officeOfRole(a, end int) *entity {
	if end-a < 3 || !officeHeads[e.lw(end-1)] || !e.isCap(end-1) {
		return nil
	}
	k := end - 2
	if !e.isPoss(k) || !officeRoles[e.lw(k-1)] || !e.isCap(k-1) {
		return nil
	}
	for j := a; j < k; j++ {
		if !e.isCap(j) && !(e.isWord(j) && e.lw(j) == "of") {
			return nil
		}
	}
	name := e.wordsText(a, end)
	ent := e.group(name, timeline.SpeakerGovernment, a)
	ent.group = false
	ent.kind = timeline.SpeakerGovernment
	ent.addClass(e.lw(end - 1))
	e.d.reg.index(ent, e.lw(k-1)+"'s "+e.lw(end-1))
	return ent
}

func firstWord(s string) string {
	f, _, _ := strings.Cut(s, " ")
	return f
}

// isCountWord is countWords[strings.ToLower(w)] without the copy.
func isCountWord(w string) bool {
	for c := range countWords {
		if strings.EqualFold(c, w) {
			return true
		}
	}
	return false
}

// countWords open a counted, unnamed source: "two officials", "several
// diplomats".
var countWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "several": true, "some": true, "many": true,
}

// countryNamed returns the country entity of a name the lexicon lacks.
func (e *evx) countryNamed(name string, at int) *entity {
	r := e.d.reg
	ent := r.lookup(name)
	if ent == nil {
		ent = r.add(name, timeline.SpeakerGovernment, e.gpos(at), e.ord)
	}
	if ent.kind != timeline.SpeakerGovernment && !ent.speaker {
		ent.kind = timeline.SpeakerGovernment
	}
	ent.country = ent.kind == timeline.SpeakerGovernment
	ent.listed = true
	return ent
}

// stateOrgansAhead reports whether the word at k comes back later in the
// event with an organ of state ("Lindmark's foreign minister"), which makes
// it a country.
func (e *evx) stateOrgansAhead(k int) bool {
	w := e.lw(k)
	// a bounded look-ahead keeps a huge single event linear
	for j := k + 1; j+1 < len(e.toks) && j < k+3000; j++ {
		if e.toks[j+1].Kind == textutil.Poss && e.isWord(j) && e.lw(j) == w && e.isPossOfState(j+1) {
			return true
		}
	}
	return false
}

// fallbackKinds are the class nouns that may refer back to a body whose name
// says nothing of its class.
var fallbackKinds = map[string]timeline.SpeakerKind{
	"company": timeline.SpeakerOrganization, "firm": timeline.SpeakerOrganization,
	"agency": timeline.SpeakerGovernment, "group": timeline.SpeakerOrganization,
	"organization": timeline.SpeakerOrganization, "organisation": timeline.SpeakerOrganization,
}

// datelineCountry reports whether the word at k is the country or region of
// the event's dateline ("ZELEN, Karvonia (AP) —"), which speaks as its
// government.
func (e *evx) datelineCountry(k int) bool {
	w := e.lw(k)
	for j := 0; j+2 < len(e.toks) && j < 8; j++ {
		if e.isComma(j) && e.isWord(j+1) && e.lw(j+1) == w && j > 0 && e.toks[j-1].Flags&textutil.FlagAllCaps != 0 {
			return e.isPunct(j+2, "(") || e.isPunct(j+2, "—") || e.isPunct(j+2, "-") || e.isPunct(j+2, "–")
		}
	}
	return false
}

// recency is byClass's order: the latest mention before pos, else the first.
func recency(e *entity, pos int) int {
	if e.last > pos {
		return e.first
	}
	return e.last
}

// nearClasses are the classes a class noun may refer back to when no body
// has its own: "the charity" after "the aid group Sea Rescue Watch".
var nearClasses = map[string][]string{
	"charity": {"group", "organization", "foundation"}, "organization": {"group"}, "organisation": {"group"},
	"group":    {"organization", "organisation", "association", "alliance", "coalition", "movement"},
	"watchdog": {"group", "organization"}, "nonprofit": {"group", "organization", "foundation"},
	// "the Relief Coordination Office ... The agency said"
	"agency": {"office", "bureau", "authority", "service", "administration", "directorate", "department"},
}
