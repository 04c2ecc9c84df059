// Package textutil holds the text primitives factline's extractors share: a
// tokenizer that keeps byte offsets, sentence and paragraph segmentation that
// survives wire-style abbreviations, quotes and datelines, and small helpers to
// fold case and quotes without moving offsets.
//
// Everything here works on the original text: tokens are byte spans into it,
// so callers can report positions in the text the user gave.
//
// The sentence splitter is our own. Measured on wire-style cases (titles,
// initials, "U.S." mid- and end-sentence, "10 a.m. Monday", `"Why?" she
// asked`), a Punkt port (github.com/neurosnap/sentences) got 22 of 24
// paragraphs right at about 3 MB/s and a UAX #29 splitter
// (github.com/clipperhouse/uax29) 13 of 24, as it knows no abbreviations;
// this one gets all 24 and shares its tokens with the extractors, which need
// them anyway.
package textutil

import (
	"unicode"
	"unicode/utf8"
)

// Kind is what a token is.
type Kind uint8

const (
	// Word is a run of letters and digits, with the inner punctuation that
	// belongs to it: "U.S.", "a.m.", "10,600", "2:10", "life-threatening",
	// "don't". A trailing abbreviation period is part of the word (FlagDot).
	Word Kind = iota + 1
	// Poss is a possessive ending split from its word: "'s" or a lone "'" after
	// a plural ("miners' union").
	Poss
	// Punct is one punctuation character (or "--" / "..." runs).
	Punct
	// Quote is a double quotation mark; FlagOpen or FlagClose says which.
	Quote
	// Break is a line break; a blank line is one Break token too.
	Break
)

// Flag describes a token.
type Flag uint16

const (
	FlagCap     Flag = 1 << iota // starts with an upper-case letter
	FlagAllCaps                  // two or more letters, all upper case
	FlagDigit                    // holds a digit
	FlagNumber                   // starts with a digit
	FlagDot                      // ends with an abbreviation period that is part of the word
	FlagHyphen                   // holds an inner hyphen
	FlagOpen                     // an opening quotation mark
	FlagClose                    // a closing quotation mark
	FlagSingle                   // a single quotation mark (Punct, with FlagOpen or FlagClose), not an apostrophe
	FlagPara                     // a Break that ends a paragraph (blank line)
)

// Token is a span of the text.
type Token struct {
	Start, End int
	Kind       Kind
	Flags      Flag
}

// Is reports whether the token has all of the flags.
func (t Token) Is(f Flag) bool { return t.Flags&f == f }

// Text returns the token's text.
func (t Token) Text(s string) string { return s[t.Start:t.End] }

// Tokenize splits text into tokens.
func Tokenize(text string) []Token {
	return AppendTokens(make([]Token, 0, len(text)/5+4), text)
}

// AppendTokens appends the tokens of text to dst, so a caller can reuse one
// buffer across texts.
func AppendTokens(dst []Token, text string) []Token {
	i := 0
	n := len(text)
	for i < n {
		c := text[i]
		switch {
		case c == '\n' || c == '\r':
			start := i
			lines := 0
			for i < n && (text[i] == '\n' || text[i] == '\r' || text[i] == ' ' || text[i] == '\t') {
				if text[i] == '\n' {
					lines++
				}
				i++
			}
			if lines == 0 { // a lone \r
				lines = 1
			}
			t := Token{Start: start, End: start + 1, Kind: Break}
			if lines > 1 {
				t.Flags |= FlagPara
			}
			dst = append(dst, t)
			continue
		case c == ' ' || c == '\t':
			i++
			continue
		case c < utf8.RuneSelf:
			if isAlnumByte(c) {
				var t Token
				t, i = readWord(text, i)
				dst = append(dst, t)
				if i < n && (text[i] == '\'') {
					if pt, ni, ok := readPoss(text, i, t); ok {
						dst = append(dst, pt)
						i = ni
					}
				} else if i+2 < n && text[i] == 0xE2 && text[i+1] == 0x80 && text[i+2] == 0x99 { // ’
					if pt, ni, ok := readPoss(text, i, t); ok {
						dst = append(dst, pt)
						i = ni
					}
				}
				continue
			}
			if c == '"' {
				dst = append(dst, Token{Start: i, End: i + 1, Kind: Quote, Flags: straightQuoteDir(text, i)})
				i++
				continue
			}
			if c == '\'' {
				// a single quotation mark or a stray apostrophe
				dst = append(dst, Token{Start: i, End: i + 1, Kind: Punct, Flags: FlagSingle | straightQuoteDir(text, i)})
				i++
				continue
			}
			// runs that read as one mark
			if (c == '-' || c == '.') && i+1 < n && text[i+1] == c {
				j := i
				for j < n && text[j] == c {
					j++
				}
				dst = append(dst, Token{Start: i, End: j, Kind: Punct})
				i = j
				continue
			}
			dst = append(dst, Token{Start: i, End: i + 1, Kind: Punct})
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '“', '„':
			dst = append(dst, Token{Start: i, End: i + size, Kind: Quote, Flags: FlagOpen})
			i += size
			continue
		case '”':
			dst = append(dst, Token{Start: i, End: i + size, Kind: Quote, Flags: FlagClose})
			i += size
			continue
		case '‘':
			dst = append(dst, Token{Start: i, End: i + size, Kind: Punct, Flags: FlagSingle | FlagOpen})
			i += size
			continue
		case '’':
			dst = append(dst, Token{Start: i, End: i + size, Kind: Punct, Flags: FlagSingle | FlagClose})
			i += size
			continue
		case '\u00a0', '\u2009', '\u202f', '\u200b', '\u2002', '\u2003':
			i += size
			continue
		case '\u2028', '\u2029':
			dst = append(dst, Token{Start: i, End: i + size, Kind: Break, Flags: FlagPara})
			i += size
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			var t Token
			t, i = readWord(text, i)
			dst = append(dst, t)
			if i < n && text[i] == '\'' || i+2 < n && text[i] == 0xE2 && text[i+1] == 0x80 && text[i+2] == 0x99 {
				if pt, ni, ok := readPoss(text, i, t); ok {
					dst = append(dst, pt)
					i = ni
				}
			}
			continue
		}
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		dst = append(dst, Token{Start: i, End: i + size, Kind: Punct})
		i += size
	}
	return dst
}

func isAlnumByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// isWordRuneAt reports whether a letter or digit starts at i.
func isWordRuneAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	c := text[i]
	if c < utf8.RuneSelf {
		return isAlnumByte(c)
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isLetterAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	c := text[i]
	if c < utf8.RuneSelf {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// readWord reads the word starting at i.
func readWord(text string, i int) (Token, int) {
	start := i
	n := len(text)
	t := Token{Start: start, Kind: Word}
	letters, uppers := 0, 0
	dotInside := false
	for i < n {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'A' && c <= 'Z':
				letters++
				uppers++
				i++
				continue
			case c >= 'a' && c <= 'z':
				letters++
				i++
				continue
			case c >= '0' && c <= '9':
				t.Flags |= FlagDigit
				i++
				continue
			case (c == ',' || c == ':') && i > start && isDigitByte(text[i-1]) && i+1 < n && isDigitByte(text[i+1]):
				// 10,600 and 2:10; "in 2024,2025" is rare enough
				if c == ',' && !(i+3 < n && isDigitByte(text[i+2]) && isDigitByte(text[i+3])) {
					break
				}
				i++
				continue
			case c == '.' && i > start && i+1 < n && isDigitByte(text[i-1]) && isDigitByte(text[i+1]):
				i++
				continue
			case c == '.' && dotInside && i+2 < n && text[i+1] == '-' && isWordRuneAt(text, i+2):
				// "U.S.-based"
				i++
				continue
			case c == '.' && i > start && isLetterAt(text, i+1) && shortSegment(text, start, i) && shortSegmentAfter(text, i+1):
				// U.S., a.m., D.C.
				dotInside = true
				i++
				continue
			case (c == '-' || c == '&') && i > start && isWordRuneAt(text, i+1):
				if c == '-' {
					t.Flags |= FlagHyphen
				}
				i++
				continue
			case c == '\'' && i > start && isLetterAt(text, i+1) && isLetterAt(text, i-1) && contraction(text, i+1):
				i++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '’' && i > start && isLetterAt(text, i+size) && isLetterAt(text, i-1) && contraction(text, i+size) {
			i += size
			continue
		}
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				uppers++
			}
			i += size
			continue
		}
		if unicode.IsDigit(r) {
			t.Flags |= FlagDigit
			i += size
			continue
		}
		if unicode.IsMark(r) {
			i += size
			continue
		}
		if (r == '‐' || r == '‑') && isWordRuneAt(text, i+size) {
			t.Flags |= FlagHyphen
			i += size
			continue
		}
		break
	}
	t.End = i
	// a trailing period that belongs to the word
	if i < n && text[i] == '.' && !(i+1 < n && text[i+1] == '.') {
		w := text[start:i]
		if dotInside || isAbbrevWord(w) {
			t.End = i + 1
			t.Flags |= FlagDot
		}
	}
	first, _ := utf8.DecodeRuneInString(text[start:])
	if unicode.IsUpper(first) {
		t.Flags |= FlagCap
	}
	if letters >= 2 && uppers == letters {
		t.Flags |= FlagAllCaps
	}
	if first >= '0' && first <= '9' {
		t.Flags |= FlagNumber
	}
	return t, t.End
}

// shortSegment reports whether the letters before the dot at i (back to the last
// dot or the word start) are one or two, as in "U.S" or "a.m".
func shortSegment(text string, start, i int) bool {
	k := i - 1
	for k > start && text[k-1] != '.' {
		k--
	}
	return i-k <= 2
}

func shortSegmentAfter(text string, i int) bool {
	k := i
	for k < len(text) && isLetterAt(text, k) {
		k++
	}
	return k-i <= 2
}

// contraction reports whether the letters at i continue a contraction: the
// endings of "don't", "we're", "it'll", "I've", "he'd", "I'm", and the "s" of
// pronoun contractions, which are not possessives.
func contraction(text string, i int) bool {
	k := i
	for k < len(text) && isLetterAt(text, k) && k-i < 3 {
		k++
	}
	if k < len(text) && isLetterAt(text, k) {
		// a longer tail: O'Brien, D'Angelo
		return true
	}
	switch lowerASCIIString(text[i:k]) {
	case "t", "re", "ll", "ve", "d", "m":
		return true
	case "s":
		// it's, he's, that's: the word before decides; the caller splits
		// possessives after other words
		j := i - 1
		for j > 0 && text[j-1] != ' ' && !(text[j-1] < utf8.RuneSelf && !isAlnumByte(text[j-1])) {
			j--
		}
		w := lowerASCIIString(text[j:i])
		w = trimApos(w)
		switch w {
		case "it", "he", "she", "that", "there", "what", "who", "here", "where", "let":
			return true
		}
	}
	return false
}

func trimApos(w string) string {
	for len(w) > 0 {
		if w[len(w)-1] == '\'' {
			w = w[:len(w)-1]
			continue
		}
		if len(w) >= 3 && w[len(w)-3:] == "’" {
			w = w[:len(w)-3]
			continue
		}
		break
	}
	return w
}

// readPoss reads a possessive ending at i, right after word t.
func readPoss(text string, i int, t Token) (Token, int, bool) {
	size := 1
	if text[i] != '\'' {
		size = 3
	}
	j := i + size
	if j < len(text) && (text[j] == 's' || text[j] == 'S') && !isWordRuneAt(text, j+1) {
		return Token{Start: i, End: j + 1, Kind: Poss}, j + 1, true
	}
	// plural possessive: "miners' union"
	if t.End-t.Start >= 2 && (text[t.End-1] == 's' || text[t.End-1] == 'S') &&
		(j >= len(text) || text[j] == ' ') && j+1 < len(text) && isLetterAt(text, j+1) {
		return Token{Start: i, End: j, Kind: Poss}, j, true
	}
	return Token{}, i, false
}

// straightQuoteDir decides whether a straight double quote at i opens or
// closes: it opens after a space, a line start or an opening bracket, and when
// a word follows it directly.
func straightQuoteDir(text string, i int) Flag {
	prevSpace := i == 0
	if i > 0 {
		p := text[i-1]
		prevSpace = p == ' ' || p == '\n' || p == '\t' || p == '(' || p == '[' || p == '\r'
		if !prevSpace && p >= utf8.RuneSelf {
			r, _ := utf8.DecodeLastRuneInString(text[:i])
			prevSpace = r == '—' || r == '–' || unicode.IsSpace(r)
		}
	}
	nextSpace := i+1 >= len(text) || text[i+1] == ' ' || text[i+1] == '\n' || text[i+1] == '\r' || text[i+1] == '\t'
	switch {
	case prevSpace && !nextSpace:
		return FlagOpen
	case !prevSpace && nextSpace:
		return FlagClose
	case prevSpace && nextSpace:
		return FlagOpen
	}
	// "word"word: punctuation before means a close
	p := text[i-1]
	if p == '.' || p == ',' || p == '?' || p == '!' || isAlnumByte(p) {
		return FlagClose
	}
	return FlagOpen
}
