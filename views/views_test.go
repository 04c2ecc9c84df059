package views

import (
	"bytes"
	"context"
	"io/fs"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/a-h/templ"

	"factline/views/chart"
)

func renderDoc(t *testing.T, c templ.Component) *goquery.Document {
	t.Helper()
	var buf bytes.Buffer
	if err := c.Render(context.Background(), &buf); err != nil {
		t.Fatalf("render: %v", err)
	}
	d, err := goquery.NewDocumentFromReader(&buf)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return d
}

func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestLayoutLandmarks(t *testing.T) {
	d := renderDoc(t, Stories(StoriesPage{Page: Page{Title: "Stories", Nav: "stories"}}))
	checks := map[string]int{
		`a.skip-link[href="#main"]`:                          1,
		`header nav[aria-label="Main"]`:                      1,
		`main#main`:                                          1,
		`footer`:                                             1,
		`nav a[aria-current="page"]`:                         1,
		`nav a[href="/"][aria-current="page"]`:               1,
		`[data-testid="no-stories"]`:                         1,
		`link[rel="stylesheet"][href^="/static/app.css?v="]`: 1,
		`script[src^="/static/app.js?v="][defer]`:            1,
	}
	for sel, n := range checks {
		if got := d.Find(sel).Length(); got != n {
			t.Errorf("%s: %d, want %d", sel, got, n)
		}
	}
	if got := d.Find("title").Text(); got != "Stories · factline" {
		t.Errorf("title %q", got)
	}
	if d.Find("html").AttrOr("lang", "") != "en" {
		t.Error("html lang")
	}
}

func TestStoriesNotice(t *testing.T) {
	d := renderDoc(t, Stories(StoriesPage{
		Notice:      "Parts of “x” now have stories of their own:",
		NoticeLinks: []Link{{Label: "New story", Href: "/stories/new-story"}},
		Stories:     []StoryRow{{Slug: "new-story", Title: "New <b>story</b>", Href: "/stories/new-story", Events: 3}},
	}))
	if d.Find(`[data-testid="notice"][role="status"] a[href="/stories/new-story"]`).Length() != 1 {
		t.Error("notice link")
	}
	row := d.Find(`[data-testid="story-row"]`)
	if row.Find("b").Length() != 0 || !strings.Contains(row.Text(), "New <b>story</b>") {
		t.Error("story title must be escaped")
	}
}

func timelineModel() TimelinePage {
	return TimelinePage{
		Page:  Page{Title: "Flood"},
		Story: StoryHeader{Slug: "flood", Title: "Flood", ImportURL: "/import?story=flood", JSONURL: "/api/v1/stories/flood/events", SourceURL: "https://news.example/flood"},
		Groups: []DayGroup{{ID: "day-2026-10-13", Label: "Tuesday, Oct. 13, 2026", Events: []EventView{
			{
				Anchor: "e1", Kind: "update", Heading: "Toll rises",
				Time: TimeView{Local: "Oct. 13, 2026, 9:40 a.m. MDT", UTC: "15:40 UTC", Precision: "minute", ISO: "2026-10-13T09:40:00-06:00", Date: "2026-10-13"},
				Paras: []Para{{Segments: []Segment{
					{Text: "Officials said "},
					{Text: `<img src=x onerror="alert(1)">`, Claim: "c1", Anchors: []string{"m-c1"}, Title: `Claim: "x" said`},
					{Text: " 12 dead", Claim: "c1", Figure: "f1", Anchors: []string{"m-f1"}},
					{Text: " & more."},
				}}},
				Claims: []ClaimView{{
					ID: "c1", Anchor: "claim-c1", MarkAnchor: "m-c1", Speaker: "Port Authority", SpeakerText: "the authority", Verb: "said",
					Text: "12 dead", Direct: true, Evidence: "denied", EvidenceLabel: "Denied", EvidenceText: "denied the report",
					Review:       ReviewView{Status: "false", StatusLabel: "False", Note: "Two sources say 9."},
					ReviewAction: "/claims/c1/review",
				}},
				Figures: []FigureView{{ID: "f1", Anchor: "figure-f1", MarkAnchor: "m-f1", Amount: "12", Counts: "people killed", Bound: "exact"}},
			},
			{Kind: "captions", Captions: []EventView{
				{Anchor: "e2", Kind: "caption", Heading: "A boat on", HeadingDerived: true, Text: "A boat on the river.", Time: TimeView{Local: "Tuesday, Oct. 13, 2026", Precision: "day", Date: "2026-10-13"}},
				{Anchor: "e3", Kind: "caption", Heading: "Rescuers at", HeadingDerived: true, Text: "Rescuers at the dam.", Time: TimeView{Precision: "unknown"}},
			}},
		}}},
		Hidden: HiddenCounts{Repeats: 2, Captions: 1},
	}
}

func TestTimelineComponents(t *testing.T) {
	d := renderDoc(t, Timeline(timelineModel()))
	ev := d.Find(`[data-testid="event"]`)
	if ev.Length() != 1 || ev.AttrOr("data-date", "") != "2026-10-13" || ev.AttrOr("aria-labelledby", "") != "e1-h" {
		t.Fatalf("event element: %d", ev.Length())
	}
	body := ev.Find(`[data-testid="event-text"]`)
	if body.Find("img").Length() != 0 {
		t.Fatal("segment text must be escaped")
	}
	if got := body.Text(); got != `Officials said <img src=x onerror="alert(1)"> 12 dead & more.` {
		t.Errorf("text %q", got)
	}
	marks := body.Find("mark")
	if marks.Length() != 2 || marks.Eq(0).AttrOr("id", "") != "m-c1" || !marks.Eq(1).HasClass("hl-figure") || !marks.Eq(1).HasClass("hl-claim") {
		t.Errorf("marks: %d", marks.Length())
	}
	if marks.Eq(0).AttrOr("title", "") != `Claim: "x" said` {
		t.Errorf("mark title %q", marks.Eq(0).AttrOr("title", ""))
	}
	if got := squash(ev.Find(".event-time").Text()); got != "Oct. 13, 2026, 9:40 a.m. MDT (15:40 UTC) to the minute" {
		t.Errorf("time %q", got)
	}
	claim := d.Find(`[data-testid="claim"]`)
	if got := squash(claim.Find(".claim-text").Text()); got != "“12 dead”" {
		t.Errorf("direct quote %q", got)
	}
	if got := squash(claim.Find(`[data-testid="evidence"]`).Text()); got != "Denied “denied the report”" {
		t.Errorf("evidence %q", got)
	}
	form := claim.Find(`[data-testid="review"] form`)
	if form.AttrOr("method", "") != "post" || form.AttrOr("action", "") != "/claims/c1/review" {
		t.Error("review form")
	}
	if form.Find(`input[name="story"]`).AttrOr("value", "") != "flood" {
		t.Error("review form must say where to come back")
	}
	if form.Find("option").Length() != len(ReviewOptions()) || form.Find("option[selected]").AttrOr("value", "") != "false" {
		t.Error("review options")
	}
	if form.Find("textarea").Text() != "Two sources say 9." {
		t.Error("review note")
	}
	if d.Find(`label[for="claim-c1-status"]`).Length() != 1 || d.Find(`label[for="claim-c1-note"]`).Length() != 1 {
		t.Error("review fields need labels")
	}
	run := d.Find(`details[data-testid="captions"]`)
	if run.Length() != 1 || squash(run.Find("summary").Text()) != "2 photo captions A boat on" || run.AttrOr("open", "none") != "none" {
		t.Errorf("captions run: %q", squash(run.Find("summary").Text()))
	}
	if got := run.Find(`[data-testid="caption"] p`).Length(); got != 2 {
		t.Errorf("%d captions in the run", got)
	}
	if got := squash(d.Find(`[data-testid="hidden-note"]`).Text()); got != "1 photo caption is folded away. 2 repeated blocks are hidden." {
		t.Errorf("hidden note %q", got)
	}
	if d.Find(`a[href="https://news.example/flood"][rel="noopener noreferrer"]`).Length() != 1 {
		t.Error("source link")
	}
}

func TestImportComponent(t *testing.T) {
	d := renderDoc(t, Import(ImportPage{
		Stories:    []StoryOption{{Slug: "flood", Title: "Flood"}},
		Form:       ImportForm{Story: "", Title: "T", Document: "</textarea><script>alert(1)</script>", Published: "soon", Filename: "page.html", Format: "html"},
		Error:      "published date \"soon\": want YYYY-MM-DD",
		ErrorField: "published",
		MaxSize:    "5 MiB",
		Formats:    []Option{{"auto", "Detect automatically"}, {"html", "HTML"}},
	}))
	alert := d.Find(`[data-testid="error"][role="alert"]`)
	if !strings.Contains(alert.Text(), "published date") || !strings.Contains(alert.Text(), "page.html") {
		t.Errorf("alert %q", squash(alert.Text()))
	}
	if d.Find("script:not([src])").Length() != 0 || d.Find("#document").Text() != "</textarea><script>alert(1)</script>" {
		t.Error("the pasted document must be escaped and kept")
	}
	if d.Find("#published").AttrOr("aria-invalid", "") != "true" || d.Find("#title").AttrOr("aria-invalid", "none") != "none" {
		t.Error("only the faulty field is marked")
	}
	if d.Find(`#format option[selected]`).AttrOr("value", "") != "html" {
		t.Error("format kept")
	}
	if !strings.Contains(d.Find("#document-hint").Text(), "5 MiB") {
		t.Error("limit stated")
	}
}

func TestImportSummaryComponent(t *testing.T) {
	base := ImportSummaryPage{
		Story:  StoryHeader{Slug: "s", Title: "Story", Href: "/stories/s", ImportURL: "/import?story=s"},
		Import: ImportRow{ID: 4, Added: 5, Revised: 1, Unchanged: 2, Claims: 7, Figures: 3, When: "Oct. 14, 2026, 16:02 UTC", RawHref: "/stories/s/imports/4/raw"},
	}
	d := renderDoc(t, ImportSummary(base))
	for id, want := range map[string]string{"stat-added": "5", "stat-revised": "1", "stat-unchanged": "2", "stat-claims": "7", "stat-figures": "3"} {
		if got := d.Find(`[data-testid="` + id + `"] dd`).Text(); got != want {
			t.Errorf("%s = %q, want %q", id, got, want)
		}
	}
	if d.Find(`[data-testid="repeat"]`).Length() != 0 || d.Find(`[data-testid="split"]`).Length() != 0 {
		t.Error("no repeat notice or split offer for a plain import")
	}
	rep := base
	rep.Repeat = true
	d = renderDoc(t, ImportSummary(rep))
	if got := squash(d.Find(`[data-testid="repeat"]`).Text()); got != "This exact document was already imported on Oct. 14, 2026, 16:02 UTC (import #4). Nothing was added." {
		t.Errorf("repeat %q", got)
	}
	far := base
	far.FarApart, far.SplitAction = true, "/stories/s/split"
	far.Parts = []PartView{{Index: 0, Date: "Thursday, March 27, 2025", Title: "Old", Events: 2, Move: true, Slug: "old", NewTitle: "Old"}, {Index: 1, Title: "New", Events: 9, Slug: "new"}}
	d = renderDoc(t, ImportSummary(far))
	form := d.Find(`[data-testid="split"] form`)
	if form.AttrOr("action", "") != "/stories/s/split" || form.Find(`input[name="import"]`).AttrOr("value", "") != "4" {
		t.Error("split form")
	}
	if form.Find(`input[name="move"][checked]`).AttrOr("value", "") != "0" || form.Find(`input[name="slug-1"]`).AttrOr("value", "") != "new" {
		t.Error("split suggestions")
	}
	form.Find("input:not([type=hidden])").Each(func(_ int, s *goquery.Selection) {
		if d.Find(`label[for="`+s.AttrOr("id", "")+`"]`).Length() != 1 {
			t.Errorf("split field %s has no label", s.AttrOr("name", ""))
		}
	})
}

// TestStylesheetStylesCharts: the pages render charts without inline style
// (the Content-Security-Policy refuses it), so app.css must carry the
// chart's rules.
func TestStylesheetStylesCharts(t *testing.T) {
	css, err := fs.ReadFile(Static(), "app.css")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(css), chart.Stylesheet) {
		t.Error("app.css lacks chart.Stylesheet: copy it in again")
	}
}

// TestSeriesViewEscapes: every text of a series page comes from news copy
// or editors and is escaped, the table written in Go included.
func TestSeriesViewEscapes(t *testing.T) {
	evil := `<script>alert("x")</script> & 'quotes'`
	row := PointRow{FigureID: `f1"><b>`, Anchor: "p-f1", AsOf: evil, AsOfISO: "2030-01-01", Source: evil, Colour: "line-0",
		Value: "at least 3", Raw: "3", Bound: "at_least", Wording: evil, Role: "value", Event: "e1", EventHref: "/stories/s#e1",
		Movable: true, Flags: []FlagBadge{{Kind: "sources_disagree", Label: "Sources disagree", Ref: 0}}}
	ctxRow := row
	ctxRow.Role, ctxRow.RoleLabel, ctxRow.Of, ctxRow.OfHref, ctxRow.Movable = "part", "Part of a total", evil, "#p-f2", false
	d := renderDoc(t, SeriesView(SeriesPage{
		Page:    Page{Title: evil},
		Series:  SeriesHead{ID: "deaths", Label: evil, Kind: evil},
		Chart:   &chart.Chart{ID: "chart-deaths", Title: evil, TableID: "chart-deaths-table"},
		Options: chart.Options{ExternalStyle: true},
		Rows:    []PointRow{row},
		Context: []PointRow{ctxRow},
		Flags:   []FlagView{{Kind: "sources_disagree", Label: "Sources disagree", Message: evil, Anchor: "flag-0"}},
		Editor:  SeriesEditor{Action: "/stories/s/series-overrides", Back: "deaths", MoveFigure: evil},
	}))
	if n := d.Find("script:not([src])").Length(); n != 0 {
		t.Errorf("%d inline scripts: text not escaped", n)
	}
	tr := d.Find(`table[data-testid="points-table"] tbody tr`)
	if tr.AttrOr("data-figure", "") != `f1"><b>` || squash(tr.Find("td.wording").Text()) != "“"+evil+"”" {
		t.Errorf("row %q / %q", tr.AttrOr("data-figure", ""), tr.Find("td.wording").Text())
	}
	if tr.Find("a.move").AttrOr("href", "") != "?move=f1%22%3E%3Cb%3E#move-form" {
		t.Errorf("move link %q", tr.Find("a.move").AttrOr("href", ""))
	}
	if got := d.Find(`table[data-testid="context-table"] a.of`).Text(); got != "of "+evil {
		t.Errorf("context link %q", got)
	}
	if d.Find(`#edit-move-figure`).AttrOr("value", "") != evil {
		t.Error("move form not filled")
	}
}
