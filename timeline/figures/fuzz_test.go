package figures

import (
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"At least 544 people have been killed, including 496 marchers and 48 people from the security forces.",
	"The chamber approved the bill 212-98, with 14 lawmakers abstaining.",
	"The death toll rose to 31 from 17; Forty miners are still missing.",
	"Maximum sustained winds of 130 mph (215 kph), a storm surge of 9 to 12 feet (2.7 to 3.7 meters).",
	"Fines of up to 50,000 krons, about $5,400, for each filing; insured losses at $4 billion to $6 billion.",
	"Nearly a third of the 610 miners; 219 of the assembly's 330 seats; hundreds of Corvanians deported.",
	"Jan. 14, 2026, 9:40 AM EST; a 34-year-old; Route 66; F-16; COVID-19; call 555-0134; one of them.",
	"The two drownings remain among the confirmed deaths. Two more bodies, raising the toll to 46.",
	"$3.4bn, €250 million, 25%, 4.5 percent, forty-one, two hundred and fifty, half a million, two-thirds of",
	"(1,300 feet) 1.2.3 1,2345 99999999999999999999 $ % — “ ” ’s ‘ \u00a0 \u2028",
	"between 300 and 400, from 300 to 400, 300-400, 2 or 3, 5,000-strong, 12 or more, 300-plus, 50+",
}

// FuzzFind checks that Find never panics and keeps its output's shape.
func FuzzFind(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	fd := New()
	f.Fuzz(func(t *testing.T, s string) {
		figs := fd.Find(s)
		checkInvariants(t, s, figs)
		for _, g := range figs {
			if utf8.ValidString(s) && !utf8.ValidString(g.Text) {
				t.Fatalf("text %q splits a character", g.Text)
			}
		}
	})
}
