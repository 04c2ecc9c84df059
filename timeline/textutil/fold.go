package textutil

import (
	"strings"
	"unicode/utf8"
)

// LowerASCII lower-cases the ASCII letters of s and leaves every other byte,
// so byte offsets into the result are offsets into s. It allocates only when s
// has an upper-case ASCII letter.
func LowerASCII(s string) string { return lowerASCIIString(s) }

func lowerASCIIString(s string) string {
	i := 0
	for i < len(s) && !(s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if c := b[i]; c-'A' < 26 {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// quoteFolder maps typographic quotes, apostrophes and dashes to ASCII.
var quoteFolder = strings.NewReplacer(
	"“", `"`, "”", `"`, "„", `"`, "‟", `"`, "«", `"`, "»", `"`,
	"‘", "'", "’", "'", "‚", "'", "‛", "'", "′", "'",
	"—", "-", "–", "-", "‐", "-", "‑", "-", "\u00a0", " ",
)

// FoldQuotes replaces curly quotes and apostrophes with straight ones and long
// dashes with a hyphen. Offsets change; use it for comparing and keys, not for
// spans.
func FoldQuotes(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return quoteFolder.Replace(s)
		}
	}
	return s
}

// Normalize folds quotes and dashes, lower-cases ASCII and collapses runs of
// white space: the form to compare two wordings of the same text.
func Normalize(s string) string {
	s = LowerASCII(FoldQuotes(s))
	return strings.Join(strings.Fields(s), " ")
}

// IsUpperStart reports whether s starts with an upper-case ASCII letter.
func IsUpperStart(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// TrimPossessive drops a trailing "'s", "’s" or plural "'" from a word.
func TrimPossessive(s string) string {
	switch {
	case strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "'S"):
		return s[:len(s)-2]
	case strings.HasSuffix(s, "’s"):
		return s[:len(s)-len("’s")]
	case strings.HasSuffix(s, "s'"):
		return s[:len(s)-1]
	case strings.HasSuffix(s, "s’"):
		return s[:len(s)-len("’")]
	}
	return s
}
