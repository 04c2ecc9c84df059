package series

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"factline/timeline"
)

// The extractor marks restated values, increments and parts; where it gives no
// role the words around the number decide, so that "to six from nine" does
// not put nine back on the chart. These rules look only at grammar words.

type inferred struct {
	role   timeline.Role
	partOf int
	// near is the closest other figure of the sentence: a restated value or
	// an increment that names no measure counts what it does.
	near int
}

type token struct {
	text       string // lower case
	start, end int
	num        float64
	isNum      bool
	sentence   int
}

var changeWords = map[string]bool{
	"rose": true, "risen": true, "rise": true, "rising": true, "raised": true, "raising": true,
	"raise": true, "raises": true, "increased": true, "increase": true, "increasing": true,
	"climbed": true, "climb": true, "climbing": true, "jumped": true, "soared": true, "grew": true,
	"grown": true, "lowered": true, "lowering": true, "lower": true, "lowers": true,
	"reduced": true, "reducing": true, "revised": true, "revising": true, "fell": true,
	"fallen": true, "falling": true, "dropped": true, "dropping": true, "decreased": true,
	"cut": true, "corrected": true, "correcting": true, "updated": true, "up": true, "down": true,
	"bringing": true, "brought": true, "pushing": true, "lifted": true, "doubled": true,
	"now": true, "changed": true, "adjusted": true, "downgraded": true, "upgraded": true,
}

var earlierWords = map[string]bool{
	"earlier": true, "previous": true, "previously": true, "initial": true, "initially": true,
	"original": true, "originally": true, "prior": true,
}

var incrementAfter = map[string]bool{"more": true, "additional": true, "extra": true, "further": true}
var incrementBefore = map[string]bool{"another": true, "additional": true, "further": true, "extra": true}
var partBefore = map[string]bool{"including": true, "include": true, "includes": true, "included": true}

var numberValues = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "dozen": 12, "dozens": 24, "hundreds": 200, "thousands": 2000, "millions": 2000000,
	"scores": 40,
}

var scaleWords = map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

var abbreviations = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "gov": true, "sen": true,
	"rep": true, "gen": true, "col": true, "lt": true, "sgt": true, "dr": true, "mr": true,
	"mrs": true, "ms": true, "st": true, "mt": true, "jr": true, "sr": true, "inc": true,
	"corp": true, "co": true, "ltd": true, "no": true, "vs": true, "etc": true, "fig": true,
	"approx": true, "est": true, "dept": true, "univ": true, "ave": true, "capt": true, "cmdr": true,
}

// boundary reports whether the byte at i ends a sentence: a line break, or
// ".", "!" or "?" followed by a space, a quote or the end, where a "." does
// not end an abbreviation ("Jan.", "Gov.") or an initial.
func boundary(text string, i int) bool {
	c := text[i]
	if c == '\n' {
		return true
	}
	if c != '.' && c != '!' && c != '?' {
		return false
	}
	if n := i + 1; n < len(text) && text[n] != ' ' && text[n] != '\n' && text[n] != '"' && !strings.HasPrefix(text[n:], "”") {
		return false
	}
	if c == '.' {
		j := i
		for j > 0 && isASCIILetter(text[j-1]) {
			j--
		}
		if w := text[j:i]; len(w) == 1 || len(w) > 0 && len(w) <= 5 && abbreviations[lowerWord(w)] {
			return false
		}
	}
	return true
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// sentenceAround is the byte range of the sentence(s) holding [s, e).
func sentenceAround(text string, s, e int) (int, int) {
	a := s
	for a > 0 {
		k := strings.LastIndexAny(text[:a], ".!?\n")
		if k < 0 {
			a = 0
			break
		}
		if boundary(text, k) {
			a = k + 1
			break
		}
		a = k
	}
	b := e
	for b < len(text) {
		k := strings.IndexAny(text[b:], ".!?\n")
		if k < 0 {
			b = len(text)
			break
		}
		if boundary(text, b+k) {
			b += k + 1
			break
		}
		b += k + 1
	}
	return a, b
}

// tokenize appends the words and numbers of text[from:to] to toks, with their
// offsets in text; sentences are numbered from sent. "1,200" and "1.2" are one
// number each, and a number followed by a scale word one value.
func tokenize(toks []token, text, lower string, from, to, sent int) ([]token, int) {
	first := len(toks)
	i := from
	for i < to {
		c := text[i]
		switch {
		case c >= '0' && c <= '9':
			j := i
			for j < to {
				d := text[j]
				if d >= '0' && d <= '9' {
					j++
					continue
				}
				if (d == ',' || d == '.') && j+1 < to && text[j+1] >= '0' && text[j+1] <= '9' {
					j++
					continue
				}
				break
			}
			lit := text[i:j]
			if strings.IndexByte(lit, ',') >= 0 {
				lit = strings.ReplaceAll(lit, ",", "")
			}
			v, err := strconv.ParseFloat(lit, 64)
			toks = append(toks, token{text: text[i:j], start: i, end: j, num: v, isNum: err == nil, sentence: sent})
			i = j
		case c < utf8.RuneSelf && !isASCIILetter(c):
			if boundary(text, i) {
				sent++
			}
			i++
		default:
			r, n := rune(c), 1
			if c >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(text[i:])
			}
			if !unicode.IsLetter(r) {
				i += n
				continue
			}
			j := i + n
			for j < to {
				d := text[j]
				if isASCIILetter(d) || d == '-' {
					j++
					continue
				}
				if d < utf8.RuneSelf {
					break
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += n2
			}
			w := lower[i:j]
			t := token{text: w, start: i, end: j, sentence: sent}
			if len(w) >= 3 && len(w) <= 9 && strings.IndexByte("otfsenhdm", w[0]) >= 0 {
				if v, ok := numberValues[w]; ok {
					t.num, t.isNum = v, true
				}
			}
			toks = append(toks, t)
			i = j
		}
	}
	for k := first; k+1 < len(toks); k++ {
		if toks[k].isNum {
			if s, ok := scaleWords[toks[k+1].text]; ok {
				toks[k].num *= s
			}
		}
	}
	return toks, sent + 1
}

// span returns the figure's byte span in text, from its offsets when they
// are sound, else by finding its wording after from.
func span(text string, f *timeline.Figure, from int) (int, int) {
	if f.Start >= 0 && f.End > f.Start && f.End <= len(text) {
		return f.Start, f.End
	}
	if f.Text == "" || from > len(text) {
		return -1, -1
	}
	if k := strings.Index(text[from:], f.Text); k >= 0 {
		return from + k, from + k + len(f.Text)
	}
	if k := strings.Index(text, f.Text); k >= 0 {
		return k, k + len(f.Text)
	}
	return -1, -1
}

// numberToken finds the token that is the figure's number: the one in its
// span whose value is the figure's, else the span's first number.
func numberToken(toks []token, s, e int, f *timeline.Figure) int {
	first := -1
	k0, _ := slices.BinarySearchFunc(toks, s, func(t token, s int) int { return cmp.Compare(t.start, s) })
	for k := k0; k < len(toks); k++ {
		t := &toks[k]
		if t.end > e {
			break
		}
		if !t.isNum {
			continue
		}
		if first < 0 {
			first = k
		}
		if near(t.num, f.Value) || f.Low != nil && near(t.num, *f.Low) {
			return k
		}
	}
	return first
}

func near(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 0.005*math.Max(math.Abs(a), math.Abs(b))
}

// inferRoles reads the grammar around each figure's number. metric is each
// figure's measure, used to tell "two more bodies" (an increment) from "17
// killed and dozens more trapped" (a comparison with another measure); class
// keeps a part with a total of its own kind.
func inferRoles(text string, figs []timeline.Figure, metric []string, class []unitClass, scratch *[]token) []inferred {
	out := make([]inferred, len(figs))
	for i := range out {
		out[i].partOf, out[i].near = -1, -1
	}
	if text == "" {
		return out
	}
	// Only the sentences that hold figures are read.
	type rng struct{ s, e, a, b int }
	spans := make([]rng, len(figs))
	from := 0
	for i := range figs {
		s, e := span(text, &figs[i], from)
		spans[i] = rng{s: s, e: e, a: -1}
		if s < 0 {
			continue
		}
		from = s
		spans[i].a, spans[i].b = sentenceAround(text, s, e)
	}
	var ranges [][2]int
	for _, r := range spans {
		if r.a >= 0 {
			ranges = append(ranges, [2]int{r.a, r.b})
		}
	}
	slices.SortFunc(ranges, func(x, y [2]int) int { return cmp.Compare(x[0], y[0]) })
	lower := lowerSameLength(text)
	toks := (*scratch)[:0]
	defer func() { *scratch = toks[:0] }()
	sent := 0
	for k := 0; k < len(ranges); {
		a, b := ranges[k][0], ranges[k][1]
		for k++; k < len(ranges) && ranges[k][0] < b; k++ {
			b = max(b, ranges[k][1])
		}
		// A gap between ranges is a sentence break too.
		toks, sent = tokenize(toks, text, lower, a, b, sent+1)
	}
	at := make([]int, len(figs)) // each figure's number token, or -1
	for i := range figs {
		at[i] = -1
		if spans[i].s >= 0 {
			at[i] = numberToken(toks, spans[i].s, spans[i].e, &figs[i])
		}
	}
	word := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return toks[k].text
	}
	for i := range figs {
		k := at[i]
		if k < 0 {
			continue
		}
		sent := toks[k].sentence
		out[i].near = nearest(at, toks, i)
		next := k + 1
		if _, ok := scaleWords[word(next)]; ok {
			next++
		}
		prev := word(k - 1)
		if k > 0 && toks[k-1].sentence != sent {
			prev = ""
		}
		switch {
		case prev == "from" && sentenceHas(toks, k, func(t *token) bool { return changeWords[t.text] }):
			out[i].role = timeline.RoleRestated
		case earlierBefore(toks, k, sent) && sentenceHas(toks, k, func(t *token) bool { return t.isNum && t.start != toks[k].start }):
			out[i].role = timeline.RoleRestated
		case (incrementAfter[word(next)] && word(next+1) != "than" || incrementBefore[prev]) && !comparative(figs, at, toks, i, metric):
			out[i].role = timeline.RoleIncrement
		case partBefore[prev] || prev == "them" && word(k-2) == "among" ||
			word(next) == "of" && (word(next+1) == "whom" || word(next+1) == "them" || word(next+1) == "which"):
			if j := totalBefore(figs, at, toks, i, class, out); j >= 0 {
				out[i].role, out[i].partOf = timeline.RolePart, j
			}
		case prev == "and":
			// "including four killed by trees and two who drowned": the
			// second part is coordinated with the first.
			j := previousFigure(at, toks, i)
			if j < 0 {
				break
			}
			total := -1
			if figs[j].PartOf >= 0 && figs[j].PartOf < len(figs) && figs[j].PartOf != j {
				total = figs[j].PartOf
			} else if out[j].role == timeline.RolePart {
				total = out[j].partOf
			}
			if total >= 0 && total != i && class[total] == class[i] {
				out[i].role, out[i].partOf = timeline.RolePart, total
			}
		}
	}
	return out
}

// sentenceHas looks through the sentence of token k.
func sentenceHas(toks []token, k int, pred func(*token) bool) bool {
	sent := toks[k].sentence
	for j := k; j >= 0 && toks[j].sentence == sent; j-- {
		if pred(&toks[j]) {
			return true
		}
	}
	for j := k + 1; j < len(toks) && toks[j].sentence == sent; j++ {
		if pred(&toks[j]) {
			return true
		}
	}
	return false
}

func earlierBefore(toks []token, k, sent int) bool {
	for d := 1; d <= 3 && k-d >= 0; d++ {
		if toks[k-d].sentence != sent {
			return false
		}
		if earlierWords[toks[k-d].text] {
			return true
		}
	}
	return false
}

// comparative reports whether an earlier figure of the same sentence counts
// something else, so that "more" compares rather than adds.
func comparative(figs []timeline.Figure, at []int, toks []token, i int, metric []string) bool {
	sent := toks[at[i]].sentence
	for j := 0; j < len(figs); j++ {
		if j == i || at[j] < 0 || at[j] >= at[i] || toks[at[j]].sentence != sent {
			continue
		}
		if metric[j] != metric[i] {
			return true
		}
	}
	return false
}

// totalBefore finds the total a part belongs to: the nearest earlier figure
// of the same sentence and kind that is not itself a part.
func totalBefore(figs []timeline.Figure, at []int, toks []token, i int, class []unitClass, out []inferred) int {
	sent := toks[at[i]].sentence
	best := -1
	for j := range figs {
		if j == i || at[j] < 0 || at[j] >= at[i] || toks[at[j]].sentence != sent || class[j] != class[i] {
			continue
		}
		if out[j].role == timeline.RolePart || figs[j].PartOf >= 0 && figs[j].PartOf != j && figs[j].PartOf < len(figs) {
			continue
		}
		if best < 0 || at[j] > at[best] {
			best = j
		}
	}
	return best
}

func previousFigure(at []int, toks []token, i int) int {
	best := -1
	for j := range at {
		if j == i || at[j] < 0 || at[j] >= at[i] || toks[at[j]].sentence != toks[at[i]].sentence {
			continue
		}
		if best < 0 || at[j] > at[best] {
			best = j
		}
	}
	return best
}

func nearest(at []int, toks []token, i int) int {
	best, dist := -1, 0
	for j := range at {
		if j == i || at[j] < 0 || toks[at[j]].sentence != toks[at[i]].sentence {
			continue
		}
		d := at[j] - at[i]
		if d < 0 {
			d = -d
		}
		if best < 0 || d < dist {
			best, dist = j, d
		}
	}
	return best
}

// lowerWord lower-cases a word, without allocating when it already is.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(w)
		}
	}
	return w
}

// lowerSameLength lower-cases text where that keeps every byte offset (all
// of ASCII and most letters), so that one conversion serves every word.
func lowerSameLength(text string) string {
	var b []byte
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				if b == nil {
					b = []byte(text)
				}
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if l := unicode.ToLower(r); l != r && utf8.RuneLen(l) == n {
			if b == nil {
				b = []byte(text)
			}
			utf8.EncodeRune(b[i:], l)
		}
		i += n
	}
	if b == nil {
		return text
	}
	return string(b)
}
