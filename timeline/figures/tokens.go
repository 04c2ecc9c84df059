package figures

import (
	"math"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tPunct
)

// token is one word, number or punctuation mark of the text. Words carry their
// lexicon entry so the grammar never lowers a string twice.
type token struct {
	s, e  int32
	sent  int32
	kind  tokKind
	sp    bool // whitespace before
	nl    bool // a line break before
	upper bool // starts with an upper-case letter
	mixed bool // a capital after the first letter ("iPhone", "McLaren")
	// numbers
	comma bool // thousands separators
	dec   int8 // digits after the decimal point
	ndig  int8 // digits before the decimal point
	long  bool // too many digits to be a figure (an id)
	zero  bool // leading zero ("007")
	r     rune // punctuation
	ent   *entry
	val   float64
}

const maxWordKey = 40

// tokenize splits text into tokens, appending to buf.
func tokenize(text string, buf []token) []token {
	toks := buf[:0]
	sp, nl := true, false
	i := 0
	for i < len(text) {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			sp = true
			i++
			continue
		case c == '\n':
			sp, nl = true, true
			i++
			continue
		case c >= '0' && c <= '9':
			t, n := scanNumber(text, i)
			t.sp, t.nl = sp, nl
			toks = append(toks, t)
			i = n
		case c < utf8.RuneSelf:
			if isASCIILetter(c) {
				toks = append(toks, scanWord(text, i, sp, nl))
				i = int(toks[len(toks)-1].e)
			} else {
				toks = append(toks, token{s: int32(i), e: int32(i + 1), kind: tPunct, r: rune(c), sp: sp, nl: nl})
				i++
			}
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case unicode.IsLetter(r):
				toks = append(toks, scanWord(text, i, sp, nl))
				i = int(toks[len(toks)-1].e)
			case unicode.IsSpace(r) || r == 0x200b || r == 0xfeff:
				sp = true
				if r == 0x2028 || r == 0x2029 {
					nl = true
				}
				i += size
				continue
			default:
				toks = append(toks, token{s: int32(i), e: int32(i + size), kind: tPunct, r: r, sp: sp, nl: nl})
				i += size
			}
		}
		sp, nl = false, false
	}
	markSentences(text, toks)
	return toks
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// scanNumber reads digits with thousands separators and a decimal part. The
// value is computed from an integer mantissa so that "1.2 million" is exact.
func scanNumber(text string, i int) (token, int) {
	t := token{s: int32(i), kind: tNum}
	var mant uint64
	digits := 0
	j := i
	for j < len(text) && isDigit(text[j]) {
		if digits < 18 {
			mant = mant*10 + uint64(text[j]-'0')
		}
		digits++
		j++
	}
	t.zero = digits > 1 && text[i] == '0'
	first := digits
	// thousands groups: ",ddd" not followed by another digit
	for first <= 3 && j+3 < len(text) && text[j] == ',' && isDigit(text[j+1]) && isDigit(text[j+2]) && isDigit(text[j+3]) &&
		(j+4 >= len(text) || !isDigit(text[j+4])) {
		for k := j + 1; k < j+4; k++ {
			if digits < 18 {
				mant = mant*10 + uint64(text[k]-'0')
			}
			digits++
		}
		t.comma = true
		j += 4
	}
	intDigits := digits
	dec := 0
	if j+1 < len(text) && text[j] == '.' && isDigit(text[j+1]) {
		j++
		for j < len(text) && isDigit(text[j]) {
			if digits < 18 {
				mant = mant*10 + uint64(text[j]-'0')
				dec++
			}
			digits++
			j++
		}
	}
	t.e = int32(j)
	t.ndig = int8(min(intDigits, 100))
	t.dec = int8(dec)
	t.long = intDigits > 12
	if digits > 18 {
		// Too long to be exact; such strings are ids, not figures.
		t.long = true
		t.val = float64(mant) * math.Pow10(intDigits-18)
	} else {
		t.val = float64(mant) / math.Pow10(dec)
	}
	return t, j
}

// scanWord reads letters with inner apostrophes and hyphens left out: "o'clock"
// is one word, "assembly's" is "assembly" and "'s".
func scanWord(text string, i int, sp, nl bool) token {
	t := token{s: int32(i), kind: tWord, sp: sp, nl: nl}
	j := i
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if isASCIILetter(c) {
				j++
				continue
			}
			if c == '\'' && j+1 < len(text) && isASCIILetter(text[j+1]) && !possessiveAt(text, j+1) {
				j++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) {
			j += size
			continue
		}
		if r == '’' && j+size < len(text) && isASCIILetter(text[j+size]) && !possessiveAt(text, j+size) {
			j += size
			continue
		}
		break
	}
	t.e = int32(j)
	r, _ := utf8.DecodeRuneInString(text[i:])
	t.upper = unicode.IsUpper(r)
	for k := i + 1; k < j; k++ {
		if c := text[k]; c >= 'A' && c <= 'Z' {
			t.mixed = true
			break
		}
	}
	t.ent = lookup(text[i:j])
	return t
}

// possessiveAt reports whether text[k:] starts with "s" standing alone.
func possessiveAt(text string, k int) bool {
	if text[k] != 's' && text[k] != 'S' {
		return false
	}
	return k+1 >= len(text) || !isASCIILetter(text[k+1])
}

// lookup finds a word's entry with a lower-case copy on the stack.
func lookup(w string) *entry {
	if len(w) > maxWordKey {
		return nil
	}
	var buf [maxWordKey]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		} else if c == 0xe2 && k+2 < len(w) && w[k+1] == 0x80 && w[k+2] == 0x99 {
			// a curly apostrophe inside a word ("o’clock") looks up as a straight one
			buf[k] = '\''
			return lookupCurly(w, buf[:k+1], k+3)
		}
		buf[k] = c
	}
	if len(w) == 0 || !mayBeInLex(len(w), buf[0], buf[len(w)-1]) {
		return nil
	}
	return lex[string(buf[:len(w)])]
}

func lookupCurly(w string, prefix []byte, k int) *entry {
	var buf [maxWordKey]byte
	n := copy(buf[:], prefix)
	for ; k < len(w) && n < maxWordKey; k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return lex[string(buf[:n])]
}

// markSentences numbers the sentences: a line break starts one, and so does a
// full stop, question or exclamation mark followed by a capital, a digit or a
// quote, unless the stop ends an abbreviation or an initial.
func markSentences(text string, toks []token) {
	var sent int32
	next := -1 // index of the token that starts the next sentence
	for k := range toks {
		if k > 0 && (toks[k].nl || k == next) {
			sent++
		}
		toks[k].sent = sent
		t := &toks[k]
		if t.kind != tPunct || (t.r != '.' && t.r != '?' && t.r != '!' && t.r != '…') {
			continue
		}
		if t.r == '.' && k > 0 && !t.sp && isAbbrev(text, toks[k-1]) {
			continue
		}
		n := k + 1
		for n < len(toks) && toks[n].kind == tPunct && isCloser(toks[n].r) && !toks[n].sp {
			n++
		}
		if n >= len(toks) {
			continue
		}
		nt := &toks[n]
		if (nt.sp || nt.nl) && (nt.upper || nt.kind == tNum || (nt.kind == tPunct && isOpener(nt.r))) {
			next = n
		}
	}
}

func isCloser(r rune) bool {
	return r == '"' || r == '\'' || r == '”' || r == '’' || r == ')' || r == ']'
}

func isOpener(r rune) bool {
	return r == '"' || r == '“' || r == '‘' || r == '(' || r == '['
}

var abbrevs = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "mr": true, "mrs": true, "ms": true, "dr": true, "gov": true, "gen": true,
	"sen": true, "rep": true, "reps": true, "lt": true, "col": true, "sgt": true, "capt": true, "cmdr": true, "adm": true,
	"st": true, "mt": true, "ft": true, "no": true, "nos": true, "vol": true, "vs": true, "inc": true, "corp": true,
	"co": true, "ltd": true, "jr": true, "sr": true, "prof": true, "rev": true, "hon": true, "pres": true, "approx": true,
	"est": true, "dept": true, "univ": true, "ave": true, "blvd": true, "rd": true, "maj": true, "gens": true, "cpl": true,
	"pvt": true, "supt": true, "insp": true, "det": true, "u": true, "a": true, "p": true, "m": true, "e": true, "i": true,
}

// isAbbrev reports whether the word token t is an abbreviation or an initial, so
// that a full stop after it does not end a sentence.
func isAbbrev(text string, t token) bool {
	if t.kind != tWord {
		return false
	}
	w := text[t.s:t.e]
	if len(w) == 1 {
		return true
	}
	if len(w) > 5 {
		return false
	}
	var buf [5]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return abbrevs[string(buf[:len(w)])]
}
