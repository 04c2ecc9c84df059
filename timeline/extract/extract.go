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
			if f.Start < c.End && f.End > c.Start {
				if best < 0 || c.End-c.Start < ev.Claims[best].End-ev.Claims[best].Start {
					best = j
				}
			}
		}
		if best < 0 {
			continue
		}
		c := &ev.Claims[best]
		f.Source, f.SourceKind = c.Speaker, c.SpeakerKind
		if f.Time.IsZero() {
			f.Time = c.Time
		}
	}
}

// assignIDs gives claims and figures ids that depend only on what they say, so
// the same block imported again yields the same ids.
func assignIDs(ev *timeline.Event) {
	seen := map[uint64]int{}
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
	id := prefix + strconv.FormatUint(h&math.MaxInt64, 36)
	if n > 0 {
		id += "-" + strconv.Itoa(n+1)
	}
	return id
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
			exprs = dayExprs(ev.Text)
			found = true
		}
		if len(exprs) == 0 {
			return
		}
		paraStart := strings.LastIndex(ev.Text[:f.Start], "\n") + 1
		sentStart, sentEnd := sentenceAround(ev.Text, f.Start, f.End)
		best, inSentence := -1, false
		for j, e := range exprs {
			switch {
			case e.Start >= sentStart && e.End <= sentEnd:
				inSentence = true
				// only a day just before the figure dates it ("as of Tuesday,
				// 12 were dead"); one after it usually dates what happened
				// ("trapped after a shaft collapsed late Tuesday")
				if e.End <= f.Start && f.Start-e.End <= 40 {
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

// dayExprs are the expressions of text that name a day.
func dayExprs(text string) []when.Expr {
	var out []when.Expr
	for _, e := range when.Find(text) {
		lower := strings.ToLower(e.Text)
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
	return idx
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
		}
	}
}

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
