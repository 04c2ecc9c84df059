package figures

import (
	"strings"
	"testing"

	"factline/timeline"
)

// The cases below come from failures found on invented pages the grammar was
// not written for (see timeline/extract/testdata/heldout-*.txt); each
// sentence here is new, so that the rule is tested rather than the page.

// TestBareCounts checks spelled-out small numbers before a plain plural noun:
// figures when nothing marks the things as already known.
func TestBareCounts(t *testing.T) {
	f := New()
	cases := []struct {
		text string
		want []float64
	}{
		{"Medics set up nine field clinics along the border.", []float64{9}},
		{"Inspectors visited four warehouses in the port.", []float64{4}},
		{"Relief flights landed at three airstrips on Friday.", []float64{3}},
		{"The two countries signed the accord.", nil},
		{"Its three coalition partners walked out.", nil},
		{"The town's two bridges were closed.", nil},
		{"There are two ways to read the ruling.", nil},
		{"Negotiators raised three questions about the plan.", nil},
		{"Experts said the real number could be two to three times higher.", nil},
		{"The army said it killed \"more than a hundred\" insurgents.", []float64{100}},
		{"An exit poll gave Marek 49.8% of the vote.", []float64{49.8}},
		{"Exit poll company Votara 2 said nothing.", nil},
		{"The levy would cut imports by a quarter.", []float64{25}},
		{"The mill cut its workforce by half.", []float64{50}},
	}
	for _, c := range cases {
		figs := f.Find(c.text)
		checkInvariants(t, c.text, figs)
		if !sameValues(values(figs), c.want) {
			t.Errorf("%q: got %v want %v%s", c.text, values(figs), c.want, describe(figs))
		}
	}
}

// TestWhatIsCounted checks constructions that name what a figure counts away
// from the number.
func TestWhatIsCounted(t *testing.T) {
	f := New()
	cases := []struct {
		text string
		w    fig
	}{
		{"Floodwaters forced some 9,000 from their homes.", fig{val: 9000, metric: "displaced"}},
		{"Ambulances waiting at the gate numbered 14 by noon.", fig{val: 14, subject: "Ambulances"}},
		{"The navy's fleet of 23 was put on alert.", fig{val: 23, metric: "fleet"}},
		{"The island has a population of 84,000.", fig{val: 84000, metric: "population"}},
		{"The nurses are seeking a 9% raise.", fig{val: 9, unit: "%", subject: "raise"}},
		{"Relatives of the miners, about two dozen of whom were present, wept.", fig{val: 24, subject: "Relatives", unit: "people"}},
		{"The reform cuts the senate from 120 seats to 90.", fig{val: 90, metric: "seats", unit: "seats"}},
		{"Temperatures of 44 to 46 degrees are expected.", fig{val: 44, metric: "temperature"}},
		{"All four hostages were freed unharmed.", fig{val: 4, metric: "released", unit: "people"}},
		{"Crews pulled 23 people from rooftops overnight.", fig{val: 23, metric: "rescued", unit: "people"}},
		{"Helicopters airlifted 12 patients to the coast.", fig{val: 12, metric: "rescued", unit: "people"}},
		{"Lifeguards saved nine swimmers on Sunday.", fig{val: 9, metric: "rescued", unit: "people"}},
		{"Eleven fishermen were airlifted from the reef.", fig{val: 11, metric: "rescued", unit: "people"}},
		{"Crews replaced two overloaded transformers.", fig{val: 2, unit: "transformers"}},
	}
	for _, c := range cases {
		figs := f.Find(c.text)
		checkInvariants(t, c.text, figs)
		checkFig(t, c.text, figs, c.w)
	}
	// a measure that is no temperature keeps clear of "heat"; a time after a
	// sum is not what it buys
	for _, c := range []struct{ text, bad string }{
		{"Fires sparked by the heat burned 2,000 hectares.", "temperature"},
		{"Exports were worth $4 billion last year.", "last"},
	} {
		for _, g := range f.Find(c.text) {
			if strings.Contains(g.Metric+" "+g.Subject, c.bad) {
				t.Errorf("%q: figure %v should not carry %q%s", c.text, g.Value, c.bad, describe(f.Find(c.text)))
			}
		}
	}
}

// TestPartsNamedByNoun checks parts whose total is named by its noun or
// measure: "Of the dead, 12", "Twenty of the injured", "Among the evacuees
// are 140", nested parts, and a second statement that is no part.
func TestPartsNamedByNoun(t *testing.T) {
	f := New()
	type part struct{ val, total float64 }
	cases := []struct {
		text  string
		parts []part
		none  []float64
	}{
		{"The ministry said 31 people had died. Of the dead, 12 were soldiers.", []part{{12, 31}}, nil},
		{"Some 75 people were hurt. Twenty of the injured were firefighters.", []part{{20, 75}}, nil},
		{"Crews moved 900 evacuees overnight. Among the evacuees are 140 patients.", []part{{140, 900}}, nil},
		{"Of the 300 passengers, 12 were hurt.", []part{{12, 300}}, nil},
		{"The boat carried 210 migrants. Rescuers said 80 of them were children. Later 30 of the children were flown out.",
			[]part{{80, 210}, {30, 80}}, nil},
		{"The storm left 40 dead, among them nine children, and 12 people are missing.", []part{{9, 40}}, []float64{12}},
		{"Police arrested 64 people, including 50 of the marchers.", []part{{50, 64}}, nil},
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
				t.Errorf("%q: %v should be part of %v%s", c.text, pt.val, pt.total, describe(figs))
			}
		}
		for _, v := range c.none {
			if i, ok := find(figs, v); !ok || figs[i].PartOf >= 0 {
				t.Errorf("%q: %v should be a figure of its own%s", c.text, v, describe(figs))
			}
		}
	}
}

// TestRatiosAndRates checks shares written as ratios, read as percentages
// like "a fifth", and rates, whose base is no figure of its own.
func TestRatiosAndRates(t *testing.T) {
	f := New()
	cases := []struct {
		text  string
		want  []float64
		bound timeline.Bound
		unit  string
	}{
		{"One in five adults and 1 in 4 buildings were affected.", []float64{20, 25}, timeline.BoundApprox, "%"},
		{"Roughly one in eight customers had their cards exposed.", []float64{12.5}, timeline.BoundApprox, "%"},
		{"The infection rate rose to 41 per 100,000 people.", []float64{41}, timeline.BoundExact, "per 100,000 people"},
		{"The murder rate fell to 6.2 per 100,000 residents.", []float64{6.2}, timeline.BoundExact, "per 100,000 residents"},
		{"The rate doubled in 2 in 7 days.", nil, "", ""},
		{"The odds were one in a million.", nil, "", ""},
	}
	for _, c := range cases {
		figs := f.Find(c.text)
		checkInvariants(t, c.text, figs)
		if !sameValues(values(figs), c.want) {
			t.Errorf("%q: got %v want %v%s", c.text, values(figs), c.want, describe(figs))
			continue
		}
		for _, g := range figs {
			if c.bound != "" && (g.Bound != c.bound || g.Unit != c.unit) {
				t.Errorf("%q: %v %s %q, want %s %q", c.text, g.Value, g.Bound, g.Unit, c.bound, c.unit)
			}
		}
	}
	// "1.5m people" is a million people, "1.5m" alone a height; a sum after a
	// country's name is no name
	checkFig(t, "Officials said 1.5m people were without water.", f.Find("Officials said 1.5m people were without water."), fig{val: 1.5e6, unit: "people"})
	if got := values(f.Find("The EU pledged €40m and Britain £12.5m.")); !sameValues(got, []float64{4e7, 1.25e7}) {
		t.Errorf("pledges: got %v", got)
	}
}

// TestNobody checks that "nobody" and "no one" count none of a measure of
// people, and nothing else.
func TestNobody(t *testing.T) {
	f := New()
	cases := []struct {
		text   string
		want   []float64
		metric string
	}{
		{"Nobody was killed in the blast, the mayor said.", []float64{0}, "killed"},
		{"No one has been arrested so far.", []float64{0}, "detained"},
		{"Police said nobody in the building was seriously hurt.", []float64{0}, "injured"},
		{"No one is above the law.", nil, ""},
		{"Nobody in this town can live on that wage.", nil, ""},
		{"Rescuers found no one alive in the hull.", nil, ""},
		{"No one-size plan will work.", nil, ""},
	}
	for _, c := range cases {
		figs := f.Find(c.text)
		checkInvariants(t, c.text, figs)
		if !sameValues(values(figs), c.want) || len(figs) == 1 && figs[0].Metric != c.metric {
			t.Errorf("%q: got %v want %v (%s)%s", c.text, values(figs), c.want, c.metric, describe(figs))
		}
	}
}

// TestUnnamedSourcesAreNoCounts checks that "two officials" who speak are a
// source, not a figure, while the same words as a count stay one.
func TestUnnamedSourcesAreNoCounts(t *testing.T) {
	f := New()
	cases := []struct {
		text string
		want []float64
	}{
		{"Two senior officials said the talks had stalled.", nil},
		{"Three diplomats briefed on the talks described them as tense.", nil},
		{"Two officials, who spoke on condition of anonymity, confirmed the move.", nil},
		{"Police identified six victims, the coroner said.", []float64{6}},
	}
	for _, c := range cases {
		figs := f.Find(c.text)
		checkInvariants(t, c.text, figs)
		if !sameValues(values(figs), c.want) {
			t.Errorf("%q: got %v want %v%s", c.text, values(figs), c.want, describe(figs))
		}
	}
}

// TestPartitivesUnitsAndAges checks rules found on a second set of unseen
// pages: a spelled-out partitive that is its clause's subject, a number
// predicated of a noun ("participation was about 9,000"), a part with no noun
// counting what its total counts, units of several words, ages after "age of",
// and a participle between the number and its noun.
func TestPartitivesUnitsAndAges(t *testing.T) {
	f := New()
	cases := []struct {
		text string
		w    fig
	}{
		{"The operator said six of the overturned wagons were carrying chlorine.", fig{val: 6, unit: "wagons", subject: "overturned wagons"}},
		{"Nine of the stranded hikers were flown out.", fig{val: 9, unit: "people"}},
		{"The ministry said participation was about 9,000, or a quarter of teachers.", fig{val: 9000, bound: timeline.BoundApprox, subject: "participation"}},
		{"The board said enrolment stood at about 2,300 this term.", fig{val: 2300, bound: timeline.BoundApprox, subject: "enrolment"}},
		{"The clinic treated 44 patients, including 9 who remained in critical condition.", fig{val: 9, subject: "patients"}},
		{"Monitors found benzene at levels of up to 7 parts per million near the plant.", fig{val: 7, bound: timeline.BoundAtMost, unit: "parts per million"}},
		{"Lead in the tap water reached 15 parts per billion.", fig{val: 15, unit: "parts per billion"}},
		{"Ozone readings hit 90 ppb on the coast.", fig{val: 90, unit: "ppb"}},
		{"The lake covers 12 square kilometres.", fig{val: 12, unit: "square km"}},
		{"Bread prices rose 4 per cent in May.", fig{val: 4, unit: "%"}},
		{"Medics visited four flooded villages on the plain.", fig{val: 4, unit: "villages", subject: "flooded villages"}},
		{"Crews reached 20 injured people before dawn.", fig{val: 20, metric: "injured", unit: "people"}},
	}
	for _, c := range cases {
		figs := f.Find(c.text)
		checkInvariants(t, c.text, figs)
		checkFig(t, c.text, figs, c.w)
	}
	for _, c := range []struct {
		text string
		want []float64
	}{
		{"The lawyer said his client never met the owners of two of the firms.", nil},
		{"The driver was about 40, police said.", nil},
		{"The agency counted 40 deaths, including 11 children under the age of five.", []float64{40, 11}},
		{"Doses went to children between the ages of 6 and 12.", nil},
		{"Markets in the three flooded villages stay shut.", nil}, // a set the story knows
	} {
		figs := f.Find(c.text)
		checkInvariants(t, c.text, figs)
		if !sameValues(values(figs), c.want) {
			t.Errorf("%q: got %v want %v%s", c.text, values(figs), c.want, describe(figs))
		}
	}
	// "three affected districts" counts the districts, not "affected"
	affected := f.Find("Schools in three affected districts will stay closed.")
	if len(affected) != 1 {
		t.Errorf("three affected districts: want one figure%s", describe(affected))
	}
	for _, g := range affected {
		if g.Metric == "affected" || !strings.Contains(g.Subject, "districts") {
			t.Errorf("three affected districts: got metric %q subject %q", g.Metric, g.Subject)
		}
	}
}

// TestCountsAndLimits checks counts of events, age limits, participles with an
// agent, fractions after a bound, breakdown verbs and restated counts.
func TestCountsAndLimits(t *testing.T) {
	f := New()
	cases := []struct {
		text string
		want []float64
	}{
		// "N times" after a participle counts events; a ratio or a rate does not
		{"The bridge had been checked 7 times since 2012.", []float64{7}},
		{"The suspect was arrested four times last year.", []float64{4}},
		{"Rents are three times higher than in 2019.", nil},
		{"Patients take the pill twice or three times a day.", nil},
		// an age limit after a noun for people by age
		{"Four of the victims were infants under 2, the clinic said.", []float64{4}},
		{"Kids under 12 ride free.", nil},
		// a fraction after a bound word and a verb of change
		{"Ridership dropped by roughly a quarter in May.", []float64{25}},
		// a number with a participle and its agent stands for the noun before it
		{"The sides will swap captives, beginning with 40 held by each army.", []float64{40}},
		// a count named before the number: its noun is what is counted
		{"The airline revised its count of grounded jets on Friday to 61 from 75.", []float64{61, 75}},
	}
	for _, c := range cases {
		figs := f.Find(c.text)
		checkInvariants(t, c.text, figs)
		if !sameValues(values(figs), c.want) {
			t.Errorf("%q: got %v want %v%s", c.text, values(figs), c.want, describe(figs))
		}
	}
	for _, c := range []struct {
		text string
		w    fig
	}{
		{"The bridge had been checked 7 times since 2012.", fig{val: 7, unit: "times", text: "checked 7 times"}},
		{"The sides will swap captives, beginning with 40 held by each army.", fig{val: 40, subject: "captives", unit: "people"}},
		{"Ridership dropped by roughly a quarter in May.", fig{val: 25, bound: timeline.BoundApprox, unit: "%"}},
		{"The airline revised its count of grounded jets on Friday to 61 from 75.", fig{val: 75, unit: "jets"}},
	} {
		checkFig(t, c.text, f.Find(c.text), c.w)
	}
	// "include" opens a breakdown; a part named by where it comes from
	// counts what the total counts
	text := "The 40 hostages include 20 Parvish citizens, nine from Oltmark and 11 Dessian nationals."
	figs := f.Find(text)
	checkInvariants(t, text, figs)
	if !sameValues(values(figs), []float64{40, 20, 9, 11}) {
		t.Fatalf("%q: got %v%s", text, values(figs), describe(figs))
	}
	for i := 1; i < 4; i++ {
		if figs[i].PartOf != 0 {
			t.Errorf("%q: %v part_of %d, want 0%s", text, figs[i].Value, figs[i].PartOf, describe(figs))
		}
	}
	if !strings.Contains(figs[2].Text, "Oltmark") {
		t.Errorf("%q: text of 9 is %q, want the place", text, figs[2].Text)
	}
}

// TestStatesAndTallies checks parts in a medical state ("N of them in serious
// condition"), people found dead, capacities and limits, corrections to a
// tally and increments of things.
func TestStatesAndTallies(t *testing.T) {
	f := New()
	cases := []struct {
		text string
		w    fig
	}{
		{"Medics treated 44 miners for smoke, six of them in critical condition.", fig{val: 6, text: "six of them in critical condition"}},
		{"The clinic admitted 30 climbers, two of them in intensive care.", fig{val: 2, text: "two of them in intensive care"}},
		{"Rangers said two hikers were found dead near the ridge.", fig{val: 2, metric: MetricKilled}},
		{"The arena has a seating capacity of 9,500.", fig{val: 9500, metric: MetricCapacity}},
		{"Readings stayed under the legal limit of 0.8.", fig{val: 0.8, metric: MetricLimit}},
		{"The ministry cut its toll to 11, saying one child had been counted twice.", fig{val: 1, metric: MetricDoubleCounted}},
		{"The port asked for four more tugboats on Tuesday.", fig{val: 4, text: "four more tugboats"}},
	}
	for _, c := range cases {
		figs := f.Find(c.text)
		checkInvariants(t, c.text, figs)
		checkFig(t, c.text, figs, c.w)
	}
	// a part in a state belongs to the latest total, even one that learns
	// what it counts only from the clause before it
	text := "Officials said five sailors were missing and 40 had been treated for burns, three of them in serious condition."
	figs := f.Find(text)
	checkInvariants(t, text, figs)
	i, ok := find(figs, 3)
	j, ok2 := find(figs, 40)
	if !ok || !ok2 || figs[i].PartOf != j {
		t.Errorf("%q: 3 should be part of 40%s", text, describe(figs))
	}
	// the remains found explain the tally they belong to; a correction does not
	for _, c := range []struct {
		text      string
		part, tot float64
		want      bool
	}{
		{"The morgue put the toll at 11, saying it had also received the remains of four people found by divers.", 4, 11, true},
		{"Police put the death toll at 20, saying the bodies of six people were still in the rubble.", 6, 20, true},
		{"Police put the death toll at 20. The bodies of six people were found later.", 6, 20, false},
		{"The agency cut its toll to 13, saying one man had been counted twice.", 1, 13, false},
		{"The office cut the death toll to 8 from 10, saying two deaths had been counted twice.", 2, 8, false},
	} {
		figs := f.Find(c.text)
		checkInvariants(t, c.text, figs)
		i, ok := find(figs, c.part)
		j, ok2 := find(figs, c.tot)
		if !ok || !ok2 {
			t.Errorf("%q: missing %v or %v%s", c.text, c.part, c.tot, describe(figs))
			continue
		}
		if got := figs[i].PartOf == j; got != c.want {
			t.Errorf("%q: %v part of %v = %v, want %v%s", c.text, c.part, c.tot, got, c.want, describe(figs))
		}
		if c.want && figs[i].Metric != MetricKilled {
			t.Errorf("%q: %v metric %q, want killed", c.text, c.part, figs[i].Metric)
		}
	}
	// "more" before a span of time or a known set is no count
	for _, s := range []string{
		"Talks dragged on for two more days.",
		"The two more senior aides resigned.",
		"She tried one more time.",
		"The amendment would limit governors to two terms.",
		"Voters will decide whether to limit mayors to two.",
	} {
		if figs := f.Find(s); len(figs) != 0 {
			t.Errorf("%q: want no figures%s", s, describe(figs))
		}
	}
}
