// Package timeline is factline's domain: the events of a live-update story, the
// claims and figures found in them, and the entities who make them. It imports no
// HTTP, SQL or template code, so that every rule about the news lives here and can be
// tested with plain Go values.
package timeline

import (
	"time"
)

// Format names an input format.
type Format string

const (
	FormatAuto Format = "auto"
	FormatText Format = "text"
	FormatHTML Format = "html"
	FormatJSON Format = "json"
)

// ParseFormat accepts the names users type; the empty string means auto.
func ParseFormat(s string) (Format, error) {
	switch s {
	case "", "auto":
		return FormatAuto, nil
	case "text", "txt", "plain":
		return FormatText, nil
	case "html", "htm":
		return FormatHTML, nil
	case "json":
		return FormatJSON, nil
	}
	return "", Errorf(EInvalid, "unknown format %q (want auto, text, html or json)", s)
}

// Kind is what an event is in the page.
type Kind string

const (
	KindUpdate      Kind = "update"
	KindCaption     Kind = "caption"
	KindBoilerplate Kind = "boilerplate"
)

// Precision says how much of a When the text gave.
type Precision string

const (
	PrecisionMinute  Precision = "minute"
	PrecisionDay     Precision = "day"
	PrecisionUnknown Precision = "unknown"
)

// When is a time as precisely as the source gave it. For minute precision At is the
// instant in the zone the source used (so the page can show its own zone); for day
// precision At is midnight UTC of that calendar date; the zero When is unknown.
type When struct {
	At        time.Time
	Precision Precision
	// Text is the wording the time came from ("Jan. 14, 2026, 9:40 AM EST",
	// "late Sunday"), kept so a reader can check the resolution.
	Text string
}

// Day returns a day-precision When for the calendar date of t.
func Day(y int, m time.Month, d int, text string) When {
	return When{At: time.Date(y, m, d, 0, 0, 0, 0, time.UTC), Precision: PrecisionDay, Text: text}
}

// Minute returns a minute-precision When.
func Minute(t time.Time, text string) When {
	return When{At: t.Truncate(time.Minute), Precision: PrecisionMinute, Text: text}
}

// IsZero reports whether the time is unknown.
func (w When) IsZero() bool {
	return w.At.IsZero() || w.Precision == "" || w.Precision == PrecisionUnknown
}

// PrecisionOrUnknown never returns the empty precision.
func (w When) PrecisionOrUnknown() Precision {
	if w.IsZero() {
		return PrecisionUnknown
	}
	return w.Precision
}

// String is the contract's form: "2026-01-12", "2026-01-12T14:05:00Z" or "".
func (w When) String() string {
	switch {
	case w.IsZero():
		return ""
	case w.Precision == PrecisionDay:
		return w.At.Format(time.DateOnly)
	default:
		return w.At.UTC().Format(time.RFC3339)
	}
}

// Date is the calendar date of the time where it was given (the source's zone for
// minute precision).
func (w When) Date() time.Time {
	if w.IsZero() {
		return time.Time{}
	}
	y, m, d := w.At.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Event is one block of a live page: an update, a photo caption or boilerplate.
type Event struct {
	// Ordinal is the 1-based position in the document.
	Ordinal int
	Kind    Kind
	// DuplicateOf is the ordinal of the first event with the same text, or 0.
	DuplicateOf int
	Time        When
	Headline    string
	Text        string
	// SourceRef leads back to the source: the JSON-LD @id or url, the article's
	// anchor, or the page URL.
	SourceRef string
	// Key identifies the block across re-imports of the same page: the JSON-LD
	// @id, the article's id, or its time stamp and headline; empty when the text
	// gives nothing stable (then re-imports match blocks by their text).
	Key string
	// Part is the index of the document part (story) the event belongs to.
	Part    int
	Claims  []Claim
	Figures []Figure
}

// SpeakerKind classifies who makes a claim or gives a figure.
type SpeakerKind string

const (
	SpeakerPerson       SpeakerKind = "person"
	SpeakerOrganization SpeakerKind = "organization"
	SpeakerGovernment   SpeakerKind = "government"
	SpeakerMedia        SpeakerKind = "media"
	SpeakerUnknown      SpeakerKind = "unknown"
)

// Evidence is what the text says about the support for a claim.
type Evidence string

const (
	EvidenceNone        Evidence = ""
	EvidenceNoneOffered Evidence = "none_offered"
	EvidenceUnconfirmed Evidence = "unconfirmed"
	EvidenceDenied      Evidence = "denied"
	EvidenceDisputed    Evidence = "disputed"
)

// Claim is one attributed statement.
type Claim struct {
	// ID is stable for the same statement by the same speaker in the same block,
	// so a review survives re-import.
	ID string
	// Speaker is the canonical name ("Abbas Araghchi"); SpeakerText the words that
	// name the speaker in this event ("Iran's foreign minister").
	Speaker     string
	SpeakerText string
	SpeakerKind SpeakerKind
	// Via is the medium that relayed a nested attribution ("state media reported,
	// citing the judiciary": Via is state media).
	Via  string
	Verb string
	// Text is what is claimed, as written; a quote split around its attribution
	// is joined without the attribution.
	Text   string
	Direct bool
	// Time is when the statement was made, when the text says; zero means the
	// event's time.
	Time         When
	Evidence     Evidence
	EvidenceText string
	// Start and End are byte offsets into the event's Text.
	Start, End int
	// Review is the fact-checker's verdict, filled by the store.
	Review ClaimReview
}

// Bound says how a figure's number relates to the true value.
type Bound string

const (
	BoundExact    Bound = "exact"
	BoundAtLeast  Bound = "at_least"
	BoundMoreThan Bound = "more_than"
	BoundAtMost   Bound = "at_most"
	BoundLessThan Bound = "less_than"
	BoundApprox   Bound = "approx"
	BoundRange    Bound = "range"
)

// Role says what a figure is in its sentence, so series can tell a new report of a
// toll from a restatement, an increment or a part.
type Role string

const (
	RoleValue     Role = ""          // a report of the current value
	RolePart      Role = "part"      // a part of a total (PartOf says which)
	RoleRestated  Role = "restated"  // an earlier value repeated ("to six from nine")
	RoleIncrement Role = "increment" // a change ("two more bodies")
	// RoleReport is a report of the current value whose sentence has been
	// read for its role (series.InferRoles), so series need not read it
	// again; RoleValue may be a figure nobody has read that way yet.
	RoleReport Role = "report"
)

// Figure is one number with what it counts, its bound and its source.
type Figure struct {
	ID string
	// Value is the number as written; Low and High the bounds the text gives.
	Value float64
	Low   *float64
	High  *float64
	Bound Bound
	// Unit is what one of the number is ("people", "%", "USD", "mph").
	Unit string
	// Metric is the normalised measure ("killed", "detained", "missing") so that
	// "death toll", "were killed" and "dead" fall in one series.
	Metric string
	// Subject is who or what is counted ("protesters", "security forces").
	Subject string
	// Source is the canonical name of who gives the figure, empty for the writer.
	Source     string
	SourceKind SpeakerKind
	// Time is the as-of time, when the text gives one.
	Time When
	// PartOf is the index in the event's Figures of the total this is a part of,
	// or -1.
	PartOf int
	Role   Role
	// Text is the figure's own phrase; Start and End are byte offsets into the
	// event's Text.
	Text       string
	Start, End int
}

// Entity is someone who speaks or is counted, with the names the story uses.
type Entity struct {
	Name    string
	Kind    SpeakerKind
	Aliases []string
	// Role is a description such as "foreign minister" or "spokesman".
	Role string
	// SpeaksFor is the canonical name of the body a spokesperson speaks for.
	SpeaksFor string
}

// Part is a run of events that tells one story; a paste can hold several
// (an article followed by another page's live updates).
type Part struct {
	Index int
	// First and Last are event ordinals.
	First, Last int
	// Date anchors the part's relative times.
	Date When
	// Title is the first words of the part's first update, to name it to users.
	Title string
}

// Document is one parsed and extracted live page.
type Document struct {
	Title     string
	Published When
	SourceURL string
	Format    Format
	Events    []Event
	Entities  []Entity
	Parts     []Part
}

// Options tell the pipeline what the user knows about the input.
type Options struct {
	Format Format
	// Published is the publication date or time, when the user gives it.
	Published When
	// SourceURL is the page the input came from, when known.
	SourceURL string
	// MaxBytes limits the input size; 0 means the default.
	MaxBytes int64
}

// DefaultMaxBytes is the largest document accepted by default.
const DefaultMaxBytes = 5 << 20

// SplitThreshold is how far apart two parts must be dated before we offer to
// split a paste into separate stories.
const SplitThreshold = 30 * 24 * time.Hour

// FarApartParts reports whether the document holds parts dated far apart.
func (d *Document) FarApartParts() bool {
	var lo, hi time.Time
	for _, p := range d.Parts {
		if p.Date.IsZero() {
			continue
		}
		t := p.Date.Date()
		if lo.IsZero() || t.Before(lo) {
			lo = t
		}
		if hi.IsZero() || t.After(hi) {
			hi = t
		}
	}
	return !lo.IsZero() && hi.Sub(lo) >= SplitThreshold
}

// Extractor finds the claims, figures and entities of a document whose events are
// already segmented and dated. It is the seam between segmentation and extraction.
type Extractor interface {
	Extract(doc *Document)
}
