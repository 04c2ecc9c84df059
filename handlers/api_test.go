package handlers

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"factline/timeline"
)

// apiCase is one API scenario: a request and what the answer must hold.
type apiCase struct {
	name        string
	method      string
	url         string
	body        string
	contentType string
	header      http.Header
	status      int
	contains    []string
	excludes    []string
	// wantType is the answer's media type when it is not JSON.
	wantType string
}

func runAPICases(t *testing.T, srv *testServer, cases []apiCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var body *strings.Reader
			if tc.body != "" {
				body = strings.NewReader(tc.body)
			} else {
				body = strings.NewReader("")
			}
			status, got, res := srv.do(t, tc.method, tc.url, tc.contentType, body, tc.header)
			if status != tc.status {
				t.Fatalf("status = %d, want %d; body: %s", status, tc.status, got)
			}
			for _, want := range tc.contains {
				if !strings.Contains(got, want) {
					t.Errorf("body lacks %q: %s", want, got)
				}
			}
			for _, bad := range tc.excludes {
				if strings.Contains(got, bad) {
					t.Errorf("body holds %q: %s", bad, got)
				}
			}
			wantType := tc.wantType
			if wantType == "" && strings.HasPrefix(tc.url, "/api/") {
				wantType = "application/json"
			}
			if wantType != "" && !strings.HasPrefix(res.Header.Get("Content-Type"), wantType) {
				t.Errorf("content type = %q, want %s", res.Header.Get("Content-Type"), wantType)
			}
			if status >= 400 && strings.HasPrefix(tc.url, "/api/") {
				var e struct {
					Error string `json:"error"`
				}
				if err := json.Unmarshal([]byte(got), &e); err != nil || e.Error == "" {
					t.Errorf("error body is not {\"error\": message}: %s", got)
				}
			}
		})
	}
}

const (
	ctJSON = "application/json"
	ctText = "text/plain; charset=utf-8"
)

// TestAPI runs the API's scenarios in order against a real store and the real
// pipeline; each case may rely on the ones before it.
func TestAPI(t *testing.T) {
	srv := newTestServer(t, nil)
	tooBig := strings.Repeat("a", int(timeline.DefaultMaxBytes)+1)
	bigJSON := `{"slug":"big","title":"` + strings.Repeat("x", maxJSONBody) + `"}`
	crossSite := http.Header{"Sec-Fetch-Site": {"cross-site"}, "Origin": {"https://elsewhere.example"}}
	oldBrowser := http.Header{"Origin": {"https://elsewhere.example"}}
	runAPICases(t, srv, []apiCase{
		{name: "no stories yet", method: "GET", url: "/api/v1/stories", status: 200, contains: []string{`"stories": []`}},
		{name: "create story", method: "POST", url: "/api/v1/stories", contentType: ctJSON,
			body:   `{"slug":"ferry","title":"Ferry aground","published":"2026-10-20","source_url":"https://news.example/ferry"}`,
			status: 201, contains: []string{`"slug": "ferry"`, `"title": "Ferry aground"`, `"published": "2026-10-20"`, `"source_url": "https://news.example/ferry"`}},
		{name: "create story again", method: "POST", url: "/api/v1/stories", contentType: ctJSON, body: `{"slug":"ferry","title":"Again"}`,
			status: 409, contains: []string{"already exists"}},
		{name: "create with a bad slug", method: "POST", url: "/api/v1/stories", contentType: ctJSON, body: `{"slug":"Not A Slug"}`,
			status: 400, contains: []string{"slug"}},
		{name: "create without a slug", method: "POST", url: "/api/v1/stories", contentType: ctJSON, body: `{"title":"No slug"}`,
			status: 400, contains: []string{`\"slug\" is required`}},
		{name: "create as text", method: "POST", url: "/api/v1/stories", contentType: ctText, body: `{"slug":"x"}`,
			status: 415, contains: []string{"application/json"}},
		{name: "create with broken JSON", method: "POST", url: "/api/v1/stories", contentType: ctJSON, body: `{"slug":`,
			status: 400, contains: []string{"JSON"}},
		{name: "create with an empty body", method: "POST", url: "/api/v1/stories", contentType: ctJSON,
			status: 400, contains: []string{"empty"}},
		{name: "create with a list", method: "POST", url: "/api/v1/stories", contentType: ctJSON, body: `["ferry"]`,
			status: 400, contains: []string{"JSON object"}},
		{name: "create with a misspelt field", method: "POST", url: "/api/v1/stories", contentType: ctJSON, body: `{"slug":"x","titel":"y"}`,
			status: 400, contains: []string{`unknown field \"titel\"`}},
		{name: "create with a wrong type", method: "POST", url: "/api/v1/stories", contentType: ctJSON, body: `{"slug":5}`,
			status: 400, contains: []string{`\"slug\"`}},
		{name: "create with a bad date", method: "POST", url: "/api/v1/stories", contentType: ctJSON, body: `{"slug":"x","published":"last Tuesday"}`,
			status: 400, contains: []string{"published date"}},
		{name: "create with a script URL", method: "POST", url: "/api/v1/stories", contentType: ctJSON, body: `{"slug":"x","source_url":"javascript:alert(1)"}`,
			status: 400, contains: []string{"http or https"}},
		{name: "create with a huge body", method: "POST", url: "/api/v1/stories", contentType: ctJSON, body: bigJSON,
			status: 413, contains: []string{"limit of 64 KiB"}},
		{name: "create from another site", method: "POST", url: "/api/v1/stories", contentType: ctJSON, body: `{"slug":"csrf"}`, header: crossSite,
			status: 403, contains: []string{"cross-origin"}},
		{name: "create from another origin, old browser", method: "POST", url: "/api/v1/stories", contentType: ctJSON, body: `{"slug":"csrf"}`, header: oldBrowser,
			status: 403, contains: []string{"cross-origin"}},
		{name: "show story", method: "GET", url: "/api/v1/stories/ferry", status: 200, contains: []string{`"slug": "ferry"`, `"events": 0`}},
		{name: "show unknown story", method: "GET", url: "/api/v1/stories/nowhere", status: 404, contains: []string{`"error": "story \"nowhere\" not found"`}},
		{name: "list stories", method: "GET", url: "/api/v1/stories", status: 200, contains: []string{`"slug": "ferry"`}, excludes: []string{`"csrf"`}},

		{name: "import text", method: "POST", url: "/api/v1/stories/ferry/imports?format=auto&published=2026-10-20", contentType: ctText, body: stampedText,
			status: 201, contains: []string{`"import_id": 1`, `"story": "ferry"`, `"existing": false`, `"events_added": `, `"events_revised": 0`, `"events_unchanged": 0`, `"claims": `, `"figures": `, `"far_apart": false`, `"parts": [`}},
		{name: "import the same bytes", method: "POST", url: "/api/v1/stories/ferry/imports", contentType: ctText, body: stampedText,
			status: 200, contains: []string{`"import_id": 1`, `"existing": true`}},
		{name: "import into an unknown story", method: "POST", url: "/api/v1/stories/nowhere/imports", contentType: ctText, body: stampedText,
			status: 404, contains: []string{`story \"nowhere\" not found`}},
		{name: "import nothing", method: "POST", url: "/api/v1/stories/ferry/imports", contentType: ctText, body: "  \n\t ",
			status: 400, contains: []string{"empty"}},
		{name: "import binary", method: "POST", url: "/api/v1/stories/ferry/imports", contentType: ctText, body: "PK\x03\x04\x00\x00binary",
			status: 422, contains: []string{"binary"}},
		{name: "import invalid UTF-8", method: "POST", url: "/api/v1/stories/ferry/imports", contentType: ctText, body: "Caf\xe9 owner said the fire began at noon.",
			status: 422, contains: []string{"UTF-8", "offset 3"}},
		{name: "import a PDF", method: "POST", url: "/api/v1/stories/ferry/imports", contentType: "application/pdf", body: "%PDF-1.7",
			status: 415, contains: []string{"text/plain, text/html or application/json", "application/pdf"}},
		{name: "import in Latin-1", method: "POST", url: "/api/v1/stories/ferry/imports", contentType: "text/plain; charset=iso-8859-1", body: "Caf\xe9",
			status: 415, contains: []string{"must be UTF-8", "iso-8859-1"}},
		{name: "import without a content type", method: "POST", url: "/api/v1/stories/ferry/imports", body: stampedText,
			status: 415, contains: []string{"none"}},
		{name: "import a form post", method: "POST", url: "/api/v1/stories/ferry/imports", contentType: "application/x-www-form-urlencoded", body: "a=b",
			status: 415},
		{name: "import with an unknown format", method: "POST", url: "/api/v1/stories/ferry/imports?format=xml", contentType: ctText, body: stampedText,
			status: 400, contains: []string{"unknown format"}},
		{name: "import with a bad date", method: "POST", url: "/api/v1/stories/ferry/imports?published=tomorrow", contentType: ctText, body: stampedText,
			status: 400, contains: []string{"published date"}},
		{name: "import too much", method: "POST", url: "/api/v1/stories/ferry/imports", contentType: ctText, body: tooBig,
			status: 413, contains: []string{"limit of 5 MiB"}},
		{name: "import JSON-LD of the wrong type", method: "POST", url: "/api/v1/stories/ferry/imports", contentType: "text/html",
			body:   `<html><head><script type="application/ld+json">{"@type":"Recipe","name":"Soup"}</script></head><body></body></html>`,
			status: 422, contains: []string{"no story text"}},
		{name: "import JSON of the wrong shape", method: "POST", url: "/api/v1/stories/ferry/imports", contentType: ctJSON, body: `{"events": 5}`,
			status: 422},
		{name: "import from another site", method: "POST", url: "/api/v1/stories/ferry/imports", contentType: ctText, body: "x", header: crossSite,
			status: 403},
		{name: "story counts the import", method: "GET", url: "/api/v1/stories/ferry", status: 200, contains: []string{`"imports": 1`}},

		{name: "events", method: "GET", url: "/api/v1/stories/ferry/events", status: 200,
			contains: []string{`"story": {`, `"slug": "ferry"`, `"title": "Ferry aground"`, `"events": [`, `"id": "e1"`, `"time_precision": "minute"`, `"time": "2026-10-20T12:05:00Z"`, `"revision": 1`}},
		{name: "events of an unknown story", method: "GET", url: "/api/v1/stories/nowhere/events", status: 404},
		{name: "imports", method: "GET", url: "/api/v1/stories/ferry/imports", status: 200, contains: []string{`"sha256": "`, `"format": "text"`, `"import_id": 1`}},

		{name: "series", method: "GET", url: "/api/v1/stories/ferry/series", status: 200,
			contains: []string{`"story": "ferry"`, `"id": "rescued"`, `"api_id": "ferry~rescued"`, `"url": "/api/v1/series/ferry~rescued"`,
				`"csv_url": "/api/v1/series/ferry~rescued?format=csv"`, `"page_url": "/stories/ferry/series/rescued"`, `"event": "e1"`,
				`"event_url": "/stories/ferry#e1"`, `"value": 40`, `"bound": "at_least"`, `"as_of": "2026-10-20T12:05:00Z"`, `"flags": []`}},
		{name: "series of an unknown story", method: "GET", url: "/api/v1/stories/nowhere/series", status: 404},
		{name: "one series", method: "GET", url: "/api/v1/series/ferry~rescued", status: 200,
			contains: []string{`"api_id": "ferry~rescued"`, `"lines": [`, `"text": "At least 40 passengers were rescued"`}},
		{name: "one series as CSV", method: "GET", url: "/api/v1/series/ferry~rescued?format=csv", status: 200, wantType: "text/csv",
			contains: []string{"series_id,series_label,source,as_of,precision,value,low,high,bound,unit,role,text,event_id,figure_id,event,event_url\n",
				",2026-10-20T12:05:00Z,minute,40,40,,at_least,people,value,At least 40 passengers were rescued,", ",e1,/stories/ferry#e1\n"}},
		{name: "one series in another format", method: "GET", url: "/api/v1/series/ferry~rescued?format=xml", status: 400, contains: []string{"json or csv"}},
		{name: "unknown series", method: "GET", url: "/api/v1/series/ferry~nothing", status: 404, contains: []string{`series \"nothing\" not found`}},
		{name: "series id without its story", method: "GET", url: "/api/v1/series/rescued", status: 404, contains: []string{"STORY~SERIES"}},
		{name: "series of an unknown story by id", method: "GET", url: "/api/v1/series/nowhere~rescued", status: 404},
		{name: "no overrides yet", method: "GET", url: "/api/v1/stories/ferry/series-overrides", status: 200, contains: []string{`"overrides": []`}},
		{name: "override", method: "POST", url: "/api/v1/stories/ferry/series-overrides", contentType: ctJSON,
			body: `{"kind":"label","to":"rescued","label":"Passengers"}`, status: 201, contains: []string{`"id": 1`, `"kind": "label"`, `"label": "Passengers"`}},
		{name: "override applies", method: "GET", url: "/api/v1/series/ferry~rescued", status: 200, contains: []string{`"label": "Passengers"`}},
		{name: "override into itself", method: "POST", url: "/api/v1/stories/ferry/series-overrides", contentType: ctJSON,
			body: `{"kind":"merge","from":"rescued","to":"rescued"}`, status: 400, contains: []string{"into itself"}},
		{name: "override of an unknown kind", method: "POST", url: "/api/v1/stories/ferry/series-overrides", contentType: ctJSON,
			body: `{"kind":"rename","to":"rescued"}`, status: 400, contains: []string{"unknown override kind"}},
		{name: "override with a misspelt field", method: "POST", url: "/api/v1/stories/ferry/series-overrides", contentType: ctJSON,
			body: `{"kind":"label","to":"rescued","lable":"x"}`, status: 400, contains: []string{`unknown field \"lable\"`}},
		{name: "override from another site", method: "POST", url: "/api/v1/stories/ferry/series-overrides", contentType: ctJSON,
			body: `{"kind":"label","to":"rescued","label":"Hijacked"}`, header: crossSite, status: 403},
		{name: "override of an unknown story", method: "POST", url: "/api/v1/stories/nowhere/series-overrides", contentType: ctJSON,
			body: `{"kind":"label","to":"rescued","label":"x"}`, status: 404},
		{name: "overrides listed", method: "GET", url: "/api/v1/stories/ferry/series-overrides", status: 200,
			contains: []string{`"id": 1`, `"to": "rescued"`}, excludes: []string{"Hijacked"}},
		{name: "undo from another site", method: "DELETE", url: "/api/v1/stories/ferry/series-overrides/1", header: crossSite, status: 403},
		{name: "undo", method: "DELETE", url: "/api/v1/stories/ferry/series-overrides/1", status: 200, contains: []string{`"deleted": 1`}},
		{name: "undo applies", method: "GET", url: "/api/v1/series/ferry~rescued", status: 200, excludes: []string{"Passengers"}},
		{name: "undo again", method: "DELETE", url: "/api/v1/stories/ferry/series-overrides/1", status: 404},
		{name: "undo a malformed id", method: "DELETE", url: "/api/v1/stories/ferry/series-overrides/x", status: 404},
		{name: "overrides of an unknown story", method: "GET", url: "/api/v1/stories/nowhere/series-overrides", status: 404},
		{name: "review an unknown claim", method: "POST", url: "/api/v1/claims/c999999/review", contentType: ctJSON, body: `{"status":"false"}`,
			status: 404, contains: []string{"not found"}},
		{name: "review a malformed id", method: "POST", url: "/api/v1/claims/zz/review", contentType: ctJSON, body: `{"status":"false"}`,
			status: 404},
		{name: "unknown API route", method: "GET", url: "/api/v1/nothing", status: 404},
		{name: "wrong method", method: "DELETE", url: "/api/v1/stories", status: 405},
	})
}

// TestAPIMalformedInputNeverFails500 sends broken documents of every format:
// each must be answered with a client error or imported, never a 5xx.
func TestAPIMalformedInputNeverFails500(t *testing.T) {
	srv := newTestServer(t, nil)
	srv.mustCreateStory(t, "broken", "Broken input")
	inputs := []struct{ ct, body string }{
		{"text/html", "<html><body><div><p>Unclosed <b>tags <article><h2>Update</h2><p>The mayor said the bridge was safe."},
		{"text/html", "<<<>>> </ </article> <time datetime='yesterday'>"},
		{"text/html", `<script type="application/ld+json">{"@type":"LiveBlogPosting","liveBlogUpdate":[{"@type":"BlogPosting","articleBody":5}]}</script>`},
		{"text/html", `<script type="application/ld+json">{"@type":"LiveBlogPosting","liveBlogUpdate":"nope"}</script>`},
		{"application/json", `[1,2`},
		{"application/json", `{"events":[{"text":null,"time":"not a time"}]}`},
		{"application/json", `"just a string"`},
		{"text/plain", "\ufeff\r\n\r\n"},
		{"text/plain", strings.Repeat("Jan. 14, 2026, 9:40 AM EST\n", 200)},
	}
	for i, in := range inputs {
		status, body, _ := srv.do(t, "POST", "/api/v1/stories/broken/imports", in.ct, strings.NewReader(in.body), nil)
		if status >= 500 {
			t.Errorf("input %d: status %d: %s", i, status, body)
		}
		if status >= 400 && !strings.Contains(body, `"error"`) {
			t.Errorf("input %d: error without message: %s", i, body)
		}
	}
}

// TestAPIFailedImportStoresNothing: an import the pipeline refuses leaves the
// story as it was.
func TestAPIFailedImportStoresNothing(t *testing.T) {
	srv := newTestServer(t, nil)
	srv.mustCreateStory(t, "quiet", "Quiet story")
	for _, body := range []string{"", "\x00\x01", "bad \xff byte", strings.Repeat("z", int(timeline.DefaultMaxBytes)+1)} {
		status, _, _ := srv.do(t, "POST", "/api/v1/stories/quiet/imports", ctText, strings.NewReader(body), nil)
		if status < 400 {
			t.Fatalf("status %d for bad input", status)
		}
	}
	st, err := srv.store.Story(context.Background(), "quiet")
	if err != nil {
		t.Fatal(err)
	}
	if st.Events != 0 || st.Imports != 0 {
		t.Errorf("story after failed imports: %d events, %d imports; want none", st.Events, st.Imports)
	}
}

// eventsOf fetches a story's events through the API.
func eventsOf(t *testing.T, srv *testServer, slug string) eventsDoc {
	t.Helper()
	status, body, _ := srv.do(t, "GET", "/api/v1/stories/"+slug+"/events", "", nil, nil)
	if status != 200 {
		t.Fatalf("events: %d %s", status, body)
	}
	var doc eventsDoc
	if err := json.Unmarshal([]byte(body), &doc); err != nil {
		t.Fatalf("decode events: %v", err)
	}
	return doc
}

// TestAPIEventsContract checks the events document against the extraction
// contract's rules, for a document with known claims and figures.
func TestAPIEventsContract(t *testing.T) {
	srv := newTestServer(t, fixedPipeline{func([]byte) *timeline.Document { return testDoc(t) }})
	srv.mustCreateStory(t, "flood", "Flood in Tallow Bend")
	status, body, _ := srv.do(t, "POST", "/api/v1/stories/flood/imports", ctText, strings.NewReader("flood page v1"), nil)
	if status != 201 {
		t.Fatalf("import: %d %s", status, body)
	}
	doc := eventsOf(t, srv, "flood")
	if len(doc.Events) != 6 {
		t.Fatalf("%d events, want 6", len(doc.Events))
	}
	byText := map[string]eventJSON{}
	for i, e := range doc.Events {
		if e.ID != timeline.EventID(i+1) || e.Ordinal != i+1 {
			t.Errorf("event %d: id %q ordinal %d", i, e.ID, e.Ordinal)
		}
		if e.Claims == nil || e.Figures == nil {
			t.Errorf("event %s: claims and figures must be lists, not null", e.ID)
		}
		if e.DuplicateOf != nil {
			byText["dup"] = e
			continue
		}
		byText[e.Text] = e
	}
	dup, first := byText["dup"], byText[textCaption]
	if dup.DuplicateOf == nil || *dup.DuplicateOf != first.ID {
		t.Errorf("repeated caption: duplicate_of = %v, want %q", dup.DuplicateOf, first.ID)
	}
	e1 := byText[textFirst]
	if e1.Time == nil || *e1.Time != "2026-10-13T15:40:00Z" || e1.TimePrecision != timeline.PrecisionMinute {
		t.Errorf("first update time = %v %s", e1.Time, e1.TimePrecision)
	}
	if len(e1.Claims) != 2 || len(e1.Figures) != 1 {
		t.Fatalf("first update: %d claims, %d figures", len(e1.Claims), len(e1.Figures))
	}
	for _, c := range e1.Claims {
		if !strings.HasPrefix(c.ID, "c") {
			t.Errorf("claim id %q: want the store's public id", c.ID)
		}
		if c.Start < 0 || c.End > len(e1.Text) || c.Start >= c.End {
			t.Errorf("claim %s offsets %d-%d out of the text", c.ID, c.Start, c.End)
		}
		if c.Review != nil {
			t.Errorf("claim %s: review before any", c.ID)
		}
	}
	if f := e1.Figures[0]; !strings.HasPrefix(f.ID, "f") || e1.Text[f.Start:f.End] != "three people were confirmed dead" {
		t.Errorf("figure %+v", f)
	}
	e3 := byText[textSecond]
	if len(e3.Claims) != 2 || e3.Claims[0].Evidence == nil || *e3.Claims[0].Evidence != timeline.EvidenceUnconfirmed {
		t.Errorf("second update claims: %+v", e3.Claims)
	}
	later := byText[textLater]
	if later.Time == nil || *later.Time != "2026-10-14" || later.TimePrecision != timeline.PrecisionDay {
		t.Errorf("day event: %v %s", later.Time, later.TimePrecision)
	}
}

// TestAPIReviewClaim records verdicts through the API and reads them back.
func TestAPIReviewClaim(t *testing.T) {
	srv := newTestServer(t, fixedPipeline{func([]byte) *timeline.Document { return testDoc(t) }})
	srv.mustCreateStory(t, "flood", "Flood")
	if status, body, _ := srv.do(t, "POST", "/api/v1/stories/flood/imports", ctText, strings.NewReader("v1"), nil); status != 201 {
		t.Fatalf("import: %d %s", status, body)
	}
	claimID := eventsOf(t, srv, "flood").Events[0].Claims[0].ID
	path := "/api/v1/claims/" + claimID + "/review"
	runAPICases(t, srv, []apiCase{
		{name: "verdict", method: "POST", url: path, contentType: ctJSON, body: `{"status":"unverifiable","note":"No second source yet."}`,
			status: 200, contains: []string{`"claim_id": "` + claimID + `"`, `"status": "unverifiable"`, `"note": "No second source yet."`, `"reviewed_at": "`}},
		{name: "unknown verdict", method: "POST", url: path, contentType: ctJSON, body: `{"status":"pants-on-fire"}`,
			status: 400, contains: []string{"review status"}},
		{name: "verdict as a form", method: "POST", url: path, contentType: "application/x-www-form-urlencoded", body: "status=false",
			status: 415},
		{name: "note too long", method: "POST", url: path, contentType: ctJSON, body: fmt.Sprintf(`{"status":"false","note":%q}`, strings.Repeat("n", 10001)),
			status: 400, contains: []string{"note"}},
	})
	c := eventsOf(t, srv, "flood").Events[0].Claims[0]
	if c.Review == nil || c.Review.Status != timeline.ReviewUnverifiable || c.Review.Note != "No second source yet." {
		t.Errorf("review read back: %+v", c.Review)
	}
}

// TestAPIFarApart: a document whose parts are dated far apart says so, with
// its parts, and the events document lists them.
func TestAPIFarApart(t *testing.T) {
	srv := newTestServer(t, fixedPipeline{func([]byte) *timeline.Document { return farApartDoc() }})
	srv.mustCreateStory(t, "harbour", "Harbour")
	status, body, _ := srv.do(t, "POST", "/api/v1/stories/harbour/imports", ctText, strings.NewReader("two stories"), nil)
	if status != 201 {
		t.Fatalf("import: %d %s", status, body)
	}
	var res importJSON
	if err := json.Unmarshal([]byte(body), &res); err != nil {
		t.Fatal(err)
	}
	if !res.FarApart || len(res.Parts) != 2 || res.Parts[0].Date == nil || *res.Parts[0].Date != "2025-03-27" {
		t.Errorf("import result: %+v", res)
	}
	doc := eventsOf(t, srv, "harbour")
	if len(doc.Parts) != 2 || doc.Parts[0].First != 1 || doc.Parts[0].Last != 2 || doc.Parts[1].First != 3 || doc.Parts[1].Last != 5 {
		t.Errorf("parts: %+v", doc.Parts)
	}
}

// TestWriteJSONDoesNotEscapeHTML: news copy keeps its ampersands and angle
// brackets readable in the API.
func TestWriteJSONDoesNotEscapeHTML(t *testing.T) {
	srv := newTestServer(t, nil)
	status, body, _ := srv.do(t, "POST", "/api/v1/stories", ctJSON, bytes.NewReader([]byte(`{"slug":"amp","title":"Floods & <storms>"}`)), nil)
	if status != 201 || !strings.Contains(body, `"title": "Floods & <storms>"`) {
		t.Errorf("%d %s", status, body)
	}
}
