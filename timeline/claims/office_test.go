package claims

import (
	"testing"

	"factline/timeline"
)

// Offices named after a role keep their possessive: the speaker is the whole
// office, and a later "the coroner's office" is the same body.
func TestOfficesOfRoles(t *testing.T) {
	for _, tc := range []claimCase{
		{name: "county offices", events: []string{
			"Three people died when a bridge collapsed, the Brennock County Sheriff's Office said.",
			"The Brennock County Coroner's Office said the toll had risen to five. Later the coroner's office said two victims were children.",
		}, want: []want{
			{speaker: "Brennock County Sheriff's Office", key: "three people died", kind: timeline.SpeakerGovernment},
			{speaker: "Brennock County Coroner's Office", key: "toll had risen to five", kind: timeline.SpeakerGovernment},
			{speaker: "Brennock County Coroner's Office", key: "two victims were children", kind: timeline.SpeakerGovernment},
		}},
		{name: "attorney general", events: []string{
			"The Attorney General's Office said it would appeal the ruling.",
		}, want: []want{
			{speaker: "Attorney General's Office", key: "would appeal the ruling", kind: timeline.SpeakerGovernment},
		}},
		{name: "a person's possessive is no office", events: []string{
			"Mayor Ida Holm's spokesman said the bridge would reopen Friday.",
		}, want: []want{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := runCase(t, tc)
			if tc.name == "a person's possessive is no office" {
				for _, ev := range doc.Events {
					for _, c := range ev.Claims {
						if c.SpeakerKind != timeline.SpeakerPerson {
							t.Errorf("spokesman read as an office: %+v", c)
						}
					}
				}
			}
		})
	}
}

func TestAppositionsAndClassTails(t *testing.T) {
	for _, tc := range []claimCase{
		{name: "participle in an apposition", events: []string{
			"Stanmere Geotechnical, an engineering firm hired by the water authority, said early evidence pointed to heavy rain.",
			"Ilse Marrow, a lawyer hired by the families, said the dam was poorly kept.",
		}, want: []want{
			{speaker: "Stanmere Geotechnical", key: "early evidence pointed to heavy rain", kind: timeline.SpeakerOrganization},
			{speaker: "Ilse Marrow", key: "the dam was poorly kept", kind: timeline.SpeakerPerson},
		}},
		{name: "a body by the last words of its name", events: []string{
			"The Callow Ford Volunteer Rescue Corps said at least seven people had died.",
			"The rescue corps put the death toll at 11, a figure that could not be independently verified.",
		}, want: []want{
			{speaker: "Callow Ford Volunteer Rescue Corps", key: "at least seven people had died", kind: timeline.SpeakerOrganization},
			{speaker: "Callow Ford Volunteer Rescue Corps", key: "death toll at 11", kind: timeline.SpeakerOrganization, ev: timeline.EvidenceUnconfirmed},
		}},
		{name: "early as an adjective after a speech verb", events: []string{
			"The utility said early repairs had restored power to 4,000 homes.",
			"The utility said late Monday that crews were still working.",
		}, want: []want{
			{speaker: "utility", key: "early repairs had restored power"},
			{speaker: "utility", key: "crews were still working", date: "2026-01-12"},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) { runCase(t, tc) })
	}
}
