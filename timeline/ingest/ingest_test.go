package ingest

import (
	"strings"
	"testing"

	"factline/timeline"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		para string
		want blockKind
	}{
		{"Firefighters walk past a burned house in Linmoor, Pelland, Friday, Oct. 2, 2026. (AP Photo/Rita Vance)", bCaption},
		{"A man watches the river rise in Oster, Tuesday. (Photo by Jon Pike/Getty Images)", bCaption},
		{"Rescuers carry a child from the rubble. Photograph: Ada Moss/Reuters", bCaption},
		{"The mayor (right) spoke to reporters (via video link).", bPara},
		{"Click to Gallery", bBoiler},
		{"The Latest:", bBoiler},
		{"Associated Press writers Lena Ortiz in Oster and Tim Gale in Linmoor contributed.", bBoiler},
		{"AP writer Sam Holt contributed to this report.", bBoiler},
		{"Sign up for our morning newsletter", bBoiler},
		{"___", bBoiler},
		{"Jan. 14, 2026, 9:40 AM EST", bStamp},
		{"10:15 a.m.", bStamp},
		{"Updated 11:02 PM GMT", bStamp},
		{"Posted: Feb. 3, 2026", bStamp},
		{"At 10:15 a.m. the ministry said 4 people were hurt.", bPara},
		{"Floods cut off northern villages", bHeadline},
		{"The river crested at 9 meters on Tuesday, the agency said.", bPara},
	}
	for _, tt := range tests {
		got := classify([]string{tt.para})[0].kind
		if got != tt.want {
			t.Errorf("classify(%q) = %v, want %v", tt.para, got, tt.want)
		}
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		para string
		rest string // text after the dateline; "" for none
	}{
		{"OSTER, Pelland (AP) — The river rose.", "The river rose."},
		{"LINMOOR (Reuters) - Officials said.", "Officials said."},
		{"SÃO TOMÉ (AP) — Votes were counted.", "Votes were counted."},
		{"NEW HAVEN, Conn. — Police said.", "Police said."},
		{"OSTER — The mayor spoke.", "The mayor spoke."},
		{"The river rose (AP) — no dateline here.", ""},
		{"UN officials said — quietly — that", ""},
	}
	for _, tt := range tests {
		n := datelineEnd(tt.para)
		got := ""
		if n > 0 {
			got = tt.para[n:]
		}
		if got != tt.rest {
			t.Errorf("datelineEnd(%q) leaves %q, want %q", tt.para, got, tt.rest)
		}
	}
}

// A live page with no time stamps: updates separated by furniture and by ledes.
const latestPage = `Floodwaters recede in Pelland as toll rises
OSTER, Pelland (AP) — Floodwaters began to recede Tuesday across northern Pelland, where at least 31 people have died, the Interior Ministry said.
Rescue crews reached three cut-off villages by boat, the ministry said. Officials expect the toll to rise.
A family waits on a roof for rescue in Oster, Pelland, Monday, May 4, 2026. (AP Photo/Rita Vance)
The Latest:
The Pelland Red Cross said Tuesday it had opened 40 shelters for about 9,000 people.
Its director, Mara Quill, said the shelters were running short of drinking water.
She appealed for bottled water and blankets.
Prime Minister Oren Stade claimed Tuesday that the dams had held, offering no evidence.
Stade spoke to lawmakers in the capital.
Associated Press writer Tim Gale in Linmoor contributed.
Farmers in the south said the floods destroyed most of the spring harvest.
The agriculture ministry has not confirmed the losses.
A family waits on a roof for rescue in Oster, Pelland, Monday, May 4, 2026. (AP Photo/Rita Vance)`

func TestSegmentLivePage(t *testing.T) {
	doc, err := Parse([]byte(latestPage), timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "Floodwaters recede in Pelland as toll rises" {
		t.Errorf("title = %q", doc.Title)
	}
	var starts []string
	for _, e := range doc.Events {
		if e.Kind == timeline.KindUpdate && e.DuplicateOf == 0 {
			starts = append(starts, strings.Join(strings.Fields(e.Text)[:3], " "))
			if got := e.Time.String(); got != "2026-05-05" {
				t.Errorf("update %q dated %q, want 2026-05-05 (the Tuesday after the Monday caption)", starts[len(starts)-1], got)
			}
		}
	}
	want := []string{"OSTER, Pelland (AP)", "The Pelland Red", "Prime Minister Oren", "Farmers in the"}
	if strings.Join(starts, " | ") != strings.Join(want, " | ") {
		t.Errorf("updates start\n got %q\nwant %q", starts, want)
	}
	var caps, dups int
	for _, e := range doc.Events {
		if e.Kind == timeline.KindCaption {
			caps++
			if e.DuplicateOf != 0 {
				dups++
				if doc.Events[e.DuplicateOf-1].Text != e.Text {
					t.Errorf("caption e%d marked duplicate of a different text", e.Ordinal)
				}
			}
			if got := e.Time.String(); got != "2026-05-04" {
				t.Errorf("caption dated %q, want its own 2026-05-04", got)
			}
		}
	}
	if caps != 2 || dups != 1 {
		t.Errorf("captions %d (dups %d), want 2 (1)", caps, dups)
	}
}

func TestSegmentStamped(t *testing.T) {
	text := `Wildfire near Corvel: live updates

Aug. 3, 2026, 8:10 PM PDT

Evacuations ordered for Corvel Heights

Fire officials ordered 4,000 residents to leave on Monday night.

9:45 p.m.

The fire has burned 2,300 acres, Cal Fire said.

Aug. 4, 2026, 6:05 AM PDT

Crews held the line overnight.`
	doc, err := Parse([]byte(text), timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ups []timeline.Event
	for _, e := range doc.Events {
		if e.Kind == timeline.KindUpdate {
			ups = append(ups, e)
		}
	}
	if len(ups) != 3 {
		t.Fatalf("got %d updates, want 3: %+v", len(ups), doc.Events)
	}
	wantTimes := []string{"2026-08-04T03:10:00Z", "2026-08-04T04:45:00Z", "2026-08-04T13:05:00Z"}
	for i, e := range ups {
		if e.Time.String() != wantTimes[i] || e.Time.Precision != timeline.PrecisionMinute {
			t.Errorf("update %d time %q (%s), want %q minute", i, e.Time.String(), e.Time.Precision, wantTimes[i])
		}
		if e.Key == "" {
			t.Errorf("update %d has no key", i)
		}
	}
	if ups[0].Headline != "Evacuations ordered for Corvel Heights" {
		t.Errorf("headline = %q", ups[0].Headline)
	}
	if _, off := ups[1].Time.At.Zone(); off != -7*3600 {
		t.Errorf("bare clock lost the page's zone: offset %d", off)
	}
}

func TestPartsFarApart(t *testing.T) {
	text := `LINMOOR, Pelland (AP) — The council voted Thursday to close the old bridge.
Engineers said the bridge had failed two inspections.
The old bridge in Linmoor, Pelland, Thursday, April 2, 2026. (AP Photo/Rita Vance)
The old bridge in Linmoor, Pelland, Thursday, April 2, 2026. (AP Photo/Rita Vance)
Storm damage was reported Saturday across the western coast, officials said.
Power was cut to 12,000 homes.
Waves hit the harbor wall in Oster, Pelland, Saturday, Nov. 14, 2026. (AP Photo/Rita Vance)`
	doc, err := Parse([]byte(text), timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Parts) != 2 {
		t.Fatalf("got %d parts, want 2", len(doc.Parts))
	}
	if !doc.FarApartParts() {
		t.Errorf("parts dated %s and %s should be far apart", doc.Parts[0].Date, doc.Parts[1].Date)
	}
	if doc.Parts[0].Date.String() != "2026-04-02" || doc.Parts[1].Date.String() != "2026-11-14" {
		t.Errorf("part dates %s, %s", doc.Parts[0].Date, doc.Parts[1].Date)
	}
	for _, e := range doc.Events {
		if e.Kind == timeline.KindUpdate && e.DuplicateOf == 0 && e.Time.String() != doc.Parts[e.Part].Date.String() {
			t.Errorf("update e%d dated %s, its part %s", e.Ordinal, e.Time, doc.Parts[e.Part].Date)
		}
	}
}

func TestPublishedWins(t *testing.T) {
	pub, _ := timeline.ParsePublished("2026-06-10")
	doc, err := Parse([]byte("The court ruled Monday that the law stands, the judge said.\nLawyers said they would appeal."), timeline.Options{Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Events[0].Time.String(); got != "2026-06-10" {
		t.Errorf("time %q, want the published date", got)
	}
}

func TestArticleStaysOneUpdate(t *testing.T) {
	text := `OSTER, Pelland (AP) — Pelland's parliament passed a budget late Wednesday.
The National Treasury said the plan would cut spending by 4%.
Opposition leader Ivo Marsh said the cuts would hurt schools.
The Farmers Union, which backs the government, welcomed the vote on Thursday.`
	doc, err := Parse([]byte(text), timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := countKind(doc, timeline.KindUpdate); n != 1 {
		t.Errorf("an article with one dateline gave %d updates, want 1", n)
	}
}

func countKind(doc *timeline.Document, k timeline.Kind) int {
	n := 0
	for _, e := range doc.Events {
		if e.Kind == k && e.DuplicateOf == 0 {
			n++
		}
	}
	return n
}

func TestDetect(t *testing.T) {
	for in, want := range map[string]timeline.Format{
		"  {\"events\":[]}":       timeline.FormatJSON,
		"[{\"text\":\"x\"}]":      timeline.FormatJSON,
		"<!doctype html><p>x</p>": timeline.FormatHTML,
		"\ufeff<html>":            timeline.FormatHTML,
		"OSTER (AP) — Text.":      timeline.FormatText,
	} {
		if got := Detect([]byte(in)); got != want {
			t.Errorf("Detect(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestStampForms(t *testing.T) {
	tests := []struct {
		line string
		ok   bool
	}{
		{"Updated: 11:02 p.m. ET, Jan. 14, 2026", true},
		{"Tuesday 3 March 2026 14.05 GMT", true},
		{"14:05", true},
		{"3 hours ago", true},
		{"45m ago", true},
		{"Just now", true},
		{"Jan. 14, 2026", true},
		{"Three hours ago the bridge fell", false},
		{"9:40 AM EST: the bridge fell", false},
	}
	for _, tt := range tests {
		if _, ok := stampLine(tt.line); ok != tt.ok {
			t.Errorf("stampLine(%q) = %v, want %v", tt.line, ok, tt.ok)
		}
	}
}

func TestAgoStampsUsePublishedTime(t *testing.T) {
	pub, _ := timeline.ParsePublished("2026-07-01T18:00:00Z")
	doc, err := Parse([]byte("2 hours ago\n\nThe ferry docked safely, the coast guard said.\n\n10 min ago\n\nPassengers were taken to hospital."), timeline.Options{Published: pub})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range doc.Events {
		got = append(got, e.Time.String())
	}
	if strings.Join(got, ",") != "2026-07-01T16:00:00Z,2026-07-01T17:50:00Z" {
		t.Errorf("times %v", got)
	}
}

func TestInlineStampsAndBylines(t *testing.T) {
	text := "Quake in Norvia: live updates\nBy ANA RUIZ and TOMAS BRELL\nJan 9, 2026 08:15 GMT — A strong quake shook the capital, the seismology office said.\n10:40 GMT: Rescuers pulled 3 people from a collapsed school, officials said.\nThe school had 200 pupils."
	doc, err := Parse([]byte(text), timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ups []timeline.Event
	for _, e := range doc.Events {
		if e.Kind == timeline.KindUpdate {
			ups = append(ups, e)
		}
	}
	if len(ups) != 2 {
		t.Fatalf("got %d updates: %+v", len(ups), doc.Events)
	}
	if !strings.HasPrefix(ups[0].Text, "A strong quake") || ups[0].Time.String() != "2026-01-09T08:15:00Z" {
		t.Errorf("first update %q at %s", ups[0].Text, ups[0].Time)
	}
	if ups[1].Time.String() != "2026-01-09T10:40:00Z" || !strings.Contains(ups[1].Text, "200 pupils") {
		t.Errorf("second update %q at %s", ups[1].Text, ups[1].Time)
	}
	if doc.Events[0].Kind != timeline.KindBoilerplate {
		t.Errorf("byline not boilerplate: %+v", doc.Events[0])
	}
}

// TestLedeAfterShortUpdate checks two rules of prose pages without time
// lines: a person to whom something happened ("A volunteer was injured")
// starts an update even after a one-paragraph update, where a person who
// speaks ("A volunteer said") would not; and a named official whose role the
// update gave unnamed ("the town's mayor") continues it.
func TestLedeAfterShortUpdate(t *testing.T) {
	page := `Voters in Ostrava Bay chose a new regional council on Sunday, with the Green League taking 40% of the vote.

The Latest:

Police in Ostrava Bay detained 30 people after scuffles outside the counting hall on Monday.

The Green League won 18 of the 45 council seats, according to results released by the election office on Monday.

A 19-year-old volunteer was injured when a stage collapsed at a rally in the port of Marn, the town's mayor said Monday.

Mayor Ilse Varn said the stage had not been inspected. The organizers said it had passed safety checks.
`
	want := []string{"Voters in Ostrava", "Police in Ostrava", "The Green League", "A 19-year-old volunteer"}
	if got := updateStarts(t, page); strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("updates start\n got %q\nwant %q", got, want)
	}
	// the same paragraph with a speaking volunteer answers the update before
	voice := strings.Replace(page, "A 19-year-old volunteer was injured when a stage collapsed at a rally in the port of Marn, the town's mayor said Monday.",
		"A volunteer at the counting hall said the results were announced late because of a power cut.", 1)
	voice = strings.Replace(voice, "Mayor Ilse Varn said the stage had not been inspected. The organizers said it had passed safety checks.\n", "", 1)
	want = []string{"Voters in Ostrava", "Police in Ostrava", "The Green League"}
	if got := updateStarts(t, voice); strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("with a speaking volunteer, updates start\n got %q\nwant %q", got, want)
	}
}

func updateStarts(t *testing.T, page string) []string {
	t.Helper()
	doc, err := Parse([]byte(page), timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var starts []string
	for _, e := range doc.Events {
		if e.Kind == timeline.KindUpdate && e.DuplicateOf == 0 {
			starts = append(starts, strings.Join(strings.Fields(e.Text)[:3], " "))
		}
	}
	return starts
}

// TestNewSubjectsWithoutStamps checks ledes on a page without time lines: a
// subject that shares only a word of another name ("Northern" of a ship's
// name) is new, and a newly named head of state starts an update even after
// a one-paragraph item, while a minister answering it does not.
func TestNewSubjectsWithoutStamps(t *testing.T) {
	page := `Rebels seized the tanker Northern Dawn 3 off the Tarvik coast on Monday, the port authority said.

The Latest:

The security firm Halvard Risk said radar showed the Northern Dawn 3 was in open water. Tarvik's navy rejected that account.

Freight insurers raised premiums for the route, according to Halvard.

Brent Northern futures rose 3% to $88 a barrel in early trading.

Traders at Osk Bank wrote that prices could climb further if talks stall.

Dozens of people rallied outside the Tarvik consulate in Velm on Monday night, waving flags.

Tarvik President Ilan Resko said on Monday night that the crew would be released once an inquiry ended.
`
	want := []string{"Rebels seized the", "The security firm", "Brent Northern futures", "Dozens of people", "Tarvik President Ilan"}
	if got := updateStarts(t, page); strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("updates start\n got %q\nwant %q", got, want)
	}
	// a minister named for the first time answers the item before
	minister := strings.Replace(page, "Tarvik President Ilan Resko said", "Tarvik Interior Minister Ilan Resko said", 1)
	want = []string{"Rebels seized the", "The security firm", "Brent Northern futures", "Dozens of people"}
	if got := updateStarts(t, minister); strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("with a minister, updates start\n got %q\nwant %q", got, want)
	}
}

func TestFieldCount(t *testing.T) {
	for _, s := range []string{"", " ", "one", "  two  words ", "tab\tand\u00a0nbsp and\nnewline", "a b c d e f g h i j k l m n o p q r s t u v"} {
		want := min(len(strings.Fields(s)), 19)
		if got := fieldCount(s, 19); got != want {
			t.Errorf("fieldCount(%q) = %d, want %d", s, got, want)
		}
	}
}
