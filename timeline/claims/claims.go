// Package claims finds attributed statements in news text and resolves who made
// them to the story's entities.
//
// It reads each update as tokens (textutil), pairs its quotation marks, and
// groups sentences into units that never cut a quotation. A first pass over a
// unit notes who is mentioned (names with their titles and roles, bodies,
// pronouns and "the agency"-style references); a second finds the speech verbs
// and "according to" phrases outside quotations and builds each claim from the
// verb's subject and its complement, or from the clause or quotation before
// it. Later passes mark evidence ("offered no evidence", "could not be
// independently verified", denials and rebuttals) and the time the statement
// was made. Every rule is a lexicon or a grammar pattern; none names a story.
package claims

import (
	"strings"
	"time"

	"factline/timeline"
	"factline/timeline/textutil"
)

// Extractor finds claims; it is safe for concurrent use by several documents.
type Extractor struct{}

// New returns an extractor with factline's lexicons.
func New() *Extractor { return &Extractor{} }

// docx is the state of one document: its entities and what the next event
// may refer back to.
type docx struct {
	reg *registry
	// pos numbers tokens across the document so recency compares across
	// events.
	pos int
	// lastPerson is the last person who made a claim: a pronoun that opens an
	// update with no antecedent of its own refers to them.
	lastPerson *entity
	// lastThing is the last body that made a claim, for "it said" at the
	// start of an update.
	lastThing *entity
	// prev is the update before, with its claims' entities and the claims of
	// its last paragraph: an update split from its neighbour may still give
	// its role holder or its evidence to the claims before.
	prev *prevEvent
	// recent are the last few updates, newest last: a rebuttal that restates
	// a claim ("rejected Marsh's claim that ...") finds it there.
	recent []*prevEvent
	// buffers reused from one event to the next
	toks   []textutil.Token
	lex    []lexBits
	sents  []textutil.Sentence
	units  []unit
	ments  []mention
	quotes []quote
	qid    []int32
	claims []*claim
}

// Run fills the claims of doc's non-duplicate update events and doc.Entities.
// Captions add the names they print (so a surname later resolves) but carry no
// claims.
func (x *Extractor) Run(doc *timeline.Document) {
	d := &docx{reg: newRegistry()}
	for i := range doc.Events {
		ev := &doc.Events[i]
		if ev.DuplicateOf != 0 {
			ev.Claims = nil
			continue
		}
		switch ev.Kind {
		case timeline.KindUpdate:
			ev.Claims = d.event(ev, refDate(doc, ev), true)
		case timeline.KindCaption:
			ev.Claims = nil
			d.event(ev, time.Time{}, false)
		default:
			ev.Claims = nil
		}
	}
	d.lateNames(doc)
	d.lateStateBodies(doc)
	doc.Entities = d.entities()
}

// monitoringWords name the watch a state keeps: a country's "Seismic
// Institute" is public, its "Research Institute" may be private.
var monitoringWords = map[string]bool{
	"volcanological": true, "volcanology": true, "seismic": true, "seismological": true,
	"seismology": true, "meteorological": true, "meteorology": true, "geological": true,
	"geophysical": true, "hydrological": true, "hydrographic": true, "oceanographic": true,
	"weather": true, "statistics": true, "statistical": true, "geographic": true,
}

// lateStateBodies makes public a monitoring body named after a country the
// document shows only later to be one ("the Aldova Seismic Institute" before
// "Aldova's interior ministry"): a national institute or service.
func (d *docx) lateStateBodies(doc *timeline.Document) {
	for _, e := range d.reg.ents {
		if e.kind != timeline.SpeakerOrganization || !e.speaker || e.group || e.thing {
			continue
		}
		// the lower-case key splits without allocating
		k := e.key
		i := strings.LastIndexByte(k, ' ')
		if i < 0 || !stateHeads[k[i+1:]] {
			continue
		}
		j := strings.LastIndexByte(k[:i], ' ')
		if j < 0 || !monitoringWords[k[j+1:i]] {
			continue
		}
		f, _, _ := strings.Cut(e.name, " ")
		c := d.reg.lookup(f)
		if c == nil || c == e || !c.country || c.kind != timeline.SpeakerGovernment {
			continue
		}
		e.kind = timeline.SpeakerGovernment
		for i := range doc.Events {
			for j := range doc.Events[i].Claims {
				if cl := &doc.Events[i].Claims[j]; cl.Speaker == e.name && cl.SpeakerKind == timeline.SpeakerOrganization {
					cl.SpeakerKind = e.kind
				}
			}
		}
	}
}

// lateNames gives the full name to claims whose speaker the text named by
// surname only before it gave the full name ("Reyes said ..." in the first
// update, "Mayor Jonah Reyes" later).
func (d *docx) lateNames(doc *timeline.Document) {
	var single []*entity
	for _, e := range d.reg.ents {
		if (e.speaker || e.listed) && !strings.Contains(e.name, " ") && !e.country && !e.group && isCapWord(e.name) {
			single = append(single, e)
		}
	}
	for _, e := range single {
		var full *entity
		for _, p := range d.reg.bySurname[strings.ToLower(e.name)] {
			if p == e || p.first < e.first {
				continue // an earlier full name already resolved the surname
			}
			if full != nil && full != p {
				full = nil // two people share the surname: leave it
				break
			}
			full = p
		}
		if full == nil {
			continue
		}
		for i := range doc.Events {
			for j := range doc.Events[i].Claims {
				c := &doc.Events[i].Claims[j]
				if c.Speaker == e.name {
					c.Speaker, c.SpeakerKind = full.name, full.kind
				}
			}
		}
		full.addAlias(e.name)
		full.speaker = full.speaker || e.speaker
		e.speaker, e.listed = false, false
	}
}

func refDate(doc *timeline.Document, ev *timeline.Event) time.Time {
	if !ev.Time.IsZero() {
		return ev.Time.Date()
	}
	if !doc.Published.IsZero() {
		return doc.Published.Date()
	}
	return time.Time{}
}

// entities lists the people and bodies that speak, are spoken for, or hold a
// role in the story.
func (d *docx) entities() []timeline.Entity {
	var out []timeline.Entity
	for _, e := range d.reg.ents {
		if !e.listed && !e.speaker {
			continue
		}
		te := timeline.Entity{Name: e.name, Kind: e.kind, Role: e.role}
		if te.Kind == "" {
			te.Kind = timeline.SpeakerUnknown
		}
		if len(e.aliases) > 0 {
			te.Aliases = append([]string(nil), e.aliases...)
		}
		if e.speaksFor != nil {
			te.SpeaksFor = e.speaksFor.name
		}
		out = append(out, te)
	}
	return out
}

// prevEvent remembers what the next update may still change in an update.
type prevEvent struct {
	ev      *timeline.Event
	ents    []*entity // the speaker of each claim
	tail    []int     // claims of the last paragraph that has claims
	pending []*pendingRole
}

// quote is a paired quotation: open and close are token indexes of its marks
// (close is the last token of its last paragraph when the text never closes
// it). A quotation that runs over paragraphs has one part per paragraph.
type quote struct {
	open, close int
	closed      bool
	parts       []textutil.Span
	used        bool
}

// unit is a run of sentences of one paragraph that no quotation crosses.
type unit struct {
	first, last int // tokens [first, last)
	start       int // first token after a dateline
	para        int
	times       []timeExpr
	timesDone   bool
}

// evx is the state of one event.
type evx struct {
	d           *docx
	ord         int
	text, lower string
	toks        []textutil.Token
	qid         []int32
	quotes      []quote
	units       []unit
	ments       []mention
	claims      []*claim
	ref         time.Time
	// coord maps a coordinated speech verb ("... and warned that") to the
	// claim whose subject it shares.
	coord map[int]*claim
	// pending are role mentions ("Iran's foreign minister") that no entity
	// holds yet; a person named next in the event may take the role.
	pending []*pendingRole
	// evid are the evidence markers of the event.
	evid []marker
	lex  []lexBits
	// caption is true for a photo caption: its names help resolve later
	// mentions but do not list entities.
	caption bool
	// outClaims and outEnts are the claims as output, in order.
	outClaims []*claim
	outEnts   []*entity
}

func (d *docx) event(ev *timeline.Event, ref time.Time, withClaims bool) []timeline.Claim {
	text := ev.Text
	if strings.TrimSpace(text) == "" {
		return nil
	}
	d.toks = textutil.AppendTokens(d.toks[:0], text)
	e := &evx{d: d, ord: ev.Ordinal, text: text, lower: textutil.LowerASCII(text), toks: d.toks, ref: ref, caption: !withClaims,
		units: d.units[:0], ments: d.ments[:0], quotes: d.quotes[:0], qid: d.qid[:0], claims: d.claims[:0]}
	defer func() {
		d.units, d.ments, d.quotes, d.qid, d.claims = e.units, e.ments, e.quotes, e.qid, e.claims
	}()
	e.classify()
	e.pairQuotes()
	e.buildUnits()
	for u := range e.units {
		e.mentionPass(u)
		if withClaims {
			e.findClaims(u)
		}
	}
	var out []timeline.Claim
	if withClaims {
		e.inheritQuotes()
		e.bindPendingRoles()
		e.findEvidence()
		out = e.output()
		ev.Claims = out
		e.remember(ev)
	}
	d.pos += len(e.toks) + 1
	return out
}

// remember keeps what the next update may refer back to.
func (e *evx) remember(ev *timeline.Event) {
	pe := &prevEvent{ev: ev, ents: append([]*entity(nil), e.outEnts...)}
	lastPara := -1
	for i, c := range e.outClaims {
		if p := e.units[c.unit].para; p > lastPara {
			lastPara, pe.tail = p, pe.tail[:0]
		}
		if e.units[c.unit].para == lastPara {
			pe.tail = append(pe.tail, i)
		}
	}
	for _, p := range e.pending {
		// only a role named in the update's last sentence waits for the next
		if p.ent != nil && p.unit == len(e.units)-1 {
			pe.pending = append(pe.pending, p)
		}
	}
	e.d.prev = pe
	e.d.recent = append(e.d.recent, pe)
	if len(e.d.recent) > 3 {
		e.d.recent = e.d.recent[1:]
	}
}

// patchPrev rewrites the previous update's claims by a stand-in to the person
// who turned out to hold its role.
func (d *docx) patchPrev(from, to *entity) {
	if d.prev == nil {
		return
	}
	for i, x := range d.prev.ents {
		if x == from {
			c := &d.prev.ev.Claims[i]
			c.Speaker, c.SpeakerKind = to.name, to.kind
			d.prev.ents[i] = to
		}
	}
	from.speaker, from.listed = false, false
	to.speaker = true
}

// prevLast gives a rebuttal that opens an update to the last claim of the
// update before by someone else.
func (d *docx) prevLast(kind timeline.Evidence, text string, by *entity, mods []string) {
	if d.prev == nil {
		return
	}
	for i := len(d.prev.ents) - 1; i >= 0; i-- {
		if by != nil && sameSide(d.prev.ents[i], by) {
			continue
		}
		if c := &d.prev.ev.Claims[i]; c.Evidence == "" && wordsShareStem(mods, c.Text) {
			c.Evidence, c.EvidenceText = kind, text
		}
		return
	}
}

// prevEvidence gives a marker that opens an update to the previous update's
// claims: those of a speaker, or else those of its last paragraph.
func (d *docx) prevEvidence(kind timeline.Evidence, text string, by *entity, onlyBy bool) {
	if d.prev == nil {
		return
	}
	set := func(i int) {
		c := &d.prev.ev.Claims[i]
		if c.Evidence == "" {
			c.Evidence, c.EvidenceText = kind, text
		}
	}
	if by != nil {
		for i, x := range d.prev.ents {
			if x == by {
				set(i)
			}
		}
	}
	if onlyBy {
		return
	}
	for _, i := range d.prev.tail {
		if by == nil || d.prev.ents[i] != by {
			set(i)
		}
	}
}

// lw returns the lower-case text of token i.
func (e *evx) lw(i int) string {
	t := e.toks[i]
	return e.lower[t.Start:t.End]
}

// raw returns the text of token i.
func (e *evx) raw(i int) string {
	t := e.toks[i]
	return e.text[t.Start:t.End]
}

func (e *evx) isWord(i int) bool { return i >= 0 && i < len(e.toks) && e.toks[i].Kind == textutil.Word }

func (e *evx) isPunct(i int, s string) bool {
	return i >= 0 && i < len(e.toks) && e.toks[i].Kind == textutil.Punct && e.text[e.toks[i].Start:e.toks[i].End] == s
}

func (e *evx) isComma(i int) bool { return e.isPunct(i, ",") }

func (e *evx) isPoss(i int) bool {
	return i >= 0 && i < len(e.toks) && e.toks[i].Kind == textutil.Poss
}

func (e *evx) inQuote(i int) bool { return i >= 0 && i < len(e.qid) && e.qid[i] >= 0 }

func (e *evx) isCap(i int) bool {
	return e.isWord(i) && e.toks[i].Flags&textutil.FlagCap != 0
}

// isOpenQuote reports whether token i opens a paired quotation.
func (e *evx) isOpenQuote(i int) bool {
	return i >= 0 && i < len(e.qid) && e.qid[i] >= 0 && e.quotes[e.qid[i]].open == i
}

// isCloseQuote reports whether token i closes a paired quotation.
func (e *evx) isCloseQuote(i int) bool {
	if i < 0 || i >= len(e.qid) || e.qid[i] < 0 {
		return false
	}
	q := &e.quotes[e.qid[i]]
	return q.closed && q.close == i
}

// quoteMark reports whether token i is a quotation mark, double or single,
// and which way it faces.
func (e *evx) quoteMark(i int) (open, close, single bool) {
	t := e.toks[i]
	switch {
	case t.Kind == textutil.Quote:
	case t.Kind == textutil.Punct && t.Flags&textutil.FlagSingle != 0:
		single = true
	default:
		return false, false, false
	}
	return t.Flags&textutil.FlagOpen != 0, t.Flags&textutil.FlagClose != 0, single
}

// gpos is the document position of token i.
func (e *evx) gpos(i int) int { return e.d.pos + i }

// pairQuotes pairs double quotation marks. A paragraph that opens a quotation
// and does not close it continues into the next when that one opens with a
// quotation mark (the newspaper convention); otherwise the quotation ends
// with its paragraph.
func (e *evx) pairQuotes() {
	n := len(e.toks)
	if cap(e.qid) < n {
		e.qid = make([]int32, n)
	}
	e.qid = e.qid[:n]
	for i := range e.qid {
		e.qid[i] = -1
	}
	open := -1
	partStart := -1
	var parts []textutil.Span
	finish := func(closeTok int, closed bool, partEnd int) {
		if partEnd > partStart {
			parts = append(parts, textutil.Span{Start: partStart, End: partEnd})
		}
		q := quote{open: open, close: closeTok, closed: closed, parts: parts}
		id := int32(len(e.quotes))
		e.quotes = append(e.quotes, q)
		for k := open; k <= closeTok && k < n; k++ {
			e.qid[k] = id
		}
		open, parts = -1, nil
	}
	openSingle := false
	for i := 0; i < n; i++ {
		t := e.toks[i]
		if t.Kind == textutil.Break {
			if open < 0 {
				continue
			}
			j := i + 1
			for j < n && e.toks[j].Kind == textutil.Break {
				j++
			}
			last := i - 1
			if j < n && last > open {
				if op, _, sg := e.quoteMark(j); op && sg == openSingle {
					// the quotation goes on in the next paragraph
					parts = append(parts, textutil.Span{Start: partStart, End: e.toks[last].End})
					partStart = e.toks[j].End
					i = j
					continue
				}
			}
			finish(last, false, e.toks[last].End)
			continue
		}
		op, cl, single := e.quoteMark(i)
		if !op && !cl {
			continue
		}
		if open < 0 {
			if op {
				open, openSingle = i, single
				partStart = t.End
			}
			continue
		}
		if single != openSingle {
			continue // a single mark inside a double quotation, or the reverse
		}
		if single && !cl {
			continue
		}
		// a close, or a straight mark read as an opening inside an open
		// quotation: either way it ends it
		finish(i, true, t.Start)
	}
	if open >= 0 && n > 0 {
		finish(n-1, false, e.toks[n-1].End)
	}
}

// quoteText joins the parts of quotation q without its marks.
func (e *evx) quoteText(q int) string {
	qq := &e.quotes[q]
	if len(qq.parts) == 1 {
		return strings.TrimSpace(e.text[qq.parts[0].Start:qq.parts[0].End])
	}
	var b strings.Builder
	for i, p := range qq.parts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.TrimSpace(e.text[p.Start:p.End]))
	}
	return b.String()
}

// buildUnits groups sentences so that no quotation is cut, and joins a short
// speech tag to the quotation before it (`"... now." Ruiz said.`).
func (e *evx) buildUnits() {
	e.d.sents = textutil.AppendSentences(e.d.sents[:0], e.text, e.toks)
	sents := e.d.sents
	paraFirst := -1
	for si := 0; si < len(sents); si++ {
		s := sents[si]
		first, last := s.First, s.Last
		for si+1 < len(sents) && sents[si+1].Para == s.Para {
			nx := sents[si+1]
			if e.quoteCrosses(last, nx.First) || e.speechTagAfterQuote(last, nx) {
				last = nx.Last
				si++
				continue
			}
			break
		}
		u := unit{first: first, last: last, start: first, para: s.Para}
		if s.Para != paraFirst {
			paraFirst = s.Para
			u.start = textutil.DatelineEnd(e.text, e.toks, first)
			if u.start >= last {
				u.start = first
			}
		}
		// a list item's bullet: "- The leaders met ..."
		for u.start < last-1 && e.toks[u.start].Kind == textutil.Punct && bullets[e.text[e.toks[u.start].Start:e.toks[u.start].End]] {
			u.start++
		}
		e.units = append(e.units, u)
	}
}

var bullets = map[string]bool{"-": true, "—": true, "–": true, "•": true, "*": true, "·": true, "▪": true, "►": true, ">": true, "--": true}

// quoteCrosses reports whether a quotation open at the end of one sentence
// goes on into the next.
func (e *evx) quoteCrosses(last, next int) bool {
	q := e.qid[last-1]
	if q < 0 {
		return false
	}
	return e.qid[next] == q
}

// speechTagAfterQuote reports whether a sentence is only a speech tag for the
// quotation that ends the sentence before: `Ruiz said.` after `"... now."`.
func (e *evx) speechTagAfterQuote(last int, nx textutil.Sentence) bool {
	if !e.isCloseQuote(last-1) && !(last >= 2 && e.isCloseQuote(last-2)) {
		return false
	}
	if nx.Last-nx.First > 12 {
		return false
	}
	for k := nx.First; k < nx.Last; k++ {
		if e.toks[k].Kind == textutil.Quote {
			return false
		}
		if f, ok := verbForms[e.lw(k)]; ok && !f.participle && k > nx.First && verbLemmas[f.lemma].fr&fEnd != 0 {
			// only adverbials may follow the tag: "Ruiz said on Monday."
			n := k + 1
			if n < nx.Last && !e.isTerminal(n) && !e.isComma(n) && !(e.isWord(n) && (advPreps[e.lw(n)] && e.lw(n) != "that" || nonNames[e.lw(n)])) {
				return false
			}
			return e.isCap(nx.First) || pronouns[e.lw(nx.First)] != (pron{})
		}
	}
	return false
}
