// Package extract is factline's extractor: it runs the claim and figure finders
// over a segmented document, ties each figure to the claim that carries it (its
// source and as-of time) and gives claims and figures stable ids.
package extract

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"factline/timeline"
	"factline/timeline/claims"
	"factline/timeline/figures"
	"factline/timeline/textutil"
	"factline/timeline/when"
)

// Extractor implements timeline.Extractor.
type Extractor struct {
	claims  *claims.Extractor
	figures *figures.Finder
}

// New returns the extractor.
func New() *Extractor { return &Extractor{claims: claims.New(), figures: figures.New()} }

// Extract fills the claims, figures and entities of doc. Captions, boilerplate
// and repeated blocks carry neither claims nor figures.
func (x *Extractor) Extract(doc *timeline.Document) {
	x.claims.Run(doc)
	names := entityNames(doc.Entities)
	for i := range doc.Events {
		ev := &doc.Events[i]
		if ev.Kind != timeline.KindUpdate || ev.DuplicateOf != 0 {
			ev.Claims, ev.Figures = nil, nil
			continue
		}
		ev.Figures = x.figures.Find(ev.Text)
		attachSources(ev)
		inferSources(ev, names)
		continueSources(ev)
		speakerFirstSources(ev)
		partSources(ev)
		resolveGeneric(ev)
		dateFigures(ev)
		assignIDs(ev)
	}
}

// attachSources gives each figure the speaker and time of the narrowest claim
// whose span meets it; a figure no claim holds is the writer's own.
func attachSources(ev *timeline.Event) {
	for i := range ev.Figures {
		f := &ev.Figures[i]
		best := -1
		for j := range ev.Claims {
			c := &ev.Claims[j]
			// a figure's phrase may begin before the claim does ("The death
			// toll rose to 31, the ministry said" with a claim of the clause),
			// so overlapping spans count
			if f.Start < c.End && f.End > c.Start && inContent(ev.Text, c, f) {
				if best < 0 || c.End-c.Start < ev.Claims[best].End-ev.Claims[best].Start {
					best = j
				}
			}
		}
		if best < 0 {
			continue
		}
		c := &ev.Claims[best]
		if writersClause(ev.Text, c, f) {
			continue
		}
		takeSource(f, c)
	}
}

// inContent reports whether a figure meets what the claim says rather than
// only the words that name its speaker: in "A panel of 12 experts said the
// bridge was unsafe" the 12 is the writer's. A claim whose text is not found
// as written (a quote split around its attribution) counts whole.
func inContent(text string, c *timeline.Claim, f *timeline.Figure) bool {
	if c.Text == "" || c.Start < 0 || c.End > len(text) {
		return true
	}
	k := strings.Index(text[c.Start:c.End], c.Text)
	if k < 0 {
		return true
	}
	from := c.Start + k
	return f.Start < from+len(c.Text) && f.End > from
}

// writersClause reports a figure the writer adds to reported speech in a
// clause of his own: "Trump says Iran has proposed talks as a crackdown has
// led to hundreds of deaths". Only a claim whose speaker comes first is read
// so; in "12 died as floods swept in, police said" the police say it all.
func writersClause(text string, c *timeline.Claim, f *timeline.Figure) bool {
	if c.Direct || f.Start <= c.Start || f.Start > c.End || contentFirst(text, c) {
		return false
	}
	from, _ := sentenceAround(text, f.Start, f.End)
	from = max(from, c.Start)
	seg := text[from:f.Start]
	if !strings.Contains(seg, " as ") && !strings.Contains(seg, "mid") {
		return false
	}
	ws := strings.Fields(strings.ToLower(seg))
	for i, w := range ws {
		w = strings.Trim(w, ",;\"“”")
		switch w {
		case "amid", "amidst":
			return true
		case "as":
			if i == 0 || i+1 >= len(ws) {
				continue
			}
			switch strings.Trim(ws[i-1], ",") {
			case "such", "well", "so", "same", "just", "twice", "as", "much", "many":
				continue
			}
			next := strings.Trim(ws[i+1], ",")
			if !clauseOpeners[next] {
				continue
			}
			if i+2 < len(ws) && (next == "a" || next == "an") && asIdioms[strings.Trim(ws[i+2], ",")] {
				continue // "as a result", "as a precaution"
			}
			return true
		}
	}
	return false
}

// clauseOpeners start the subject of an "as" clause: "as the crackdown has
// led to", "as thousands marched"; "as many as", "as of" are not clauses.
var clauseOpeners = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "this": true, "these": true, "those": true, "hundreds": true, "thousands": true, "tens": true,
	"dozens": true, "millions": true, "protesters": true, "demonstrators": true, "crowds": true, "reports": true}

var asIdioms = map[string]bool{"result": true, "precaution": true, "whole": true, "consequence": true, "matter": true, "way": true, "sign": true, "gesture": true}

// contentFirst reports a claim written before its attribution ("…, the
// ministry said").
func contentFirst(text string, c *timeline.Claim) bool {
	t := strings.TrimLeft(c.Text, "\"“ ")
	n := min(len(t), 24)
	for n > 0 && n < len(t) && !utf8.RuneStart(t[n]) {
		n--
	}
	return n > 0 && strings.HasPrefix(strings.TrimLeft(text[c.Start:], "\"“ "), t[:n])
}

// assignIDs gives claims and figures ids that depend only on what they say, so
// the same block imported again yields the same ids.
func assignIDs(ev *timeline.Event) {
	seen := make(map[uint64]int, len(ev.Claims)+len(ev.Figures))
	for i := range ev.Claims {
		c := &ev.Claims[i]
		h := foldHash(offset64, c.Speaker)
		c.ID = uniqueID("c", seen, foldHash(h, c.Text))
	}
	var num [32]byte
	for i := range ev.Figures {
		f := &ev.Figures[i]
		h := foldHash(offset64, string(strconv.AppendFloat(num[:0], f.Value, 'g', -1, 64)))
		h = foldHash(h, string(f.Bound))
		h = foldHash(h, f.Metric)
		f.ID = uniqueID("f", seen, foldHash(h, f.Text))
	}
}

// uniqueID names a hash, with a suffix for its second and later uses in one
// event (the same words said twice).
func uniqueID(prefix string, seen map[uint64]int, h uint64) string {
	n := seen[h]
	seen[h] = n + 1
	var buf [32]byte
	b := append(buf[:0], prefix...)
	b = strconv.AppendUint(b, h&math.MaxInt64, 36)
	if n > 0 {
		b = append(b, '-')
		b = strconv.AppendInt(b, int64(n+1), 10)
	}
	return string(b)
}

const (
	offset64 uint64 = 14695981039346656037
	prime64  uint64 = 1099511628211
)

// foldHash continues an FNV-1a hash over s as ids see it: lower case, curly
// quotes and dashes folded, runs of space as one, so ids survive cosmetic
// edits; a separator ends each part.
func foldHash(h uint64, s string) uint64 {
	space := false
	started := false
	for _, r := range s {
		if r < utf8.RuneSelf {
			// the common case, without the Unicode tables
			c := byte(r)
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
				space = started
				continue
			}
			if space {
				h = (h ^ ' ') * prime64
				space = false
			}
			started = true
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint64(c)) * prime64
			continue
		}
		switch r {
		case '“', '”':
			r = '"'
		case '‘', '’':
			r = '\''
		case '—', '–':
			r = '-'
		}
		if unicode.IsSpace(r) {
			space = started
			continue
		}
		if space {
			h = (h ^ ' ') * prime64
			space = false
		}
		started = true
		r = unicode.ToLower(r)
		for r > 0 {
			h = (h ^ uint64(r&0xff)) * prime64
			r >>= 8
		}
	}
	return (h ^ 0) * prime64
}

// dateFigures gives a figure with no time of its own the day the text ties it
// to: a day named in its sentence ("three deaths reported Tuesday night"), else
// the last day named before it in its paragraph ("gathered Sunday afternoon …
// by evening about a hundred were still there"). Days resolve against the
// event's date, in the past.
func dateFigures(ev *timeline.Event) {
	if ev.Time.IsZero() {
		return
	}
	var exprs []when.Expr
	found := false
	ref := ev.Time.Date()
	for i := range ev.Figures {
		f := &ev.Figures[i]
		if !f.Time.IsZero() {
			continue
		}
		if !found {
			exprs = dayExprsAround(ev.Text, ev.Figures)
			found = true
		}
		if len(exprs) == 0 {
			return
		}
		paraStart := strings.LastIndex(ev.Text[:f.Start], "\n") + 1
		sentStart, sentEnd := sentenceAround(ev.Text, f.Start, f.End)
		best, inSentence := -1, false
		for j, e := range exprs {
			if startsPeriod(ev.Text, e.Start) {
				continue
			}
			switch {
			case e.Start >= sentStart && e.End <= sentEnd:
				inSentence = true
				// only a day just before the figure dates it ("as of Tuesday,
				// 12 were dead"); one after it usually dates what happened
				// ("trapped after a shaft collapsed late Tuesday")
				if e.End <= f.Start && f.Start-e.End <= 40 {
					best = j
				}
				// an earlier value carries its own day: "up from 35% on
				// Monday" is as of Monday, whatever day the update reports
				if f.Role == timeline.RoleRestated && e.Start >= f.End && e.Start-f.End <= 4 {
					best = j
				}
			case e.Start >= paraStart && e.End <= sentStart && !inSentence:
				best = j
			}
		}
		if inSentence && (best < 0 || exprs[best].Start < sentStart) {
			continue // the sentence names its own days, none by this figure
		}
		if best < 0 {
			continue
		}
		e := exprs[best]
		if when.TenseAt(ev.Text, e.Start) == when.Future {
			continue // a forecast is as of when it was made
		}
		if w, ok := e.Resolve(ref, when.Past); ok && !w.At.After(ref) {
			f.Time = timeline.Day(w.At.Year(), w.At.Month(), w.At.Day(), e.Text)
		}
	}
}

// startsPeriod reports a day that opens a period rather than dating a state:
// "since Saturday", "the strike began Oct. 29", "started on Monday". A figure
// near it counts up to the update's own time.
func startsPeriod(text string, at int) bool {
	w, rest := lastWord(text[:at])
	if strings.EqualFold(w, "on") {
		w, _ = lastWord(rest)
	}
	for _, s := range periodStarts {
		if strings.EqualFold(w, s) {
			return true
		}
	}
	return false
}

var periodStarts = []string{"since", "began", "begun", "begins", "begin", "started", "starts", "starting", "beginning"}

// lastWord returns the last word of s and the text before it.
func lastWord(s string) (string, string) {
	s = strings.TrimRight(s, " ")
	i := strings.LastIndexByte(s, ' ') + 1
	return s[i:], s[:i]
}

// dayExprsAround are the day expressions of the stretch of text that can
// date the undated figures: from the start of the first one's paragraph to
// the end of the last one's sentence. The rest of a long update is not read.
func dayExprsAround(text string, figs []timeline.Figure) []when.Expr {
	lo, hi := len(text), 0
	for i := range figs {
		f := &figs[i]
		if !f.Time.IsZero() || f.Start < 0 || f.End > len(text) || f.Start > f.End {
			continue
		}
		lo = min(lo, strings.LastIndex(text[:f.Start], "\n")+1)
		_, end := sentenceAround(text, f.Start, f.End)
		hi = max(hi, end)
	}
	if lo >= hi {
		return nil
	}
	out := dayExprs(text[lo:hi])
	for i := range out {
		out[i].Start += lo
		out[i].End += lo
	}
	return out
}

// dayExprs are the expressions of text that name a day.
func dayExprs(text string) []when.Expr {
	var out []when.Expr
	for _, e := range when.Find(text) {
		lower := textutil.LowerASCII(e.Text)
		if e.HasOffset && e.Offset == 0 && (strings.HasPrefix(lower, "early") || strings.HasPrefix(lower, "late") || strings.HasPrefix(lower, "this")) {
			continue // "by early evening" names a time of the day in hand, not a day
		}
		if e.HasWeekday || e.HasOffset || e.HasWeek || (e.Month != 0 && e.Day != 0) {
			out = append(out, e)
		}
	}
	return out
}

// sentenceAround returns the bounds of the sentence holding [start, end).
func sentenceAround(text string, start, end int) (int, int) {
	from := 0
	for i := start - 1; i > 0; i-- {
		if text[i] == '\n' || (text[i] == ' ' && (text[i-1] == '.' || text[i-1] == '?' || text[i-1] == '!') && !abbrevBefore(text, i-1)) {
			from = i + 1
			break
		}
	}
	to := len(text)
	for i := end; i < len(text)-1; i++ {
		if text[i] == '\n' || ((text[i] == '.' || text[i] == '?' || text[i] == '!') && text[i+1] == ' ' && !abbrevBefore(text, i)) {
			to = i
			break
		}
	}
	return from, to
}

// abbrevBefore reports whether the period at i ends a short abbreviation
// ("Jan.", "U.S.", "Gov.") rather than a sentence.
func abbrevBefore(text string, i int) bool {
	k := i
	for k > 0 && text[k-1] != ' ' && text[k-1] != '\n' {
		k--
	}
	w := text[k:i]
	return len(w) <= 4 && w != "" && (strings.ContainsRune(w, '.') || w[0] >= 'A' && w[0] <= 'Z')
}

// entityIndex finds a story's entity by any of the names the story uses.
type entityIndex map[string]*timeline.Entity

func entityNames(ents []timeline.Entity) entityIndex {
	idx := entityIndex{}
	for i := range ents {
		e := &ents[i]
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := nameKey(n)
			if k == "" || k == "he" || k == "she" || k == "it" || k == "they" {
				continue
			}
			if _, ok := idx[k]; !ok {
				idx[k] = e
			}
		}
	}
	// "the ministry's toll": a body is also named by its head noun, which
	// goes to the first body the story names with it
	for i := range ents {
		e := &ents[i]
		if e.Kind != timeline.SpeakerGovernment && e.Kind != timeline.SpeakerOrganization {
			continue
		}
		if h := bodyHead(e.Name); h != "" {
			if _, ok := idx[h]; !ok {
				idx[h] = e
			}
		}
	}
	return idx
}

// bodyHeads are the nouns that name a body on their own after "the".
var bodyHeads = map[string]bool{"ministry": true, "agency": true, "commission": true, "service": true, "office": true,
	"union": true, "league": true, "company": true, "party": true, "army": true, "government": true, "department": true,
	"committee": true, "mission": true, "front": true, "programme": true, "program": true, "organization": true,
	"organisation": true, "council": true, "institute": true, "authority": true, "federation": true, "association": true,
	"bureau": true, "administration": true, "military": true, "observatory": true, "coalition": true, "alliance": true,
	"network": true, "group": true, "center": true, "centre": true, "board": true, "court": true, "charity": true}

// bodyHead is the head noun of a body's name: "Ministry of Public Health"
// and "health ministry" are both "ministry".
func bodyHead(name string) string {
	ws := strings.Fields(strings.ToLower(name))
	for i, w := range ws {
		if w == "of" && i > 0 {
			if bodyHeads[ws[i-1]] {
				return ws[i-1]
			}
			return ""
		}
	}
	if len(ws) > 1 && bodyHeads[ws[len(ws)-1]] {
		return ws[len(ws)-1]
	}
	return ""
}

// nameKey folds a name for lookup: lower case, no leading "the", no "'s".
func nameKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	s = strings.TrimPrefix(s, "the ")
	return strings.Join(strings.Fields(s), " ")
}

// tallyNouns are what a body's own count is called: "the ministry's toll".
var tallyNouns = []string{"toll", "death toll", "count", "tally", "figure", "figures", "estimate", "list", "numbers", "data", "tallies"}

// agentVerbs introduce the giver of a figure in the passive: "500 have been
// reported killed by activists".
var agentVerbs = []string{"reported", "confirmed", "counted", "recorded", "documented", "registered", "verified"}

// inferSources gives a figure that no claim carries the source its own phrase
// names: a possessive count ("the ministry's toll rose to 44") or a passive
// agent ("over 500 have been reported killed by activists").
func inferSources(ev *timeline.Event, names entityIndex) {
	for i := range ev.Figures {
		f := &ev.Figures[i]
		if f.Source != "" {
			continue
		}
		sentStart, sentEnd := sentenceAround(ev.Text, f.Start, f.End)
		if src, kind := possessiveTally(ev.Text[sentStart:f.End], names); src != "" {
			f.Source, f.SourceKind = src, kind
			continue
		}
		if src, kind := passiveAgent(ev.Text[f.Start:sentEnd], names); src != "" {
			f.Source, f.SourceKind = src, kind
			continue
		}
		if e := reportingSubject(ev.Text[sentStart:f.End], names, func() *timeline.Entity { return bodyBefore(ev, f.Start) }); e != nil {
			f.Source, f.SourceKind = e.Name, e.Kind
			continue
		}
		if e := relativeSayer(ev.Text[sentStart:f.Start], names); e != nil {
			f.Source, f.SourceKind = e.Name, e.Kind
			continue
		}
		if e := citing(ev.Text[f.End:sentEnd], names); e != nil {
			f.Source, f.SourceKind = e.Name, e.Kind
			continue
		}
		if e := accordingTo(ev.Text[sentStart:sentEnd], names); e != nil {
			f.Source, f.SourceKind = e.Name, e.Kind
			continue
		}
		if name, kind := invertedSayer(ev.Text[f.End:sentEnd], names); name != "" {
			f.Source, f.SourceKind = name, kind
			continue
		}
		if e := clauseSayer(ev.Text[sentStart:f.Start], names); e != nil {
			f.Source, f.SourceKind = e.Name, e.Kind
		}
	}
}

// genericNouns name a body by what it is: "the agency", "the pollster".
var genericNouns = map[string]bool{"pollster": true, "firm": true, "operator": true, "broadcaster": true,
	"watchdog": true, "charity": true, "regulator": true, "insurer": true, "carrier": true, "airline": true, "bank": true,
	"lender": true, "utility": true, "group": true, "organization": true, "organisation": true, "company": true}

// genericBody reports "the agency", "the pollster": a body named only by
// what it is, which stands for one the story named before.
func genericBody(phrase string) bool {
	ws := strings.Fields(strings.ToLower(phrase))
	if len(ws) < 2 || ws[len(ws)-2] != "the" {
		return false
	}
	w := ws[len(ws)-1]
	return genericNouns[w] || bodyHeads[w]
}

// bodyBefore is the last body that made a claim in ev before byte at: what
// "the agency" or "the pollster" that follows refers to.
func bodyBefore(ev *timeline.Event, at int) *timeline.Entity {
	for j := len(ev.Claims) - 1; j >= 0; j-- {
		c := &ev.Claims[j]
		if c.Start >= at || c.SpeakerKind != timeline.SpeakerOrganization && c.SpeakerKind != timeline.SpeakerGovernment {
			continue
		}
		if genericBody("the " + c.Speaker) {
			continue
		}
		return &timeline.Entity{Name: c.Speaker, Kind: c.SpeakerKind}
	}
	return nil
}

// resolveGeneric gives a figure whose source is only "agency" or "company"
// the body the story named before it.
func resolveGeneric(ev *timeline.Event) {
	for i := range ev.Figures {
		f := &ev.Figures[i]
		if f.Source == "" || strings.ContainsRune(strings.TrimSpace(f.Source), ' ') || !genericBody("the "+f.Source) {
			continue
		}
		if e := bodyBefore(ev, f.Start); e != nil {
			f.Source, f.SourceKind = e.Name, e.Kind
		}
	}
}

// clauseSayer reads the speaker of the clause a figure opens the reported
// speech of: "…, the ministry said, while the Red Crescent said 80 had died";
// "Officials in the port say 40 are missing". before ends where the figure
// starts; only a body or person the story knows is taken.
func clauseSayer(before string, names entityIndex) *timeline.Entity {
	ws := strings.Fields(before)
	v := -1
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-3; i-- {
		w := strings.ToLower(ws[i])
		if strings.ContainsAny(w, ",;:\"“”()") {
			return nil // the figure is in another clause than the verb
		}
		if clauseSayVerbs[w] {
			v = i
			break
		}
		if w != "that" {
			return nil
		}
	}
	if v <= 0 {
		return nil
	}
	if e := appositionSayer(ws[:v], names); e != nil {
		return e
	}
	// the subject runs back to the start of its clause
	s := v
	for s > 0 && v-s < 6 {
		w := ws[s-1]
		if strings.ContainsAny(w, ",;:") || clauseLinks[strings.ToLower(w)] {
			break
		}
		s--
	}
	if s == v {
		return nil
	}
	subj := strings.Join(ws[s:v], " ")
	if e, ok := names[nameKey(subj)]; ok {
		return e
	}
	return lookupTail(subj, names)
}

// appositionSayer reads a subject that ends in an apposition naming it again:
// "The Port Authority, or PA, said", "The Water Board, known as WB, said".
func appositionSayer(ws []string, names entityIndex) *timeline.Entity {
	if len(ws) < 3 || !strings.HasSuffix(ws[len(ws)-1], ",") {
		return nil
	}
	k := len(ws) - 2
	for k >= 0 && !strings.HasSuffix(ws[k], ",") {
		k--
	}
	if k < 0 || len(ws)-1-k > 5 {
		return nil
	}
	appos := strings.TrimSuffix(strings.Join(ws[k+1:], " "), ",")
	lower := strings.ToLower(appos)
	matched := false
	for _, pre := range []string{"or ", "also known as ", "known as ", "formerly "} {
		if strings.HasPrefix(lower, pre) {
			appos, matched = appos[len(pre):], true
			break
		}
	}
	if !matched {
		return nil
	}
	if e, ok := names[nameKey(appos)]; ok {
		return e
	}
	head := strings.TrimSuffix(strings.Join(ws[max(0, k-5):k+1], " "), ",")
	return lookupTail(head, names)
}

// clauseSayVerbs introduce reported speech right before what is said.
var clauseSayVerbs = map[string]bool{"said": true, "says": true, "say": true, "estimated": true, "estimates": true,
	"estimate": true, "reported": true, "reports": true, "report": true, "claimed": true, "claims": true, "claim": true,
	"put": true, "puts": true, "counted": true, "counts": true, "recorded": true, "records": true}

// clauseLinks join a second clause, whose subject starts after them.
var clauseLinks = map[string]bool{"while": true, "whereas": true, "but": true, "and": true, "as": true, "although": true,
	"though": true, "when": true, "after": true, "because": true}

// invertedSayer reads an attribution after the content with the verb first:
// "…, bringing the toll to 25, said Anya Brell, a spokeswoman for the
// agency." It returns the name without its titles.
func invertedSayer(after string, names entityIndex) (string, timeline.SpeakerKind) {
	k := strings.Index(after, ", said ")
	if k < 0 {
		if k = strings.Index(after, ", says "); k < 0 {
			return "", ""
		}
	}
	rest := after[k+len(", said "):]
	if end := strings.IndexAny(rest, ",;:("); end >= 0 {
		rest = rest[:end]
	}
	ws := strings.Fields(strings.TrimRight(rest, ". "))
	if len(ws) == 0 || len(ws) > 6 {
		return "", ""
	}
	if e := lookupTail(strings.Join(ws, " "), names); e != nil {
		return e.Name, e.Kind
	}
	for len(ws) > 0 && titleWords[strings.ToLower(strings.TrimRight(ws[0], "."))] {
		ws = ws[1:]
	}
	if len(ws) == 0 || len(ws) > 3 {
		return "", ""
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return "", "" // "said the agency", "said on Monday"
		}
	}
	name := strings.Join(ws, " ")
	if e := lookupTail(name, names); e != nil {
		return e.Name, e.Kind
	}
	if bodyHeads[strings.ToLower(ws[len(ws)-1])] {
		return name, timeline.SpeakerOrganization
	}
	return name, timeline.SpeakerPerson
}

// titleWords come before a name and are no part of it.
var titleWords = map[string]bool{"president": true, "prime": true, "minister": true, "mayor": true, "governor": true,
	"gov": true, "sheriff": true, "chief": true, "judge": true, "dr": true, "general": true, "gen": true, "col": true,
	"colonel": true, "foreign": true, "defense": true, "defence": true, "interior": true, "health": true, "finance": true,
	"secretary": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "commissioner": true,
	"senator": true, "sen": true, "rep": true, "police": true, "deputy": true, "captain": true, "capt": true,
	"lt": true, "sgt": true, "officer": true, "inspector": true, "director": true, "ambassador": true, "mr": true,
	"mrs": true, "ms": true, "professor": true, "prof": true, "rev": true, "father": true, "sister": true}

// reportVerbs make their subject the giver of the figure they govern: "the
// ministry was reporting 1,502 cases", "the agency counted 45 bodies".
var reportVerbs = map[string]bool{"reporting": true, "reported": true, "reports": true, "counting": true, "counted": true,
	"counts": true, "recording": true, "recorded": true, "records": true, "confirmed": true, "confirming": true,
	"confirms": true, "listing": true, "listed": true, "lists": true, "registered": true, "registering": true,
	"registers": true, "tallied": true, "estimated": true, "estimates": true, "puts": true, "put": true, "putting": true,
	// a body that did the counting: "the pollster surveyed 14,200 voters"
	"surveyed": true, "surveys": true, "polled": true, "interviewed": true, "sampled": true, "tested": true}

// tallyVerbs make their subject the giver of a count they change: "the
// ministry raised the death toll to 71".
var tallyVerbs = map[string]bool{"raised": true, "raises": true, "lowered": true, "lowers": true, "revised": true,
	"revises": true, "updated": true, "updates": true, "set": true, "sets": true, "put": true, "puts": true,
	"corrected": true, "corrects": true, "adjusted": true, "adjusts": true, "amended": true, "amends": true}

func hasTallyNoun(ws []string) bool {
	for _, w := range ws {
		w = strings.ToLower(strings.Trim(w, ",."))
		for _, n := range tallyNouns {
			if w == n {
				return true
			}
		}
		if w == "number" {
			return true
		}
	}
	return false
}

var auxWords = map[string]bool{"was": true, "were": true, "is": true, "are": true, "has": true, "have": true, "had": true,
	"been": true, "now": true, "still": true, "also": true, "had been": true, "so": true, "far": true}

// reportingSubject finds "<body> was reporting" right before a figure (a few
// words may stand between: "at least", "a total of", "the number of
// confirmed dead to"); upto ends with the figure.
func reportingSubject(upto string, names entityIndex, backref func() *timeline.Entity) *timeline.Entity {
	before := upto
	if len(before) > 160 {
		before = before[len(before)-160:] // the verb stands a few words before the figure
	}
	if !strings.Contains(before, "ed ") && !strings.Contains(before, "ing ") && !strings.Contains(before, "s ") && !strings.Contains(before, "put ") {
		return nil
	}
	ws := strings.Fields(before)
	if len(ws) > 0 && len(before) == 160 {
		ws = ws[1:] // a cut word
	}
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-16; i-- {
		w := strings.ToLower(ws[i])
		if strings.ContainsAny(w[len(w)-1:], ",;:") && i < len(ws)-1 {
			return nil // another clause
		}
		w = strings.Trim(w, ",")
		// a tally verb may stand further back: "revised its count of
		// canceled services on Wednesday to 3,150 from 3,400"
		if !reportVerbs[w] || i < len(ws)-10 {
			if !tallyVerbs[w] || !hasTallyNoun(ws[i+1:]) {
				continue
			}
		}
		j := i
		for j > 0 && auxWords[strings.ToLower(ws[j-1])] {
			j--
		}
		if j == 0 || strings.ContainsAny(ws[j-1], ",;:") {
			return nil
		}
		subj := strings.Join(ws[max(0, j-4):j], " ")
		if e := lookupTail(subj, names); e != nil {
			return e
		}
		if backref != nil && genericBody(subj) {
			return backref()
		}
		// "the number of confirmed dead": a participle, not the verb
	}
	return nil
}

// relativeSayer reads "The federation, which says it represents some
// 210,000 members": the body before the relative clause gives the figure.
func relativeSayer(before string, names entityIndex) *timeline.Entity {
	if !strings.Contains(before, ", which ") && !strings.Contains(before, ", who ") {
		return nil
	}
	lower := strings.ToLower(before)
	for _, rel := range []string{", which ", ", who "} {
		k := strings.LastIndex(lower, rel)
		if k < 0 {
			continue
		}
		rest := strings.Fields(lower[k+len(rel):])
		if len(rest) == 0 || !sayVerbs[rest[0]] || strings.ContainsAny(lower[k+len(rel):], ",;:") {
			continue
		}
		return lookupTail(lastWords(before[:k], 4), names)
	}
	return nil
}

var sayVerbs = map[string]bool{"says": true, "said": true, "claims": true, "claimed": true, "estimates": true,
	"estimated": true, "reports": true, "reported": true, "counts": true, "counted": true, "puts": true}

// citing reads a nested attribution after the figure: "…, state media
// reported, citing the Health Ministry" names the original source.
func citing(after string, names entityIndex) *timeline.Entity {
	k := strings.Index(after, "citing ")
	if k < 0 || k > 0 && after[k-1] != ' ' {
		return nil
	}
	return leadingEntity(after[k+len("citing "):], names)
}

// leadingEntity finds a body the story knows among the first words of a
// phrase, up to its first comma.
func leadingEntity(phrase string, names entityIndex) *timeline.Entity {
	if end := strings.IndexAny(phrase, ",;:"); end >= 0 {
		phrase = phrase[:end]
	}
	ws := strings.Fields(strings.TrimRight(phrase, ". "))
	if len(ws) > 10 {
		ws = ws[:10]
	}
	for n := 1; n <= len(ws); n++ {
		if e := lookupTail(strings.Join(ws[:n], " "), names); e != nil {
			return e
		}
	}
	return nil
}

// accordingTo reads "according to preliminary results released by the
// commission": a body the story knows, named in the phrase, gives the figure.
func accordingTo(sent string, names entityIndex) *timeline.Entity {
	k := strings.Index(sent, "ccording to ")
	if k < 1 {
		return nil
	}
	k--
	return leadingEntity(sent[k+len("according to "):], names)
}

// takeSource gives a figure the speaker of the claim it stands in, and the
// claim's time when the figure has none of its own.
func takeSource(f *timeline.Figure, c *timeline.Claim) {
	f.Source, f.SourceKind = c.Speaker, c.SpeakerKind
	if f.Time.IsZero() {
		f.Time = c.Time
	}
}

// lastClaimBefore returns the claim that ends last at or before pos among
// those ok accepts, or nil.
func lastClaimBefore(ev *timeline.Event, pos int, ok func(*timeline.Claim) bool) *timeline.Claim {
	var best *timeline.Claim
	for j := range ev.Claims {
		c := &ev.Claims[j]
		if c.End <= pos && ok(c) && (best == nil || c.End > best.End) {
			best = c
		}
	}
	return best
}

// continueSources gives the speaker of a claim written before its
// attribution to the figures that continue the sentence after it: "…
// arrive by Friday, UNICEF said, enough for about a third of the delta's 5.8
// million people". A clause the writer adds ("…, police said, as thousands
// marched") stays his.
func continueSources(ev *timeline.Event) {
	for i := range ev.Figures {
		f := &ev.Figures[i]
		if f.Source != "" {
			continue
		}
		sentStart, _ := sentenceAround(ev.Text, f.Start, f.End)
		c := lastClaimBefore(ev, f.Start, func(c *timeline.Claim) bool { return c.End > sentStart })
		if c == nil || c.Direct || !contentFirst(ev.Text, c) {
			continue
		}
		gap := ev.Text[c.End:f.Start]
		comma := strings.IndexByte(gap, ',')
		if comma < 0 || comma > 24 || strings.ContainsAny(gap, ";:()\"“”—") {
			continue
		}
		rest := strings.Fields(strings.ToLower(gap[comma+1:]))
		if len(rest) > 0 && writerOpeners[strings.Trim(rest[0], ",")] {
			continue
		}
		takeSource(f, c)
	}
}

// speakerFirstSources gives the speaker of "X said ..." to the figures of a
// clause that continues the sentence after the claim's end: "the ministry
// said shells hit the town, killing three". A clause the writer adds ("...,
// as thousands marched") stays his.
func speakerFirstSources(ev *timeline.Event) {
	for i := range ev.Figures {
		f := &ev.Figures[i]
		if f.Source != "" {
			continue
		}
		sentStart, _ := sentenceAround(ev.Text, f.Start, f.End)
		c := lastClaimBefore(ev, f.Start, func(c *timeline.Claim) bool { return c.Start >= sentStart })
		if c == nil || c.Direct || contentFirst(ev.Text, c) {
			continue
		}
		gap := ev.Text[c.End:f.Start]
		if !strings.HasPrefix(strings.TrimLeft(gap, " "), ",") || strings.ContainsAny(gap, ";:()\"“”—") {
			continue
		}
		rest := strings.Fields(strings.ToLower(strings.TrimLeft(gap, " ,")))
		if len(rest) == 0 {
			// the figure's phrase starts with the participle: "killing three"
			rest = strings.Fields(strings.ToLower(ev.Text[f.Start:min(f.End, f.Start+24)]))
		}
		if len(rest) == 0 || writerOpeners[strings.Trim(rest[0], ",")] || !strings.HasSuffix(rest[0], "ing") {
			continue
		}
		takeSource(f, c)
	}
}

// partSources gives a part the source of its total in the same sentence:
// "the office raised the toll to 17, including three children".
func partSources(ev *timeline.Event) {
	for i := range ev.Figures {
		f := &ev.Figures[i]
		if f.Source != "" || f.PartOf < 0 || f.PartOf >= len(ev.Figures) {
			continue
		}
		t := &ev.Figures[f.PartOf]
		if t.Source == "" {
			continue
		}
		if s, _ := sentenceAround(ev.Text, f.Start, f.End); s > t.Start {
			continue
		}
		f.Source, f.SourceKind = t.Source, t.SourceKind
		if f.Time.IsZero() {
			f.Time = t.Time
		}
	}
}

// writerOpeners start a clause of the writer's own after an attribution.
var writerOpeners = map[string]bool{"as": true, "while": true, "amid": true, "amidst": true, "after": true, "before": true,
	"when": true, "but": true, "and": true, "although": true, "though": true, "because": true, "since": true,
	"despite": true, "even": true, "where": true, "whereas": true, "which": true, "who": true, "if": true, "until": true,
	"unless": true, "in": true, "on": true, "at": true, "during": true, "following": true, "yet": true, "so": true}

// possessiveTally finds "X's toll" in the text before and including the
// figure, and returns X when the story knows it.
func possessiveTally(text string, names entityIndex) (string, timeline.SpeakerKind) {
	lower := strings.ToLower(strings.ReplaceAll(text, "’", "'"))
	for _, noun := range tallyNouns {
		k := strings.LastIndex(lower, "'s "+noun)
		if k <= 0 {
			continue
		}
		after := k + 3 + len(noun)
		if after < len(lower) && isLetterByte(lower[after]) {
			continue // "'s tolled", "'s counts…" are other words
		}
		owner := lastWords(text[:k], 4)
		if e := lookupTail(owner, names); e != nil {
			return e.Name, e.Kind
		}
	}
	return "", ""
}

// passiveAgent reads "… reported killed by activists" right after a figure.
func passiveAgent(after string, names entityIndex) (string, timeline.SpeakerKind) {
	ws := strings.Fields(after)
	if len(ws) > 8 {
		ws = ws[:8]
	}
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",;"))
		for _, v := range agentVerbs {
			if lw != v {
				continue
			}
			for j := i + 1; j < len(ws) && j <= i+3; j++ {
				if strings.ToLower(ws[j]) != "by" {
					continue
				}
				var agent []string
				for _, a := range ws[j+1:] {
					clean := strings.TrimRight(a, ",.;:")
					if clean == "" {
						break
					}
					agent = append(agent, clean)
					if clean != a || len(agent) == 4 {
						break
					}
				}
				if len(agent) == 0 {
					return "", ""
				}
				phrase := strings.Join(agent, " ")
				if e := lookupTail(phrase, names); e != nil {
					return e.Name, e.Kind
				}
				// an unnamed group keeps its description ("activists")
				if k := nameKey(phrase); k != "" && !strings.ContainsAny(k, "0123456789") {
					return strings.TrimPrefix(strings.TrimPrefix(phrase, "the "), "The "), timeline.SpeakerUnknown
				}
			}
		}
	}
	return "", ""
}

// lookupTail tries the last one to four words of phrase as a name.
func lookupTail(phrase string, names entityIndex) *timeline.Entity {
	ws := strings.Fields(phrase)
	for n := len(ws); n >= 1; n-- {
		if n > 4 {
			continue
		}
		if e, ok := names[nameKey(strings.Join(ws[len(ws)-n:], " "))]; ok {
			return e
		}
	}
	return nil
}

func lastWords(s string, n int) string {
	ws := strings.Fields(s)
	if len(ws) > n {
		ws = ws[len(ws)-n:]
	}
	return strings.Join(ws, " ")
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
