package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"factline/timeline"
	"factline/timeline/when"
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
	flush := func() {
		if cur != nil && strings.TrimSpace(cur.Text) != "" {
			out = append(out, *cur)
		}
		cur = nil
		paras = 0
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
		case bCaption, bBoiler:
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
		case startsLede(cur.Text, b.text, paras):
			start(b)
		}
		appendPara(&cur.Event, b.text)
		paras++
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
func startsLede(update, para string, paras int) bool {
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
	if k := strings.IndexByte(s, ','); k > 0 && k < 70 {
		lead := strings.ToLower(strings.Fields(s)[0])
		if isPreposition(lead) {
			subj = strings.TrimSpace(s[k+1:])
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
	if !unicode.IsUpper(r0) {
		return false
	}
	if containsWord(firstClause(subj), "also") {
		return false
	}
	names, role := subjectNames(sw)
	newTopic := false
	switch {
	case role != "":
		newTopic = !strings.Contains(strings.ToLower(update), role)
	case len(names) > 0:
		newTopic = true
		for _, n := range names {
			if mentioned(update, n) {
				newTopic = false
				break
			}
		}
	case lw0 == "a" || lw0 == "an":
		newTopic = true // an indefinite subject introduces something new
	}
	if !newTopic {
		return false
	}
	// A one-paragraph update is rare unless the new paragraph is itself dated.
	return paras >= 2 || len(when.Find(s)) > 0
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
