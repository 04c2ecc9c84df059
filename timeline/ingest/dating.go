package ingest

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"factline/timeline"
	"factline/timeline/when"
)

// finish links repeats, splits the drafts into parts, dates every event and
// fills the document.
func finish(doc *timeline.Document, ds []draft, opts timeline.Options) {
	markDuplicates(ds)
	parts := splitParts(ds)
	for pi, p := range parts {
		datePart(ds[p.first:p.last+1], opts, pi, parts, ds)
	}
	doc.Events = make([]timeline.Event, len(ds))
	for i := range ds {
		ev := ds[i].Event
		ev.Ordinal = i + 1
		if ev.SourceRef == "" {
			ev.SourceRef = opts.SourceURL
		}
		if ev.Time.At.IsZero() {
			ev.Time.Precision = timeline.PrecisionUnknown
		}
		doc.Events[i] = ev
	}
	for pi, p := range parts {
		part := timeline.Part{Index: pi, First: p.first + 1, Last: p.last + 1, Date: p.date}
		for i := p.first; i <= p.last; i++ {
			doc.Events[i].Part = pi
			if part.Title == "" && doc.Events[i].Kind == timeline.KindUpdate && doc.Events[i].DuplicateOf == 0 {
				part.Title = titleOf(&doc.Events[i])
			}
		}
		doc.Parts = append(doc.Parts, part)
	}
}

// titleOf names an event for users: its headline or its first words.
func titleOf(ev *timeline.Event) string {
	if ev.Headline != "" {
		return ev.Headline
	}
	t := ev.Text
	if k := datelineEnd(t); k > 0 {
		t = t[k:]
	}
	ws := strings.Fields(t)
	if len(ws) > 12 {
		return strings.Join(ws[:12], " ") + "…"
	}
	return strings.Join(ws, " ")
}

// markDuplicates links every event whose text repeats an earlier event's to the
// first occurrence (galleries printed twice, credit lines after every update).
// Texts are compared by a hash of their normalised form, confirmed on a match.
func markDuplicates(ds []draft) {
	first := make(map[uint64]int, len(ds))
	for i := range ds {
		h, empty := normHash(ds[i].Headline, ds[i].Text)
		if empty {
			continue
		}
		if j, ok := first[h]; ok && normText(ds[j].Headline+"\n"+ds[j].Text) == normText(ds[i].Headline+"\n"+ds[i].Text) {
			ds[i].DuplicateOf = j + 1
			continue
		}
		if _, ok := first[h]; !ok {
			first[h] = i
		}
	}
}

// normHash hashes normText(headline + "\n" + text) without building it.
func normHash(parts ...string) (uint64, bool) {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	empty := true
	space := false
	for pi, s := range parts {
		if pi > 0 {
			space = !empty
		}
		for _, r := range s {
			if r < utf8.RuneSelf {
				c := byte(r)
				if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f' {
					space = !empty
					continue
				}
				if space {
					h = (h ^ ' ') * prime
					space = false
				}
				empty = false
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				h = (h ^ uint64(c)) * prime
				continue
			}
			if unicode.IsSpace(r) {
				space = !empty
				continue
			}
			if space {
				h = (h ^ ' ') * prime
				space = false
			}
			empty = false
			r = unicode.ToLower(r)
			for r > 0 {
				h = (h ^ uint64(r&0xff)) * prime
				r >>= 8
			}
		}
	}
	return h, empty
}

type partSpan struct {
	first, last int
	date        timeline.When
}

func splitParts(ds []draft) []partSpan {
	var out []partSpan
	start := 0
	for i := range ds {
		if ds[i].newPart && i > start {
			out = append(out, partSpan{first: start, last: i - 1})
			start = i
		}
	}
	if len(ds) > 0 {
		out = append(out, partSpan{first: start, last: len(ds) - 1})
	}
	return out
}

// datePart dates the events of one part. Without a publication date, the part's
// anchor is the latest date its photo captions give (photos come before the
// words about them) or, failing that, the latest full date in its text; the day
// of writing is then the day on or after the anchor that best explains the
// weekdays the text speaks of in the past tense.
func datePart(ds []draft, opts timeline.Options, pi int, parts []partSpan, all []draft) {
	var day timeline.When
	switch {
	case !opts.Published.IsZero():
		day = opts.Published
		day = timeline.Day(day.At.Year(), day.At.Month(), day.At.Day(), opts.Published.Text)
	default:
		anchor, text, dated := anchorOf(ds)
		if anchor.IsZero() && pi > 0 {
			anchor, text = parts[pi-1].date.Date(), parts[pi-1].date.Text
		}
		if dated {
			// the page says when it was written
			day = timeline.Day(anchor.Year(), anchor.Month(), anchor.Day(), text)
		} else if !anchor.IsZero() {
			d, why := writingDay(ds, anchor)
			if why == "" {
				why = text
			}
			day = timeline.Day(d.Year(), d.Month(), d.Day(), why)
		}
	}
	parts[pi].date = day
	for i := range ds {
		ev := &ds[i]
		if ev.clock != nil && ev.clock.Ago {
			// "3 hours ago" means something only against the page's own time
			if opts.Published.Precision == timeline.PrecisionMinute {
				ev.Time = timeline.Minute(opts.Published.At.Add(-time.Duration(ev.clock.AgoMinutes)*time.Minute), ev.Time.Text)
			} else if !day.IsZero() {
				ev.Time = timeline.When{At: day.At, Precision: timeline.PrecisionDay, Text: ev.Time.Text}
			}
			continue
		}
		if ev.clock != nil && !day.IsZero() {
			c := *ev.clock
			c.Year, c.Month, c.Day = day.At.Year(), day.At.Month(), day.At.Day()
			if w, ok := c.Resolve(time.Time{}, when.Past); ok {
				w.Text = ev.Time.Text
				ev.Time = w
				ev.Key = stampKey(w)
			}
			continue
		}
		if !ev.Time.IsZero() {
			continue
		}
		switch ev.Kind {
		case timeline.KindCaption:
			if d, ok := ev.ownDate(); ok {
				ev.Time = d
				continue
			}
			ev.Time = day
		case timeline.KindUpdate:
			ev.Time = day
		}
	}
	// A part whose updates carry their own times is dated by its first one.
	if parts[pi].date.IsZero() {
		for i := range ds {
			if ds[i].Kind == timeline.KindUpdate && !ds[i].Time.IsZero() {
				t := ds[i].Time
				parts[pi].date = timeline.Day(t.At.Year(), t.At.Month(), t.At.Day(), t.Text)
				break
			}
		}
	}
}

// anchorOf returns the latest date the part's captions give, else the latest
// full date in its update texts, else the first stamped time, else the page's
// own date line (then dated is true: the page's day is known, not guessed).
func anchorOf(ds []draft) (best time.Time, text string, dated bool) {
	for _, k := range []timeline.Kind{timeline.KindCaption, timeline.KindUpdate, timeline.KindBoilerplate} {
		for i := range ds {
			if ds[i].Kind != k {
				continue
			}
			if k == timeline.KindBoilerplate {
				// only a dated line counts: furniture text holds no story dates
				if !ds[i].Time.IsZero() {
					if d := ds[i].Time.Date(); d.After(best) {
						best, text = d, ds[i].Time.Text
					}
				}
				continue
			}
			if !ds[i].Time.IsZero() {
				if d := ds[i].Time.Date(); d.After(best) {
					best, text = d, ds[i].Time.Text
				}
				continue
			}
			if d, ok := ds[i].ownDate(); ok && d.At.After(best) {
				best, text = d.At, d.Text
			}
		}
		if !best.IsZero() {
			return best, text, k == timeline.KindBoilerplate
		}
	}
	return best, text, false
}

// lastAbsolute returns the last full calendar date in text.
func lastAbsolute(text string) (timeline.When, bool) {
	es := when.Find(text)
	for i := len(es) - 1; i >= 0; i-- {
		if es[i].Absolute() {
			if w, ok := es[i].Resolve(time.Time{}, when.Past); ok {
				return timeline.Day(w.At.Year(), w.At.Month(), w.At.Day(), es[i].Text), true
			}
		}
	}
	return timeline.When{}, false
}

// writingDay picks the day, from the anchor to six days after it, that best
// explains the past-tense weekday mentions of the part's updates: each is
// taken as the latest such weekday on or before the day, and counts when it
// falls no more than two days before the anchor (the photos' day); every day
// moved past the anchor costs half a mention. Ties go to the earliest day. A page
// written the day after its photos says "Monday" of that day and "Sunday" of
// the photos; one written on the photos' day names it and the days just
// before; a stray weekday ("declared Monday a day of mourning") or a day long
// past moves it nowhere. It returns the mention that fixed the day, if any.
func writingDay(ds []draft, anchor time.Time) (time.Time, string) {
	type mention struct {
		wd   time.Weekday
		text string
	}
	var ms []mention
	for i := range ds {
		if ds[i].Kind != timeline.KindUpdate || ds[i].DuplicateOf != 0 || !ds[i].Time.IsZero() {
			continue
		}
		text := ds[i].Text
		for _, e := range when.Find(text) {
			if !e.HasWeekday || e.Absolute() || e.Dir != 0 {
				continue
			}
			if when.TenseAt(text, e.Start) == when.Future || weekdayAsObject(text, e.Start, e.End) {
				continue
			}
			ms = append(ms, mention{e.Weekday, e.Text})
		}
	}
	best, bestScore := anchor, -1<<30
	floor := anchor.AddDate(0, 0, -2)
	for k := 0; k <= 6; k++ {
		d := anchor.AddDate(0, 0, k)
		score := -k // a day moved costs half a mention
		for _, m := range ms {
			back := int(d.Weekday()) - int(m.wd)
			if back < 0 {
				back += 7
			}
			if !d.AddDate(0, 0, -back).Before(floor) {
				score += 2
			}
		}
		if score > bestScore {
			best, bestScore = d, score
		}
	}
	why := ""
	for _, m := range ms {
		if m.wd == best.Weekday() {
			why = m.text
			break
		}
	}
	return best, why
}

// weekdayAsObject reports whether the weekday ending at end is what a verb acts
// on rather than when something happened: "declared Monday a day of mourning",
// "named Friday as the deadline".
func weekdayAsObject(text string, start, end int) bool {
	rest := text[end:]
	if !strings.HasPrefix(rest, " a ") && !strings.HasPrefix(rest, " an ") && !strings.HasPrefix(rest, " as ") {
		return false
	}
	// "On Sunday a man was killed": after a preposition it is a time
	before := strings.Fields(text[max(0, start-20):start])
	if len(before) == 0 {
		return false
	}
	w := strings.ToLower(before[len(before)-1])
	return !isPreposition(w) && w != "late" && w != "early" && w != "last" && w != "this" && w != "next"
}
