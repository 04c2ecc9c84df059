package series

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"factline/timeline"
	"factline/timeline/pipeline"
)

// The development documents are not part of the project: tests read them from
// ../shared/eval/dev and skip without them, except in CI.
func devDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "eval", "dev")
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("development documents missing at %s (CI=true)", dir)
		}
		t.Skipf("development documents not found at %s; skipping", dir)
	}
	return dir
}

func runPipeline(t *testing.T, path string) *timeline.Document {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := pipeline.New().Run(context.Background(), b, timeline.Options{})
	if err != nil {
		t.Fatalf("pipeline %s: %v", path, err)
	}
	return doc
}

// TestDevSeriesFromExtraction is the acceptance test of issue 4: the storm and
// mine-collapse documents, through the real pipeline, give the series a
// correct extraction must give. It fails while the extractor misses the
// figures; its messages say which.
func TestDevSeriesFromExtraction(t *testing.T) {
	dir := devDir(t)
	t.Run("mine-collapse", func(t *testing.T) {
		doc := runPipeline(t, filepath.Join(dir, "mine-collapse.txt"))
		set := Build(StoredEvents(doc), doc.Entities, nil, Options{})
		checkMine(t, set)
		if t.Failed() {
			t.Logf("series built from the extraction:\n%s", dump(set))
		}
	})
	t.Run("storm", func(t *testing.T) {
		doc := runPipeline(t, filepath.Join(dir, "storm.html"))
		set := Build(StoredEvents(doc), doc.Entities, nil, Options{})
		checkStorm(t, set)
		if t.Failed() {
			t.Logf("series built from the extraction:\n%s", dump(set))
		}
	})
}

// TestDevSeriesFromGoldFigures runs the same assertions on the documents'
// events (segmented and dated by the pipeline) carrying the gold figures,
// placed where their context phrase is, with no metric, unit or role: the
// series package must read what they count, their roles and their parts from
// the wording alone. It separates the series logic from the extractor's
// progress.
func TestDevSeriesFromGoldFigures(t *testing.T) {
	dir := devDir(t)
	for _, tc := range []struct {
		doc   string
		check func(*testing.T, *Set)
	}{
		{"mine-collapse.txt", checkMine},
		{"storm.html", checkStorm},
	} {
		t.Run(tc.doc, func(t *testing.T) {
			doc := runPipeline(t, filepath.Join(dir, tc.doc))
			placeGoldFigures(t, doc, filepath.Join(dir, strings.TrimSuffix(tc.doc, filepath.Ext(tc.doc))+".gold.json"))
			set := Build(StoredEvents(doc), nil, nil, Options{})
			tc.check(t, set)
			if t.Failed() || testing.Verbose() {
				t.Logf("series:\n%s", dump(set))
			}
		})
	}
}

type goldFigure struct {
	Value   float64         `json:"value"`
	Bound   json.RawMessage `json:"bound"`
	Source  []*string       `json:"source"`
	PartOf  *int            `json:"part_of"`
	Context string          `json:"context"`
}

func placeGoldFigures(t *testing.T, doc *timeline.Document, goldPath string) {
	t.Helper()
	b, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		Figures []goldFigure `json:"figures"`
	}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	type placed struct {
		gold  int
		event int
		fig   timeline.Figure
	}
	var all []placed
	fold := strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"")
	for gi, gf := range g.Figures {
		ctx := strings.ToLower(fold.Replace(gf.Context))
		ei, at := -1, -1
		for i := range doc.Events {
			if k := strings.Index(strings.ToLower(fold.Replace(doc.Events[i].Text)), ctx); k >= 0 {
				ei, at = i, k
				break
			}
		}
		if ei < 0 {
			continue // a headline figure: not in the event's text
		}
		// Offsets are into the folded text; the folds keep byte lengths
		// only for ASCII, so re-find the span in the original text.
		text := doc.Events[ei].Text
		start := byteOffset(text, fold.Replace(text), at)
		end := byteOffset(text, fold.Replace(text), at+len(ctx))
		var bound timeline.Bound
		var bounds []timeline.Bound
		if json.Unmarshal(gf.Bound, &bounds) == nil && len(bounds) > 0 {
			bound = bounds[0]
		} else {
			_ = json.Unmarshal(gf.Bound, &bound)
		}
		v := gf.Value
		f := timeline.Figure{Value: v, Bound: bound, Text: text[start:end], Start: start, End: end, PartOf: -1}
		switch bound {
		case timeline.BoundAtMost, timeline.BoundLessThan:
			f.High = &v
		default:
			f.Low = &v
		}
		if len(gf.Source) > 0 && gf.Source[0] != nil {
			f.Source = *gf.Source[0]
		}
		all = append(all, placed{gi, ei, f})
	}
	for i := range doc.Events {
		doc.Events[i].Figures = nil
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].event != all[j].event {
			return all[i].event < all[j].event
		}
		return all[i].fig.Start < all[j].fig.Start
	})
	index := map[int]int{} // gold index -> index in its event
	for _, p := range all {
		ev := &doc.Events[p.event]
		index[p.gold] = len(ev.Figures)
		p.fig.ID = fmt.Sprintf("g%d", p.gold)
		ev.Figures = append(ev.Figures, p.fig)
	}
	for _, p := range all {
		gf := g.Figures[p.gold]
		if gf.PartOf == nil {
			continue
		}
		if ti, ok := index[*gf.PartOf]; ok {
			doc.Events[p.event].Figures[index[p.gold]].PartOf = ti
		}
	}
}

// byteOffset maps an offset in folded to the same place in orig (the folds
// replace multi-byte quotes by one byte).
func byteOffset(orig, folded string, off int) int {
	oi, fi := 0, 0
	for fi < off && oi < len(orig) {
		r := []rune(orig[oi:])[0]
		n := len(string(r))
		fn := len(strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"").Replace(string(r)))
		oi += n
		fi += fn
	}
	return oi
}

// lineWith finds the line whose source contains any of the names (case
// folded).
func lineWith(s *Series, names ...string) *Line {
	for i := range s.Lines {
		src := strings.ToLower(s.Lines[i].Source)
		for _, n := range names {
			if src != "" && strings.Contains(src, strings.ToLower(n)) {
				return &s.Lines[i]
			}
		}
	}
	return nil
}

type wantPoint struct {
	value   float64
	bound   timeline.Bound
	day     string
	ordinal int
}

func checkLine(t *testing.T, what string, l *Line, want []wantPoint, optionalTail ...wantPoint) {
	t.Helper()
	if l == nil {
		t.Errorf("%s: no such line", what)
		return
	}
	got := l.Points
	if len(got) == len(want)+len(optionalTail) && len(optionalTail) > 0 {
		want = append(slices.Clone(want), optionalTail...)
	}
	if len(got) != len(want) {
		t.Errorf("%s: %d points %s, want %d %v", what, len(got), pointsText(got), len(want), want)
		return
	}
	for i, w := range want {
		p := got[i]
		day := p.When.Date().Format(time.DateOnly)
		if p.Value != w.value || p.Bound != w.bound || day != w.day || p.Ordinal != w.ordinal {
			t.Errorf("%s point %d: %v %s on %s (e%d), want %v %s on %s (e%d)", what, i, p.Value, p.Bound, day, p.Ordinal, w.value, w.bound, w.day, w.ordinal)
		}
	}
}

func pointsText(ps []Point) string {
	var b strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&b, "[%v %s e%d %s] ", p.Value, p.Bound, p.Ordinal, p.When.String())
	}
	return b.String()
}

func flagsOf(s *Series, k FlagKind) []Flag {
	var out []Flag
	for _, f := range s.Flags {
		if f.Kind == k {
			out = append(out, f)
		}
	}
	return out
}

func valuesOf(s *Series, ids []string) []float64 {
	var out []float64
	for _, id := range ids {
		for _, l := range s.Lines {
			for _, p := range l.Points {
				if p.FigureID == id {
					out = append(out, p.Value)
				}
			}
		}
	}
	sort.Float64s(out)
	return out
}

func checkMine(t *testing.T, set *Set) {
	t.Helper()
	if deaths := set.Get("deaths"); deaths == nil {
		t.Errorf("no deaths series; series: %v", seriesIDs(set))
	} else {
		checkMineDeaths(t, set, deaths)
	}
	checkMineLevels(t, set)
	if len(set.Flags) != 1 {
		t.Errorf("story flags: %d, want only the deaths disagreement: %+v", len(set.Flags), set.Flags)
	}
}

func checkMineDeaths(t *testing.T, set *Set, deaths *Series) {
	t.Helper()
	if !deaths.Cumulative || deaths.Unit != "people" {
		t.Errorf("deaths: cumulative %v unit %q", deaths.Cumulative, deaths.Unit)
	}
	ministry := lineWith(deaths, "ministry")
	union := lineWith(deaths, "federation", "union", "mineworkers")
	checkLine(t, "deaths, ministry", ministry, []wantPoint{
		{17, timeline.BoundAtLeast, "2026-01-14", 1},
		{31, timeline.BoundExact, "2026-01-15", 4},
		{41, timeline.BoundExact, "2026-01-15", 6},
		{44, timeline.BoundExact, "2026-01-16", 7},
		{46, timeline.BoundExact, "2026-01-16", 9},
	})
	// The union leader repeats the 52 in the last update: a point or not,
	// as long as nothing else is.
	checkLine(t, "deaths, union", union, []wantPoint{
		{23, timeline.BoundAtLeast, "2026-01-14", 2},
		{52, timeline.BoundExact, "2026-01-16", 7},
	}, wantPoint{52, timeline.BoundExact, "2026-01-16", 9})
	if len(deaths.Lines) != 2 {
		t.Errorf("deaths: %d lines, want the ministry's and the union's: %v", len(deaths.Lines), lineIDs(deaths))
	}

	// Context: 12 rescuers are part of the 41; two more bodies an increment.
	var part, incr *Point
	for i := range deaths.Context {
		c := &deaths.Context[i]
		switch {
		case c.Value == 12 && c.Context == ContextPart:
			part = c
		case c.Value == 2 && c.Context == ContextIncrement:
			incr = c
		}
	}
	if part == nil {
		t.Errorf("deaths: 12 rescuers not context as a part; context %s", pointsText(deaths.Context))
	} else if ministry != nil && len(ministry.Points) >= 3 && part.Of != ministry.Points[2].FigureID {
		t.Errorf("deaths: 12 rescuers are a part of %q, want the 41 (%s)", part.Of, ministry.Points[2].FigureID)
	}
	if incr == nil {
		t.Errorf("deaths: two more bodies not context as an increment; context %s", pointsText(deaths.Context))
	}
	if r := set.Get("deaths.rescuers"); r == nil || r.Points() != 1 || r.Lines[0].Points[0].Value != 12 || r.Parent != "deaths" {
		t.Errorf("deaths.rescuers: want one point of 12 under deaths, got %+v", r)
	}

	// Flags: the sources disagree on Jan. 16 (44 and 46 against 52) and on no
	// other day; nothing else.
	dis := flagsOf(deaths, FlagDisagree)
	if len(dis) != 1 {
		t.Errorf("deaths: %d disagreement flags, want 1: %+v", len(dis), dis)
	} else {
		f := dis[0]
		got := valuesOf(deaths, f.Figures)
		if f.Day != "2026-01-16" || !slices.Equal(dedupe(got), []float64{44, 46, 52}) {
			t.Errorf("deaths disagreement: day %s values %v, want 2026-01-16 with 44, 46 and 52", f.Day, got)
		}
		if !strings.Contains(f.Message, "44") || !strings.Contains(f.Message, "52") {
			t.Errorf("deaths disagreement message %q", f.Message)
		}
	}
	for _, k := range []FlagKind{FlagFell, FlagBreakdown, FlagRevised} {
		if fs := flagsOf(deaths, k); len(fs) > 0 {
			t.Errorf("deaths: unexpected %s flags %+v", k, fs)
		}
	}
}

func checkMineLevels(t *testing.T, set *Set) {
	t.Helper()

	// Missing and trapped: levels, each source its own line, no flags.
	if m := set.Get("missing"); m == nil {
		t.Errorf("no missing series; series: %v", seriesIDs(set))
	} else {
		checkLine(t, "missing, ministry", lineWith(m, "ministry"), []wantPoint{{40, timeline.BoundExact, "2026-01-15", 4}})
		checkLine(t, "missing, union", lineWith(m, "federation", "union", "mineworkers"), []wantPoint{{60, timeline.BoundMoreThan, "2026-01-14", 2}})
		if m.Cumulative || len(m.Flags) > 0 {
			t.Errorf("missing: cumulative %v flags %+v", m.Cumulative, m.Flags)
		}
	}
	if tr := set.Get("trapped"); tr == nil {
		t.Errorf("no trapped series; series: %v", seriesIDs(set))
	} else {
		checkLine(t, "trapped, ministry", lineWith(tr, "ministry"), []wantPoint{{24, timeline.BoundAtLeast, "2026-01-14", 1}})
		checkLine(t, "trapped, union", lineWith(tr, "federation", "union", "mineworkers"), []wantPoint{{12, timeline.BoundExact, "2026-01-15", 5}})
		if len(tr.Flags) > 0 {
			t.Errorf("trapped: flags %+v", tr.Flags)
		}
	}
	// Amounts and shares never join the count of the dead.
	if d := set.Get("deaths"); d != nil {
		for _, l := range d.Lines {
			for _, p := range l.Points {
				if p.Value == 9000 || p.Value == 33.3 || p.Value == 610 {
					t.Errorf("deaths holds %v (%q)", p.Value, p.Text)
				}
			}
		}
	}
}

func checkStorm(t *testing.T, set *Set) {
	t.Helper()
	if deaths := set.Get("deaths"); deaths == nil {
		t.Errorf("no deaths series; series: %v", seriesIDs(set))
	} else {
		checkStormDeaths(t, deaths)
	}
	checkStormOutages(t, set)
	if len(set.Flags) != 1 {
		t.Errorf("story flags: %d, want only the fall of the toll: %+v", len(set.Flags), set.Flags)
	}
}

func checkStormDeaths(t *testing.T, deaths *Series) {
	t.Helper()
	emo := lineWith(deaths, "emergency management")
	checkLine(t, "deaths, emergency office", emo, []wantPoint{
		// 7:20 p.m. EST on Sept. 23 is Sept. 24 in UTC; the page's own date
		// is kept.
		{9, timeline.BoundExact, "2025-09-23", 4},
		{6, timeline.BoundExact, "2025-09-24", 7},
	})
	if len(deaths.Lines) != 1 {
		t.Errorf("deaths: lines %v, want the office's only", lineIDs(deaths))
	}
	fell := flagsOf(deaths, FlagFell)
	if len(fell) != 1 {
		t.Errorf("deaths: %d fall flags, want the correction from nine to six: %+v", len(fell), deaths.Flags)
	} else if emo != nil && len(emo.Points) == 2 && !slices.Equal(fell[0].Figures, []string{emo.Points[0].FigureID, emo.Points[1].FigureID}) {
		t.Errorf("fall flag figures %v, want the 9 and the 6", fell[0].Figures)
	} else if !strings.Contains(fell[0].Message, "9") || !strings.Contains(fell[0].Message, "6") {
		t.Errorf("fall flag message %q", fell[0].Message)
	}
	// Context: four killed by trees and two drowned are parts of nine; the
	// nine of "to six from nine" is restated; the two drownings are part of
	// six. Three deaths counted twice are not a point.
	var parts, restated int
	for _, c := range deaths.Context {
		switch c.Context {
		case ContextPart:
			parts++
		case ContextRestated:
			if c.Value == 9 {
				restated++
			}
		}
	}
	if parts != 3 {
		t.Errorf("deaths: %d parts in context, want 3 (4 and 2 of 9, 2 of 6): %s", parts, pointsText(deaths.Context))
	}
	if len(flagsOf(deaths, FlagBreakdown))+len(flagsOf(deaths, FlagDisagree)) > 0 {
		t.Errorf("deaths: unexpected flags %+v", deaths.Flags)
	}
	_ = restated // "from nine" is an optional figure: context if found
}

func checkStormOutages(t *testing.T, set *Set) {
	t.Helper()
	out := set.Get("without_power.customers")
	if out == nil {
		t.Errorf("no without_power.customers series; series: %v", seriesIDs(set))
		return
	}
	checkLine(t, "outages", lineWith(out, "brightwater"), []wantPoint{
		{640000, timeline.BoundMoreThan, "2025-09-23", 3},
		{1200000, timeline.BoundMoreThan, "2025-09-23", 4},
		{980000, timeline.BoundApprox, "2025-09-24", 6},
	})
	if out.Cumulative || len(out.Flags) > 0 {
		t.Errorf("outages are a level that may fall: cumulative %v flags %+v", out.Cumulative, out.Flags)
	}
}

func dedupe(v []float64) []float64 { return slices.Compact(slices.Clone(v)) }

func seriesIDs(set *Set) []string {
	var out []string
	for _, s := range set.Series {
		out = append(out, s.ID)
	}
	return out
}

func lineIDs(s *Series) []string {
	var out []string
	for _, l := range s.Lines {
		out = append(out, l.ID)
	}
	return out
}

// dump prints a set for failure messages.
func dump(set *Set) string {
	var b strings.Builder
	for _, s := range set.Series {
		fmt.Fprintf(&b, "%s (%s, unit %s, cumulative %v)\n", s.ID, s.Label, s.Unit, s.Cumulative)
		for _, l := range s.Lines {
			fmt.Fprintf(&b, "  %s: %s\n", l.ID, pointsText(l.Points))
		}
		for _, c := range s.Context {
			fmt.Fprintf(&b, "  context %s %v e%d of %s: %q\n", c.Context, c.Value, c.Ordinal, c.Of, c.Text)
		}
		for _, f := range s.Flags {
			fmt.Fprintf(&b, "  flag %s: %s\n", f.Kind, f.Message)
		}
	}
	return b.String()
}
