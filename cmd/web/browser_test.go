package main

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"factline/handlers/sample"
)

// The browser tests drive Debian's Chromium through chromedp against the
// real server (run on port 0) and a real database. Without Chromium they
// skip, except under CI=true, where .ci/run has installed it and a skip would
// hide a failure.

func inCI() bool { return os.Getenv("CI") == "true" }

// skipOrFail skips a test for a missing prerequisite, or fails it in CI.
func skipOrFail(t *testing.T, format string, args ...any) {
	t.Helper()
	if inCI() {
		t.Fatalf(format+" (CI=true: required)", args...)
	}
	t.Skipf(format, args...)
}

// findChromium returns Debian's Chromium, or a Chromium or Chrome in PATH.
func findChromium() string {
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// newBrowser starts a headless Chromium with a fresh profile and returns a
// tab's context; the browser is closed when the test ends.
func newBrowser(t *testing.T) context.Context {
	t.Helper()
	if testing.Short() {
		t.Skip("browser tests skipped in -short mode")
	}
	path := findChromium()
	if path == "" {
		skipOrFail(t, "no Chromium found at /usr/bin/chromium or in PATH; install it with: apt-get install -y chromium")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.NoFirstRun,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	// A loaded machine now and then fails to start the browser in time;
	// a second attempt is not a hidden failure, since the tests themselves
	// are not retried.
	var ctx context.Context
	var err error
	for attempt := 1; attempt <= 2; attempt++ {
		actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
		var cancelTab context.CancelFunc
		ctx, cancelTab = chromedp.NewContext(actx)
		t.Cleanup(func() {
			cancelTab()
			cancelAlloc()
		})
		// The first run starts the browser for the tab's whole life, so it
		// gets no timeout; the test's steps get one.
		if err = chromedp.Do(ctx); err == nil {
			break
		}
		t.Logf("start %s (attempt %d): %v", path, attempt, err)
		cancelTab()
		cancelAlloc()
	}
	if err != nil {
		t.Fatalf("start %s: %v", path, err)
	}
	ctx, cancelSteps := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(cancelSteps)
	return ctx
}

// devDir is the folder of development documents beside the repository.
func devDir() string { return filepath.Join("..", "..", "..", "shared", "eval", "dev") }

// pageEvent is what the timeline shows of one event.
type pageEvent struct {
	Kind      string `json:"kind"`
	Date      string `json:"date"`
	Precision string `json:"precision"`
	Heading   string `json:"heading"`
	Text      string `json:"text"`
}

// readTimeline collects the visible events and captions of a timeline page.
const readTimeline = `(() => {
	const norm = s => s.replace(/\s+/g, " ").trim();
	const events = [...document.querySelectorAll('[data-testid="event"]')].map(e => ({
		kind: e.dataset.kind, date: e.dataset.date || "", precision: e.dataset.precision || "",
		heading: norm(e.querySelector(".event-heading").textContent),
		text: norm(e.querySelector('[data-testid="event-text"]').textContent),
	}));
	const captions = [...document.querySelectorAll('[data-testid="caption"]')].map(c => ({
		kind: "caption", date: c.dataset.date || "", text: norm(c.querySelector("p").textContent),
	}));
	return JSON.stringify({events, captions});
})()`

type timelineDump struct {
	Events   []pageEvent `json:"events"`
	Captions []pageEvent `json:"captions"`
}

func dumpTimeline(t *testing.T, ctx context.Context) timelineDump {
	t.Helper()
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[string](readTimeline))
	if err != nil {
		t.Fatalf("read timeline: %v", err)
	}
	var d timelineDump
	if err := json.Unmarshal([]byte(raw), &d); err != nil {
		t.Fatalf("decode timeline: %v", err)
	}
	return d
}

// seedGold is the part of seed.gold.json the test checks.
type seedGold struct {
	Updates []struct {
		Starts   string   `json:"starts"`
		Optional bool     `json:"optional"`
		Dates    []string `json:"dates"`
	} `json:"updates"`
	Captions []struct {
		Starts string `json:"starts"`
	} `json:"captions"`
}

func norm(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestBrowserImportSeed imports the development seed (real agency text, read
// from ../shared/eval/dev, never shipped) through the import form and checks
// the timeline against its gold answers: every update shown once, in order,
// on the right date, and no caption shown twice.
func TestBrowserImportSeed(t *testing.T) {
	seed, err := os.ReadFile(filepath.Join(devDir(), "seed.txt"))
	if err != nil {
		skipOrFail(t, "the development documents are not here (%v); they live in ../shared/eval/dev", err)
	}
	goldJSON, err := os.ReadFile(filepath.Join(devDir(), "seed.gold.json"))
	if err != nil {
		skipOrFail(t, "no seed.gold.json: %v", err)
	}
	var gold seedGold
	if err := json.Unmarshal(goldJSON, &gold); err != nil {
		t.Fatalf("seed.gold.json: %v", err)
	}
	ctx := newBrowser(t)
	srv := startServer(t, nil, "serve", "--addr", "127.0.0.1:0", "--db", filepath.Join(t.TempDir(), "f.db"))

	start := time.Now()
	err = chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/import"),
		chromedp.WaitVisible(chromedp.ID("document")),
		chromedp.SetValue(chromedp.ID("document"), string(seed)),
		chromedp.SetValue(chromedp.ID("title"), "Seed through the browser"),
		chromedp.Click(chromedp.CSS(`[data-testid="import-submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="summary"]`)),
	)
	if err != nil {
		t.Fatalf("import the seed through the form: %v\nlog:\n%s", err, srv.log)
	}
	t.Logf("seed imported through the form in %v", time.Since(start).Round(time.Millisecond))

	// The seed runs two pages together, dated a year apart: the summary
	// offers to split them.
	splitOffers, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll('[data-testid="split"]').length`))
	if err != nil {
		t.Fatal(err)
	}
	if splitOffers != 1 {
		t.Errorf("no offer to split the seed's two parts (March 2025 and January 2026)")
	}
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`[data-testid="open-timeline"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="timeline"]`)),
	); err != nil {
		t.Fatalf("open the timeline: %v", err)
	}
	d := dumpTimeline(t, ctx)
	if len(d.Events) == 0 {
		t.Fatal("the timeline shows no events")
	}

	// In order: dates never go back.
	for i := 1; i < len(d.Events); i++ {
		if d.Events[i].Date != "" && d.Events[i-1].Date != "" && d.Events[i].Date < d.Events[i-1].Date {
			t.Errorf("event %d (%s) is dated before the one above it (%s)", i+1, d.Events[i].Date, d.Events[i-1].Date)
		}
	}
	if d.Events[0].Date != "2025-03-27" {
		t.Errorf("first update dated %q, want 2025-03-27 (the Noem article)", d.Events[0].Date)
	}

	// Every required gold update is one shown event, on one of its dates.
	for _, g := range gold.Updates {
		var found []pageEvent
		for _, e := range d.Events {
			if strings.HasPrefix(e.Text, norm(g.Starts)) {
				found = append(found, e)
			}
		}
		switch {
		case len(found) == 0 && !g.Optional:
			t.Errorf("no event starts %q", g.Starts)
		case len(found) > 1:
			t.Errorf("%d events start %q", len(found), g.Starts)
		case len(found) == 1 && len(g.Dates) > 0 && !contains(g.Dates, found[0].Date):
			t.Errorf("event %q dated %q, want one of %v", g.Starts, found[0].Date, g.Dates)
		}
	}

	// Captions: each distinct caption once, folded away, never repeated.
	seen := map[string]int{}
	for _, c := range d.Captions {
		seen[c.Text]++
	}
	for text, n := range seen {
		if n > 1 {
			t.Errorf("caption shown %d times: %.60q", n, text)
		}
	}
	for _, e := range d.Events {
		if seen[e.Text] > 0 {
			t.Errorf("caption text shown as an update too: %.60q", e.Text)
		}
	}
	if len(d.Captions) != len(gold.Captions) {
		t.Errorf("%d captions shown, want the %d distinct ones", len(d.Captions), len(gold.Captions))
	}
	for _, g := range gold.Captions {
		n := 0
		for _, c := range d.Captions {
			if strings.HasPrefix(c.Text, norm(g.Starts)) {
				n++
			}
		}
		if n == 0 {
			t.Errorf("caption %q not shown", g.Starts)
		}
	}
	hidden, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.querySelector('[data-testid="hidden-note"]')||{textContent:""}).textContent`))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(norm(hidden), "repeated blocks are hidden") {
		t.Errorf("hidden note %q: the seed repeats its ten captions", norm(hidden))
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestBrowserSampleAndReview opens the sample story, reviews a claim through
// its form, and imports an invented page watching the form's busy state.
func TestBrowserSampleAndReview(t *testing.T) {
	ctx := newBrowser(t)
	srv := startServer(t, nil, "serve", "--addr", "127.0.0.1:0", "--db", filepath.Join(t.TempDir(), "f.db"))

	// Keyboard: the first Tab reaches the skip link.
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="story-row"]`)),
		chromedp.KeyEvent("\t"),
	)
	if err != nil {
		t.Fatal(err)
	}
	focused, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.activeElement.className`))
	if err != nil {
		t.Fatal(err)
	}
	if focused != "skip-link" {
		t.Errorf("first Tab focuses %q, want the skip link", focused)
	}

	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`[data-slug="`+sample.Slug+`"] a`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="timeline"]`)),
	)
	if err != nil {
		t.Fatalf("open the sample: %v", err)
	}
	d := dumpTimeline(t, ctx)
	if len(d.Events) != 11 || len(d.Captions) != 2 {
		t.Errorf("sample shows %d updates and %d captions, want 11 and 2", len(d.Events), len(d.Captions))
	}

	// Review the first claim: open its review, choose a verdict, save.
	attr, err := chromedp.Run(ctx, chromedp.AttributeValue(chromedp.CSS(`[data-testid="claim"]`), "data-claim"))
	if err != nil || attr.Value == "" {
		t.Fatalf("no claim in the sample: %v", err)
	}
	sel := `#claim-` + attr.Value
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(sel+` [data-testid="review"] summary`)),
		chromedp.SetValue(chromedp.CSS(sel+` select[name="status"]`), "unverifiable"),
		chromedp.SendKeys(chromedp.CSS(sel+` textarea[name="note"]`), "Only one source so far."),
		chromedp.Click(chromedp.CSS(sel+` form button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(sel+` [data-testid="verdict"].verdict-unverifiable`)),
	)
	if err != nil {
		t.Fatalf("review a claim: %v", err)
	}
	verdict, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel+` [data-testid="verdict"]`)))
	if err != nil {
		t.Fatal(err)
	}
	if verdict != "Unverifiable" {
		t.Errorf("verdict %q", verdict)
	}
	note, err := chromedp.Run(ctx, chromedp.Value(chromedp.CSS(sel+` textarea[name="note"]`)))
	if err != nil || note != "Only one source so far." {
		t.Errorf("note %q (%v)", note, err)
	}

	// Import: once submitted, the button is disabled and says so, and the
	// progress element shows. A mutation observer records the state into
	// sessionStorage, which outlives the navigation to the summary (the
	// DevTools protocol does not answer while the page's own navigation is
	// pending, so the state cannot be read from outside then).
	page := "Oct. 20, 2026, 8:05 a.m. EDT\nFerry runs aground off Gull Point\n\nA passenger ferry ran aground off Gull Point early Tuesday, the coast guard said.\n"
	err = chromedp.Do(ctx,
		chromedp.Navigate(srv.URL+"/import"),
		chromedp.WaitVisible(chromedp.ID("document")),
		chromedp.SetValue(chromedp.ID("document"), page),
		chromedp.Evaluate[chromedp.Void](`(() => {
			sessionStorage.removeItem("busy");
			const form = document.querySelector("form[data-import-form]");
			const button = form.querySelector('[data-testid="import-submit"]');
			const progress = form.querySelector("[data-progress]");
			new MutationObserver(() => sessionStorage.setItem("busy", JSON.stringify({
				disabled: button.disabled, label: button.textContent, progress: !progress.hidden,
			}))).observe(form, {attributes: true, childList: true, characterData: true, subtree: true});
		})()`),
		chromedp.Click(chromedp.CSS(`[data-testid="import-submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="summary"]`)),
	)
	if err != nil {
		t.Fatalf("import through the form: %v", err)
	}
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[string](`sessionStorage.getItem("busy") || ""`))
	if err != nil {
		t.Fatal(err)
	}
	var state struct {
		Disabled bool   `json:"disabled"`
		Label    string `json:"label"`
		Progress bool   `json:"progress"`
	}
	if raw == "" {
		t.Fatal("the form did not change when submitted")
	}
	if err := json.Unmarshal([]byte(raw), &state); err != nil {
		t.Fatal(err)
	}
	if !state.Disabled || state.Label != "Importing…" || !state.Progress {
		t.Errorf("busy state: %+v", state)
	}
}

// chartTable reads the series page's chart points and table rows.
const chartTable = `(() => {
	const svg = document.querySelector('[data-testid="chart"] svg.chart');
	const table = document.getElementById(svg.getAttribute("aria-describedby"));
	const points = [...svg.querySelectorAll("a.point[data-point]")].map(a => ({
		id: a.dataset.point, value: a.dataset.value, href: a.getAttribute("href")}));
	const rows = [...table.querySelectorAll("tbody tr")].map(tr => ({
		id: tr.dataset.figure, value: tr.dataset.value,
		href: tr.querySelector('[data-testid="event-link"]').getAttribute("href"),
		wording: tr.querySelector("td.wording").textContent.replace(/^“|”$/g, "")}));
	return JSON.stringify({points, rows});
})()`

type chartRow struct {
	ID      string `json:"id"`
	Value   string `json:"value"`
	Href    string `json:"href"`
	Wording string `json:"wording"`
}

// layout measures what a reader scrolls: the page's width against the
// viewport's, and the chart's box.
const layout = `(() => {
	const r = document.querySelector('[data-testid="chart"] svg.chart').getBoundingClientRect();
	return JSON.stringify({scrollWidth: document.scrollingElement.scrollWidth, innerWidth: window.innerWidth,
		left: r.left, right: r.right, width: r.width, height: r.height});
})()`

// TestBrowserSeriesPage opens the sample's death toll, checks that the chart
// and the table hold the same figures, follows a point of the chart to its
// update on the story page, and checks that the chart fits phone and desktop
// widths without horizontal scrolling.
func TestBrowserSeriesPage(t *testing.T) {
	ctx := newBrowser(t)
	srv := startServer(t, nil, "serve", "--addr", "127.0.0.1:0", "--db", filepath.Join(t.TempDir(), "f.db"))
	page := srv.URL + "/stories/" + sample.Slug + "/series/deaths"

	if err := chromedp.Do(ctx,
		chromedp.Navigate(page),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="chart"] svg.chart`)),
	); err != nil {
		t.Fatalf("open the series page: %v\nlog:\n%s", err, srv.log)
	}
	raw, err := chromedp.Run(ctx, chromedp.Evaluate[string](chartTable))
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Points []chartRow `json:"points"`
		Rows   []chartRow `json:"rows"`
	}
	if err := json.Unmarshal([]byte(raw), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Points) < 3 || len(got.Points) != len(got.Rows) {
		t.Fatalf("chart has %d points, table %d rows", len(got.Points), len(got.Rows))
	}
	rows := map[string]chartRow{}
	for _, r := range got.Rows {
		rows[r.ID] = r
	}
	for _, p := range got.Points {
		r, ok := rows[p.ID]
		if !ok || r.Value != p.Value || r.Href != p.Href {
			t.Errorf("chart point %+v, table row %+v", p, r)
		}
	}

	// Follow the chart's last point: the story page opens on its update.
	last := got.Points[len(got.Points)-1]
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`svg.chart a.point[data-point="`+last.ID+`"]`)),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="timeline"]`)),
	); err != nil {
		t.Fatalf("follow a point: %v", err)
	}
	// The page scrolls to its target, smoothly where motion is welcome:
	// wait until it is there (the poll fails after its timeout otherwise).
	inView := `(() => { const t = document.querySelector(":target"); if (!t) return false;
		const r = t.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; })()`
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](inView, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Errorf("the update never scrolled into view: %v", err)
	}
	raw, err = chromedp.Run(ctx, chromedp.Evaluate[string](`(() => {
		const t = document.querySelector(":target");
		const r = t ? t.getBoundingClientRect() : {top: -1, bottom: -1};
		return JSON.stringify({path: location.pathname, hash: location.hash, id: t ? t.id : "",
			text: t ? t.querySelector('[data-testid="event-text"]').textContent : "",
			top: r.top, height: window.innerHeight});
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	var target struct {
		Path, Hash, ID, Text string
		Top, Height          float64
	}
	if err := json.Unmarshal([]byte(raw), &target); err != nil {
		t.Fatal(err)
	}
	wantHash := last.Href[strings.Index(last.Href, "#"):]
	if target.Path != "/stories/"+sample.Slug || target.Hash != wantHash || "#"+target.ID != wantHash {
		t.Errorf("followed to %s%s, target %q; want %s", target.Path, target.Hash, target.ID, last.Href)
	}
	if !strings.Contains(norm(target.Text), norm(rows[last.ID].Wording)) {
		t.Errorf("the update shown (%q) does not say %q", norm(target.Text), rows[last.ID].Wording)
	}
	if target.Top < 0 || target.Top > target.Height {
		t.Errorf("the update is not in view: top %v of %v", target.Top, target.Height)
	}

	// No horizontal scrolling at a phone's width or a desktop's.
	for _, width := range []int64{375, 1280} {
		if err := chromedp.Do(ctx,
			chromedp.EmulateViewport(width, 800),
			chromedp.Navigate(page),
			chromedp.WaitVisible(chromedp.CSS(`[data-testid="chart"] svg.chart`)),
		); err != nil {
			t.Fatal(err)
		}
		raw, err := chromedp.Run(ctx, chromedp.Evaluate[string](layout))
		if err != nil {
			t.Fatal(err)
		}
		var l struct {
			ScrollWidth, InnerWidth    float64
			Left, Right, Width, Height float64
		}
		if err := json.Unmarshal([]byte(raw), &l); err != nil {
			t.Fatal(err)
		}
		if l.InnerWidth != float64(width) {
			t.Errorf("viewport %v, want %d", l.InnerWidth, width)
		}
		if l.ScrollWidth > l.InnerWidth {
			t.Errorf("at %d px the page scrolls sideways: %v wide", width, l.ScrollWidth)
		}
		if l.Left < 0 || l.Right > l.InnerWidth || l.Width <= 0 || l.Height <= 0 {
			t.Errorf("at %d px the chart is at %v..%v (%vx%v), outside the viewport", width, l.Left, l.Right, l.Width, l.Height)
		}
	}
}
