// Package views renders factline's pages with templ. It knows only the view
// models below, shaped like the pages: every date is already formatted, every
// highlight already cut into segments, so a component never decides anything
// about the news. handlers builds the models from the domain.
package views

// Page is what the layout needs.
type Page struct {
	Title string
	// Nav names the active main navigation item ("stories", "import").
	Nav string
}

// StoriesPage lists the stories.
type StoriesPage struct {
	Page
	Stories []StoryRow
	// Notice is a one-line message after an action (a split).
	Notice string
	// NoticeLinks are the stories the notice names.
	NoticeLinks []Link
}

// Link is a labelled internal URL.
type Link struct {
	Label string
	Href  string
}

// StoryRow is one story in the list.
type StoryRow struct {
	Slug      string
	Title     string
	Href      string
	Published string
	Updated   string
	// UpdatedISO is the machine-readable form for <time datetime>.
	UpdatedISO string
	Events     int
	Claims     int
	Figures    int
	Imports    int
}

// TimelinePage is one story's timeline.
type TimelinePage struct {
	Page
	Story     StoryHeader
	Groups    []DayGroup
	Hidden    HiddenCounts
	Furniture []EventView
	Imports   []ImportRow
	// SplitOffer links to the import whose parts can be split, when the story
	// still holds parts dated far apart.
	SplitOffer string
	// KeyFigures is the overview of the story's tracked numbers.
	KeyFigures KeyFigures
}

// StoryHeader heads a story's pages.
type StoryHeader struct {
	Slug      string
	Title     string
	Href      string
	Published string
	SourceURL string
	Events    int
	Claims    int
	Figures   int
	Imports   int
	ImportURL string
	JSONURL   string
	// SeriesURL lists the story's figures over time.
	SeriesURL string
}

// HiddenCounts says what the timeline leaves out.
type HiddenCounts struct {
	Repeats     int
	Furniture   int
	Captions    int
	UnknownTime int
}

// DayGroup is the events of one calendar day (in the source's zone).
type DayGroup struct {
	// ID is the heading's id ("day-2026-10-13", "day-unknown").
	ID    string
	Label string
	// Short is the label for the day index ("Tue., Oct. 13").
	Short  string
	Events []EventView
}

// EventView is one event as the timeline shows it.
type EventView struct {
	// Anchor is the element id ("e12").
	Anchor string
	// Kind is the event's kind, or "captions" for a run of captions (then
	// Captions holds them).
	Kind    string
	Time    TimeView
	Heading string
	// HeadingDerived is set when the source gave no headline and Heading is
	// the text's first words: it is kept for screen readers only.
	HeadingDerived bool
	Captions       []EventView
	Paras          []Para
	// Text is the plain text (captions and furniture show it as is).
	Text      string
	Claims    []ClaimView
	Figures   []FigureView
	Revision  int
	Revisions []RevisionView
	SourceURL string
	SourceRef string
}

// TimeView is a time as the page shows it.
type TimeView struct {
	// Local is the time in the source's own zone ("Oct. 13, 2026, 9:40 a.m.
	// MDT" or "Tuesday, Oct. 13, 2026"); empty when unknown.
	Local string
	// UTC is the UTC time alongside ("15:40 UTC"), empty when Local is UTC or
	// the precision is a day.
	UTC string
	// Precision is "minute", "day" or "unknown".
	Precision string
	// ISO is the machine-readable form for <time datetime>.
	ISO string
	// Date is the calendar date in the source's zone (YYYY-MM-DD), for tests
	// and grouping.
	Date string
	// Source is the wording the time came from.
	Source string
}

// Para is one paragraph of an event's text, cut where highlights start and
// end.
type Para struct {
	Segments []Segment
}

// Segment is a run of text with the claims and figures that cover it.
type Segment struct {
	Text string
	// Claim and Figure are the ids of the covering claim and figure ("" for
	// none); the innermost wins where they nest.
	Claim  string
	Figure string
	// Anchors are set on the first segment of a claim or figure, so the list
	// beside the text can link to it.
	Anchors []string
	Title   string
}

// ClaimView is one claim as listed beside its event.
type ClaimView struct {
	ID          string
	Anchor      string
	MarkAnchor  string
	Speaker     string
	SpeakerText string
	SpeakerKind string
	Via         string
	Verb        string
	Text        string
	Direct      bool
	Time        string
	// Evidence is the marker ("none_offered", ...) and EvidenceLabel its words.
	Evidence      string
	EvidenceLabel string
	EvidenceText  string
	Review        ReviewView
	// ReviewAction is the form's URL; Story the slug to come back to.
	ReviewAction string
	Story        string
}

// ReviewView is a claim's verdict.
type ReviewView struct {
	Status      string
	StatusLabel string
	Note        string
	At          string
}

// ReviewOption is one verdict a reviewer can choose.
type ReviewOption struct {
	Value string
	Label string
}

// FigureView is one figure as listed beside its event.
type FigureView struct {
	ID         string
	Anchor     string
	MarkAnchor string
	// Amount is the number with its bound ("at least 2,400", "9-12").
	Amount     string
	Bound      string
	BoundLabel string
	// Counts says what is counted ("people killed", "homes").
	Counts string
	Source string
	Time   string
	Text   string
	Role   string
}

// RevisionView is an earlier text of an event.
type RevisionView struct {
	Number   int
	Heading  string
	Text     string
	Time     string
	Imported string
}

// ImportRow is one import in a story's history.
type ImportRow struct {
	ID         int64
	Href       string
	RawHref    string
	When       string
	WhenISO    string
	Format     string
	Filename   string
	Size       string
	Added      int
	Revised    int
	Unchanged  int
	Claims     int
	Figures    int
	FarApart   bool
	PartsCount int
}

// ImportPage is the import form, empty or filled again after an error.
type ImportPage struct {
	Page
	Stories []StoryOption
	Form    ImportForm
	Error   string
	// ErrorField is the id of the field the error is about, if any.
	ErrorField string
	MaxSize    string
	Formats    []Option
}

// Option is one choice of a select.
type Option struct {
	Value string
	Label string
}

// StoryOption is a story the import can add to.
type StoryOption struct {
	Slug  string
	Title string
}

// ImportForm holds what the user typed.
type ImportForm struct {
	Story     string
	Title     string
	Slug      string
	Document  string
	Format    string
	Published string
	SourceURL string
	// Filename is the file the user chose last time, which a browser cannot
	// fill in again.
	Filename string
}

// ImportSummaryPage says what an import did.
type ImportSummaryPage struct {
	Page
	Story   StoryHeader
	Import  ImportRow
	Repeat  bool
	Created bool
	// FarApart is set when the document holds parts dated far apart.
	FarApart bool
	Parts    []PartView
	// SplitAction is the split form's URL.
	SplitAction string
	Error       string
}

// PartView is one part of a document, with the split form's suggestion.
type PartView struct {
	Index  int
	Date   string
	Title  string
	Events int
	First  int
	Last   int
	// Move is whether the split form ticks it by default.
	Move     bool
	Slug     string
	NewTitle string
}

// ErrorPage is an error shown as a page.
type ErrorPage struct {
	Page
	Status  int
	Message string
}
