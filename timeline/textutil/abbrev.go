package textutil

// AbbrevClass says how an abbreviation with a period behaves at a possible
// sentence end.
type AbbrevClass uint8

const (
	NotAbbrev AbbrevClass = iota
	// AbbrevTitle never ends a sentence: "Gov. Ana Ruiz", "Dr. Ode".
	AbbrevTitle
	// AbbrevBeforeNumber does not end a sentence before a number: "Jan. 14",
	// "No. 3"; elsewhere its period may end one.
	AbbrevBeforeNumber
	// AbbrevInitial is a single capital: "John F. Kennedy".
	AbbrevInitial
	// AbbrevFlexible may end a sentence ("... deported from the U.S. The
	// talks ..."): it does when a usual sentence opener follows.
	AbbrevFlexible
	// AbbrevClock is a.m. or p.m.: it ends a sentence unless a day, month or
	// time zone follows.
	AbbrevClock
)

// abbrevs maps the lower-case abbreviation, without its final period, to its
// class. Dotted forms (U.S., a.m.) are recognised by shape.
var abbrevs = map[string]AbbrevClass{
	"mr": AbbrevTitle, "mrs": AbbrevTitle, "ms": AbbrevTitle, "dr": AbbrevTitle, "gov": AbbrevTitle,
	"sen": AbbrevTitle, "rep": AbbrevTitle, "reps": AbbrevTitle, "sens": AbbrevTitle, "gen": AbbrevTitle,
	"lt": AbbrevTitle, "col": AbbrevTitle, "maj": AbbrevTitle, "sgt": AbbrevTitle, "capt": AbbrevTitle,
	"cpt": AbbrevTitle, "adm": AbbrevTitle, "rev": AbbrevTitle, "prof": AbbrevTitle, "hon": AbbrevTitle,
	"pres": AbbrevTitle, "supt": AbbrevTitle, "insp": AbbrevTitle, "det": AbbrevTitle, "cmdr": AbbrevTitle,
	"atty": AbbrevTitle, "amb": AbbrevTitle, "fr": AbbrevTitle, "msgr": AbbrevTitle, "lt.col": AbbrevTitle,
	"cpl": AbbrevTitle, "pvt": AbbrevTitle, "brig": AbbrevTitle, "gens": AbbrevTitle, "govs": AbbrevTitle,
	"st": AbbrevTitle, "mt": AbbrevTitle, "ft": AbbrevTitle, "messrs": AbbrevTitle, "mme": AbbrevTitle,

	"jan": AbbrevBeforeNumber, "feb": AbbrevBeforeNumber, "mar": AbbrevBeforeNumber, "apr": AbbrevBeforeNumber,
	"jun": AbbrevBeforeNumber, "jul": AbbrevBeforeNumber, "aug": AbbrevBeforeNumber, "sep": AbbrevBeforeNumber,
	"sept": AbbrevBeforeNumber, "oct": AbbrevBeforeNumber, "nov": AbbrevBeforeNumber, "dec": AbbrevBeforeNumber,
	"no": AbbrevBeforeNumber, "nos": AbbrevBeforeNumber, "vol": AbbrevBeforeNumber, "art": AbbrevBeforeNumber,
	"fig": AbbrevBeforeNumber, "pp": AbbrevBeforeNumber, "approx": AbbrevBeforeNumber, "est": AbbrevBeforeNumber,

	"inc": AbbrevFlexible, "corp": AbbrevFlexible, "co": AbbrevFlexible, "ltd": AbbrevFlexible,
	"jr": AbbrevFlexible, "sr": AbbrevFlexible, "etc": AbbrevFlexible, "vs": AbbrevFlexible,
	"bros": AbbrevFlexible, "dept": AbbrevFlexible, "assn": AbbrevFlexible, "ave": AbbrevFlexible,
	"blvd": AbbrevFlexible, "rd": AbbrevFlexible, "plc": AbbrevFlexible, "llc": AbbrevFlexible,
}

// isAbbrevWord reports whether a word followed by a period keeps the period.
func isAbbrevWord(w string) bool {
	if len(w) == 1 {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	if len(w) > 6 {
		return false
	}
	_, ok := abbrevs[lowerASCIIString(w)]
	return ok
}

// Abbreviation classifies a word token's text (with or without its period).
func Abbreviation(w string) AbbrevClass {
	if n := len(w); n > 0 && w[n-1] == '.' {
		w = w[:n-1]
	}
	if w == "" {
		return NotAbbrev
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return AbbrevInitial
	}
	lw := lowerASCIIString(w)
	if lw == "a.m" || lw == "p.m" {
		return AbbrevClock
	}
	if c, ok := abbrevs[lw]; ok {
		return c
	}
	for i := 0; i < len(w); i++ {
		if w[i] == '.' {
			return AbbrevFlexible // U.S, U.N, D.C
		}
	}
	return NotAbbrev
}

// sentenceOpeners are the words that usually open a sentence: after a flexible
// abbreviation they mean its period also ended the sentence.
var sentenceOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "it": true, "he": true,
	"she": true, "they": true, "we": true, "i": true, "but": true, "and": true, "or": true, "so": true,
	"this": true, "that": true, "these": true, "those": true, "there": true, "his": true, "her": true,
	"its": true, "their": true, "our": true, "after": true, "before": true, "when": true, "while": true,
	"as": true, "if": true, "despite": true, "however": true, "meanwhile": true, "later": true,
	"earlier": true, "since": true, "although": true, "though": true, "for": true, "with": true,
	"by": true, "from": true, "to": true, "what": true, "who": true, "why": true, "how": true,
	"many": true, "some": true, "most": true, "both": true, "all": true, "yet": true, "still": true,
	"also": true, "officials": true, "police": true, "no": true, "during": true, "about": true,
	"more": true, "nearly": true, "several": true, "each": true, "every": true, "one": true, "two": true,
	"three": true, "mr": true, "mrs": true, "ms": true,
}

// IsSentenceOpener reports whether a lower-case word usually opens a sentence.
func IsSentenceOpener(lw string) bool { return sentenceOpeners[lw] }

// speechTags are the verbs of a speech tag after a quotation that ends with a
// question or exclamation mark: `"Why now?" she asked.` is one sentence.
var speechTags = map[string]bool{
	"said": true, "says": true, "asked": true, "asks": true, "told": true, "added": true, "wrote": true,
	"shouted": true, "replied": true, "yelled": true, "cried": true, "exclaimed": true, "wondered": true,
	"tweeted": true, "posted": true, "continued": true, "recalled": true, "explained": true,
	"insisted": true, "argued": true, "warned": true, "noted": true, "declared": true, "responded": true,
	"demanded": true, "chanted": true, "screamed": true, "joked": true, "quipped": true, "pleaded": true,
}

// IsSpeechTag reports whether lw is a verb that tags a quotation.
func IsSpeechTag(lw string) bool { return speechTags[lw] }

// clockFollowers keep "10 a.m." and the next word in one sentence.
var clockFollowers = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "jan": true, "january": true, "feb": true, "february": true, "march": true, "april": true,
	"may": true, "june": true, "july": true, "aug": true, "august": true, "sept": true, "september": true,
	"oct": true, "october": true, "nov": true, "november": true, "dec": true, "december": true,
	"et": true, "est": true, "edt": true, "ct": true, "cst": true, "cdt": true, "mt": true, "mst": true,
	"pt": true, "pst": true, "pdt": true, "gmt": true, "utc": true, "local": true, "eastern": true,
	"pacific": true, "central": true, "mountain": true, "today": true, "tomorrow": true,
}
