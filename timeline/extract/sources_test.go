package extract

import (
	"strings"
	"testing"

	"factline/timeline"
)

// claimAt builds a claim of the given speaker whose content is the first
// occurrence of content in text, with its span from spanFrom to spanTo.
func claimAt(text, speaker, content, spanFrom, spanTo string, direct bool) timeline.Claim {
	s := strings.Index(text, spanFrom)
	e := strings.Index(text, spanTo) + len(spanTo)
	return timeline.Claim{Speaker: speaker, Text: content, Direct: direct, Start: s, End: e}
}

func figAt(text, num string) timeline.Figure {
	s := strings.Index(text, num)
	return timeline.Figure{Start: s, End: s + len(num), Text: num, PartOf: -1}
}

// TestWritersClauseKeepsNoSource checks that a figure in a clause the writer
// adds to reported speech stays the writer's, and that figures the speaker
// gives keep the speaker.
func TestWritersClauseKeepsNoSource(t *testing.T) {
	tests := []struct {
		text, speaker, content, from, to, num string
		want                                  string
	}{
		{"The premier says rebels want a truce as a siege of the port has led to hundreds of deaths.",
			"premier", "rebels want a truce as a siege of the port has led to hundreds of deaths",
			"The premier", "deaths", "hundreds", ""},
		{"The premier says rebels want a truce amid fighting that has killed 40 people.",
			"premier", "rebels want a truce amid fighting that has killed 40 people",
			"The premier", "people", "40", ""},
		{"The premier says as many as 40 people were killed.",
			"premier", "as many as 40 people were killed", "The premier", "killed", "40", "premier"},
		{"Twelve died as the river rose and 40 are missing, police said.",
			"police", "Twelve died as the river rose and 40 are missing", "Twelve", "said", "40", "police"},
		{"The mayor said 9 people were hurt as a result of the blast.",
			"mayor", "9 people were hurt as a result of the blast", "The mayor", "blast", "9", "mayor"},
	}
	for _, tt := range tests {
		ev := &timeline.Event{Text: tt.text,
			Claims:  []timeline.Claim{claimAt(tt.text, tt.speaker, tt.content, tt.from, tt.to, false)},
			Figures: []timeline.Figure{figAt(tt.text, tt.num)}}
		attachSources(ev)
		if got := ev.Figures[0].Source; got != tt.want {
			t.Errorf("%q: source %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestFigureInSpeakerWords checks that a number in the words that name the
// speaker is no figure of what the speaker says.
func TestFigureInSpeakerWords(t *testing.T) {
	text := "A panel of 12 engineers said the bridge had 30 cracks."
	ev := &timeline.Event{Text: text,
		Claims:  []timeline.Claim{claimAt(text, "panel", "the bridge had 30 cracks", "A panel", "cracks", false)},
		Figures: []timeline.Figure{figAt(text, "12"), figAt(text, "30")}}
	attachSources(ev)
	if ev.Figures[0].Source != "" || ev.Figures[1].Source != "panel" {
		t.Errorf("sources %q %q, want none and panel", ev.Figures[0].Source, ev.Figures[1].Source)
	}
}

// TestContinueSources checks that a sentence going on after a trailing
// attribution keeps its speaker, unless the writer opens a clause of his own.
func TestContinueSources(t *testing.T) {
	tests := []struct {
		text, content, num, want string
	}{
		{"Some 4 million doses will arrive on Monday, the agency said, enough for a quarter of the 16 million people.",
			"Some 4 million doses will arrive on Monday", "16 million", "agency"},
		{"The toll rose to 31, the agency said, up from 17 on Friday.", "The toll rose to 31", "17", "agency"},
		{"Rain of 60 millimeters is expected, the agency said, with up to 90 millimeters on the coast.",
			"Rain of 60 millimeters is expected", "90", "agency"},
		{"The toll rose to 31, the agency said, as thousands fled the coast.", "The toll rose to 31", "thousands", ""},
		{"The toll rose to 31, the agency said, and 200 homes burned.", "The toll rose to 31", "200", ""},
		{"The toll rose to 31, the agency said. Another 200 homes burned.", "The toll rose to 31", "200", ""},
	}
	for _, tt := range tests {
		said := strings.Index(tt.text, "said") + len("said")
		c := timeline.Claim{Speaker: "agency", Text: tt.content, Start: 0, End: said}
		ev := &timeline.Event{Text: tt.text, Claims: []timeline.Claim{c}, Figures: []timeline.Figure{figAt(tt.text, tt.num)}}
		continueSources(ev)
		if got := ev.Figures[0].Source; got != tt.want {
			t.Errorf("%q: source %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestInferSourcesWithoutClaim checks the sources a figure's own sentence
// names when no claim carries it.
func TestInferSourcesWithoutClaim(t *testing.T) {
	ents := []timeline.Entity{
		{Name: "Ministry of Water", Kind: timeline.SpeakerGovernment},
		{Name: "Dockers Federation", Kind: timeline.SpeakerOrganization, Aliases: []string{"the federation"}},
		{Name: "Election Board", Kind: timeline.SpeakerGovernment},
		{Name: "Health Office", Kind: timeline.SpeakerGovernment},
		{Name: "coast guard", Kind: timeline.SpeakerGovernment},
	}
	names := entityNames(ents)
	tests := []struct {
		text, num, want string
	}{
		{"By noon the ministry was reporting 212 cases.", "212", "Ministry of Water"},
		{"The ministry's tally rose to 18.", "18", "Ministry of Water"},
		{"The coast guard raised the number of confirmed dead to 19 on Friday.", "19", "coast guard"},
		{"The Dockers Federation, which says it has some 40,000 members, called a strike.", "40,000", "Dockers Federation"},
		{"The party won 88 seats, according to results published by the Election Board.", "88", "Election Board"},
		{"A strike killed 14 people, state radio reported, citing the Health Office.", "14", "Health Office"},
		{"Two more bodies were found, bringing the toll to 25, said Mara Lind, a spokeswoman for the agency.", "25", "Mara Lind"},
		{"The toll rose to 25, said Interior Minister Ivo Kral.", "25", "Ivo Kral"},
		{"The government raised taxes by 5% on Monday.", "5%", ""},                    // an act, not a count it gives
		{"The harbor, which was built in 1890, handles 300 ships a year.", "300", ""}, // no sayer
		{"The toll rose to 25, said the report.", "25", ""},                           // no name
		// an apposition between the body and its verb
		{"The Election Board, or EB, said 14 polling stations had opened late.", "14", "Election Board"},
		{"The Health Office, known as HO, said 118 people had been treated.", "118", "Health Office"},
		// a second speaker after "while" gives the figures of his own clause
		{"The flood killed 30, the Ministry of Water said, while the Dockers Federation said 45 had died.", "45", "Dockers Federation"},
		{"The federation says 120 members walked out.", "120", "Dockers Federation"},
		{"The flood killed 30, the Ministry of Water said, while witnesses said 45 had died.", "45", ""}, // no name the story knows
		{"The Election Board said turnout, which rose sharply, was 61%.", "61%", ""},                     // another clause
	}
	for _, tt := range tests {
		ev := &timeline.Event{Text: tt.text, Figures: []timeline.Figure{figAt(tt.text, tt.num)}}
		inferSources(ev, names)
		if got := ev.Figures[0].Source; got != tt.want {
			t.Errorf("%q: source %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestBodyHead(t *testing.T) {
	for name, want := range map[string]string{
		"Ministry of Public Health": "ministry", "health ministry": "ministry", "U.N. refugee agency": "agency",
		"Red Cross": "", "Anya Brell": "", "ministry": "",
	} {
		if got := bodyHead(name); got != want {
			t.Errorf("bodyHead(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestPartSources checks that a part takes the source of its total in the
// same sentence, and only there.
func TestPartSources(t *testing.T) {
	text := "The office raised the toll to 17, including three children. Two were teachers."
	ev := &timeline.Event{Text: text, Figures: []timeline.Figure{
		{Start: strings.Index(text, "17"), End: strings.Index(text, "17") + 2, PartOf: -1, Source: "office"},
		{Start: strings.Index(text, "three"), End: strings.Index(text, "three") + 5, PartOf: 0},
		{Start: strings.Index(text, "Two"), End: strings.Index(text, "Two") + 3, PartOf: 0},
	}}
	partSources(ev)
	if ev.Figures[1].Source != "office" || ev.Figures[2].Source != "" {
		t.Errorf("part sources %q %q, want office and none", ev.Figures[1].Source, ev.Figures[2].Source)
	}
}

// TestSentenceSpeakerSources checks figures the speaker of a sentence gives
// outside the span of its claim: a participial clause after "X said ...", a
// tally its subject revises, a count by a body named only by its kind, and a
// source that is only "agency".
func TestSentenceSpeakerSources(t *testing.T) {
	// "X said ..., killing N": the clause continues what X said
	for _, tt := range []struct{ text, content, to, num, want string }{
		{"The Interior Ministry said rockets hit a market on Sunday, killing five people and wounding 23.",
			"rockets hit a market on Sunday", "Sunday", "23", "Interior Ministry"},
		{"The Interior Ministry said both sides would free captives, beginning with 40 held by each army.",
			"both sides would free captives", "captives", "40", "Interior Ministry"},
		{"The Interior Ministry said rockets hit a market, as 5,000 people fled the town.",
			"rockets hit a market", "market", "5,000", ""}, // the writer's clause
	} {
		ev := &timeline.Event{Text: tt.text,
			Claims:  []timeline.Claim{claimAt(tt.text, "Interior Ministry", tt.content, "The", tt.to, false)},
			Figures: []timeline.Figure{figAt(tt.text, tt.num)}}
		ev.Claims[0].SpeakerKind = timeline.SpeakerGovernment
		speakerFirstSources(ev)
		if got := ev.Figures[0].Source; got != tt.want {
			t.Errorf("%q: source %q, want %q", tt.text, got, tt.want)
		}
	}
	names := entityNames([]timeline.Entity{{Name: "Nordair", Kind: timeline.SpeakerOrganization}})
	for _, tt := range []struct{ text, num, want string }{
		{"Nordair revised its count of grounded flights on Friday to 61 from 75, citing staff shortages.", "75", "Nordair"},
		// a correction of a count is given by the body that corrects it
		{"Nordair corrected its count of grounded flights to 64 from 75, saying one airport had reported twice.", "64", "Nordair"},
		{"Nordair corrected the toll to two, saying a passenger had been counted twice.", "two", "Nordair"},
		{"The Vesta Polling Institute said its survey showed a swing. The pollster interviewed 3,100 adults online.", "3,100", "Vesta Polling Institute"},
		{"The Vesta Polling Institute said its survey showed a swing. Reporters interviewed 31 adults online.", "31", ""},
	} {
		text := tt.text
		ev := &timeline.Event{Text: text, Figures: []timeline.Figure{figAt(text, tt.num)}}
		if strings.HasPrefix(text, "The Vesta") {
			ev.Claims = []timeline.Claim{claimAt(text, "Vesta Polling Institute", "its survey showed a swing", "The Vesta", "swing", false)}
			ev.Claims[0].SpeakerKind = timeline.SpeakerOrganization
		}
		inferSources(ev, names)
		if got := ev.Figures[0].Source; got != tt.want {
			t.Errorf("%q: source %q, want %q", text, got, tt.want)
		}
	}
	text := "Medics reached the town, the Relief Office said. The agency estimated that 40% of homes were damaged."
	ev := &timeline.Event{Text: text,
		Claims: []timeline.Claim{
			claimAt(text, "Relief Office", "Medics reached the town", "Medics", "said", false),
			claimAt(text, "agency", "40% of homes were damaged", "The agency", "damaged", false),
		},
		Figures: []timeline.Figure{figAt(text, "40%")}}
	ev.Claims[0].SpeakerKind = timeline.SpeakerOrganization
	ev.Figures[0].Source = "agency"
	resolveGeneric(ev)
	if got := ev.Figures[0].Source; got != "Relief Office" {
		t.Errorf("%q: source %q, want the body the agency stands for", text, got)
	}
}
