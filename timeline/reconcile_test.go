package timeline

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

func ev(kind Kind, key, headline, text string) Event {
	return Event{Kind: kind, Key: key, Headline: headline, Text: text}
}

func up(text string) Event           { return ev(KindUpdate, "", "", text) }
func upKey(key, text string) Event   { return ev(KindUpdate, key, "", text) }
func caption(text string) Event      { return ev(KindCaption, "", "", text) }
func headed(head, text string) Event { return ev(KindUpdate, "", head, text) }

const (
	ferry  = "The harbour authority said the ferry to Lindholm would not sail before noon because of high winds on the strait."
	ferry2 = "The harbour authority said the ferry to Lindholm would not sail before noon because of high winds on the strait. Passengers were offered hotel rooms."
	bridge = "Engineers closed the old river bridge after inspectors found cracks in two of its supporting piers on Tuesday."
	school = "Schools in the northern district will stay shut for a second day, the education board said in a short statement."
	toll12 = "Rescuers said the number of people missing after the landslide in the valley had risen to 12 by the evening."
	toll15 = "Rescuers said the number of people missing after the landslide in the valley had risen to 15 by the evening."
	credit = "A resident walks past a flooded street in the old town on Monday, March 3, 2031. (Photo by Staff)"
	credB  = "Volunteers stack sandbags near the railway station on Monday, March 3, 2031. (Photo by Staff)"
)

func TestReconcile(t *testing.T) {
	type want struct {
		status MatchStatus
		stored int
		by     MatchRule
	}
	n := want{MatchNew, -1, ""}
	tests := []struct {
		name     string
		stored   []Event
		incoming []Event
		want     []want
	}{
		{
			name:     "empty story: all new",
			incoming: []Event{up(ferry), up(bridge)},
			want:     []want{n, n},
		},
		{
			name:     "same text, other order and spacing",
			stored:   []Event{up(ferry), up(bridge)},
			incoming: []Event{up(bridge + "  "), up(strings.ReplaceAll(ferry, " ", "\n"))},
			want:     []want{{MatchUnchanged, 1, MatchByText}, {MatchUnchanged, 0, MatchByText}},
		},
		{
			name:     "curly quotes and dashes are not edits",
			stored:   []Event{up(`He said "no" - twice.`)},
			incoming: []Event{up("He said “no” — twice.")},
			want:     []want{{MatchUnchanged, 0, MatchByText}},
		},
		{
			name:     "a changed capital is an edit",
			stored:   []Event{up(bridge)},
			incoming: []Event{up(strings.Replace(bridge, "Engineers", "engineers", 1))},
			want:     []want{{MatchRevised, 0, MatchBySimilar}},
		},
		{
			name:     "appended sentence is a revision",
			stored:   []Event{up(ferry), up(bridge)},
			incoming: []Event{up(ferry2), up(bridge), up(school)},
			want:     []want{{MatchRevised, 0, MatchBySimilar}, {MatchUnchanged, 1, MatchByText}, n},
		},
		{
			name:     "headline change is a revision",
			stored:   []Event{headed("Ferry delayed", ferry)},
			incoming: []Event{headed("Ferry cancelled", ferry)},
			want:     []want{{MatchRevised, 0, MatchBySimilar}},
		},
		{
			name:     "rewritten block is new, the old one stays unmatched",
			stored:   []Event{up(ferry)},
			incoming: []Event{up(school)},
			want:     []want{n},
		},
		{
			name:     "key wins over text",
			stored:   []Event{upKey("#a", ferry), upKey("#b", bridge)},
			incoming: []Event{upKey("#b", school), upKey("#a", ferry)},
			want:     []want{{MatchRevised, 1, MatchByKey}, {MatchUnchanged, 0, MatchByKey}},
		},
		{
			name:     "different keys with identical text still match by text",
			stored:   []Event{upKey("t:2031-03-03T09:00:00Z", ferry)},
			incoming: []Event{upKey("t:2031-03-03T09:05:00Z", ferry)},
			want:     []want{{MatchUnchanged, 0, MatchByText}},
		},
		{
			name:     "different keys never match by similarity",
			stored:   []Event{upKey("#u1", toll12)},
			incoming: []Event{upKey("#u2", toll15)},
			want:     []want{n},
		},
		{
			name:     "similarity when one side has no key",
			stored:   []Event{up(toll12)},
			incoming: []Event{upKey("#u2", toll15)},
			want:     []want{{MatchRevised, 0, MatchBySimilar}},
		},
		{
			name:     "repeated stamp key: identical first, then most similar",
			stored:   []Event{upKey("t:x", ferry), upKey("t:x", bridge)},
			incoming: []Event{upKey("t:x", bridge+" Traffic was diverted."), upKey("t:x", ferry), upKey("t:x", school)},
			want:     []want{{MatchRevised, 1, MatchByKey}, {MatchUnchanged, 0, MatchByKey}, n},
		},
		{
			name:     "repeated captions pair in order",
			stored:   []Event{caption(credit), up(ferry), caption(credit)},
			incoming: []Event{caption(credit), up(ferry), caption(credit), caption(credit)},
			want:     []want{{MatchUnchanged, 0, MatchByText}, {MatchUnchanged, 1, MatchByText}, {MatchUnchanged, 2, MatchByText}, n},
		},
		{
			name:     "captions sharing a credit line are different photos",
			stored:   []Event{caption(credit)},
			incoming: []Event{caption(credB)},
			want:     []want{n},
		},
		{
			name:     "similar text of another kind is not a revision",
			stored:   []Event{caption(ferry)},
			incoming: []Event{up(ferry2)},
			want:     []want{n},
		},
		{
			name:     "best pair first, each stored event once",
			stored:   []Event{up(toll12)},
			incoming: []Event{up(toll15), up(toll12 + " Two dogs were found.")},
			want:     []want{n, {MatchRevised, 0, MatchBySimilar}},
		},
		{
			name:     "empty texts pair only with empty texts",
			stored:   []Event{up(""), up(ferry)},
			incoming: []Event{up(ferry), up("")},
			want:     []want{{MatchUnchanged, 1, MatchByText}, {MatchUnchanged, 0, MatchByText}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Reconcile(tt.stored, tt.incoming)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d matches, want %d", len(got), len(tt.want))
			}
			for i, w := range tt.want {
				if got[i].Status != w.status || got[i].Stored != w.stored || got[i].By != w.by {
					t.Errorf("incoming %d: got %+v, want %+v", i, got[i], w)
				}
			}
		})
	}
}

// Every stored event is matched at most once, whatever the input.
func TestReconcileOneToOne(t *testing.T) {
	var stored, incoming []Event
	for i := range 60 {
		text := fmt.Sprintf("%s Item %d of the list.", []string{ferry, bridge, school, toll12}[i%4], i%7)
		stored = append(stored, up(text))
		incoming = append(incoming, up(text+" More."))
		incoming = append(incoming, up(text))
	}
	seen := map[int]bool{}
	for i, m := range Reconcile(stored, incoming) {
		if m.Stored < 0 {
			if m.Status != MatchNew {
				t.Errorf("incoming %d: status %s without a stored event", i, m.Status)
			}
			continue
		}
		if seen[m.Stored] {
			t.Errorf("stored %d matched twice", m.Stored)
		}
		seen[m.Stored] = true
	}
	if len(seen) != len(stored) {
		t.Errorf("matched %d of %d stored events", len(seen), len(stored))
	}
}

func TestMergeOrder(t *testing.T) {
	m := func(s int) Match {
		if s < 0 {
			return Match{Status: MatchNew, Stored: -1}
		}
		return Match{Status: MatchUnchanged, Stored: s}
	}
	tests := []struct {
		name    string
		nStored int
		matches []Match
		want    []Placement
	}{
		{"first import", 0, []Match{m(-1), m(-1)}, []Placement{{0, -1}, {1, -1}}},
		{"appended at the end", 2, []Match{m(0), m(1), m(-1)}, []Placement{{0, 0}, {1, 1}, {2, -1}}},
		{"newest first page", 2, []Match{m(-1), m(0), m(1)}, []Placement{{0, -1}, {1, 0}, {2, 1}}},
		{"dropped block keeps its place", 3, []Match{m(0), m(2)}, []Placement{{0, 0}, {-1, 1}, {1, 2}}},
		{"dropped first block stays first", 2, []Match{m(-1), m(1)}, []Placement{{-1, 0}, {0, -1}, {1, 1}}},
		{"unrelated page appended after the story", 2, []Match{m(-1)}, []Placement{{-1, 0}, {-1, 1}, {0, -1}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := MergeOrder(tt.nStored, tt.matches)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestTimelineOrder(t *testing.T) {
	est := time.FixedZone("EST", -5*3600)
	min := func(h, m int) When { return Minute(time.Date(2031, 3, 3, h, m, 0, 0, est), "") }
	day := func(d int) When { return Day(2031, 3, d, "") }
	var none When
	tests := []struct {
		name  string
		times []When
		want  []int
	}{
		{"empty", nil, []int{}},
		{"all unknown keep order", []When{none, none}, []int{0, 1}},
		{"newest first minutes", []When{min(11, 0), min(10, 15), min(9, 40)}, []int{2, 1, 0}},
		{"unknown keeps its slot", []When{min(11, 0), none, min(9, 40)}, []int{2, 1, 0}},
		{"parts in date order", []When{day(20), day(20), day(2), day(2)}, []int{2, 3, 0, 1}},
		{"day event keeps its place within its date", []When{min(11, 0), day(3), min(9, 40)}, []int{2, 1, 0}},
		{"earlier date first across precisions", []When{min(9, 0), day(2)}, []int{1, 0}},
		{"ties keep document order", []When{min(9, 0), min(9, 0), day(3), day(3)}, []int{0, 1, 2, 3}},
		// Dates are calendar dates in each source's zone: an update stamped late
		// in the evening EST belongs to that day, before one stamped early the
		// next day in UTC even if it came later in absolute time.
		{"dates are calendar dates in the source's zone", []When{
			Minute(time.Date(2031, 3, 4, 1, 0, 0, 0, time.UTC), ""),
			Minute(time.Date(2031, 3, 3, 23, 30, 0, 0, est), ""),
		}, []int{1, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := TimelineOrder(tt.times)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// A key that very many blocks share (a day-only time stamp) pairs identical
// texts first and the rest in document order.
func TestReconcileSharedKey(t *testing.T) {
	var stored, incoming []Event
	for i := range 100 {
		stored = append(stored, upKey("t:2031-03-03", fmt.Sprintf("Block %d of the day.", i)))
	}
	incoming = append(incoming, upKey("t:2031-03-03", "A block nobody had seen."))
	incoming = append(incoming, stored...)
	incoming[50] = upKey("t:2031-03-03", "Block 49 of the day, corrected.")
	got := Reconcile(stored, incoming)
	for i := 1; i < len(incoming); i++ {
		if i == 50 {
			continue
		}
		if got[i].Stored != i-1 || got[i].Status != MatchUnchanged {
			t.Errorf("incoming %d: %+v, want unchanged stored %d", i, got[i], i-1)
		}
	}
	if got[0].Stored != 49 || got[0].Status != MatchRevised || got[50].Status != MatchNew {
		t.Errorf("leftovers: %+v and %+v, want the first leftover paired with the free stored block", got[0], got[50])
	}
}

func benchTexts(n int, variant int) []Event {
	places := []string{"north", "south", "east", "west", "harbour", "old town"}
	out := make([]Event, n)
	for i := range out {
		out[i] = up(fmt.Sprintf("Officials in the %s district said %d people had been moved to shelters and %d homes were without power on day %d of the flooding.",
			places[i%len(places)], i*3+variant, i*11+variant*7, i/40+variant))
	}
	return out
}

// BenchmarkReconcileUnkeyed is the worst case: two 2,000-block pages of
// look-alike texts without keys or identical blocks, so every pair goes
// through the similarity index.
func BenchmarkReconcileUnkeyed(b *testing.B) {
	stored, incoming := benchTexts(2000, 0), benchTexts(2000, 1)
	for b.Loop() {
		Reconcile(stored, incoming)
	}
}
