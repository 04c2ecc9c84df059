package claims

import (
	"strings"

	"factline/timeline"
)

// entity is someone the story names: a person, a body, a country or a generic
// group ("police", "opposition lawmakers").
type entity struct {
	name    string
	kind    timeline.SpeakerKind
	aliases []string
	// role is a lower-case description ("foreign minister"); affil the
	// country or body it belongs to, as a lower-case key ("iran").
	role, affil string
	speaksFor   *entity
	gender      byte
	// classes are the nouns that refer back to a body ("agency", "union",
	// "company").
	classes []string
	// first and last are document positions of the first and latest mention.
	first, last int
	// firstEvent is the ordinal of the event that first named the entity.
	firstEvent int
	group      bool // a generic group, named as written
	plural     bool
	country    bool
	speaker    bool // made a claim in the document
	listed     bool // goes into doc.Entities
	// thing marks a vessel, vehicle or building named like a body ("MV
	// Hollis Star"): it cannot speak, so "the company" and "it" skip it.
	thing bool
	// operator is the body that runs a thing ("operated by Brann
	// Coastal Lines"): a claim about the thing concerns it.
	operator *entity
	// key is the lookup key of name, kept for prefix searches.
	key     string
	surname string
}

func (e *entity) isPerson() bool { return e.kind == timeline.SpeakerPerson }

func (e *entity) hasClass(c string) bool {
	for _, x := range e.classes {
		if x == c {
			return true
		}
	}
	return false
}

func (e *entity) addClass(c string) {
	if c != "" && !e.hasClass(c) {
		e.classes = append(e.classes, c)
	}
}

func (e *entity) addAlias(a string) {
	a = strings.TrimSpace(a)
	if a == "" || a == e.name {
		return
	}
	if len(a) <= 4 {
		if _, ok := pronouns[strings.ToLower(a)]; ok {
			return
		}
	}
	for _, x := range e.aliases {
		if x == a {
			return
		}
	}
	if len(e.aliases) < 16 {
		e.aliases = append(e.aliases, a)
	}
}

// registry holds a document's entities and the indexes that resolve names.
type registry struct {
	ents      []*entity
	byName    map[string]*entity
	bySurname map[string][]*entity
	byFirst   map[string][]*entity // first word of a multi-word body name ("halvorn")
}

func newRegistry() *registry {
	return &registry{
		byName:    map[string]*entity{},
		bySurname: map[string][]*entity{},
		byFirst:   map[string][]*entity{},
	}
}

// appendKey appends the lookup key of a name: lower-case ASCII, straight
// apostrophes, no leading "the ".
func appendKey(dst []byte, s string) []byte {
	if len(s) > 4 && (s[0] == 't' || s[0] == 'T') && (s[1] == 'h' || s[1] == 'H') && (s[2] == 'e' || s[2] == 'E') && s[3] == ' ' {
		s = s[4:]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x99 || s[i+2] == 0x98):
			dst = append(dst, '\'')
			i += 2
			continue
		}
		dst = append(dst, c)
	}
	return dst
}

func nameKey(s string) string { return string(appendKey(nil, s)) }

func (r *registry) lookup(name string) *entity {
	var buf [128]byte
	return r.byName[string(appendKey(buf[:0], name))]
}

func (r *registry) index(e *entity, name string) {
	k := nameKey(name)
	if k == "" {
		return
	}
	if _, ok := r.byName[k]; !ok {
		r.byName[k] = e
	}
}

// add registers a new entity under its name.
func (r *registry) add(name string, kind timeline.SpeakerKind, pos, event int) *entity {
	e := &entity{name: name, kind: kind, first: pos, last: pos, firstEvent: event, key: nameKey(name)}
	r.ents = append(r.ents, e)
	r.index(e, name)
	if kind == timeline.SpeakerPerson {
		if sn := surnameOf(name); sn != "" && strings.Contains(name, " ") {
			e.surname = sn
			r.bySurname[sn] = append(r.bySurname[sn], e)
		}
	} else if f, rest, ok := strings.Cut(name, " "); ok && rest != "" && isCapWord(f) {
		lf := strings.ToLower(f)
		if !functionWords[lf] && !determiners[lf] && countries[lf] == "" && demonyms[lf] == "" {
			r.byFirst[lf] = append(r.byFirst[lf], e)
		}
	}
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) > 0 && roleNouns[ws[len(ws)-1]] && !isCapWord(name) {
		// "senior commission official" is a person at the commission, not one
		return e
	}
	for _, w := range ws {
		for _, c := range classSynonyms[w] {
			e.addClass(c)
		}
	}
	return e
}

func isCapWord(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// nameSuffixes are not surnames.
var nameSuffixes = map[string]bool{"jr.": true, "jr": true, "sr.": true, "sr": true, "ii": true, "iii": true, "iv": true}

func surnameOf(name string) string {
	ws := strings.Fields(name)
	for len(ws) > 1 && nameSuffixes[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	if len(ws) < 2 {
		return ""
	}
	return strings.ToLower(strings.TrimRight(ws[len(ws)-1], ","))
}

// person finds or creates the person with this full name; a single word is a
// surname of a person named before, when there is one.
func (r *registry) person(name string, pos, event int) *entity {
	if e := r.lookup(name); e != nil {
		if e.kind == timeline.SpeakerPerson || e.kind == "" || e.kind == timeline.SpeakerUnknown {
			e.kind = timeline.SpeakerPerson
			e.touch(pos)
			return e
		}
	}
	if !strings.Contains(name, " ") {
		if e := r.surname(name); e != nil {
			e.touch(pos)
			return e
		}
	} else if e := r.surname(surnameOf(name)); e != nil && sameFirst(e.name, name) {
		// "Jonah P. Reyes" after "Jonah Reyes"
		e.addAlias(name)
		r.index(e, name)
		e.touch(pos)
		return e
	}
	return r.add(name, timeline.SpeakerPerson, pos, event)
}

func sameFirst(a, b string) bool {
	fa, _, _ := strings.Cut(a, " ")
	fb, _, _ := strings.Cut(b, " ")
	return strings.EqualFold(fa, fb)
}

// surname resolves a family name to the person named in full before: the most
// recently mentioned of several, else the only one.
func (r *registry) surname(sn string) *entity {
	cands := r.bySurname[strings.ToLower(sn)]
	var best *entity
	for _, e := range cands {
		if best == nil || e.last > best.last || e.last == best.last && len(e.name) > len(best.name) {
			best = e
		}
	}
	return best
}

func (e *entity) touch(pos int) {
	if pos > e.last {
		e.last = pos
	}
}

// byClass returns the most recently mentioned body of a class ("agency").
func (r *registry) byClass(class string, before int, pref timeline.SpeakerKind) *entity {
	var best *entity
	bestScore := -1
	for _, e := range r.ents {
		// "the group" is also a body of no class named as an organisation
		// ("Harbour Aid International")
		anyGroup := class == "group" && e.kind == timeline.SpeakerOrganization && len(e.classes) == 0 && !e.group && !e.country
		if e.first > before || !(e.hasClass(class) || anyGroup) || e.thing {
			continue
		}
		score := e.last
		if e.last > before {
			score = e.first
		}
		if pref != "" && e.kind == pref {
			score += 1 << 24
		}
		if score > bestScore {
			best, bestScore = e, score
		}
	}
	return best
}

// byNameTailFold is byNameTail for a tail as written: it compares without
// folding a copy, since most lookups find nothing.
func (r *registry) byNameTailFold(tail string, before int) *entity {
	var best *entity
	for _, e := range r.ents {
		if e.first > before || e.isPerson() || e.group {
			continue
		}
		n := len(e.name) - len(tail)
		if n < 2 || e.name[n-1] != ' ' || !strings.EqualFold(e.name[n:], tail) {
			continue
		}
		if best == nil || e.last > best.last {
			best = e
		}
	}
	return best
}

// byNameTail returns the body, named before, whose name ends with the given
// lower-case words: "the rescue corps" is the "Callow Ford Volunteer Rescue
// Corps" named earlier. The latest mentioned wins.
func (r *registry) byNameTail(tail string, before int) *entity {
	var best *entity
	for _, e := range r.ents {
		if e.first > before || e.isPerson() || e.group {
			continue
		}
		ln := strings.ToLower(e.name)
		if ln != tail && !strings.HasSuffix(ln, " "+tail) {
			continue
		}
		if best == nil || e.last > best.last {
			best = e
		}
	}
	return best
}

// byRole returns the person who holds a role, preferring the same affiliation
// and then the latest mention. A role matches the same role or one that ends
// with it ("minister" matches "foreign minister").
func (r *registry) byRole(role, affil string, before int) *entity {
	if role == "" {
		return nil
	}
	var best *entity
	bestScore := -1
	for _, e := range r.ents {
		if e.kind != timeline.SpeakerPerson || e.role == "" || e.first > before {
			continue
		}
		if !roleMatches(e.role, role) {
			continue
		}
		if affil != "" && e.affil != "" && e.affil != affil {
			continue
		}
		score := e.last
		if affil != "" && e.affil == affil {
			score += 1 << 24
		}
		if e.role == role {
			score += 1 << 23
		}
		if score > bestScore {
			best, bestScore = e, score
		}
	}
	return best
}

func roleMatches(have, want string) bool {
	if have == want {
		return true
	}
	if strings.HasSuffix(have, " "+want) {
		return true
	}
	// "governor" for "regional governor"; "foreign minister" for "minister of foreign affairs"
	if strings.HasSuffix(want, " "+have) {
		return false
	}
	return false
}

// acronymOf returns the initials of a multi-word name ("Human Rights Activists
// News Agency" → "CRNA").
func acronymOf(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(w)
		if lw == "of" || lw == "and" || lw == "the" || lw == "for" || lw == "on" || lw == "in" || lw == "de" || lw == "&" {
			continue
		}
		for _, part := range strings.Split(w, "-") {
			if part != "" && part[0] >= 'A' && part[0] <= 'Z' {
				b.WriteByte(part[0])
			}
		}
	}
	return b.String()
}

// byAcronym finds a body whose initials are acr.
func (r *registry) byAcronym(acr string) *entity {
	var best *entity
	for _, e := range r.ents {
		if e.kind == timeline.SpeakerPerson || e.group || !strings.Contains(e.name, " ") {
			continue
		}
		if acronymOf(e.name) == acr && (best == nil || e.last > best.last) {
			best = e
		}
	}
	return best
}

// isCountry reports whether name is a country the document has named.
func (r *registry) isCountry(name string) bool {
	c := r.lookup(name)
	return c != nil && c.country
}

// blendParts splits a blended short name at its inner capitals: "ValGas"
// is "Val" and "Gas". A word without an inner capital has one part.
func blendParts(w string) []string {
	var parts []string
	st := 0
	for i := 1; i < len(w); i++ {
		if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' {
			parts = append(parts, w[st:i])
			st = i
		}
	}
	if st == 0 {
		return nil
	}
	return append(parts, w[st:])
}

// byBlend resolves a blended short name to the body named before whose words
// it abbreviates in order, the first part opening the name: "ValGas" for
// "Valdane Gas Authority".
func (r *registry) byBlend(w string) *entity {
	parts := blendParts(w)
	if len(parts) < 2 {
		return nil
	}
	var best *entity
	for _, e := range r.ents {
		if e.kind == timeline.SpeakerPerson || e.group || e.thing || !strings.Contains(e.name, " ") {
			continue
		}
		ws := strings.Fields(e.name)
		if blendMatches(parts, ws) && (best == nil || e.last > best.last) {
			best = e
		}
	}
	return best
}

func blendMatches(parts, ws []string) bool {
	if len(ws) == 0 || len(parts[0]) < 2 || !hasPrefixFold(ws[0], parts[0]) {
		return false
	}
	i := 1
	for _, p := range parts[1:] {
		for i < len(ws) && !(len(p) >= 2 && hasPrefixFold(ws[i], p)) {
			i++
		}
		if i == len(ws) {
			return false
		}
		i++
	}
	return true
}

func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// byPrefix resolves a short form made of the first words of a body's
// longer name ("Lindmark Northern" for "Lindmark Northern Railway").
func (r *registry) byPrefix(name string) *entity {
	if len(name) < 5 || !strings.Contains(name, " ") {
		return nil
	}
	var buf [128]byte
	key := appendKey(buf[:0], name)
	var best *entity
	for _, e := range r.ents {
		if e.kind == timeline.SpeakerPerson || e.group || e.thing || len(e.key) <= len(key) || e.key[len(key)] != ' ' || e.key[:len(key)] != string(key) {
			continue
		}
		if best == nil || e.last > best.last {
			best = e
		}
	}
	return best
}

// byFirstWord resolves a short form of a body's name ("Halvorn" for "Halvorn
// Mining").
func (r *registry) byFirstWord(w string) *entity {
	var best *entity
	for _, e := range r.byFirst[strings.ToLower(w)] {
		if best == nil || e.last > best.last {
			best = e
		}
	}
	return best
}

// latestUnclassed returns the body of the kind mentioned last before a
// position whose name gives no class ("Alden Terminals", "Corvida"), if
// any.
func (r *registry) latestUnclassed(kind timeline.SpeakerKind, before int) *entity {
	var best *entity
	bestScore := -1
	for _, e := range r.ents {
		if e.kind != kind || e.first > before || e.group || e.country || len(e.classes) > 0 || e.thing {
			continue
		}
		score := e.last
		if e.last > before {
			score = e.first
		}
		if score > bestScore {
			best, bestScore = e, score
		}
	}
	return best
}
