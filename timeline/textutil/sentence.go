package textutil

import (
	"iter"
	"strings"
)

// Span is a byte range of a text.
type Span struct{ Start, End int }

// Sentence is a run of tokens, [First, Last) in the token slice, with its byte
// span and the index of its paragraph (every line break starts a paragraph).
type Sentence struct {
	Start, End  int
	First, Last int
	Para        int
}

// SplitSentences segments tokens of text into sentences. It does not split
// after titles and initials ("Gov. Ana Ruiz", "John F. Kennedy"), before a
// number after a month or "No." ("Jan. 14"), after "a.m." before a day or zone,
// after "U.S." unless a usual sentence opener follows, nor between a quotation
// ending in "?" or "!" and its speech tag (`"Why?" she asked.`). Line breaks
// always end a sentence.
func SplitSentences(text string, toks []Token) []Sentence {
	return AppendSentences(make([]Sentence, 0, len(toks)/16+1), text, toks)
}

// AppendSentences is SplitSentences appending to dst, so a caller can reuse
// one buffer across texts.
func AppendSentences(dst []Sentence, text string, toks []Token) []Sentence {
	out := dst
	para := 0
	start := -1
	emit := func(first, last int) {
		if first < 0 || last <= first {
			return
		}
		out = append(out, Sentence{Start: toks[first].Start, End: toks[last-1].End, First: first, Last: last, Para: para})
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.Kind == Break {
			emit(start, i)
			start = -1
			if i > 0 {
				para++
			}
			continue
		}
		if start < 0 {
			start = i
		}
		if !isTerminator(text, t) {
			continue
		}
		j := i + 1
		quoted := false
		for j < len(toks) && isCloser(text, toks[j]) {
			if toks[j].Kind == Quote {
				quoted = true
			}
			j++
		}
		if splitAfter(text, toks, i, j, quoted) {
			emit(start, j)
			start = -1
			i = j - 1
		}
	}
	emit(start, len(toks))
	return out
}

// Sentences returns the byte spans of the sentences of text.
func Sentences(text string) []Span {
	toks := Tokenize(text)
	ss := SplitSentences(text, toks)
	out := make([]Span, len(ss))
	for i, s := range ss {
		out[i] = Span{s.Start, s.End}
	}
	return out
}

func isTerminator(text string, t Token) bool {
	switch t.Kind {
	case Word:
		return t.Flags&FlagDot != 0
	case Punct:
		c := text[t.Start]
		if c == '.' || c == '!' || c == '?' {
			return true
		}
		return text[t.Start:t.End] == "…"
	}
	return false
}

func isCloser(text string, t Token) bool {
	switch t.Kind {
	case Quote:
		return t.Flags&FlagClose != 0
	case Punct:
		if t.Flags&FlagSingle != 0 {
			return text[t.Start:t.End] == "’" || text[t.Start:t.End] == "'"
		}
		c := text[t.Start]
		return c == ')' || c == ']'
	}
	return false
}

// splitAfter decides whether the terminator at i ends a sentence; j is the
// first token after it and its closing quotes and brackets.
func splitAfter(text string, toks []Token, i, j int, quoted bool) bool {
	if j >= len(toks) {
		return true
	}
	n := toks[j]
	if n.Kind == Break {
		return true
	}
	t := toks[i]
	nextLower := n.Kind == Word && n.Flags&(FlagCap|FlagNumber) == 0
	nextLW := ""
	if n.Kind == Word {
		nextLW = lowerASCIIString(text[n.Start:n.End])
	}
	if t.Kind == Word && j == i+1 {
		switch Abbreviation(text[t.Start:t.End]) {
		case AbbrevTitle:
			return false
		case AbbrevInitial:
			return n.Kind == Quote && n.Flags&FlagOpen != 0 || n.Kind == Word && n.Flags&FlagCap != 0 && sentenceOpeners[nextLW] && len(nextLW) > 1
		case AbbrevFlexible:
			return n.Kind == Quote && n.Flags&FlagOpen != 0 || n.Kind == Word && n.Flags&FlagCap != 0 && sentenceOpeners[nextLW]
		case AbbrevClock:
			if n.Kind == Word && n.Flags&FlagCap != 0 {
				return !clockFollowers[strings.TrimSuffix(nextLW, ".")]
			}
			return n.Kind == Quote && n.Flags&FlagOpen != 0
		case AbbrevBeforeNumber:
			if n.Flags&FlagNumber != 0 {
				return false
			}
		}
	}
	if nextLower {
		return false
	}
	if n.Kind == Punct {
		c := text[n.Start]
		if c == ',' || c == ';' || c == ':' || c == ')' || c == '%' {
			return false
		}
	}
	if quoted && (text[t.Start] == '?' || text[t.Start] == '!') && n.Kind == Word {
		// `"Why now?" Ana Ruiz asked.`: a speech tag within a few words
		for k := j; k < len(toks) && k < j+5; k++ {
			tk := toks[k]
			if tk.Kind != Word {
				break
			}
			if speechTags[lowerASCIIString(text[tk.Start:tk.End])] {
				return false
			}
		}
	}
	return true
}

// Words yields the word tokens of text.
func Words(text string) iter.Seq[Token] {
	return func(yield func(Token) bool) {
		for _, t := range Tokenize(text) {
			if t.Kind == Word && !yield(t) {
				return
			}
		}
	}
}

// Paragraphs returns the byte spans of the non-empty lines of text.
func Paragraphs(text string) []Span {
	var out []Span
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s, e := start, end
		for s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '\r') {
			s++
		}
		for e > s && (text[e-1] == ' ' || text[e-1] == '\t' || text[e-1] == '\r') {
			e--
		}
		if e > s {
			out = append(out, Span{s, e})
		}
		start = end + 1
	}
	return out
}

// DatelineEnd returns the index of the first token after a wire dateline that
// opens the tokens at first ("CALDER SPRINGS, Nevarro (AP) — "), or first when
// there is none. A dateline is a few capitalised words, commas and a
// parenthesised agency before a dash, and starts with a word in capitals or
// holds the agency.
func DatelineEnd(text string, toks []Token, first int) int {
	caps, agency := false, false
	for k := first; k < len(toks) && k < first+16; k++ {
		t := toks[k]
		switch t.Kind {
		case Word:
			if t.Flags&FlagCap == 0 {
				return first
			}
			if k == first && t.Flags&FlagAllCaps != 0 {
				caps = true
			}
			if k > first && toks[k-1].Kind == Punct && text[toks[k-1].Start] == '(' && t.Flags&FlagAllCaps != 0 {
				agency = true
			}
		case Punct:
			s := text[t.Start:t.End]
			switch s {
			case ",", "(", ")", ".", "/":
				continue
			case "—", "–", "--", "-":
				if (caps || agency) && k > first {
					return k + 1
				}
				return first
			}
			return first
		default:
			return first
		}
	}
	return first
}

// DatelineLen returns the byte length of a wire dateline that opens text, or 0.
func DatelineLen(text string) int {
	toks := Tokenize(text)
	k := DatelineEnd(text, toks, 0)
	if k == 0 || k >= len(toks) {
		return 0
	}
	return toks[k].Start
}
