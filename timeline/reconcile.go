package timeline

import (
	"hash/fnv"
	"math"
	"sort"
	"strings"
	"unicode"
)

// MatchStatus says what a re-import found for one incoming event.
type MatchStatus string

const (
	// MatchNew: no stored event is this block.
	MatchNew MatchStatus = "new"
	// MatchUnchanged: a stored event is this block, with the same headline and
	// text (up to spacing, quote style and dashes).
	MatchUnchanged MatchStatus = "unchanged"
	// MatchRevised: a stored event is this block and its wording changed.
	MatchRevised MatchStatus = "revised"
)

// MatchRule says which rule paired an incoming event with a stored one.
type MatchRule string

const (
	MatchByKey     MatchRule = "key"
	MatchByText    MatchRule = "text"
	MatchBySimilar MatchRule = "similar"
)

// SimilarityThreshold is the least word-shingle Jaccard similarity at which an
// edited block is taken for the stored block it revises. Below it the edit is
// treated as a new block: a wrong "revised" would hide a real update inside an
// old one's history, which is worse than showing an edit as a new event.
const SimilarityThreshold = 0.5

// shingleWords is the shingle length: three-word shingles keep the credit
// lines and date phrases that many captions share from making unrelated
// captions look alike, while an appended sentence or a corrected word still
// leaves an edited block well above the threshold.
const shingleWords = 3

// maxKeyPairs bounds the pairs of one key scored by similarity.
const maxKeyPairs = 4096

// Match is the verdict for one incoming event.
type Match struct {
	Status MatchStatus
	// Stored is the index of the matched event in the stored slice, -1 for new.
	Stored int
	// By is the rule that matched ("" for new).
	By MatchRule
}

// Reconcile pairs the events of a re-imported document with a story's stored
// events, so that re-importing a newer copy of a live page adds its new blocks,
// revises its edited ones and never duplicates one. stored is the story's
// events in story order, incoming the document's in document order; the
// result has one Match per incoming event. Each stored event is matched at
// most once. Rules, in order:
//
//  1. Key: events with the same non-empty Key are the same block. Keys may
//     repeat (time-stamp keys of two blocks posted the same minute), so within
//     one key identical texts pair first, then the most similar texts.
//  2. Text: identical normalised headline and text, in document order (so a
//     repeated caption pairs with the stored repeat, not the stored original).
//  3. Similarity: word-shingle Jaccard ≥ SimilarityThreshold between events of
//     the same kind, greedily best-first. Two events that both carry keys are
//     never paired this way: their keys differ, and near-identical blocks with
//     their own ids ("toll rises to 12", "toll rises to 15") are common.
func Reconcile(stored, incoming []Event) []Match {
	out := make([]Match, len(incoming))
	for i := range out {
		out[i] = Match{Status: MatchNew, Stored: -1}
	}
	used := make([]bool, len(stored))
	sNorm := make([]string, len(stored))
	for i := range stored {
		sNorm[i] = identityText(&stored[i])
	}
	iNorm := make([]string, len(incoming))
	for i := range incoming {
		iNorm[i] = identityText(&incoming[i])
	}
	sSh := make([][]uint64, len(stored))
	iSh := make([][]uint64, len(incoming))
	shS := func(s int) []uint64 {
		if sSh[s] == nil {
			sSh[s] = shingles(&stored[s])
		}
		return sSh[s]
	}
	shI := func(i int) []uint64 {
		if iSh[i] == nil {
			iSh[i] = shingles(&incoming[i])
		}
		return iSh[i]
	}
	assign := func(i, s int, by MatchRule) {
		used[s] = true
		out[i] = Match{Status: MatchRevised, Stored: s, By: by}
		if iNorm[i] == sNorm[s] {
			out[i].Status = MatchUnchanged
		}
	}

	// 1. Keys.
	byKey := map[string][]int{}
	for s := range stored {
		if k := stored[s].Key; k != "" {
			byKey[k] = append(byKey[k], s)
		}
	}
	var keyOrder []string
	inByKey := map[string][]int{}
	for i := range incoming {
		k := incoming[i].Key
		if k == "" || byKey[k] == nil {
			continue
		}
		if inByKey[k] == nil {
			keyOrder = append(keyOrder, k)
		}
		inByKey[k] = append(inByKey[k], i)
	}
	for _, k := range keyOrder {
		ins, sts := inByKey[k], byKey[k]
		if len(ins) == 1 && len(sts) == 1 {
			assign(ins[0], sts[0], MatchByKey)
			continue
		}
		// A key shared by very many blocks (a day-only stamp) is weak
		// evidence and scoring every pair would be quadratic: there the
		// texts are compared for identity only, and the rest pair in order.
		if len(ins)*len(sts) > maxKeyPairs {
			free := map[string][]int{}
			for _, s := range sts {
				free[sNorm[s]] = append(free[sNorm[s]], s)
			}
			var rest []int
			for _, i := range ins {
				if q := free[iNorm[i]]; len(q) > 0 {
					free[iNorm[i]] = q[1:]
					assign(i, q[0], MatchByKey)
				} else {
					rest = append(rest, i)
				}
			}
			k := 0
			for _, i := range rest {
				for k < len(sts) && used[sts[k]] {
					k++
				}
				if k == len(sts) {
					break
				}
				assign(i, sts[k], MatchByKey)
			}
			continue
		}
		var ps []pair
		for _, i := range ins {
			for _, s := range sts {
				score := 2.0 // identical texts before any similarity
				if iNorm[i] != sNorm[s] {
					score = jaccard(shI(i), shS(s))
				}
				ps = append(ps, pair{i: i, s: s, score: score})
			}
		}
		greedy(ps, out, used, func(i, s int) { assign(i, s, MatchByKey) })
	}

	// 2. Identical text.
	byText := map[string][]int{}
	for s := range stored {
		if !used[s] {
			byText[sNorm[s]] = append(byText[sNorm[s]], s)
		}
	}
	for i := range incoming {
		if out[i].Stored >= 0 {
			continue
		}
		q := byText[iNorm[i]]
		if len(q) == 0 {
			continue
		}
		byText[iNorm[i]] = q[1:]
		assign(i, q[0], MatchByText)
	}

	// 3. Similarity.
	var freeS, freeI []int
	for s := range stored {
		if !used[s] {
			freeS = append(freeS, s)
		}
	}
	for i := range incoming {
		if out[i].Stored < 0 {
			freeI = append(freeI, i)
		}
	}
	ps := similarPairs(freeS, freeI, shS, shI, func(s, i int) bool {
		return stored[s].Kind == incoming[i].Kind && (stored[s].Key == "" || incoming[i].Key == "")
	})
	greedy(ps, out, used, func(i, s int) { assign(i, s, MatchBySimilar) })
	return out
}

// similarPairs finds the pairs of a stored and an incoming event whose
// shingle sets have a Jaccard similarity of at least SimilarityThreshold,
// without scoring every pair: by the prefix-filtering principle, two sets
// that similar share at least one shingle among the first
// |x| - ceil(t·|x|) + 1 of each, when shingles are ordered rarest first.
// Only pairs sharing such a prefix shingle are scored, so live pages made of
// look-alike blocks stay cheap to reconcile.
func similarPairs(freeS, freeI []int, shS, shI func(int) []uint64, eligible func(s, i int) bool) []pair {
	if len(freeS) == 0 || len(freeI) == 0 {
		return nil
	}
	freq := map[uint64]int{}
	for _, s := range freeS {
		for _, h := range shS(s) {
			freq[h]++
		}
	}
	for _, i := range freeI {
		for _, h := range shI(i) {
			freq[h]++
		}
	}
	prefix := func(set []uint64) []uint64 {
		n := len(set) - int(math.Ceil(SimilarityThreshold*float64(len(set)))) + 1
		if len(set) == 0 || n <= 0 {
			return nil
		}
		p := append([]uint64(nil), set...)
		sort.Slice(p, func(a, b int) bool {
			if fa, fb := freq[p[a]], freq[p[b]]; fa != fb {
				return fa < fb
			}
			return p[a] < p[b]
		})
		return p[:min(n, len(p))]
	}
	index := map[uint64][]int{}
	for _, s := range freeS {
		for _, h := range prefix(shS(s)) {
			index[h] = append(index[h], s)
		}
	}
	var ps []pair
	seen := map[int]int{}
	for _, i := range freeI {
		a := shI(i)
		for _, h := range prefix(a) {
			for _, s := range index[h] {
				if seen[s] == i+1 {
					continue
				}
				seen[s] = i + 1
				if !eligible(s, i) {
					continue
				}
				if j := jaccard(a, shS(s)); j >= SimilarityThreshold {
					ps = append(ps, pair{i: i, s: s, score: j})
				}
			}
		}
	}
	return ps
}

type pair struct {
	i, s  int
	score float64
}

// greedy takes pairs best-first (ties in document order) while both ends are
// free.
func greedy(ps []pair, out []Match, used []bool, take func(i, s int)) {
	sort.Slice(ps, func(a, b int) bool {
		if ps[a].score != ps[b].score {
			return ps[a].score > ps[b].score
		}
		if ps[a].i != ps[b].i {
			return ps[a].i < ps[b].i
		}
		return ps[a].s < ps[b].s
	})
	for _, p := range ps {
		if out[p.i].Stored >= 0 || used[p.s] {
			continue
		}
		take(p.i, p.s)
	}
}

var identityFold = strings.NewReplacer("“", "\"", "”", "\"", "‘", "'", "’", "'", "—", "-", "–", "-", "\u00a0", " ")

// identityText is what must be equal for a block to count as unchanged: case
// and words as written (a corrected capital is an edit), but not spacing,
// quote style or dash style, which publishing systems change on their own.
func identityText(e *Event) string {
	h := strings.Join(strings.Fields(identityFold.Replace(e.Headline)), " ")
	t := strings.Join(strings.Fields(identityFold.Replace(e.Text)), " ")
	return h + "\x00" + t
}

// shingles returns the sorted, distinct hashes of the event's word shingles
// (lower-cased words of headline and text, punctuation dropped).
func shingles(e *Event) []uint64 {
	words := strings.FieldsFunc(strings.ToLower(e.Headline+" "+e.Text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	k := min(shingleWords, len(words))
	if k == 0 {
		return []uint64{}
	}
	hs := make([]uint64, 0, len(words)-k+1)
	h := fnv.New64a()
	for i := 0; i+k <= len(words); i++ {
		h.Reset()
		for _, w := range words[i : i+k] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		hs = append(hs, h.Sum64())
	}
	sort.Slice(hs, func(a, b int) bool { return hs[a] < hs[b] })
	n := 0
	for i, v := range hs {
		if i == 0 || v != hs[n-1] {
			hs[n] = v
			n++
		}
	}
	return hs[:n]
}

// jaccard of two sorted distinct sets.
func jaccard(a, b []uint64) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

// Placement is one slot of a story's order after an import: an incoming event
// (Stored is its match, or -1 when new), or a stored event the import did not
// contain (Incoming -1).
type Placement struct {
	Incoming int
	Stored   int
}

// MergeOrder is the story's document order after an import: the incoming
// document's order, with each stored event the document no longer holds kept
// right after the stored event that preceded it (live pages drop old blocks;
// those stay where they were). stored events are indexed in story order.
func MergeOrder(nStored int, matches []Match) []Placement {
	matchedBy := make([]int, nStored)
	for s := range matchedBy {
		matchedBy[s] = -1
	}
	for i, m := range matches {
		if m.Stored >= 0 && m.Stored < nStored {
			matchedBy[m.Stored] = i
		}
	}
	var front []int
	after := make(map[int][]int)
	last := -1
	for s := 0; s < nStored; s++ {
		if matchedBy[s] >= 0 {
			last = matchedBy[s]
			continue
		}
		if last < 0 {
			front = append(front, s)
		} else {
			after[last] = append(after[last], s)
		}
	}
	out := make([]Placement, 0, nStored+len(matches))
	for _, s := range front {
		out = append(out, Placement{Incoming: -1, Stored: s})
	}
	for i, m := range matches {
		out = append(out, Placement{Incoming: i, Stored: m.Stored})
		for _, s := range after[i] {
			out = append(out, Placement{Incoming: -1, Stored: s})
		}
	}
	return out
}

// TimelineOrder returns the indexes of times (given in document order) in
// timeline order. An event is placed only as precisely as its time is known:
// events of unknown time keep their document slot; the others are ordered by
// calendar date (in the source's zone) and, within one date, minute-precision
// events by instant among the slots of that date's minute events, while
// day-precision events keep their place among that date's events. Ties keep
// document order. So a page's captions stay beside their updates and two
// parts of a paste fall in date order.
func TimelineOrder(times []When) []int {
	out := make([]int, len(times))
	var known []int
	for i, w := range times {
		out[i] = i
		if !w.IsZero() {
			known = append(known, i)
		}
	}
	byDate := append([]int(nil), known...)
	sort.SliceStable(byDate, func(a, b int) bool {
		return times[byDate[a]].Date().Before(times[byDate[b]].Date())
	})
	for lo := 0; lo < len(byDate); {
		hi := lo + 1
		d := times[byDate[lo]].Date()
		for hi < len(byDate) && times[byDate[hi]].Date().Equal(d) {
			hi++
		}
		group := byDate[lo:hi]
		var slots, minutes []int
		for k, i := range group {
			if times[i].Precision == PrecisionMinute {
				slots = append(slots, k)
				minutes = append(minutes, i)
			}
		}
		sort.SliceStable(minutes, func(a, b int) bool {
			return times[minutes[a]].At.Before(times[minutes[b]].At)
		})
		for n, k := range slots {
			group[k] = minutes[n]
		}
		lo = hi
	}
	for n, i := range known {
		out[i] = byDate[n]
	}
	return out
}
