package series

import (
	"slices"
	"strings"
	"testing"

	"factline/timeline"
)

func TestLinesPerSource(t *testing.T) {
	entities := []timeline.Entity{
		{Name: "Ministry of Harbours", Kind: timeline.SpeakerGovernment, Aliases: []string{"the ministry", "harbours ministry"}},
		{Name: "Oren Valt", Kind: timeline.SpeakerPerson, Role: "spokesman", SpeaksFor: "Ministry of Harbours", Aliases: []string{"Valt"}},
		{Name: "Dockworkers' League", Kind: timeline.SpeakerOrganization},
	}
	events := []timeline.StoredEvent{
		ev(1, at(4, 9, 0), "At least 8 people were killed, the ministry said.",
			fig{v: 8, bound: timeline.BoundAtLeast, metric: "killed", source: "the ministry", text: "At least 8 people were killed"}),
		ev(2, at(4, 11, 0), "Valt said 14 people had died.",
			fig{v: 14, metric: "died", source: "Valt", text: "14 people had died"}),
		ev(3, at(4, 12, 0), "The league says 30 dockers died. Officials counted 15 dead.",
			fig{v: 30, metric: "died", subject: "dockers", source: "Dockworkers' League", text: "30 dockers died"},
			fig{v: 15, metric: "dead", text: "15 dead"}),
	}
	set := Build(events, entities, nil, Options{})
	s := set.Get("deaths")
	if s == nil {
		t.Fatalf("no deaths series: %s", dump(set))
	}
	gotLines := lineIDs(s)
	want := []string{"ministry-of-harbours", "dockworkers-league", ReportedLine}
	if !slices.Equal(gotLines, want) {
		t.Fatalf("lines %v, want %v (the spokesman's figure in his ministry's line, the unattributed last)", gotLines, want)
	}
	if got := values(s.Line("ministry-of-harbours")); !slices.Equal(got, []float64{8, 14}) {
		t.Errorf("ministry line %v, want [8 14]", got)
	}
	if p := s.Line("ministry-of-harbours").Points[1]; p.Source != "Valt" || p.EventID != 102 || p.Ordinal != 2 || p.Text != "14 people had died" {
		t.Errorf("point keeps its own source, event and wording: %+v", p)
	}
	if l := s.Line(ReportedLine); l.Source != "" || l.Label == "" {
		t.Errorf("reported line %+v", l)
	}
}

func TestAsOfOrder(t *testing.T) {
	events := []timeline.StoredEvent{
		// Stored in timeline order, but the second update reports a figure
		// as of the day before; the third's "Wednesday" is its own date.
		ev(1, at(5, 10, 0), "Officials said 20 were missing.",
			fig{v: 20, metric: "missing", source: "Officials", text: "20 were missing"}),
		ev(2, at(5, 12, 0), "Officials said 11 were missing as of Tuesday.",
			fig{v: 11, metric: "missing", source: "Officials", text: "11 were missing", when: dayOf(4)}),
		ev(3, at(5, 15, 30), "Officials said Wednesday 25 were missing.",
			fig{v: 25, metric: "missing", source: "Officials", text: "25 were missing", when: dayOf(5)}),
		ev(4, timeline.When{}, "Officials said 30 were missing.",
			fig{v: 30, metric: "missing", source: "Officials", text: "30 were missing"}),
	}
	set := Build(events, nil, nil, Options{})
	l := set.Get("missing").Line("officials")
	if got := values(l); !slices.Equal(got, []float64{11, 20, 25, 30}) {
		t.Fatalf("order %v, want [11 20 25 30] (as-of times, undated last)", got)
	}
	if w := l.Points[0].When; w.Precision != timeline.PrecisionDay {
		t.Errorf("a day-precision as-of keeps its precision: %+v", w)
	}
	if w := l.Points[2].When; w.Precision != timeline.PrecisionMinute || w.At.Hour() != 15 {
		t.Errorf("a figure dated its event's day takes the event's minute: %+v", w)
	}
	if !l.Points[3].When.IsZero() {
		t.Errorf("undated point got a time: %+v", l.Points[3].When)
	}
}

func TestContextNotPoints(t *testing.T) {
	tests := []struct {
		name    string
		events  []timeline.StoredEvent
		series  string
		points  []float64 // of the first line
		context map[float64]ContextKind
	}{
		{
			name: "restated value inferred from grammar",
			events: []timeline.StoredEvent{ev(1, at(6, 9, 0), "The agency raised the toll to 31 from 17.",
				fig{v: 31, metric: "toll", source: "agency", text: "31"}, fig{v: 17, metric: "toll", source: "agency", text: "17"})},
			series: "deaths", points: []float64{31}, context: map[float64]ContextKind{17: ContextRestated},
		},
		{
			name: "from before to",
			events: []timeline.StoredEvent{ev(1, at(6, 9, 0), "Deaths rose from 4 to 9 overnight, the agency said.",
				fig{v: 4, metric: "deaths", source: "agency", text: "4"}, fig{v: 9, metric: "deaths", source: "agency", text: "9"})},
			series: "deaths", points: []float64{9}, context: map[float64]ContextKind{4: ContextRestated},
		},
		{
			name: "lowered correction keeps the new value",
			events: []timeline.StoredEvent{ev(1, at(6, 9, 0), "The office lowered the death toll to five from eight.",
				fig{v: 5, metric: "death toll", source: "office", text: "five"}, fig{v: 8, metric: "death toll", source: "office", text: "eight"})},
			series: "deaths", points: []float64{5}, context: map[float64]ContextKind{8: ContextRestated},
		},
		{
			name: "role given by the extractor",
			events: []timeline.StoredEvent{ev(1, at(6, 9, 0), "Now 12 are dead; it was 10.",
				fig{v: 12, metric: "dead", text: "12 are dead"}, fig{v: 10, metric: "dead", text: "it was 10", role: timeline.RoleRestated})},
			series: "deaths", points: []float64{12}, context: map[float64]ContextKind{10: ContextRestated},
		},
		{
			name: "increment",
			events: []timeline.StoredEvent{ev(1, at(6, 9, 0), "Divers found three more bodies, raising the toll to 20, police said.",
				fig{v: 3, metric: "bodies", source: "police", text: "three more bodies"}, fig{v: 20, metric: "toll", source: "police", text: "the toll to 20"})},
			series: "deaths", points: []float64{20}, context: map[float64]ContextKind{3: ContextIncrement},
		},
		{
			name: "another is an increment",
			events: []timeline.StoredEvent{ev(1, at(6, 9, 0), "Another 4 deaths were recorded; 19 have died in all.",
				fig{v: 4, metric: "deaths", text: "4 deaths"}, fig{v: 19, metric: "died", text: "19 have died"})},
			series: "deaths", points: []float64{19}, context: map[float64]ContextKind{4: ContextIncrement},
		},
		{
			name: "part by link",
			events: []timeline.StoredEvent{ev(1, at(6, 9, 0), "The toll stands at 41 dead, including 12 firefighters.",
				fig{v: 41, metric: "dead", text: "41 dead"}, fig{v: 12, metric: "dead", subject: "firefighters", text: "12 firefighters", partOf: 1})},
			series: "deaths", points: []float64{41}, context: map[float64]ContextKind{12: ContextPart},
		},
		{
			name: "parts by grammar, coordinated",
			events: []timeline.StoredEvent{ev(1, at(6, 9, 0), "Nine people died, including four people hit by debris and two who drowned.",
				fig{v: 9, metric: "died", text: "Nine people died"}, fig{v: 4, metric: "killed", text: "four people"}, fig{v: 2, metric: "drowned", text: "two who drowned"})},
			series: "deaths", points: []float64{9}, context: map[float64]ContextKind{4: ContextPart, 2: ContextPart},
		},
		{
			name: "headline repeats the body",
			events: []timeline.StoredEvent{ev(1, at(6, 9, 0), "Toll rises to 7. The council said 7 people have died.",
				fig{v: 7, metric: "toll", text: "Toll rises to 7"}, fig{v: 7, metric: "died", source: "council", text: "7 people have died"})},
			series: "deaths", points: []float64{7}, context: map[float64]ContextKind{},
		},
		{
			name: "same source twice in an event: the larger is the point",
			events: []timeline.StoredEvent{ev(1, at(6, 9, 0), "The office said six people died, and that three deaths had been counted twice.",
				fig{v: 6, metric: "died", source: "office", text: "six people died"}, fig{v: 3, metric: "deaths", source: "office", text: "three deaths"})},
			series: "deaths", points: []float64{6}, context: map[float64]ContextKind{3: ContextSubcount},
		},
		{
			name: "dozens more of another measure is no increment",
			events: []timeline.StoredEvent{ev(1, at(6, 9, 0), "At least 5 miners were killed and dozens more were trapped, the office said.",
				fig{v: 5, bound: timeline.BoundAtLeast, metric: "killed", source: "office", text: "At least 5 miners were killed"},
				fig{v: 24, bound: timeline.BoundAtLeast, metric: "trapped", source: "office", text: "dozens more were trapped"})},
			series: "trapped", points: []float64{24}, context: map[float64]ContextKind{},
		},
		{
			name: "more than is a bound, not an increment",
			events: []timeline.StoredEvent{ev(1, at(6, 9, 0), "Rescuers said 40 died, more than 60 are missing.",
				fig{v: 40, metric: "died", source: "Rescuers", text: "40 died"},
				fig{v: 60, bound: timeline.BoundMoreThan, metric: "missing", source: "Rescuers", text: "more than 60 are missing"})},
			series: "missing", points: []float64{60}, context: map[float64]ContextKind{},
		},
		{
			name: "from without a change is not a restatement",
			events: []timeline.StoredEvent{ev(1, at(6, 9, 0), "Crews evacuated people from 300 homes near the dam.",
				fig{v: 300, metric: "evacuated", unit: "homes", text: "300 homes"})},
			series: "evacuated.homes", points: []float64{300}, context: map[float64]ContextKind{},
		},
		{
			name: "including with no total in the sentence is a value",
			events: []timeline.StoredEvent{ev(1, at(6, 9, 0), "Casualties keep rising. Including 8 children, the dead now number many.",
				fig{v: 8, metric: "dead", subject: "children", text: "8 children"})},
			series: "deaths.children", points: []float64{8}, context: map[float64]ContextKind{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := Build(tt.events, nil, nil, Options{})
			s := set.Get(tt.series)
			if s == nil || len(s.Lines) == 0 {
				t.Fatalf("no series %s with points:\n%s", tt.series, dump(set))
			}
			var got []float64
			for _, l := range s.Lines {
				got = append(got, values(&l)...)
			}
			if !slices.Equal(got, tt.points) {
				t.Errorf("points %v, want %v:\n%s", got, tt.points, dump(set))
			}
			ck := contextKinds(s)
			for v, k := range tt.context {
				if ck[v] != k {
					t.Errorf("context %v is %q, want %q:\n%s", v, ck[v], k, dump(set))
				}
			}
		})
	}
}

func TestPartOfAnotherSeries(t *testing.T) {
	// "496 protesters" of a toll: context on deaths, a point of
	// deaths.protesters, linked to the total.
	events := []timeline.StoredEvent{ev(1, at(7, 9, 0), "At least 544 people have been killed, including 496 protesters, the group said.",
		fig{v: 544, bound: timeline.BoundAtLeast, metric: "killed", source: "the group", text: "At least 544 people have been killed", id: "tot"},
		fig{v: 496, metric: "killed", subject: "protesters", source: "the group", text: "496 protesters", partOf: 1, id: "part"})}
	set := Build(events, nil, nil, Options{})
	d, p := set.Get("deaths"), set.Get("deaths.protesters")
	if d == nil || p == nil {
		t.Fatalf("series:\n%s", dump(set))
	}
	if len(d.Context) != 1 || d.Context[0].FigureID != "part" || d.Context[0].Of != "tot" || d.Context[0].Context != ContextPart {
		t.Errorf("deaths context %+v", d.Context)
	}
	if p.Points() != 1 || p.Lines[0].Points[0].Role != timeline.RolePart || p.Lines[0].Points[0].Of != "tot" || p.Parent != "deaths" {
		t.Errorf("protesters %+v", p)
	}
	// The sub-series follows its parent.
	if ids := seriesIDs(set); !slices.Equal(ids, []string{"deaths", "deaths.protesters"}) {
		t.Errorf("order %v", ids)
	}
}

func TestUnattributedDisagreeingStaysAPoint(t *testing.T) {
	events := []timeline.StoredEvent{ev(1, at(8, 9, 0), "Reports put the toll at 90. The council said 12 people died.",
		fig{v: 90, metric: "toll", text: "the toll at 90"},
		fig{v: 12, metric: "died", source: "council", text: "12 people died"})}
	set := Build(events, nil, nil, Options{})
	s := set.Get("deaths")
	if got := values(s.Line(ReportedLine)); !slices.Equal(got, []float64{90}) {
		t.Fatalf("reported line %v, want [90]:\n%s", got, dump(set))
	}
	if len(flagsOf(s, FlagDisagree)) != 1 {
		t.Errorf("the writer's 90 and the council's 12 disagree: %+v", s.Flags)
	}
}

func TestDisagreement(t *testing.T) {
	type rep struct {
		v     float64
		bound timeline.Bound
		day   int
		high  float64
		text  string
	}
	tests := []struct {
		name string
		a, b rep
		want bool
	}{
		{"exact 12 against at least 40", rep{v: 12, day: 9}, rep{v: 40, bound: timeline.BoundAtLeast, day: 9}, true},
		{"at least 23 against exact 17", rep{v: 23, bound: timeline.BoundAtLeast, day: 9}, rep{v: 17, day: 9}, true},
		{"about 6,000 against more than 20,000", rep{v: 6000, bound: timeline.BoundApprox, day: 9}, rep{v: 20000, bound: timeline.BoundMoreThan, day: 9}, true},
		{"two lower bounds agree", rep{v: 17, bound: timeline.BoundAtLeast, day: 9}, rep{v: 23, bound: timeline.BoundAtLeast, day: 9}, false},
		{"about 100 and 105 agree", rep{v: 100, bound: timeline.BoundApprox, day: 9}, rep{v: 105, day: 9}, false},
		{"about 100 and 120 disagree", rep{v: 100, bound: timeline.BoundApprox, day: 9}, rep{v: 120, day: 9}, true},
		{"more than 20 against exact 20", rep{v: 20, bound: timeline.BoundMoreThan, day: 9}, rep{v: 20, day: 9}, true},
		{"up to 50 against 60", rep{v: 50, bound: timeline.BoundAtMost, day: 9}, rep{v: 60, day: 9}, true},
		{"up to 50 and 50 agree", rep{v: 50, bound: timeline.BoundAtMost, day: 9}, rep{v: 50, day: 9}, false},
		{"less than 50 against 50", rep{v: 50, bound: timeline.BoundLessThan, day: 9}, rep{v: 50, day: 9}, true},
		{"range holds the value", rep{v: 30, bound: timeline.BoundRange, high: 40, day: 9}, rep{v: 35, day: 9}, false},
		{"range misses the value", rep{v: 30, bound: timeline.BoundRange, high: 40, day: 9}, rep{v: 45, day: 9}, true},
		{"rounded million", rep{v: 1200000, day: 9, text: "1.2 million dead"}, rep{v: 1230000, day: 9}, false},
		{"different days never", rep{v: 12, day: 9}, rep{v: 40, bound: timeline.BoundAtLeast, day: 10}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			mk := func(ord int, r rep, src string) timeline.StoredEvent {
				text := r.text
				if text == "" {
					text = "dead"
				}
				return ev(ord, at(r.day, 8+ord, 0), text, fig{v: r.v, bound: r.bound, high: r.high, metric: "dead", source: src, text: text})
			}
			set := Build([]timeline.StoredEvent{mk(1, tt.a, "Agency A"), mk(2, tt.b, "Agency B")}, nil, nil, Options{})
			s := set.Get("deaths")
			fs := flagsOf(s, FlagDisagree)
			if got := len(fs) == 1; got != tt.want {
				t.Fatalf("flagged %v, want %v: %+v", got, tt.want, s.Flags)
			}
			if tt.want {
				f := fs[0]
				if len(f.Figures) != 2 || !slices.Equal(f.Sources, []string{"Agency A", "Agency B"}) || f.Day == "" ||
					!strings.Contains(f.Message, "Agency A") || !strings.Contains(f.Message, "Agency B") {
					t.Errorf("flag %+v", f)
				}
				for _, l := range s.Lines {
					if len(l.Points[0].Flags) != 1 {
						t.Errorf("point %s not linked to its flag", l.Points[0].FigureID)
					}
				}
			}
		})
	}
}

func TestDisagreementInvolvesOnlyTheIrreconcilable(t *testing.T) {
	// Three sources on one day: A and B agree, C is far above both.
	events := []timeline.StoredEvent{
		ev(1, at(9, 8, 0), "x", fig{v: 20, bound: timeline.BoundAtLeast, metric: "dead", source: "A", text: "x", id: "a"}),
		ev(2, at(9, 9, 0), "x", fig{v: 22, metric: "dead", source: "B", text: "x", id: "b"}),
		ev(3, at(9, 10, 0), "x", fig{v: 21, bound: timeline.BoundApprox, metric: "dead", source: "B", text: "x", id: "b2"}),
		ev(4, at(9, 11, 0), "x", fig{v: 300, bound: timeline.BoundMoreThan, metric: "dead", source: "C", text: "x", id: "c"}),
	}
	s := Build(events, nil, nil, Options{}).Get("deaths")
	fs := flagsOf(s, FlagDisagree)
	if len(fs) != 1 {
		t.Fatalf("flags %+v", s.Flags)
	}
	got := slices.Clone(fs[0].Figures)
	slices.Sort(got)
	if !slices.Equal(got, []string{"b", "b2", "c"}) {
		t.Errorf("involved %v, want b, b2 and c (A's lower bound fits C)", got)
	}
}

func TestBreakdowns(t *testing.T) {
	tests := []struct {
		name  string
		total fig
		parts []fig
		want  bool
	}{
		{"parts within an exact total", fig{v: 41, metric: "dead", text: "41 dead"},
			[]fig{{v: 12, metric: "dead", subject: "rescuers", text: "12 rescuers", partOf: 1}, {v: 9, metric: "dead", subject: "children", text: "9 children", partOf: 1}}, false},
		{"parts over an exact total", fig{v: 20, metric: "dead", text: "20 dead"},
			[]fig{{v: 12, metric: "dead", subject: "rescuers", text: "12 rescuers", partOf: 1}, {v: 9, metric: "dead", subject: "children", text: "9 children", partOf: 1}}, true},
		{"parts over an at-most total", fig{v: 20, bound: timeline.BoundAtMost, metric: "dead", text: "20 dead"},
			[]fig{{v: 15, metric: "dead", subject: "rescuers", text: "15 rescuers", partOf: 1}, {v: 9, metric: "dead", subject: "children", text: "9 children", partOf: 1}}, true},
		{"a lower-bound total can hold anything", fig{v: 20, bound: timeline.BoundAtLeast, metric: "dead", text: "20 dead"},
			[]fig{{v: 15, metric: "dead", subject: "rescuers", text: "15 rescuers", partOf: 1}, {v: 9, metric: "dead", subject: "children", text: "9 children", partOf: 1}}, false},
		{"an upper-bound part adds nothing", fig{v: 20, metric: "dead", text: "20 dead"},
			[]fig{{v: 15, metric: "dead", subject: "rescuers", text: "15 rescuers", partOf: 1}, {v: 9, bound: timeline.BoundAtMost, metric: "dead", subject: "children", text: "9 children", partOf: 1}}, false},
		{"a share is not added", fig{v: 20, metric: "dead", text: "20 dead"},
			[]fig{{v: 15, metric: "dead", subject: "rescuers", text: "15 rescuers", partOf: 1}, {v: 60, unit: "%", metric: "dead", subject: "children", text: "60%", partOf: 1}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.total.text
			for _, p := range tt.parts {
				text += ", " + p.text
			}
			figs := append([]fig{tt.total}, tt.parts...)
			set := Build([]timeline.StoredEvent{ev(1, at(10, 9, 0), text, figs...)}, nil, nil, Options{})
			fs := flagsOf(set.Get("deaths"), FlagBreakdown)
			if got := len(fs) == 1; got != tt.want {
				t.Fatalf("flagged %v, want %v:\n%s", got, tt.want, dump(set))
			}
			if tt.want && (len(fs[0].Figures) != 3 || !strings.Contains(fs[0].Message, "add up to more than")) {
				t.Errorf("flag %+v", fs[0])
			}
		})
	}
}

func TestFalls(t *testing.T) {
	tests := []struct {
		name   string
		metric string
		reps   []fig
		flags  int
	}{
		{"cumulative falls", "killed", []fig{{v: 9}, {v: 6}}, 1},
		{"cumulative rises", "killed", []fig{{v: 6}, {v: 9}, {v: 9}}, 0},
		{"lower bound below an earlier exact", "killed", []fig{{v: 20}, {v: 17, bound: timeline.BoundAtLeast}}, 1},
		{"approx below is not judged", "killed", []fig{{v: 20}, {v: 18, bound: timeline.BoundApprox}}, 0},
		{"compared with the last judged report", "arrested", []fig{{v: 20}, {v: 10, bound: timeline.BoundApprox}, {v: 19}}, 1},
		{"two falls", "injured", []fig{{v: 30}, {v: 25}, {v: 40}, {v: 35}}, 2},
		{"levels may fall", "missing", []fig{{v: 60}, {v: 40}}, 0},
		{"outages may fall", "without power", []fig{{v: 1200000}, {v: 980000}}, 0},
		{"rounding is not a fall", "cases", []fig{{v: 1200000, text: "1.2 million cases"}, {v: 1190000, text: "1,190,000 cases"}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var events []timeline.StoredEvent
			for i, r := range tt.reps {
				r.metric, r.source = tt.metric, "Office"
				if r.text == "" {
					r.text = "figure"
				}
				events = append(events, ev(i+1, at(11+i, 9, 0), r.text, r))
			}
			set := Build(events, nil, nil, Options{})
			if len(set.Series) != 1 {
				t.Fatalf("series:\n%s", dump(set))
			}
			s := &set.Series[0]
			fs := flagsOf(s, FlagFell)
			if len(fs) != tt.flags {
				t.Fatalf("%d fall flags, want %d: %+v", len(fs), tt.flags, s.Flags)
			}
			for _, f := range fs {
				if len(f.Figures) != 2 || !strings.Contains(f.Message, "fell from") || !strings.Contains(f.Message, "correction") {
					t.Errorf("flag %+v", f)
				}
			}
		})
	}
}

// findDead is a figure finder for tests: "N dead" and "N missing".
func findDead(text string) []timeline.Figure {
	var out []timeline.Figure
	toks, _ := tokenize(nil, text, lowerSameLength(text), 0, len(text), 0)
	for k := 0; k+1 < len(toks); k++ {
		if !toks[k].isNum {
			continue
		}
		switch toks[k+1].text {
		case "dead", "missing":
			out = append(out, timeline.Figure{Value: toks[k].num, Bound: timeline.BoundExact, Metric: toks[k+1].text,
				Text: text[toks[k].start:toks[k+1].end], Start: toks[k].start, End: toks[k+1].end, PartOf: -1})
		}
	}
	return out
}

func TestRevised(t *testing.T) {
	e := ev(1, at(12, 9, 0), "Officials now report 9 dead and 4 missing.",
		fig{v: 9, metric: "dead", text: "9 dead", id: "nine"}, fig{v: 4, metric: "missing", text: "4 missing", id: "four"})
	e.Revision = 3
	e.Revisions = []timeline.Revision{
		{Number: 1, Text: "Officials report 5 dead and 4 missing."},
		{Number: 2, Text: "Officials report 7 dead and 4 missing."},
	}
	set := Build([]timeline.StoredEvent{e}, nil, nil, Options{FindFigures: findDead})
	fs := flagsOf(set.Get("deaths"), FlagRevised)
	if len(fs) != 2 {
		t.Fatalf("revised flags %+v:\n%s", fs, dump(set))
	}
	if fs[0].Before[0].Value != 5 || fs[0].After[0].Value != 7 || fs[1].Before[0].Value != 7 || fs[1].After[0].Value != 9 {
		t.Errorf("revisions %+v", fs)
	}
	if !slices.Equal(fs[1].Figures, []string{"nine"}) || len(fs[0].Figures) != 0 {
		t.Errorf("only the last revision points at the current figure: %v %v", fs[0].Figures, fs[1].Figures)
	}
	if fs[1].Ordinal != 1 || fs[1].EventID != 101 || !strings.Contains(fs[1].Message, "from 7 (revision 2) to 9 (revision 3)") {
		t.Errorf("flag %+v", fs[1])
	}
	if m := set.Get("missing"); len(m.Flags) != 0 {
		t.Errorf("an unchanged figure is not revised: %+v", m.Flags)
	}
	// Without a finder the check is skipped.
	if fs := Build([]timeline.StoredEvent{e}, nil, nil, Options{}).Flags; len(fs) != 0 {
		t.Errorf("flags without a finder %+v", fs)
	}
}

func TestSkipsWhatIsNotAnUpdate(t *testing.T) {
	cap := ev(1, at(13, 9, 0), "5 dead", fig{v: 5, metric: "dead", text: "5 dead"})
	cap.Kind = timeline.KindCaption
	dup := ev(2, at(13, 9, 0), "5 dead", fig{v: 5, metric: "dead", text: "5 dead"})
	dup.DuplicateOf = 1
	bad := ev(3, at(13, 9, 0), "x dead", fig{v: 5, metric: "dead", text: "x dead"})
	bad.Figures[0].Value = nan()
	set := Build([]timeline.StoredEvent{cap, dup, bad}, nil, nil, Options{})
	if len(set.Series) != 0 {
		t.Errorf("series from captions, repeats or NaN:\n%s", dump(set))
	}
	if set := Build(nil, nil, nil, Options{}); set == nil || len(set.Series) != 0 || set.JSON(nil).Series == nil {
		t.Errorf("empty story: %+v", set)
	}
}

func nan() float64 {
	var z float64
	return z / z
}

func TestStableAcrossReimport(t *testing.T) {
	// The same blocks imported again, with new store ids and an event added
	// before them: series ids, line ids and figure ids stay.
	first := []timeline.StoredEvent{
		ev(1, at(14, 9, 0), "The council said 7 people died.", fig{v: 7, metric: "died", source: "council", text: "7 people died", id: "fx"}),
	}
	second := []timeline.StoredEvent{
		ev(1, at(14, 8, 0), "Rain fell.", fig{v: 3, metric: "rainfall", unit: "inches", text: "3 inches"}),
		ev(2, at(14, 9, 0), "The council said 7 people died.", fig{v: 7, metric: "died", source: "council", text: "7 people died", id: "fx"}),
	}
	second[1].ID = 999
	a, b := Build(first, nil, nil, Options{}), Build(second, nil, nil, Options{})
	pa, pb := a.Get("deaths").Lines[0], b.Get("deaths").Lines[0]
	if pa.ID != pb.ID || pa.Points[0].FigureID != pb.Points[0].FigureID {
		t.Errorf("ids changed: %+v vs %+v", pa, pb)
	}
}

func TestStoredEvents(t *testing.T) {
	doc := &timeline.Document{Events: []timeline.Event{{Ordinal: 1, Text: "a"}, {Ordinal: 2, Text: "b"}}}
	se := StoredEvents(doc)
	if len(se) != 2 || se[1].Ordinal != 2 || se[0].Revision != 1 {
		t.Errorf("%+v", se)
	}
}

func TestPositionalFigureIDs(t *testing.T) {
	e := ev(3, at(15, 9, 0), "4 dead", fig{v: 4, metric: "dead", text: "4 dead"})
	e.Figures[0].ID = ""
	set := Build([]timeline.StoredEvent{e}, nil, nil, Options{})
	if id := set.Get("deaths").Lines[0].Points[0].FigureID; id != "e3.f0" {
		t.Errorf("figure id %q", id)
	}
}

// TestUntrackedCounts checks that counts of people that say nothing of what
// happened to them make no series (a town's population is not a toll), unless
// an editor moves one into a series.
func TestUntrackedCounts(t *testing.T) {
	events := []timeline.StoredEvent{
		ev(1, at(10, 9, 0), "The river rose toward Penmar, a town of about 6,000 people, the sheriff said.",
			fig{v: 6000, bound: timeline.BoundApprox, unit: "people", subject: "people", source: "sheriff", text: "about 6,000 people", id: "u1"}),
		ev(2, at(10, 12, 0), "Crews reached 23 people by noon, the sheriff said. Nine people were killed.",
			fig{v: 23, unit: "people", subject: "people", source: "sheriff", text: "23 people", id: "u2"},
			fig{v: 9, metric: "killed", unit: "people", subject: "people", source: "sheriff", text: "Nine people were killed", id: "k1"}),
	}
	set := Build(events, nil, nil, Options{})
	if s := set.Get("people"); s != nil {
		t.Errorf("untracked counts made a series: %+v", s.Lines)
	}
	if s := set.Get("deaths"); s == nil || s.Points() != 1 {
		t.Errorf("the toll beside them: %+v", s)
	}
	set = Build(events, nil, Overrides{{Kind: OverrideMove, FigureID: "u2", To: "rescued"}}, Options{})
	if s := set.Get("rescued"); s == nil || s.Points() != 1 || s.Lines[0].Points[0].Value != 23 {
		t.Errorf("an editor's move of an untracked count: %+v", s)
	}
}
