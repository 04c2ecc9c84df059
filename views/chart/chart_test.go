package chart

import (
	"encoding/xml"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"factline/timeline"
	"factline/timeline/series"
)

type node struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Content string     `xml:",chardata"`
	Nodes   []node     `xml:",any"`
}

func (n *node) attr(name string) (string, bool) {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value, true
		}
	}
	return "", false
}

func (n *node) class() string { c, _ := n.attr("class"); return c }

func (n *node) hasClass(c string) bool {
	for _, f := range strings.Fields(n.class()) {
		if f == c {
			return true
		}
	}
	return false
}

func walk(n *node, fn func(*node)) {
	fn(n)
	for i := range n.Nodes {
		walk(&n.Nodes[i], fn)
	}
}

func find(n *node, pred func(*node) bool) []*node {
	var out []*node
	walk(n, func(x *node) {
		if pred(x) {
			out = append(out, x)
		}
	})
	return out
}

func byClass(tag, class string) func(*node) bool {
	return func(n *node) bool { return (tag == "" || n.XMLName.Local == tag) && n.hasClass(class) }
}

func parse(t *testing.T, svg string) *node {
	t.Helper()
	var root node
	if err := xml.Unmarshal([]byte(svg), &root); err != nil {
		t.Fatalf("not well-formed XML: %v\n%.2000s", err, svg)
	}
	if root.XMLName.Local != "svg" {
		t.Fatalf("root %s", root.XMLName.Local)
	}
	return &root
}

func fp(v float64) *float64 { return &v }

var est = time.FixedZone("EST", -5*3600)

func sample() *Chart {
	at := func(d, h, m int) time.Time { return time.Date(2030, 4, d, h, m, 0, 0, est) }
	return &Chart{
		ID: "chart-deaths", Title: "Deaths <&> \"toll\"", Unit: "people", TableID: "chart-deaths-table",
		Lines: []Line{
			{Name: "Ministry of Harbours", Points: []Point{
				{At: at(1, 9, 40), Value: 17, Bound: timeline.BoundAtLeast, Href: "/stories/s/events/1", Label: "at least 17"},
				{At: at(2, 8, 5), Value: 31, Bound: timeline.BoundExact, Href: "/stories/s/events/4"},
				{At: at(2, 16, 20), Value: 41, Bound: timeline.BoundExact, Href: "/stories/s/events/6"},
				{At: at(3, 7, 30), Value: 44, Bound: timeline.BoundExact, Href: "/stories/s/events/7", Flagged: true},
			}},
			{Name: "Dockworkers' League", Points: []Point{
				{At: at(1, 10, 15), Value: 23, Bound: timeline.BoundAtLeast, Href: "/stories/s/events/2"},
				{At: at(2, 12, 0), Value: 20, Low: fp(20), High: fp(35), Bound: timeline.BoundRange, Href: "/stories/s/events/5"},
				{At: at(3, 7, 30), Value: 52, Bound: timeline.BoundExact, Href: "/stories/s/events/7", Flagged: true},
			}},
			{Name: "", Points: []Point{
				{At: time.Date(2030, 4, 2, 0, 0, 0, 0, time.UTC), Day: true, Value: 30, Bound: timeline.BoundApprox, Href: "javascript:alert(1)"},
				{At: at(3, 9, 0), Value: 60, Bound: timeline.BoundAtMost, Href: "https://example.org/e/9"},
			}},
		},
		Context: []Point{{At: at(2, 16, 20), Value: 12, Label: "part: 12 rescuers", Href: "/stories/s/events/6"}},
	}
}

func TestStructure(t *testing.T) {
	c := sample()
	root := parse(t, SVG(c, Options{Location: est, Context: true}))

	// Responsive and accessible.
	if vb, _ := root.attr("viewBox"); vb != "0 0 640 400" {
		t.Errorf("viewBox %q", vb)
	}
	if w, _ := root.attr("width"); w != "100%" {
		t.Errorf("width %q, want 100%%", w)
	}
	if _, ok := root.attr("height"); ok {
		t.Error("a fixed height stops the chart from scaling")
	}
	if role, _ := root.attr("role"); role != "img" {
		t.Errorf("role %q", role)
	}
	if d, _ := root.attr("aria-describedby"); d != "chart-deaths-table" {
		t.Errorf("aria-describedby %q", d)
	}
	labelled, _ := root.attr("aria-labelledby")
	ids := map[string]*node{}
	walk(root, func(n *node) {
		if id, ok := n.attr("id"); ok {
			if ids[id] != nil {
				t.Errorf("duplicate id %q", id)
			}
			ids[id] = n
		}
	})
	for _, id := range strings.Fields(labelled) {
		if ids[id] == nil {
			t.Errorf("aria-labelledby names %q, which is not in the chart", id)
		}
	}
	title, desc := ids["chart-deaths-title"], ids["chart-deaths-desc"]
	if title == nil || title.XMLName.Local != "title" || title.Content != c.Title {
		t.Errorf("title %+v", title)
	}
	if desc == nil || desc.XMLName.Local != "desc" || !strings.Contains(desc.Content, "Ministry of Harbours: 4 figures, from at least 17") ||
		!strings.Contains(desc.Content, "2 figures flagged") {
		t.Errorf("desc %+v", desc)
	}

	// One line per source, one marker group per point, links kept when safe.
	lines := find(root, byClass("path", "line"))
	if len(lines) != 3 {
		t.Fatalf("%d line paths, want 3", len(lines))
	}
	for i, l := range lines {
		d, _ := l.attr("d")
		if n := strings.Count(d, "M") + strings.Count(d, "L"); n != len(c.Lines[i].Points) {
			t.Errorf("line %d path has %d vertices, want %d: %s", i, n, len(c.Lines[i].Points), d)
		}
		if stroke, _ := l.attr("stroke"); stroke != LineColour(i) {
			t.Errorf("line %d colour %s", i, stroke)
		}
	}
	points := find(root, byClass("", "point"))
	if len(points) != 9 {
		t.Fatalf("%d points, want 9", len(points))
	}
	var hrefs []string
	for _, p := range points {
		if h, ok := p.attr("href"); ok {
			hrefs = append(hrefs, h)
		}
	}
	want := []string{"/stories/s/events/1", "/stories/s/events/4", "/stories/s/events/6", "/stories/s/events/7",
		"/stories/s/events/2", "/stories/s/events/5", "/stories/s/events/7", "https://example.org/e/9"}
	if strings.Join(hrefs, " ") != strings.Join(want, " ") {
		t.Errorf("hrefs %v, want %v (javascript: dropped)", hrefs, want)
	}
	if p := points[0]; p.XMLName.Local != "a" || len(p.Nodes) == 0 || p.Nodes[0].XMLName.Local != "title" || p.Nodes[0].Content != "at least 17" {
		t.Errorf("first point %+v", p)
	}

	// Bounds drawn as bounds.
	count := func(tag, class string) int { return len(find(root, byClass(tag, class))) }
	plotted := func(tag, class string) int {
		n := 0
		for _, p := range points {
			n += len(find(p, byClass(tag, class)))
		}
		return n
	}
	for _, tt := range []struct {
		tag, class string
		want       int
	}{
		{"path", "bound-lower", 2}, {"path", "bound-upper", 1}, {"circle", "approx", 1},
		{"rect", "range", 1}, {"circle", "flag", 2}, {"line", "day", 1},
	} {
		if got := plotted(tt.tag, tt.class); got != tt.want {
			t.Errorf("%s.%s on points: %d, want %d", tt.tag, tt.class, got, tt.want)
		}
	}
	if n := count("a", "context-point"); n != 1 {
		t.Errorf("%d context marks, want 1", n)
	}
	if n := len(find(root, byClass("a", "flagged"))); n != 2 {
		t.Errorf("%d flagged links", n)
	}
	// The range band spans 20 to 35: its top is above its bottom by the
	// scale's 15 units.
	var band *node
	for _, p := range points {
		if r := find(p, byClass("rect", "range")); len(r) == 1 {
			band = r[0]
		}
	}
	grid := map[string]float64{} // y of each labelled value
	for _, g := range find(root, byClass("g", "y-axis")) {
		for _, n := range g.Nodes {
			if n.XMLName.Local == "text" && !n.hasClass("unit") {
				y, _ := n.attr("y")
				v, _ := strconv.ParseFloat(y, 64)
				grid[n.Content] = v - 4
			}
		}
	}
	by, _ := band.attr("y")
	bh, _ := band.attr("height")
	top, _ := strconv.ParseFloat(by, 64)
	height, _ := strconv.ParseFloat(bh, 64)
	perUnit := (grid["0"] - grid["20"]) / 20
	if math.Abs(top+height-grid["20"]) > 0.2 || math.Abs(height-15*perUnit) > 0.2 {
		t.Errorf("range band from %v to %v, want %v to %v", top, top+height, grid["20"]-15*perUnit, grid["20"])
	}
	// A legend entry per source; the unnamed source is "Reported".
	items := find(root, byClass("g", "legend-item"))
	if len(items) != 6 { // wide and narrow legends
		t.Errorf("%d legend items, want 3 per legend", len(items))
	}
	var legendText []string
	for _, it := range find(root, byClass("g", "wide"))[0].Nodes {
		for _, n := range it.Nodes {
			if n.XMLName.Local == "text" && it.hasClass("legend-item") {
				legendText = append(legendText, n.Content)
			}
		}
	}
	if strings.Join(legendText, "|") != "Ministry of Harbours|Dockworkers' League|Reported" {
		t.Errorf("legend %q", legendText)
	}
	checkInside(t, root, 640, 400)
}

// checkInside asserts that every coordinate is a finite number within the
// viewBox.
func checkInside(t *testing.T, root *node, w, h float64) {
	t.Helper()
	walk(root, func(n *node) {
		for _, a := range n.Attrs {
			var lim float64
			switch a.Name.Local {
			case "x", "x1", "x2", "cx":
				lim = w
			case "y", "y1", "y2", "cy":
				lim = h
			default:
				continue
			}
			if strings.HasSuffix(a.Value, "%") {
				continue
			}
			v, err := strconv.ParseFloat(a.Value, 64)
			if err != nil || math.IsNaN(v) || v < -20 || v > lim+20 {
				t.Errorf("<%s %s=%q> outside the %vx%v box", n.XMLName.Local, a.Name.Local, a.Value, w, h)
			}
		}
		if d, ok := n.attr("d"); ok && (strings.Contains(d, "NaN") || strings.Contains(d, "Inf")) {
			t.Errorf("path %q", d)
		}
	})
}

func TestEdgeCases(t *testing.T) {
	at := func(h int) time.Time { return time.Date(2030, 5, 1, h, 0, 0, 0, time.UTC) }
	tests := []struct {
		name   string
		c      *Chart
		o      Options
		points int
		check  func(*testing.T, *node)
	}{
		{"zero points", &Chart{Title: "Missing"}, Options{}, 0, func(t *testing.T, root *node) {
			if len(find(root, byClass("text", "empty"))) != 1 || len(find(root, byClass("path", "line"))) != 0 {
				t.Error("no 'no figures' text, or lines drawn")
			}
			if d := find(root, func(n *node) bool { return n.XMLName.Local == "desc" }); len(d) != 1 || !strings.Contains(d[0].Content, "no figures") {
				t.Errorf("desc %+v", d)
			}
		}},
		{"one point", &Chart{Title: "x", Lines: []Line{{Name: "A", Points: []Point{{At: at(9), Value: 5}}}}}, Options{}, 1, func(t *testing.T, root *node) {
			texts := find(root, func(n *node) bool { return n.XMLName.Local == "text" })
			if len(find(root, byClass("g", "x-axis"))) != 1 || len(find(root, byClass("g", "y-axis"))) != 1 || len(texts) < 4 {
				t.Error("no axes")
			}
		}},
		{"equal values", &Chart{Title: "x", Lines: []Line{{Name: "A", Points: []Point{{At: at(1), Value: 7}, {At: at(2), Value: 7}, {At: at(3), Value: 7}}}}}, Options{}, 3, func(t *testing.T, root *node) {
			ys := map[string]bool{}
			for _, c := range find(root, byClass("circle", "marker")) {
				if p, _ := c.attr("cy"); p != "" {
					ys[p] = true
				}
			}
			if len(ys) != 1 {
				t.Errorf("equal values at different heights: %v", ys)
			}
		}},
		{"huge values", &Chart{Title: "x", Unit: "USD", Lines: []Line{{Name: "A", Points: []Point{{At: at(1), Value: 2.5e12}, {At: at(5), Value: 4e12, Bound: timeline.BoundMoreThan}}}}}, Options{}, 2, func(t *testing.T, root *node) {
			var labels []string
			for _, g := range find(root, byClass("g", "y-axis")) {
				for _, n := range g.Nodes {
					if n.XMLName.Local == "text" && !n.hasClass("unit") {
						labels = append(labels, n.Content)
					}
				}
			}
			joined := strings.Join(labels, " ")
			if !strings.Contains(joined, "T") || strings.Contains(joined, "e+") {
				t.Errorf("labels %v", labels)
			}
		}},
		{"negative and NaN", &Chart{Title: "x", Lines: []Line{{Name: "A", Points: []Point{{At: at(1), Value: -40}, {At: at(2), Value: math.NaN()}, {At: at(3), Value: 10}}}}}, Options{}, 2, nil},
		{"narrow box", sample(), Options{Width: 360, Height: 300, Location: est}, 9, func(t *testing.T, root *node) {
			if vb, _ := root.attr("viewBox"); vb != "0 0 360 300" {
				t.Errorf("viewBox %s", vb)
			}
		}},
		{"minute precision hours apart", &Chart{Title: "x", Lines: []Line{{Name: "A", Points: []Point{
			{At: time.Date(2030, 5, 1, 9, 5, 0, 0, est), Value: 1}, {At: time.Date(2030, 5, 1, 9, 50, 0, 0, est), Value: 3}}}}},
			Options{Location: est}, 2, func(t *testing.T, root *node) {
				var ticks []string
				for _, g := range find(root, byClass("g", "x-axis")) {
					for _, n := range g.Nodes {
						if n.XMLName.Local == "text" {
							ticks = append(ticks, n.Content)
						}
					}
				}
				if len(ticks) < 2 || !strings.Contains(strings.Join(ticks, " "), "09:") {
					t.Errorf("ticks %v, want clock times in the page's zone", ticks)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := parse(t, SVG(tt.c, tt.o))
			if n := len(find(root, byClass("", "point"))); n != tt.points {
				t.Errorf("%d points, want %d", n, tt.points)
			}
			w, h := tt.o.Width, tt.o.Height
			if w == 0 {
				w, h = 640, 400
			}
			checkInside(t, root, w, h)
			if tt.check != nil {
				tt.check(t, root)
			}
		})
	}
}

func TestViewBoxScales(t *testing.T) {
	// The same chart in two boxes: coordinates scale with the box, so the
	// page's CSS (width 100%) decides the size on screen.
	c := sample()
	for _, o := range []Options{{Width: 320, Height: 240}, {Width: 1280, Height: 720}} {
		root := parse(t, SVG(c, o))
		var maxX float64
		for _, n := range find(root, byClass("circle", "marker")) {
			x, _ := n.attr("cx")
			v, _ := strconv.ParseFloat(x, 64)
			maxX = math.Max(maxX, v)
		}
		if maxX > o.Width || maxX < o.Width/2 {
			t.Errorf("box %v: rightmost marker at %v", o.Width, maxX)
		}
		checkInside(t, root, o.Width, o.Height)
	}
}

func TestPointsOutOfOrder(t *testing.T) {
	at := func(h int) time.Time { return time.Date(2030, 5, 1, h, 0, 0, 0, time.UTC) }
	c := &Chart{Lines: []Line{{Name: "A", Points: []Point{{At: at(5), Value: 1}, {At: at(1), Value: 2}, {At: at(3), Value: 3}}}}}
	root := parse(t, SVG(c, Options{}))
	d, _ := find(root, byClass("path", "line"))[0].attr("d")
	var xs []float64
	for _, seg := range strings.FieldsFunc(d, func(r rune) bool { return r == 'M' || r == 'L' }) {
		x, _ := strconv.ParseFloat(strings.Fields(seg)[0], 64)
		xs = append(xs, x)
	}
	if len(xs) != 3 || !(xs[0] < xs[1] && xs[1] < xs[2]) {
		t.Errorf("path goes back in time: %s", d)
	}
}

func TestSafeHref(t *testing.T) {
	for h, ok := range map[string]bool{
		"/stories/a/events/1": true, "events/1": true, "#e1": true, "?x=1": true, "https://x.org": true,
		"HTTP://x.org": true, "mailto:a@b.c": true, "javascript:alert(1)": false, "JavaScript:x": false,
		"data:text/html,x": false, "vbscript:x": false, "": false, "/a\nb": false, " javascript:x": false,
	} {
		if _, got := SafeHref(h); got != ok {
			t.Errorf("SafeHref(%q) = %v, want %v", h, got, ok)
		}
	}
}

func TestEscaping(t *testing.T) {
	c := &Chart{ID: `x" onload="alert(1)`, Title: "a </title><script>", Lines: []Line{{Name: "<b>&", Points: []Point{
		{At: time.Unix(0, 0), Value: 1, Label: "\"quoted\" & <tagged>\x01", Href: "/e?a=1&b=2"}}}}}
	out := SVG(c, Options{})
	root := parse(t, out)
	if strings.Contains(out, "<script>") || strings.Contains(out, `onload="`) {
		t.Errorf("markup injected: %.500s", out)
	}
	if h, _ := find(root, byClass("a", "point"))[0].attr("href"); h != "/e?a=1&b=2" {
		t.Errorf("href %q", h)
	}
}

func TestNiceStep(t *testing.T) {
	for raw, want := range map[float64]float64{0.13: 0.2, 1: 1, 1.5: 2, 3: 5, 7: 10, 12: 20, 260: 500, 0: 1, -3: 1, 4.2e11: 5e11} {
		if got := niceStep(raw); math.Abs(got-want) > want*1e-9 {
			t.Errorf("niceStep(%v) = %v, want %v", raw, got, want)
		}
	}
}

func TestTickLabel(t *testing.T) {
	for _, tt := range []struct {
		v, step float64
		unit    string
		want    string
	}{
		{0, 10, "", "0"}, {20, 10, "", "20"}, {12500, 2500, "", "12,500"}, {80000, 20000, "", "80,000"},
		{1200000, 200000, "", "1.2M"}, {3e9, 1e9, "USD", "3B"}, {2.5e12, 5e11, "", "2.5T"},
		{0.5, 0.1, "", "0.5"}, {40, 10, "%", "40%"}, {-2000, 1000, "", "-2,000"},
	} {
		if got := TickLabel(tt.v, tt.step, tt.unit); got != tt.want {
			t.Errorf("TickLabel(%v, %v, %q) = %q, want %q", tt.v, tt.step, tt.unit, got, tt.want)
		}
	}
}

func TestTimeTicks(t *testing.T) {
	tests := []struct {
		name     string
		t0, t1   time.Time
		max      int
		loc      *time.Location
		step     time.Duration
		first    string
		firstTop string
	}{
		{"minutes", time.Date(2030, 1, 1, 14, 3, 0, 0, time.UTC), time.Date(2030, 1, 1, 14, 50, 0, 0, time.UTC), 6, time.UTC, 10 * time.Minute, "2030-01-01 14:10", "14:10"},
		{"hours in the page's zone", time.Date(2030, 1, 1, 14, 0, 0, 0, time.UTC), time.Date(2030, 1, 2, 2, 0, 0, 0, time.UTC), 6, est, 3 * time.Hour, "2030-01-01 09:00", "09:00"},
		{"days", time.Date(2030, 1, 1, 10, 0, 0, 0, time.UTC), time.Date(2030, 1, 5, 10, 0, 0, 0, time.UTC), 6, time.UTC, 24 * time.Hour, "2030-01-02 00:00", "Jan 2"},
		{"months", time.Date(2030, 1, 10, 0, 0, 0, 0, time.UTC), time.Date(2030, 7, 1, 0, 0, 0, 0, time.UTC), 7, time.UTC, Month, "2030-02-01 00:00", "Feb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ticks, step := TimeTicks(tt.t0, tt.t1, tt.max, tt.loc)
			if step != tt.step || len(ticks) == 0 || len(ticks) > tt.max {
				t.Fatalf("step %v, %d ticks %v", step, len(ticks), ticks)
			}
			if got := ticks[0].Format("2006-01-02 15:04"); got != tt.first {
				t.Errorf("first tick %s, want %s", got, tt.first)
			}
			top, bottom := TimeLabel(ticks[0], time.Time{}, true, step)
			if top != tt.firstTop || bottom == "" {
				t.Errorf("first label %q %q", top, bottom)
			}
			for _, tk := range ticks {
				if tk.Before(tt.t0) || tk.After(tt.t1) {
					t.Errorf("tick %v outside the range", tk)
				}
			}
		})
	}
}

func TestFromSeries(t *testing.T) {
	w := func(d, h int) timeline.When {
		return timeline.Minute(time.Date(2030, 6, d, h, 0, 0, 0, est), "")
	}
	mk := func(ord int, when timeline.When, v float64, b timeline.Bound, src string) timeline.StoredEvent {
		vv := v
		return timeline.StoredEvent{ID: int64(ord), Revision: 1, Event: timeline.Event{Ordinal: ord, Kind: timeline.KindUpdate, Time: when,
			Text: "x dead", Figures: []timeline.Figure{{ID: "f" + strconv.Itoa(ord), Value: v, Low: &vv, Bound: b, Metric: "dead", Source: src, Text: "x dead", PartOf: -1}}}}
	}
	events := []timeline.StoredEvent{
		mk(1, w(1, 9), 10, timeline.BoundExact, "Harbour Office"),
		mk(2, timeline.Day(2030, 6, 2, "Tuesday"), 40, timeline.BoundAtLeast, "Relief Group"),
		mk(3, w(2, 15), 12, timeline.BoundExact, "Harbour Office"),
	}
	set := series.Build(events, nil, nil, series.Options{})
	s := set.Get("deaths")
	if s == nil {
		t.Fatal("no series")
	}
	c := FromSeries(s, func(p *series.Point) string { return "/events/" + strconv.FormatInt(p.EventID, 10) }, est)
	if c.Title != "Deaths" || c.ID != "chart-deaths" || c.TableID != "chart-deaths-table" || len(c.Lines) != 2 {
		t.Fatalf("chart %+v", c)
	}
	var flagged, day int
	for _, l := range c.Lines {
		for _, p := range l.Points {
			if p.Flagged {
				flagged++
			}
			if p.Day {
				day++
			}
			if !strings.HasPrefix(p.Href, "/events/") || !strings.Contains(p.Label, l.Name) {
				t.Errorf("point %+v", p)
			}
		}
	}
	// The relief group's "at least 40" and the office's 12 on June 2 disagree.
	if flagged != 2 || day != 1 {
		t.Errorf("flagged %d, day-only %d", flagged, day)
	}
	root := parse(t, SVG(c, Options{Location: est}))
	if n := len(find(root, byClass("a", "point"))); n != 3 {
		t.Errorf("%d linked points", n)
	}
}

// TestPointIDsAndExternalStyle: points named by an id carry it and their
// value as data, so a page can tie them to its table; ExternalStyle leaves
// the styling to the page's stylesheet.
func TestPointIDsAndExternalStyle(t *testing.T) {
	c := sample()
	c.Lines[0].Points[0].ID = "f17"
	c.Lines[2].Points[0].ID = `f"30`
	root := parse(t, SVG(c, Options{}))
	got := map[string]string{}
	walk(root, func(n *node) {
		if id, ok := n.attr("data-point"); ok {
			v, _ := n.attr("data-value")
			got[id] = n.XMLName.Local + " " + v
		}
	})
	// The approx point's unsafe link is dropped: it is a group, not a link.
	if len(got) != 2 || got["f17"] != "a 17" || got[`f"30`] != "g 30" {
		t.Errorf("data-point attributes %v", got)
	}
	if len(find(root, func(n *node) bool {
		_, ok := n.attr("data-point")
		return ok && n.XMLName.Local == "a" && n.class() == "point"
	})) != 1 {
		t.Error("the point's link lost its class")
	}

	inline := SVG(c, Options{})
	external := SVG(c, Options{ExternalStyle: true})
	if !strings.Contains(inline, "<style>") || !strings.Contains(inline, ` style="`) {
		t.Error("the standalone chart lost its style")
	}
	if strings.Contains(external, "<style>") || strings.Contains(external, ` style="`) {
		t.Error("ExternalStyle still writes inline style")
	}
	parse(t, external)
	for _, rule := range []string{"svg.chart{", ".narrow{display:none}", "@media (max-width:480px)"} {
		if !strings.Contains(Stylesheet, rule) {
			t.Errorf("Stylesheet lacks %q", rule)
		}
	}
}
