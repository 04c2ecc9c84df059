package claims

import (
	"strings"
	"testing"
	"time"

	"factline/timeline"
)

// FuzzRun checks that any text extracts without a panic and that every claim
// points into its event's text.
func FuzzRun(f *testing.F) {
	seeds := []string{
		`“We will rebuild,” Mayor Lena Holt said. She said the city, which flooded, “will not wait.”`,
		"Police said 12 people were arrested; organizers put the crowd at 4,000.\n\n“We marched.\n\n“We won,” she said",
		`According to the ministry, citing police, 3 died. It said, without evidence, that "rebels" did it`,
		`"`, `“”`, `, said`, `said ,`, `X's`, `according to`, `The claim could not be independently verified.`,
		"PORTMAR (AP) — The union's count was disputed, the company said. \"A,\" he said, \"b.\"",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := &timeline.Document{Events: []timeline.Event{
			{Ordinal: 1, Kind: timeline.KindUpdate, Text: text, Time: timeline.Day(2026, time.March, 3, "")},
			{Ordinal: 2, Kind: timeline.KindUpdate, Text: strings.ToUpper(text)},
		}}
		New().Run(doc)
		for _, ev := range doc.Events {
			for _, c := range ev.Claims {
				if c.Start < 0 || c.End > len(ev.Text) || c.Start >= c.End {
					t.Fatalf("claim span %d-%d outside text of %d bytes", c.Start, c.End, len(ev.Text))
				}
				if c.Text == "" || c.Speaker == "" {
					t.Fatalf("claim without text or speaker: %+v", c)
				}
			}
		}
	})
}
