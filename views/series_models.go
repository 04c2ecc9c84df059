package views

import "factline/views/chart"

// KeyFigures is the story page's overview of its tracked numbers: the latest
// value per series and source, the change since that source's previous
// report, and the checks that involve them.
type KeyFigures struct {
	Groups []KeyFigureGroup
	// More counts the series not shown; ListURL lists them all.
	More    int
	ListURL string
	// Flags are the messages of the checks the rows name, once each.
	Flags []FlagView
}

// KeyFigureGroup is one series in the overview.
type KeyFigureGroup struct {
	Label string
	Href  string
	Rows  []KeyFigureRow
}

// KeyFigureRow is one source's latest figure.
type KeyFigureRow struct {
	Source string
	// Latest is the value with its bound ("at least 23").
	Latest  string
	AsOf    string
	AsOfISO string
	// Change is the change since the previous report ("+29 since at least 23,
	// Jan. 14"); empty for a first report.
	Change string
	// Direction is "up", "down" or "same", for styling; empty for none.
	Direction string
	EventHref string
	Flags     []FlagBadge
}

// FlagBadge names a check on a row; Ref is the index in the page's Flags.
type FlagBadge struct {
	Kind  string
	Label string
	Ref   int
}

// FlagView is one finding of the checks.
type FlagView struct {
	Kind  string
	Label string
	// Explanation says what the check means; Message what it found.
	Explanation string
	Message     string
	// Anchor is the element id ("flag-2"); Series names the series on the
	// story page.
	Anchor string
	Series Link
	// Points link to the table rows of the figures involved.
	Points []Link
	// Before and After are a revision's values ("9 (version 1)").
	Before []string
	After  []string
}

// SeriesListPage lists a story's series and the editors' corrections.
type SeriesListPage struct {
	Page
	Story     StoryHeader
	Series    []SeriesRow
	Overrides []OverrideView
	// Stale are overrides that match nothing any more.
	Stale   []OverrideView
	JSONURL string
	Notice  string
}

// SeriesRow is one series in the list.
type SeriesRow struct {
	ID    string
	Label string
	Href  string
	// Sub is set for a sub-series of the row above ("Deaths: rescuers").
	Sub     bool
	Kind    string
	Unit    string
	Sources []string
	Points  int
	Context int
	Latest  string
	Flags   []FlagBadge
	Custom  bool
}

// OverrideView is an editor's correction with its undo form.
type OverrideView struct {
	ID          int64
	Description string
	UndoAction  string
	// Back is the series page to return to after the undo.
	Back string
}

// SeriesPage is one series: its chart, the same data as a table, its context
// figures, the checks and the editors' tools.
type SeriesPage struct {
	Page
	Story   StoryHeader
	ListURL string
	Series  SeriesHead
	Flags   []FlagView
	Chart   *chart.Chart
	Options chart.Options
	// Summary is the chart's text alternative, shown under it too.
	Summary string
	Lines   []LineView
	Rows    []PointRow
	Context []PointRow
	Editor  SeriesEditor
	// Notice confirms a correction just made, with its undo.
	Notice     string
	NoticeUndo *OverrideView
	JSONURL    string
	CSVURL     string
}

// SeriesHead is what heads a series page.
type SeriesHead struct {
	ID    string
	Label string
	Unit  string
	// Kind says whether it is a cumulative count or a level, and what that
	// means for the checks.
	Kind   string
	Custom bool
	Parent *Link
	Subs   []Link
	Points int
}

// LineView is one source's line, for the key under the chart and the table.
type LineView struct {
	Label  string
	Colour string
	Points int
}

// PointRow is one figure in a series table.
type PointRow struct {
	FigureID string
	// Anchor is the row's id ("p-f12").
	Anchor  string
	AsOf    string
	AsOfISO string
	Source  string
	Line    int
	Colour  string
	// Value is the number with its bound and unit ("at least 23"); Raw the
	// number as data ("23"), Bound the bound's name.
	Value string
	Raw   string
	Bound string
	// Wording is the figure's own phrase.
	Wording string
	// Role is "value", or why a context item is not a point (part,
	// restated, increment, repeat, subcount); RoleLabel says it in words.
	Role      string
	RoleLabel string
	// Of links a context item to the point it goes with, when shown.
	Of        string
	OfHref    string
	EventHref string
	Event     string
	Flags     []FlagBadge
	// Movable rows link to the move form, filled with their figure.
	Movable bool
}

// SeriesEditor holds the correction forms.
type SeriesEditor struct {
	// Action is the forms' URL; Back the series id to come back to.
	Action string
	Back   string
	// Targets are the story's other series, for merge and move.
	Targets  []Option
	Subjects []string
	// MoveFigure is the figure chosen with a row's "Move" link.
	MoveFigure string
	Overrides  []OverrideView
	Error      string
	// ErrorForm names the form the error is about ("label", "merge", ...).
	ErrorForm string
}
