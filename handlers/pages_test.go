package handlers

import (
	"bytes"
	"context"
	"mime/multipart"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"factline/timeline"
)

// importViaForm posts the import form as a browser would and returns the
// answer.
func importViaForm(t *testing.T, srv *testServer, form url.Values) (int, string, *http.Response) {
	t.Helper()
	return srv.postForm(t, "/import", form)
}

// mustImportViaForm imports and returns the summary page's path.
func mustImportViaForm(t *testing.T, srv *testServer, form url.Values) string {
	t.Helper()
	status, body, res := importViaForm(t, srv, form)
	if status != http.StatusSeeOther {
		t.Fatalf("import form: status %d, want 303: %s", status, body)
	}
	return res.Header.Get("Location")
}

func text(s *goquery.Selection) string { return strings.Join(strings.Fields(s.Text()), " ") }

func TestTimelinePage(t *testing.T) {
	srv := newTestServer(t, fixedPipeline{func([]byte) *timeline.Document { return testDoc(t) }})
	loc := mustImportViaForm(t, srv, url.Values{"title": {"Flood in Tallow Bend"}, "slug": {"flood"}, "document": {"flood page"}, "format": {"auto"}})
	if loc != "/stories/flood/imports/1?new=1" {
		t.Fatalf("redirect to %q", loc)
	}
	d, status := srv.page(t, "/stories/flood")
	if status != 200 {
		t.Fatalf("status %d", status)
	}
	if got := text(d.Find(`[data-testid="story-title"]`)); got != "Flood in Tallow Bend" {
		t.Errorf("title %q", got)
	}

	// Updates in time order, grouped by day, with their time and precision.
	var headings, dates, precisions []string
	d.Find(`[data-testid="event"]`).Each(func(_ int, s *goquery.Selection) {
		headings = append(headings, text(s.Find(".event-heading")))
		dates = append(dates, s.AttrOr("data-date", ""))
		precisions = append(precisions, s.AttrOr("data-precision", ""))
	})
	wantHeadings := []string{"Coroner confirms deaths", "Volunteers give a higher toll", "Road reopens"}
	if strings.Join(headings, "|") != strings.Join(wantHeadings, "|") {
		t.Errorf("events %q, want %q", headings, wantHeadings)
	}
	if strings.Join(dates, " ") != "2026-10-13 2026-10-13 2026-10-14" || strings.Join(precisions, " ") != "minute minute day" {
		t.Errorf("dates %q precisions %q", dates, precisions)
	}
	var days []string
	d.Find(`[data-testid="day"] h2`).Each(func(_ int, s *goquery.Selection) { days = append(days, text(s)) })
	if strings.Join(days, "|") != "Tuesday, Oct. 13, 2026|Wednesday, Oct. 14, 2026" {
		t.Errorf("day headings %q", days)
	}
	first := d.Find(`[data-testid="event"]`).First()
	if got := text(first.Find(".event-time")); got != "Oct. 13, 2026, 9:40 a.m. MDT (15:40 UTC) to the minute" {
		t.Errorf("first time %q", got)
	}
	if got := first.Find("time").AttrOr("datetime", ""); got != "2026-10-13T09:40:00-06:00" {
		t.Errorf("datetime %q", got)
	}
	if got := text(d.Find(`[data-testid="event"]`).Last().Find(".event-time")); got != "Wednesday, Oct. 14, 2026 day only" {
		t.Errorf("day time %q", got)
	}

	// Captions folded away, the repeat hidden, furniture apart.
	captions := d.Find(`[data-testid="caption"]`)
	if captions.Length() != 1 || captions.Closest("details").AttrOr("open", "none") != "none" {
		t.Errorf("%d captions, want 1 folded", captions.Length())
	}
	if n := strings.Count(d.Find(`[data-testid="caption"] p, [data-testid="event-text"]`).Text(), "A rescue boat crosses"); n != 1 {
		t.Errorf("caption text appears %d times in the timeline", n)
	}
	if got := text(d.Find(`[data-testid="captions"] summary`)); got != "Photo caption A rescue boat crosses the flooded square in Tallow Bend…" {
		t.Errorf("caption summary %q", got)
	}
	var index []string
	d.Find(`[data-testid="day-index"] a`).Each(func(_ int, a *goquery.Selection) { index = append(index, a.AttrOr("href", "")+" "+a.Text()) })
	if strings.Join(index, "|") != "#day-2026-10-13 Tue Oct. 13, 2026|#day-2026-10-14 Wed Oct. 14, 2026" {
		t.Errorf("day index %q", index)
	}
	if got := text(d.Find(`[data-testid="hidden-note"]`)); !strings.Contains(got, "1 photo caption is folded away") || !strings.Contains(got, "1 repeated block is hidden") {
		t.Errorf("hidden note %q", got)
	}
	if got := text(d.Find(`[data-testid="furniture"] li`)); got != textFurniture {
		t.Errorf("furniture %q", got)
	}

	// The text is whole, escaped, and its claims and figures are marked.
	body := first.Find(`[data-testid="event-text"]`)
	if body.Find("script").Length() != 0 {
		t.Fatal("event text holds a live <script>")
	}
	var paras []string
	body.Find("p").Each(func(_ int, s *goquery.Selection) { paras = append(paras, s.Text()) })
	if strings.Join(paras, "\n") != textFirst {
		t.Errorf("event text %q, want %q", strings.Join(paras, "\n"), textFirst)
	}
	var claimMarks, figureMarks []string
	body.Find("mark.hl-claim").Each(func(_ int, s *goquery.Selection) { claimMarks = append(claimMarks, s.Text()) })
	body.Find("mark.hl-figure").Each(func(_ int, s *goquery.Selection) { figureMarks = append(figureMarks, s.Text()) })
	if strings.Join(figureMarks, "|") != "three people were confirmed dead" {
		t.Errorf("figure marks %q", figureMarks)
	}
	if got := strings.Join(claimMarks, ""); got != `The county coroner said three people were confirmed dead."We will not guess at numbers," said Dr. Lena Voss.` {
		t.Errorf("claim marks %q", got)
	}

	// Claims and figures listed beside the text.
	second := d.Find(`[data-testid="event"]`).Eq(1)
	claims := second.Find(`[data-testid="claim"]`)
	if claims.Length() != 2 {
		t.Fatalf("%d claims beside the second update", claims.Length())
	}
	if got := text(claims.First().Find(".claim-who")); got != `Tallow Bend Volunteers (“Volunteers”) said` {
		t.Errorf("claim who %q", got)
	}
	if got := text(claims.First().Find(`[data-testid="evidence"]`)); got != "Not independently verified “could not be independently verified”" {
		t.Errorf("evidence %q", got)
	}
	if got := claims.Eq(1).AttrOr("data-evidence", ""); got != "disputed" {
		t.Errorf("second claim evidence %q", got)
	}
	fig := second.Find(`[data-testid="figure"]`)
	if got := text(fig.Find(".figure-amount")); got != "at least 7 people killed" {
		t.Errorf("figure amount %q", got)
	}
	if got := text(fig.Find(".figure-source")); got != "per Tallow Bend Volunteers" {
		t.Errorf("figure source %q", got)
	}
	// Every "show in text" link leads to a mark on the page.
	d.Find(`a[href^="#m-"]`).Each(func(_ int, a *goquery.Selection) {
		id := strings.TrimPrefix(a.AttrOr("href", ""), "#")
		if d.Find("#"+id).Length() != 1 {
			t.Errorf("link to #%s has no target", id)
		}
	})
	// Each claim has a review form that posts to its own URL.
	action := claims.First().Find("form").AttrOr("action", "")
	if !regexp.MustCompile(`^/claims/c\d+/review$`).MatchString(action) {
		t.Errorf("review action %q", action)
	}
	if d.Find(`[data-testid="imports"] tbody tr`).Length() != 1 {
		t.Error("import history should list the import")
	}
}

func TestImportFormPage(t *testing.T) {
	srv := newTestServer(t, nil)
	srv.mustCreateStory(t, "ferry", "Ferry aground")
	d, status := srv.page(t, "/import?story=ferry")
	if status != 200 {
		t.Fatalf("status %d", status)
	}
	form := d.Find(`form[data-testid="import-form"]`)
	if form.AttrOr("method", "") != "post" || form.AttrOr("enctype", "") != "multipart/form-data" {
		t.Error("the form must post multipart data")
	}
	// Every field has a label.
	form.Find("input:not([type=hidden]), select, textarea").Each(func(_ int, f *goquery.Selection) {
		id := f.AttrOr("id", "")
		if id == "" || d.Find(`label[for="`+id+`"]`).Length() != 1 {
			t.Errorf("field %q has no label", f.AttrOr("name", ""))
		}
	})
	if got := form.Find(`select[name="story"] option[selected]`).AttrOr("value", ""); got != "ferry" {
		t.Errorf("preselected story %q", got)
	}
	if form.Find("progress").Length() != 1 || form.Find(`[data-busy-label]`).Length() != 1 {
		t.Error("the form needs its progress element and busy label")
	}
	if d.Find(`a.skip-link[href="#main"]`).Length() != 1 || d.Find("main#main").Length() != 1 {
		t.Error("skip link and main landmark")
	}
}

// TestImportFormErrors: each bad input is answered in the page, with the
// right status, the message, and the form as the user left it.
func TestImportFormErrors(t *testing.T) {
	srv := newTestServer(t, nil)
	srv.mustCreateStory(t, "ferry", "Ferry aground")
	big := strings.Repeat("word ", int(timeline.DefaultMaxBytes)/5+1)
	cases := []struct {
		name    string
		form    url.Values
		status  int
		message string
		field   string
	}{
		{"empty document", url.Values{"title": {"Keep me"}, "document": {"   "}, "published": {"2026-10-20"}}, 400, "the document is empty", "document"},
		{"binary", url.Values{"title": {"Keep me"}, "document": {"GIF89a\x00\x00"}}, 422, "binary", "document"},
		{"too large", url.Values{"title": {"Keep me"}, "document": {big}}, 413, "the limit is 5 MiB", "document"},
		{"bad date", url.Values{"title": {"Keep me"}, "document": {stampedText}, "published": {"next week"}}, 400, "published date", "published"},
		{"bad format", url.Values{"title": {"Keep me"}, "document": {stampedText}, "format": {"pdf"}}, 400, "unknown format", ""},
		{"script source", url.Values{"title": {"Keep me"}, "document": {stampedText}, "source_url": {"javascript:alert(1)"}}, 400, "http or https", "source_url"},
		{"taken slug", url.Values{"title": {"Keep me"}, "slug": {"ferry"}, "document": {stampedText}}, 409, "already exists", "slug"},
		{"bad slug", url.Values{"title": {"Keep me"}, "slug": {"No Spaces"}, "document": {stampedText}}, 400, "slug", ""},
		{"unknown story", url.Values{"story": {"nowhere"}, "document": {stampedText}}, 404, "not found", ""},
		{"no story text", url.Values{"title": {"Keep me"}, "document": {`<script type="application/ld+json">{"@type":"Recipe"}</script>`}}, 422, "no story text", "document"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			status, body, _ := importViaForm(t, srv, tc.form)
			if status != tc.status {
				t.Fatalf("status %d, want %d", status, tc.status)
			}
			d, err := goquery.NewDocumentFromReader(strings.NewReader(body))
			if err != nil {
				t.Fatal(err)
			}
			alert := d.Find(`[data-testid="error"][role="alert"]`)
			if !strings.Contains(text(alert), tc.message) {
				t.Errorf("error %q lacks %q", text(alert), tc.message)
			}
			// (The HTML parser reads NUL as U+FFFD, so the binary case
			// cannot compare.)
			if got := d.Find("#document").Text(); got != tc.form.Get("document") && !strings.Contains(tc.form.Get("document"), "\x00") {
				t.Errorf("document not preserved (%d bytes, want %d)", len(got), len(tc.form.Get("document")))
			}
			if tc.form.Get("title") != "" && d.Find("#title").AttrOr("value", "") != tc.form.Get("title") {
				t.Error("title not preserved")
			}
			if tc.field != "" && d.Find("#"+tc.field).AttrOr("aria-invalid", "") != "true" {
				t.Errorf("field %s not marked invalid", tc.field)
			}
		})
	}
	stories, err := srv.store.Stories(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(stories) != 1 || stories[0].Events != 0 {
		t.Errorf("failed imports left %d stories, %d events", len(stories), stories[0].Events)
	}
}

// multipartBody builds a form with a file, as a browser sends an upload.
func multipartBody(t *testing.T, fields map[string]string, filename string, file []byte) (string, *bytes.Buffer) {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for k, v := range fields {
		if err := w.WriteField(k, v); err != nil {
			t.Fatal(err)
		}
	}
	fw, err := w.CreateFormFile("file", filename)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fw.Write(file); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return w.FormDataContentType(), &buf
}

func TestImportFormUploadAndRepeat(t *testing.T) {
	srv := newTestServer(t, nil)
	same := http.Header{"Sec-Fetch-Site": {"same-origin"}}
	ct, body := multipartBody(t, map[string]string{"title": "Ferry aground", "format": "auto", "document": "ignored when a file is chosen"}, "ferry.txt", []byte(stampedText))
	status, page, res := srv.do(t, "POST", "/import", ct, body, same)
	if status != http.StatusSeeOther {
		t.Fatalf("upload: %d %s", status, page)
	}
	loc := res.Header.Get("Location")
	if loc != "/stories/ferry-aground/imports/1?new=1" {
		t.Fatalf("redirect %q", loc)
	}
	d, _ := srv.page(t, loc)
	if got := text(d.Find("h1")); got != "Imported into “Ferry aground”" {
		t.Errorf("summary heading %q", got)
	}
	if got := text(d.Find(`[data-testid="stat-added"] dd`)); got == "0" || got == "" {
		t.Errorf("events added %q", got)
	}
	if !strings.Contains(text(d.Find("main")), "ferry.txt") {
		t.Error("summary should name the uploaded file")
	}

	// The same file again, into the story: nothing added, said plainly.
	ct, body = multipartBody(t, map[string]string{"story": "ferry-aground"}, "ferry.txt", []byte(stampedText))
	status, _, res = srv.do(t, "POST", "/import", ct, body, same)
	if status != http.StatusSeeOther || res.Header.Get("Location") != "/stories/ferry-aground/imports/1?repeat=1" {
		t.Fatalf("repeat: %d %q", status, res.Header.Get("Location"))
	}
	d, _ = srv.page(t, res.Header.Get("Location"))
	if got := text(d.Find(`[data-testid="repeat"]`)); !strings.Contains(got, "already imported on") || !strings.Contains(got, "Nothing was added") {
		t.Errorf("repeat notice %q", got)
	}

	// A file that is not UTF-8: the message names it, and asks for it again.
	ct, body = multipartBody(t, map[string]string{"story": "ferry-aground"}, "latin1.txt", []byte("Caf\xe9 fire at noon, police said."))
	status, page, _ = srv.do(t, "POST", "/import", ct, body, same)
	if status != http.StatusUnprocessableEntity || !strings.Contains(page, "UTF-8") || !strings.Contains(page, "latin1.txt") {
		t.Errorf("latin-1 upload: %d", status)
	}

	// The original is kept byte for byte, as a download.
	status, raw, res := srv.do(t, "GET", "/stories/ferry-aground/imports/1/raw", "", nil, nil)
	if status != 200 || raw != stampedText {
		t.Errorf("raw: %d, %d bytes", status, len(raw))
	}
	if cd := res.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment") || res.Header.Get("Content-Type") != "text/plain; charset=utf-8" {
		t.Errorf("raw headers %q %q", cd, res.Header.Get("Content-Type"))
	}
	if status, _, _ := srv.do(t, "GET", "/stories/other/imports/1/raw", "", nil, nil); status != 404 {
		t.Errorf("raw under another story: %d", status)
	}
	if status, _, _ := srv.do(t, "GET", "/stories/ferry-aground/imports/9/raw", "", nil, nil); status != 404 {
		t.Errorf("unknown import: %d", status)
	}
}

func TestSplitFlow(t *testing.T) {
	srv := newTestServer(t, fixedPipeline{func([]byte) *timeline.Document { return farApartDoc() }})
	loc := mustImportViaForm(t, srv, url.Values{"title": {"Harbour"}, "slug": {"harbour"}, "document": {"two stories in one paste"}})
	d, _ := srv.page(t, loc)
	split := d.Find(`[data-testid="split"]`)
	if split.Length() != 1 {
		t.Fatal("no split offer for parts dated far apart")
	}
	parts := split.Find(`[data-testid="part"]`)
	if parts.Length() != 2 {
		t.Fatalf("%d parts", parts.Length())
	}
	if !strings.Contains(text(parts.First().Find("legend")), "Thursday, March 27, 2025") {
		t.Errorf("part 0 legend %q", text(parts.First().Find("legend")))
	}
	// The larger part stays; the other is ticked to move.
	if _, ok := parts.Eq(0).Find(`input[type=checkbox]`).Attr("checked"); !ok {
		t.Error("the smaller part should be ticked")
	}
	if _, ok := parts.Eq(1).Find(`input[type=checkbox]`).Attr("checked"); ok {
		t.Error("the larger part should stay")
	}
	slug0 := parts.Eq(0).Find(`input[name="slug-0"]`).AttrOr("value", "")
	if slug0 != "minister-tours-the-harbour" {
		t.Errorf("suggested slug %q", slug0)
	}
	// The timeline offers the split too.
	td, _ := srv.page(t, "/stories/harbour")
	// Blocks without a headline are not given a visible one made of their
	// own first words (screen readers still get it).
	if n := td.Find(`[data-testid="event"] h3.visually-hidden`).Length(); n != 3 {
		t.Errorf("%d hidden derived headings, want 3", n)
	}
	if td.Find(`[data-testid="split-offer"] a`).AttrOr("href", "") != "/stories/harbour/imports/1" {
		t.Error("timeline should link to the split offer")
	}

	// Nothing ticked: the summary again, with the message.
	status, body, _ := srv.postForm(t, "/stories/harbour/split", url.Values{"import": {"1"}})
	if status != 400 || !strings.Contains(body, "tick at least one part") {
		t.Errorf("empty split: %d", status)
	}

	status, body, res := srv.postForm(t, "/stories/harbour/split", url.Values{
		"import": {"1"}, "move": {"0"}, "slug-0": {slug0}, "title-0": {"Harbour minister's visit"},
	})
	if status != http.StatusSeeOther {
		t.Fatalf("split: %d %s", status, body)
	}
	d, _ = srv.page(t, res.Header.Get("Location"))
	if got := d.Find(`[data-testid="notice"] a`).AttrOr("href", ""); got != "/stories/"+slug0 {
		t.Errorf("notice links to %q", got)
	}
	ctx := context.Background()
	moved, err := srv.store.Story(ctx, slug0)
	if err != nil {
		t.Fatal(err)
	}
	kept, err := srv.store.Story(ctx, "harbour")
	if err != nil {
		t.Fatal(err)
	}
	if moved.Events != 2 || kept.Events != 3 || moved.Title != "Harbour minister's visit" {
		t.Errorf("after split: moved %d events (%q), kept %d", moved.Events, moved.Title, kept.Events)
	}
	td, _ = srv.page(t, "/stories/harbour")
	if td.Find(`[data-testid="split-offer"]`).Length() != 0 {
		t.Error("no split offer once the story holds one part")
	}
}

func TestReviewForm(t *testing.T) {
	srv := newTestServer(t, fixedPipeline{func([]byte) *timeline.Document { return testDoc(t) }})
	mustImportViaForm(t, srv, url.Values{"slug": {"flood"}, "document": {"flood"}})
	evs, err := srv.store.Events(context.Background(), "flood")
	if err != nil {
		t.Fatal(err)
	}
	id := evs[0].Claims[1].ID
	status, _, res := srv.postForm(t, "/claims/"+id+"/review", url.Values{"status": {"misleading"}, "note": {"The quote is cut."}, "story": {"flood"}})
	if status != http.StatusSeeOther || res.Header.Get("Location") != "/stories/flood#claim-"+id {
		t.Fatalf("review: %d %q", status, res.Header.Get("Location"))
	}
	d, _ := srv.page(t, "/stories/flood")
	claim := d.Find("#claim-" + id)
	if got := text(claim.Find(`[data-testid="verdict"]`)); got != "Misleading" {
		t.Errorf("verdict %q", got)
	}
	if got := claim.Find("textarea").Text(); got != "The quote is cut." {
		t.Errorf("note %q", got)
	}
	if got := claim.Find(`option[selected]`).AttrOr("value", ""); got != "misleading" {
		t.Errorf("selected %q", got)
	}
	// A made-up verdict is refused; a forged cross-site post too.
	if status, _, _ := srv.postForm(t, "/claims/"+id+"/review", url.Values{"status": {"maybe"}}); status != 400 {
		t.Errorf("bad verdict: %d", status)
	}
	h := http.Header{"Sec-Fetch-Site": {"cross-site"}, "Origin": {"https://evil.example"}}
	status, body, _ := srv.do(t, "POST", "/claims/"+id+"/review", "application/x-www-form-urlencoded", strings.NewReader("status=false"), h)
	if status != 403 || !strings.Contains(body, "cross-origin") {
		t.Errorf("cross-site review: %d", status)
	}
	if status, _, _ := srv.postForm(t, "/claims/c424242/review", url.Values{"status": {"false"}}); status != 404 {
		t.Errorf("unknown claim: %d", status)
	}
}

func TestStoriesPage(t *testing.T) {
	srv := newTestServer(t, nil)
	d, _ := srv.page(t, "/")
	if d.Find(`[data-testid="no-stories"]`).Length() != 1 {
		t.Error("empty state missing")
	}
	mustImportViaForm(t, srv, url.Values{"title": {"Ferry aground"}, "document": {stampedText}})
	d, _ = srv.page(t, "/")
	row := d.Find(`[data-testid="story-row"]`)
	if row.Length() != 1 || row.AttrOr("data-slug", "") != "ferry-aground" {
		t.Fatalf("rows: %d", row.Length())
	}
	if row.Find("a").AttrOr("href", "") != "/stories/ferry-aground" || text(row.Find("td.num").Last()) != "1" {
		t.Errorf("row %q", text(row))
	}
}

func TestPlainRoutes(t *testing.T) {
	srv := newTestServer(t, nil)
	cases := []struct {
		name, path  string
		status      int
		contentType string
		contains    string
		header      string
		headerValue string
	}{
		{"health", "/healthz", 200, "text/plain", "ok", "", ""},
		{"stylesheet", "/static/app.css?v=1", 200, "text/css", "--claim-bg", "Cache-Control", "public, max-age=31536000, immutable"},
		{"script", "/static/app.js", 200, "text/javascript", "data-import-form", "Cache-Control", "no-cache"},
		{"static listing", "/static/", 404, "text/html", "not found", "", ""},
		{"static escape", "/static/../handlers.go", 404, "text/html", "", "", ""},
		{"unknown page", "/nothing/here", 404, "text/html", "Not Found", "", ""},
		{"unknown story page", "/stories/nowhere", 404, "text/html", "story &#34;nowhere&#34; not found", "Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"},
		{"unknown import", "/stories/nowhere/imports/x", 404, "text/html", "not found", "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			status, body, res := srv.do(t, "GET", tc.path, "", nil, nil)
			if status != tc.status {
				t.Fatalf("status %d, want %d: %s", status, tc.status, body)
			}
			if !strings.HasPrefix(res.Header.Get("Content-Type"), tc.contentType) {
				t.Errorf("content type %q", res.Header.Get("Content-Type"))
			}
			if !strings.Contains(body, tc.contains) {
				t.Errorf("body lacks %q", tc.contains)
			}
			if tc.header != "" && res.Header.Get(tc.header) != tc.headerValue {
				t.Errorf("%s = %q", tc.header, res.Header.Get(tc.header))
			}
			if res.Header.Get("X-Request-Id") == "" {
				t.Error("no request id")
			}
		})
	}
}

// TestPanicIsA500: a handler that panics is answered, logged, and the server
// goes on.
func TestPanicIsA500(t *testing.T) {
	srv := newTestServer(t, fixedPipeline{func([]byte) *timeline.Document { panic("extractor bug") }})
	srv.mustCreateStory(t, "boom", "Boom")
	status, body, _ := srv.do(t, "POST", "/api/v1/stories/boom/imports", ctText, strings.NewReader("anything"), nil)
	if status != 500 || !strings.Contains(body, `"error": "internal error"`) || strings.Contains(body, "extractor bug") {
		t.Errorf("panic: %d %s", status, body)
	}
	if status, _, _ := srv.do(t, "GET", "/healthz", "", nil, nil); status != 200 {
		t.Error("server down after a panic")
	}
}
