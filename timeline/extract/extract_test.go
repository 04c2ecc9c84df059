package extract

import (
	"strings"
	"testing"

	"factline/timeline"
)

func TestAttachSourcesTakesNarrowestClaim(t *testing.T) {
	text := `The agency said the toll rose to 12, and the mayor said 3 of them were children.`
	ev := &timeline.Event{Text: text,
		Claims: []timeline.Claim{
			{Speaker: "Coast Agency", SpeakerKind: timeline.SpeakerGovernment, Start: 0, End: len(text), Time: timeline.Day(2026, 2, 3, "Tuesday")},
			{Speaker: "Ana Ruiz", SpeakerKind: timeline.SpeakerPerson, Start: 38, End: len(text)},
		},
		Figures: []timeline.Figure{
			{Value: 12, Start: 33, End: 35, Text: "12", PartOf: -1},
			{Value: 3, Start: 56, End: 57, Text: "3", PartOf: -1},
		},
	}
	attachSources(ev)
	if got := ev.Figures[0].Source; got != "Coast Agency" {
		t.Errorf("figure 12 source = %q, want Coast Agency", got)
	}
	if got := ev.Figures[0].Time.String(); got != "2026-02-03" {
		t.Errorf("figure 12 time = %q, want the claim's 2026-02-03", got)
	}
	if got := ev.Figures[1].Source; got != "Ana Ruiz" {
		t.Errorf("figure 3 source = %q, want the narrower claim's Ana Ruiz", got)
	}
}

func TestAttachSourcesLeavesWritersFigures(t *testing.T) {
	ev := &timeline.Event{Text: "Some 40 boats sank. Officials said more were missing.",
		Claims:  []timeline.Claim{{Speaker: "officials", Start: 20, End: 53}},
		Figures: []timeline.Figure{{Value: 40, Start: 5, End: 7, PartOf: -1}},
	}
	attachSources(ev)
	if ev.Figures[0].Source != "" {
		t.Errorf("unattributed figure got source %q", ev.Figures[0].Source)
	}
}

func TestIDsAreStableAndUnique(t *testing.T) {
	mk := func() *timeline.Event {
		return &timeline.Event{
			Claims: []timeline.Claim{
				{Speaker: "Ana Ruiz", Text: "“We will rebuild.”"},
				{Speaker: "Ana Ruiz", Text: "\"We  will rebuild.\""}, // the same words again
				{Speaker: "Ben Ode", Text: "We will rebuild."},
			},
			Figures: []timeline.Figure{{Value: 5, Bound: timeline.BoundExact, Text: "5 dead"}, {Value: 6, Text: "6 dead"}},
		}
	}
	a, b := mk(), mk()
	assignIDs(a)
	assignIDs(b)
	ids := map[string]bool{}
	for i := range a.Claims {
		if a.Claims[i].ID != b.Claims[i].ID {
			t.Errorf("claim %d id not stable: %s vs %s", i, a.Claims[i].ID, b.Claims[i].ID)
		}
		ids[a.Claims[i].ID] = true
	}
	for i := range a.Figures {
		ids[a.Figures[i].ID] = true
	}
	if len(ids) != 5 {
		t.Errorf("want 5 distinct ids, got %v", ids)
	}
	if a.Claims[0].ID[0] != 'c' || a.Figures[0].ID[0] != 'f' {
		t.Errorf("ids %q %q lack their c/f prefix", a.Claims[0].ID, a.Figures[0].ID)
	}
}

func TestDateFigures(t *testing.T) {
	ref := timeline.Day(2026, 3, 4, "Wednesday") // a Wednesday
	tests := []struct {
		text string
		num  string
		want string
		role timeline.Role
	}{
		{"About 70% of homes have power, up from 20% on Monday.", "20%", "2026-03-02", timeline.RoleRestated},
		{"Sales reached 40 units, up from 25 Tuesday, the firm said.", "25", "2026-03-03", timeline.RoleRestated},
		{"About 70% of homes had power on Monday.", "70%", "", timeline.RoleValue},
		{"Crowds gathered Sunday afternoon. By evening about 300 people remained.", "300", "2026-03-01", ""},
		{"As of Tuesday, 12 people had died.", "12", "2026-03-03", ""},
		{"At least 9 people were trapped after the roof fell late Monday.", "9", "", ""},
		{"Up to 18 inches of rain could fall through Friday.", "18", "", ""},
		{"Crowds gathered Sunday. Police said on Tuesday that 40 people were arrested.", "40", "2026-03-03", ""},
		{"Crowds gathered Sunday.\n\nAbout 50 people were hurt.", "50", "", ""},
		// a day that opens a period is no as-of date
		{"The airline has grounded 40 jets since Monday, stranding some 6,000 travelers.", "6,000", "", ""},
		{"The walkout began on Sunday. At its height, 70% of plants were idle.", "70%", "", ""},
		{"The walkout began Sunday. As of Tuesday, 70% of plants were idle.", "70%", "2026-03-03", ""},
	}
	for _, tt := range tests {
		start := strings.Index(tt.text, tt.num)
		ev := &timeline.Event{Text: tt.text, Time: ref, Figures: []timeline.Figure{{Start: start, End: start + len(tt.num), PartOf: -1, Role: tt.role}}}
		dateFigures(ev)
		if got := ev.Figures[0].Time.String(); got != tt.want {
			t.Errorf("%q: figure dated %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestInferSources(t *testing.T) {
	ents := []timeline.Entity{
		{Name: "Ministry of Health", Kind: timeline.SpeakerGovernment, Aliases: []string{"the ministry", "health ministry"}},
		{Name: "Pelland Red Cross", Kind: timeline.SpeakerOrganization, Aliases: []string{"Red Cross"}},
	}
	names := entityNames(ents)
	tests := []struct {
		text, num string
		want      string
	}{
		{"The ministry's toll rose to 44 overnight.", "44", "Ministry of Health"},
		{"The Red Cross’s count stood at 310 by noon.", "310", "Pelland Red Cross"},
		{"Over 500 have been reported killed by activists, mostly in the north.", "500", "activists"},
		{"At least 20 deaths were confirmed by the health ministry on Monday.", "20", "Ministry of Health"},
		{"The mayor's house was hit and 12 people died.", "12", ""},        // a possessive that is no count
		{"Some 30 boats were sunk by the storm surge.", "30", ""},          // an agent that is no source
		{"The ministry's tolled bells rang 3 times.", "3", ""},             // not the noun "toll"
		{"The union's count, 52, was disputed by the ministry.", "52", ""}, // a union the story does not know
	}
	for _, tt := range tests {
		start := strings.Index(tt.text, tt.num)
		ev := &timeline.Event{Text: tt.text, Figures: []timeline.Figure{{Start: start, End: start + len(tt.num), PartOf: -1}}}
		inferSources(ev, names)
		if got := ev.Figures[0].Source; got != tt.want {
			t.Errorf("%q: source %q, want %q", tt.text, got, tt.want)
		}
	}
}
