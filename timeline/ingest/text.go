package ingest

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"factline/timeline"
	"factline/timeline/when"
)

// blockKind is what one paragraph of plain text is.
type blockKind int

const (
	bPara blockKind = iota
	bStamp
	bCaption
	bBoiler
	bHeadline
)

// block is one paragraph of plain text, classified.
type block struct {
	kind  blockKind
	text  string
	stamp *when.Expr
	// dateline is the byte length of a leading wire dateline.
	dateline int
}

// paragraphs splits plain text into paragraphs: each non-empty line is one,
// except that hard-wrapped lines (a line that does not end a sentence followed by
// one that starts in lower case) are joined.
func paragraphs(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = strings.TrimPrefix(text, "\ufeff")
	lines := strings.Split(text, "\n")
	width := wrapWidth(lines)
	out := make([]string, 0, len(lines))
	full := false // the line before filled the page's width: a hard wrap
	for _, line := range lines {
		line = strings.TrimSpace(strings.ReplaceAll(line, "\t", " "))
		if line == "" {
			if len(out) > 0 && out[len(out)-1] != "" {
				out = append(out, "")
			}
			full = false
			continue
		}
		if n := len(out); n > 0 && out[n-1] != "" && (full || wrapped(out[n-1], line)) {
			out[n-1] += " " + line
		} else {
			out = append(out, line)
		}
		full = width > 0 && utf8.RuneCountInString(line) >= width-20
	}
	// drop the blank separators
	k := 0
	for _, p := range out {
		if p != "" {
			out[k] = p
			k++
		}
	}
	return out[:k]
}

// wrapWidth returns the width text was hard-wrapped at, or 0 when it was not:
// paragraphs are separated by blank lines and most lines that run on to
// another end near one width of at most 100 characters.
func wrapWidth(lines []string) int {
	blanks, width := 0, 0
	var runOn []int
	for i, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			blanks++
			continue
		}
		if i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
			n := utf8.RuneCountInString(l)
			runOn = append(runOn, n)
			width = max(width, n)
		}
	}
	if blanks < 2 || width > 100 || width < 40 || len(runOn) < 3 {
		return 0
	}
	near := 0
	for _, n := range runOn {
		if n >= width-20 {
			near++
		}
	}
	if near*2 < len(runOn) {
		return 0
	}
	return width
}

// wrapped reports whether next continues prev's sentence (hard-wrapped text).
func wrapped(prev, next string) bool {
	last, _ := utf8.DecodeLastRuneInString(prev)
	if strings.ContainsRune(".!?:;”\"’)]…", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLower(first) {
		return false
	}
	if _, ok := stampLine(prev); ok {
		return false
	}
	return len(prev) > 40
}

// classify turns paragraphs into blocks.
func classify(paras []string) []block {
	bs := make([]block, 0, len(paras))
	for _, p := range paras {
		b := block{text: p}
		switch {
		case isCaption(p):
			b.kind = bCaption
		case isBoilerplate(p):
			b.kind = bBoiler
		default:
			if e, ok := stampLine(p); ok {
				b.kind, b.stamp = bStamp, &e
			} else if e, rest, ok := leadingStamp(p); ok {
				bs = append(bs, block{kind: bStamp, text: strings.TrimRight(p[:len(p)-len(rest)], " —–-:|"), stamp: &e})
				b.text = rest
				b.dateline = datelineEnd(rest)
			} else if isHeadlineLike(p) {
				b.kind = bHeadline
			} else {
				b.dateline = datelineEnd(p)
			}
		}
		bs = append(bs, b)
	}
	return bs
}

// draft is an event being built, with what dating still needs to know.
type draft struct {
	timeline.Event
	// clock is a stamp's time of day when the stamp gave no date.
	clock *when.Expr
	// newPart marks the first event of a new story in the same paste.
	newPart bool
	// article marks an event that opened with a wire dateline.
	article bool
	// date caches the last full date in a caption's text.
	date      timeline.When
	dateKnown bool
}

// ownDate returns the last full date in the event's text, computed once.
func (d *draft) ownDate() (timeline.When, bool) {
	if !d.dateKnown {
		d.date, _ = lastAbsolute(d.Text)
		d.dateKnown = true
	}
	return d.date, !d.date.IsZero()
}

// parseText reads a plain-text live page or article.
func parseText(input string, opts timeline.Options) *timeline.Document {
	bs := classify(paragraphs(input))
	doc := &timeline.Document{Format: timeline.FormatText, Published: opts.Published, SourceURL: opts.SourceURL}
	// A headline-like first paragraph is the story's title.
	if len(bs) > 1 && bs[0].kind == bHeadline {
		doc.Title = bs[0].text
		bs = bs[1:]
	}
	var ds []draft
	switch stamps, first := countStamps(bs); {
	case stamps == 1 && first >= 0 && isPageStamp(bs, first):
		ds = segmentProse(bs)
	case stamps > 0:
		ds = segmentStamped(bs)
	default:
		ds = segmentProse(bs)
	}
	finish(doc, ds, opts)
	return doc
}

// countStamps returns the number of time stamp blocks and the index of the first.
func countStamps(bs []block) (n, first int) {
	first = -1
	for i, b := range bs {
		if b.kind == bStamp {
			if n == 0 {
				first = i
			}
			n++
		}
	}
	return n, first
}

// isPageStamp reports whether the page's only time stamp is its own date line,
// under the title and byline ("Updated 6:48 PM CDT, May 26, 2026"): it dates the
// page, while the updates below are told apart as in prose.
func isPageStamp(bs []block, i int) bool {
	for _, b := range bs[:i] {
		if b.kind != bBoiler && b.kind != bHeadline {
			return false
		}
	}
	if !bs[i].stamp.Absolute() {
		return false
	}
	// A lone stamp over one story is that story's time; it dates the page
	// when the page says so ("Updated ...") or runs on as a live page of
	// headed or marked updates.
	lower := strings.ToLower(bs[i].text)
	if strings.HasPrefix(lower, "updated") || strings.HasPrefix(lower, "last updated") || strings.HasPrefix(lower, "published") {
		return true
	}
	heads := 0
	for _, b := range bs[i+1:] {
		if b.kind == bBoiler && isLiveMarker(b.text) {
			return true
		}
		if b.kind == bHeadline {
			heads++
		}
	}
	return heads >= 2
}

// segmentStamped groups a page whose updates start with time stamp lines: each
// stamp starts an update, a headline right after it is the update's headline.
func segmentStamped(bs []block) []draft {
	// Every block makes at most one draft: sized once, the drafts (large
	// structs) are never copied to grow the slice.
	out := make([]draft, 0, len(bs))
	var cur *draft
	var lastDate *when.Expr // the last stamp that carried a date, for bare clocks
	var pending []draft     // captions and ads met inside the current update
	var paras []string      // the current update's paragraphs, joined once
	flush := func() {
		if cur != nil && len(paras) > 0 {
			cur.Text = strings.Join(paras, "\n\n")
		}
		paras = paras[:0]
		defer func() {
			out = append(out, pending...)
			pending = pending[:0]
		}()
		switch {
		case cur == nil:
		case strings.TrimSpace(cur.Text) != "":
			out = append(out, *cur)
		case cur.Headline != "":
			// a stamp and a headline with no story: an entry of a "key
			// events" summary that links to the update itself
			out = append(out, draft{Event: timeline.Event{Kind: timeline.KindBoilerplate, Text: cur.Time.Text + "\n\n" + cur.Headline}})
		}
		cur = nil
	}
	for i := 0; i < len(bs); i++ {
		b := bs[i]
		switch b.kind {
		case bStamp:
			flush()
			e := *b.stamp
			if e.Month != 0 {
				lastDate = &e
			} else if lastDate != nil && !e.Ago {
				e.Year, e.Month, e.Day = lastDate.Year, lastDate.Month, lastDate.Day
				if e.Zone == nil {
					e.Zone = lastDate.Zone
				}
			}
			cur = &draft{Event: timeline.Event{Kind: timeline.KindUpdate}}
			if e.Absolute() {
				cur.Time = stampWhen(e)
			} else {
				c := e
				cur.clock = &c
			}
			cur.Time.Text = b.text
			cur.Key = stampKey(cur.Time)
			// A headline right after the stamp belongs to this update.
			if i+1 < len(bs) && bs[i+1].kind == bHeadline {
				cur.Headline = bs[i+1].text
				i++
			}
		case bCaption, bBoiler:
			kind := timeline.KindCaption
			if b.kind == bBoiler {
				kind = timeline.KindBoilerplate
			}
			d := draft{Event: timeline.Event{Kind: kind, Text: b.text}}
			if cur != nil && (b.kind == bCaption || isInlineFurniture(b.text)) {
				// a photo or an ad inside an update: the text after it still
				// belongs to the update, which comes out first
				pending = append(pending, d)
				continue
			}
			flush()
			out = append(out, d)
		default:
			if cur == nil {
				// prose before the first stamp: an introduction of its own
				cur = &draft{Event: timeline.Event{Kind: timeline.KindUpdate}}
			}
			paras = append(paras, b.text)
		}
	}
	flush()
	return out
}

// stampWhen makes a When from a stamp expression that carries its date.
func stampWhen(e when.Expr) timeline.When {
	w, ok := e.Resolve(time.Time{}, when.Past)
	if !ok {
		return timeline.When{}
	}
	return w
}

func stampKey(w timeline.When) string {
	if w.IsZero() {
		return ""
	}
	return "t:" + w.String()
}

func appendPara(ev *timeline.Event, p string) {
	if ev.Text == "" {
		ev.Text = p
		return
	}
	ev.Text += "\n\n" + p
}

// isInlineFurniture reports whether a furniture line is one a page drops into
// the middle of an update (an ad slot, a share button) rather than one that
// closes it (a credit line, a separator).
func isInlineFurniture(p string) bool {
	head := strings.ToLower(strings.TrimRight(strings.TrimSpace(p), " .:!|>»›-–—"))
	return len(head) <= 40 && boilerplateExact[head]
}
