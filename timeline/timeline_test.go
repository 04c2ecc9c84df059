package timeline

import (
	"errors"
	"fmt"
	"testing"
	"time"
)

func TestWhenString(t *testing.T) {
	est := time.FixedZone("EST", -5*3600)
	tests := []struct {
		w    When
		want string
		prec Precision
	}{
		{When{}, "", PrecisionUnknown},
		{Day(2026, 1, 12, "Monday"), "2026-01-12", PrecisionDay},
		{Minute(time.Date(2026, 1, 14, 9, 40, 30, 0, est), "9:40"), "2026-01-14T14:40:00Z", PrecisionMinute},
	}
	for _, tt := range tests {
		if got := tt.w.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
		if got := tt.w.PrecisionOrUnknown(); got != tt.prec {
			t.Errorf("precision %q, want %q", got, tt.prec)
		}
	}
	late := Minute(time.Date(2025, 9, 23, 22, 40, 0, 0, time.FixedZone("", -5*3600)), "")
	if got := late.Date().Format(time.DateOnly); got != "2025-09-23" {
		t.Errorf("Date() in the source's zone = %s, want 2025-09-23", got)
	}
}

func TestParsePublished(t *testing.T) {
	for in, want := range map[string]string{
		"":                          "",
		"2026-01-12":                "2026-01-12",
		"2026-01-12T14:05:00Z":      "2026-01-12T14:05:00Z",
		"2026-01-12T09:05:00-05:00": "2026-01-12T14:05:00Z",
	} {
		w, err := ParsePublished(in)
		if err != nil || w.String() != want {
			t.Errorf("ParsePublished(%q) = %q, %v; want %q", in, w.String(), err, want)
		}
	}
	for _, bad := range []string{"yesterday", "12/01/2026", "2026-13-01"} {
		if _, err := ParsePublished(bad); ErrorCode(err) != EInvalid {
			t.Errorf("ParsePublished(%q) err %v, want invalid", bad, err)
		}
	}
}

func TestErrorCodes(t *testing.T) {
	base := Errorf(ENotFound, "story %q not found", "x")
	wrapped := fmt.Errorf("load page: %w", base)
	if ErrorCode(wrapped) != ENotFound || ErrorMessage(wrapped) != `story "x" not found` {
		t.Errorf("wrapped: %s %q", ErrorCode(wrapped), ErrorMessage(wrapped))
	}
	plain := errors.New("disk on fire")
	if ErrorCode(plain) != EInternal || ErrorMessage(plain) != "internal error" {
		t.Errorf("plain: %s %q", ErrorCode(plain), ErrorMessage(plain))
	}
	if ErrorCode(nil) != "" {
		t.Error("nil has a code")
	}
}

func TestFarApartParts(t *testing.T) {
	d := &Document{Parts: []Part{{Date: Day(2025, 3, 27, "")}, {Date: Day(2026, 1, 12, "")}}}
	if !d.FarApartParts() {
		t.Error("March 2025 and January 2026 are far apart")
	}
	d.Parts[1].Date = Day(2025, 3, 29, "")
	if d.FarApartParts() {
		t.Error("two days apart is not far")
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"": FormatAuto, "auto": FormatAuto, "html": FormatHTML, "txt": FormatText, "json": FormatJSON} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseFormat("pdf"); ErrorCode(err) != EInvalid {
		t.Errorf("pdf accepted: %v", err)
	}
}
