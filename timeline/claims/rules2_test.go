package claims

import (
	"testing"

	"factline/timeline"
)

// TestSubjectsAndTags covers subjects interrupted by an acronym, plural
// unnamed subjects in the present tense, a second speaker after "while",
// "according to results released by", and a quotation followed by "told the
// broadcaster X".
func TestSubjectsAndTags(t *testing.T) {
	cases := []claimCase{
		{name: "acronym apposition with or",
			events: []string{`The National Bridge Inspection Council, or NBIC, said 40 crossings needed urgent repairs.`},
			want:   []want{{speaker: "National Bridge Inspection Council", key: "40 crossings needed urgent repairs"}},
			exact:  true},
		{name: "acronym apposition with known as",
			events: []string{`The Coastal Flood Response Authority, known as CFRA, said 73 people had been evacuated.`},
			want:   []want{{speaker: "Coastal Flood Response Authority", key: "73 people had been evacuated", kind: timeline.SpeakerGovernment}},
			exact:  true},
		{name: "a name joined by and, then its acronym alone",
			events: []string{
				`The Flood and Relief Authority, known as FRA, said 118 people had been killed.`,
				`FRA lowered the toll to 110, saying six victims had been counted twice.`,
			},
			want: []want{
				{speaker: "Flood and Relief Authority", key: "118 people had been killed", kind: timeline.SpeakerGovernment},
				{speaker: "Flood and Relief Authority", key: "six victims had been counted twice", kind: timeline.SpeakerGovernment},
			},
			exact: true},
		{name: "two bodies joined by and stay two",
			events: []string{`Amnesty International and Human Rights Watch said the trial was unfair.`},
			want:   []want{{speaker: "Human Rights Watch", key: "the trial was unfair"}},
		},
		{name: "plural unnamed subject in the present tense",
			events: []string{`The agency counted 30 dead. Officials in Velmora say the true toll is probably far higher.`},
			want:   []want{{speaker: "officials in Velmora", key: "true toll is probably far higher", kind: timeline.SpeakerUnknown}},
		},
		{name: "a second speaker after while",
			events: []string{`The flooding has killed 40 people, the Ministry of Water said Monday, while Harbor Relief Network said between 55 and 60 people had died.`},
			want: []want{
				{speaker: "Ministry of Water", key: "flooding has killed 40 people"},
				{speaker: "Harbor Relief Network", key: "between 55 and 60 people had died"},
			},
		},
		{name: "according to results released by a body",
			events: []string{`The Independent Ballot Commission opened its count. The Green League won 88 of the 150 seats, according to partial results released by the commission on Monday.`},
			want:   []want{{speaker: "Independent Ballot Commission", key: "won 88 of the 150 seats"}},
		},
		{name: "told the broadcaster X keeps the quotation",
			events: []string{`“We could hear them knocking under the concrete,” rescuer Dara Venn told the broadcaster KTV.`},
			want:   []want{{speaker: "Dara Venn", key: "hear them knocking under the concrete", direct: 1}},
			exact:  true},
		{name: "people arriving from a place are not the place",
			events: []string{`Families arriving from Ostrel said the border crossing had been shelled overnight.`},
			want:   []want{{speaker: "families", key: "border crossing had been shelled"}},
			exact:  true},
		{name: "hospital admissions are no claim",
			events: []string{`Clinics in Varnholm admitted 640 patients on Sunday, most with burns.`},
			exact:  true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { runCase(t, tc) })
	}
}

// TestBodyResolution covers "the company", "it", "the group" and short forms
// finding the right earlier body, and kinds of multi-word bodies.
func TestBodyResolution(t *testing.T) {
	cases := []claimCase{
		{name: "operated by names the company, a vessel cannot speak",
			events: []string{
				`The tanker Northern Gull, operated by Halvard Marine, ran aground near the harbor, the port authority said.`,
				`In a statement, the company said the tanker had passed an inspection in May. It said it was working with investigators.`,
			},
			want: []want{
				{speaker: "Halvard Marine", key: "passed an inspection in May", kind: timeline.SpeakerOrganization},
				{speaker: "Halvard Marine", key: "working with investigators", kind: timeline.SpeakerOrganization},
			},
		},
		{name: "a short form of a full name",
			events: []string{
				`The Brennock Valley Railroad said its crews were clearing the line.`,
				`Brennock Valley said it would pay for repairs to damaged homes.`,
			},
			want: []want{
				{speaker: "Brennock Valley Railroad", key: "crews were clearing the line", kind: timeline.SpeakerOrganization},
				{speaker: "Brennock Valley Railroad", key: "pay for repairs", kind: timeline.SpeakerOrganization},
			},
		},
		{name: "the chamber and the group",
			events: []string{
				`The Chamber of Licensed Surveyors said many of the towers lacked permits. The chamber said it had raised the issue in 2024.`,
				`Harbor Relief International, which runs three clinics in Osk, said the toll was higher. The group said its staff had counted 45 deaths.`,
			},
			want: []want{
				{speaker: "Chamber of Licensed Surveyors", key: "towers lacked permits"},
				{speaker: "Chamber of Licensed Surveyors", key: "raised the issue in 2024"},
				{speaker: "Harbor Relief International", key: "toll was higher", kind: timeline.SpeakerOrganization},
				{speaker: "Harbor Relief International", key: "counted 45 deaths", kind: timeline.SpeakerOrganization},
			},
		},
		{name: "a role named before its holder",
			events: []string{`A fisherman drowned off the pier, the town's mayor said Monday. Mayor Ilse Varga said the pier had been closed for repairs.`},
			want: []want{
				{speaker: "Ilse Varga", key: "fisherman drowned off the pier", kind: timeline.SpeakerPerson},
				{speaker: "Ilse Varga", key: "pier had been closed", kind: timeline.SpeakerPerson},
			},
		},
		{name: "a different role does not take the holder",
			events: []string{`A fisherman drowned off the pier, the town's mayor said. Deputy Mayor Ivo Brandt said the pier had been closed.`},
			want: []want{
				{speaker: "town's mayor", key: "fisherman drowned off the pier"},
				{speaker: "Ivo Brandt", key: "pier had been closed"},
			},
			exact: true},
		{name: "a spokesman of a named body still speaks for it",
			events: []string{`The Water Ministry met on Monday. Rationing will start in May, a ministry spokesman said.`},
			want:   []want{{speaker: "Water Ministry", key: "Rationing will start in May", kind: timeline.SpeakerGovernment}},
			exact:  true},
		{name: "police in a place stay the police",
			events: []string{`Police in Varn said 12 people were arrested.`},
			want:   []want{{speaker: "police", key: "12 people were arrested", kind: timeline.SpeakerGovernment}},
			exact:  true},
		{name: "citing records the medium obtained",
			events: []string{`The Harwick Courier reported, citing inspection logs it obtained, that the dam's gates had not been tested for two years.`},
			want:   []want{{speaker: "Harwick Courier", key: "gates had not been tested", kind: timeline.SpeakerMedia}},
			exact:  true},
		{name: "media and mission names are not people",
			events: []string{
				`The Ostrava Sentinel reported that shelters were turning families away.`,
				`The Regional Ballot Observation Mission said it had found irregularities at 90 stations.`,
			},
			want: []want{
				{speaker: "Ostrava Sentinel", key: "shelters were turning families away", kind: timeline.SpeakerMedia},
				{speaker: "Regional Ballot Observation Mission", key: "irregularities at 90 stations", kind: timeline.SpeakerOrganization},
			},
		},
		{name: "an anonymous government spokeswoman",
			events: []string{`The state will pay 5,000 crowns to each family, a government spokeswoman said.`},
			want:   []want{{speaker: "government spokeswoman", key: "pay 5,000 crowns", kind: timeline.SpeakerUnknown}},
			exact:  true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { runCase(t, tc) })
	}
}

// TestNextSentenceEvidence covers evidence markers in the sentence after the
// claim they answer.
func TestNextSentenceEvidence(t *testing.T) {
	cases := []claimCase{
		{name: "has not confirmed the company's figure",
			events: []string{`Orlen Freight said 14 containers had been lost. The harbor police have not confirmed the company's figure.`},
			want:   []want{{speaker: "Orlen Freight", key: "14 containers had been lost", ev: timeline.EvidenceUnconfirmed}},
		},
		{name: "the company denied that, about the ship it operates",
			events: []string{
				`The trawler MV Kestrel Dawn, owned by Dalmor Fisheries, sank off Brill on Monday, the navy said.`,
				`Fisheries Minister Ines Coll told lawmakers that the Kestrel Dawn had been carrying twice the 40 tons it was licensed for. “This was greed,” she said.` + "\n\n" +
					`Coll said the ministry had suspended Dalmor Fisheries' license. The company denied that the trawler was overloaded.`,
			},
			want: []want{
				{speaker: "Ines Coll", key: "carrying twice the 40 tons", ev: timeline.EvidenceDenied},
				{speaker: "Ines Coll", key: "This was greed"},
				{speaker: "Ines Coll", key: "suspended Dalmor Fisheries' license"},
			},
		},
		{name: "a different figure from another party",
			events: []string{`The Dockworkers' Union said 9,000 of its 12,000 members had walked out. The Labor Ministry said participation was about 3,500.`},
			want: []want{
				{speaker: "Dockworkers' Union", key: "9,000 of its 12,000 members", ev: timeline.EvidenceDisputed},
				{speaker: "Labor Ministry", key: "participation was about 3,500"},
			},
		},
		{name: "a negated account from another party",
			events: []string{`Mayor Ruth Penn said the protester had been beaten by soldiers. The Defense Ministry said soldiers had not used batons.`},
			want: []want{
				{speaker: "Ruth Penn", key: "beaten by soldiers", ev: timeline.EvidenceDisputed},
				{speaker: "Defense Ministry", key: "had not used batons"},
			},
		},
		{name: "two figures on different matters are no dispute",
			events: []string{`The ministry said 40 people had died. The Red Cross said the number of shelters was 12.`},
			want: []want{
				{speaker: "ministry", key: "40 people had died"},
				{speaker: "Red Cross", key: "number of shelters was 12"},
			},
		},
		{name: "not yet identified is no denial",
			events: []string{`Coroner Ada Vell said two of the dead were fishermen. The county police said the other victims had not yet been identified.`},
			want: []want{
				{speaker: "Ada Vell", key: "two of the dead were fishermen"},
				{speaker: "county police", key: "not yet been identified"},
			},
		},
		{name: "rejected the accusation is a denial by the accused",
			events: []string{`Union leader Omar Test accused the ministry of hiding the figures. The ministry rejected the accusation.`},
			want:   []want{{speaker: "Omar Test", key: "hiding the figures", ev: timeline.EvidenceDenied}},
		},
		{name: "a third party rejecting an accusation disputes it",
			events: []string{`Union leader Omar Test accused the ministry of hiding the figures. The Ostrava Audit Council rejected the accusation.`},
			want:   []want{{speaker: "Omar Test", key: "hiding the figures", ev: timeline.EvidenceDisputed}},
		},
		{name: "dismissing allegations from an earlier update leaves the paragraph before alone",
			events: []string{
				`Opposition leader Ivo Marr claimed the vote was rigged.`,
				`Observer chief Ana Bel said the irregularities were minor.` + "\n\n" + `President Lev Ostrin dismissed the fraud allegations in a speech.`,
				`President Lev Ostrin dismissed the fraud allegations again on Monday.`,
			},
			want: []want{
				{speaker: "Ana Bel", key: "irregularities were minor"},
			},
		},
		{name: "but called for is no dispute",
			events: []string{`Observer chief Ana Bel said the errors were “too small to change the outcome,” but called for a review of 20 ballot boxes.`},
			want:   []want{{speaker: "Ana Bel", key: "too small to change the outcome"}},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { runCase(t, tc) })
	}
}

// TestThingsAndKinds covers ships that cannot speak and bodies above states.
func TestThingsAndKinds(t *testing.T) {
	cases := []claimCase{
		{name: "a ship is no company",
			events: []string{`The MV Sorrel Bay sank off Tarn, the navy said. The company said the ship had been inspected in March.`},
			want: []want{
				{speaker: "navy", key: "MV Sorrel Bay sank"},
				{speaker: "company", key: "ship had been inspected in March"},
			},
			exact: true},
		{name: "a supranational agency is no government",
			events: []string{`The World Water Agency said 3 million people lacked safe water.`},
			want:   []want{{speaker: "World Water Agency", key: "3 million people lacked safe water", kind: timeline.SpeakerOrganization}},
			exact:  true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { runCase(t, tc) })
	}
}
