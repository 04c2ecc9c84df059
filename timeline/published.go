package timeline

import (
	"strings"
	"time"
)

// ParsePublished reads a user's publication date or time: RFC 3339 date
// ("2026-01-12") or date-time ("2026-01-12T14:05:00Z"); "" is unknown.
func ParsePublished(s string) (When, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return When{}, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return When{At: t, Precision: PrecisionDay, Text: s}, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04", "2006-01-02 15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return Minute(t, s), nil
		}
	}
	return When{}, Errorf(EInvalid, "published date %q: want YYYY-MM-DD or an RFC 3339 date-time", s)
}
