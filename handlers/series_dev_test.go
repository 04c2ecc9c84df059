package handlers

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"factline/timeline/series"
)

// The development documents are not part of the project: these tests read
// them from ../shared/eval/dev and skip without them, except in CI.
func devDocument(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "shared", "eval", "dev", name))
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("development document %s missing (CI=true): %v", name, err)
		}
		t.Skipf("development document %s not found (%v); skipping", name, err)
	}
	return b
}

// importDev imports a development document into a story of its own through
// the API, the real pipeline and a real store.
func importDev(t *testing.T, srv *testServer, slug, name, contentType string) {
	t.Helper()
	doc := devDocument(t, name)
	srv.mustCreateStory(t, slug, name)
	status, body, _ := srv.do(t, "POST", "/api/v1/stories/"+slug+"/imports", contentType, strings.NewReader(string(doc)), nil)
	if status != 201 {
		t.Fatalf("import %s: %d %s", name, status, body)
	}
}

// localPoints is a line's points as "value bound day event", the day being
// the page's own (a minute-precision time's date in the source's zone).
func localPoints(ps []series.PointJSON) []string {
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		day := ""
		switch {
		case p.AsOfLocal != nil:
			day = (*p.AsOfLocal)[:10]
		case p.AsOf != nil:
			day = (*p.AsOf)[:10]
		}
		out = append(out, strconv.FormatFloat(p.Value, 'f', -1, 64)+" "+string(p.Bound)+" "+day+" "+p.Event)
	}
	return out
}

func flagsOfKind(s *seriesOut, k series.FlagKind) []series.FlagJSON {
	var out []series.FlagJSON
	for _, f := range s.Flags {
		if f.Kind == k {
			out = append(out, f)
		}
	}
	return out
}

// valuesOf is the values of a series' points and context items with the
// ids, sorted, repeats removed.
func valuesOf(s *seriesOut, ids []string) []float64 {
	var out []float64
	for _, l := range s.Lines {
		for _, p := range append(slices.Clone(l.Points), s.Context...) {
			if slices.Contains(ids, p.FigureID) {
				out = append(out, p.Value)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// checkEventLinks checks that every point of a series links to the update
// whose text holds its wording.
func checkEventLinks(t *testing.T, srv *testServer, slug string, s *seriesOut) {
	t.Helper()
	text := map[string]string{}
	for _, e := range eventsOf(t, srv, slug).Events {
		text[e.ID] = e.Text
	}
	for _, l := range s.Lines {
		for _, p := range append(slices.Clone(l.Points), s.Context...) {
			if p.EventURL != "/stories/"+slug+"#"+p.Event || !strings.Contains(text[p.Event], p.Text) {
				t.Errorf("%s point %v (%q) links to %s, whose text does not hold it", s.ID, p.Value, p.Text, p.EventURL)
			}
		}
	}
}

func wantLine(t *testing.T, s *seriesOut, source string, want []string) {
	t.Helper()
	if s == nil {
		t.Errorf("no series for the %s line", source)
		return
	}
	l := lineBySource(s, source)
	if l == nil {
		var have []string
		for _, l := range s.Lines {
			have = append(have, l.Label)
		}
		t.Errorf("%s: no line for %s (lines %q)", s.ID, source, have)
		return
	}
	if got := localPoints(l.Points); !slices.Equal(got, want) {
		t.Errorf("%s, %s:\n got %q\nwant %q", s.ID, source, got, want)
	}
}

// TestDevMineSeries is issue 4's acceptance test for the mine collapse: the
// rising toll per source, the disagreement between the ministry and the
// union on Jan. 16, the 12 rescuers as part of the 41, the two more bodies as
// a change, and no other check.
func TestDevMineSeries(t *testing.T) {
	srv := newTestServer(t, nil)
	importDev(t, srv, "mine", "mine-collapse.txt", "text/plain")
	set := seriesOf(t, srv, "mine")
	const ministry, union = "Ministry of Mines and Energy", "Federation of Tarvanian Mineworkers"
	deaths := seriesByID(set, "deaths")
	if deaths == nil {
		t.Fatalf("no deaths series: %+v", set.Series)
	}
	if !deaths.Cumulative || deaths.Unit != "people" || len(deaths.Lines) != 2 {
		t.Errorf("deaths: cumulative %v, unit %q, %d lines (want the ministry's and the union's)", deaths.Cumulative, deaths.Unit, len(deaths.Lines))
	}
	wantLine(t, deaths, ministry, []string{
		"17 at_least 2026-01-14 e1", "31 exact 2026-01-15 e4", "41 exact 2026-01-15 e6", "44 exact 2026-01-16 e7", "46 exact 2026-01-16 e9",
	})
	// The union's leader speaks for it: her "at least 23" opens its line.
	// Its last update repeats the 52 in her words: a point or not.
	if l := lineBySource(deaths, union); l != nil && len(l.Points) == 3 {
		wantLine(t, deaths, union, []string{"23 at_least 2026-01-14 e2", "52 exact 2026-01-16 e7", "52 exact 2026-01-16 e9"})
	} else {
		wantLine(t, deaths, union, []string{"23 at_least 2026-01-14 e2", "52 exact 2026-01-16 e7"})
	}

	dis := flagsOfKind(deaths, series.FlagDisagree)
	if len(dis) != 1 {
		t.Errorf("%d disagreements, want the one of Jan. 16: %+v", len(dis), deaths.Flags)
	} else if got := valuesOf(deaths, dis[0].Figures); dis[0].Day != "2026-01-16" || !slices.Equal(got, []float64{44, 46, 52}) ||
		!slices.Equal(dis[0].Sources, []string{ministry, union}) {
		t.Errorf("disagreement on %s between %q: %v, want Jan. 16, the ministry's 44 and 46 against the union's 52", dis[0].Day, dis[0].Sources, got)
	}
	if n := len(deaths.Flags); n != 1 {
		t.Errorf("deaths: %d flags, want only the disagreement: %+v", n, deaths.Flags)
	}

	var part, incr *series.PointJSON
	for i := range deaths.Context {
		switch c := &deaths.Context[i]; {
		case c.Value == 12 && c.Role == "part":
			part = c
		case c.Value == 2 && c.Role == "increment":
			incr = c
		}
	}
	forty1 := pointWith(deaths, 41)
	if part == nil || forty1 == nil || part.Of != forty1.FigureID || part.Event != "e6" {
		t.Errorf("12 rescuers not a part of the 41: %+v", deaths.Context)
	}
	if incr == nil || incr.Event != "e9" {
		t.Errorf("two more bodies not a change: %+v", deaths.Context)
	}
	if r := seriesByID(set, "deaths.rescuers"); r == nil || r.Parent != "deaths" {
		t.Errorf("deaths.rescuers: %+v", r)
	} else {
		wantLine(t, r, ministry, []string{"12 exact 2026-01-15 e6"})
	}

	// People missing and trapped are levels: no fall to flag, each source
	// its own line.
	missing, trapped := seriesByID(set, "missing"), seriesByID(set, "trapped")
	wantLine(t, missing, ministry, []string{"40 exact 2026-01-15 e4"})
	wantLine(t, missing, union, []string{"60 more_than 2026-01-14 e2"})
	wantLine(t, trapped, ministry, []string{"24 at_least 2026-01-14 e1"})
	wantLine(t, trapped, union, []string{"12 exact 2026-01-15 e5"})
	for _, s := range []*seriesOut{missing, trapped} {
		if s != nil && (s.Cumulative || len(s.Flags) > 0) {
			t.Errorf("%s: cumulative %v, flags %+v", s.ID, s.Cumulative, s.Flags)
		}
	}
	if len(set.Flags) != 1 {
		t.Errorf("story flags: %d, want only the deaths disagreement: %+v", len(set.Flags), set.Flags)
	}
	checkEventLinks(t, srv, "mine", deaths)

	// The story page's key figures lead with the toll, flagged.
	d, _ := srv.page(t, "/stories/mine")
	first := d.Find(`[data-testid="key-figure-group"]`).First()
	if text(first.Find("th a")) != "Deaths" {
		t.Errorf("key figures start with %q", text(first.Find("th a")))
	}
	first.Find(`[data-testid="key-figure"]`).Each(func(_ int, s *goquery.Selection) {
		if s.Find(`[data-flag="sources_disagree"]`).Length() != 1 {
			t.Errorf("key figure %q: no disagreement badge", text(s))
		}
	})
}

// TestDevStormSeries is the acceptance test for the storm: the emergency
// office's toll corrected from nine to six, flagged as a cumulative count
// that fell, its breakdowns and the restated nine as context, and the power
// outages as a level that may fall.
func TestDevStormSeries(t *testing.T) {
	srv := newTestServer(t, nil)
	importDev(t, srv, "storm", "storm.html", "text/html")
	set := seriesOf(t, srv, "storm")
	const office = "Emergency Management Office"
	deaths := seriesByID(set, "deaths")
	if deaths == nil {
		t.Fatalf("no deaths series: %+v", set.Series)
	}
	// 7:20 p.m. EST on Sept. 23 is Sept. 24 in UTC: the page's date is kept.
	wantLine(t, deaths, office, []string{"9 exact 2025-09-23 e4", "6 exact 2025-09-24 e7"})
	if len(deaths.Lines) != 1 {
		t.Errorf("deaths: %d lines, want the office's only", len(deaths.Lines))
	}
	fell := flagsOfKind(deaths, series.FlagFell)
	nine, six := pointWith(deaths, 9), pointWith(deaths, 6)
	if len(fell) != 1 || nine == nil || six == nil || !slices.Equal(fell[0].Figures, []string{nine.FigureID, six.FigureID}) ||
		!strings.Contains(fell[0].Message, "fell from 9") || !strings.Contains(fell[0].Message, "to 6") {
		t.Errorf("fall flags %+v, want one from the 9 to the 6", fell)
	}
	if len(deaths.Flags) != 1 || len(set.Flags) != 1 {
		t.Errorf("flags: deaths %+v, story %d; want only the fall", deaths.Flags, len(set.Flags))
	}
	var roles []string
	for _, c := range deaths.Context {
		roles = append(roles, c.Role+" "+strconv.FormatFloat(c.Value, 'g', -1, 64)+" "+c.Event)
	}
	slices.Sort(roles)
	// Four killed by trees and two drowned are parts of the nine; "to six
	// from nine" restates the nine; two drownings remain among the six;
	// three deaths counted twice are not a point.
	for _, want := range []string{"part 2 e4", "part 4 e4", "part 2 e7", "restated 9 e7"} {
		if !slices.Contains(roles, want) {
			t.Errorf("context lacks %q: %q", want, roles)
		}
	}
	for _, c := range deaths.Context {
		if c.Role == "part" && c.Event == "e4" && c.Of != nine.FigureID {
			t.Errorf("part %v of %s, want of the nine", c.Value, c.Of)
		}
	}

	out := seriesByID(set, "without_power.customers")
	wantLine(t, out, "Brightwater Electric", []string{"640000 more_than 2025-09-23 e3", "1200000 more_than 2025-09-23 e4", "980000 approx 2025-09-24 e6"})
	if out != nil && (out.Cumulative || len(out.Flags) > 0) {
		t.Errorf("outages are a level that may fall: cumulative %v, flags %+v", out.Cumulative, out.Flags)
	}
	checkEventLinks(t, srv, "storm", deaths)

	// The series page says the toll fell, and why that matters.
	d, _ := srv.page(t, "/stories/storm/series/deaths")
	f := d.Find(`[data-testid="flag"][data-flag="cumulative_fell"]`)
	if f.Length() != 1 || !strings.Contains(text(f), "only add up") {
		t.Errorf("fall not explained on the page: %q", text(f))
	}
}
