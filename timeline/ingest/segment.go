package ingest

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"factline/timeline"
)

// segmentProse groups paragraphs of a page that has no time stamps. Updates
// start at structural marks (a headline line, a dateline, text after captions or
// boilerplate) and, on live pages, at a lede: a paragraph whose subject is new to
// the update so far and that does not point back to it.
func segmentProse(bs []block) []draft {
	// A part that opens with a dateline and has no other dateline is an article:
	// one update, however many topics its paragraphs touch.
	var out []draft
	var cur *draft
	paras := 0
	article := false
	afterRepeat := false // a repeated gallery closed the previous story
	seenCaption := map[string]bool{}
	df, keys := stemFrequencies(bs)
	co := cohesion{df: df, before: map[uint64]bool{}, cur: map[uint64]bool{}}
	var pending []draft // captions met inside the current update
	flush := func() {
		if cur != nil && strings.TrimSpace(cur.Text) != "" {
			out = append(out, *cur)
		}
		out = append(out, pending...)
		pending = pending[:0]
		cur = nil
		paras = 0
		clear(co.cur)
	}
	start := func(b block) {
		flush()
		cur = &draft{Event: timeline.Event{Kind: timeline.KindUpdate}}
		if afterRepeat {
			cur.newPart = true
			afterRepeat = false
			article = false
		}
		if b.dateline > 0 {
			if article && len(out) > 0 {
				cur.newPart = true // a second article in the same paste
			}
			article = true
			cur.article = true
		}
	}
	for i := 0; i < len(bs); i++ {
		b := bs[i]
		switch b.kind {
		case bStamp:
			// the page's own date line: furniture that dates the page
			flush()
			d := draft{Event: timeline.Event{Kind: timeline.KindBoilerplate, Text: b.text}}
			if b.stamp.Absolute() {
				d.Time = stampWhen(*b.stamp)
				d.Time.Text = b.text
			}
			out = append(out, d)
			continue
		case bCaption, bBoiler:
			if b.kind == bCaption && cur != nil && !article && !seenCaption[normText(b.text)] {
				// a photo inside a live update: the paragraphs after it are
				// judged as if it were not there
				seenCaption[normText(b.text)] = true
				pending = append(pending, draft{Event: timeline.Event{Kind: timeline.KindCaption, Text: b.text}})
				continue
			}
			flush()
			kind := timeline.KindCaption
			if b.kind == bBoiler {
				kind = timeline.KindBoilerplate
			}
			if b.kind == bBoiler && isLiveMarker(b.text) {
				article = false // what follows is a run of updates
			}
			if b.kind == bCaption {
				key := normText(b.text)
				if seenCaption[key] {
					afterRepeat = true
				}
				seenCaption[key] = true
			}
			out = append(out, draft{Event: timeline.Event{Kind: kind, Text: b.text}})
			continue
		case bHeadline:
			start(b)
			cur.Headline = b.text
			continue
		}
		switch {
		case cur == nil:
			start(b)
		case b.dateline > 0:
			start(b)
		case article:
			// an article, or an update opened by a dateline, is not split at
			// ledes: its paragraphs develop one story
		case startsLede(cur.Text, b.text, paras, &co):
			start(b)
		}
		appendPara(&cur.Event, b.text)
		paras++
		for _, st := range keys[i] {
			co.before[st], co.cur[st] = true, true
		}
	}
	flush()
	return out
}

// Words that open a paragraph which continues the one before.
var continuers = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "his": true, "her": true, "its": true, "their": true,
	"this": true, "that": true, "these": true, "those": true, "such": true, "there": true, "we": true, "i": true,
	"but": true, "and": true, "or": true, "so": true, "yet": true, "still": true, "also": true, "however": true,
	"meanwhile": true, "instead": true, "later": true, "earlier": true, "then": true, "separately": true,
	"moreover": true, "additionally": true, "in": false, "both": true, "neither": true, "the": false,
	"another": true, "other": true, "others": true, "some": true, "many": true, "most": true, "none": true,
	"when": true, "while": true, "after": false, "as": true, "because": true, "since": true, "although": true,
	"though": true, "despite": true, "according": true,
}

// Nouns that point back at a statement made just before: "for his claim".
var speechActNouns = map[string]bool{
	"claim": true, "claims": true, "remarks": true, "remark": true, "comments": true, "comment": true,
	"statement": true, "statements": true, "allegation": true, "allegations": true, "assertion": true,
	"accusation": true, "accusations": true, "account": true, "figures": true, "figure": true, "toll": true,
	"report": true, "reports": true, "announcement": true, "warning": true, "threat": true, "decision": true,
}

// startsLede reports whether para starts a new update after the update text so
// far (paras paragraphs long).
func startsLede(update, para string, paras int, co *cohesion) bool {
	s := firstSentence(para)
	if s == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if strings.ContainsRune("“\"‘'«(", first) {
		return false // a quote continues its speaker's update
	}
	ws := strings.Fields(s)
	if len(ws) < 4 {
		return false
	}
	// "For his claim", "the claim", "those remarks": the paragraph points back
	if pointsBack(ws) {
		return false
	}
	// Skip an opening adverbial: "On Friday, ...", "In a statement, ..."
	subj := s
	newScene := false
	if k := strings.IndexByte(s, ','); k > 0 && k < 70 {
		lead := strings.ToLower(strings.Fields(s)[0])
		if isPreposition(lead) {
			subj = strings.TrimSpace(s[k+1:])
			// "In Genlar, ...": a place the update has not been to
			if lead == "in" {
				place := properRun(strings.Fields(s[:k])[1:])
				newScene = len(place) > 0 && !mentioned(update, place[0])
			}
		}
	}
	sw := strings.Fields(subj)
	if len(sw) == 0 {
		return false
	}
	w0 := trimPunct(sw[0])
	lw0 := strings.ToLower(w0)
	if continuers[lw0] {
		return false
	}
	r0, _ := utf8.DecodeRuneInString(w0)
	if newScene && paras >= 2 && !unicode.IsUpper(r0) {
		return true // "In Genlar, several hundred people rallied ..."
	}
	if lw0 == "the" && paras >= 2 && returnsToTopic(sw, co) {
		return true // "The outbreak has been linked to ...", after an update on closures
	}
	if lw0 == "the" && len(sw) > 2 {
		// "The union's leader, ...": whose voice it is decides; an owner the
		// update has not named but the page had is a return to that thread
		if own := strings.ToLower(trimPunct(sw[1])); strings.HasSuffix(own, "'s") || strings.HasSuffix(own, "’s") {
			st, ok := stemKey([]byte(own))
			if !ok || co.cur[st] || !co.before[st] {
				return false
			}
			return paras >= 2
		}
	}
	if !unicode.IsUpper(r0) {
		return false
	}
	if containsWord(firstClause(subj), "also") {
		return false
	}
	if givenSubject(subj, co) {
		return false
	}
	names, role := subjectNames(sw)
	newTopic := false
	strong := false      // a subject that names something new, not a new voice
	headOfState := false // a president or prime minister newly named speaks for a state
	switch {
	case role != "":
		newTopic = !strings.Contains(strings.ToLower(update), role) && !co.sharesRareStem(s)
		strong = true
	case len(names) == 1 && genericSubject(sw):
		// "Medical workers said ...": a kind of people or things, new unless
		// the sentence shares a word the rest of the page seldom uses with the
		// update so far ("injuries" after "injured")
		newTopic = !mentioned(update, names[0]) && !co.sharesRareStem(s)
	case len(names) > 0:
		newTopic = true
		// "Belmarch President Tomas Ruhl": the person is the name after the
		// title; the words before it say whose he is
		if after := namesAfterTitle(sw); len(after) > 0 {
			names = after
			headOfState = headTitle(sw)
		}
		for i := range names {
			if mentionedInName(update, names, i) {
				newTopic = false
				break
			}
		}
		// "Mayor Ilse Varn said ..." after "the town's mayor said": the
		// update's unnamed role, now named, goes on speaking
		if newTopic && namesUnnamedRole(update, sw) {
			newTopic = false
		}
		// "UNHCR spokeswoman Selma Arno told ...": a voice of something named
		strong = !voiceSubject(sw) && !co.sharesRareStem(s)
	case lw0 == "a" || lw0 == "an":
		// an indefinite subject introduces something new, unless it is one more
		// source on the same story: "A police spokesman, ..., said"; one that
		// does not speak ("A bridge collapsed ...") is news of its own even
		// after a one-paragraph update
		newTopic = !sourceSubject(sw) && !co.sharesRareStem(s)
		strong = true
	case titleWords[w0]:
		// "Police said ...": a body named by its kind is new when the update
		// has not spoken of it
		newTopic = !strings.Contains(strings.ToLower(update), lw0) && !co.sharesRareStem(s)
	}
	if !newTopic || acronymPointsBack(update, s) {
		return false
	}
	// After a one-paragraph update, only a subject that names something new
	// starts another, and not when the lede left its subject unnamed: the
	// paragraph after "The company that operates the mine said ..." or "Iran's
	// foreign minister claimed ..." names who that was.
	// A head of state or government, newly named, is a new voice on the
	// story rather than an answer to a one-paragraph item.
	return paras >= 2 || paras == 1 && (strong && !speaks(s) || headOfState) && !awaitsName(update)
}

// headTitles are the titles of a head of state or government.
var headTitles = map[string]bool{"President": true, "Prime": true, "Premier": true, "Chancellor": true, "King": true, "Queen": true}

// headTitle reports a subject titled as a head of state or government.
func headTitle(ws []string) bool {
	for k := 0; k < len(ws) && k < 4; k++ {
		if headTitles[trimPunct(ws[k])] {
			return true
		}
	}
	return false
}

// namesAfterTitle returns the proper names after the last title word of a
// subject's capitalised run ("Belmarch President Tomas Ruhl" gives [Tomas
// Vell]), or nil when the run has no title before a name.
func namesAfterTitle(ws []string) []string {
	last := -1
	for k := 0; k < len(ws) && k < 6; k++ {
		t := trimPunct(ws[k])
		r, _ := utf8.DecodeRuneInString(t)
		if t == "" || !unicode.IsUpper(r) {
			break
		}
		if titleWords[t] || personRoles[strings.ToLower(t)] {
			last = k
		}
		if t != ws[k] && !strings.HasSuffix(ws[k], ".") {
			break
		}
	}
	if last < 1 || last+1 >= len(ws) {
		return nil
	}
	return properRun(ws[last+1:])
}

// mentionedInName reports whether names[i] appears in text as a word that is
// not part of another name: "Westfield" in "the Westfield Star 4" does not
// mention "Benchmark Westfield" crude.
func mentionedInName(text string, names []string, i int) bool {
	name := names[i]
	for k := 0; ; {
		j := strings.Index(text[k:], name)
		if j < 0 {
			return false
		}
		j += k
		e := j + len(name)
		k = j + 1
		if j > 0 && isWordByte(text[j-1]) || e < len(text) && isWordByte(text[e]) {
			continue
		}
		if len(names) > 1 && e+1 < len(text) && text[e] == ' ' {
			next := text[e+1:]
			if n := strings.IndexAny(next, " ,.;:\n"); n >= 0 {
				next = next[:n]
			}
			r, _ := utf8.DecodeRuneInString(next)
			if unicode.IsUpper(r) && (i+1 >= len(names) || next != names[i+1]) {
				continue // another name that shares the word
			}
		}
		return true
	}
}

// speaks reports whether a sentence's verb is one of speech: after a
// one-paragraph update, a body that speaks ("The Ministry of Environment said
// ...") most often answers it, one that acts ("summoned", "offered") moves on.
func speaks(sentence string) bool {
	p := predicate(sentence)
	if p == sentence {
		return false
	}
	w := strings.Fields(p)[0]
	return speechVerbs[strings.ToLower(trimPunct(w))]
}

// personRoles are the head nouns of a role that stands for one person, whose
// name the next paragraph usually gives.
var personRoles = map[string]bool{
	"minister": true, "president": true, "leader": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "chief": true, "director": true, "secretary": true, "governor": true,
	"mayor": true, "official": true, "commander": true, "ambassador": true, "chancellor": true,
	"premier": true, "king": true, "queen": true, "envoy": true, "head": true, "founder": true,
	"executive": true, "chairman": true, "chairwoman": true, "prosecutor": true, "judge": true,
	"lawyer": true, "attorney": true, "owner": true, "general": true, "coach": true, "captain": true,
}

// awaitsName reports whether an update's lede leaves its subject unnamed: a
// definite description ("The company that operates ...") or one person's role
// ("Iran's foreign minister").
func awaitsName(update string) bool {
	ws := strings.Fields(firstSentence(update))
	if len(ws) < 2 {
		return false
	}
	if k := datelineEnd(update); k > 0 {
		return false // an article's lede: its paragraphs are one update anyway
	}
	lw := strings.ToLower(trimPunct(ws[0]))
	if lw == "the" || lw == "a" || lw == "an" {
		// "The company that operates the Kell Ridge mine": a lower-case head
		r, _ := utf8.DecodeRuneInString(trimPunct(ws[1]))
		return unicode.IsLower(r)
	}
	if _, role := subjectNames(ws); role != "" {
		rw := strings.Fields(role)
		return personRoles[rw[len(rw)-1]]
	}
	return false
}

// namesUnnamedRole reports a subject whose title is a role the update gave
// without a name, in lower case: "Mayor Ilse Varn" after "the town's mayor".
func namesUnnamedRole(update string, ws []string) bool {
	for k := 0; k < len(ws) && k < 4; k++ {
		t := trimPunct(ws[k])
		if !titleWords[t] {
			return false
		}
		if lt := strings.ToLower(t); lt != t && personRoles[lt] && containsWord(update, lt) {
			return true
		}
	}
	return false
}

// voiceSubject reports whether a named subject is someone speaking for it:
// "UNHCR spokeswoman Selma Arno", "Opposition lawmaker Vesna Dral", "Agency
// director Paola Mendes".
func voiceSubject(ws []string) bool {
	run := properRun(ws)
	k := 0
	for k < len(ws) && k < 6 {
		t := trimPunct(ws[k])
		r, _ := utf8.DecodeRuneInString(t)
		if t == "" || !unicode.IsUpper(r) {
			break
		}
		if titleWords[t] || personRoles[strings.ToLower(t)] {
			return true // "Defense Minister Piotr Salo"
		}
		k++
		if strings.HasSuffix(ws[k-1], ",") {
			// "Mara Voyt, 61, a retired teacher": a person introduced
			return true
		}
	}
	if len(run) == 0 || k >= len(ws) {
		return false
	}
	// the words after the capitalised run, up to the next capital: the role
	for j := k; j < len(ws) && j < k+3; j++ {
		t := strings.ToLower(trimPunct(ws[j]))
		if personRoles[t] || sourceRoles[t] || roleOf(t) != "" {
			return true
		}
		r, _ := utf8.DecodeRuneInString(trimPunct(ws[j]))
		if unicode.IsUpper(r) {
			break
		}
	}
	return false
}

func pointsBack(ws []string) bool {
	for i := 0; i+1 < len(ws) && i < 14; i++ {
		d := strings.ToLower(trimPunct(ws[i]))
		switch d {
		case "his", "her", "their", "its", "the", "those", "these", "that", "this", "such":
			n := strings.ToLower(trimPunct(ws[i+1]))
			if speechActNouns[n] && (i == 0 || isPreposition(strings.ToLower(trimPunct(ws[i-1])))) {
				return true
			}
		}
	}
	return false
}

var prepositions = map[string]bool{
	"on": true, "in": true, "at": true, "with": true, "without": true, "after": true, "before": true,
	"during": true, "for": true, "by": true, "from": true, "amid": true, "over": true, "under": true,
	"since": true, "until": true, "despite": true, "following": true, "earlier": true, "later": true,
	"about": true, "against": true, "to": true, "of": true, "as": true, "into": true, "through": true,
}

func isPreposition(w string) bool { return prepositions[w] }

// subjectNames reads the subject of a sentence: the proper names it holds, or,
// for a possessive role ("Iran's foreign minister"), the role words.
func subjectNames(ws []string) (names []string, role string) {
	i := 0
	lw := strings.ToLower(trimPunct(ws[0]))
	if lw == "the" || lw == "a" || lw == "an" {
		// "The U.S.-based Human Rights ...": named when a capitalised word comes
		// before the first comma within a few words
		for j := 1; j < len(ws) && j <= 5; j++ {
			w := trimPunct(ws[j])
			if w == "" {
				break
			}
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) {
				return properRun(ws[j:]), ""
			}
			if strings.HasSuffix(ws[j], ",") {
				break
			}
		}
		return nil, ""
	}
	run := properRun(ws[i:])
	// possessive: "Iran's foreign minister"
	if len(run) > 0 {
		last := ws[len(run)-1]
		if (strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s")) && len(run) < len(ws) {
			var rw []string
			for _, w := range ws[len(run):] {
				t := trimPunct(w)
				r, _ := utf8.DecodeRuneInString(t)
				if t == "" || !unicode.IsLower(r) || len(rw) == 3 {
					break
				}
				rw = append(rw, t)
				if strings.HasSuffix(w, ",") {
					break
				}
			}
			if len(rw) > 0 {
				// the role is the noun words before the verb; keep the last two
				if len(rw) > 2 {
					rw = rw[:2]
				}
				return nil, strings.ToLower(strings.Join(rw, " "))
			}
		}
	}
	return run, ""
}

// Words that are capitalised but do not name the subject.
var titleWords = map[string]bool{
	"U.S.": true, "US": true, "U.N.": true, "UN": true, "President": true, "Prime": true, "Minister": true,
	"Secretary": true, "Gov.": true, "Governor": true, "Sen.": true, "Rep.": true, "Gen.": true, "Mayor": true,
	"Chief": true, "Foreign": true, "Defense": true, "Interior": true, "Justice": true, "Police": true,
	"Mr.": true, "Ms.": true, "Mrs.": true, "Dr.": true, "Former": true, "Vice": true, "State": true,
	"Homeland": true, "Security": true, "Regional": true, "National": true, "Federal": true,
}

// properRun returns the proper-name words at the start of ws (names only, titles
// dropped): "U.S. President Donald Trump says" gives [Donald Trump].
func properRun(ws []string) []string {
	var out []string
	for i, w := range ws {
		t := trimPunct(w)
		t = strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’s")
		if t == "" {
			break
		}
		r, _ := utf8.DecodeRuneInString(t)
		if !unicode.IsUpper(r) {
			if (t == "of" || t == "and" || t == "for" || t == "de" || t == "al") && i+1 < len(ws) {
				continue
			}
			break
		}
		if !titleWords[t] {
			out = append(out, t)
		}
		if w != trimPunct(w) && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") && !strings.HasSuffix(w, ".") {
			break // a comma or other punctuation ends the name
		}
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			break
		}
	}
	return out
}

// mentioned reports whether the name (one word of it) appears in text as a word.
func mentioned(text, name string) bool {
	for k := 0; ; {
		i := strings.Index(text[k:], name)
		if i < 0 {
			return false
		}
		i += k
		j := i + len(name)
		before := i == 0 || !isWordByte(text[i-1])
		after := j >= len(text) || !isWordByte(text[j])
		if before && after {
			return true
		}
		k = i + 1
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

func containsWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if strings.ToLower(trimPunct(f)) == w {
			return true
		}
	}
	return false
}

func trimPunct(w string) string {
	return strings.TrimFunc(w, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r)) && r != '\'' && r != '’' && r != '.' && r != '-'
	})
}

// firstClause is the text up to the first comma.
func firstClause(s string) string {
	if k := strings.IndexByte(s, ','); k > 0 {
		return s[:k]
	}
	return s
}

// Abbreviations after which a period does not end a sentence.
var abbreviations = map[string]bool{
	"u.s": true, "u.n": true, "u.k": true, "e.u": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"gov": true, "gen": true, "sen": true, "rep": true, "mr": true, "mrs": true, "ms": true, "dr": true,
	"st": true, "lt": true, "col": true, "sgt": true, "capt": true, "cmdr": true, "adm": true, "maj": true,
	"a.m": true, "p.m": true, "no": true, "vs": true, "inc": true, "corp": true, "co": true, "ltd": true,
	"jr": true, "sr": true, "mt": true, "ft": true, "gov.-elect": true, "d.c": true, "prof": true, "rev": true,
}

// firstSentence returns the paragraph's first sentence (good enough for the
// segmenter's purposes; the claim extractor has its own splitter).
func firstSentence(p string) string {
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(p) && strings.ContainsRune("\"”’')", rune(p[j])) {
			j++
		}
		if j < len(p) && p[j] != ' ' {
			continue
		}
		if c == '.' {
			k := i
			for k > 0 && p[k-1] != ' ' {
				k--
			}
			word := strings.ToLower(strings.TrimLeft(p[k:i], "(\"“"))
			if abbreviations[word] || (len(word) == 1 && word[0] >= 'a' && word[0] <= 'z') {
				continue
			}
		}
		return p[:j]
	}
	return p
}

// normText is the comparison form of a block's text for finding repeats: lower
// case, runs of white space as one space.
func normText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// sourceRoles are the head nouns of an indefinite subject that brings in one
// more voice on the story under way rather than a new development.
var sourceRoles = map[string]bool{
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "official": true, "representative": true,
	"witness": true, "resident": true, "lawyer": true, "attorney": true, "analyst": true, "expert": true,
	"doctor": true, "nurse": true, "member": true, "officer": true, "aide": true, "adviser": true,
	"advisor": true, "source": true, "survivor": true, "relative": true, "neighbor": true, "neighbour": true,
	"colleague": true, "diplomat": true, "researcher": true, "economist": true, "bystander": true,
	"statement": true, "report": true, "commander": true, "medic": true, "paramedic": true,
	"forecaster": true, "meteorologist": true, "scientist": true, "investigator": true, "prosecutor": true,
	"rescuer": true, "firefighter": true, "volunteer": true, "worker": true, "activist": true,
	"organizer": true, "organiser": true, "observer": true, "authority": true, "lawmaker": true,
	"legislator": true, "critic": true, "villager": true, "farmer": true, "passenger": true, "student": true,
	"teacher": true, "parent": true, "owner": true, "employee": true, "engineer": true, "inspector": true,
	"protester": true, "demonstrator": true, "spokesmen": true, "spokeswomen": true,
}

// roleOf returns the singular of a plural source role ("Authorities" gives
// "authority") or "".
func roleOf(w string) string {
	w = strings.ToLower(w)
	switch {
	case strings.HasSuffix(w, "ies") && sourceRoles[strings.TrimSuffix(w, "ies")+"y"]:
		return strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "s") && sourceRoles[strings.TrimSuffix(w, "s")]:
		return strings.TrimSuffix(w, "s")
	case sourceRoles[w] && strings.HasSuffix(w, "men"):
		return w
	}
	return ""
}

// sourceSubject reports whether an indefinite subject ("A senior police
// official, who ...") is headed by a source role: its head is the last word
// before the first comma or verb-like lower-case word, within five words.
func sourceSubject(ws []string) bool {
	for j := 1; j < len(ws) && j <= 5; j++ {
		w := strings.ToLower(trimPunct(ws[j]))
		if sourceRoles[w] || roleOf(w) != "" {
			// "A student was killed", "A volunteer drowned": what befell
			// the person is news, not one more voice
			return !undergoes(ws[j+1:])
		}
		if isPreposition(w) || w == "who" || w == "which" || w == "that" {
			break // the head noun came before: "A cruise ship with ..."
		}
		if strings.HasSuffix(ws[j], ",") {
			break
		}
	}
	return false
}

// undergoes reports a predicate in which its subject suffers or is acted on,
// rather than speaks: "was killed", "had been arrested", "died".
func undergoes(ws []string) bool {
	if len(ws) == 0 || strings.HasSuffix(ws[0], ",") {
		return false
	}
	w := strings.ToLower(trimPunct(ws[0]))
	switch w {
	case "died", "drowned", "disappeared", "vanished":
		return true
	case "was", "were", "is", "are", "has", "had", "have":
	default:
		return false
	}
	k := 1
	if k < len(ws) && strings.ToLower(trimPunct(ws[k])) == "been" {
		k++
	}
	if k >= len(ws) {
		return false
	}
	v := strings.ToLower(trimPunct(ws[k]))
	if speechVerbs[v] || v == "quoted" || v == "asked" {
		return false
	}
	switch v {
	case "shot", "hurt", "found", "taken", "beaten", "struck", "hit", "stabbed", "slain", "held":
		return true
	}
	return w != "has" && w != "had" && w != "have" && len(v) > 4 && strings.HasSuffix(v, "ed") ||
		k == 2 && strings.HasSuffix(v, "ed")
}

// acronymPointsBack reports whether the sentence names, by its initials, an
// organisation the update has spelt out ("the IMF's conditions" after "the
// International Monetary Fund"): the sentence continues the update.
func acronymPointsBack(update, sentence string) bool {
	for _, f := range strings.Fields(sentence) {
		a := strings.TrimSuffix(strings.TrimSuffix(trimPunct(f), "'s"), "’s")
		if len(a) < 2 || len(a) > 6 || !isUpperWord(a) {
			continue
		}
		if initialsIn(update, a) {
			return true
		}
	}
	return false
}

func isUpperWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// initialsIn reports whether text holds a run of capitalised words whose
// initials spell acr ("of", "and", "for", "the" may sit between them).
func initialsIn(text, acr string) bool {
	ws := strings.Fields(text)
	for i := range ws {
		k, j := 0, i
		for j < len(ws) && k < len(acr) {
			w := trimPunct(ws[j])
			if w == "" {
				break
			}
			if k > 0 && (w == "of" || w == "and" || w == "for" || w == "the") {
				j++
				continue
			}
			if w[0] != acr[k] {
				break
			}
			k++
			if k < len(acr) && strings.ContainsAny(ws[j], ",.;:") {
				break // punctuation ends the name
			}
			j++
		}
		if k == len(acr) {
			return true
		}
	}
	return false
}

// verbLike are the words that follow a one-word name as its verb: "Canada
// said", "Varland has".
var verbLike = map[string]bool{
	"said": true, "says": true, "told": true, "has": true, "have": true, "had": true, "is": true, "was": true,
	"are": true, "were": true, "will": true, "would": true, "could": true, "can": true, "may": true,
	"might": true, "should": true, "must": true, "did": true, "does": true, "do": true, "announced": true,
	"reported": true, "added": true, "urged": true, "called": true, "warned": true, "accused": true,
	"denied": true, "claimed": true, "confirmed": true, "insisted": true, "argued": true, "wrote": true,
}

// genericSubject reports whether a subject of one capitalised word names a kind
// rather than someone: an adjective before a common noun ("Medical workers",
// "Fuel queues") or a plural source role ("Economists", "Officials").
func genericSubject(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	switch strings.ToLower(ws[0]) {
	case "the", "a", "an":
		return false // "The government of neighboring Tarsk": the name is further on
	}
	if roleOf(trimPunct(ws[0])) != "" {
		return true
	}
	if ws[0] != trimPunct(ws[0]) {
		return false // "Canada's", "Paris,"
	}
	next := trimPunct(ws[1])
	r, _ := utf8.DecodeRuneInString(next)
	return next != "" && unicode.IsLower(r) && !verbLike[next] && !strings.HasSuffix(next, "ed") && !isPreposition(next)
}

// stemWords are frequent words long enough to be stems but saying nothing about
// a topic.
var stemWords = map[string]bool{
	"their": true, "there": true, "would": true, "could": true, "should": true, "which": true, "where": true,
	"while": true, "after": true, "about": true, "other": true, "these": true, "those": true, "being": true,
	"people": true, "against": true, "before": true, "under": true, "since": true, "still": true,
	"least": true, "including": true, "according": true, "statement": true, "saying": true, "added": true,
	"said": true, "says": true, "were": true, "that": true, "with": true, "from": true, "have": true,
	"they": true, "this": true, "been": true, "over": true, "into": true, "more": true, "than": true,
	"also": true, "when": true, "what": true, "will": true, "them": true, "then": true, "some": true,
	"such": true, "only": true, "very": true, "most": true, "much": true, "many": true, "each": true,
	"just": true, "like": true, "made": true, "make": true, "told": true, "year": true, "week": true,
	"days": true, "time": true, "hours": true, "early": true, "later": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "both": true, "sides": true, "side": true, "another": true,
}

// reportingStems are the stems of the verbs that attribute: every update uses
// them, so sharing one says nothing about the topic.
var reportingStems = map[string]bool{
	"warn": true, "urg": true, "call": true, "accus": true, "announc": true, "told": true, "claim": true,
	"deni": true, "report": true, "confirm": true, "stat": true, "add": true, "not": true, "describ": true,
	"ask": true, "express": true, "condemn": true, "reject": true, "insist": true, "argu": true, "explain": true,
}

var stemSuffixes = [][]byte{[]byte("ies"), []byte("ied"), []byte("ings"), []byte("ing"), []byte("ed"), []byte("es"), []byte("s"), []byte("y")}

// stemBytes strips the common English endings of a lower-case word: "rallied"
// and "rally" give "rall", "injuries" and "injured" give "injur", "warnings"
// gives "warn".
func stemBytes(w []byte) []byte {
	w = bytes.TrimSuffix(bytes.TrimSuffix(w, []byte("'s")), []byte("’s"))
	for _, suf := range stemSuffixes {
		if len(w)-len(suf) >= 3 && bytes.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// stemKey hashes the stem of a lower-case word (the segmenter compares stems,
// never shows them); ok is false for function words and reporting verbs.
func stemKey(w []byte) (key uint64, ok bool) {
	if len(w) < 4 || stemWords[string(w)] {
		return 0, false
	}
	w = stemBytes(w)
	if reportingStems[string(w)] {
		return 0, false
	}
	h := uint64(14695981039346656037)
	for _, c := range w {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h, true
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// stems calls f with the stem key of every word of s of four letters or more
// that is neither a function word nor a reporting verb.
func stems(s string, f func(uint64)) {
	var buf [40]byte
	for i := 0; i < len(s); {
		for i < len(s) && isSpaceByte(s[i]) {
			i++
		}
		j := i
		for j < len(s) && !isSpaceByte(s[j]) {
			j++
		}
		w := strings.TrimRight(trimPunct(s[i:j]), ".")
		i = j
		if len(w) < 4 || len(w) > len(buf) {
			continue
		}
		if k, ok := stemKey(lowerASCII(buf[:0], w)); ok {
			f(k)
		}
	}
}

// stemFrequencies counts, for every stem, the paragraphs that use it, and
// returns each block's stems.
func stemFrequencies(bs []block) (map[uint64]int, [][]uint64) {
	df := map[uint64]int{}
	keys := make([][]uint64, len(bs))
	seen := map[uint64]bool{}
	for i, b := range bs {
		if b.kind != bPara && b.kind != bHeadline {
			continue
		}
		clear(seen)
		stems(b.text, func(st uint64) {
			keys[i] = append(keys[i], st)
			if !seen[st] {
				seen[st] = true
				df[st]++
			}
		})
	}
	return df, keys
}

// sharesRareStem reports whether sentence and the update under way share a
// stem that at most three paragraphs of the page use.
func (co *cohesion) sharesRareStem(sentence string) bool {
	found := false
	// the subject's own words do not count: "Passengers stranded at ..." after
	// "refunds to affected passengers" makes the passengers the new topic
	stems(predicate(sentence), func(st uint64) {
		if co.cur[st] && co.df[st] <= 3 {
			found = true
		}
	})
	return found
}

// cohesion is what the segmenter knows of the page's words: in how many
// paragraphs each stem occurs, and the stems of the paragraphs read so far and
// of the update under way (sets, so that a long update is not read again for
// every paragraph).
type cohesion struct {
	df     map[uint64]int
	before map[uint64]bool
	cur    map[uint64]bool // the stems of the update under way
}

// speechVerbs after a subject make its sentence a reaction, which continues
// the update it reacts to.
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "announced": true, "reported": true, "added": true,
	"warned": true, "urged": true, "confirmed": true, "denied": true, "claimed": true, "insisted": true,
	"argued": true, "wrote": true, "called": true, "accused": true, "estimated": true, "noted": true,
	"stated": true, "responded": true, "rejected": true, "welcomed": true, "condemned": true,
}

// returnsToTopic reports whether a definite subject that is not speaking ("The
// outbreak has been linked ...") goes back to something the page spoke of
// before the update under way and the update itself has not: a new update on
// the story's main thread. A definite subject new to the page ("The driver")
// points into the update instead, and one the update named continues it.
func returnsToTopic(ws []string, co *cohesion) bool {
	head := ""
	j := 1
	for ; j < len(ws) && j <= 3; j++ {
		w := trimPunct(ws[j])
		r, _ := utf8.DecodeRuneInString(w)
		lw := strings.ToLower(w)
		if w == "" || !unicode.IsLower(r) || verbLike[lw] || speechVerbs[lw] || isPreposition(lw) || lw == "who" || lw == "which" || lw == "that" {
			break
		}
		head = lw
		if strings.HasSuffix(ws[j], ",") {
			j++
			break
		}
	}
	if head == "" || j >= len(ws) {
		return false
	}
	if speechVerbs[strings.ToLower(trimPunct(ws[j]))] {
		return false
	}
	st, ok := stemKey([]byte(head))
	if !ok || !co.before[st] {
		return false
	}
	return !co.cur[st]
}

// predicate returns the sentence from its first verb-like word on (a word
// ending in "ed", an auxiliary or a speech verb), or the whole sentence.
func predicate(s string) string {
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		if i > 0 {
			w := strings.ToLower(trimPunct(s[i:j]))
			if verbLike[w] || speechVerbs[w] || strings.HasSuffix(w, "ed") {
				return s[i:]
			}
		}
		i = j
	}
	return s
}

// givenSubject reports whether a sentence's subject speaks of something the
// update has already introduced: through a demonstrative ("Residents of those
// villages") or as one of a group it named ("One trader, ..." after
// "Traders at the market").
func givenSubject(sentence string, co *cohesion) bool {
	subj := sentence[:len(sentence)-len(predicate(sentence))]
	ws := strings.Fields(subj)
	for _, w := range ws {
		switch strings.ToLower(trimPunct(w)) {
		case "those", "these", "this", "such":
			return true
		}
	}
	if len(ws) < 2 {
		return false
	}
	switch strings.ToLower(ws[0]) {
	case "one", "each", "either", "neither":
		shared := false
		stems(strings.Join(ws[1:], " "), func(st uint64) {
			if co.cur[st] {
				shared = true
			}
		})
		return shared
	}
	return false
}
