package pipeline

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"factline/timeline"
)

// livePage generates an invented stamped live page of about size bytes: updates
// with attributed claims, quotes, tolls with bounds and breakdowns, captions and
// credit lines, so the benchmark exercises every part of the pipeline.
func livePage(size int) []byte {
	r := rand.New(rand.NewPCG(7, 11))
	people := []string{"Mara Quill", "Oren Stade", "Ivo Marsh", "Lena Ortiz", "Tomas Brell", "Ada Moss"}
	roles := []string{"Interior Minister", "Fire Chief", "Mayor", "Red Cross director", "police spokesman", "Governor"}
	bodies := []string{"the Interior Ministry", "the Pelland Red Cross", "the regional emergency service", "state television", "the Farmers Union"}
	places := []string{"Oster", "Linmoor", "Corvel", "Brask", "Vell"}
	var b strings.Builder
	b.WriteString("Floods in Pelland: live updates\n\n")
	day, hour, min := 3, 6, 0
	toll := 10
	for b.Len() < size {
		min += 17 + r.IntN(40)
		for min >= 60 {
			min -= 60
			hour++
		}
		if hour >= 22 {
			hour, day = 6, day+1
		}
		ampm, h := "a.m.", hour
		if hour >= 12 {
			ampm = "p.m."
			if hour > 12 {
				h = hour - 12
			}
		}
		if r.IntN(5) == 0 {
			fmt.Fprintf(&b, "March %d, 2026, %d:%02d %s EST\n\n", day%28+1, h, min, strings.ToUpper(strings.ReplaceAll(ampm, ".", "")))
		} else {
			fmt.Fprintf(&b, "%d:%02d %s\n\n", h, min, ampm)
		}
		p := people[r.IntN(len(people))]
		role := roles[r.IntN(len(roles))]
		body := bodies[r.IntN(len(bodies))]
		place := places[r.IntN(len(places))]
		toll += r.IntN(6)
		parts := toll / 3
		fmt.Fprintf(&b, "At least %d people have died in %s, including %d children and %d rescuers, %s said on Monday.\n\n", toll, place, parts, parts/2, body)
		fmt.Fprintf(&b, "%s %s told reporters that more than %d,%03d residents had been evacuated and that about %d shelters were open. \"We are doing everything we can, but the water is still rising,\" %s said.\n\n", role, p, 1+r.IntN(40), r.IntN(1000), 20+r.IntN(80), strings.Fields(p)[1])
		if r.IntN(3) == 0 {
			fmt.Fprintf(&b, "%s claimed, without offering evidence, that upstream dams had been opened deliberately. The claim could not be independently verified.\n\n", strings.Fields(p)[1])
		}
		if r.IntN(4) == 0 {
			fmt.Fprintf(&b, "Residents wade through a flooded street in %s, Pelland, Monday, March %d, 2026. (AP Photo/Rita Vance)\n\n", place, day%28+1)
		}
		if r.IntN(6) == 0 {
			b.WriteString("Associated Press writer Tim Gale in Linmoor contributed.\n\n")
		}
	}
	return []byte(b.String())
}

func benchmarkRun(b *testing.B, input []byte) {
	p := New()
	ctx := context.Background()
	b.SetBytes(int64(len(input)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := p.Run(ctx, input, timeline.Options{Format: timeline.FormatText}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRunLivePage1MB measures the whole pipeline (parse, segment, date,
// extract) on a generated 1 MB live page. Target: at least 10 MB/s on one core
// (go test -bench . -cpu 1 ./timeline/pipeline).
func BenchmarkRunLivePage1MB(b *testing.B) {
	benchmarkRun(b, livePage(1<<20))
}

// BenchmarkRunSeed measures the pipeline on the seed document, when present.
func BenchmarkRunSeed(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "..", "shared", "eval", "dev", "seed.txt"))
	if err != nil {
		b.Skip("seed not found:", err)
	}
	benchmarkRun(b, raw)
}

func TestLivePageGeneratorIsReadable(t *testing.T) {
	in := livePage(64 << 10)
	doc, err := New().Run(context.Background(), in, timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ups := 0
	for _, e := range doc.Events {
		if e.Kind == timeline.KindUpdate {
			ups++
			if e.Time.Precision != timeline.PrecisionMinute {
				t.Fatalf("update e%d has no minute time: %+v", e.Ordinal, e.Time)
			}
		}
	}
	if ups < 50 {
		t.Errorf("64 KiB page gave only %d updates", ups)
	}
}
