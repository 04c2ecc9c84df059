package when

import (
	"testing"
	"time"
)

func TestFindAndResolve(t *testing.T) {
	ref := time.Date(2026, 1, 12, 0, 0, 0, 0, time.UTC) // a Monday
	tests := []struct {
		text  string
		want  string // first expression's text
		tense Tense
		date  string
	}{
		{"Trump said late Sunday that talks were set", "late Sunday", Past, "2026-01-11"},
		{"the minister claimed Monday that", "Monday", Past, "2026-01-12"},
		{"gathered Sunday afternoon along the avenue", "Sunday afternoon", Past, "2026-01-11"},
		{"On Friday, she is set to visit", "Friday", Future, "2026-01-16"},
		{"the vote was held last Monday", "last Monday", Past, "2026-01-05"},
		{"a survey published last week found", "last week", Past, "2026-01-05"},
		{"Jan. 14, 2026, 9:40 AM EST", "Jan. 14, 2026, 9:40 AM EST", Past, "2026-01-14T14:40:00Z"},
		{"in Paris, Sunday, Jan. 11, 2026. (AP Photo)", "Sunday, Jan. 11, 2026", Past, "2026-01-11"},
		{"10:15 a.m.", "10:15 a.m.", Past, "2026-01-12T10:15:00Z"},
		{"Updated 11:02 PM GMT", "11:02 PM GMT", Past, "2026-01-12T23:02:00Z"},
		{"two days ago the ministry said", "two days ago", Past, "2026-01-10"},
		{"police said yesterday", "yesterday", Past, "2026-01-11"},
		{"published on 2025-09-23 in", "2025-09-23", Past, "2025-09-23"},
		{"Protests began Dec. 28 in the capital", "Dec. 28", Past, "2025-12-28"},
	}
	for _, tt := range tests {
		es := Find(tt.text)
		if len(es) == 0 {
			t.Errorf("%q: found nothing", tt.text)
			continue
		}
		if es[0].Text != tt.want {
			t.Errorf("%q: found %q, want %q", tt.text, es[0].Text, tt.want)
		}
		tense := TenseAt(tt.text, es[0].Start)
		if tense != tt.tense {
			t.Errorf("%q: tense %v, want %v", tt.text, tense, tt.tense)
		}
		w, ok := es[0].Resolve(ref, tense)
		if !ok || w.String() != tt.date {
			t.Errorf("%q: resolved to %q (%v), want %q", tt.text, w.String(), ok, tt.date)
		}
	}
}

func TestFindIgnores(t *testing.T) {
	for _, text := range []string{
		"more than 10,600 people were detained",
		"the F-35 and Resolution 2231",
		"she may have to act",
		"a 2024 law", // a year alone is not a date expression
		"on the Today show, the host said",
	} {
		if es := Find(text); len(es) != 0 {
			t.Errorf("%q: found %+v, want none", text, es)
		}
	}
}

func BenchmarkFind(b *testing.B) {
	text := "At least 31 people have died in Oster, including 10 children and 5 rescuers, the Interior Ministry said on Monday. " +
		"Fire Chief Ada Moss told reporters that more than 12,400 residents had been evacuated and that about 40 shelters were open. " +
		"“We are doing everything we can, but the water is still rising,” Moss said late Sunday. Residents wade through a flooded street in Oster, Pelland, Monday, March 3, 2026."
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Find(text)
	}
}
