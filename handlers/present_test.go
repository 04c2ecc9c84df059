package handlers

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"factline/timeline"
	"factline/views"
)

func TestTimeView(t *testing.T) {
	est := time.FixedZone("EST", -5*3600)
	ist := time.FixedZone("", 5*3600+1800)
	cases := []struct {
		name            string
		w               timeline.When
		local, utc, iso string
		precision, date string
	}{
		{"minute in its zone", timeline.Minute(time.Date(2026, 1, 14, 9, 40, 0, 0, est), "Jan. 14, 2026, 9:40 AM EST"),
			"Jan. 14, 2026, 9:40 a.m. EST", "14:40 UTC", "2026-01-14T09:40:00-05:00", "minute", "2026-01-14"},
		{"on the hour", timeline.Minute(time.Date(2026, 3, 2, 21, 0, 0, 0, est), ""),
			"March 2, 2026, 9 p.m. EST", "02:00 UTC, March 3, 2026", "2026-03-02T21:00:00-05:00", "minute", "2026-03-02"},
		{"noon", timeline.Minute(time.Date(2026, 9, 5, 12, 0, 0, 0, est), ""),
			"Sept. 5, 2026, noon EST", "17:00 UTC", "2026-09-05T12:00:00-05:00", "minute", "2026-09-05"},
		{"midnight UTC", timeline.Minute(time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC), ""),
			"Aug. 1, 2026, midnight UTC", "", "2026-08-01T00:00:00Z", "minute", "2026-08-01"},
		{"unnamed zone", timeline.Minute(time.Date(2026, 6, 1, 18, 15, 0, 0, ist), ""),
			"June 1, 2026, 6:15 p.m. UTC+05:30", "12:45 UTC", "2026-06-01T18:15:00+05:30", "minute", "2026-06-01"},
		{"day", timeline.Day(2026, time.January, 12, "Monday"),
			"Monday, Jan. 12, 2026", "", "2026-01-12", "day", "2026-01-12"},
		{"unknown", timeline.When{Text: "recently"}, "", "", "", "unknown", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := timeView(tc.w)
			if got.Local != tc.local || got.UTC != tc.utc || got.ISO != tc.iso || got.Precision != tc.precision || got.Date != tc.date {
				t.Errorf("got %+v", got)
			}
		})
	}
}

func TestFormatNumber(t *testing.T) {
	cases := map[float64]string{
		0: "0", 7: "7", 2400: "2,400", 123456: "123,456", -1500: "-1,500",
		40e6: "40 million", 2.3e9: "2.3 billion", 1234567: "1,234,567", 33.3: "33.3",
	}
	for v, want := range cases {
		if got := formatNumber(v); got != want {
			t.Errorf("formatNumber(%v) = %q, want %q", v, got, want)
		}
	}
}

func TestFigureAmount(t *testing.T) {
	lo, hi := 9.0, 12.0
	cases := []struct {
		f              timeline.Figure
		amount, counts string
	}{
		{timeline.Figure{Value: 7, Bound: timeline.BoundAtLeast, Unit: "people", Metric: "killed", Subject: "people"}, "at least 7", "people killed"},
		{timeline.Figure{Value: 2400, Bound: timeline.BoundAtLeast, Unit: "people", Metric: "evacuated", Subject: "residents"}, "at least 2,400", "residents evacuated"},
		{timeline.Figure{Value: 40e6, Bound: timeline.BoundExact, Unit: "USD", Metric: "funding", Subject: "emergency funds"}, "$40 million", "emergency funds"},
		{timeline.Figure{Value: 58, Bound: timeline.BoundApprox, Unit: "%", Subject: "turnout"}, "about 58%", "turnout"},
		{timeline.Figure{Value: 9, Low: &lo, High: &hi, Bound: timeline.BoundRange, Unit: "people", Metric: "missing"}, "9 to 12", "people missing"},
		{timeline.Figure{Value: 55, High: &hi, Bound: timeline.BoundAtMost, Unit: "homes"}, "at most 12", "homes"},
		{timeline.Figure{Value: 300, Bound: timeline.BoundMoreThan, Unit: "homes", Subject: "homes"}, "more than 300", "homes"},
	}
	for _, tc := range cases {
		amount, counts := figureAmount(&tc.f)
		if amount != tc.amount || counts != tc.counts {
			t.Errorf("%+v: got %q %q, want %q %q", tc.f, amount, counts, tc.amount, tc.counts)
		}
	}
}

// joined rebuilds a paragraph's text from its segments.
func joined(p views.Para) string {
	var b strings.Builder
	for _, s := range p.Segments {
		b.WriteString(s.Text)
	}
	return b.String()
}

func TestHighlight(t *testing.T) {
	text := "Mayor Ilse Brandt said 12 homes burned.\n\nThe fire chief said “no one was hurt” in Vörden."
	claim := func(part string) timeline.Claim {
		s, e := offsets(t, text, part)
		return timeline.Claim{ID: "c" + part[:3], Speaker: "S", Verb: "said", Start: s, End: e}
	}
	fig := func(part string) timeline.Figure {
		s, e := offsets(t, text, part)
		return timeline.Figure{ID: "f" + part[:2], Value: 12, Start: s, End: e}
	}
	cases := []struct {
		name    string
		claims  []timeline.Claim
		figures []timeline.Figure
		// marks lists each marked segment as claim|figure|text.
		marks []string
	}{
		{"none", nil, nil, nil},
		{"claim with a figure inside", []timeline.Claim{claim("Mayor Ilse Brandt said 12 homes burned.")}, []timeline.Figure{fig("12 homes")},
			[]string{"cMay||Mayor Ilse Brandt said ", "cMay|f12|12 homes", "cMay|| burned."}},
		{"claim across a paragraph break", []timeline.Claim{{ID: "cx", Start: strings.Index(text, "homes"), End: strings.Index(text, " “no")}}, nil,
			[]string{"cx||homes burned.", "cx||The fire chief said"}},
		{"multibyte text", []timeline.Claim{claim("“no one was hurt” in Vörden.")}, nil,
			[]string{"c“||“no one was hurt” in Vörden."}},
		{"offsets past the end are ignored", []timeline.Claim{{ID: "cbad", Start: 10, End: 999}}, nil, nil},
		{"offsets inside a character are ignored", []timeline.Claim{{ID: "cmid", Start: strings.Index(text, "ö") + 1, End: len(text)}}, nil, nil},
		{"empty span is ignored", []timeline.Claim{{ID: "cnil", Start: 5, End: 5}}, nil, nil},
		{"overlapping claims, innermost wins", []timeline.Claim{{ID: "cA", Start: 0, End: 22}, {ID: "cB", Start: 6, End: 17}}, nil,
			[]string{"cA||Mayor ", "cB||Ilse Brandt", "cA|| said"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var cvs []views.ClaimView
			for i := range tc.claims {
				cvs = append(cvs, claimView("s", &tc.claims[i]))
			}
			var fvs []views.FigureView
			for i := range tc.figures {
				tc.figures[i].Unit = "homes"
				fvs = append(fvs, figureView(&tc.figures[i]))
			}
			paras := highlight(text, cvs, fvs, tc.claims, tc.figures)
			if len(paras) != 2 {
				t.Fatalf("%d paragraphs, want 2", len(paras))
			}
			if joined(paras[0])+"\n\n"+joined(paras[1]) != text {
				t.Errorf("text changed: %q", joined(paras[0])+"|"+joined(paras[1]))
			}
			var marks []string
			for _, p := range paras {
				for _, s := range p.Segments {
					if s.Claim != "" || s.Figure != "" {
						marks = append(marks, s.Claim+"|"+s.Figure+"|"+s.Text)
					}
				}
			}
			if strings.Join(marks, "\n") != strings.Join(tc.marks, "\n") {
				t.Errorf("marks:\n%s\nwant:\n%s", strings.Join(marks, "\n"), strings.Join(tc.marks, "\n"))
			}
			// Each highlighted claim and figure is anchored once and linked.
			for _, cv := range cvs {
				if len(tc.marks) > 0 && cv.MarkAnchor != "m-"+cv.ID && strings.Contains(strings.Join(tc.marks, ""), cv.ID) {
					t.Errorf("claim %s anchor %q", cv.ID, cv.MarkAnchor)
				}
			}
		})
	}
}

func TestSlugify(t *testing.T) {
	cases := map[string]string{
		"Orrin Gap Dam failure: the latest": "orrin-gap-dam-failure-the-latest",
		"Zürich flood — day 2":              "zurich-flood-day-2",
		"  ¿Qué pasó?  ":                    "que-paso",
		"日本語":                               "",
		"A" + strings.Repeat(" word", 30):   "a" + strings.Repeat("-word", 11),
	}
	for in, want := range cases {
		if got := Slugify(in); got != want {
			t.Errorf("Slugify(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPartViews(t *testing.T) {
	parts := []timeline.Part{
		{Index: 0, First: 1, Last: 3, Date: timeline.Day(2025, 3, 27, ""), Title: "Minister visits the border"},
		{Index: 1, First: 4, Last: 20, Date: timeline.Day(2026, 1, 12, ""), Title: "Protests spread"},
		{Index: 2, First: 21, Last: 21, Title: ""},
	}
	got := partViews("iran", parts, map[string]bool{"protests-spread": true})
	want := []struct {
		slug string
		move bool
	}{{"minister-visits-the-border", true}, {"protests-spread-2", false}, {"iran-part-3", true}}
	for i, w := range want {
		if got[i].Slug != w.slug || got[i].Move != w.move {
			t.Errorf("part %d: slug %q move %v, want %q %v", i, got[i].Slug, got[i].Move, w.slug, w.move)
		}
	}
	if got[1].Events != 17 || got[0].Date != "Thursday, March 27, 2025" || got[2].Date != "" {
		t.Errorf("part details: %+v", got)
	}
}

func TestStatusOf(t *testing.T) {
	cases := []struct {
		err    error
		status int
		msg    string
	}{
		{timeline.Errorf(timeline.EInvalid, "bad"), 400, "bad"},
		{timeline.Errorf(timeline.EUnreadable, "unreadable"), 422, "unreadable"},
		{timeline.Errorf(timeline.ENotFound, "gone"), 404, "gone"},
		{timeline.Errorf(timeline.EConflict, "taken"), 409, "taken"},
		{timeline.Errorf(timeline.ETooLarge, "big"), 413, "big"},
		{timeline.Errorf(timeline.EUnsupported, "pdf"), 415, "pdf"},
		{timeline.Errorf(timeline.EForbidden, "no"), 403, "no"},
		{timeline.Errorf(timeline.EInternal, "disk on fire"), 500, "internal error"},
		{&DocumentError{Err: timeline.Errorf(timeline.EUnreadable, "binary")}, 422, "binary"},
		{errPlain("sql: connection reset"), 500, "internal error"},
	}
	for _, tc := range cases {
		status, msg := StatusOf(tc.err)
		if status != tc.status || msg != tc.msg {
			t.Errorf("StatusOf(%v) = %d %q, want %d %q", tc.err, status, msg, tc.status, tc.msg)
		}
	}
	if len(statusOf) != 9 {
		t.Errorf("the status table has %d codes; add the new code's status", len(statusOf))
	}
	if statusOf[timeline.EInvalid] != http.StatusBadRequest {
		t.Error("EInvalid must be 400")
	}
}

type errPlain string

func (e errPlain) Error() string { return string(e) }

func TestHumanBytes(t *testing.T) {
	cases := map[int64]string{1: "1 byte", 830: "830 bytes", 1024: "1 KiB", 1536: "1.5 KiB", 5 << 20: "5 MiB", 5<<20 + 1<<19: "5.5 MiB"}
	for n, want := range cases {
		if got := humanBytes(n); got != want {
			t.Errorf("humanBytes(%d) = %q, want %q", n, got, want)
		}
	}
}

// FuzzHighlight: whatever offsets the extractor gives, the highlighted text
// is the event's text, unchanged, and nothing panics.
func FuzzHighlight(f *testing.F) {
	f.Add("Mayor said 12 homes burned.\nNo one was hurt.", 0, 10, 11, 19)
	f.Add("“Ünïcode” quotes, said she.", 1, 9, -3, 400)
	f.Add("", 0, 0, 0, 0)
	f.Fuzz(func(t *testing.T, text string, cs, ce, fs, fe int) {
		claims := []timeline.Claim{{ID: "c1", Start: cs, End: ce}, {ID: "c2", Start: fs, End: ce}}
		figures := []timeline.Figure{{ID: "f1", Start: fs, End: fe}}
		cvs := []views.ClaimView{claimView("s", &claims[0]), claimView("s", &claims[1])}
		fvs := []views.FigureView{figureView(&figures[0])}
		var got strings.Builder
		for _, p := range highlight(text, cvs, fvs, claims, figures) {
			got.WriteString(joined(p))
		}
		var want strings.Builder
		for _, line := range strings.Split(text, "\n") {
			if strings.TrimSpace(line) != "" {
				want.WriteString(line)
			}
		}
		if got.String() != want.String() {
			t.Errorf("text changed: %q, want %q", got.String(), want.String())
		}
	})
}
