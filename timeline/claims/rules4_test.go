package claims

import (
	"testing"

	"factline/timeline"
)

// TestAsidesBlendsAndAgencies covers a cited source between the verb and
// "that", an initials aside between subject and verb, "denied" with a
// gerund, blended short names ("NorFire"), "the agency" after a department,
// and the kind of a corps.
func TestAsidesBlendsAndAgencies(t *testing.T) {
	cases := []claimCase{
		{name: "citing aside between the verb and that",
			events: []string{`Local radio station Radio Brell reported, citing three hospital staff, that the mayor had been admitted overnight.`},
			want:   []want{{speaker: "three hospital staff", key: "the mayor had been admitted overnight", via: "Radio Brell"}},
			exact:  true},
		{name: "citing records before that keeps the reporter",
			events: []string{`The daily Orsk Herald reported, citing court records, that the contractor had been fined twice.`},
			want:   []want{{speaker: "Orsk Herald", key: "the contractor had been fined twice"}},
			exact:  true},
		{name: "initials aside between subject and verb",
			events: []string{`The Federation of Harbour Pilots, known by its Veltish initials FPH, said 71% of its members backed the strike. Later FPH said talks would resume.`},
			want: []want{
				{speaker: "Federation of Harbour Pilots", key: "71% of its members backed the strike", kind: timeline.SpeakerOrganization},
				{speaker: "Federation of Harbour Pilots", key: "talks would resume"},
			},
			exact: true},
		{name: "known by its acronym aside",
			events: []string{`The Coastal Fishers Cooperative, known by its acronym CFC, said the quota had been cut.`},
			want:   []want{{speaker: "Coastal Fishers Cooperative", key: "the quota had been cut"}},
			exact:  true},
		{name: "denied with a gerund is a claim",
			events: []string{`Twelve wagons derailed, state rail operator KRB said. The drivers' union, LFD, said its members had flagged the cracks in March. KRB denied receiving any such warnings.`},
			want: []want{
				{speaker: "KRB", key: "Twelve wagons derailed"},
				{speaker: "LFD", key: "its members had flagged the cracks in March", ev: timeline.EvidenceDenied},
				{speaker: "KRB", key: "receiving any such warnings", kind: timeline.SpeakerOrganization},
			},
			exact: true},
		{name: "citing aside after a broadcaster with a number in its name",
			events: []string{`Private broadcaster Tele 4 reported, citing three prison officers, that the inmate had been moved.`},
			want:   []want{{speaker: "three prison officers", key: "the inmate had been moved"}},
			exact:  true},
		{name: "denied with a noun is no gerund",
			events: []string{`The court denied bail to the two suspects.`},
			exact:  true},
		{name: "a blended short name is the body named before",
			events: []string{`The Ostvale Bureau of Water Safety said the reservoir was stable. OstWater later said the pumps had failed.`},
			want: []want{
				{speaker: "Ostvale Bureau of Water Safety", key: "the reservoir was stable", kind: timeline.SpeakerGovernment},
				{speaker: "Ostvale Bureau of Water Safety", key: "the pumps had failed", kind: timeline.SpeakerGovernment},
			},
			exact: true},
		{name: "a blend must open with the first word",
			events: []string{`The Ostvale Bureau of Water Safety said the reservoir was stable. BurWater said the pumps had failed.`},
			want: []want{
				{speaker: "Ostvale Bureau of Water Safety", key: "the reservoir was stable"},
				{speaker: "BurWater", key: "the pumps had failed"},
			}},
		{name: "the agency after a department named in the same sentence",
			events: []string{
				`The Marl County Sheriff's Office said two people were missing.`,
				`The Tavish Department of Fire Services said the blaze had reached the ridge. Another 12 barns burned, the agency said.`,
			},
			want: []want{
				{speaker: "Marl County Sheriff's Office", key: "two people were missing"},
				{speaker: "Tavish Department of Fire Services", key: "the blaze had reached the ridge"},
				{speaker: "Tavish Department of Fire Services", key: "Another 12 barns burned"},
			},
			exact: true},
		{name: "the agency after an office still finds the office",
			events: []string{`The Flood Relief Office said 300 homes were flooded. The agency said pumps were on the way.`},
			want: []want{
				{speaker: "Flood Relief Office", key: "300 homes were flooded"},
				{speaker: "Flood Relief Office", key: "pumps were on the way"},
			},
			exact: true},
		{name: "a relief corps is an organization, a marine corps a government",
			events: []string{`About 400 families slept in shelters, the Dunmore Relief Corps said. The Ostrian Marine Corps said two boats were sent.`},
			want: []want{
				{speaker: "Dunmore Relief Corps", key: "400 families slept in shelters", kind: timeline.SpeakerOrganization},
				{speaker: "Ostrian Marine Corps", key: "two boats were sent", kind: timeline.SpeakerGovernment},
			},
			exact: true},
		{name: "a third party disputing a figure disputes, not denies",
			events: []string{`The Hikers' Club said its own tally put the number of missing at more than 40. The mountain rescue service disputed that figure, saying some hikers had been counted twice.`},
			want: []want{
				{speaker: "Hikers' Club", key: "the number of missing at more than 40", ev: timeline.EvidenceDisputed},
				{speaker: "mountain rescue service", key: "some hikers had been counted twice"},
			},
			exact: true},
		{name: "the accused denying a report still denies",
			events: []string{`The Hikers' Club said the lodge had turned climbers away. The lodge's owner Vika Brann denied that report.`},
			want: []want{
				{speaker: "Hikers' Club", key: "the lodge had turned climbers away", ev: timeline.EvidenceDenied},
			}},
		{name: "a body's total by its class noun is disputed",
			events: []string{`The Vell Clinics Association said its members had treated 80 people. The ministry said the association's total included people who had come in for routine checks.`},
			want: []want{
				{speaker: "Vell Clinics Association", key: "its members had treated 80 people", ev: timeline.EvidenceDisputed},
				{speaker: "ministry", key: "the association's total included people"},
			},
			exact: true},
		{name: "a body's own total is no dispute",
			events: []string{`The Vell Clinics Association said its members had treated 80 people. The association said its total included people who had come in for routine checks.`},
			want: []want{
				{speaker: "Vell Clinics Association", key: "its members had treated 80 people"},
				{speaker: "Vell Clinics Association", key: "its total included people"},
			},
			exact: true},
		{name: "the police not confirming what two of its officers said",
			events: []string{`Private broadcaster Tele 4 reported, citing two police officers, that the warden had been suspended. Police have not confirmed the suspension.`},
			want: []want{
				{speaker: "two police officers", key: "the warden had been suspended", ev: timeline.EvidenceUnconfirmed},
			},
			exact: true},
		{name: "bare police after a named force is that force",
			events: []string{`Harbin police said a man was arrested. Police said he was 40.`},
			want: []want{
				{speaker: "Harbin police", key: "a man was arrested"},
				{speaker: "Harbin police", key: "he was 40"},
			},
			exact: true},
		{name: "a denial about the same craft answers the claim before it",
			events: []string{
				`The ferry operator Dunlin Ferries said the evening crossing was cancelled.`,
				`The Riverboat Users' Club said the ferry had left port with 300 people aboard. The company denied that the boat had been overcrowded.`,
			},
			want: []want{
				{speaker: "Dunlin Ferries", key: "the evening crossing was cancelled"},
				{speaker: "Riverboat Users' Club", key: "the ferry had left port with 300 people aboard", ev: timeline.EvidenceDenied},
				{speaker: "Dunlin Ferries", key: "the boat had been overcrowded"},
			},
			exact: true},
		{name: "a denial about another subject answers nothing",
			events: []string{`The Riverboat Users' Club said the barge had left port with 300 people aboard. Mayor Ilse Vorn denied that the harbor had been closed.`},
			want: []want{
				{speaker: "Riverboat Users' Club", key: "the barge had left port with 300 people aboard"},
				{speaker: "Ilse Vorn", key: "the harbor had been closed"},
			}},
		{name: "officials of a class of body take its kind",
			events: []string{`The nurses' strike ended, union officials said. The plant reopened, company officials said. The road was shut, officials said.`},
			want: []want{
				{speaker: "union officials", key: "The nurses' strike ended", kind: timeline.SpeakerOrganization},
				{speaker: "company officials", key: "The plant reopened", kind: timeline.SpeakerOrganization},
				{speaker: "officials", key: "The road was shut", kind: timeline.SpeakerUnknown},
			},
			exact: true},
		{name: "an institute named after a country shown later to be one is public",
			events: []string{
				`The Vostria Seismic Institute said aftershocks could go on for weeks.`,
				`Vostria's interior ministry said 3,000 people had been moved.`,
			},
			want: []want{
				{speaker: "Vostria Seismic Institute", key: "aftershocks could go on for weeks", kind: timeline.SpeakerGovernment},
				{speaker: "Vostria's interior ministry", key: "3,000 people had been moved"},
			}},
		{name: "the short name of a country's institute is the institute",
			events: []string{
				`The Vostria Seismic Institute said aftershocks could go on for weeks.`,
				`Vostria's interior ministry said 3,000 people had been moved. Radio Kell reported, citing the Seismic Institute, that a new fault had opened.`,
			},
			want: []want{
				{speaker: "Vostria Seismic Institute", key: "aftershocks could go on for weeks", kind: timeline.SpeakerGovernment},
				{speaker: "Vostria's interior ministry", key: "3,000 people had been moved"},
				{speaker: "Vostria Seismic Institute", key: "a new fault had opened", kind: timeline.SpeakerGovernment},
			}},
		{name: "a research institute named after a country stays an organization",
			events: []string{
				`A poll by the Vostria Research Institute found that 58% of voters backed the plan.`,
				`Vostria's interior ministry said 3,000 people had been moved.`,
			},
			want: []want{
				{speaker: "Vostria Research Institute", key: "58% of voters backed the plan", kind: timeline.SpeakerOrganization},
			}},
		{name: "an institute named after no country stays an organization",
			events: []string{`The Halbert Seismic Institute said aftershocks could go on for weeks.`},
			want:   []want{{speaker: "Halbert Seismic Institute", key: "aftershocks could go on for weeks", kind: timeline.SpeakerOrganization}},
			exact:  true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { runCase(t, tc) })
	}
}
