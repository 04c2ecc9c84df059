package pipeline

import (
	"context"
	"strings"
	"testing"

	"factline/timeline"
)

func TestCheckRefusesBadInput(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		max  int64
		code timeline.Code
		msg  string
	}{
		{"empty", nil, 0, timeline.EInvalid, "empty"},
		{"blank", []byte(" \n\t "), 0, timeline.EInvalid, "empty"},
		{"too large", []byte(strings.Repeat("a", 2048)), 1024, timeline.ETooLarge, "limit is 1.0 KiB"},
		{"binary", []byte("PK\x03\x04\x00\x00"), 0, timeline.EUnreadable, "binary"},
		{"invalid utf-8", []byte("caf\xe9 said"), 0, timeline.EUnreadable, "offset 3"},
	}
	for _, tt := range tests {
		err := Check(tt.in, tt.max)
		if timeline.ErrorCode(err) != tt.code || !strings.Contains(timeline.ErrorMessage(err), tt.msg) {
			t.Errorf("%s: got %v (%s), want %s mentioning %q", tt.name, err, timeline.ErrorCode(err), tt.code, tt.msg)
		}
	}
	if err := Check([]byte("Officials said the bridge held."), 0); err != nil {
		t.Errorf("good input refused: %v", err)
	}
}

func TestRunHonoursCancellation(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := New().Run(ctx, []byte("Officials said the bridge held."), timeline.Options{}); err == nil {
		t.Error("a cancelled context still ran")
	}
}

func TestRunProducesEvents(t *testing.T) {
	doc, err := New().Run(context.Background(), []byte("OSTER (AP) — Officials said the bridge held on Monday."), timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 1 || doc.Events[0].Kind != timeline.KindUpdate {
		t.Fatalf("events %+v", doc.Events)
	}
}
