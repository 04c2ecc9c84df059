package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"factline/timeline"
)

func TestExtractCommand(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "page.txt")
	text := "Jan. 5, 2026, 10:00 AM EST\n\nThe Harbor Authority said at least 12 boats sank overnight.\n\n11:30 a.m.\n\n“We are still counting,” harbor master Ida Crane said."
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"extract", "--format", "text", path}, os.Getenv, nil, &out, &errb); err != nil {
		t.Fatalf("extract: %v (%s)", err, errb.String())
	}
	var doc timeline.ContractDoc
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatalf("output is not the contract JSON: %v\n%s", err, out.String())
	}
	if len(doc.Events) != 2 {
		t.Fatalf("got %d events, want 2", len(doc.Events))
	}
	if doc.Events[1].Time == nil || *doc.Events[1].Time != "2026-01-05T16:30:00Z" || doc.Events[1].TimePrecision != timeline.PrecisionMinute {
		t.Errorf("second event time %v %s", doc.Events[1].Time, doc.Events[1].TimePrecision)
	}
	for _, e := range doc.Events {
		if e.Claims == nil || e.Figures == nil {
			t.Errorf("event %s: claims and figures must be lists, not null", e.ID)
		}
	}
}

func TestExtractStdinAndPublished(t *testing.T) {
	var out, errb bytes.Buffer
	in := strings.NewReader("OSTER (AP) — The mayor said Monday that the dam held.")
	if err := run(context.Background(), []string{"extract", "--published", "2026-02-04", "-"}, os.Getenv, in, &out, &errb); err != nil {
		t.Fatalf("extract: %v", err)
	}
	var doc timeline.ContractDoc
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Story.Published == nil || *doc.Story.Published != "2026-02-04" || *doc.Events[0].Time != "2026-02-04" {
		t.Errorf("published %v, event time %v", doc.Story.Published, doc.Events[0].Time)
	}
}

func TestExtractErrors(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "x.bin")
	os.WriteFile(bin, []byte{0x89, 'P', 'N', 'G', 0, 0, 1}, 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	badjson := filepath.Join(dir, "bad.json")
	os.WriteFile(badjson, []byte(`{"events": [`), 0o644)
	tests := []struct {
		name  string
		args  []string
		usage bool
		msg   string
	}{
		{"no file", []string{"extract"}, true, "exactly one FILE"},
		{"missing file", []string{"extract", filepath.Join(dir, "nope.txt")}, false, "no such file"},
		{"binary", []string{"extract", bin}, false, "binary"},
		{"empty", []string{"extract", empty}, false, "empty"},
		{"bad json", []string{"extract", "--format", "json", badjson}, false, "malformed"},
		{"bad format", []string{"extract", "--format", "pdf", empty}, false, "unknown format"},
		{"bad date", []string{"extract", "--published", "soon", empty}, false, "published date"},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		err := run(context.Background(), tt.args, os.Getenv, strings.NewReader(""), &out, &errb)
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		var ue usageError
		if isUsage := errors.As(err, &ue); isUsage != tt.usage {
			t.Errorf("%s: usage error = %v, want %v (%v)", tt.name, isUsage, tt.usage, err)
		}
		if !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("%s: error %q does not mention %q", tt.name, err, tt.msg)
		}
		if out.Len() != 0 {
			t.Errorf("%s: wrote output despite the error", tt.name)
		}
	}
}
