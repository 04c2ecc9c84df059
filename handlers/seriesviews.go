package handlers

import (
	"cmp"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"factline/timeline"
	"factline/timeline/series"
	"factline/views"
	"factline/views/chart"
)

// This file turns a story's series into the views' models. A series page may
// hold 10,000 rows, so the per-row work appends to byte slices rather than
// formatting with fmt.

func seriesListPath(slug string) string { return storyPath(slug) + "/series" }

func seriesPath(slug, id string) string { return seriesListPath(slug) + "/" + url.PathEscape(id) }

func overridesPath(slug string) string { return storyPath(slug) + "/series-overrides" }

func undoPath(slug string, id int64) string {
	return overridesPath(slug) + "/" + strconv.FormatInt(id, 10) + "/delete"
}

// eventHref links a point to its event on the story page, whose anchors are
// the ordinals of timeline.Store's Events (SeriesSnapshot numbers events the
// same way).
func eventHref(slug string, ordinal int) string {
	return storyPath(slug) + "#" + timeline.EventID(ordinal)
}

// APISeriesID is a series' id in the API: the story's slug and the series id
// joined by a tilde ("mine-collapse~deaths"). A series id is unique within
// its story only; slugs hold no tilde and series ids neither, so the pair
// reads back without ambiguity and stays the same across re-imports.
func APISeriesID(slug, id string) string { return slug + "~" + id }

// ParseAPISeriesID splits an API series id.
func ParseAPISeriesID(s string) (slug, id string, err error) {
	slug, id, ok := strings.Cut(s, "~")
	if !ok || slug == "" || id == "" || strings.Contains(id, "~") {
		return "", "", timeline.Errorf(timeline.ENotFound, "series %q not found: series ids in the API are STORY~SERIES (e.g. mine-collapse~deaths)", s)
	}
	return slug, id, nil
}

func apiSeriesPath(slug, id string) string {
	return "/api/v1/series/" + url.PathEscape(APISeriesID(slug, id))
}

var flagLabels = map[series.FlagKind]string{
	series.FlagDisagree:  "Sources disagree",
	series.FlagBreakdown: "Parts exceed total",
	series.FlagFell:      "Count fell",
	series.FlagRevised:   "Revised",
}

var flagExplanations = map[series.FlagKind]string{
	series.FlagDisagree: "Two sources’ figures for the same day cannot both be right, even allowing for “at least”, “about” and the like. " +
		"One may be older, count differently, or be wrong.",
	series.FlagBreakdown: "The parts of a total, in the same update, add up to more than the total itself.",
	series.FlagFell: "Deaths, injuries, arrests and cases only add up: a count that goes down within one source’s reports is a correction, " +
		"a change of method, or an error.",
	series.FlagRevised: "The update was edited after it was first imported, and the figure changed: both versions are kept.",
}

var contextLabels = map[series.ContextKind]string{
	series.ContextPart:      "Part of a total",
	series.ContextRestated:  "Earlier value restated",
	series.ContextIncrement: "A change",
	series.ContextRepeat:    "Said again",
	series.ContextSubcount:  "Smaller count",
}

func flagLabel(k series.FlagKind) string {
	if l, ok := flagLabels[k]; ok {
		return l
	}
	return string(k)
}

// lineClass names a line's colour for the stylesheet: the chart's palette
// has seven colours.
func lineClass(i int) string { return "line-" + strconv.Itoa(i%7) }

// asOf is a point's time for a row: "Oct. 13, 2026, 9:40 a.m. MDT" or
// "Oct. 13, 2026", with its machine-readable form.
func asOf(buf []byte, w timeline.When) (label, iso string, _ []byte) {
	if w.IsZero() {
		return "", "", buf
	}
	buf = appendDateLabel(buf[:0], w.At)
	if w.Precision == timeline.PrecisionDay {
		return string(buf), w.Date().Format(time.DateOnly), buf
	}
	buf = append(buf, ", "...)
	buf = appendClock(buf, w.At)
	buf = append(buf, ' ')
	buf = append(buf, zoneLabel(w.At)...)
	label = string(buf)
	buf = w.At.AppendFormat(buf[:0], time.RFC3339)
	return label, string(buf), buf
}

// appendDateLabel is dateLabel without fmt: "Oct. 13, 2026".
func appendDateLabel(b []byte, t time.Time) []byte {
	y, m, d := t.Date()
	b = append(b, monthNames[m]...)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(d), 10)
	b = append(b, ", "...)
	return strconv.AppendInt(b, int64(y), 10)
}

// appendClock is clockLabel without fmt: "9:40 a.m.", "noon".
func appendClock(b []byte, t time.Time) []byte {
	h, m := t.Hour(), t.Minute()
	switch {
	case h == 12 && m == 0:
		return append(b, "noon"...)
	case h == 0 && m == 0:
		return append(b, "midnight"...)
	}
	h12 := h % 12
	if h12 == 0 {
		h12 = 12
	}
	b = strconv.AppendInt(b, int64(h12), 10)
	if m != 0 {
		b = append(b, ':', byte('0'+m/10), byte('0'+m%10))
	}
	if h >= 12 {
		return append(b, " p.m."...)
	}
	return append(b, " a.m."...)
}

// shortDay is a point's day for a phrase: "Jan. 14".
func shortDay(w timeline.When) string {
	if w.IsZero() {
		return "undated"
	}
	_, m, d := w.At.Date()
	return monthNames[m] + " " + strconv.Itoa(d)
}

func valueOf(p *series.Point, unit string) string {
	return series.FormatValue(p.Value, p.Low, p.High, p.Bound, unit)
}

// pointOrder sorts the points of several lines by as-of time as series
// does within a line: undated last, by date, a day's date-only points first,
// then by instant, then in the story's order.
type pointOrder struct {
	known, minute bool
	date, instant int64
	ordinal       int
}

func orderOfPoint(p *series.Point) pointOrder {
	o := pointOrder{ordinal: p.Ordinal}
	if p.When.IsZero() {
		return o
	}
	o.known = true
	o.date = p.When.Date().Unix()
	if p.When.Precision == timeline.PrecisionMinute {
		o.minute, o.instant = true, p.When.At.Unix()
	}
	return o
}

func comparePoints(a, b pointOrder) int {
	switch {
	case a.known != b.known:
		if a.known {
			return -1
		}
		return 1
	case a.date != b.date:
		return cmp.Compare(a.date, b.date)
	case a.minute != b.minute:
		if !a.minute {
			return -1
		}
		return 1
	case a.instant != b.instant:
		return cmp.Compare(a.instant, b.instant)
	}
	return cmp.Compare(a.ordinal, b.ordinal)
}

// seriesPage builds a series page's model; the caller fills the editor's
// error and the notice.
func seriesPage(slug string, d *storySeries, s *series.Series, moveFigure string) views.SeriesPage {
	h := storyHeader(d.Story)
	m := views.SeriesPage{
		Page:    views.Page{Title: s.Label + " · " + h.Title, Nav: "stories"},
		Story:   h,
		ListURL: seriesListPath(slug),
		Series: views.SeriesHead{ID: s.ID, Label: s.Label, Unit: s.Unit, Custom: s.Custom, Points: s.Points(),
			Kind: seriesKind(s)},
		JSONURL: apiSeriesPath(slug, s.ID),
		CSVURL:  apiSeriesPath(slug, s.ID) + "?format=csv",
		Options: chart.Options{ExternalStyle: true},
	}
	if s.Parent != "" {
		if p := d.Set.Get(s.Parent); p != nil {
			m.Series.Parent = &views.Link{Label: p.Label, Href: seriesPath(slug, p.ID)}
		}
	}
	for i := range d.Set.Series {
		if sub := &d.Set.Series[i]; sub.Parent == s.ID {
			m.Series.Subs = append(m.Series.Subs, views.Link{Label: sub.Label, Href: seriesPath(slug, sub.ID)})
		}
	}

	story := storyPath(slug) + "#"
	href := func(p *series.Point) string { return story + timeline.EventID(p.Ordinal) }
	loc := zoneOf(s)
	m.Chart = chart.FromSeries(s, href, loc)
	m.Options.Location = loc
	m.Summary = chart.Summary(m.Chart, loc)
	m.Chart.Desc = m.Summary

	// Rows: every line's points, by as-of time.
	type ref struct {
		line, point int
		order       pointOrder
	}
	refs := make([]ref, 0, s.Points())
	for li := range s.Lines {
		l := &s.Lines[li]
		m.Lines = append(m.Lines, views.LineView{Label: l.Label, Colour: lineClass(li), Points: len(l.Points)})
		for pi := range l.Points {
			refs = append(refs, ref{li, pi, orderOfPoint(&l.Points[pi])})
		}
	}
	slices.SortStableFunc(refs, func(a, b ref) int { return comparePoints(a.order, b.order) })
	badges := flagBadgesOf(s.Flags)
	// Only the figures a check or a context item names need a link label.
	named := map[string]views.Link{}
	for _, f := range s.Flags {
		for _, id := range f.Figures {
			named[id] = views.Link{}
		}
	}
	for i := range s.Context {
		if s.Context[i].Of != "" {
			named[s.Context[i].Of] = views.Link{}
		}
	}
	name := func(row *views.PointRow) {
		if l, ok := named[row.FigureID]; ok && l.Href == "" {
			named[row.FigureID] = views.Link{Label: row.Value + " (" + row.Event + ")", Href: "#" + row.Anchor}
		}
	}
	var buf []byte
	story = storyPath(slug)
	m.Rows = make([]views.PointRow, len(refs))
	for i, r := range refs {
		p := &s.Lines[r.line].Points[r.point]
		row := &m.Rows[i]
		buf = fillRow(row, buf, story, p, s.Unit, "p-")
		row.Source, row.Line, row.Colour = s.Lines[r.line].Source, r.line, lineClass(r.line)
		row.Movable = true
		if len(p.Flags) > 0 {
			row.Flags = make([]views.FlagBadge, len(p.Flags))
			for k, f := range p.Flags {
				row.Flags[k] = badges[f]
			}
		}
		name(row)
	}
	m.Context = make([]views.PointRow, len(s.Context))
	for i := range s.Context {
		p := &s.Context[i]
		row := &m.Context[i]
		buf = fillRow(row, buf, story, p, s.Unit, "c-")
		row.Source, row.Line, row.Colour = p.Source, -1, ""
		row.RoleLabel = contextLabels[p.Context]
		name(row)
	}
	for i := range m.Context {
		if of, ok := named[s.Context[i].Of]; ok && of.Href != "" {
			m.Context[i].Of, m.Context[i].OfHref = of.Label, of.Href
		}
	}
	for i, f := range s.Flags {
		fv := flagView(slug, d.Set, f, i)
		for _, id := range f.Figures {
			if l, ok := named[id]; ok && l.Href != "" {
				fv.Points = append(fv.Points, l)
			}
		}
		m.Flags = append(m.Flags, fv)
	}
	m.Editor = seriesEditor(slug, d, s, moveFigure)
	return m
}

// fillRow fills the fields a point and a context item share; story is the
// story page's path.
func fillRow(row *views.PointRow, buf []byte, story string, p *series.Point, unit, prefix string) []byte {
	row.FigureID = p.FigureID
	row.Anchor = prefix + p.FigureID
	row.AsOf, row.AsOfISO, buf = asOf(buf, p.When)
	row.Value = valueOf(p, unit)
	row.Raw = strconv.FormatFloat(p.Value, 'g', -1, 64)
	row.Bound = string(p.Bound)
	row.Wording = p.Text
	row.Role = p.RoleName()
	buf = append(append(buf[:0], story...), '#')
	n := len(buf)
	buf = append(buf, timeline.EventID(p.Ordinal)...)
	row.EventHref = string(buf)
	row.Event = row.EventHref[n:]
	return buf
}

// zoneOf is the zone the series' sources give their times in: the chart's
// axis and labels use it, as the table and the story page do.
func zoneOf(s *series.Series) *time.Location {
	for li := range s.Lines {
		for _, p := range s.Lines[li].Points {
			if p.When.Precision == timeline.PrecisionMinute && !p.When.IsZero() {
				return p.When.At.Location()
			}
		}
	}
	return time.UTC
}

func seriesKind(s *series.Series) string {
	switch {
	case s.Custom:
		return "A series an editor made. Figures of different sources are compared day by day."
	case s.Cumulative:
		return "A cumulative count: it only adds up, so a fall within one source’s reports is flagged. Sources are compared day by day."
	}
	return "A level that may rise and fall (people missing, customers without power), so a fall is not flagged. Sources are compared day by day."
}

// flagBadgesOf makes a badge per flag of a series.
func flagBadgesOf(fs []series.Flag) []views.FlagBadge {
	out := make([]views.FlagBadge, len(fs))
	for i, f := range fs {
		out[i] = views.FlagBadge{Kind: string(f.Kind), Label: flagLabel(f.Kind), Ref: i}
	}
	return out
}

func flagView(slug string, set *series.Set, f series.Flag, i int) views.FlagView {
	fv := views.FlagView{Kind: string(f.Kind), Label: flagLabel(f.Kind), Explanation: flagExplanations[f.Kind],
		Message: f.Message, Anchor: "flag-" + strconv.Itoa(i)}
	if s := set.Get(f.Series); s != nil {
		fv.Series = views.Link{Label: s.Label, Href: seriesPath(slug, s.ID) + "#" + fv.Anchor}
	}
	for _, v := range f.Before {
		fv.Before = append(fv.Before, revisionValue(v))
	}
	for _, v := range f.After {
		fv.After = append(fv.After, revisionValue(v))
	}
	return fv
}

func revisionValue(v series.Value) string {
	s := series.FormatValue(v.Value, v.Low, v.High, v.Bound, "")
	if v.Text != "" {
		s += " (“" + v.Text + "”"
	} else {
		s += " ("
	}
	return s + ", version " + strconv.Itoa(v.Revision) + ")"
}

func seriesEditor(slug string, d *storySeries, s *series.Series, moveFigure string) views.SeriesEditor {
	e := views.SeriesEditor{Action: overridesPath(slug), Back: s.ID, MoveFigure: moveFigure}
	for i := range d.Set.Series {
		if o := &d.Set.Series[i]; o.ID != s.ID {
			e.Targets = append(e.Targets, views.Option{Value: o.ID, Label: o.Label})
		}
	}
	// Moves are found by figure: the series' figures are listed only when
	// the story has moves.
	var figs map[string]bool
	if slices.ContainsFunc(d.Overrides, func(o series.Override) bool { return o.Kind == series.OverrideMove }) {
		figs = map[string]bool{}
		for li := range s.Lines {
			for _, p := range s.Lines[li].Points {
				figs[p.FigureID] = true
			}
		}
		for _, p := range s.Context {
			figs[p.FigureID] = true
		}
	}
	subjects := map[string]bool{}
	for li := range s.Lines {
		for _, p := range s.Lines[li].Points {
			if p.Subject != "" {
				subjects[p.Subject] = true
			}
		}
	}
	// A subject all the figures share would split off the whole series.
	if len(subjects) > 1 {
		for sub := range subjects {
			e.Subjects = append(e.Subjects, sub)
		}
		slices.Sort(e.Subjects)
	}
	labels := seriesLabels(d.Set)
	for _, o := range d.Overrides {
		if o.To == s.ID || o.From == s.ID || o.Kind == series.OverrideMove && figs[o.FigureID] {
			e.Overrides = append(e.Overrides, overrideView(slug, o, labels, s.ID))
		}
	}
	return e
}

func seriesLabels(set *series.Set) map[string]string {
	out := make(map[string]string, len(set.Series))
	for i := range set.Series {
		out[set.Series[i].ID] = set.Series[i].Label
	}
	return out
}

// overrideView describes an override; back is the series page to return
// to after undoing it.
func overrideView(slug string, o series.Override, labels map[string]string, back string) views.OverrideView {
	name := func(id string) string {
		if l, ok := labels[id]; ok && l != id {
			return "“" + l + "” (" + id + ")"
		}
		return id
	}
	var desc string
	switch o.Kind {
	case series.OverrideMove:
		desc = "Figure " + o.FigureID + " moved to " + name(o.To)
	case series.OverrideMerge:
		desc = o.From + " merged into " + name(o.To)
	case series.OverrideSplit:
		desc = "Figures about " + o.Subject + " split from " + name(o.From) + " into " + name(o.To)
	case series.OverrideLabel:
		desc = o.To + " renamed “" + o.Label + "”"
	default:
		desc = string(o.Kind) + " " + o.To
	}
	return views.OverrideView{ID: o.ID, Description: desc, UndoAction: undoPath(slug, o.ID), Back: back}
}

// seriesListPage builds the list of a story's series.
func seriesListPage(slug string, d *storySeries) views.SeriesListPage {
	h := storyHeader(d.Story)
	m := views.SeriesListPage{
		Page:    views.Page{Title: "Figures · " + h.Title, Nav: "stories"},
		Story:   h,
		JSONURL: "/api/v1/stories/" + url.PathEscape(slug) + "/series",
	}
	labels := seriesLabels(d.Set)
	for i := range d.Set.Series {
		s := &d.Set.Series[i]
		row := views.SeriesRow{ID: s.ID, Label: s.Label, Href: seriesPath(slug, s.ID), Sub: s.Parent != "" && labels[s.Parent] != "",
			Unit: s.Unit, Points: s.Points(), Context: len(s.Context), Custom: s.Custom, Flags: flagBadgesOf(s.Flags)}
		var latest []string
		for li := range s.Lines {
			l := &s.Lines[li]
			row.Sources = append(row.Sources, lineName(l.Source))
			if n := len(l.Points); n > 0 {
				latest = append(latest, valueOf(&l.Points[n-1], s.Unit))
			}
		}
		row.Latest = strings.Join(latest, " / ")
		m.Series = append(m.Series, row)
	}
	for _, o := range d.Overrides {
		back := o.To
		if o.Kind == series.OverrideMerge || labels[back] == "" {
			back = ""
		}
		m.Overrides = append(m.Overrides, overrideView(slug, o, labels, back))
	}
	for _, o := range d.Set.Stale {
		m.Stale = append(m.Stale, overrideView(slug, o, labels, ""))
	}
	return m
}

func lineName(source string) string {
	if source == "" {
		return "Reported (no source named)"
	}
	return source
}

// maxKeySeries is how many series the story page's overview shows.
const maxKeySeries = 6

// keyFigures builds the story page's overview.
func keyFigures(slug string, set *series.Set) views.KeyFigures {
	k := views.KeyFigures{ListURL: seriesListPath(slug)}
	withPoints := 0
	for i := range set.Series {
		if set.Series[i].Points() > 0 {
			withPoints++
		}
	}
	if withPoints == 0 {
		return k
	}
	type flagID struct {
		series string
		index  int
	}
	refs := map[flagID]int{}
	var buf []byte
	for _, kf := range set.KeyFigures(maxKeySeries) {
		s := set.Get(kf.Series)
		if n := len(k.Groups); n == 0 || k.Groups[n-1].Href != seriesPath(slug, kf.Series) {
			k.Groups = append(k.Groups, views.KeyFigureGroup{Label: kf.Label, Href: seriesPath(slug, kf.Series)})
		}
		g := &k.Groups[len(k.Groups)-1]
		row := views.KeyFigureRow{Source: kf.Source, Latest: valueOf(&kf.Latest, kf.Unit),
			EventHref: eventHref(slug, kf.Latest.Ordinal)}
		row.AsOf, row.AsOfISO, buf = asOf(buf, kf.Latest.When)
		if kf.Change != nil && kf.Previous != nil {
			row.Change, row.Direction = changeText(*kf.Change, kf.Previous, kf.Unit)
		}
		// One badge per kind of check, for the latest of its kind: a story
		// whose sources disagree every day would otherwise fill the row.
		latest := map[series.FlagKind]int{}
		var kinds []series.FlagKind
		for i, f := range kf.Flags {
			if _, ok := latest[f.Kind]; !ok {
				kinds = append(kinds, f.Kind)
			}
			latest[f.Kind] = i
		}
		for _, kind := range kinds {
			f := kf.Flags[latest[kind]]
			idx := slices.IndexFunc(s.Flags, func(g series.Flag) bool { return g.Message == f.Message && g.Kind == f.Kind })
			id := flagID{kf.Series, idx}
			ref, ok := refs[id]
			if !ok {
				ref = len(k.Flags)
				refs[id] = ref
				fv := flagView(slug, set, f, idx)
				fv.Anchor = "flag-" + strconv.Itoa(ref)
				k.Flags = append(k.Flags, fv)
			}
			row.Flags = append(row.Flags, views.FlagBadge{Kind: string(f.Kind), Label: flagLabel(f.Kind), Ref: ref})
		}
		g.Rows = append(g.Rows, row)
	}
	k.More = withPoints - len(k.Groups)
	return k
}

// changeText says how a source's figure moved since its previous report:
// "+29 since at least 23 (Jan. 14)".
func changeText(change float64, prev *series.Point, unit string) (string, string) {
	since := " since " + valueOf(prev, unit) + " (" + shortDay(prev.When) + ")"
	switch {
	case change > 0:
		return "+" + series.FormatNumber(change) + since, "up"
	case change < 0:
		return "−" + series.FormatNumber(-change) + since, "down"
	}
	return "No change" + since, "same"
}
