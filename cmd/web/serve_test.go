package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"factline/handlers/sample"
)

// lockedBuffer collects the server's log, written from many goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// server is `web serve` running in the test.
type server struct {
	URL  string
	log  *lockedBuffer
	stop func() error
}

// startServer runs the program with args (port 0), waits until /healthz
// answers 200 and returns its URL. Stopping cancels the context, as a signal
// would, and returns run's error.
func startServer(t testing.TB, env map[string]string, args ...string) *server {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	logs := &lockedBuffer{}
	done := make(chan error, 1)
	getenv := func(k string) string { return env[k] }
	go func() {
		err := run(ctx, args, getenv, strings.NewReader(""), pw, logs)
		pw.Close()
		done <- err
	}()
	line, err := bufio.NewReader(pr).ReadString('\n')
	go io.Copy(io.Discard, pr)
	if err != nil {
		cancel()
		t.Fatalf("server did not start: %v; run: %v; log:\n%s", err, <-done, logs)
	}
	url := strings.TrimSpace(strings.TrimPrefix(line, "factline listening on "))
	if !strings.HasPrefix(url, "http://127.0.0.1:") || strings.HasSuffix(url, ":0") {
		cancel()
		t.Fatalf("listening line %q", line)
	}
	var once sync.Once
	var runErr error
	s := &server{URL: url, log: logs, stop: func() error {
		once.Do(func() {
			cancel()
			select {
			case runErr = <-done:
			case <-time.After(30 * time.Second):
				runErr = errors.New("server did not stop within 30s")
			}
		})
		return runErr
	}}
	t.Cleanup(func() { s.stop() })
	waitHealthy(t, url)
	return s
}

// waitHealthy polls /healthz until it answers 200.
func waitHealthy(t testing.TB, url string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		res, err := http.Get(url + "/healthz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s/healthz not ready: %v", url, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func getJSON(t testing.TB, url string, v any) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(res.Body)
		t.Fatalf("GET %s: %d %s", url, res.StatusCode, b)
	}
	if err := json.NewDecoder(res.Body).Decode(v); err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
}

type storiesJSON struct {
	Stories []struct {
		Slug    string `json:"slug"`
		Events  int    `json:"events"`
		Claims  int    `json:"claims"`
		Figures int    `json:"figures"`
	} `json:"stories"`
}

type eventsJSON struct {
	Events []struct {
		Kind        string  `json:"kind"`
		DuplicateOf *string `json:"duplicate_of"`
		Time        *string `json:"time"`
		Headline    *string `json:"headline"`
		Claims      []struct {
			Evidence *string `json:"evidence"`
		} `json:"claims"`
		Figures []struct {
			Metric string `json:"metric"`
		} `json:"figures"`
	} `json:"events"`
}

// TestServe starts the program on port 0 with a new database: it loads the
// sample story, serves the pages and the API, stops cleanly on cancel, and
// does not load the sample again on the next start.
func TestServe(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "factline.db")
	srv := startServer(t, nil, "serve", "--addr", "127.0.0.1:0", "--db", dbPath)

	var stories storiesJSON
	getJSON(t, srv.URL+"/api/v1/stories", &stories)
	if len(stories.Stories) != 1 || stories.Stories[0].Slug != sample.Slug {
		t.Fatalf("stories on first run: %+v", stories)
	}
	var evs eventsJSON
	getJSON(t, srv.URL+"/api/v1/stories/"+sample.Slug+"/events", &evs)
	updates, captions, repeats, claims, figures, markers := 0, 0, 0, 0, 0, 0
	for _, e := range evs.Events {
		switch e.Kind {
		case "update":
			updates++
			if e.Time == nil || !(strings.HasPrefix(*e.Time, "2026-10-13T") || strings.HasPrefix(*e.Time, "2026-10-14T")) {
				t.Errorf("update %v dated %v", e.Headline, e.Time)
			}
		case "caption":
			captions++
		}
		if e.DuplicateOf != nil {
			repeats++
		}
		claims += len(e.Claims)
		figures += len(e.Figures)
		for _, c := range e.Claims {
			if c.Evidence != nil {
				markers++
			}
		}
	}
	// The sample has 11 time-stamped updates and 3 captions, one repeated.
	if updates != 11 || captions != 3 || repeats != 1 {
		t.Errorf("sample: %d updates, %d captions, %d repeats; want 11, 3, 1", updates, captions, repeats)
	}
	if claims == 0 || figures == 0 || markers == 0 {
		t.Errorf("sample: %d claims, %d figures, %d evidence markers; want some of each", claims, figures, markers)
	}

	for _, path := range []string{"/", "/stories/" + sample.Slug, "/import"} {
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
			t.Errorf("GET %s: %d %s", path, res.StatusCode, res.Header.Get("Content-Type"))
		}
	}
	if err := srv.stop(); err != nil {
		t.Fatalf("stop: %v", err)
	}
	log := srv.log.String()
	for _, want := range []string{"loaded the sample story", "msg=request", "shutting down"} {
		if !strings.Contains(log, want) {
			t.Errorf("log lacks %q:\n%s", want, log)
		}
	}

	// Second run on the same file, chosen by the environment this time.
	again := startServer(t, map[string]string{"FACTLINE_DB": dbPath, "FACTLINE_ADDR": "127.0.0.1:0"})
	getJSON(t, again.URL+"/api/v1/stories", &stories)
	if len(stories.Stories) != 1 {
		t.Errorf("%d stories after a restart, want the one sample", len(stories.Stories))
	}
	if strings.Contains(again.log.String(), "loaded the sample story") {
		t.Error("the sample was loaded again")
	}
}

func TestServeErrors(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name  string
		args  []string
		usage bool
		want  string
	}{
		{"unknown flag", []string{"serve", "--port", "80"}, true, "flag provided but not defined"},
		{"extra argument", []string{"serve", "now"}, true, "unexpected argument"},
		{"bad address", []string{"serve", "--addr", "127.0.0.1:99999", "--db", filepath.Join(dir, "a.db")}, false, "listen on"},
		{"database in a missing folder", []string{"serve", "--addr", "127.0.0.1:0", "--db", filepath.Join(dir, "no", "such", "dir", "f.db")}, false, "open database"},
		{"unknown command", []string{"launch"}, true, "unknown command"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := run(context.Background(), tc.args, func(string) string { return "" }, strings.NewReader(""), io.Discard, io.Discard)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
			var ue usageError
			if errors.As(err, &ue) != tc.usage {
				t.Errorf("usage error = %v, want %v", !tc.usage, tc.usage)
			}
		})
	}
}

// TestImportCommand runs `web import` as a user would, one step after the
// other on one database.
func TestImportCommand(t *testing.T) {
	dir := t.TempDir()
	dbPath := filepath.Join(dir, "f.db")
	page := filepath.Join(dir, "ferry.txt")
	doc := "Oct. 20, 2026, 8:05 a.m. EDT\nFerry runs aground off Gull Point\n\nA passenger ferry ran aground off Gull Point early Tuesday, the coast guard said. At least 40 passengers were taken ashore.\n"
	if err := os.WriteFile(page, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, []byte("\n \n"), 0o644); err != nil {
		t.Fatal(err)
	}
	edited := doc + "\nOct. 20, 2026, 11:40 a.m. EDT\nAll passengers accounted for\n\nThe operator said every passenger had been accounted for.\n"
	cases := []struct {
		name  string
		args  []string
		stdin string
		env   map[string]string
		usage bool
		err   string
		out   []string
	}{
		{name: "new story", args: []string{"import", "--story", "ferry", "--title", "Ferry aground", "--db", dbPath, page},
			out: []string{"created story ferry (\"Ferry aground\")", "imported into ferry (import 1): 1 event added, 0 revised, 0 unchanged;", "story ferry now has 1 event, "}},
		{name: "same file again", args: []string{"import", "--db", dbPath, page, "--story", "ferry"},
			out: []string{"already imported into ferry on ", "(import 1): nothing added"}},
		{name: "newer copy from stdin, database from the environment", args: []string{"import", "--story", "ferry", "-"}, stdin: edited,
			env: map[string]string{"FACTLINE_DB": dbPath}, out: []string{"imported into ferry (import 2): 1 event added, 0 revised, 1 unchanged", "story ferry now has 2 events, "}},
		{name: "no story", args: []string{"import", "--db", dbPath, page}, usage: true, err: "--story SLUG is required"},
		{name: "no file", args: []string{"import", "--story", "ferry", "--db", dbPath}, usage: true, err: "exactly one FILE"},
		{name: "two files", args: []string{"import", "--story", "ferry", "--db", dbPath, page, page}, usage: true, err: "exactly one FILE"},
		{name: "missing file", args: []string{"import", "--story", "ferry", "--db", dbPath, filepath.Join(dir, "nope.txt")}, err: "open input"},
		{name: "empty file", args: []string{"import", "--story", "ferry", "--db", dbPath, empty}, err: "the document is empty"},
		{name: "bad format", args: []string{"import", "--story", "ferry", "--format", "pdf", "--db", dbPath, page}, err: "unknown format"},
		{name: "bad date", args: []string{"import", "--story", "ferry", "--published", "Tuesday", "--db", dbPath, page}, err: "published date"},
		{name: "bad slug", args: []string{"import", "--story", "Ferry Story", "--db", dbPath, page}, err: "story slug"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var out strings.Builder
			getenv := func(k string) string { return tc.env[k] }
			err := run(context.Background(), tc.args, getenv, strings.NewReader(tc.stdin), &out, io.Discard)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err = %v, want %q", err, tc.err)
				}
				var ue usageError
				if errors.As(err, &ue) != tc.usage {
					t.Errorf("usage error: got %v, want %v", !tc.usage, tc.usage)
				}
				if !tc.usage && strings.Contains(err.Error(), "\n") {
					t.Errorf("error is not one line: %q", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("run: %v", err)
			}
			for _, want := range tc.out {
				if !strings.Contains(out.String(), want) {
					t.Errorf("output lacks %q:\n%s", want, out.String())
				}
			}
		})
	}
}
