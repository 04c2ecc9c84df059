package figures

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// livePage generates a live page of about n bytes from invented templates:
// tolls, breakdowns, money, weather, votes, and numbers that are not figures.
func livePage(n int) []string {
	r := rand.New(rand.NewPCG(1, 2))
	places := []string{"Dravik", "Port Selm", "Ostrava Bay", "Kelmor", "the northern valley"}
	templates := []func() string{
		func() string {
			return fmt.Sprintf("At least %d villagers were killed and dozens more were trapped after a landslide in %s, officials said %s.",
				r.IntN(90)+3, places[r.IntN(len(places))], []string{"Monday", "late Tuesday", "on Jan. 14, 2026"}[r.IntN(3)])
		},
		func() string {
			a, b := r.IntN(300)+20, r.IntN(20)+1
			return fmt.Sprintf("The death toll rose to %d, including %d rescuers and %d children, the ministry said at 9:40 a.m.", a+b+b, a, b)
		},
		func() string {
			return fmt.Sprintf("More than %d,%03d customers remained without power, and about %d people had checked into %d shelters.",
				r.IntN(900)+1, r.IntN(1000), r.IntN(40000)+100, r.IntN(200)+2)
		},
		func() string {
			return fmt.Sprintf("The governor asked for $%d.%d billion in emergency aid, and insurers put losses at $%d billion to $%d billion.",
				r.IntN(9)+1, r.IntN(10), r.IntN(4)+1, r.IntN(5)+6)
		},
		func() string {
			return fmt.Sprintf("Maximum sustained winds of %d mph (%d kph) were recorded, with up to %d inches of rain expected over the next two days.",
				r.IntN(80)+70, r.IntN(120)+110, r.IntN(20)+2)
		},
		func() string {
			a := r.IntN(150) + 150
			return fmt.Sprintf("The assembly approved the bill %d-%d, with %d lawmakers abstaining; the 2024 law had passed in 15 days.", a, 330-a-10, 10)
		},
		func() string {
			return fmt.Sprintf("A 34-year-old driver, who was arrested on Route 66, told Channel 4 that %d%% of residents supported the plan and that one of them had called 555-0134.",
				r.IntN(90)+5)
		},
		func() string {
			return fmt.Sprintf("Police said %d people were detained overnight and %d officers were slightly injured; organizers said more than %d,000 joined the rally.",
				r.IntN(80)+2, r.IntN(20)+1, r.IntN(50)+1)
		},
		func() string {
			return "The mayor spoke for about an hour and said the city would rebuild, but gave no details about when the work would start or who would pay for it."
		},
	}
	var events []string
	size := 0
	for size < n {
		var b strings.Builder
		k := 2 + r.IntN(4)
		for i := 0; i < k; i++ {
			if i > 0 {
				b.WriteString(" ")
			}
			b.WriteString(templates[r.IntN(len(templates))]())
		}
		events = append(events, b.String())
		size += b.Len()
	}
	return events
}

// BenchmarkFind measures throughput on a generated 1 MB live page, one Find
// call per update as the extractor makes them.
func BenchmarkFind(b *testing.B) {
	events := livePage(1 << 20)
	total := 0
	for _, e := range events {
		total += len(e)
	}
	f := New()
	figs := 0
	for _, e := range events {
		figs += len(f.Find(e))
	}
	b.ReportMetric(float64(figs), "figures/op")
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, e := range events {
			f.Find(e)
		}
	}
}

// BenchmarkFindWhole runs Find once on the whole page, the worst case for the
// token buffer.
func BenchmarkFindWhole(b *testing.B) {
	page := strings.Join(livePage(1<<20), "\n\n")
	f := New()
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		f.Find(page)
	}
}
