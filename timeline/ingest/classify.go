package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"factline/timeline/when"
)

// The classifiers below look at one paragraph of plain text. They are lexicons
// of what wire services and newsroom CMSs print around the story, not phrases of
// any one page.

// photoCreditWords mark the closing parenthesis of a photo caption:
// "(AP Photo/Alex Brandon)", "(Photo by Jane Roe/Getty Images)", "(Reuters/Name)".
var photoCreditWords = []string{
	"photo", "photos", "image", "images", "getty", "reuters", "afp", "epa", "pool", "photograph",
	"shutterstock", "xinhua", "anadolu", "sipa", "alamy", "credit", "courtesy", "handout", "via ap",
	"video", "screenshot", "screengrab",
}

// isCaption reports whether a paragraph is a photo caption: it ends with a
// credit in parentheses or after "Photograph:"/"Photo:".
func isCaption(p string) bool {
	p = strings.TrimSpace(p)
	if strings.HasSuffix(p, ")") {
		open := strings.LastIndexByte(p, '(')
		if open < 0 || len(p)-open > 90 {
			return false
		}
		credit := strings.ToLower(p[open+1 : len(p)-1])
		if !strings.ContainsAny(credit, "/") && !strings.Contains(credit, " by ") && !strings.Contains(credit, "photo") &&
			!strings.Contains(credit, "getty") && !strings.Contains(credit, "courtesy") && !strings.Contains(credit, "handout") {
			return false
		}
		for _, w := range photoCreditWords {
			if strings.Contains(credit, w) {
				return true
			}
		}
		return false
	}
	// a credit after "Photograph:" sits in the paragraph's last 80 bytes
	tail := p
	if len(tail) > 80 {
		tail = tail[len(tail)-80:]
	}
	if strings.IndexByte(tail, ':') < 0 {
		return false
	}
	lower := strings.ToLower(tail)
	for _, lead := range []string{"photograph:", "photo:", "image:", "photo credit:"} {
		if k := strings.LastIndex(lower, lead); k >= 0 && len(p)-len(tail)+k > len(p)/3 {
			return true
		}
	}
	return false
}

// boilerplateExact are whole paragraphs (compared lower-case, without trailing
// punctuation) that are page furniture.
var boilerplateExact = map[string]bool{
	"click to gallery": true, "view gallery": true, "view all photos": true, "view photo gallery": true,
	"click to expand": true, "enlarge this image": true, "show caption": true, "hide caption": true,
	"toggle caption": true, "advertisement": true, "skip to content": true, "share": true,
	"share this": true, "share this article": true, "copy link": true, "link copied": true, "read more": true,
	"related coverage": true, "related": true, "related stories": true, "more on this story": true,
	"the latest": true, "latest": true, "live": true, "live updates": true, "breaking": true, "developing": true,
	"subscribe": true, "sign up": true, "listen to this article": true, "print": true, "email": true,
	"comments": true, "open gallery": true, "gallery": true, "photos": true, "video": true, "watch": true,
	"loading": true, "loading...": true, "back to top": true, "see all updates": true, "load more": true,
	"show more": true, "previous": true, "next": true, "key points": true, "what we know": true,
	"sponsored": true, "sponsored content": true, "promoted content": true, "paid content": true,
	"partner content": true, "pinned": true, "pinned post": true, "key events": true, "most read": true,
	"most popular": true, "top stories": true, "share this post": true, "share on facebook": true,
	"share on x": true, "share on twitter": true, "copy link to this post": true, "jump to": true,
	// a share widget copied one button a line
	"copy": true, "facebook": true, "x": true, "twitter": true, "reddit": true, "linkedin": true,
	"pinterest": true, "flipboard": true, "whatsapp": true, "telegram": true, "bluesky": true,
	"threads": true, "mastodon": true, "tumblr": true, "messenger": true, "sms": true, "e-mail": true,
	"copied": true, "share on facebook and x": true, "save": true, "bookmark": true, "follow": true,
	"key moments": true, "key developments": true, "highlights": true, "top updates": true,
	"in brief": true, "summary": true, "recap": true,
}

// boilerplatePrefixes start furniture paragraphs.
var boilerplatePrefixes = []string{
	"sign up for", "subscribe to", "follow ap's coverage", "follow the ap's", "follow our", "follow live",
	"read more:", "related:", "see also:", "more:", "watch:", "listen:", "copyright ", "© ", "(c) ",
	"all rights reserved", "this story has been updated", "this is a developing story", "this story is developing",
	"reporting by ", "editing by ", "additional reporting by ", "contributing:", "contributors:",
	"get the latest", "download the", "support independent journalism", "find more ap coverage",
	"please turn on javascript", "please enable javascript", "you need to enable javascript",
	"show key events", "show all updates", "show more updates", "show latest updates", "view latest updates",
	"follow along", "check back for", "check back here", "refresh this page", "refresh for the latest",
	"stay with us", "we'll bring you", "we will bring you",
	"—-", "___", "***",
	// the close of a live page
	"this blog is now closed", "this live blog is now closed", "this live blog has ended",
	"this blog has now ended", "this live coverage has ended", "our live coverage has ended",
	"we've paused our live coverage", "we have paused our live coverage", "we're pausing our live coverage",
	"we are pausing our live coverage", "we've ended our live coverage", "we have ended our live coverage",
}

// liveMarkers are section labels that open the live part of a page: what
// follows is a run of updates, not an article.
var liveMarkers = map[string]bool{
	"the latest": true, "latest": true, "live updates": true, "latest updates": true, "live": true,
	"key updates": true, "what to know": true, "here's the latest": true, "here’s the latest": true,
}

func isLiveMarker(p string) bool {
	return liveMarkers[strings.ToLower(strings.TrimRight(strings.TrimSpace(p), " .:!|>»›-–—"))]
}

// isBoilerplate reports whether a paragraph is page furniture rather than story.
func isBoilerplate(p string) bool {
	t := strings.TrimSpace(p)
	if t == "" {
		return true
	}
	// furniture is recognised by its first words or, for credits, its last:
	// only those are lower-cased
	head := strings.TrimRight(t, " .:!|>»›-–—")
	if len(head) <= 40 && (boilerplateExact[strings.ToLower(head)] || liveMarkers[strings.ToLower(head)]) {
		return true
	}
	if len(head) > 48 {
		head = head[:48]
	}
	var buf [48]byte
	lower := lowerASCII(buf[:0], head)
	for _, pre := range boilerplatePrefixes {
		if len(lower) >= len(pre) && string(lower[:len(pre)]) == pre {
			return true
		}
	}
	if strings.Trim(t, "_-–—*=~•·. ") == "" {
		return true
	}
	return isCredit(t) || isByline(t)
}

// lowerASCII appends s to buf with ASCII letters lower-cased.
func lowerASCII(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// isByline recognises "By JON GAMBRELL and NASSER KARIMI" or "By Ana Ruiz,
// Associated Press".
func isByline(t string) bool {
	if !strings.HasPrefix(t, "By ") && !strings.HasPrefix(t, "BY ") {
		return false
	}
	ws := strings.Fields(t[3:])
	if len(ws) == 0 || len(ws) > 14 || strings.ContainsAny(t, ".!?") && !strings.HasSuffix(t, ".") {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && w != "and" && w != "&" && w != "of" && w != "in" && w != "the" {
			return false
		}
	}
	return true
}

// leadingStamp splits "10:15 a.m. — Police said ..." into its stamp and text.
func leadingStamp(p string) (when.Expr, string, bool) {
	if len(p) < 8 || !(isDigitByte(p[0]) || isLetter(p[0])) {
		return when.Expr{}, "", false
	}
	head := p
	if len(head) > 48 {
		head = head[:48]
	}
	for _, sep := range []string{" — ", " – ", " - ", ": ", " | ", " —", "—"} {
		k := strings.Index(head, sep)
		if k <= 0 {
			continue
		}
		if e, ok := stampLine(p[:k]); ok && e.HasClock {
			rest := strings.TrimSpace(p[k+len(sep):])
			if rest != "" {
				return e, rest, true
			}
		}
	}
	return when.Expr{}, "", false
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// isCredit recognises contributor lines: "Associated Press writer Jon Gambrell
// in Dubai, United Arab Emirates, contributed." or "... contributed to this
// report." They are short and end in "contributed" or "contributed reporting".
func isCredit(p string) bool {
	t := strings.TrimSpace(p)
	if len(t) > 400 {
		return false
	}
	tail := strings.TrimRight(t, ". ")
	if len(tail) > 64 {
		tail = tail[len(tail)-64:]
	}
	if strings.Index(tail, "ontributed") < 0 && strings.Index(tail, "ONTRIBUTED") < 0 {
		return false
	}
	lower := strings.ToLower(tail)
	for _, end := range []string{"contributed", "contributed to this report", "contributed to this story",
		"contributed reporting", "contributed to this article"} {
		if strings.HasSuffix(lower, end) {
			return true
		}
	}
	if len(t) >= 300 {
		return false
	}
	// "... contributed from Des Plaines." / "... contributed reporting from Lagos."
	if k := strings.LastIndex(lower, "contributed "); k >= 0 {
		after := lower[k+len("contributed "):]
		for _, lead := range []string{"from ", "reporting from ", "to this report from ", "reporting to this story"} {
			if strings.HasPrefix(after, lead) && len(after) <= 44 && !strings.ContainsAny(after, ".!?") {
				return true
			}
		}
	}
	return strings.Contains(lower, " contributed to this report")
}

// wireAgencies appear in datelines: "BOGOTÁ (AP) —".
var wireAgencies = map[string]bool{"AP": true, "Reuters": true, "AFP": true, "UPI": true, "dpa": true, "CNN": true, "Bloomberg": true, "EFE": true, "ANSA": true}

// datelineEnd returns the byte length of a leading wire dateline ("BOGOTÁ (AP) —
// ", "KYIV, Ukraine (Reuters) - ", "LONDON —") or 0.
func datelineEnd(p string) int {
	// the place is upper case, up to the first comma or parenthesis
	i := 0
	letters := 0
	for i < len(p) {
		r, n := utf8.DecodeRuneInString(p[i:])
		if unicode.IsUpper(r) {
			letters++
		} else if unicode.IsLower(r) {
			break
		} else if !(r == ' ' || r == '.' || r == '\'' || r == '-' || r == '’') {
			break
		}
		i += n
	}
	if letters < 3 || i > 40 {
		return 0
	}
	rest := p[i:]
	// optional ", Region" in mixed case
	if strings.HasPrefix(rest, ",") {
		k := strings.IndexAny(rest, "(—–")
		if k < 0 || k > 40 {
			return 0
		}
		region := strings.TrimSpace(rest[1:k])
		if region == "" || strings.ContainsAny(region, "!?\"“") || strings.Contains(region, ". ") {
			return 0
		}
		i += k
		rest = p[i:]
	}
	rest2 := strings.TrimLeft(rest, " ")
	i += len(rest) - len(rest2)
	rest = rest2
	if strings.HasPrefix(rest, "(") {
		k := strings.IndexByte(rest, ')')
		if k < 0 || !wireAgencies[rest[1:k]] {
			return 0
		}
		i += k + 1
		rest = p[i:]
		rest2 = strings.TrimLeft(rest, " ")
		i += len(rest) - len(rest2)
		rest = rest2
	}
	for _, dash := range []string{"—", "–", "--", "-"} {
		if strings.HasPrefix(rest, dash) {
			i += len(dash)
			return i + len(rest[len(dash):]) - len(strings.TrimLeft(rest[len(dash):], " "))
		}
	}
	return 0
}

// stampPrefixes may precede a time stamp line.
var stampPrefixes = []string{"updated", "posted", "published", "last updated", "update", "published on", "updated on", "updated at", "posted at"}

// stampLine reports whether a paragraph is only a time stamp ("Jan. 14, 2026,
// 9:40 AM EST", "10:15 a.m.", "Updated 11:02 PM GMT") and returns its
// expression.
func stampLine(p string) (when.Expr, bool) {
	t := strings.TrimSpace(p)
	if len(t) > 60 || len(t) < 4 {
		return when.Expr{}, false
	}
	lower := strings.ToLower(t)
	cut := 0
	for _, pre := range stampPrefixes {
		if strings.HasPrefix(lower, pre) && len(lower) > len(pre) && !isLetter(lower[len(pre)]) {
			if len(pre) > cut {
				cut = len(pre)
			}
		}
	}
	body := strings.TrimLeft(t[cut:], " :–—-")
	if e, ok := agoStamp(body); ok {
		return e, true
	}
	es := when.Find(body)
	if len(es) == 0 || len(es) > 2 {
		return when.Expr{}, false
	}
	// "11:02 p.m. ET, Jan. 14, 2026": a clock and a date make one stamp
	e := es[0]
	if len(es) == 2 {
		a, b := es[0], es[1]
		if a.HasClock && !a.Absolute() && b.Absolute() && !b.HasClock {
			e = b
			e.HasClock, e.Hour, e.Minute, e.Zone, e.Start, e.End = true, a.Hour, a.Minute, a.Zone, a.Start, b.End
		} else {
			return when.Expr{}, false
		}
	}
	if !(e.HasClock || e.Absolute()) {
		return when.Expr{}, false
	}
	rest := ""
	for i, x := range es {
		if i == 0 {
			rest += body[:x.Start]
		} else {
			rest += body[es[i-1].End:x.Start]
		}
	}
	rest += body[es[len(es)-1].End:]
	rest = strings.Trim(strings.TrimSpace(rest), " ,.:;|–—-()[]")
	if rest != "" {
		// allow a weekday name or a zone word around it
		lr := strings.ToLower(rest)
		if !weekdayNames[lr] && lr != "local time" && lr != "et" && lr != "at" && lr != "on" {
			return when.Expr{}, false
		}
	}
	return e, true
}

// agoStamp reads the relative stamps of live pages: "3 hours ago", "45m ago",
// "Just now". Offset is in minutes before the page's time (negative).
func agoStamp(s string) (when.Expr, bool) {
	f := strings.Fields(strings.ToLower(strings.TrimRight(s, ".")))
	if len(f) == 2 && f[0] == "just" && f[1] == "now" {
		return when.Expr{Text: s, HasClock: true, Ago: true}, true
	}
	if len(f) < 2 || f[len(f)-1] != "ago" {
		return when.Expr{}, false
	}
	num := f[0]
	unit := ""
	if len(f) == 3 {
		unit = f[1]
	} else if len(f) == 2 {
		i := strings.IndexFunc(num, func(r rune) bool { return r < '0' || r > '9' })
		if i <= 0 {
			return when.Expr{}, false
		}
		num, unit = num[:i], num[i:]
	} else {
		return when.Expr{}, false
	}
	n := 0
	for _, c := range num {
		if c < '0' || c > '9' {
			if num == "an" || num == "a" {
				n = 1
				break
			}
			return when.Expr{}, false
		}
		n = n*10 + int(c-'0')
	}
	if num == "a" || num == "an" {
		n = 1
	}
	switch unit {
	case "m", "min", "mins", "minute", "minutes":
	case "h", "hr", "hrs", "hour", "hours":
		n *= 60
	case "d", "day", "days":
		n *= 24 * 60
	default:
		return when.Expr{}, false
	}
	return when.Expr{Text: s, HasClock: true, Ago: true, AgoMinutes: n}, true
}

var weekdayNames = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// isHeadlineLike reports whether a paragraph reads as a headline or title: short,
// no closing sentence punctuation.
// fieldCount counts the space-separated fields of s as strings.Fields
// would, stopping at limit, without making them.
func fieldCount(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			if n++; n >= limit {
				return n
			}
		}
	}
	return n
}

func isHeadlineLike(p string) bool {
	t := strings.TrimSpace(p)
	if t == "" || len(t) > 160 {
		return false
	}
	n := fieldCount(t, 19)
	if n > 18 || n < 2 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	if last == '?' {
		// explainer headlines ask: "What caused the fire?"; a question that
		// quotes someone or runs long is a sentence of the story
		if n > 10 || strings.ContainsAny(t, "\"“”‘:;") {
			return false
		}
	} else if strings.ContainsRune(".!?,;”\"'’)…", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(first) || unicode.IsDigit(first)
}
