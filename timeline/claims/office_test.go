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
