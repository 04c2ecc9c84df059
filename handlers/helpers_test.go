package handlers

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/PuerkitoBio/goquery"

	"factline/db"
	"factline/timeline"
	"factline/timeline/pipeline"
)

// openStore opens a real SQLite store in the test's temporary directory.
func openStore(t testing.TB) *db.Store {
	t.Helper()
	s, err := db.Open(context.Background(), filepath.Join(t.TempDir(), "factline.db"), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// fixedPipeline checks the input as the real pipeline does, then returns the
// document its function makes: the pages' tests need claims and figures at
// known offsets, whatever the extractor's current skill.
type fixedPipeline struct {
	doc func(input []byte) *timeline.Document
}

func (p fixedPipeline) Run(ctx context.Context, input []byte, opts timeline.Options) (*timeline.Document, error) {
	if err := pipeline.Check(input, opts.MaxBytes); err != nil {
		return nil, err
	}
	return p.doc(input), nil
}

// testServer serves the application over a real store.
type testServer struct {
	*httptest.Server
	store  *db.Store
	client *http.Client
}

func newTestServer(t testing.TB, p Pipeline) *testServer {
	t.Helper()
	store := openStore(t)
	cfg := Config{Store: store, Logger: slog.New(slog.DiscardHandler)}
	if p != nil {
		cfg.NewPipeline = func() Pipeline { return p }
	}
	srv := httptest.NewServer(New(cfg))
	t.Cleanup(srv.Close)
	client := srv.Client()
	client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	return &testServer{Server: srv, store: store, client: client}
}

// do sends a request and returns the status, the body and the response.
func (s *testServer) do(t testing.TB, method, path, contentType string, body io.Reader, header http.Header) (int, string, *http.Response) {
	t.Helper()
	req, err := http.NewRequest(method, s.URL+path, body)
	if err != nil {
		t.Fatalf("new request: %v", err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for k, vs := range header {
		req.Header[k] = vs
	}
	res, err := s.client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("read body: %v", err)
	}
	return res.StatusCode, string(b), res
}

// postForm posts a url-encoded form as a same-origin browser would.
func (s *testServer) postForm(t testing.TB, path string, form url.Values) (int, string, *http.Response) {
	t.Helper()
	h := http.Header{"Sec-Fetch-Site": {"same-origin"}, "Origin": {s.URL}}
	return s.do(t, http.MethodPost, path, "application/x-www-form-urlencoded", strings.NewReader(form.Encode()), h)
}

// page GETs a page and parses it.
func (s *testServer) page(t testing.TB, path string) (*goquery.Document, int) {
	t.Helper()
	status, body, _ := s.do(t, http.MethodGet, path, "", nil, nil)
	d, err := goquery.NewDocumentFromReader(strings.NewReader(body))
	if err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	return d, status
}

func (s *testServer) mustCreateStory(t testing.TB, slug, title string) {
	t.Helper()
	if _, err := s.store.CreateStory(context.Background(), timeline.NewStory{Slug: slug, Title: title}); err != nil {
		t.Fatalf("create story: %v", err)
	}
}

var mdt = time.FixedZone("MDT", -6*3600)

func at(day, hour, min int) timeline.When {
	return timeline.Minute(time.Date(2026, time.October, day, hour, min, 0, 0, mdt), "Oct. 13, 2026")
}

// offsets returns the byte offsets of part within text; the test fails when
// it is missing.
func offsets(t testing.TB, text, part string) (int, int) {
	t.Helper()
	i := strings.Index(text, part)
	if i < 0 {
		t.Fatalf("%q not in %q", part, text)
	}
	return i, i + len(part)
}

func fptr(f float64) *float64 { return &f }

// The texts below are invented for the tests.
const (
	textFirst     = `The county coroner said three people were confirmed dead. "We will not guess at numbers," said Dr. Lena Voss. Officials said <script>alert(1)</script> & nothing more.`
	textSecond    = "Volunteers said at least seven people had died, a figure that could not be independently verified.\nThe coroner's office disputed it."
	textCaption   = "A rescue boat crosses the flooded square in Tallow Bend on Tuesday, Oct. 13, 2026. (Photo by Ines Varga)"
	textFurniture = "View the photo gallery"
	textLater     = "Crews reopened the river road on Wednesday."
)

// testDoc is a small extracted document with claims and figures at known
// offsets, a caption and its repeat, and a piece of page furniture.
func testDoc(t testing.TB) *timeline.Document {
	t.Helper()
	c1s, c1e := offsets(t, textFirst, "The county coroner said three people were confirmed dead.")
	f1s, f1e := offsets(t, textFirst, "three people were confirmed dead")
	q1s, q1e := offsets(t, textFirst, `"We will not guess at numbers," said Dr. Lena Voss.`)
	c2s, c2e := offsets(t, textSecond, "Volunteers said at least seven people had died")
	f2s, f2e := offsets(t, textSecond, "at least seven people")
	c3s, c3e := offsets(t, textSecond, "The coroner's office disputed it.")
	return &timeline.Document{
		Title: "Flood in Tallow Bend",
		Events: []timeline.Event{
			{Ordinal: 1, Kind: timeline.KindUpdate, Time: at(13, 9, 40), Headline: "Coroner confirms deaths", Text: textFirst, Key: "k1",
				Claims: []timeline.Claim{
					{ID: "x1", Speaker: "Tallow Bend County Coroner", SpeakerText: "The county coroner", SpeakerKind: timeline.SpeakerGovernment, Verb: "said", Text: "three people were confirmed dead", Start: c1s, End: c1e},
					{ID: "x2", Speaker: "Lena Voss", SpeakerText: "Dr. Lena Voss", SpeakerKind: timeline.SpeakerPerson, Verb: "said", Text: "We will not guess at numbers.", Direct: true, Start: q1s, End: q1e},
				},
				Figures: []timeline.Figure{
					{ID: "y1", Value: 3, Low: fptr(3), Bound: timeline.BoundExact, Unit: "people", Metric: "killed", Subject: "people", Source: "Tallow Bend County Coroner", Text: "three people were confirmed dead", Start: f1s, End: f1e, PartOf: -1},
				}},
			{Ordinal: 2, Kind: timeline.KindCaption, Time: timeline.Day(2026, time.October, 13, "Tuesday, Oct. 13, 2026"), Text: textCaption},
			{Ordinal: 3, Kind: timeline.KindUpdate, Time: at(13, 14, 5), Headline: "Volunteers give a higher toll", Text: textSecond, Key: "k3",
				Claims: []timeline.Claim{
					{ID: "x3", Speaker: "Tallow Bend Volunteers", SpeakerText: "Volunteers", SpeakerKind: timeline.SpeakerOrganization, Verb: "said", Text: "at least seven people had died", Evidence: timeline.EvidenceUnconfirmed, EvidenceText: "could not be independently verified", Start: c2s, End: c2e},
					{ID: "x4", Speaker: "Tallow Bend County Coroner", SpeakerText: "The coroner's office", SpeakerKind: timeline.SpeakerGovernment, Verb: "disputed", Text: "it", Evidence: timeline.EvidenceDisputed, EvidenceText: "disputed", Start: c3s, End: c3e},
				},
				Figures: []timeline.Figure{
					{ID: "y2", Value: 7, Low: fptr(7), Bound: timeline.BoundAtLeast, Unit: "people", Metric: "killed", Subject: "people", Source: "Tallow Bend Volunteers", Text: "at least seven people", Start: f2s, End: f2e, PartOf: -1},
				}},
			{Ordinal: 4, Kind: timeline.KindCaption, DuplicateOf: 2, Time: timeline.Day(2026, time.October, 13, "Tuesday, Oct. 13, 2026"), Text: textCaption},
			{Ordinal: 5, Kind: timeline.KindBoilerplate, Text: textFurniture},
			{Ordinal: 6, Kind: timeline.KindUpdate, Time: timeline.Day(2026, time.October, 14, "Wednesday"), Headline: "Road reopens", Text: textLater, Key: "k6"},
		},
		Parts: []timeline.Part{{Index: 0, First: 1, Last: 6, Date: timeline.Day(2026, time.October, 13, "Oct. 13, 2026"), Title: "Coroner confirms deaths"}},
	}
}

// farApartDoc holds two parts dated more than a month apart.
func farApartDoc() *timeline.Document {
	old := timeline.Day(2025, time.March, 27, "Thursday, March 27, 2025")
	recent := timeline.Day(2026, time.January, 12, "Monday")
	return &timeline.Document{
		Events: []timeline.Event{
			{Ordinal: 1, Kind: timeline.KindUpdate, Time: old, Headline: "Minister tours the harbour", Text: "The harbour minister toured the new pier on Thursday.", Part: 0},
			{Ordinal: 2, Kind: timeline.KindUpdate, Time: old, Text: "The pier opens to ferries next month, the port authority said.", Part: 0},
			{Ordinal: 3, Kind: timeline.KindUpdate, Time: recent, Headline: "Storm closes the pier", Text: "A winter storm closed the pier on Monday.", Part: 1},
			{Ordinal: 4, Kind: timeline.KindUpdate, Time: recent, Text: "Ferries were moved to the old quay, the port authority said.", Part: 1},
			{Ordinal: 5, Kind: timeline.KindUpdate, Time: recent, Text: "Repairs will take a week, engineers said.", Part: 1},
		},
		Parts: []timeline.Part{
			{Index: 0, First: 1, Last: 2, Date: old, Title: "Minister tours the harbour"},
			{Index: 1, First: 3, Last: 5, Date: recent, Title: "Storm closes the pier"},
		},
	}
}

// stampedText is an invented live page in the stamped plain-text form, for
// tests that run the real pipeline.
const stampedText = `Oct. 20, 2026, 8:05 a.m. EDT
Ferry runs aground off Gull Point

A passenger ferry ran aground off Gull Point early Tuesday, the coast guard said. At least 40 passengers were rescued.

Oct. 20, 2026, 10:30 a.m. EDT
Operator blames fog

The operator, Brightwater Lines, said thick fog had hidden the channel markers. The coast guard said it was investigating.
`
