package claims

import (
	"testing"

	"factline/timeline"
)

// TestNamingVerbsAndRelays covers "called X 'a phrase'" and "urged X to
// 'words'", a quotation split around an inverted tag, a source cited at the
// end of a report, and a document quoted by a medium.
func TestNamingVerbsAndRelays(t *testing.T) {
	cases := []claimCase{
		{name: "called an object a quoted phrase",
			events: []string{`The navy seized a cargo ship on Tuesday. Tarnland’s government called the seizure “an act of open banditry.”`},
			want:   []want{{speaker: "Tarnland", key: "an act of open banditry", kind: timeline.SpeakerGovernment}},
			exact:  true},
		{name: "called in a relative clause after a move",
			events: []string{`The navy seized a cargo ship, accusing its crew of smuggling, in a move that Tarnland’s government called “an act of open banditry.”`},
			want: []want{
				{speaker: "Tarnland", key: "an act of open banditry"},
			}},
		{name: "the accusing clause stops before the move",
			events: []string{`The navy seized a cargo ship, accusing its crew of smuggling, in a move that Tarnland’s government called “an act of open banditry.”`},
			want: []want{
				{speaker: "navy", key: "its crew of smuggling"},
			}},
		{name: "called and said both count",
			events: []string{`Orvia’s Foreign Ministry called the accusation “cynical blame-shifting” and said there had been no cases in Orvia.`},
			want: []want{
				{speaker: "Foreign Ministry", key: "cynical blame-shifting"},
				{speaker: "Foreign Ministry", key: "there had been no cases in Orvia"},
			},
			exact: true},
		{name: "a one-word label is no statement",
			events: []string{`Labour Minister Ines Faro called the walkout “reckless” and said the budget allowed no more than 4%.`},
			want:   []want{{speaker: "Ines Faro", key: "the budget allowed no more than 4%"}},
			exact:  true},
		{name: "called for and called without a quotation are acts",
			events: []string{`Senator Pia Lund called for “a full and open inquiry.” The mayor called a meeting of the council.`},
			exact:  true},
		{name: "called reports a lie takes the nested verb with it",
			events: []string{`Velda Morn, 61, called reports that inspectors had warned of leaks in the tank “a smear spread by rivals.”`},
			want:   []want{{speaker: "Velda Morn", key: "a smear spread by rivals"}},
			exact:  true},
		{name: "urged someone to quoted words",
			events: []string{`Board chairman Aron Veit urged both parties to “wait for the final tally, not the rumours.”`},
			want:   []want{{speaker: "Aron Veit", key: "wait for the final tally"}},
			exact:  true},
		{name: "urged without a quotation is an act",
			events: []string{`The ministry urged restraint. Police urged drivers to avoid the bridge.`},
			exact:  true},
		{name: "quotation split around an inverted tag",
			events: []string{`“We have moved forward on prisoner exchanges,” said League envoy Mira Tesk, “but there is no deal yet.”`},
			want:   []want{{speaker: "Mira Tesk", key: "moved forward on prisoner exchanges but there is no deal yet", direct: 1}},
			exact:  true},
		{name: "a source cited at the end of a report speaks",
			events: []string{`Tarnland’s state news agency, TNA, reported that the crew were being held at a naval base in Orsk and were “in good health,” citing a navy spokesman.`},
			want:   []want{{speaker: "navy spokesman", key: "the crew were being held at a naval base", via: "TNA"}},
			exact:  true},
		{name: "according to a preliminary report by a body quoted by a medium",
			events: []string{`The outbreak has been traced to a well that supplies the town, according to a preliminary report by the National Institute of Water Safety that was quoted by the state news agency Tarpress.`},
			want:   []want{{speaker: "National Institute of Water Safety", key: "traced to a well that supplies the town"}},
		},
		{name: "a verb-like noun after an article is no verb",
			events: []string{`Prices rose 9% last month, according to an internal review by the Grain Board.`},
			want:   []want{{speaker: "Grain Board", key: "Prices rose 9% last month"}},
			exact:  true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { runCase(t, tc) })
	}
}

// TestBodiesBehindPeople covers people from or at a named body speaking for
// it, body names with a preposition inside, a person's movement, class
// descriptions that restate a named body and a country's short body name.
func TestBodiesBehindPeople(t *testing.T) {
	cases := []claimCase{
		{name: "mediators from a forum",
			events: []string{`Mediators from the Northern Unity Forum said the talks would last “at least three days.”`},
			want:   []want{{speaker: "Northern Unity Forum", key: "the talks would last", kind: timeline.SpeakerOrganization}},
			exact:  true},
		{name: "analysts at a one-word bank",
			events: []string{`Analysts at Tarnbank wrote in a note to clients that a long standoff could add $5 to the price of a barrel.`},
			want:   []want{{speaker: "Tarnbank", key: "a long standoff could add $5", kind: timeline.SpeakerOrganization}},
			exact:  true},
		{name: "residents from a town stay residents",
			events: []string{`Residents from Orsk said the water was brown.`},
			want:   []want{{speaker: "residents", key: "the water was brown"}},
			exact:  true},
		{name: "a preposition inside a body's name",
			events: []string{`The medical charity Healers Without Limits, or HWL, said its own clinics had recorded 41 deaths.`},
			want:   []want{{speaker: "Healers Without Limits", key: "its own clinics had recorded 41 deaths", kind: timeline.SpeakerOrganization}},
			exact:  true},
		{name: "a person's movement speaks under its own name",
			events: []string{`Marta Obel’s Bright Path movement said its own tally showed her ahead.`},
			want:   []want{{speaker: "Bright Path movement", key: "its own tally showed her ahead", kind: timeline.SpeakerOrganization}},
			exact:  true},
		{name: "a class description restating the name, and an official who is not the body",
			events: []string{
				`Turnout reached 61% an hour before closing, the National Electoral Commission said.`,
				`The election commission said the count would take two days.`,
				`A senior commission official, speaking on condition of anonymity, said the rival tally had counted some districts twice.`,
				`The commission announced a full preliminary result giving Santel 50.2% and Obrin 49.8%.`,
			},
			want: []want{
				{speaker: "National Electoral Commission", key: "Turnout reached 61%"},
				{speaker: "National Electoral Commission", key: "the count would take two days"},
				{speaker: "senior commission official", key: "counted some districts twice", kind: timeline.SpeakerUnknown},
				{speaker: "National Electoral Commission", key: "full preliminary result", kind: timeline.SpeakerGovernment},
			},
			exact: true},
		{name: "a body's name without its country",
			events: []string{
				`The Tarnish Red Cross put the number of dead at 26.`,
				`The Red Cross said it stood by its count of 26.`,
			},
			want: []want{
				{speaker: "Tarnish Red Cross", key: "the number of dead at 26"},
				{speaker: "Tarnish Red Cross", key: "it stood by its count of 26"},
			},
			exact: true},
		{name: "the agency after a named office",
			events: []string{`A convoy reached Mirel, the Global Aid Coordination Office, or GACO, said. The agency estimated that roughly 60% of the water network had been destroyed.`},
			want: []want{
				{speaker: "Global Aid Coordination Office", key: "A convoy reached Mirel"},
				{speaker: "Global Aid Coordination Office", key: "60% of the water network"},
			},
			exact: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { runCase(t, tc) })
	}
}

// TestKindsFromDescriptions covers kinds a description gives a name.
func TestKindsFromDescriptions(t *testing.T) {
	cases := []claimCase{
		{name: "a country's delegation is its government",
			events: []string{`The Tarnish delegation said its forces held no territory across the river.`},
			want:   []want{{speaker: "Tarnish delegation", key: "its forces held no territory", kind: timeline.SpeakerGovernment}}},
		{name: "a country's central bank is public",
			events: []string{`The Tarnish central bank said in a statement that the war had cost the economy $4.8 billion.`},
			want:   []want{{speaker: "Tarnish central bank", key: "the war had cost the economy", kind: timeline.SpeakerGovernment}}},
		{name: "an acronym described as a city authority",
			events: []string{`The city transport authority, TTA, said it had added 150 extra buses.`},
			want:   []want{{speaker: "TTA", key: "added 150 extra buses", kind: timeline.SpeakerGovernment}}},
		{name: "an acronym described as a company stays an organization",
			events: []string{`The bus operator, TBX, said it had added 40 extra buses.`},
			want:   []want{{speaker: "TBX", key: "added 40 extra buses", kind: timeline.SpeakerOrganization}}},
		{name: "a name described as a company after it",
			events: []string{`Hydra Vellen, the state-owned company that operates the dam, said in a statement that a “sudden seismic event” had damaged the spillway.`},
			want:   []want{{speaker: "Hydra Vellen", key: "had damaged the spillway", kind: timeline.SpeakerOrganization}}},
		{name: "a person described as a farmer stays a person",
			events: []string{`Anna Rudd, a farmer who lives below the dam, said the water rose within minutes.`},
			want:   []want{{speaker: "Anna Rudd", key: "the water rose within minutes", kind: timeline.SpeakerPerson}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { runCase(t, tc) })
	}
}

// TestRebuttalTargets covers a dispute of a poll, a government's denial of
// an opposition accusation and the report it mentions, and a speaker's own
// rebuttal that does not dispute their earlier statement.
func TestRebuttalTargets(t *testing.T) {
	cases := []claimCase{
		{name: "disputed the exit poll",
			events: []string{`The Lantern Polling Group said its exit poll showed Varo winning 53% of the vote.

Varo's spokesman, Ines Kell, disputed the exit poll, telling reporters it was “pure invention.”`},
			want: []want{
				{speaker: "Lantern Polling Group", key: "showed Varo winning 53%", ev: timeline.EvidenceDisputed},
				{speaker: "Ines Kell", key: "pure invention"},
			}},
		{name: "the government denies hiding a report an opposition party obtained",
			events: []string{`The opposition Blue League said it had obtained a 2024 inspection report that warned of “serious cracking” in the bridge. Party leader Ivo Marek told reporters the government had hidden the report for two years.

The Transport Ministry denied that any such report had ever reached the government.`},
			want: []want{
				{speaker: "Blue League", key: "obtained a 2024 inspection report", ev: timeline.EvidenceDenied},
				{speaker: "Ivo Marek", key: "the government had hidden the report", ev: timeline.EvidenceDenied},
				{speaker: "Transport Ministry", key: "any such report had ever reached"},
			},
			exact: true},
		{name: "a figure named by its owner disputes the owner's accounts",
			events: []string{`The Tarnish Red Cross put the number of dead at 26, saying its volunteers had counted the bodies at two morgues. The ministry said the Tarnish Red Cross figure included people who had died of other causes.`},
			want: []want{
				{speaker: "Tarnish Red Cross", key: "the number of dead at 26", ev: timeline.EvidenceDisputed},
				{speaker: "Tarnish Red Cross", key: "its volunteers had counted the bodies", ev: timeline.EvidenceDisputed},
				{speaker: "ministry", key: "included people who had died of other causes"},
			},
			exact: true},
		{name: "the number of something is no owned figure",
			events: []string{`The Tarnish Red Cross said its volunteers had reached the valley. The ministry said the number of shelters had doubled.`},
			want: []want{
				{speaker: "Tarnish Red Cross", key: "its volunteers had reached the valley"},
				{speaker: "ministry", key: "the number of shelters had doubled"},
			},
			exact: true},
		{name: "a reply affirming what was said not to have happened",
			events: []string{`Labour Minister Ivo Sand said the strike was illegal because the union had not given the required notice.

The Rail Workers Union said it had filed notice on May 2 and published a copy of the filing.`},
			want: []want{
				{speaker: "Ivo Sand", key: "the strike was illegal", ev: timeline.EvidenceDisputed},
				{speaker: "Rail Workers Union", key: "it had filed notice on May 2"},
			},
			exact: true},
		{name: "a next paragraph sharing a word before the negation disputes nothing",
			events: []string{`Mayor Lina Dorr said the bridge was not damaged by the flood.

The Road Agency said the bridge would reopen on Monday.`},
			want: []want{
				{speaker: "Lina Dorr", key: "the bridge was not damaged"},
				{speaker: "Road Agency", key: "the bridge would reopen on Monday"},
			},
			exact: true},
		{name: "a minister's rebuttal of reports leaves her own toll alone",
			events: []string{`The toll has risen to 14, Interior Minister Lara Venn told reporters. Nine people remain missing, she said.

Venn, 54, called reports that engineers had warned of leaks “a lie spread for political gain.”`},
			want: []want{
				{speaker: "Lara Venn", key: "The toll has risen to 14"},
				{speaker: "Lara Venn", key: "Nine people remain missing"},
				{speaker: "Lara Venn", key: "a lie spread for political gain"},
			},
			exact: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { runCase(t, tc) })
	}
}
