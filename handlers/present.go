package handlers

import (
	"fmt"
	"math"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"factline/timeline"
	"factline/views"
)

// This file turns domain values into the views' models: every date formatted,
// every highlight cut, so the templates only lay things out.

// monthNames are AP style: short months abbreviated, the rest spelled out.
var monthNames = [...]string{"", "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}

// dateLabel is "Oct. 13, 2026".
func dateLabel(t time.Time) string {
	y, m, d := t.Date()
	return fmt.Sprintf("%s %d, %d", monthNames[m], d, y)
}

// dayLabel is "Tuesday, Oct. 13, 2026".
func dayLabel(t time.Time) string { return t.Weekday().String() + ", " + dateLabel(t) }

// clockLabel is AP style: "9:40 a.m.", "9 a.m.", "noon", "midnight".
func clockLabel(t time.Time) string {
	h, m := t.Hour(), t.Minute()
	switch {
	case h == 12 && m == 0:
		return "noon"
	case h == 0 && m == 0:
		return "midnight"
	}
	suffix := "a.m."
	if h >= 12 {
		suffix = "p.m."
	}
	h12 := h % 12
	if h12 == 0 {
		h12 = 12
	}
	if m == 0 {
		return fmt.Sprintf("%d %s", h12, suffix)
	}
	return fmt.Sprintf("%d:%02d %s", h12, m, suffix)
}

// zoneLabel names a time's zone: its abbreviation when the source gave one,
// else its offset ("UTC-05:00").
func zoneLabel(t time.Time) string {
	name, off := t.Zone()
	if name != "" && name[0] != '+' && name[0] != '-' {
		return name
	}
	if off == 0 {
		return "UTC"
	}
	sign := '+'
	if off < 0 {
		sign, off = '-', -off
	}
	return fmt.Sprintf("UTC%c%02d:%02d", sign, off/3600, off%3600/60)
}

// timeView formats a When for the page: in the source's own zone, with UTC
// alongside when they differ, and its precision.
func timeView(w timeline.When) views.TimeView {
	tv := views.TimeView{Precision: string(w.PrecisionOrUnknown()), Source: w.Text}
	if w.IsZero() {
		return tv
	}
	tv.Date = w.Date().Format(time.DateOnly)
	if w.Precision == timeline.PrecisionDay {
		tv.Local = dayLabel(w.Date())
		tv.ISO = tv.Date
		return tv
	}
	t := w.At
	tv.Local = dateLabel(t) + ", " + clockLabel(t) + " " + zoneLabel(t)
	tv.ISO = t.Format(time.RFC3339)
	if _, off := t.Zone(); off != 0 {
		u := t.UTC()
		tv.UTC = u.Format("15:04") + " UTC"
		if u.Day() != t.Day() || u.Month() != t.Month() || u.Year() != t.Year() {
			tv.UTC += ", " + dateLabel(u)
		}
	}
	return tv
}

// whenShort is a When in one phrase: "Oct. 13, 2026, 9:40 a.m. MDT" or
// "Tuesday, Oct. 13, 2026"; "" when unknown.
func whenShort(w timeline.When) string {
	tv := timeView(w)
	if tv.UTC != "" {
		return tv.Local + " (" + tv.UTC + ")"
	}
	return tv.Local
}

// stampLabel is a moment the application recorded, in UTC.
func stampLabel(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	u := t.UTC()
	return dateLabel(u) + ", " + u.Format("15:04") + " UTC"
}

func storyPath(slug string) string { return "/stories/" + url.PathEscape(slug) }

func storyHeader(st timeline.Story) views.StoryHeader {
	title := st.Title
	if title == "" {
		title = st.Slug
	}
	return views.StoryHeader{
		Slug:      st.Slug,
		Title:     title,
		Href:      storyPath(st.Slug),
		Published: whenShort(st.Published),
		SourceURL: safeLink(st.SourceURL),
		Events:    st.Events,
		Claims:    st.Claims,
		Figures:   st.Figures,
		Imports:   st.Imports,
		ImportURL: "/import?story=" + url.QueryEscape(st.Slug),
		JSONURL:   "/api/v1/stories/" + url.PathEscape(st.Slug) + "/events",
		SeriesURL: seriesListPath(st.Slug),
	}
}

// safeLink keeps only http(s) links.
func safeLink(s string) string {
	if CheckSourceURL(s) != nil {
		return ""
	}
	return s
}

func storyRows(stories []timeline.Story) []views.StoryRow {
	out := make([]views.StoryRow, 0, len(stories))
	for _, st := range stories {
		h := storyHeader(st)
		out = append(out, views.StoryRow{
			Slug:       st.Slug,
			Title:      h.Title,
			Href:       h.Href,
			Published:  h.Published,
			Updated:    stampLabel(st.UpdatedAt),
			UpdatedISO: st.UpdatedAt.UTC().Format(time.RFC3339),
			Events:     st.Events,
			Claims:     st.Claims,
			Figures:    st.Figures,
			Imports:    st.Imports,
		})
	}
	return out
}

// timelinePage lays a story's events out by day. Repeats are left out,
// captions folded, furniture (boilerplate) listed apart.
func timelinePage(st timeline.Story, evs []timeline.StoredEvent, imports []timeline.ImportRecord) views.TimelinePage {
	m := views.TimelinePage{Story: storyHeader(st)}
	m.Page = views.Page{Title: m.Story.Title, Nav: "stories"}
	seen := map[string]int{}
	for i := range evs {
		se := &evs[i]
		if se.DuplicateOf != 0 || se.DuplicateOfID != 0 {
			m.Hidden.Repeats++
			continue
		}
		ev := eventView(st.Slug, se)
		switch se.Kind {
		case timeline.KindBoilerplate:
			m.Hidden.Furniture++
			m.Furniture = append(m.Furniture, ev)
			continue
		case timeline.KindCaption:
			m.Hidden.Captions++
		}
		if se.Time.IsZero() {
			m.Hidden.UnknownTime++
		}
		key, label, short := "unknown", "Time not given", "No time"
		if ev.Time.Date != "" {
			d := se.Time.Date()
			key, label, short = ev.Time.Date, dayLabel(d), d.Weekday().String()[:3]+" "+dateLabel(d)
		}
		if se.Kind == timeline.KindCaption {
			ev = views.EventView{Kind: "captions", Anchor: ev.Anchor, Captions: []views.EventView{ev}}
		}
		if n := len(m.Groups); n > 0 && m.Groups[n-1].Label == label {
			g := &m.Groups[n-1]
			// A caption after a caption joins its run.
			if k := len(g.Events); se.Kind == timeline.KindCaption && k > 0 && g.Events[k-1].Kind == "captions" {
				g.Events[k-1].Captions = append(g.Events[k-1].Captions, ev.Captions...)
				continue
			}
			g.Events = append(g.Events, ev)
			continue
		}
		id := "day-" + key
		if k := seen[id]; k > 0 {
			id += "-" + strconv.Itoa(k+1)
		}
		seen["day-"+key]++
		m.Groups = append(m.Groups, views.DayGroup{ID: id, Label: label, Short: short, Events: []views.EventView{ev}})
	}
	for i := range imports {
		m.Imports = append(m.Imports, importRow(st.Slug, &imports[i]))
	}
	m.SplitOffer = splitOffer(st.Slug, evs, imports)
	return m
}

// splitOffer links to the latest import that found parts dated far apart,
// while the story still holds events of more than one of them.
func splitOffer(slug string, evs []timeline.StoredEvent, imports []timeline.ImportRecord) string {
	parts := map[int]bool{}
	for i := range evs {
		parts[evs[i].Part] = true
	}
	if len(parts) < 2 {
		return ""
	}
	for i := len(imports) - 1; i >= 0; i-- {
		if imports[i].Result.FarApart {
			return importPath(slug, imports[i].ID)
		}
	}
	return ""
}

func importPath(slug string, id int64) string {
	return storyPath(slug) + "/imports/" + strconv.FormatInt(id, 10)
}

func eventView(slug string, se *timeline.StoredEvent) views.EventView {
	ev := views.EventView{
		Anchor:    timeline.EventID(se.Ordinal),
		Kind:      string(se.Kind),
		Time:      timeView(se.Time),
		Heading:   se.Headline,
		Text:      se.Text,
		Revision:  se.Revision,
		SourceURL: safeLink(se.SourceRef),
	}
	if ev.SourceURL == "" {
		ev.SourceRef = se.SourceRef
	}
	if ev.Heading == "" {
		ev.Heading, ev.HeadingDerived = firstWords(se.Text, 10), true
	}
	for i := range se.Claims {
		ev.Claims = append(ev.Claims, claimView(slug, &se.Claims[i]))
	}
	for i := range se.Figures {
		ev.Figures = append(ev.Figures, figureView(&se.Figures[i]))
	}
	ev.Paras = highlight(se.Text, ev.Claims, ev.Figures, se.Claims, se.Figures)
	for _, r := range se.Revisions {
		ev.Revisions = append(ev.Revisions, views.RevisionView{
			Number:   r.Number,
			Heading:  r.Headline,
			Text:     r.Text,
			Time:     whenShort(r.Time),
			Imported: stampLabel(r.CreatedAt),
		})
	}
	return ev
}

// firstWords names an event without a headline by its opening words.
func firstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return strings.Join(f, " ")
	}
	return strings.Join(f[:n], " ") + "…"
}

var evidenceLabels = map[timeline.Evidence]string{
	timeline.EvidenceNoneOffered: "No evidence offered",
	timeline.EvidenceUnconfirmed: "Not independently verified",
	timeline.EvidenceDenied:      "Denied",
	timeline.EvidenceDisputed:    "Disputed",
}

func reviewLabel(s timeline.ReviewStatus) string {
	for _, o := range views.ReviewOptions() {
		if o.Value == string(s) {
			return o.Label
		}
	}
	return string(s)
}

func claimView(slug string, c *timeline.Claim) views.ClaimView {
	cv := views.ClaimView{
		ID:            c.ID,
		Anchor:        "claim-" + c.ID,
		Speaker:       c.Speaker,
		SpeakerText:   c.SpeakerText,
		SpeakerKind:   string(c.SpeakerKind),
		Via:           c.Via,
		Verb:          c.Verb,
		Text:          c.Text,
		Direct:        c.Direct,
		Time:          whenShort(c.Time),
		Evidence:      string(c.Evidence),
		EvidenceLabel: evidenceLabels[c.Evidence],
		EvidenceText:  c.EvidenceText,
		ReviewAction:  "/claims/" + url.PathEscape(c.ID) + "/review",
		Story:         slug,
		Review: views.ReviewView{
			Status:      string(c.Review.Status),
			StatusLabel: reviewLabel(c.Review.Status),
			Note:        c.Review.Note,
			At:          stampLabel(c.Review.At),
		},
	}
	if cv.Speaker == "" {
		cv.Speaker = c.SpeakerText
	}
	if cv.Speaker == "" {
		cv.Speaker = "Unnamed source"
	}
	if cv.EvidenceLabel == "" && c.Evidence != timeline.EvidenceNone {
		cv.EvidenceLabel = string(c.Evidence)
	}
	return cv
}

var boundWords = map[timeline.Bound]string{
	timeline.BoundAtLeast:  "at least ",
	timeline.BoundMoreThan: "more than ",
	timeline.BoundAtMost:   "at most ",
	timeline.BoundLessThan: "less than ",
	timeline.BoundApprox:   "about ",
}

var roleLabels = map[timeline.Role]string{
	timeline.RolePart:      "part of a total",
	timeline.RoleRestated:  "earlier value restated",
	timeline.RoleIncrement: "a change",
}

var currencySigns = map[string]string{"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}

func figureView(f *timeline.Figure) views.FigureView {
	fv := views.FigureView{
		ID:     f.ID,
		Anchor: "figure-" + f.ID,
		Bound:  string(f.Bound),
		Source: f.Source,
		Time:   whenShort(f.Time),
		Text:   f.Text,
		Role:   roleLabels[f.Role],
	}
	fv.Amount, fv.Counts = figureAmount(f)
	return fv
}

// figureAmount writes a figure's number with its bound and unit ("at least
// 2,400", "$40 million", "9 to 12") and what it counts ("residents
// evacuated").
func figureAmount(f *timeline.Figure) (amount, counts string) {
	num := func(v float64) string {
		s := formatNumber(v)
		switch {
		case f.Unit == "%":
			return s + "%"
		case currencySigns[f.Unit] != "":
			return currencySigns[f.Unit] + s
		}
		return s
	}
	switch {
	case f.Bound == timeline.BoundRange && f.Low != nil && f.High != nil:
		amount = num(*f.Low) + " to " + num(*f.High)
	case f.Bound == timeline.BoundAtMost && f.High != nil:
		amount = "at most " + num(*f.High)
	default:
		amount = boundWords[f.Bound] + num(f.Value)
	}
	noun := f.Subject
	if noun == "" && f.Unit != "%" && currencySigns[f.Unit] == "" {
		noun = f.Unit
	}
	counts = noun
	if f.Metric != "" && !sharesStem(noun, f.Metric) {
		counts = strings.TrimSpace(noun + " " + f.Metric)
	}
	return amount, counts
}

// sharesStem reports whether a word of s starts like word (its first four
// letters), so "emergency funds" is not followed by "funding".
func sharesStem(s, word string) bool {
	w := strings.ToLower(word)
	if len(w) > 4 {
		w = w[:4]
	}
	for _, f := range strings.Fields(strings.ToLower(s)) {
		if strings.HasPrefix(f, w) {
			return true
		}
	}
	return false
}

// formatNumber writes 2400 as "2,400", 40000000 as "40 million" and 33.3 as
// "33.3".
func formatNumber(v float64) string {
	abs := math.Abs(v)
	for _, s := range []struct {
		n    float64
		name string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}} {
		if abs >= s.n {
			x := v / s.n
			if math.Abs(x*10-math.Round(x*10)) < 1e-9 {
				return strconv.FormatFloat(x, 'f', -1, 64) + " " + s.name
			}
		}
	}
	if v == math.Trunc(v) && abs < 1e15 {
		s := strconv.FormatInt(int64(abs), 10)
		var b strings.Builder
		if v < 0 {
			b.WriteByte('-')
		}
		for i, r := range s {
			if i > 0 && (len(s)-i)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteRune(r)
		}
		return b.String()
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// span is a highlighted range of an event's text.
type span struct {
	start, end int
	claim      bool
	id         string
	title      string
}

// validSpan reports whether [start, end) is a non-empty range of text that
// starts and ends on character boundaries; offsets from the extractor are
// never trusted further than that.
func validSpan(text string, start, end int) bool {
	if start < 0 || end > len(text) || start >= end {
		return false
	}
	return utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end]))
}

// highlight cuts an event's text into paragraphs (at line breaks) and each
// paragraph into segments where a claim or figure starts or ends, so the page
// can mark them without ever building HTML from strings. Where spans nest or
// overlap, each segment names the innermost claim and figure covering it.
func highlight(text string, cvs []views.ClaimView, fvs []views.FigureView, cs []timeline.Claim, fs []timeline.Figure) []views.Para {
	var spans []span
	for i := range cs {
		if validSpan(text, cs[i].Start, cs[i].End) {
			spans = append(spans, span{cs[i].Start, cs[i].End, true, cvs[i].ID, "Claim: " + cvs[i].Speaker + " " + cvs[i].Verb})
		}
	}
	for i := range fs {
		if validSpan(text, fs[i].Start, fs[i].End) {
			spans = append(spans, span{fs[i].Start, fs[i].End, false, fvs[i].ID, "Figure: " + fvs[i].Amount + " " + fvs[i].Counts})
		}
	}
	anchored := map[string]bool{}
	markOf := map[string]string{}
	var paras []views.Para
	for ps := 0; ps < len(text); {
		pe := strings.IndexByte(text[ps:], '\n')
		if pe < 0 {
			pe = len(text)
		} else {
			pe += ps
		}
		if strings.TrimSpace(text[ps:pe]) != "" {
			paras = append(paras, views.Para{Segments: segments(text, ps, pe, spans, anchored, markOf)})
		}
		ps = pe + 1
	}
	for i := range cvs {
		cvs[i].MarkAnchor = markOf[cvs[i].ID]
	}
	for i := range fvs {
		fvs[i].MarkAnchor = markOf[fvs[i].ID]
	}
	return paras
}

func segments(text string, ps, pe int, spans []span, anchored map[string]bool, markOf map[string]string) []views.Segment {
	cuts := []int{ps, pe}
	for _, s := range spans {
		if s.start > ps && s.start < pe {
			cuts = append(cuts, s.start)
		}
		if s.end > ps && s.end < pe {
			cuts = append(cuts, s.end)
		}
	}
	sort.Ints(cuts)
	var out []views.Segment
	for k := 0; k+1 < len(cuts); k++ {
		a, b := cuts[k], cuts[k+1]
		if a == b {
			continue
		}
		seg := views.Segment{Text: text[a:b]}
		var claim, fig *span
		for i := range spans {
			s := &spans[i]
			if s.start > a || s.end < b {
				continue
			}
			best := &fig
			if s.claim {
				best = &claim
			}
			if *best == nil || s.end-s.start < (*best).end-(*best).start {
				*best = s
			}
		}
		var titles []string
		for _, s := range []*span{claim, fig} {
			if s == nil {
				continue
			}
			if s.claim {
				seg.Claim = s.id
			} else {
				seg.Figure = s.id
			}
			titles = append(titles, s.title)
			if !anchored[s.id] {
				anchored[s.id] = true
				anchor := "m-" + s.id
				markOf[s.id] = anchor
				seg.Anchors = append(seg.Anchors, anchor)
			}
		}
		seg.Title = strings.Join(titles, " · ")
		// Adjacent plain segments are one run of text.
		if n := len(out); n > 0 && seg.Claim == "" && seg.Figure == "" && out[n-1].Claim == "" && out[n-1].Figure == "" {
			out[n-1].Text += seg.Text
			continue
		}
		out = append(out, seg)
	}
	return out
}

// laterPart reports whether a is dated after b (undated parts count as
// oldest); between equal dates, the larger part wins.
func laterPart(a, b timeline.Part) bool {
	ad, bd := a.Date.Date(), b.Date.Date()
	if !ad.Equal(bd) {
		return ad.After(bd)
	}
	return a.Last-a.First > b.Last-b.First
}

func importRow(slug string, rec *timeline.ImportRecord) views.ImportRow {
	return views.ImportRow{
		ID:         rec.ID,
		Href:       importPath(slug, rec.ID),
		RawHref:    importPath(slug, rec.ID) + "/raw",
		When:       stampLabel(rec.CreatedAt),
		WhenISO:    rec.CreatedAt.UTC().Format(time.RFC3339),
		Format:     formatLabel(rec.Format),
		Filename:   rec.Filename,
		Size:       humanBytes(int64(rec.Bytes)),
		Added:      rec.Result.EventsAdded,
		Revised:    rec.Result.EventsRevised,
		Unchanged:  rec.Result.EventsUnchanged,
		Claims:     rec.Result.Claims,
		Figures:    rec.Result.Figures,
		FarApart:   rec.Result.FarApart,
		PartsCount: len(rec.Result.Parts),
	}
}

func formatLabel(f timeline.Format) string {
	switch f {
	case timeline.FormatText:
		return "Plain text"
	case timeline.FormatHTML:
		return "HTML"
	case timeline.FormatJSON:
		return "JSON"
	}
	return string(f)
}

// formatOptions are the choices of the import form's format select.
func formatOptions() []views.Option {
	return []views.Option{
		{Value: "auto", Label: "Detect automatically"},
		{Value: "text", Label: "Plain text"},
		{Value: "html", Label: "HTML"},
		{Value: "json", Label: "JSON"},
	}
}

// partViews suggests how to split a story's parts: every part but the most
// recent moves (a live page being tracked is the newest thing in a paste;
// older parts are usually an article pasted along with it), each under a
// slug made from its title that no story uses yet.
func partViews(slug string, parts []timeline.Part, taken map[string]bool) []views.PartView {
	keep := -1
	for i, p := range parts {
		if keep < 0 || laterPart(p, parts[keep]) {
			keep = i
		}
	}
	used := map[string]bool{slug: true}
	for k := range taken {
		used[k] = true
	}
	out := make([]views.PartView, 0, len(parts))
	for i, p := range parts {
		base := Slugify(p.Title)
		if len(base) > 40 {
			base = strings.TrimRight(base[:40], "-")
			if j := strings.LastIndexByte(base, '-'); j > 20 {
				base = base[:j]
			}
		}
		if base == "" {
			base = slug + "-part-" + strconv.Itoa(p.Index+1)
		}
		s := base
		for n := 2; used[s]; n++ {
			s = base + "-" + strconv.Itoa(n)
		}
		used[s] = true
		date := ""
		if !p.Date.IsZero() {
			date = dayLabel(p.Date.Date())
		}
		title := p.Title
		out = append(out, views.PartView{
			Index:    p.Index,
			Date:     date,
			Title:    title,
			Events:   p.Last - p.First + 1,
			First:    p.First,
			Last:     p.Last,
			Move:     i != keep,
			Slug:     s,
			NewTitle: title,
		})
	}
	return out
}
