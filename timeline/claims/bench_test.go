package claims

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"factline/timeline"
)

// benchTemplates are invented update paragraphs in wire style; %[1]s is a
// person, %[2]s a body, %[3]d a number, %[4]s a weekday.
var benchTemplates = []string{
	`At least %[3]d people were killed when a bridge collapsed in the north, the %[2]s said %[4]s.`,
	`“We are doing everything we can,” %[1]s told reporters at a briefing on %[4]s. “Nobody will be left behind.”`,
	`%[1]s said late %[4]s that rescue teams had reached %[3]d villages, but warned that roads remained blocked.`,
	`More than %[3]d homes lost power overnight, according to the %[2]s, including 40%% of the capital.`,
	`The %[2]s, which runs the shelters, said it had registered %[3]d families. It said more were expected.`,
	`Opposition leader %[1]s claimed, without offering evidence, that the count had been inflated. The claim could not be independently verified.`,
	`Police said %[3]d people were detained; organizers put the crowd at %[3]d,000.`,
	`“This decision,” she said, “will be challenged in court.”`,
	`State media reported, citing the judiciary, that %[3]d protesters had been sentenced.`,
	`A spokesperson for the %[2]s, %[1]s, said the figures were preliminary and would be updated on %[4]s.`,
	`Residents described hearing explosions before dawn. Smoke rose over the harbor as ships left port.`,
	`The %[2]s denied the report, saying its staff had followed every rule.`,
}

// benchBackground are sentences of the writer's own, as live pages mostly
// are between attributions.
var benchBackground = []string{
	`The storm is the strongest to hit the region in more than a decade, and the third this season.`,
	`Schools across the province remained closed on %[4]s, and long lines formed at gas stations as people tried to leave.`,
	`The bridge, built in 1968, carried about %[3]d,000 vehicles a day between the two halves of the city.`,
	`Protests began two weeks ago after the government raised fuel prices, and have since spread to at least %[3]d towns.`,
	`Video posted online showed crowds gathering in the central square as night fell and police vans lining the side streets.`,
	`The capital has been under a curfew since %[4]s, with checkpoints on the main roads into the old city.`,
	`Aid groups have struggled to reach the worst-hit districts, where roads were washed away and phone lines are down.`,
	`The vote is seen as a test for the governing coalition ahead of elections next year.`,
}

var (
	benchPeople = []string{"Mayor Lena Holt", "Gov. Daniel Pryce", "Health Minister Petra Vell", "Ivo Brandt", "Chief Alma Ruiz", "Senator Ruth Okafor"}
	benchBodies = []string{"Ministry of Water", "Coastal Relief Network", "National Weather Agency", "Federation of Port Workers", "Westline Power", "regional emergency service"}
	benchDays   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
)

// benchDoc generates a live page of about size bytes.
func benchDoc(size int) *timeline.Document {
	r := rand.New(rand.NewPCG(1, 2))
	doc := &timeline.Document{}
	n := 0
	for total := 0; total < size; n++ {
		var b strings.Builder
		paras := 2 + r.IntN(3)
		for p := 0; p < paras; p++ {
			if p > 0 {
				b.WriteString("\n\n")
			}
			for sn := 0; sn < 2; sn++ {
				if sn > 0 {
					b.WriteByte(' ')
				}
				t := benchTemplates[r.IntN(len(benchTemplates))]
				if r.IntN(10) < 6 {
					t = benchBackground[r.IntN(len(benchBackground))]
				}
				fmt.Fprintf(&b, t, benchPeople[r.IntN(len(benchPeople))], benchBodies[r.IntN(len(benchBodies))], 2+r.IntN(900), benchDays[r.IntN(len(benchDays))])
			}
		}
		text := b.String()
		total += len(text)
		doc.Events = append(doc.Events, timeline.Event{Ordinal: n + 1, Kind: timeline.KindUpdate, Text: text,
			Time: timeline.Minute(time.Date(2026, 2, 3, 8, 0, 0, 0, time.UTC).Add(time.Duration(n)*time.Minute), "")})
	}
	return doc
}

func docBytes(doc *timeline.Document) int64 {
	var n int64
	for _, ev := range doc.Events {
		n += int64(len(ev.Text))
	}
	return n
}

// BenchmarkRun measures extraction over a generated 1 MB live page.
func BenchmarkRun(b *testing.B) {
	doc := benchDoc(1 << 20)
	x := New()
	b.SetBytes(docBytes(doc))
	b.ReportAllocs()
	for b.Loop() {
		for i := range doc.Events {
			doc.Events[i].Claims = nil
		}
		x.Run(doc)
	}
}

// BenchmarkRunSeed measures extraction over the development seed (a real wire
// page), when it is present.
func BenchmarkRunSeed(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "eval", "dev", "seed.txt"))
	if err != nil {
		b.Skip("development seed not found")
	}
	var doc timeline.Document
	for i, p := range strings.Split(string(raw), "\n") {
		if strings.TrimSpace(p) != "" {
			doc.Events = append(doc.Events, timeline.Event{Ordinal: i + 1, Kind: timeline.KindUpdate, Text: p})
		}
	}
	x := New()
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	for b.Loop() {
		x.Run(&doc)
	}
}

// TestBenchDocHasClaims keeps the benchmark honest: the generated page must
// give claims of every kind the templates hold.
func TestBenchDocHasClaims(t *testing.T) {
	doc := benchDoc(64 << 10)
	New().Run(doc)
	var claims, direct, evid int
	for _, ev := range doc.Events {
		for _, c := range ev.Claims {
			claims++
			if c.Direct {
				direct++
			}
			if c.Evidence != "" {
				evid++
			}
		}
	}
	if claims < len(doc.Events) || direct == 0 || evid == 0 {
		t.Fatalf("generated page gave %d claims (%d direct, %d with evidence) over %d events", claims, direct, evid, len(doc.Events))
	}
}
