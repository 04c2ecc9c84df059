package figures

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"factline/timeline"
)

// checkInvariants fails the test when a figure breaks the contract's shape.
func checkInvariants(t testing.TB, text string, figs []timeline.Figure) {
	t.Helper()
	for i, f := range figs {
		if f.Start < 0 || f.Start > f.End || f.End > len(text) {
			t.Fatalf("figure %d: bad span [%d,%d) for text of %d bytes", i, f.Start, f.End, len(text))
		}
		if text[f.Start:f.End] != f.Text {
			t.Fatalf("figure %d: text %q but span holds %q", i, f.Text, text[f.Start:f.End])
		}
		if f.PartOf < -1 || f.PartOf >= len(figs) || f.PartOf == i {
			t.Fatalf("figure %d: part_of %d out of range", i, f.PartOf)
		}
		if (f.PartOf >= 0) != (f.Role == timeline.RolePart) {
			t.Fatalf("figure %d: part_of %d with role %q", i, f.PartOf, f.Role)
		}
		if f.ID != "" {
			t.Fatalf("figure %d: ID %q is the caller's", i, f.ID)
		}
		if f.Bound == "" {
			t.Fatalf("figure %d: empty bound", i)
		}
		if math.IsNaN(f.Value) || math.IsInf(f.Value, 0) {
			t.Fatalf("figure %d: value %v", i, f.Value)
		}
		if wordCount(f.Text) > 12 {
			t.Fatalf("figure %d: text %q has more than 12 words", i, f.Text)
		}
		if i > 0 && f.Start < figs[i-1].Start && f.End <= figs[i-1].Start {
			t.Fatalf("figure %d starts before figure %d", i, i-1)
		}
	}
}

func values(figs []timeline.Figure) []float64 {
	out := make([]float64, len(figs))
	for i, f := range figs {
		out[i] = f.Value
	}
	return out
}

func sameValues(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Abs(a[i]-b[i]) > 1e-9*math.Max(1, math.Abs(b[i])) {
			return false
		}
	}
	return true
}

func describe(figs []timeline.Figure) string {
	var b strings.Builder
	for i, f := range figs {
		fmt.Fprintf(&b, "\n  %d: %v %s unit=%q metric=%q subject=%q part_of=%d role=%q text=%q", i, f.Value, f.Bound, f.Unit, f.Metric, f.Subject, f.PartOf, f.Role, f.Text)
	}
	return b.String()
}

// TestValues checks the number grammar: digits, separators, decimals, scales,
// money, percentages, number words and quantity words.
func TestValues(t *testing.T) {
	f := New()
	cases := []struct {
		text string
		want []float64
	}{
		{"Officials counted 10,600 ballots by noon.", []float64{10600}},
		{"The river rose 14.6 inches in a single night.", []float64{14.6}},
		{"About 1.2 million households lost heat.", []float64{1200000}},
		{"The city approved $3.4 billion in flood defenses.", []float64{3.4e9}},
		{"The council set aside €250 million for repairs.", []float64{2.5e8}},
		{"Costs topped $3.4bn last quarter.", []float64{3.4e9}},
		{"Support for the plan stands at 25% among farmers.", []float64{25}},
		{"Prices rose 4.5 percent in the harbor towns.", []float64{4.5}},
		{"Forty-one villagers were evacuated by boat.", []float64{41}},
		{"Twelve sailors were rescued from the trawler.", []float64{12}},
		{"Two hundred and fifty marchers gathered in the square.", []float64{250}},
		{"Three million commuters were stranded by the strike.", []float64{3e6}},
		{"A dozen firefighters were hurt in the blaze.", []float64{12}},
		{"Two dozen pupils were injured when the roof fell.", []float64{24}},
		{"Dozens were injured in the crush.", []float64{24}},
		{"Scores of shops were looted overnight.", []float64{40}},
		{"Hundreds of fishermen protested at the port.", []float64{200}},
		{"Thousands of tenants joined the march.", []float64{2000}},
		{"Tens of thousands of pilgrims crowded the valley.", []float64{20000}},
		{"Hundreds of thousands of voters were purged from the rolls.", []float64{200000}},
		{"Millions of viewers watched the broadcast.", []float64{2e6}},
		{"Only about a hundred mourners remained at dusk.", []float64{100}},
		{"Nearly a third of the harvest was lost.", []float64{33.3}},
		{"Two-thirds of the delegates backed the motion.", []float64{66.7}},
		{"Half of the island's wells ran dry.", []float64{50}},
		{"Half a million leaflets were printed.", []float64{500000}},
		{"Several hundred dockworkers walked out.", []float64{200}},
		{"The fund paid 50,000 krons to each of the victims.", []float64{50000}},
		{"One person was struck by a falling branch.", []float64{1}},
		{"A 5,000-strong crowd blocked the bridge.", []float64{5000}},
		{"Flooding forced 3,000 more residents from their homes.", []float64{3000}},
	}
	for _, c := range cases {
		figs := f.Find(c.text)
		checkInvariants(t, c.text, figs)
		if !sameValues(values(figs), c.want) {
			t.Errorf("%q: got %v want %v%s", c.text, values(figs), c.want, describe(figs))
		}
	}
}

// TestNotFigures holds sentences whose numbers are dates, clock times, years,
// ages, durations, ordinals, names with digits, phone numbers and pronouns.
func TestNotFigures(t *testing.T) {
	f := New()
	cases := []struct {
		text string
		keep []float64 // the figures that must remain, in order
	}{
		{"The vote is set for Jan. 14, 2026, in the capital.", nil},
		{"The inquiry opened on March 27 and closed on 14 January.", nil},
		{"The briefing began at 9:40 AM EST and ended by 10 p.m.", nil},
		{"The 6 a.m. advisory moved the warning line north.", nil},
		{"In 2024 the harbor flooded twice; in 1998 it burned.", nil},
		{"The 2024-25 season was cancelled.", nil},
		{"A 34-year-old driver was questioned.", nil},
		{"The mayor, 61, said she would run again.", nil},
		{"The defendant, aged 60, denied the charges.", nil},
		{"The strike lasted two weeks and the talks 15 days.", nil},
		{"Crews worked for six hours to free the barge.", nil},
		{"He was sentenced to 10 years in prison.", nil},
		{"The ferry will run for up to two weeks.", nil},
		{"It was the second collapse this year and the 3rd this month.", nil},
		{"The first convoy arrived on the fifth day.", nil},
		{"The F-16 and an F-35 flew over the stadium.", nil},
		{"Route 66 and Highway 1 were closed.", nil},
		{"The COVID-19 wards were reopened.", nil},
		{"Security Council Resolution 2231 remains in force.", nil},
		{"Flight 752 was delayed at Gate 3.", nil},
		{"Call 555-0134 or (202) 555-0188 for details.", nil},
		{"One of them was released on bail.", nil},
		{"No one was hurt, and one day later the road reopened.", []float64{0}}, // a count of none; "one day" is no figure
		{"Several people and a few officials left; a handful stayed.", nil},
		{"The broadcaster Channel 4 and the station Radio 1 covered it.", nil},
		{"The 9/11 memorial opened 24/7 this week.", nil},
		{"The band played hits of the 1990s on its G7 tour.", nil},
		{"The two leaders met in the capital.", nil},
		{"She won three times in a row.", nil},
		{"The office moved to 1600 Harbor Street.", nil},
		{"The offer expires on Friday, Sept. 12, at 5 p.m.", nil},
		{"Category 4 storms rarely reach this far north.", nil},
		{"The broadcaster Valmoran 2 said 14 crew members were rescued.", []float64{14}},
		{"The ministry, which was founded in 1998, said 37 inmates escaped.", []float64{37}},
	}
	for _, c := range cases {
		figs := f.Find(c.text)
		checkInvariants(t, c.text, figs)
		if !sameValues(values(figs), c.keep) {
			t.Errorf("%q: got %v want %v%s", c.text, values(figs), c.keep, describe(figs))
		}
	}
}

type fig struct {
	val     float64
	bound   timeline.Bound
	unit    string
	metric  string
	subject string
	text    string
}

// find returns the first figure with value v.
func find(figs []timeline.Figure, v float64) (int, bool) {
	for i, f := range figs {
		if math.Abs(f.Value-v) < 1e-9*math.Max(1, math.Abs(v)) {
			return i, true
		}
	}
	return -1, false
}

func checkFig(t *testing.T, text string, figs []timeline.Figure, w fig) {
	t.Helper()
	i, ok := find(figs, w.val)
	if !ok {
		t.Errorf("%q: no figure %v%s", text, w.val, describe(figs))
		return
	}
	g := figs[i]
	if w.bound != "" && g.Bound != w.bound {
		t.Errorf("%q: figure %v bound %s want %s", text, w.val, g.Bound, w.bound)
	}
	if w.unit != "" && g.Unit != w.unit {
		t.Errorf("%q: figure %v unit %q want %q", text, w.val, g.Unit, w.unit)
	}
	if w.metric != "" && g.Metric != w.metric {
		t.Errorf("%q: figure %v metric %q want %q", text, w.val, g.Metric, w.metric)
	}
	if w.subject != "" && g.Subject != w.subject {
		t.Errorf("%q: figure %v subject %q want %q", text, w.val, g.Subject, w.subject)
	}
	if w.text != "" && g.Text != w.text {
		t.Errorf("%q: figure %v text %q want %q", text, w.val, g.Text, w.text)
	}
}

// TestBounds checks bound words before and after the number and the low and
// high values they give.
func TestBounds(t *testing.T) {
	f := New()
	B := timeline.Bound("")
	_ = B
	cases := []struct {
		text string
		w    fig
	}{
		{"At least 19 climbers were killed in the avalanche.", fig{val: 19, bound: timeline.BoundAtLeast}},
		{"No fewer than 8 guards were injured.", fig{val: 8, bound: timeline.BoundAtLeast}},
		{"Dozens of cabins were flattened.", fig{val: 24, bound: timeline.BoundAtLeast}},
		{"Hundreds of volunteers were sheltering in the gym.", fig{val: 200, bound: timeline.BoundAtLeast}},
		{"Some 90 ferries or more were idled.", fig{val: 90, bound: timeline.BoundApprox}},
		{"Officials detained 12 students or more.", fig{val: 12, bound: timeline.BoundAtLeast}},
		{"More than 140 loggers were cut off by the slide.", fig{val: 140, bound: timeline.BoundMoreThan}},
		{"Over 500 tenants have been evicted.", fig{val: 500, bound: timeline.BoundMoreThan}},
		{"Damage in excess of $40 million was reported.", fig{val: 4e7, bound: timeline.BoundMoreThan}},
		{"Upwards of 2,000 nurses walked out.", fig{val: 2000, bound: timeline.BoundMoreThan}},
		{"Power cuts topped 90,000 homes.", fig{val: 90000, bound: timeline.BoundMoreThan}},
		{"About 6,000 fans attended the vigil.", fig{val: 6000, bound: timeline.BoundApprox}},
		{"Around 40 trucks were stuck at the border.", fig{val: 40, bound: timeline.BoundApprox}},
		{"Roughly $410 million a year in grants is at stake.", fig{val: 4.1e8, bound: timeline.BoundApprox}},
		{"Nearly 300 medics joined the effort.", fig{val: 300, bound: timeline.BoundApprox}},
		{"Almost 70% of the wells were dry.", fig{val: 70, bound: timeline.BoundApprox}},
		{"Some 300 divers searched the lake.", fig{val: 300, bound: timeline.BoundApprox}},
		{"An estimated 1,200 clubs must register.", fig{val: 1200, bound: timeline.BoundApprox}},
		{"Approximately 75 barges sank.", fig{val: 75, bound: timeline.BoundApprox}},
		{"Close to 900 pupils were sent home.", fig{val: 900, bound: timeline.BoundApprox}},
		{"Gusts near 80 mph tore roofs away.", fig{val: 80, bound: timeline.BoundApprox}},
		{"A dozen kayakers were rescued.", fig{val: 12, bound: timeline.BoundApprox}},
		{"Up to 55 passengers may have been aboard.", fig{val: 55, bound: timeline.BoundAtMost}},
		{"As many as 400 miners may be trapped.", fig{val: 400, bound: timeline.BoundAtMost}},
		{"No more than 30 reporters were admitted.", fig{val: 30, bound: timeline.BoundAtMost}},
		{"Fines of up to 50,000 krons apply.", fig{val: 50000, bound: timeline.BoundAtMost}},
		{"Fewer than 20 shops reopened.", fig{val: 20, bound: timeline.BoundLessThan}},
		{"Less than 5% of the vote went to the newcomer.", fig{val: 5, bound: timeline.BoundLessThan}},
		{"Under 1,000 residents stayed behind.", fig{val: 1000, bound: timeline.BoundLessThan}},
		{"Exactly 212 delegates voted.", fig{val: 212, bound: timeline.BoundExact}},
		{"A combined $2.3 billion flowed to the groups.", fig{val: 2.3e9, bound: timeline.BoundExact}},
		{"Rescue crews freed 14 hikers.", fig{val: 14, bound: timeline.BoundExact}},
	}
	for _, c := range cases {
		figs := f.Find(c.text)
		checkInvariants(t, c.text, figs)
		checkFig(t, c.text, figs, c.w)
		i, ok := find(figs, c.w.val)
		if !ok {
			continue
		}
		g := figs[i]
		switch g.Bound {
		case timeline.BoundAtLeast, timeline.BoundMoreThan:
			if g.Low == nil || *g.Low != g.Value || g.High != nil {
				t.Errorf("%q: %s wants low = value, high null", c.text, g.Bound)
			}
		case timeline.BoundAtMost, timeline.BoundLessThan:
			if g.High == nil || *g.High != g.Value || g.Low != nil {
				t.Errorf("%q: %s wants high = value, low null", c.text, g.Bound)
			}
		case timeline.BoundExact:
			if g.Low == nil || *g.Low != g.Value || g.High == nil || *g.High != g.Value {
				t.Errorf("%q: exact wants low = high = value", c.text)
			}
		case timeline.BoundApprox:
			if g.Low != nil || g.High != nil {
				t.Errorf("%q: approx gives no bounds", c.text)
			}
		}
	}
}

// TestRanges checks ranges, vote splits and changes.
func TestRanges(t *testing.T) {
	f := New()
	cases := []struct {
		text   string
		lo, hi float64
	}{
		{"The surge could reach 9 to 12 feet on the coast.", 9, 12},
		{"Between 300 and 400 marchers were kettled.", 300, 400},
		{"Estimates ranged from 300 to 400 boats.", 300, 400},
		{"The camp holds 300-400 families.", 300, 400},
		{"Insurers expect claims of $4 billion to $6 billion.", 4e9, 6e9},
		{"The repairs will cost 4 to 6 billion euros.", 4e9, 6e9},
		{"Officials expect 20% to 30% of the crop to fail.", 20, 30},
		{"Two or three guards were hurt.", 2, 3},
	}
	for _, c := range cases {
		figs := f.Find(c.text)
		checkInvariants(t, c.text, figs)
		if len(figs) == 0 {
			t.Errorf("%q: no figure", c.text)
			continue
		}
		g := figs[0]
		if g.Bound != timeline.BoundRange || g.Value != c.lo || g.Low == nil || *g.Low != c.lo || g.High == nil || *g.High != c.hi {
			t.Errorf("%q: want range %v-%v%s", c.text, c.lo, c.hi, describe(figs))
		}
	}
	pairs := []struct {
		text     string
		for_, ag float64
	}{
		{"The chamber approved the measure 212-98 after a long night.", 212, 98},
		{"The Senate voted 51-49 to confirm the nominee.", 51, 49},
		{"The measure passed the House 218 to 214.", 218, 214},
		{"The court's ruling was 6-3.", 6, 3},
	}
	for _, c := range pairs {
		figs := f.Find(c.text)
		checkInvariants(t, c.text, figs)
		if !sameValues(values(figs), []float64{c.for_, c.ag}) || figs[0].Metric != "votes" || figs[1].Metric != "votes" {
			t.Errorf("%q: want votes %v and %v%s", c.text, c.for_, c.ag, describe(figs))
		}
	}
	// a score without a vote is not a figure; a phone number neither
	for _, s := range []string{"The visitors won 3-1 at home.", "Dial 311-5550 for help."} {
		if figs := f.Find(s); len(figs) != 0 {
			t.Errorf("%q: want no figure%s", s, describe(figs))
		}
	}
}

// TestCounted checks what a figure counts: unit, metric and subject.
func TestCounted(t *testing.T) {
	f := New()
	cases := []struct {
		text string
		w    fig
	}{
		{"At least 17 loggers were killed when the dam burst.", fig{val: 17, unit: "people", metric: "killed", subject: "loggers"}},
		{"Nine hikers have died on the ridge this winter.", fig{val: 9, metric: "killed", subject: "hikers"}},
		{"The toll now stands at 41 dead.", fig{val: 41, metric: "killed"}},
		{"Officials confirmed three deaths in the valley.", fig{val: 3, metric: "killed", subject: "deaths"}},
		{"Divers recovered two more bodies from the lake.", fig{val: 2, metric: "killed", subject: "bodies"}},
		{"The death toll from the fire rose to 31.", fig{val: 31, metric: "killed", text: "The death toll from the fire rose to 31"}},
		{"The ministry's toll rose to 44 overnight.", fig{val: 44, metric: "killed", text: "The ministry's toll rose to 44"}},
		{"The blast killed at least 23 dockers.", fig{val: 23, metric: "killed", subject: "dockers"}},
		{"Police said 37 people were detained after the match.", fig{val: 37, metric: "detained", unit: "people"}},
		{"Troops arrested 60 smugglers at the crossing.", fig{val: 60, metric: "detained", subject: "smugglers"}},
		{"Eleven officers were slightly injured.", fig{val: 11, metric: "injured", subject: "officers"}},
		{"The blast left 12 dead and 80 wounded.", fig{val: 80, metric: "injured"}},
		{"More than 60 were still unaccounted for.", fig{val: 60, metric: "missing", unit: "people"}},
		{"Forty fishermen are still missing.", fig{val: 40, metric: "missing", subject: "fishermen"}},
		{"Eight cavers are alive and trapped.", fig{val: 8, metric: "trapped"}},
		{"Crews evacuated 3,000 residents from the delta.", fig{val: 3000, metric: "evacuated", subject: "residents"}},
		{"About 980,000 customers remained without power.", fig{val: 980000, metric: "without_power", subject: "customers"}},
		{"Some 2 million homes lost power on Friday.", fig{val: 2e6, metric: "without_power"}},
		{"Nearly 90% of the old town remained flooded.", fig{val: 90, unit: "%", metric: "flooded", subject: "old town"}},
		{"A poll found 58% of Valmorans opposed the bill.", fig{val: 58, unit: "%", subject: "Valmorans"}},
		{"The governor sought $2.5 billion in emergency aid.", fig{val: 2.5e9, unit: "USD", metric: "aid", subject: "emergency aid"}},
		{"The state will pay the equivalent of about $9,000 to each family.", fig{val: 9000, unit: "USD", bound: timeline.BoundApprox}},
		{"Maximum sustained winds of 130 mph battered the islands.", fig{val: 130, unit: "mph", metric: "wind_speed"}},
		{"Up to 18 inches of rain could fall in the hills.", fig{val: 18, unit: "inches", metric: "rainfall", subject: "rain"}},
		{"Pumps removed about 1,800 cubic meters of water an hour.", fig{val: 1800, unit: "cubic meters", subject: "water"}},
		{"A magnitude 6.8 earthquake shook the coast.", fig{val: 6.8, unit: "magnitude", metric: "magnitude"}},
		{"The 7.1-magnitude quake was felt in the capital.", fig{val: 7.1, unit: "magnitude"}},
		{"Hundreds of Corvanians deported last month are held in the camp.", fig{val: 200, unit: "people", metric: "deported", subject: "Corvanians"}},
		{"The assembly overrode the veto with 181 votes.", fig{val: 181, metric: "votes"}},
		{"The coalition holds 330 seats.", fig{val: 330, metric: "seats"}},
		{"The bloc imposed a 25% tariff on steel imports.", fig{val: 25, unit: "%", metric: "tariff"}},
		{"At least 45 radio stations must register.", fig{val: 45, subject: "radio stations", unit: "stations"}},
		{"Police put the crowd at about 6,000.", fig{val: 6000, metric: "crowd"}},
		{"Thousands of students gathered outside the ministry.", fig{val: 2000, unit: "people", subject: "students"}},
		{"The state recorded 1,204 new cases overnight.", fig{val: 1204, metric: "cases"}},
		{"Temperatures reached 45 degrees on the plain.", fig{val: 45, unit: "degrees", metric: "temperature"}},
		{"Israeli strikes killed 40 Gazans, medics said.", fig{val: 40, metric: "killed", unit: "people"}},
		{"Shares in the miner fell 18% on the exchange.", fig{val: 18, unit: "%", text: "fell 18%"}},
		{"The quake left 5,000 homeless.", fig{val: 5000}},
		{"Authorities said 1,400 soldiers were being sent.", fig{val: 1400, unit: "people", subject: "soldiers"}},
		{"Only 3 of the 20 clinics in the north still function.", fig{val: 20, subject: "clinics"}},
		{"The court fined the firm $250,000.", fig{val: 250000, metric: "fine", unit: "USD"}},
		{"Storm surge of 9 to 12 feet swamped the piers.", fig{val: 9, unit: "feet", metric: "storm_surge"}},
		{"The utility said 640,000 customers were without power.", fig{val: 640000, metric: "without_power", unit: "people"}},
		{"More than 1.2 million customers were without electricity.", fig{val: 1.2e6, metric: "without_power"}},
	}
	for _, c := range cases {
		figs := f.Find(c.text)
		checkInvariants(t, c.text, figs)
		checkFig(t, c.text, figs, c.w)
	}
}

// TestBreakdowns checks parts and their totals.
func TestBreakdowns(t *testing.T) {
	f := New()
	type part struct {
		val, total float64
	}
	cases := []struct {
		text  string
		parts []part
		none  []float64 // figures that must not be parts
	}{
		{"At least 320 people have been killed, including 290 marchers and 30 people from the police forces.",
			[]part{{290, 320}, {30, 320}}, nil},
		{"The toll now stands at 27 dead, including 9 volunteers who were clearing rubble.", []part{{9, 27}}, nil},
		{"Seven people had died, including three people killed by falling masts and two who drowned in a canal.",
			[]part{{3, 7}, {2, 7}}, nil},
		{"The party holds 140 of the chamber's 250 seats.", []part{{140, 250}}, nil},
		{"At least 60 newspapers would close, including the region's two largest dailies.", []part{{2, 60}}, nil},
		{"Officials have confirmed 45 deaths, 12 of them children.", []part{{12, 45}}, nil},
		{"Police arrested 40 protesters, among them 12 students.", []part{{12, 40}}, nil},
		{"The ferry sank with 83 people aboard, including 11 crew members across 4 decks.", []part{{11, 83}}, nil},
		{"More than 900,000 homes were dark, including 60% of homes in the port.", nil, []float64{60}},
		{"The raid killed 14 guards in 3 provinces, including 5 officers.", []part{{5, 14}}, nil},
		{"Nearly a third of the 610 miners were hurt.", nil, []float64{33.3}},
	}
	for _, c := range cases {
		figs := f.Find(c.text)
		checkInvariants(t, c.text, figs)
		for _, pt := range c.parts {
			i, ok := find(figs, pt.val)
			j, ok2 := find(figs, pt.total)
			if !ok || !ok2 {
				t.Errorf("%q: missing %v or %v%s", c.text, pt.val, pt.total, describe(figs))
				continue
			}
			if figs[i].PartOf != j || figs[i].Role != timeline.RolePart {
				t.Errorf("%q: %v should be part of %v (index %d)%s", c.text, pt.val, pt.total, j, describe(figs))
			}
			if figs[i].Metric == "" && figs[j].Metric != "" {
				t.Errorf("%q: part %v should take the total's metric", c.text, pt.val)
			}
		}
		for _, v := range c.none {
			if i, ok := find(figs, v); ok && figs[i].PartOf >= 0 {
				t.Errorf("%q: %v is no part%s", c.text, v, describe(figs))
			}
		}
	}
	// the drownings belong to the current toll, not to the restated one
	text := "The office lowered the death toll to six from nine, saying three deaths had been counted twice. The two drownings in the port remain among the confirmed deaths."
	figs := f.Find(text)
	checkInvariants(t, text, figs)
	i, _ := find(figs, 2)
	j, _ := find(figs, 6)
	if i < 0 || j < 0 || figs[i].PartOf != j {
		t.Errorf("drownings should be part of six%s", describe(figs))
	}
}

// TestRoles checks restated values and increments.
func TestRoles(t *testing.T) {
	f := New()
	cases := []struct {
		text   string
		val    float64
		role   timeline.Role
		metric string
	}{
		{"The agency lowered the death toll to six from nine.", 9, timeline.RoleRestated, "killed"},
		{"The agency lowered the death toll to six from nine.", 6, timeline.RoleValue, "killed"},
		{"The ministry put the death toll at 1,234, up from 987 on Monday.", 987, timeline.RoleRestated, "killed"},
		{"Inflation rose to 3.2% in March from 2.9% in February.", 2.9, timeline.RoleRestated, "inflation"},
		{"Divers recovered two more bodies, raising the toll to 46.", 2, timeline.RoleIncrement, "killed"},
		{"Divers recovered two more bodies, raising the toll to 46.", 46, timeline.RoleValue, "killed"},
		{"Officials reported another 12 deaths on Sunday.", 12, timeline.RoleIncrement, "killed"},
		{"At least 17 loggers were killed and dozens more were trapped.", 24, timeline.RoleValue, "trapped"},
		{"The Pentagon will send 3,000 more troops, bringing the total to 20,000.", 20000, timeline.RoleValue, ""},
	}
	for _, c := range cases {
		figs := f.Find(c.text)
		checkInvariants(t, c.text, figs)
		i, ok := find(figs, c.val)
		if !ok {
			t.Errorf("%q: no figure %v%s", c.text, c.val, describe(figs))
			continue
		}
		if figs[i].Role != c.role || c.metric != "" && figs[i].Metric != c.metric {
			t.Errorf("%q: %v role %q metric %q, want %q %q", c.text, c.val, figs[i].Role, figs[i].Metric, c.role, c.metric)
		}
	}
}

// TestConversions checks units given twice: in parentheses and in apposition.
func TestConversions(t *testing.T) {
	f := New()
	text := "The gallery lies about 400 meters (1,300 feet) below the surface, and winds of 125 mph (200 kph) were recorded."
	figs := f.Find(text)
	checkInvariants(t, text, figs)
	if !sameValues(values(figs), []float64{400, 1300, 125, 200}) {
		t.Fatalf("got %v%s", values(figs), describe(figs))
	}
	if figs[1].Bound != timeline.BoundApprox || figs[3].Metric != "wind_speed" {
		t.Errorf("conversions keep the bound and measure of what they convert%s", describe(figs))
	}
	text = "The law allows fines of up to 50,000 krons, about $5,400, for each late filing."
	figs = f.Find(text)
	checkInvariants(t, text, figs)
	if !sameValues(values(figs), []float64{50000, 5400}) || figs[1].Unit != "USD" || figs[1].Bound != timeline.BoundApprox {
		t.Errorf("got%s", describe(figs))
	}
}

// TestTextKeepsKeyWords checks that the figure's own phrase holds the words a
// reader needs to see what is counted.
func TestTextKeepsKeyWords(t *testing.T) {
	f := New()
	cases := []struct {
		text string
		val  float64
		key  string
	}{
		{"The union says 52 miners have died in the pit.", 52, "died"},
		{"Rescue teams pulled more than 300 people from flooded homes.", 300, "people"},
		{"With 14 senators abstaining, the bill passed.", 14, "abstaining"},
		{"Rainfall totals had already reached 14.6 inches at the airport.", 14.6, "Rainfall"},
		{"Preliminary estimates put insured losses at $4 billion to $6 billion.", 4e9, "losses"},
		{"The ministry said the toll now stands at 41 dead.", 41, "dead"},
		{"It said more than 10,600 people also have been detained over the weeks of unrest.", 10600, "detained"},
	}
	for _, c := range cases {
		figs := f.Find(c.text)
		checkInvariants(t, c.text, figs)
		i, ok := find(figs, c.val)
		if !ok {
			t.Errorf("%q: no figure %v%s", c.text, c.val, describe(figs))
			continue
		}
		if !strings.Contains(figs[i].Text, c.key) {
			t.Errorf("%q: text %q lacks %q", c.text, figs[i].Text, c.key)
		}
	}
}

// TestEmptyAndOdd checks inputs with nothing to find or odd characters.
func TestEmptyAndOdd(t *testing.T) {
	f := New()
	for _, s := range []string{"", " ", "\n\n", "...", "$", "%", "1", "a", "—", "£", "one", "$5", "5%", "\u00a0 12\u00a0protesters", "12,", "1,2,3", "3.", ".5", "99999999999999999999 people"} {
		figs := f.Find(s)
		checkInvariants(t, s, figs)
	}
	figs := f.Find("12\u00a0protesters were detained")
	if len(figs) != 1 || figs[0].Subject != "protesters" {
		t.Errorf("a no-break space is a space%s", describe(figs))
	}
}

// TestInheritance checks figures that take what they count from a figure
// before them: coordinated lists, "others", "the total", bare numbers.
func TestInheritance(t *testing.T) {
	f := New()
	cases := []struct {
		text string
		w    fig
	}{
		{"The shelling killed 5 soldiers and 3 farmers near the river.", fig{val: 3, metric: "killed", subject: "farmers"}},
		{"The dead included 12 children and five women.", fig{val: 5, metric: "killed", subject: "women"}},
		{"The court sentenced 12 defendants to death and 35 others to prison.", fig{val: 35, unit: "defendants"}},
		{"The army will send 3,000 more troops, bringing the total to 20,000.", fig{val: 20000, unit: "people", subject: "troops"}},
		{"Authorities moved 10,000 people from the coast; 2,500 are staying in schools.", fig{val: 2500, unit: "people"}},
		{"Thousands more are expected to arrive by Friday.", fig{val: 2000, unit: "people"}},
		{"Hundreds of villagers were left homeless.", fig{val: 200, metric: "displaced"}},
		{"The army said 38 drones were shot down overnight.", fig{val: 38, metric: "intercepted"}},
		{"The virus has infected more than 4,000 people.", fig{val: 4000, metric: "infected"}},
		{"The ministry put the toll at 1,234, up from 987.", fig{val: 987, metric: "killed", text: "up from 987"}},
	}
	for _, c := range cases {
		figs := f.Find(c.text)
		checkInvariants(t, c.text, figs)
		checkFig(t, c.text, figs, c.w)
	}
	for _, s := range []string{
		"Sales of the iPhone 16 and the Pixel 9 slowed.",      // product names
		"The visitors won 2-1, their first win in 12 months.", // a score and a duration
	} {
		if figs := f.Find(s); len(figs) != 0 {
			t.Errorf("%q: want no figure%s", s, describe(figs))
		}
	}
}

// TestFinderConcurrent runs one Finder from several goroutines (go test -race).
func TestFinderConcurrent(t *testing.T) {
	f := New()
	text := "At least 544 people have been killed, including 496 marchers and 48 people from the security forces."
	want := len(f.Find(text))
	done := make(chan int)
	for g := 0; g < 4; g++ {
		go func() {
			n := 0
			for i := 0; i < 200; i++ {
				n = len(f.Find(text))
			}
			done <- n
		}()
	}
	for g := 0; g < 4; g++ {
		if n := <-done; n != want {
			t.Errorf("goroutine found %d figures, want %d", n, want)
		}
	}
}

// TestMetricNames checks that the exported metric names are the ones the
// lexicon gives.
func TestMetricNames(t *testing.T) {
	given := map[string]bool{}
	for _, e := range lex {
		given[e.metric] = true
	}
	for _, m := range []string{MetricKilled, MetricInjured, MetricCasualties, MetricDetained, MetricMissing, MetricTrapped,
		MetricEvacuated, MetricRescued, MetricDisplaced, MetricDeported, MetricInfected, MetricCases, MetricSheltered,
		MetricCrowd, MetricVotes, MetricSeats, MetricWindSpeed, MetricRainfall, MetricStormSurge} {
		if !given[m] {
			t.Errorf("metric %q is never given", m)
		}
	}
	f := New()
	for text, m := range map[string]string{
		"Some 900,000 homes were without power.": MetricWithoutPower,
		"A magnitude 5.9 quake hit the coast.":   MetricMagnitude,
	} {
		figs := f.Find(text)
		if len(figs) == 0 || figs[0].Metric != m {
			t.Errorf("%q: want metric %q%s", text, m, describe(figs))
		}
	}
}

// TestBreakdownFits checks the sum of parts against their total.
func TestBreakdownFits(t *testing.T) {
	f := New()
	cases := []struct {
		text string
		fits bool
	}{
		{"At least 320 people have been killed, including 290 marchers and 30 guards.", true},
		{"Seven people died, including three hikers and two guides.", true},
		{"Seven people died, including six hikers and four guides.", false},
	}
	for _, c := range cases {
		figs := f.Find(c.text)
		if len(figs) < 3 {
			t.Fatalf("%q: want a total and two parts%s", c.text, describe(figs))
		}
		if got := BreakdownFits(figs, 0); got != c.fits {
			t.Errorf("%q: fits %v want %v%s", c.text, got, c.fits, describe(figs))
		}
	}
	var zero Finder
	if figs := zero.Find("12 guards were hurt."); len(figs) != 1 {
		t.Errorf("a zero Finder should work%s", describe(figs))
	}
}
