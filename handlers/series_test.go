package handlers

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"factline/timeline"
	"factline/timeline/series"
)

// The quarry story is invented for these tests: a coroner and a volunteer
// group report a death toll differently, the coroner's count falls, a
// breakdown gives two children, rescuers give a range of people missing.
const (
	quarry1 = "The county coroner said three people were killed when the quarry wall gave way."
	quarry2 = "Volunteers said at least seven people had died, a figure that could not be verified."
	quarry3 = "The coroner said six people were killed, including two children. Rescuers said 9 to 12 people were missing."
	quarry4 = "The coroner lowered the toll to five from six after a body was counted twice."
	quarry5 = "Volunteers said at least 11 people had died."
)

const (
	coroner    = "Dunmore County Coroner"
	volunteers = "Dunmore Volunteers"
	rescuers   = "Dunmore Rescue Service"
)

// quarryDoc is the story as an extractor would give it. Roles are left
// undecided except where the extractor knows (the restated six), so the
// import decides the rest.
func quarryDoc(t testing.TB, v2 bool) *timeline.Document {
	t.Helper()
	fig := func(text, phrase string, v float64, b timeline.Bound, metric, src string) timeline.Figure {
		s, e := offsets(t, text, phrase)
		f := timeline.Figure{ID: "q-" + phrase, Value: v, Low: fptr(v), Bound: b, Unit: "people", Metric: metric,
			Source: src, Text: phrase, Start: s, End: e, PartOf: -1}
		return f
	}
	missing := fig(quarry3, "9 to 12 people were missing", 9, timeline.BoundRange, "missing", rescuers)
	missing.High = fptr(12)
	children := fig(quarry3, "two children", 2, timeline.BoundExact, "killed", coroner)
	children.Subject = "children"
	lowered, toll, phrase := quarry4, 5.0, "toll to five"
	if v2 {
		// The newer copy corrects the correction.
		lowered, toll, phrase = strings.Replace(quarry4, "to five", "to four", 1), 4, "toll to four"
	}
	restated := fig(lowered, "six", 6, timeline.BoundExact, "killed", coroner)
	restated.Role = timeline.RoleRestated
	five := fig(lowered, phrase, toll, timeline.BoundExact, "killed", coroner)
	return &timeline.Document{
		Title: "Quarry collapse in Dunmore",
		Events: []timeline.Event{
			{Ordinal: 1, Kind: timeline.KindUpdate, Time: at(13, 9, 40), Headline: "Coroner confirms deaths", Text: quarry1, Key: "q1",
				Figures: []timeline.Figure{fig(quarry1, "three people were killed", 3, timeline.BoundExact, "killed", coroner)}},
			{Ordinal: 2, Kind: timeline.KindUpdate, Time: at(13, 14, 5), Headline: "Volunteers give a higher toll", Text: quarry2, Key: "q2",
				Figures: []timeline.Figure{fig(quarry2, "at least seven people had died", 7, timeline.BoundAtLeast, "died", volunteers)}},
			{Ordinal: 3, Kind: timeline.KindUpdate, Time: at(14, 8, 0), Headline: "Toll doubles", Text: quarry3, Key: "q3",
				Figures: []timeline.Figure{fig(quarry3, "six people were killed", 6, timeline.BoundExact, "killed", coroner), children, missing}},
			{Ordinal: 4, Kind: timeline.KindUpdate, Time: at(14, 16, 30), Headline: "Coroner corrects the count", Text: lowered, Key: "q4",
				Figures: []timeline.Figure{five, restated}},
			{Ordinal: 5, Kind: timeline.KindUpdate, Time: at(14, 17, 0), Headline: "Volunteers raise their count", Text: quarry5, Key: "q5",
				Figures: []timeline.Figure{fig(quarry5, "at least 11 people had died", 11, timeline.BoundAtLeast, "died", volunteers)}},
		},
		Entities: []timeline.Entity{
			{Name: coroner, Kind: timeline.SpeakerGovernment, Aliases: []string{"the coroner", "county coroner"}},
			{Name: volunteers, Kind: timeline.SpeakerOrganization},
		},
	}
}

// newQuarryServer serves the quarry story, imported through the form.
func newQuarryServer(t *testing.T) *testServer {
	t.Helper()
	srv := newTestServer(t, fixedPipeline{func(raw []byte) *timeline.Document {
		return quarryDoc(t, strings.Contains(string(raw), "v2"))
	}})
	mustImportViaForm(t, srv, url.Values{"title": {"Quarry collapse"}, "slug": {"quarry"}, "document": {"quarry page v1"}, "format": {"auto"}})
	return srv
}

// seriesOf fetches a story's series through the API.
func seriesOf(t *testing.T, srv *testServer, slug string) storySeriesOut {
	t.Helper()
	status, body, _ := srv.do(t, "GET", "/api/v1/stories/"+slug+"/series", "", nil, nil)
	if status != 200 {
		t.Fatalf("series: %d %s", status, body)
	}
	var out storySeriesOut
	if err := json.Unmarshal([]byte(body), &out); err != nil {
		t.Fatalf("decode series: %v", err)
	}
	return out
}

func seriesByID(set storySeriesOut, id string) *seriesOut {
	for i := range set.Series {
		if set.Series[i].ID == id {
			return &set.Series[i]
		}
	}
	return nil
}

func lineBySource(s *seriesOut, source string) *series.LineJSON {
	for i := range s.Lines {
		if l := &s.Lines[i]; l.Source != nil && *l.Source == source {
			return l
		}
	}
	return nil
}

// pointsText is a line's points as "value bound day event", for messages
// and exact comparison.
func pointsText(ps []series.PointJSON) []string {
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		day := ""
		if p.AsOf != nil {
			day = (*p.AsOf)[:10]
		}
		out = append(out, strconv.FormatFloat(p.Value, 'f', -1, 64)+" "+string(p.Bound)+" "+day+" "+p.Event)
	}
	return out
}

func flagKinds(fs []series.FlagJSON) []string {
	var out []string
	for _, f := range fs {
		out = append(out, string(f.Kind))
	}
	slices.Sort(out)
	return out
}

// TestSeriesAPIQuarry reads the quarry story's series through the API: one
// line per source in as-of order, context apart, the checks, stable ids and
// event links that lead to the right update.
func TestSeriesAPIQuarry(t *testing.T) {
	srv := newQuarryServer(t)
	set := seriesOf(t, srv, "quarry")
	deaths := seriesByID(set, "deaths")
	if deaths == nil {
		t.Fatalf("no deaths series: %+v", set.Series)
	}
	if deaths.APIID != "quarry~deaths" || deaths.URL != "/api/v1/series/quarry~deaths" || deaths.PageURL != "/stories/quarry/series/deaths" ||
		deaths.CSVURL != "/api/v1/series/quarry~deaths?format=csv" || deaths.Story != "quarry" {
		t.Errorf("ids and links: %+v", deaths)
	}
	for _, tc := range []struct {
		source string
		want   []string
	}{
		{coroner, []string{"3 exact 2026-10-13 e1", "6 exact 2026-10-14 e3", "5 exact 2026-10-14 e4"}},
		{volunteers, []string{"7 at_least 2026-10-13 e2", "11 at_least 2026-10-14 e5"}},
	} {
		l := lineBySource(deaths, tc.source)
		if l == nil {
			t.Errorf("no line for %s: %+v", tc.source, deaths.Lines)
			continue
		}
		if got := pointsText(l.Points); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q, want %q", tc.source, got, tc.want)
		}
	}
	if len(deaths.Lines) != 2 {
		t.Errorf("%d lines, want the coroner's and the volunteers'", len(deaths.Lines))
	}
	var ctx []string
	for _, c := range deaths.Context {
		ctx = append(ctx, c.Role+" "+strconv.FormatFloat(c.Value, 'g', -1, 64)+" "+c.Event)
	}
	slices.Sort(ctx)
	if want := []string{"part 2 e3", "restated 6 e4"}; !slices.Equal(ctx, want) {
		t.Errorf("context %q, want %q", ctx, want)
	}
	// Sources disagree on both days; the coroner's count fell from 6 to 5.
	if got, want := flagKinds(deaths.Flags), []string{"cumulative_fell", "sources_disagree", "sources_disagree"}; !slices.Equal(got, want) {
		t.Errorf("flags %q, want %q", got, want)
	}
	if m := seriesByID(set, "missing"); m == nil || len(m.Lines) != 1 || len(m.Lines[0].Points) != 1 {
		t.Errorf("missing series: %+v", m)
	} else if p := m.Lines[0].Points[0]; p.Bound != timeline.BoundRange || p.Low == nil || *p.Low != 9 || p.High == nil || *p.High != 12 {
		t.Errorf("missing range %+v", p)
	}

	// Every point's event link names the update its wording comes from.
	events := eventsOf(t, srv, "quarry")
	text := map[string]string{}
	for _, e := range events.Events {
		text[e.ID] = e.Text
	}
	for _, l := range deaths.Lines {
		for _, p := range append(slices.Clone(l.Points), deaths.Context...) {
			if p.EventURL != "/stories/quarry#"+p.Event || !strings.Contains(text[p.Event], p.Text) {
				t.Errorf("point %s links to %s (%q), whose text lacks %q", p.FigureID, p.EventURL, text[p.Event], p.Text)
			}
		}
	}

	// The series alone, as JSON and as CSV with a header row.
	status, body, _ := srv.do(t, "GET", deaths.URL, "", nil, nil)
	var one seriesOut
	if status != 200 || json.Unmarshal([]byte(body), &one) != nil || one.ID != "deaths" || len(one.Lines) != 2 {
		t.Fatalf("series JSON: %d %s", status, body)
	}
	status, body, res := srv.do(t, "GET", deaths.CSVURL, "", nil, nil)
	if status != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/csv") {
		t.Fatalf("CSV: %d %s %s", status, res.Header.Get("Content-Type"), body)
	}
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rows[0], series.CSVHeader()) || len(rows) != 1+5+2 {
		t.Fatalf("CSV rows %q", rows)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	first := rows[1]
	for k, want := range map[string]string{"series_id": "deaths", "source": coroner, "as_of": "2026-10-13T15:40:00Z", "value": "3",
		"bound": "exact", "role": "value", "event": "e1", "event_url": "/stories/quarry#e1", "text": "three people were killed"} {
		if first[col[k]] != want {
			t.Errorf("CSV %s = %q, want %q", k, first[col[k]], want)
		}
	}
	if r := rows[len(rows)-1]; r[col["role"]] == "value" {
		t.Errorf("context rows come last: %q", r)
	}
}

// TestSeriesPage checks the page of one series: its chart and table hold
// the same figures, each point links to its update, bounds and ranges are
// drawn as such, and the checks are explained.
func TestSeriesPage(t *testing.T) {
	srv := newQuarryServer(t)
	d, status := srv.page(t, "/stories/quarry/series/deaths")
	if status != 200 {
		t.Fatalf("status %d", status)
	}
	if got := text(d.Find(`[data-testid="series-title"]`)); got != "Deaths" {
		t.Errorf("title %q", got)
	}
	svg := d.Find(`[data-testid="chart"] svg.chart`)
	if svg.Length() != 1 {
		t.Fatalf("%d charts", svg.Length())
	}
	table := d.Find(`table[data-testid="points-table"]`)
	tableID, _ := table.Attr("id")
	if tableID == "" || svg.AttrOr("aria-describedby", "") != tableID || svg.AttrOr("role", "") != "img" {
		t.Errorf("chart and table not tied: table id %q, chart described by %q", tableID, svg.AttrOr("aria-describedby", ""))
	}
	if svg.Find("title").First().Text() != "Deaths" || !strings.Contains(svg.Find("desc").Text(), "5 figures from 2 sources") {
		t.Errorf("text alternative: %q / %q", svg.Find("title").First().Text(), svg.Find("desc").Text())
	}
	// The pages' Content-Security-Policy refuses inline styles: the chart
	// must carry none, its rules are in the stylesheet.
	if _, ok := svg.Attr("style"); ok || svg.Find("style").Length() > 0 {
		t.Error("the chart carries inline style")
	}

	chartPoints := map[string]string{}
	svg.Find("a.point").Each(func(_ int, s *goquery.Selection) {
		chartPoints[s.AttrOr("data-point", "")] = s.AttrOr("data-value", "") + " " + s.AttrOr("href", "")
	})
	tablePoints := map[string]string{}
	table.Find("tbody tr").Each(func(_ int, s *goquery.Selection) {
		tablePoints[s.AttrOr("data-figure", "")] = s.AttrOr("data-value", "") + " " + s.Find(`[data-testid="event-link"]`).AttrOr("href", "")
	})
	if len(chartPoints) != 5 || len(tablePoints) != 5 {
		t.Errorf("%d chart points and %d table rows, want 5 each", len(chartPoints), len(tablePoints))
	}
	for id, v := range chartPoints {
		if tablePoints[id] != v {
			t.Errorf("point %s: chart %q, table %q", id, v, tablePoints[id])
		}
	}
	// At least 7 and at least 11 carry an upward caret; the flagged points
	// a ring.
	if n := svg.Find("a.point path.bound-lower").Length(); n != 2 {
		t.Errorf("%d lower-bound carets, want 2", n)
	}
	if svg.Find("a.point.flagged").Length() == 0 || svg.Find(".legend-item").Length() < 2 {
		t.Error("no flagged point or no legend")
	}
	// Rows in as-of order, with the value as a reader says it.
	var values []string
	table.Find("tbody tr td.num").Each(func(_ int, s *goquery.Selection) { values = append(values, text(s)) })
	if want := []string{"3", "at least 7", "6", "5", "at least 11"}; !slices.Equal(values, want) {
		t.Errorf("table values %q, want %q", values, want)
	}

	// Each point's link leads to its update on the story page.
	story, _ := srv.page(t, "/stories/quarry")
	table.Find(`[data-testid="event-link"]`).Each(func(_ int, s *goquery.Selection) {
		href := s.AttrOr("href", "")
		anchor := strings.TrimPrefix(href, "/stories/quarry#")
		wording := strings.Trim(text(s.Closest("tr").Find("td.wording")), "“”")
		ev := story.Find("#" + anchor)
		if anchor == href || ev.Length() != 1 || !strings.Contains(text(ev.Find(`[data-testid="event-text"]`)), wording) {
			t.Errorf("link %s does not lead to the update saying %q", href, wording)
		}
	})

	// Context apart, with what it goes with.
	ctxRows := d.Find(`table[data-testid="context-table"] tbody tr`)
	if ctxRows.Length() != 2 {
		t.Errorf("%d context rows, want 2", ctxRows.Length())
	}
	part := ctxRows.FilterFunction(func(_ int, s *goquery.Selection) bool { return s.AttrOr("data-role", "") == "part" })
	if !strings.Contains(text(part), "Part of a total") || part.Find("a.of").AttrOr("href", "") != "#p-"+tableRowID(table, "6") {
		t.Errorf("part row %q links to %q", text(part), part.Find("a.of").AttrOr("href", ""))
	}

	// The checks, explained, linking to the figures involved.
	var kinds []string
	d.Find(`[data-testid="flag"]`).Each(func(_ int, s *goquery.Selection) {
		kinds = append(kinds, s.AttrOr("data-flag", ""))
		if text(s.Find(".hint")) == "" || s.Find(".flag-points a").Length() < 2 {
			t.Errorf("flag %s unexplained or without its figures: %q", s.AttrOr("data-flag", ""), text(s))
		}
	})
	slices.Sort(kinds)
	if !slices.Equal(kinds, []string{"cumulative_fell", "sources_disagree", "sources_disagree"}) {
		t.Errorf("flags %q", kinds)
	}
	if fell := text(d.Find(`[data-flag="cumulative_fell"] p`).First()); !strings.Contains(fell, "fell from 6") || !strings.Contains(fell, "to 5") {
		t.Errorf("fall flag %q", fell)
	}

	// The range of people missing is drawn as a band.
	m, _ := srv.page(t, "/stories/quarry/series/missing")
	if m.Find("svg.chart a.point rect.range").Length() != 1 {
		t.Error("the range is not drawn as a band")
	}
	for _, path := range []string{"/stories/quarry/series/nothing", "/stories/nowhere/series/deaths", "/stories/nowhere/series"} {
		if _, status := srv.page(t, path); status != 404 {
			t.Errorf("%s: status %d, want 404", path, status)
		}
	}
}

// tableRowID is the figure id of the table row whose value is v.
func tableRowID(table *goquery.Selection, v string) string {
	return table.Find(`tbody tr[data-value="`+v+`"]`).AttrOr("data-figure", "")
}

// TestKeyFigures checks the story page's overview of its tracked numbers.
func TestKeyFigures(t *testing.T) {
	srv := newQuarryServer(t)
	d, _ := srv.page(t, "/stories/quarry")
	block := d.Find(`[data-testid="key-figures"]`)
	if block.Length() != 1 {
		t.Fatal("no key figures block")
	}
	// It comes before the timeline.
	if d.Find(`[data-testid="key-figures"] ~ [data-testid="timeline"]`).Length() != 1 {
		t.Error("key figures are not above the timeline")
	}
	var rows []string
	block.Find(`[data-testid="key-figure"]`).Each(func(_ int, s *goquery.Selection) {
		var badges []string
		s.Find("[data-flag]").Each(func(_ int, b *goquery.Selection) { badges = append(badges, b.AttrOr("data-flag", "")) })
		slices.Sort(badges)
		rows = append(rows, text(s.Find("td").Eq(0))+" | "+text(s.Find(`[data-testid="key-figure-latest"]`))+" | "+
			text(s.Find(`[data-testid="key-figure-change"]`))+" | "+strings.Join(badges, ","))
	})
	want := []string{
		coroner + " | 5 | −1 since 6 (Oct. 14) | cumulative_fell,sources_disagree",
		volunteers + " | at least 11 | +4 since at least 7 (Oct. 13) | sources_disagree",
		coroner + " | 2 | — | ",
		rescuers + " | 9 to 12 | — | ",
	}
	if !slices.Equal(rows, want) {
		t.Errorf("key figures\n%q\nwant\n%q", rows, want)
	}
	if href := block.Find(`a[href="/stories/quarry/series/deaths"]`).Length(); href == 0 {
		t.Error("no link to the deaths series")
	}
	if block.Find(`[data-testid="all-series"]`).AttrOr("href", "") != "/stories/quarry/series" {
		t.Error("no link to all series")
	}
	// Every badge leads to its explanation on the page.
	block.Find(`a[data-flag]`).Each(func(_ int, s *goquery.Selection) {
		if d.Find(s.AttrOr("href", "")).Length() != 1 {
			t.Errorf("badge %s leads nowhere", s.AttrOr("href", ""))
		}
	})
	// The latest figure links to its update.
	if href := block.Find(`[data-testid="key-figure-latest"]`).First().AttrOr("href", ""); d.Find(strings.TrimPrefix(href, "/stories/quarry")).Length() != 1 {
		t.Errorf("latest figure links to %q", href)
	}

	// A story without figures shows no block.
	srv2 := newTestServer(t, fixedPipeline{func([]byte) *timeline.Document { return farApartDoc() }})
	mustImportViaForm(t, srv2, url.Values{"title": {"Harbour"}, "slug": {"harbour"}, "document": {"x"}, "format": {"auto"}})
	if d2, _ := srv2.page(t, "/stories/harbour"); d2.Find(`[data-testid="key-figures"]`).Length() != 0 {
		t.Error("key figures shown for a story without figures")
	}
}

func TestSeriesListPage(t *testing.T) {
	srv := newQuarryServer(t)
	d, status := srv.page(t, "/stories/quarry/series")
	if status != 200 {
		t.Fatalf("status %d", status)
	}
	var ids []string
	d.Find(`[data-testid="series-row"]`).Each(func(_ int, s *goquery.Selection) { ids = append(ids, s.AttrOr("data-series", "")) })
	if want := []string{"deaths", "deaths.children", "missing"}; !slices.Equal(ids, want) {
		t.Errorf("series %q, want %q", ids, want)
	}
	row := d.Find(`[data-series="deaths"]`)
	if row.Find(`a[href="/stories/quarry/series/deaths"]`).Length() != 1 || !strings.Contains(text(row), "5 and at least 11") && !strings.Contains(text(row), "5 / at least 11") {
		t.Errorf("deaths row %q", text(row))
	}
	if d.Find(`[data-testid="no-overrides"]`).Length() != 1 {
		t.Error("no word that there are no corrections")
	}
	if d.Find(`[data-testid="series-link"]`).Length() != 0 {
		t.Error("the list links to itself")
	}
	if s, _ := srv.page(t, "/stories/quarry"); s.Find(`[data-testid="series-link"]`).AttrOr("href", "") != "/stories/quarry/series" {
		t.Error("the story page does not link to its figures")
	}
}

// submitOverride posts a correction form as a same-origin browser would.
func submitOverride(t *testing.T, srv *testServer, form url.Values) (int, string, *http.Response) {
	t.Helper()
	return srv.postForm(t, "/stories/quarry/series-overrides", form)
}

// TestSeriesCorrections drives the correction forms: rename, split, move,
// merge, each undone, the refusals, and the seam's cross-site check.
func TestSeriesCorrections(t *testing.T) {
	srv := newQuarryServer(t)
	volunteerFigure := func() string {
		d, _ := srv.page(t, "/stories/quarry/series/deaths")
		return d.Find(`table[data-testid="points-table"] tr[data-value="11"]`).AttrOr("data-figure", "")
	}
	fig11 := volunteerFigure()
	if fig11 == "" {
		t.Fatal("no figure of 11")
	}

	// Rename: back to the series, with a notice and its undo.
	status, body, res := submitOverride(t, srv, url.Values{"kind": {"label"}, "to": {"deaths"}, "label": {"Death toll"}, "back": {"deaths"}})
	if status != http.StatusSeeOther {
		t.Fatalf("rename: %d %s", status, body)
	}
	loc := res.Header.Get("Location")
	if !strings.HasPrefix(loc, "/stories/quarry/series/deaths?saved=") {
		t.Fatalf("rename redirects to %q", loc)
	}
	d, _ := srv.page(t, loc)
	if got := text(d.Find(`[data-testid="series-title"]`)); got != "Death toll" {
		t.Errorf("title after rename %q", got)
	}
	if n := text(d.Find(`[data-testid="notice"]`)); !strings.Contains(n, "renamed “Death toll”") || d.Find(`[data-testid="notice"] form button`).Length() != 1 {
		t.Errorf("notice %q", n)
	}

	// Move the volunteers' 11 to a series of its own.
	status, _, res = submitOverride(t, srv, url.Values{"kind": {"move"}, "figure_id": {fig11}, "to": {"deaths.volunteer_claims"}, "back": {"deaths"}})
	if status != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), "/stories/quarry/series/deaths?saved=") {
		t.Fatalf("move: %d %s", status, res.Header.Get("Location"))
	}
	if volunteerFigure() != "" {
		t.Error("the moved figure is still in deaths")
	}
	moved, status := srv.page(t, "/stories/quarry/series/deaths.volunteer_claims")
	if status != 200 || moved.Find(`tr[data-figure="`+fig11+`"]`).Length() != 1 {
		t.Fatalf("moved figure not in its new series (%d)", status)
	}

	// Split the children off the deaths.children series into another id.
	status, _, res = submitOverride(t, srv, url.Values{"kind": {"split"}, "from": {"deaths.children"}, "subject": {"Children"}, "to": {"deaths.minors"}, "back": {"deaths.children"}})
	if status != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), "/stories/quarry/series/deaths.minors?saved=") {
		t.Fatalf("split: %d %s", status, res.Header.Get("Location"))
	}

	// Merge missing into a new series; the old page is gone.
	status, _, res = submitOverride(t, srv, url.Values{"kind": {"merge"}, "from": {"missing"}, "to": {"unaccounted"}, "back": {"missing"}})
	if status != http.StatusSeeOther || !strings.HasPrefix(res.Header.Get("Location"), "/stories/quarry/series/unaccounted?saved=") {
		t.Fatalf("merge: %d %s", status, res.Header.Get("Location"))
	}
	if _, status := srv.page(t, "/stories/quarry/series/missing"); status != 404 {
		t.Errorf("merged series still answers %d", status)
	}

	list, _ := srv.page(t, "/stories/quarry/series")
	var descs []string
	list.Find(`[data-testid="overrides"] [data-testid="override"]`).Each(func(_ int, s *goquery.Selection) { descs = append(descs, text(s.Find("span"))) })
	if len(descs) != 4 || !strings.Contains(descs[1], fig11+" moved to") || !strings.Contains(descs[3], "missing merged into") {
		t.Errorf("corrections listed %q", descs)
	}

	// Refusals show the page again with the message, nothing saved.
	status, body, _ = submitOverride(t, srv, url.Values{"kind": {"merge"}, "from": {"deaths"}, "to": {"deaths"}, "back": {"deaths"}})
	if status != http.StatusBadRequest || !strings.Contains(body, "into itself") || !strings.Contains(body, `data-testid="editor"`) {
		t.Errorf("merge into itself: %d", status)
	}
	status, body, _ = submitOverride(t, srv, url.Values{"kind": {"move"}, "figure_id": {fig11}, "to": {"Not An Id!"}, "back": {"deaths"}})
	if status != http.StatusBadRequest || !strings.Contains(body, "lower-case words") {
		t.Errorf("bad series id: %d", status)
	}
	cross := http.Header{"Sec-Fetch-Site": {"cross-site"}, "Origin": {"https://elsewhere.example"}}
	form := url.Values{"kind": {"label"}, "to": {"deaths"}, "label": {"Hijacked"}}
	if status, _, _ := srv.do(t, "POST", "/stories/quarry/series-overrides", "application/x-www-form-urlencoded", strings.NewReader(form.Encode()), cross); status != http.StatusForbidden {
		t.Errorf("cross-site correction: %d, want 403", status)
	}
	undoAction := list.Find(`[data-testid="override"] form`).First().AttrOr("action", "")
	if status, _, _ := srv.do(t, "POST", undoAction, "application/x-www-form-urlencoded", strings.NewReader("back=deaths"), cross); status != http.StatusForbidden {
		t.Errorf("cross-site undo: %d, want 403", status)
	}
	if got, _ := srv.store.SeriesOverrides(context.Background(), "quarry"); len(got) != 4 {
		t.Errorf("%d overrides stored, want 4", len(got))
	}

	// Undo every correction, newest first: the grouping is factline's
	// own again.
	for i := 3; i >= 0; i-- {
		list, _ := srv.page(t, "/stories/quarry/series")
		item := list.Find(`[data-testid="overrides"] [data-testid="override"]`).Eq(i)
		f := item.Find("form")
		status, _, res := srv.postForm(t, f.AttrOr("action", ""), url.Values{"back": {f.Find(`input[name="back"]`).AttrOr("value", "")}})
		if status != http.StatusSeeOther || !strings.Contains(res.Header.Get("Location"), "undone=1") {
			t.Fatalf("undo %d: %d %s", i, status, res.Header.Get("Location"))
		}
	}
	if volunteerFigure() != fig11 {
		t.Error("the figure did not come back after the undo")
	}
	if d, _ := srv.page(t, "/stories/quarry/series/deaths"); text(d.Find(`[data-testid="series-title"]`)) != "Deaths" {
		t.Error("the label stayed after the undo")
	}
	if status, _, _ := srv.postForm(t, "/stories/quarry/series-overrides/999/delete", nil); status != 404 {
		t.Errorf("undo of an unknown correction: %d", status)
	}
}

// fire1 and fire2 are two copies of an invented live page: the second edits
// the toll of the third block and adds a fourth.
const fire1 = `Aug. 3, 2027, 7:10 a.m. PDT
Wildfire forces evacuations near Pell Ridge

At least 1,200 residents were evacuated overnight, the county sheriff said. Three firefighters were injured.

Aug. 3, 2027, 11:45 a.m. PDT
Coroner gives first toll

The county coroner said four people were killed. The Pell Ridge Volunteer Corps said at least nine people had died.

Aug. 3, 2027, 6:20 p.m. PDT
Coroner raises toll

The county coroner said the death toll rose to seven, including two children.
`

var fire2 = strings.Replace(fire1, "rose to seven", "rose to eight", 1) + `
Aug. 4, 2027, 9:00 a.m. PDT
Evacuations widen

More than 3,000 residents were evacuated, the county sheriff said. The county coroner said 10 people were killed.
`

func importText(t *testing.T, srv *testServer, slug, doc string) {
	t.Helper()
	status, body, _ := srv.do(t, "POST", "/api/v1/stories/"+slug+"/imports?published=2027-08-03", ctText, strings.NewReader(doc), nil)
	if status != 201 {
		t.Fatalf("import: %d %s", status, body)
	}
}

func pointWith(s *seriesOut, value float64) *series.PointJSON {
	if s == nil {
		return nil
	}
	for li := range s.Lines {
		for pi := range s.Lines[li].Points {
			if p := &s.Lines[li].Points[pi]; p.Value == value {
				return p
			}
		}
	}
	return nil
}

// TestOverridesSurviveReimport: corrections are keyed by stable figure and
// series ids, so a newer copy of the page leaves them in force, and the
// edited block's figure is flagged as revised with its old and new values.
// The real pipeline extracts the page.
func TestOverridesSurviveReimport(t *testing.T) {
	srv := newTestServer(t, nil)
	srv.mustCreateStory(t, "fire", "Wildfire")
	importText(t, srv, "fire", fire1)
	set := seriesOf(t, srv, "fire")
	nine := pointWith(seriesByID(set, "deaths"), 9)
	if nine == nil {
		t.Fatalf("no 9 in deaths: %+v", set.Series)
	}
	// Three firefighters injured: a series of injuries (its id says who).
	injured := ""
	for _, s := range set.Series {
		if s.Metric == "injured" {
			injured = s.ID
		}
	}
	if injured == "" {
		t.Fatalf("no series of injuries: %+v", set.Series)
	}
	api := "/api/v1/stories/fire/series-overrides"
	for _, body := range []string{
		`{"kind":"move","figure_id":"` + nine.FigureID + `","to":"deaths.unconfirmed"}`,
		`{"kind":"label","to":"deaths.unconfirmed","label":"Unconfirmed deaths"}`,
		`{"kind":"merge","from":"` + injured + `","to":"casualties"}`,
	} {
		if status, got, _ := srv.do(t, "POST", api, ctJSON, strings.NewReader(body), nil); status != 201 {
			t.Fatalf("override %s: %d %s", body, status, got)
		}
	}
	check := func(when string) storySeriesOut {
		set := seriesOf(t, srv, "fire")
		un := seriesByID(set, "deaths.unconfirmed")
		if un == nil || un.Label != "Unconfirmed deaths" || pointWith(un, 9) == nil || pointWith(un, 9).FigureID != nine.FigureID {
			t.Errorf("%s: the moved figure is not in its labelled series: %+v", when, un)
		}
		if pointWith(seriesByID(set, "deaths"), 9) != nil {
			t.Errorf("%s: 9 is back in deaths", when)
		}
		if c := seriesByID(set, "casualties"); c == nil || pointWith(c, 3) == nil || seriesByID(set, injured) != nil {
			t.Errorf("%s: injured not merged into casualties: %+v", when, c)
		}
		if len(set.Stale) > 0 {
			t.Errorf("%s: overrides gone stale: %+v", when, set.Stale)
		}
		return set
	}
	check("before the re-import")

	importText(t, srv, "fire", fire2)
	set = check("after the re-import")
	deaths := seriesByID(set, "deaths")
	if pointWith(deaths, 8) == nil || pointWith(deaths, 10) == nil || pointWith(deaths, 7) != nil {
		t.Errorf("deaths after the re-import: %+v", deaths)
	}
	var revised *series.FlagJSON
	for i, f := range deaths.Flags {
		if f.Kind == series.FlagRevised {
			revised = &deaths.Flags[i]
		}
	}
	if revised == nil {
		t.Fatalf("no revised flag: %+v", deaths.Flags)
	}
	if len(revised.Before) != 1 || revised.Before[0].Value != 7 || revised.Before[0].Revision != 1 ||
		len(revised.After) != 1 || revised.After[0].Value != 8 || revised.After[0].Revision != 2 {
		t.Errorf("revised flag %+v", revised)
	}
	if p := pointWith(deaths, 8); len(revised.Figures) != 1 || revised.Figures[0] != p.FigureID || revised.Event != p.Event {
		t.Errorf("revised flag names %v (%s), want the 8 (%s, %s)", revised.Figures, revised.Event, p.FigureID, p.Event)
	}
	// The page shows old and new.
	d, _ := srv.page(t, "/stories/fire/series/deaths")
	rv := text(d.Find(`[data-flag="revised"] .revision-values`))
	if !strings.Contains(rv, "Before: 7") || !strings.Contains(rv, "version 1") || !strings.Contains(rv, "After: 8") {
		t.Errorf("revision on the page: %q", rv)
	}
}

// TestSeriesCacheFollowsChanges: the kept series are rebuilt when the story
// changes, whoever changes it.
func TestSeriesCacheFollowsChanges(t *testing.T) {
	srv := newQuarryServer(t)
	if got := seriesOf(t, srv, "quarry"); seriesByID(got, "deaths").Label != "Deaths" {
		t.Fatal("label")
	}
	// A write that does not go through the server's handlers (the import
	// command, another process) changes the story's updated_at.
	time.Sleep(2 * time.Millisecond)
	if _, err := srv.store.AddSeriesOverride(context.Background(), "quarry", series.Override{Kind: series.OverrideLabel, To: "deaths", Label: "Toll"}); err != nil {
		t.Fatal(err)
	}
	if got := seriesOf(t, srv, "quarry"); seriesByID(got, "deaths").Label != "Toll" {
		t.Error("kept series not rebuilt after a change made elsewhere")
	}
	// A newer copy through the form: the coroner's correction is itself
	// corrected, from five to four.
	mustImportViaForm(t, srv, url.Values{"story": {"quarry"}, "document": {"quarry page v2"}, "format": {"auto"}})
	deaths := seriesByID(seriesOf(t, srv, "quarry"), "deaths")
	if got := pointsText(lineBySource(deaths, coroner).Points); !slices.Equal(got, []string{"3 exact 2026-10-13 e1", "6 exact 2026-10-14 e3", "4 exact 2026-10-14 e4"}) {
		t.Errorf("coroner after the re-import %q", got)
	}
	var revised []string
	for _, f := range deaths.Flags {
		if f.Kind == series.FlagRevised && len(f.Before) == 1 && len(f.After) == 1 {
			revised = append(revised, strconv.FormatFloat(f.Before[0].Value, 'g', -1, 64)+" to "+strconv.FormatFloat(f.After[0].Value, 'g', -1, 64))
		}
	}
	if !slices.Equal(revised, []string{"5 to 4"}) {
		t.Errorf("revisions %q, want 5 to 4: %+v", revised, deaths.Flags)
	}
}
