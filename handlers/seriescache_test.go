package handlers

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

// get serves one request through h and returns the status and body.
func get(t *testing.T, h http.Handler, path string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
	b, _ := io.ReadAll(rec.Body)
	return rec.Code, string(b)
}

// volatile are the parts of a page that differ between two requests.
var volatile = regexp.MustCompile(`(?:csrf[^"]*"|nonce=)"?[^"]*"`)

// TestKeptSeriesMatchBuilt checks that the series kept in the store between
// processes give the same pages and API answers as series built afresh, and
// that an import makes them be built again.
func TestKeptSeriesMatchBuilt(t *testing.T) {
	for _, doc := range []struct{ slug, name, ctype string }{
		{"storm", "storm.html", "text/html"},
		{"mine", "mine-collapse.txt", "text/plain"},
	} {
		t.Run(doc.slug, func(t *testing.T) {
			srv := newTestServer(t, nil)
			importDev(t, srv, doc.slug, doc.name, doc.ctype)
			quiet := slog.New(slog.DiscardHandler)
			// A handler that builds every time, one that keeps what it
			// builds, and one (a later process) that finds it kept.
			built := New(Config{Store: srv.store, Logger: quiet, SeriesCache: -1, NoKeptSeries: true})
			first := New(Config{Store: srv.store, Logger: quiet, SeriesCache: -1})
			later := New(Config{Store: srv.store, Logger: quiet, SeriesCache: -1})
			paths := []string{"/api/v1/stories/" + doc.slug + "/series", "/stories/" + doc.slug,
				"/stories/" + doc.slug + "/series", "/stories/" + doc.slug + "/series/deaths",
				"/api/v1/series/" + doc.slug + "~deaths?format=csv", "/api/v1/series/" + doc.slug + "~deaths"}
			for _, p := range paths {
				_, want := get(t, built, p)
				get(t, first, p)
				status, got := get(t, later, p)
				want, got = volatile.ReplaceAllString(want, ""), volatile.ReplaceAllString(got, "")
				if status != http.StatusOK || got != want {
					t.Errorf("%s: %d, kept series differ from built ones:\n%s", p, status, firstDiff(want, got))
				}
			}
			st, err := srv.store.Story(context.Background(), doc.slug)
			if err != nil {
				t.Fatal(err)
			}
			svc := newSeriesService(Config{Store: srv.store, Series: srv.store, Logger: quiet})
			if svc.fromStore(context.Background(), st) == nil {
				t.Fatal("nothing kept after a view")
			}
			// An import changes the story: what was kept before is not
			// used, and the import keeps the series built afresh.
			oldKey := svc.storedKey(st)
			status, body, _ := srv.do(t, "POST", "/api/v1/stories/"+doc.slug+"/imports?format=text", "text/plain",
				strings.NewReader("Officials said 3 more people were killed on Friday."), nil)
			if status != http.StatusCreated {
				t.Fatalf("import: %d %s", status, body)
			}
			if st, err = srv.store.Story(context.Background(), doc.slug); err != nil {
				t.Fatal(err)
			}
			if kept, _ := srv.store.CachedSeries(context.Background(), st.ID, oldKey); kept != nil || svc.storedKey(st) == oldKey {
				t.Error("the series kept from before the import are still current")
			}
			if svc.fromStore(context.Background(), st) == nil {
				t.Error("the import did not keep the story's series")
			}
			for _, p := range paths {
				_, want := get(t, built, p)
				_, got := get(t, later, p)
				if volatile.ReplaceAllString(want, "") != volatile.ReplaceAllString(got, "") {
					t.Errorf("after the import, %s differs from series built afresh", p)
				}
			}
		})
	}
}

// firstDiff shows where two texts part.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-200)
	return "want …" + a[lo:min(len(a), i+200)] + "…\n got …" + b[lo:min(len(b), i+200)] + "…"
}
