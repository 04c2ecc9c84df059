package claims

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"factline/timeline"
)

// want is one expected claim: the canonical speaker and words its text must
// hold; the other fields are checked when set.
type want struct {
	speaker string
	key     string
	kind    timeline.SpeakerKind
	ev      timeline.Evidence
	direct  int8 // 0 unchecked, 1 true, -1 false
	date    string
	verb    string
	via     string
}

type claimCase struct {
	name string
	// events are the update texts, in order; all dated Wednesday, Jan. 14,
	// 2026 unless the case says otherwise.
	events []string
	want   []want
	// exact requires no claims beyond want.
	exact bool
}

func runCase(t *testing.T, tc claimCase) *timeline.Document {
	t.Helper()
	doc := &timeline.Document{}
	for i, txt := range tc.events {
		doc.Events = append(doc.Events, timeline.Event{Ordinal: i + 1, Kind: timeline.KindUpdate, Text: txt,
			Time: timeline.Day(2026, time.January, 14, "")})
	}
	New().Run(doc)
	var got []timeline.Claim
	for _, ev := range doc.Events {
		got = append(got, ev.Claims...)
	}
	used := make([]bool, len(got))
	for _, w := range tc.want {
		found := -1
		for i, c := range got {
			if used[i] || c.Speaker != w.speaker || !strings.Contains(testWords(c.Text), testWords(w.key)) {
				continue
			}
			found = i
			break
		}
		if found < 0 {
			t.Errorf("missing claim %q by %q; got:\n%s", w.key, w.speaker, dump(got))
			continue
		}
		used[found] = true
		c := got[found]
		if w.kind != "" && c.SpeakerKind != w.kind {
			t.Errorf("claim %q: kind %s, want %s", w.key, c.SpeakerKind, w.kind)
		}
		if w.ev != "" && c.Evidence != w.ev || w.ev == "" && c.Evidence != "" {
			t.Errorf("claim %q: evidence %q (%q), want %q", w.key, c.Evidence, c.EvidenceText, w.ev)
		}
		if w.direct != 0 && c.Direct != (w.direct > 0) {
			t.Errorf("claim %q: direct %v", w.key, c.Direct)
		}
		if w.date != "" && c.Time.String() != w.date && !(w.date == "-" && c.Time.IsZero()) {
			t.Errorf("claim %q: time %q, want %q", w.key, c.Time.String(), w.date)
		}
		if w.verb != "" && c.Verb != w.verb {
			t.Errorf("claim %q: verb %q, want %q", w.key, c.Verb, w.verb)
		}
		if w.via != "" && c.Via != w.via {
			t.Errorf("claim %q: via %q, want %q", w.key, c.Via, w.via)
		}
		if c.Start < 0 || c.End <= c.Start {
			t.Errorf("claim %q: bad span %d-%d", w.key, c.Start, c.End)
		}
	}
	if tc.exact {
		for i, c := range got {
			if !used[i] {
				t.Errorf("unexpected claim %q by %q", c.Text, c.Speaker)
			}
		}
	}
	return doc
}

// testWords folds case, quotes and punctuation as the scorer does.
func testWords(s string) string {
	var b strings.Builder
	space := true
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && r != '“' && r != '”' && r != '’' && r != '‘' && r != '—' {
			b.WriteRune(r)
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return " " + strings.TrimSpace(b.String()) + " "
}

func dump(cs []timeline.Claim) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "  %q (%s, %q) %s: %q [%s %s]\n", c.Speaker, c.SpeakerKind, c.SpeakerText, c.Verb, c.Text, c.Evidence, c.Time.String())
	}
	return b.String()
}

func TestDirectQuotes(t *testing.T) {
	cases := []claimCase{
		{name: "tag after quote",
			events: []string{`“We will rebuild every home,” Mayor Lena Holt said.`},
			want:   []want{{speaker: "Lena Holt", key: "We will rebuild every home", kind: timeline.SpeakerPerson, direct: 1}},
			exact:  true},
		{name: "inverted tag",
			events: []string{`"The river is still rising," said Tomas Greer, the county's emergency manager.`},
			want:   []want{{speaker: "Tomas Greer", key: "river is still rising", direct: 1}},
			exact:  true},
		{name: "split quote joined without its tag",
			events: []string{`Opposition leader Vera Lind spoke after the vote. “This budget,” she said, “will not survive the winter.”`},
			want:   []want{{speaker: "Vera Lind", key: "This budget will not survive the winter", direct: 1}},
			exact:  true},
		{name: "multi-sentence quote",
			events: []string{`“The dam held. We were lucky. Next time we may not be,” engineer Paul Marr said.`},
			want:   []want{{speaker: "Paul Marr", key: "The dam held. We were lucky", direct: 1}},
			exact:  true},
		{name: "colon quote",
			events: []string{`Interior Minister Dara Quill told lawmakers: "No one is above the law."`},
			want:   []want{{speaker: "Dara Quill", key: "No one is above the law", direct: 1, verb: "told"}},
			exact:  true},
		{name: "exclamation mark does not split the tag",
			events: []string{`“We warned them for years!” said Nora Bell, whose son died in the fire.`},
			want:   []want{{speaker: "Nora Bell", key: "We warned them for years", direct: 1}},
			exact:  true},
		{name: "a question is no claim",
			events: []string{`“Where were the inspectors?” asked Nora Bell.`},
			exact:  true},
		{name: "quote without speaker is no claim",
			events: []string{`Banners read “Justice now” as the crowd marched past the courthouse.`},
			exact:  true},
		{name: "said inside a quote is not an attribution",
			events: []string{`The sign outside read “Nobody said it would be easy” in red paint.`},
			exact:  true},
		{name: "quote that goes on after its tag is one statement",
			events: []string{`“The water came fast,” said Ivo Brandt, a farmer. “We lost everything. The cattle, the barn, all of it.”`},
			want: []want{
				{speaker: "Ivo Brandt", key: "The water came fast. We lost everything", direct: 1},
			},
			exact: true},
		{name: "quote-only paragraph inherits the speaker",
			events: []string{"“The water came fast,” said Ivo Brandt, a farmer.\n\n“We lost everything. The cattle, the barn, all of it.”"},
			want: []want{
				{speaker: "Ivo Brandt", key: "The water came fast", direct: 1},
				{speaker: "Ivo Brandt", key: "We lost everything", direct: 1},
			},
			exact: true},
		{name: "paragraph that opens a quote and continues",
			events: []string{"Coach Rina Falk spoke after practice. She said: “We have a young team. They will make mistakes.\n\n“But nobody will outwork them.”"},
			want:   []want{{speaker: "Rina Falk", key: "young team They will make mistakes But nobody will outwork them", direct: 1}},
			exact:  true},
		{name: "partial quote inside a clause",
			events: []string{`The suspect was held “pending further review,” police said Sunday.`},
			want:   []want{{speaker: "police", key: "suspect was held", direct: -1, kind: timeline.SpeakerGovernment, date: "2026-01-11"}},
			exact:  true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { runCase(t, tc) })
	}
}

func TestIndirectSpeech(t *testing.T) {
	cases := []claimCase{
		{name: "said late Sunday that",
			events: []string{`President Arlo Venn said late Sunday that his government was ready to negotiate, but cautioned that talks could take months.`},
			want: []want{
				{speaker: "Arlo Venn", key: "his government was ready to negotiate", date: "2026-01-11", direct: -1},
				{speaker: "Arlo Venn", key: "talks could take months", verb: "cautioned", date: "2026-01-11"},
			},
			exact: true},
		{name: "future content does not move the day of the statement",
			events: []string{`The company said Tuesday that the plant will reopen next month.`},
			want:   []want{{speaker: "company", key: "plant will reopen", date: "2026-01-13"}},
			exact:  true},
		{name: "a day inside the content is not the statement's",
			events: []string{`The union said it would hold a vigil on Friday.`},
			want:   []want{{speaker: "union", key: "hold a vigil on Friday", date: "-"}},
			exact:  true},
		{name: "clause then tag",
			events: []string{`At least 14 people were killed when the bridge collapsed, the Transport Ministry said Tuesday.`},
			want:   []want{{speaker: "Transport Ministry", key: "At least 14 people were killed", kind: timeline.SpeakerGovernment, date: "2026-01-13"}},
			exact:  true},
		{name: "bare clause",
			events: []string{`Police said 12 people were arrested overnight.`},
			want:   []want{{speaker: "police", key: "12 people were arrested", kind: timeline.SpeakerGovernment}},
			exact:  true},
		{name: "told outlet that",
			events: []string{`Senator Ruth Okafor told the Daily Ledger on Monday that the bill lacked the votes.`},
			want:   []want{{speaker: "Ruth Okafor", key: "the bill lacked the votes", verb: "told", date: "2026-01-12"}},
			exact:  true},
		{name: "said in a statement",
			events: []string{`Kelvar Airlines said in a statement that all flights would resume Friday.`},
			want:   []want{{speaker: "Kelvar Airlines", key: "all flights would resume Friday", kind: timeline.SpeakerOrganization, date: "-"}},
			exact:  true},
		{name: "according to after the clause",
			events: []string{`More than 3,000 homes lost power, according to the regional utility.`},
			want:   []want{{speaker: "regional utility", key: "3,000 homes lost power", verb: "according to"}},
			exact:  true},
		{name: "according to first",
			events: []string{`According to the Harbor Authority, six ships were stranded outside the port.`},
			want:   []want{{speaker: "Harbor Authority", key: "six ships were stranded", kind: timeline.SpeakerGovernment}},
			exact:  true},
		{name: "according to a statement from",
			events: []string{`Two guards were injured, according to a statement from the prison service.`},
			want:   []want{{speaker: "prison service", key: "Two guards were injured"}},
			exact:  true},
		{name: "coordinated second verb",
			events: []string{`The weather office said the storm had weakened and warned that rivers would keep rising.`},
			want: []want{
				{speaker: "weather office", key: "the storm had weakened"},
				{speaker: "weather office", key: "rivers would keep rising", verb: "warned"},
			},
			exact: true},
		{name: "accused X of",
			events: []string{`Union chief Hal Moro accused Trevik Steel of hiding safety reports.`},
			want:   []want{{speaker: "Hal Moro", key: "Trevik Steel of hiding safety reports", verb: "accused"}},
			exact:  true},
		{name: "announced noun phrase with its day",
			events: []string{`Despite pressure from allies, Premier Ada Sorn announced new tariffs on steel on Monday.`},
			want:   []want{{speaker: "Ada Sorn", key: "new tariffs on steel", date: "2026-01-12"}},
			exact:  true},
		{name: "participle continues the subject",
			events: []string{`The league suspended the match, saying the pitch was unsafe.`},
			want:   []want{{speaker: "league", key: "the pitch was unsafe", verb: "said"}},
			exact:  true},
		{name: "relative clause speakers",
			events: []string{`The council passed a rule that critics say will hurt small shops.`},
			want:   []want{{speaker: "critics", key: "will hurt small shops"}},
			exact:  true},
		{name: "a survey found",
			events: []string{`A poll released Monday by the Lowell Research Center found that 61% of voters backed the plan.`},
			want:   []want{{speaker: "Lowell Research Center", key: "61% of voters backed the plan", date: "2026-01-12"}},
			exact:  true},
		{name: "estimate put at",
			events: []string{`Organizers said 50,000 people marched; police put the crowd at 12,000.`},
			want: []want{
				{speaker: "organizers", key: "50,000 people marched", ev: timeline.EvidenceDisputed},
				{speaker: "police", key: "the crowd at 12,000", verb: "put"},
			},
			exact: true},
		{name: "nested attribution",
			events: []string{`Three activists were sentenced to prison, state media reported, citing the judiciary.`},
			want:   []want{{speaker: "judiciary", key: "Three activists were sentenced", via: "state media", kind: timeline.SpeakerGovernment}},
			exact:  true},
		{name: "media report",
			events: []string{`Dozens of cars were swept away in the flash flood, KVTR reported.`},
			want:   []want{{speaker: "KVTR", key: "Dozens of cars were swept away", kind: timeline.SpeakerMedia}},
			exact:  true},
		{name: "government as country",
			events: []string{`Norway said it would send two rescue ships.`},
			want:   []want{{speaker: "Norway", key: "it would send two rescue ships", kind: timeline.SpeakerGovernment}},
			exact:  true},
		{name: "not statements",
			events: []string{`The mayor declined to say whether the plant would close. Officials did not say when the road would reopen. The report will be published Friday. Bodies were found near the river. His claims were widely shared.`},
			exact:  true},
		{name: "speech verbs that report nothing",
			events: []string{`The report found its way to the minister's desk. Nobody claimed responsibility for the attack. Witnesses told of chaos. She warned against complacency. The ministry denied him a visa. What he said next shocked the room. As the minister said last week, the budget is tight.`},
			exact:  true},
		{name: "passive reported is not a claim",
			events: []string{`Five deaths were reported in the north, and two more were reported killed in the capital.`},
			exact:  true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { runCase(t, tc) })
	}
}

func TestSpeakerResolution(t *testing.T) {
	cases := []claimCase{
		{name: "surname resolves to the earlier full name across events",
			events: []string{
				`Health Minister Petra Vell visited the clinic on Tuesday.`,
				`Vell said the outbreak was under control.`,
			},
			want:  []want{{speaker: "Petra Vell", key: "outbreak was under control", kind: timeline.SpeakerPerson}},
			exact: true},
		{name: "surname before the full name",
			events: []string{`Reyes said the count was rigged.`, `Mayor Jonah Reyes later said he would accept the result.`},
			want: []want{
				{speaker: "Jonah Reyes", key: "count was rigged", kind: timeline.SpeakerPerson},
				{speaker: "Jonah Reyes", key: "accept the result"},
			},
			exact: true},
		{name: "title stripped, role kept",
			events: []string{`U.S. Deputy Secretary of State Colm Reyes said the talks were productive.`},
			want:   []want{{speaker: "Colm Reyes", key: "talks were productive"}},
			exact:  true},
		{name: "role then newly named person",
			events: []string{"Estovia's defense minister claimed Monday that the border was secure.\n\nLeon Drach offered no evidence for his claim."},
			want:   []want{{speaker: "Leon Drach", key: "the border was secure", ev: timeline.EvidenceNoneOffered, date: "2026-01-12"}},
			exact:  true},
		{name: "role bound earlier resolves later",
			events: []string{
				`Estovia's foreign minister, Ida Karsk, arrived in Vienna on Monday.`,
				`Estovia's foreign minister said the sanctions had failed.`,
			},
			want:  []want{{speaker: "Ida Karsk", key: "sanctions had failed"}},
			exact: true},
		{name: "he with two candidates prefers the subject",
			events: []string{`Governor Sam Orr met with Mayor Tia Lund on Friday. He said the state would pay for the repairs.`},
			want:   []want{{speaker: "Sam Orr", key: "state would pay for the repairs"}},
			exact:  true},
		{name: "she picks the female antecedent",
			events: []string{`Governor Sam Orr met with Mayor Tia Lund, who lost her home in the flood. She said the city needed help.`},
			want:   []want{{speaker: "Tia Lund", key: "the city needed help"}},
			exact:  true},
		{name: "it after an organisation",
			events: []string{`The Coastal Relief Network, a charity based in Portmar, runs four shelters. It said 900 people had registered.`},
			want:   []want{{speaker: "Coastal Relief Network", key: "900 people had registered", kind: timeline.SpeakerOrganization}},
			exact:  true},
		{name: "the agency and the company",
			events: []string{
				`The National Weather Agency issued a red alert. Gorvan Energy, which runs the plant, shut two reactors.`,
				`The agency said winds could reach 150 kph. The company said the shutdown was a precaution.`,
			},
			want: []want{
				{speaker: "National Weather Agency", key: "winds could reach 150 kph", kind: timeline.SpeakerGovernment},
				{speaker: "Gorvan Energy", key: "shutdown was a precaution", kind: timeline.SpeakerOrganization},
			},
			exact: true},
		{name: "the union is a federation of workers",
			events: []string{
				`The Federation of Port Workers called a strike.`,
				`The union said 4,000 members would walk out.`,
			},
			want:  []want{{speaker: "Federation of Port Workers", key: "4,000 members would walk out"}},
			exact: true},
		{name: "acronym after long name",
			events: []string{
				`The Independent Election Commission (IEC) delayed the count.`,
				`The IEC said turnout was 58%.`,
			},
			want:  []want{{speaker: "Independent Election Commission", key: "turnout was 58%"}},
			exact: true},
		{name: "acronym without introduction",
			events: []string{
				`The Baltic Fisheries Council met in Riga.`,
				`BFC said quotas would be cut.`,
			},
			want:  []want{{speaker: "Baltic Fisheries Council", key: "quotas would be cut"}},
			exact: true},
		{name: "spokesperson speaks for the body",
			events: []string{`The Ministry of Water said supplies were safe. Ministry spokesman Odo Pell said tests were under way.`},
			want: []want{
				{speaker: "Ministry of Water", key: "supplies were safe"},
				{speaker: "Odo Pell", key: "tests were under way", kind: timeline.SpeakerPerson},
			},
			exact: true},
		{name: "descriptor dropped from a body's name",
			events: []string{`The London-based Syrian Rights Observatory said 30 fighters died.`},
			want:   []want{{speaker: "Syrian Rights Observatory", key: "30 fighters died", kind: timeline.SpeakerOrganization}},
			exact:  true},
		{name: "anonymous source keeps its description",
			events: []string{`Two diplomats, who spoke on condition of anonymity to discuss private talks, said a deal was close.`},
			want:   []want{{speaker: "two diplomats", key: "a deal was close", kind: timeline.SpeakerUnknown}},
			exact:  true},
		{name: "a police statement",
			events: []string{`Portmar police closed the bridge. A police statement said two cars fell into the river.`},
			want:   []want{{speaker: "Portmar police", key: "two cars fell into the river", kind: timeline.SpeakerGovernment}},
			exact:  true},
		{name: "country's government",
			events: []string{`“We condemn the attack,” Estovia’s government said.`},
			want:   []want{{speaker: "Estovia", key: "We condemn the attack", kind: timeline.SpeakerGovernment}},
			exact:  true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { runCase(t, tc) })
	}
}

func TestEvidenceMarkers(t *testing.T) {
	cases := []claimCase{
		{name: "without offering evidence in the attribution",
			events: []string{`Mayor Ed Voss claimed, without offering evidence, that outsiders started the riot. “They came by bus,” Voss said.`},
			want: []want{
				{speaker: "Ed Voss", key: "outsiders started the riot", ev: timeline.EvidenceNoneOffered},
				{speaker: "Ed Voss", key: "They came by bus", ev: timeline.EvidenceNoneOffered},
			},
			exact: true},
		{name: "citing no evidence",
			events: []string{`The militia said, citing no evidence, that the army had used gas.`},
			want:   []want{{speaker: "militia", key: "army had used gas", ev: timeline.EvidenceNoneOffered}},
			exact:  true},
		{name: "could not be independently verified",
			events: []string{`The rebels said they had captured the airport. The claim could not be independently verified.`},
			want:   []want{{speaker: "rebels", key: "captured the airport", ev: timeline.EvidenceUnconfirmed}},
			exact:  true},
		{name: "did not acknowledge someone's comments",
			events: []string{`Premier Ada Sorn said Tarvia had asked for talks. Tarvia did not acknowledge Sorn's comments.`},
			want:   []want{{speaker: "Ada Sorn", key: "Tarvia had asked for talks", ev: timeline.EvidenceUnconfirmed}},
			exact:  true},
		{name: "denied by the accused",
			events: []string{`Activist Mira Chen accused Halvorn Mining of dumping waste in the river. The company denied the accusation.`},
			want:   []want{{speaker: "Mira Chen", key: "Halvorn Mining of dumping waste", ev: timeline.EvidenceDenied}},
			exact:  true},
		{name: "disputed by another party",
			events: []string{`The union said 40 workers were hurt. The ministry disputed the union's figure, saying only 12 needed treatment.`},
			want: []want{
				{speaker: "union", key: "40 workers were hurt", ev: timeline.EvidenceDisputed},
				{speaker: "ministry", key: "only 12 needed treatment"},
			},
			exact: true},
		{name: "not evidence: routine no comment",
			events: []string{`The airline said the pilot was safe. The company did not immediately respond to a request for comment.`},
			want:   []want{{speaker: "airline", key: "the pilot was safe"}},
			exact:  true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { runCase(t, tc) })
	}
}

func TestWireStyles(t *testing.T) {
	cases := []claimCase{
		{name: "British title without a period",
			events: []string{`Mr Hardy, who chairs the committee, said the report would be published in full.`},
			want:   []want{{speaker: "Hardy", key: "report would be published", kind: timeline.SpeakerPerson}},
			exact:  true},
		{name: "age apposition makes a person",
			events: []string{`“It was like a bomb,” Okoro, 52, told reporters.`},
			want:   []want{{speaker: "Okoro", key: "It was like a bomb", kind: timeline.SpeakerPerson}},
			exact:  true},
		{name: "place after a body",
			events: []string{`The Health Ministry in Sarven said 27 people were killed.`},
			want:   []want{{speaker: "Health Ministry", key: "27 people were killed", kind: timeline.SpeakerGovernment}},
			exact:  true},
		{name: "name with its body after it",
			events: []string{`“We have not seen fire like this,” said Chief Alma Ruiz of the fire department.`},
			want:   []want{{speaker: "Alma Ruiz", key: "not seen fire like this"}},
			exact:  true},
		{name: "descriptor words before a given name",
			events: []string{`County Supervisor Lena Ostrova said alerts went out on time.`},
			want:   []want{{speaker: "Lena Ostrova", key: "alerts went out on time", kind: timeline.SpeakerPerson}},
			exact:  true},
		{name: "apposition with a descriptor",
			events: []string{`Her rival, former Mayor Jonah Reyes, posted on social media that early results were encouraging.`},
			want:   []want{{speaker: "Jonah Reyes", key: "early results were encouraging", verb: "posted"}},
			exact:  true},
		{name: "his campaign",
			events: []string{`Mayor Jonah Reyes has not conceded. In a brief statement, his campaign said the race was far from over.`},
			want:   []want{{speaker: "Reyes campaign", key: "race was far from over", kind: timeline.SpeakerOrganization}},
			exact:  true},
		{name: "told an outlet, then the clause",
			events: []string{`Campaign manager Ben Torres told CNN the commission was hiding results.`},
			want:   []want{{speaker: "Ben Torres", key: "the commission was hiding results"}},
			exact:  true},
		{name: "a poll showed",
			events: []string{`A poll published Sunday by the Marlow Institute showed 54% of voters backed the ban.`},
			want:   []want{{speaker: "Marlow Institute", key: "54% of voters backed the ban", date: "2026-01-11"}},
			exact:  true},
		{name: "pronoun subject with a participle",
			events: []string{`Judge Helena Marsk set a date. She rejected the request, saying the court could guarantee a fair trial.`},
			want:   []want{{speaker: "Helena Marsk", key: "court could guarantee a fair trial"}},
			exact:  true},
		{name: "enclosing tag after an inner attribution",
			events: []string{`Shares fell 6% after the company said profits would drop, Bloomberg News reported.`},
			want: []want{
				{speaker: "Bloomberg News", key: "Shares fell 6%", kind: timeline.SpeakerMedia},
				{speaker: "company", key: "profits would drop"},
			},
			exact: true},
		{name: "but did not: the subject's act, not content",
			events: []string{`The army said it shot down 41 drones, but did not mention the strike on the port.`},
			want:   []want{{speaker: "army", key: "shot down 41 drones"}},
			exact:  true},
		{name: "a second speaker in the same sentence disputes",
			events: []string{`Veldia said talks could resume next week, but Ostria's foreign ministry denied that any talks were planned.`},
			want: []want{
				{speaker: "Veldia", key: "talks could resume next week", ev: timeline.EvidenceDisputed},
				{speaker: "Ostria's foreign ministry", key: "any talks were planned", verb: "denied"},
			},
			exact: true},
		{name: "according to after a quotation",
			events: []string{`The palace said it was “monitoring the situation closely,” according to a statement from spokeswoman Tara Quinn.`},
			want:   []want{{speaker: "palace", key: "monitoring the situation closely"}},
			exact:  true},
		{name: "coordinated verb that needs that",
			events: []string{`Police spokesman Omar Haddad said officers arrived at 3 a.m. and found two men wounded.`},
			want:   []want{{speaker: "Omar Haddad", key: "officers arrived at 3 a.m. and found two men wounded"}},
			exact:  true},
		{name: "a base form is a verb only after a plural",
			events: []string{`Critics say the plan will fail. Iranian state television aired the speech.`},
			want:   []want{{speaker: "critics", key: "the plan will fail"}},
			exact:  true},
		{name: "denial answers an accusation far back in the event",
			events: []string{"Prosecutors allege that Kaspar Lind took bribes.\n\nA poll showed most voters believed Lind was guilty.\n\nLind has denied any wrongdoing."},
			want: []want{
				{speaker: "prosecutors", key: "Kaspar Lind took bribes", ev: timeline.EvidenceDenied},
				{speaker: "Kaspar Lind", key: "any wrongdoing"},
			},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { runCase(t, tc) })
	}
}

// TestAcrossUpdates checks what must survive an update boundary: a live page
// may split a paragraph from the one it refers back to.
func TestAcrossUpdates(t *testing.T) {
	cases := []claimCase{
		{name: "role holder named in the next update",
			events: []string{`Estovia's defense minister claimed Monday that the border was secure.`, `Leon Drach offered no evidence for his claim.`},
			want:   []want{{speaker: "Leon Drach", key: "the border was secure", ev: timeline.EvidenceNoneOffered}},
			exact:  true},
		{name: "unverified opens the next update",
			events: []string{`The rebels said they had taken the airport.`, `The claim could not be independently verified.`},
			want:   []want{{speaker: "rebels", key: "taken the airport", ev: timeline.EvidenceUnconfirmed}},
			exact:  true},
		{name: "it opens the next update",
			events: []string{`The Coastal Network said 900 people had registered.`, `It said more were expected.`},
			want: []want{
				{speaker: "Coastal Network", key: "900 people had registered"},
				{speaker: "Coastal Network", key: "more were expected"},
			},
			exact: true},
		{name: "he opens the next update",
			events: []string{`“We are ready,” Gov. Nia Hale said.`, `She said shelters would open at noon.`},
			want: []want{
				{speaker: "Nia Hale", key: "We are ready"},
				{speaker: "Nia Hale", key: "shelters would open at noon"},
			},
			exact: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { runCase(t, tc) })
	}
}

func TestEntities(t *testing.T) {
	doc := runCase(t, claimCase{events: []string{
		`The Ministry of Health said 30 people died. Ana Ruiz, a spokeswoman for the ministry, said the toll would rise.`,
		`Orvin Mining said the mine was safe. Orvin spokesman Tal Berg said inspections were up to date.`,
		`U.S. Secretary of State Colm Reyes said the talks were productive.`,
		`The Federation of Dock Workers called a strike. Union leader Mara Toll said 40 members were hurt.`,
		`The Harl Valley Rescue Corps said it had found 12 people. Ivo Marsh, who coordinates the rescue corps, said more were trapped.`,
		`Pell Dairies said the plant was closed. Rena Holt, who left the company in May, said it had been unsafe.`,
	}})
	byName := map[string]timeline.Entity{}
	for _, en := range doc.Entities {
		byName[en.Name] = en
	}
	checks := []struct{ name, kind, role, speaksFor string }{
		{"Ministry of Health", "government", "", ""},
		{"Ana Ruiz", "person", "spokeswoman", "Ministry of Health"},
		{"Orvin Mining", "organization", "", ""},
		{"Tal Berg", "person", "orvin spokesman", "Orvin Mining"},
		{"Colm Reyes", "person", "secretary of state", ""},
		{"Mara Toll", "person", "union leader", "Federation of Dock Workers"},
		{"Ivo Marsh", "person", "", "Harl Valley Rescue Corps"},
		{"Rena Holt", "person", "", ""},
	}
	for _, c := range checks {
		en, ok := byName[c.name]
		if !ok {
			t.Errorf("entity %q missing; have %v", c.name, doc.Entities)
			continue
		}
		if string(en.Kind) != c.kind || en.Role != c.role || en.SpeaksFor != c.speaksFor {
			t.Errorf("entity %q = %+v, want kind %s role %q speaks for %q", c.name, en, c.kind, c.role, c.speaksFor)
		}
	}
}

func TestMoreForms(t *testing.T) {
	cases := []claimCase{
		{name: "single quotation marks",
			events: []string{`‘We will rebuild,’ Mr Hardy said. He added: ‘Nobody will be forgotten.’`},
			want: []want{
				{speaker: "Hardy", key: "We will rebuild", direct: 1},
				{speaker: "Hardy", key: "Nobody will be forgotten", direct: 1, verb: "added"},
			},
			exact: true},
		{name: "apostrophes are not quotation marks",
			events: []string{`The miners’ union said it wasn’t told about the crack in the shaft’s wall.`},
			want:   []want{{speaker: "miners’ union", key: "it wasn’t told about the crack", direct: -1}},
			exact:  true},
		{name: "quoted as saying",
			events: []string{`Defense Minister Ivo Rask was quoted by state media as saying that the border was secure.`},
			want:   []want{{speaker: "Ivo Rask", key: "the border was secure", via: "state media"}},
			exact:  true},
		{name: "a spokesperson's update is no rebuttal",
			events: []string{`The Ministry of Health said 30 people died. Ana Ruiz, a spokeswoman for the ministry, said the figure would rise.`},
			want: []want{
				{speaker: "Ministry of Health", key: "30 people died"},
				{speaker: "Ana Ruiz", key: "the figure would rise"},
			},
			exact: true},
		{name: "did not offer evidence, further back",
			events: []string{`Prime Minister Hal Osk said the protests were financed from abroad. He did not identify any country or offer evidence.`},
			want:   []want{{speaker: "Hal Osk", key: "financed from abroad", ev: timeline.EvidenceNoneOffered}},
			exact:  true},
		{name: "a figure the government disputes",
			events: []string{`Activists say at least 27 people have been killed, a figure the government disputes.`},
			want:   []want{{speaker: "activists", key: "27 people have been killed", ev: timeline.EvidenceDisputed}},
			exact:  true},
		{name: "unable to independently verify",
			events: []string{`Lawyer Emre Sadik told reporters that the reports showed bullet wounds. The AP was unable to independently verify the reports.`},
			want:   []want{{speaker: "Emre Sadik", key: "reports showed bullet wounds", ev: timeline.EvidenceUnconfirmed}},
			exact:  true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { runCase(t, tc) })
	}
}

func TestRebuttals(t *testing.T) {
	cases := []claimCase{
		{name: "a restated claim is found by its words",
			events: []string{
				`Transport Secretary Helen Marsh said the offer was fair and affordable. She said there was no more money.`,
				`Union leader Mick Dorran rejected Marsh's claim that the offer was affordable, saying the operators paid £300m in dividends.`,
			},
			want: []want{
				{speaker: "Helen Marsh", key: "offer was fair and affordable", ev: timeline.EvidenceDisputed},
				{speaker: "Helen Marsh", key: "no more money"},
				{speaker: "Mick Dorran", key: "operators paid £300m in dividends"},
			},
			exact: true},
		{name: "rejected the accusation answers the accusation",
			events: []string{`Some residents accused the council of ignoring building codes. “These flats were built with sand,” said Tom Hale. The council rejected the accusation.`},
			want: []want{
				// the council is the accused: its rejection is a denial
				{speaker: "some residents", key: "council of ignoring building codes", ev: timeline.EvidenceDenied},
				{speaker: "Tom Hale", key: "flats were built with sand"},
			},
			exact: true},
		{name: "an unnamed spokesperson speaks for the body",
			events: []string{`Network operator TrackLink said few trains would run. A spokesperson for the company said passengers should stay home.`},
			want: []want{
				{speaker: "TrackLink", key: "few trains would run"},
				{speaker: "TrackLink", key: "passengers should stay home", kind: timeline.SpeakerOrganization},
			},
			exact: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { runCase(t, tc) })
	}
}

func TestListsAndBodies(t *testing.T) {
	cases := []claimCase{
		{name: "bullet items",
			events: []string{"- President Cyrus Hale called the talks constructive but said no agreement had been reached.\n- A senior diplomat, who asked not to be named, said Hale had raised the case of 14 detained fishermen.\n- Solberg's office denied that the fishermen were discussed."},
			want: []want{
				{speaker: "Cyrus Hale", key: "no agreement had been reached"},
				{speaker: "senior diplomat", key: "raised the case of 14 detained fishermen", kind: timeline.SpeakerUnknown, ev: timeline.EvidenceDisputed},
				{speaker: "Solberg's office", key: "fishermen were discussed", verb: "denied"},
			},
			exact: true},
		{name: "a body named in apposition",
			events: []string{`Tolmark's state broadcaster, TVT, reported that talks would resume.`},
			want:   []want{{speaker: "TVT", key: "talks would resume", kind: timeline.SpeakerMedia}},
			exact:  true},
		{name: "people at a body speak for it",
			events: []string{`Analysts at Northgate Capital said investors were betting on an easing of sanctions.`},
			want:   []want{{speaker: "Northgate Capital", key: "betting on an easing", kind: timeline.SpeakerOrganization}},
			exact:  true},
		{name: "a public body by its first word",
			events: []string{`The National Seismic Institute said 40 aftershocks had been recorded. According to data from the central bank, the currency rose 1.2%.`},
			want: []want{
				{speaker: "National Seismic Institute", key: "40 aftershocks", kind: timeline.SpeakerGovernment},
				{speaker: "central bank", key: "currency rose", kind: timeline.SpeakerGovernment},
			},
			exact: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { runCase(t, tc) })
	}
}

func TestSourcesAndTags(t *testing.T) {
	cases := []claimCase{
		{name: "according to a tally by",
			events: []string{`Sixty people have died, according to a tally by Reuters.`},
			want:   []want{{speaker: "Reuters", key: "Sixty people have died", kind: timeline.SpeakerMedia}},
			exact:  true},
		{name: "figures released by, with a percent sign kept",
			events: []string{`Prices rose 4%, according to figures released Tuesday by the statistics office.`},
			want:   []want{{speaker: "statistics office", key: "Prices rose 4%", kind: timeline.SpeakerGovernment}},
			exact:  true},
		{name: "according to, then a relative clause",
			events: []string{`According to the ministry, which cited hospital records, 40 people died.`},
			want:   []want{{speaker: "ministry", key: "40 people died"}},
			exact:  true},
		{name: "a document posted on a website",
			events: []string{`The ministry said Thursday in a statement posted on its website that 30 people had died.`},
			want:   []want{{speaker: "ministry", key: "30 people had died", date: "2026-01-08"}},
			exact:  true},
		{name: "cited as saying",
			events: []string{`The general was cited by Reuters as saying that the offensive would continue.`},
			want:   []want{{speaker: "general", key: "the offensive would continue", via: "Reuters"}},
			exact:  true},
		{name: "a quotation tag verb",
			events: []string{`“We need help,” pleaded Amira Haddad, a mother of four. The crowd shouted that the vote was stolen.`},
			want:   []want{{speaker: "Amira Haddad", key: "We need help", direct: 1, verb: "pleaded"}},
			exact:  true},
		{name: "a new speaker after but",
			events: []string{`Veldia said talks could resume, but Ostria’s ministry denied it.`},
			want: []want{
				{speaker: "Veldia", key: "talks could resume", ev: timeline.EvidenceDisputed},
				{speaker: "Ostria’s ministry", key: "it", verb: "denied"},
			},
			exact: true},
		{name: "role named at the end of one update, holder in the next",
			events: []string{`The storm moved north. The governor said the roads were closed.`, `Tom Baird lost his barn.`},
			want:   []want{{speaker: "governor", key: "roads were closed", kind: timeline.SpeakerPerson}},
			exact:  true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { runCase(t, tc) })
	}
}

// TestConcurrentRuns runs one extractor over several documents at once: it
// keeps no state between documents (run with -race).
func TestConcurrentRuns(t *testing.T) {
	x := New()
	done := make(chan []timeline.Claim)
	for i := 0; i < 4; i++ {
		go func() {
			doc := &timeline.Document{Events: []timeline.Event{{Ordinal: 1, Kind: timeline.KindUpdate,
				Text: `“We will rebuild,” Mayor Lena Holt said. The agency said 12 people died.`}}}
			x.Run(doc)
			done <- doc.Events[0].Claims
		}()
	}
	for i := 0; i < 4; i++ {
		if cs := <-done; len(cs) != 2 || cs[0].Speaker != "Lena Holt" {
			t.Errorf("run %d: %s", i, dump(cs))
		}
	}
}
