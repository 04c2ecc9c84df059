package timeline

import (
	"fmt"
	"strconv"
)

// The contract types are the JSON shape of ../shared/eval/CONTRACT.md. The extract
// command prints it and the API returns it for a story's events; fields may be
// added but never renamed.

type ContractDoc struct {
	Story  ContractStory   `json:"story"`
	Events []ContractEvent `json:"events"`
	// Parts is ours: the stories a paste holds, with their dates.
	Parts []ContractPart `json:"parts,omitempty"`
}

type ContractStory struct {
	Title     *string `json:"title"`
	Published *string `json:"published"`
	SourceURL string  `json:"source_url,omitempty"`
}

type ContractPart struct {
	First int     `json:"first"`
	Last  int     `json:"last"`
	Date  *string `json:"date"`
	Title string  `json:"title"`
}

type ContractEvent struct {
	ID            string          `json:"id"`
	Ordinal       int             `json:"ordinal"`
	Kind          Kind            `json:"kind"`
	DuplicateOf   *string         `json:"duplicate_of"`
	Time          *string         `json:"time"`
	TimePrecision Precision       `json:"time_precision"`
	TimeText      string          `json:"time_text,omitempty"`
	Headline      *string         `json:"headline"`
	Text          string          `json:"text"`
	SourceRef     string          `json:"source_ref,omitempty"`
	Part          int             `json:"part"`
	Claims        []ContractClaim `json:"claims"`
	Figures       []ContractFig   `json:"figures"`
}

type ContractClaim struct {
	ID           string      `json:"id"`
	Speaker      string      `json:"speaker"`
	SpeakerText  string      `json:"speaker_text"`
	SpeakerKind  SpeakerKind `json:"speaker_kind"`
	Via          *string     `json:"via"`
	Verb         string      `json:"verb"`
	Text         string      `json:"text"`
	Direct       bool        `json:"direct"`
	Time         *string     `json:"time"`
	TimeText     string      `json:"time_text,omitempty"`
	Evidence     *Evidence   `json:"evidence"`
	EvidenceText *string     `json:"evidence_text"`
	Start        int         `json:"start"`
	End          int         `json:"end"`
}

type ContractFig struct {
	ID         string      `json:"id"`
	Value      float64     `json:"value"`
	Low        *float64    `json:"low"`
	High       *float64    `json:"high"`
	Bound      Bound       `json:"bound"`
	Unit       string      `json:"unit"`
	Metric     string      `json:"metric"`
	Subject    string      `json:"subject"`
	Source     *string     `json:"source"`
	SourceKind SpeakerKind `json:"source_kind,omitempty"`
	Time       *string     `json:"time"`
	PartOf     *int        `json:"part_of"`
	Role       Role        `json:"role,omitempty"`
	Text       string      `json:"text"`
	Start      int         `json:"start"`
	End        int         `json:"end"`
}

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// EventID is the contract's id of the event with the given ordinal.
func EventID(ordinal int) string { return "e" + strconv.Itoa(ordinal) }

// ContractEventOf converts one event.
func ContractEventOf(e *Event) ContractEvent {
	ce := ContractEvent{
		ID:            EventID(e.Ordinal),
		Ordinal:       e.Ordinal,
		Kind:          e.Kind,
		Time:          strPtr(e.Time.String()),
		TimePrecision: e.Time.PrecisionOrUnknown(),
		TimeText:      e.Time.Text,
		Headline:      strPtr(e.Headline),
		Text:          e.Text,
		SourceRef:     e.SourceRef,
		Part:          e.Part,
		Claims:        make([]ContractClaim, 0, len(e.Claims)),
		Figures:       make([]ContractFig, 0, len(e.Figures)),
	}
	if e.DuplicateOf > 0 {
		ce.DuplicateOf = strPtr(EventID(e.DuplicateOf))
	}
	for i := range e.Claims {
		c := &e.Claims[i]
		cc := ContractClaim{
			ID:           c.ID,
			Speaker:      c.Speaker,
			SpeakerText:  c.SpeakerText,
			SpeakerKind:  c.SpeakerKind,
			Via:          strPtr(c.Via),
			Verb:         c.Verb,
			Text:         c.Text,
			Direct:       c.Direct,
			Time:         strPtr(c.Time.String()),
			TimeText:     c.Time.Text,
			EvidenceText: strPtr(c.EvidenceText),
			Start:        c.Start,
			End:          c.End,
		}
		if cc.SpeakerKind == "" {
			cc.SpeakerKind = SpeakerUnknown
		}
		if c.Evidence != EvidenceNone {
			ev := c.Evidence
			cc.Evidence = &ev
		}
		ce.Claims = append(ce.Claims, cc)
	}
	for i := range e.Figures {
		f := &e.Figures[i]
		cf := ContractFig{
			ID:         f.ID,
			Value:      f.Value,
			Low:        f.Low,
			High:       f.High,
			Bound:      f.Bound,
			Unit:       f.Unit,
			Metric:     f.Metric,
			Subject:    f.Subject,
			Source:     strPtr(f.Source),
			SourceKind: f.SourceKind,
			Time:       strPtr(f.Time.String()),
			Role:       f.Role,
			Text:       f.Text,
			Start:      f.Start,
			End:        f.End,
		}
		if f.PartOf >= 0 && f.PartOf < len(e.Figures) && f.PartOf != i {
			p := f.PartOf
			cf.PartOf = &p
		}
		ce.Figures = append(ce.Figures, cf)
	}
	return ce
}

// ToContract converts a whole document.
func ToContract(d *Document) ContractDoc {
	out := ContractDoc{
		Story: ContractStory{
			Title:     strPtr(d.Title),
			Published: strPtr(d.Published.String()),
			SourceURL: d.SourceURL,
		},
		Events: make([]ContractEvent, 0, len(d.Events)),
	}
	for i := range d.Events {
		out.Events = append(out.Events, ContractEventOf(&d.Events[i]))
	}
	if len(d.Parts) > 1 {
		for _, p := range d.Parts {
			out.Parts = append(out.Parts, ContractPart{First: p.First, Last: p.Last, Date: strPtr(p.Date.String()), Title: p.Title})
		}
	}
	return out
}

// ParseEventID reads "e12" back into 12.
func ParseEventID(id string) (int, error) {
	if len(id) < 2 || id[0] != 'e' {
		return 0, fmt.Errorf("event id %q: want e<number>", id)
	}
	n, err := strconv.Atoi(id[1:])
	if err != nil || n < 1 {
		return 0, fmt.Errorf("event id %q: want e<number>", id)
	}
	return n, nil
}
