// Package when finds time expressions in news text and resolves them against a
// reference date. It works in two steps, after HeidelTime: Find returns
// underspecified expressions ("weekday=Sunday, part=late"); Resolve turns one
// into a date or minute given the reference and the tense of its sentence.
package when

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"factline/timeline"
)

// Tense is the tense of the clause around an expression: a bare weekday in past
// tense text is its previous occurrence, with "will" its next.
type Tense int

const (
	Past Tense = iota
	Future
)

// Expr is one time expression in a text. Fields left zero were not given.
type Expr struct {
	Start, End int
	Text       string

	Year  int
	Month time.Month
	Day   int

	Weekday    time.Weekday
	HasWeekday bool

	HasClock bool
	Hour     int
	Minute   int
	// Zone is the clock's zone when the text names one (EST, GMT, UTC).
	Zone *time.Location

	// Part is a part of day: early, late, morning, afternoon, evening, night.
	Part string
	// Dir is -1 for "last", +1 for "next"; 0 otherwise.
	Dir int
	// Offset is a whole number of days from the reference (yesterday = -1).
	Offset    int
	HasOffset bool
	// Week is -1, 0 or +1 for "last week", "this week", "next week".
	Week    int
	HasWeek bool
	// Ago marks a live page's relative stamp ("3 hours ago"): AgoMinutes before
	// the page's own time.
	Ago        bool
	AgoMinutes int
}

// Absolute reports whether the expression names a calendar date with its year.
func (e Expr) Absolute() bool { return e.Year != 0 && e.Month != 0 && e.Day != 0 }

// Relative reports whether the expression needs a reference date.
func (e Expr) Relative() bool {
	return !e.Absolute() && (e.HasWeekday || e.HasOffset || e.HasWeek || e.Month != 0)
}

// ClockOnly reports whether the expression is a bare clock time ("10:15 a.m.").
func (e Expr) ClockOnly() bool {
	return e.HasClock && e.Month == 0 && !e.HasWeekday && !e.HasOffset && !e.HasWeek
}

var months = map[string]time.Month{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
	"may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
	"september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// Zones a wire story prints after a clock time. Fixed offsets: the text says
// which of standard or daylight time it means.
var zones = map[string]int{
	"UTC": 0, "GMT": 0, "Z": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3,
	"IRST": 3*60 + 30, "GST": 4, "IST": 5*60 + 30, "PKT": 5, "ICT": 7, "HKT": 8, "SGT": 8, "JST": 9, "KST": 9,
	"AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
	"EST": -5, "EDT": -4, "ET": -5, "CST": -6, "CDT": -5, "CT": -6, "MST": -7, "MDT": -6, "MT": -7,
	"PST": -8, "PDT": -7, "PT": -8, "AKST": -9, "AKDT": -8, "HST": -10,
}

// ZoneNamed returns a fixed zone for an abbreviation, or nil.
func ZoneNamed(abbr string) *time.Location {
	off, ok := zones[abbr]
	if !ok {
		return nil
	}
	secs := off * 3600
	if off > 14 || off < -14 { // stored in minutes for half-hour zones
		secs = off * 60
	}
	return time.FixedZone(abbr, secs)
}

// word is one token of the text.
type word struct {
	s          string // as written, without a trailing period
	lower      string
	start, end int  // end excludes a trailing period
	dot        bool // followed by a period
}

func words(text string) []word { return wordsRange(nil, text, 0, len(text)) }

// wordsRange appends the words of text[from:to] to ws, with offsets into
// text.
func wordsRange(ws []word, text string, from, to int) []word {
	if ws == nil {
		ws = make([]word, 0, (to-from)/6+1)
	}
	i := from
	text = text[:to]
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf && !isAlnum(c) {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			i += n
			continue
		}
		start := i
		for i < len(text) {
			if c := text[i]; c < utf8.RuneSelf {
				if isAlnum(c) {
					i++
					continue
				}
				r, n = rune(c), 1
			} else {
				r, n = utf8.DecodeRuneInString(text[i:])
			}
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				i += n
				continue
			}
			// keep "10:15" and "9.40" and "a.m." together
			if (r == ':' || r == '.') && i+1 < len(text) && isDigit(text[i+1]) && isDigit(text[i-1]) {
				i++
				continue
			}
			break
		}
		w := word{s: text[start:i], start: start, end: i}
		if i < len(text) && text[i] == '.' {
			w.dot = true
		}
		w.lower = lowerShort(w.s)
		ws = append(ws, w)
	}
	return ws
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isAlnum(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// lowerShort lower-cases a word; long words cannot be time words, so they are
// left as they are to save the copy.
func lowerShort(s string) string {
	if len(s) > 9 {
		return s
	}
	return strings.ToLower(s)
}

func atoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

var offsetWords = map[string]int{"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}

var numberWords = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1}

// Find returns the time expressions of text in order.
func Find(text string) []Expr {
	if !mayHoldTime(text) {
		return nil
	}
	var out []Expr
	var lower [10]byte
	var scratch [24]word // the words of one window, reused: matchAt keeps none
	for i := 0; i < len(text); {
		// a cheap scan for the words an expression can start with; only
		// around those is the text tokenised and matched
		c := text[i]
		if c < utf8.RuneSelf && !isAlnum(c) {
			i++
			continue
		}
		start := i
		for i < len(text) && text[i] < utf8.RuneSelf && isAlnum(text[i]) {
			i++
		}
		if i < len(text) && text[i] >= utf8.RuneSelf {
			// a word with non-ASCII letters: skip it whole
			for i < len(text) {
				r, n := utf8.DecodeRuneInString(text[i:])
				if !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
					break
				}
				i += n
			}
			if i == start {
				_, n := utf8.DecodeRuneInString(text[i:])
				i += n
			}
			continue
		}
		w := text[start:i]
		from := start
		switch {
		case isDigit(w[0]):
			if !digitMayStart(text, start, i) {
				continue
			}
		case len(w) == 3 && string(lowerInto(lower[:0], w)) == "ago":
			// "two days ago": the expression began two words back
			from = wordBack(text, start, 2)
		case len(w) > len(lower) || !starters[string(lowerInto(lower[:0], w))]:
			continue
		}
		start = from
		to := start + 72
		if to >= len(text) {
			to = len(text)
		} else {
			for to < len(text) && (text[to] >= utf8.RuneSelf || isAlnum(text[to])) {
				to++
			}
		}
		ws := wordsRange(scratch[:0], text, start, to)
		if len(ws) == 0 {
			continue
		}
		e, next, ok := matchAt(text, ws, 0)
		if !ok {
			continue
		}
		e.Text = text[e.Start:e.End]
		out = append(out, e)
		if next > 0 && next <= len(ws) {
			i = ws[next-1].end
		}
	}
	return out
}

// digitMayStart reports whether the number at text[start:end] can begin a
// time expression: a clock ("10:15", "9.40", "11 p.m."), an ISO date
// ("2026-01-14") or a day before a month ("27 March").
func digitMayStart(text string, start, end int) bool {
	if end+1 < len(text) && (text[end] == ':' || text[end] == '.') && isDigit(text[end+1]) {
		return true
	}
	if end-start == 4 && end+1 < len(text) && text[end] == '-' && isDigit(text[end+1]) {
		return true
	}
	if end-start > 2 {
		return false
	}
	rest := text[end:]
	if len(rest) > 12 {
		rest = rest[:12]
	}
	rest = strings.TrimLeft(rest, " \u00a0")
	if len(rest) < 2 {
		return false
	}
	switch rest[0] {
	case 'a', 'p', 'A', 'P':
		return rest[1] == 'm' || rest[1] == 'M' || rest[1] == '.'
	}
	return rest[0] >= 'A' && rest[0] <= 'Z' // "27 March"
}

// wordBack returns the start of the word n words before the one at pos.
func wordBack(text string, pos, n int) int {
	i := pos
	for ; n > 0; n-- {
		for i > 0 && !isAlnum(text[i-1]) {
			i--
		}
		for i > 0 && isAlnum(text[i-1]) {
			i--
		}
	}
	return i
}

// lowerInto appends the ASCII lower case of w to buf.
func lowerInto(buf []byte, w string) []byte {
	for j := 0; j < len(w); j++ {
		c := w[j]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// starters are the words an expression can begin with, besides numbers.
var starters = func() map[string]bool {
	m := map[string]bool{"early": true, "late": true, "last": true, "next": true, "this": true, "earlier": true, "later": true}
	for k := range months {
		m[k] = true
	}
	for k := range weekdays {
		m[k] = true
	}
	for k := range offsetWords {
		m[k] = true
	}
	return m
}()

// mayHoldTime is a cheap test that skips most sentences without a time.
func mayHoldTime(text string) bool {
	return strings.IndexAny(text, ":0123456789") >= 0 || strings.Contains(text, "day") ||
		strings.Contains(text, "night") || strings.Contains(text, "week") || strings.Contains(text, "morrow") ||
		hasMonth(text)
}

func hasMonth(text string) bool {
	for _, m := range []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"} {
		if strings.Contains(text, m) {
			return true
		}
	}
	return false
}

// matchAt tries to read an expression starting at word i; it returns the index
// after the last word used.
func matchAt(text string, ws []word, i int) (Expr, int, bool) {
	w := ws[i]
	e := Expr{Start: w.start}
	j := i
	// modifiers before a weekday or day part: early, late, last, next, this
	mod := ""
	switch w.lower {
	case "early", "late", "last", "next", "this", "earlier", "later":
		if i+1 < len(ws) && (isWeekday(ws[i+1]) || isWeekWord(ws[i+1].lower) || dayParts[ws[i+1].lower] ||
			(w.lower == "last" && ws[i+1].lower == "night") || (w.lower == "earlier" || w.lower == "later") && ws[i+1].lower == "this") {
			mod = w.lower
			j = i + 1
		} else {
			return e, 0, false
		}
	}
	w = ws[j]
	switch {
	case isWeekWord(w.lower) && (mod == "last" || mod == "next" || mod == "this" || mod == "earlier" || mod == "later"):
		e.HasWeek = true
		e.Week = map[string]int{"last": -1, "next": 1}[mod]
		if w.lower == "month" {
			e.Week *= 4
		}
		e.End = w.end
		return e, j + 1, true
	case (mod == "earlier" || mod == "later") && w.lower == "this" && j+1 < len(ws) && isWeekWord(ws[j+1].lower):
		e.HasWeek = true
		e.End = ws[j+1].end
		return e, j + 2, true
	case mod == "last" && w.lower == "night":
		e.HasOffset, e.Offset, e.Part = true, -1, "night"
		e.End = w.end
		return e, j + 1, true
	case dayParts[w.lower] && (mod == "early" || mod == "late" || mod == "this"):
		// "early morning", "this morning": today
		e.HasOffset, e.Part = true, w.lower
		e.End = w.end
		return e, j + 1, true
	}
	if isWeekday(w) {
		e.HasWeekday = true
		e.Weekday = weekdays[w.lower]
		e.End = w.end
		switch mod {
		case "last":
			e.Dir = -1
		case "next":
			e.Dir = 1
		case "early", "late":
			e.Part = mod
		}
		k := j + 1
		// "Thursday morning", "Sunday night"
		if k < len(ws) && dayParts[ws[k].lower] && gapOK(text, ws[k-1].end, ws[k].start, " ") {
			e.Part = ws[k].lower
			e.End = ws[k].end
			k++
		}
		// "Thursday, March 27, 2025"
		if k < len(ws) {
			if d, next, ok := readDate(text, ws, k, e.End); ok {
				d.Start, d.HasWeekday, d.Weekday, d.Part, d.Dir = e.Start, true, e.Weekday, e.Part, e.Dir
				return d, next, true
			}
		}
		return e, k, true
	}
	if mod != "" {
		return e, 0, false
	}
	if off, ok := offsetWords[w.lower]; ok && !capitalizedMidSentence(text, w) {
		e.HasOffset, e.Offset = true, off
		if w.lower == "tonight" {
			e.Part = "night"
		}
		e.End = w.end
		// "yesterday afternoon"
		if j+1 < len(ws) && dayParts[ws[j+1].lower] {
			e.Part = ws[j+1].lower
			e.End = ws[j+1].end
			return e, j + 2, true
		}
		return e, j + 1, true
	}
	// "two days ago", "a week ago"
	if n, ok := numberWords[w.lower]; ok || isNumber(w.s) {
		if !ok {
			n, _ = atoi(w.s)
		}
		if j+2 < len(ws) && ws[j+2].lower == "ago" {
			switch ws[j+1].lower {
			case "day", "days":
				e.HasOffset, e.Offset, e.End = true, -n, ws[j+2].end
				return e, j + 3, true
			case "week", "weeks":
				e.HasOffset, e.Offset, e.End = true, -7*n, ws[j+2].end
				return e, j + 3, true
			}
		}
	}
	if d, next, ok := readDate(text, ws, j, w.start); ok {
		return d, next, true
	}
	if c, next, ok := readClock(text, ws, j); ok {
		return c, next, true
	}
	return e, 0, false
}

func isWeekWord(s string) bool { return s == "week" || s == "month" }

func isWeekday(w word) bool {
	_, ok := weekdays[w.lower]
	return ok && unicode.IsUpper(rune(w.s[0]))
}

func isNumber(s string) bool { _, ok := atoi(s); return ok }

// capitalizedMidSentence tells "Today" the show from "today" the day.
func capitalizedMidSentence(text string, w word) bool {
	if !unicode.IsUpper(rune(w.s[0])) {
		return false
	}
	k := strings.TrimRight(text[:w.start], " \t")
	return k != "" && !strings.ContainsAny(k[len(k)-1:], ".!?\"“\n")
}

// gapOK reports whether only the allowed characters (and nothing else) lie
// between two words.
func gapOK(text string, from, to int, allowed string) bool {
	if to < from {
		return false
	}
	for _, r := range text[from:to] {
		if !strings.ContainsRune(allowed, r) {
			return false
		}
	}
	return true
}

// readDate reads "March 27, 2025", "Jan. 14, 2026", "March 27", "27 March 2025"
// or "2026-01-14" at word k; prevEnd is where the previous part of the
// expression ended (the gap may hold ", ").
func readDate(text string, ws []word, k int, prevEnd int) (Expr, int, bool) {
	e := Expr{}
	if k >= len(ws) || !gapOK(text, prevEnd, ws[k].start, " ,\u00a0") {
		return e, 0, false
	}
	w := ws[k]
	// ISO date: the words are 2026, 01, 14 separated by '-'
	if len(w.s) == 4 && isNumber(w.s) && k+2 < len(ws) && text[w.end:ws[k+1].start] == "-" && text[ws[k+1].end:ws[k+2].start] == "-" {
		y, _ := atoi(w.s)
		m, ok1 := atoi(ws[k+1].s)
		d, ok2 := atoi(ws[k+2].s)
		if ok1 && ok2 && m >= 1 && m <= 12 && d >= 1 && d <= 31 && y > 1900 {
			e.Start, e.End, e.Year, e.Month, e.Day = w.start, ws[k+2].end, y, time.Month(m), d
			next := k + 3
			if c, n2, ok := readClockAfter(text, ws, next, e.End); ok {
				mergeClock(&e, c)
				next = n2
			}
			return e, next, true
		}
	}
	if m, ok := months[w.lower]; ok && unicode.IsUpper(rune(w.s[0])) {
		if k+1 < len(ws) {
			d, ok := atoi(ws[k+1].s)
			if ok && d >= 1 && d <= 31 && gapOK(text, endWithDot(w), ws[k+1].start, " \u00a0") {
				e.Start, e.End, e.Month, e.Day = w.start, ws[k+1].end, m, d
				next := k + 2
				if next < len(ws) {
					if y, ok := atoi(ws[next].s); ok && y > 1900 && y < 2200 && len(ws[next].s) == 4 && gapOK(text, e.End, ws[next].start, " ,\u00a0") {
						e.Year, e.End = y, ws[next].end
						next++
					}
				}
				if c, n2, ok := readClockAfter(text, ws, next, e.End); ok {
					mergeClock(&e, c)
					next = n2
				}
				return e, next, true
			}
		}
		return e, 0, false
	}
	// "27 March 2025"
	if d, ok := atoi(w.s); ok && d >= 1 && d <= 31 && k+1 < len(ws) {
		if m, ok := months[ws[k+1].lower]; ok && unicode.IsUpper(rune(ws[k+1].s[0])) && gapOK(text, w.end, ws[k+1].start, " ") {
			e.Start, e.End, e.Month, e.Day = w.start, ws[k+1].end, m, d
			next := k + 2
			if next < len(ws) {
				if y, ok := atoi(ws[next].s); ok && y > 1900 && y < 2200 && gapOK(text, e.End, ws[next].start, " ,") {
					e.Year, e.End = y, ws[next].end
					next++
				}
			}
			if c, n2, ok := readClockAfter(text, ws, next, e.End); ok {
				mergeClock(&e, c)
				next = n2
			}
			return e, next, true
		}
	}
	return e, 0, false
}

func endWithDot(w word) int {
	if w.dot {
		return w.end + 1
	}
	return w.end
}

func mergeClock(e *Expr, c Expr) {
	e.HasClock, e.Hour, e.Minute, e.Zone, e.End = true, c.Hour, c.Minute, c.Zone, c.End
}

// readClockAfter reads ", 9:40 AM EST" or ", at 3:10 p.m." after a date.
func readClockAfter(text string, ws []word, k int, prevEnd int) (Expr, int, bool) {
	if k >= len(ws) || !gapOK(text, prevEnd, ws[k].start, " ,\u00a0-–—") {
		return Expr{}, 0, false
	}
	if ws[k].lower == "at" {
		// "Posted Jan. 5, 2026, at 3:10 p.m.": the clock follows the word
		if k+1 >= len(ws) || !gapOK(text, ws[k].end, ws[k+1].start, " \u00a0") {
			return Expr{}, 0, false
		}
		k++
	}
	return readClock(text, ws, k)
}

// readClock reads "9:40 AM EST", "10:15 a.m.", "11 p.m." or "14:05 GMT".
func readClock(text string, ws []word, k int) (Expr, int, bool) {
	e := Expr{}
	w := ws[k]
	h, m := 0, 0
	colon := strings.IndexAny(w.s, ":")
	if colon < 0 && strings.Contains(w.s, ".") {
		colon = strings.Index(w.s, ".")
	}
	if colon > 0 {
		var ok1, ok2 bool
		h, ok1 = atoi(w.s[:colon])
		m, ok2 = atoi(w.s[colon+1:])
		if !ok1 || !ok2 || h > 23 || m > 59 || len(w.s)-colon-1 != 2 {
			return e, 0, false
		}
	} else {
		var ok bool
		if h, ok = atoi(w.s); !ok || h < 1 || h > 12 {
			return e, 0, false
		}
	}
	e.Start, e.End = w.start, w.end
	next := k + 1
	ampm := ""
	if next < len(ws) && gapOK(text, w.end, ws[next].start, " \u00a0") {
		switch ws[next].lower {
		case "am", "pm":
			ampm = ws[next].lower
			e.End = ws[next].end
			next++
		case "a", "p":
			// "a.m." is the words "a" and "m" with periods
			if ws[next].dot && next+1 < len(ws) && ws[next+1].lower == "m" && ws[next+1].start == ws[next].end+1 {
				ampm = ws[next].lower + "m"
				e.End = ws[next+1].end
				if ws[next+1].dot {
					e.End++
				}
				next += 2
			}
		}
	}
	if ampm == "" && colon < 0 {
		return e, 0, false // a bare number is not a time
	}
	if ampm != "" {
		if h > 12 || h == 0 {
			return e, 0, false
		}
		if ampm == "pm" && h != 12 {
			h += 12
		} else if ampm == "am" && h == 12 {
			h = 0
		}
	}
	if next < len(ws) && gapOK(text, e.End, ws[next].start, " \u00a0") {
		if z := ZoneNamed(ws[next].s); z != nil {
			e.Zone = z
			e.End = ws[next].end
			next++
		}
	}
	e.HasClock, e.Hour, e.Minute = true, h, m
	return e, next, true
}

// Resolve turns the expression into a time, given the reference date (the day the
// text was written, or the day it talks about) and the tense of its clause. It
// returns false for expressions it cannot place.
func (e Expr) Resolve(ref time.Time, tense Tense) (timeline.When, bool) {
	y, m, d := ref.Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	var date time.Time
	switch {
	case e.Month != 0 && e.Day != 0:
		year := e.Year
		if year == 0 {
			if ref.IsZero() {
				return timeline.When{}, false
			}
			year = y
			// "Dec. 30" read in early January is last year's
			cand := time.Date(year, e.Month, e.Day, 0, 0, 0, 0, time.UTC)
			if cand.Sub(day) > 180*24*time.Hour {
				year--
			} else if day.Sub(cand) > 180*24*time.Hour {
				year++
			}
		}
		date = time.Date(year, e.Month, e.Day, 0, 0, 0, 0, time.UTC)
		if date.Day() != e.Day {
			return timeline.When{}, false // Feb. 30
		}
	case ref.IsZero():
		return timeline.When{}, false
	case e.HasWeekday:
		date = resolveWeekday(day, e.Weekday, e.Dir, tense)
	case e.HasOffset:
		date = day.AddDate(0, 0, e.Offset)
	case e.HasWeek:
		date = day.AddDate(0, 0, 7*e.Week)
	case e.HasClock:
		date = day
	default:
		return timeline.When{}, false
	}
	if e.HasClock {
		loc := e.Zone
		if loc == nil {
			loc = ref.Location()
			if loc == nil {
				loc = time.UTC
			}
		}
		t := time.Date(date.Year(), date.Month(), date.Day(), e.Hour, e.Minute, 0, 0, loc)
		return timeline.Minute(t, e.Text), true
	}
	return timeline.Day(date.Year(), date.Month(), date.Day(), e.Text), true
}

// resolveWeekday finds the weekday nearest the reference day in the direction the
// text implies: the reference day itself counts ("Monday" said on a Monday).
func resolveWeekday(day time.Time, wd time.Weekday, dir int, tense Tense) time.Time {
	diff := int(wd) - int(day.Weekday())
	switch {
	case dir < 0: // "last Monday": strictly before
		if diff >= 0 {
			diff -= 7
		}
	case dir > 0: // "next Monday": strictly after
		if diff <= 0 {
			diff += 7
		}
	case tense == Future:
		if diff < 0 {
			diff += 7
		}
	default:
		if diff > 0 {
			diff -= 7
		}
	}
	return day.AddDate(0, 0, diff)
}

// NextOnOrAfter returns the first day on or after day that falls on wd.
func NextOnOrAfter(day time.Time, wd time.Weekday) time.Time {
	return resolveWeekday(day, wd, 0, Future)
}

// futureMarkers in a clause make a bare weekday in it the next occurrence.
var futureMarkers = []string{
	" will ", " won't ", "'ll ", " is set to ", " are set to ", " is scheduled to ", " are scheduled to ",
	" is expected to ", " are expected to ", " plans to ", " plan to ", " is due to ", " are due to ",
	" is going to ", " are going to ", " would ", " hopes to ", " hoped to ", " intends to ", " intended to ",
	" aims to ", " promised to ", " vowed to ", " pledged to ", " expects to ", " expected to ",
}

// futurePrepositions right before a weekday point ahead ("by Saturday").
var futurePrepositions = []string{" by ", " until ", " through ", " next ", " till ", " for "}

// TenseAt guesses the tense that governs the expression at byte offset pos of
// sentence: a future marker in the clause before it ("will", "is set to", "by"
// right before a weekday) makes it future.
func TenseAt(sentence string, pos int) Tense {
	if pos > len(sentence) {
		pos = len(sentence)
	}
	before := " " + strings.ToLower(sentence[:pos])
	// the clause: after the last sentence-internal stop, or the end of the
	// sentence before (a paragraph may be passed whole)
	if k := strings.LastIndexAny(before, ";\n"); k >= 0 {
		before = before[k:]
	}
	if k := lastSentenceEnd(before); k >= 0 {
		before = before[k:]
	}
	for _, m := range futurePrepositions {
		if strings.HasSuffix(before, m) || strings.HasSuffix(before, m[:len(m)-1]+" the ") {
			return Future
		}
	}
	for _, m := range futureMarkers {
		if strings.Contains(before, m) {
			return Future
		}
	}
	after := strings.ToLower(sentence[pos:])
	for _, m := range []string{" will ", " is set to ", " are set to ", " is scheduled to ", " is expected to "} {
		if k := strings.Index(after, m); k >= 0 && k < 60 {
			return Future
		}
	}
	return Past
}

// lastSentenceEnd returns the offset after the last ". ", "! " or "? " in s that
// ends a sentence (the next word starts in upper case or a quote), or -1.
func lastSentenceEnd(s string) int {
	for i := len(s) - 3; i >= 0; i-- {
		c := s[i]
		if (c == '.' || c == '!' || c == '?') && s[i+1] == ' ' {
			k := strings.LastIndexByte(s[:i], ' ')
			word := s[k+1 : i]
			if len(word) <= 3 && c == '.' {
				continue // "gov.", "st.", "u.s", initials: not a sentence end
			}
			return i + 1
		}
	}
	return -1
}
