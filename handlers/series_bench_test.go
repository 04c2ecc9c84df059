package handlers

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"factline/timeline"
	"factline/timeline/series"
)

// benchToll is a long story: n stamped updates, each one of two sources'
// death tolls (so n points in one series), with an invented sentence of
// ordinary length around it.
func benchToll(n int) *timeline.Document {
	d := &timeline.Document{Title: "Bench"}
	start := time.Date(2031, 3, 1, 6, 0, 0, 0, time.FixedZone("EST", -5*3600))
	sources := []string{"Ministry of Health", "Red Crescent"}
	for i := range n {
		src := sources[i%2]
		num := strconv.Itoa(100 + i)
		phrase := num + " people had been killed"
		text := "The " + src + " said " + phrase + " by the morning, as crews worked through block " + strconv.Itoa(i) +
			" of the district while residents waited at the station. Officials urged calm."
		k := strings.Index(text, phrase)
		v := float64(100 + i)
		d.Events = append(d.Events, timeline.Event{Ordinal: i + 1, Kind: timeline.KindUpdate, Key: "u" + strconv.Itoa(i),
			Time: timeline.Minute(start.Add(time.Duration(i)*7*time.Minute), "stamp"), Text: text,
			Figures: []timeline.Figure{{ID: "f" + strconv.Itoa(i), Value: v, Low: &v, Bound: timeline.BoundExact,
				Unit: "people", Metric: "killed", Subject: "people", Source: src, PartOf: -1, Text: phrase, Start: k, End: k + len(phrase)}}})
	}
	return d
}

// BenchmarkSeriesPage10k is GET /stories/{slug}/series/deaths for a series of
// 10,000 points, through the whole handler over a real SQLite store: the
// page a browser gets, chart and table included. "warm" is every view but
// the first after a change (the built series are kept in memory, keyed by
// the story's updated_at; the SQLite query is the story's row); "stored" is
// a view that memory misses (after a restart, or with many stories in use):
// the series are read from what the first view kept in SQLite; "cold" reads
// the figures and builds the series at every view, as the first view after
// an import does.
func BenchmarkSeriesPage10k(b *testing.B) {
	store := openStore(b)
	ctx := context.Background()
	if _, err := store.CreateStory(ctx, timeline.NewStory{Slug: "bench", Title: "Bench"}); err != nil {
		b.Fatal(err)
	}
	doc := benchToll(10000)
	series.InferRoles(doc.Events) // as ImportDocument does
	if _, err := store.Import(ctx, "bench", timeline.ImportInput{Raw: []byte("bench"), Format: timeline.FormatText, Doc: doc}); err != nil {
		b.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		cache  int
		noKept bool
	}{{"warm", 0, false}, {"stored", -1, false}, {"cold", -1, true}} {
		b.Run(tc.name, func(b *testing.B) {
			h := New(Config{Store: store, Logger: slog.New(slog.DiscardHandler), SeriesCache: tc.cache, NoKeptSeries: tc.noKept})
			req := httptest.NewRequest(http.MethodGet, "/stories/bench/series/deaths", nil)
			size := 0
			// The first view after a change builds the series; "warm"
			// measures the views after it.
			h.ServeHTTP(&countingWriter{header: http.Header{}}, req)
			b.ReportAllocs()
			for b.Loop() {
				w := &countingWriter{header: http.Header{}}
				h.ServeHTTP(w, req)
				if w.status != http.StatusOK {
					b.Fatalf("status %d", w.status)
				}
				size = w.n
			}
			b.ReportMetric(float64(size)/1e6, "MB/page")
		})
	}
}

// countingWriter is a ResponseWriter that keeps only the status and size,
// so the benchmark measures the page, not a buffer of it.
type countingWriter struct {
	header http.Header
	status int
	n      int
}

func (w *countingWriter) Header() http.Header { return w.header }
func (w *countingWriter) WriteHeader(s int) {
	if w.status == 0 {
		w.status = s
	}
}
func (w *countingWriter) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	w.n += len(p)
	return io.Discard.Write(p)
}
