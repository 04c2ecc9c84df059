package series

import (
	"testing"

	"factline/timeline"
)

func TestKeyOf(t *testing.T) {
	tests := []struct {
		name                        string
		metric, unit, subject, text string
		want, parent                string
		cumulative                  bool
	}{
		// Deaths by any name, of people in general.
		{"killed", "killed", "people", "", "", "deaths", "", true},
		{"death toll", "death toll", "", "", "", "deaths", "", true},
		{"dead", "dead", "", "", "", "deaths", "", true},
		{"died miners", "died", "people", "miners", "", "deaths", "", true},
		{"deaths", "deaths", "", "", "", "deaths", "", true},
		{"bodies recovered", "bodies recovered", "", "", "", "deaths", "", true},
		{"fatalities", "fatalities", "", "residents", "", "deaths", "", true},
		{"lost their lives", "lost their lives", "", "", "", "deaths", "", true},
		{"workers killed", "killed", "", "Workers", "", "deaths", "", true},
		{"passengers dead", "dead", "", "passengers", "", "deaths", "", true},
		// Specific groups make sub-series.
		{"protesters killed", "killed", "people", "protesters", "", "deaths.protesters", "deaths", true},
		{"protester singular", "killed", "", "Protester", "", "deaths.protesters", "deaths", true},
		{"demonstrators", "killed", "", "demonstrators", "", "deaths.protesters", "deaths", true},
		{"security forces", "killed", "", "members of the security forces", "", "deaths.security_forces", "deaths", true},
		{"police officers", "killed", "", "police officers", "", "deaths.security_forces", "deaths", true},
		{"children", "killed", "", "children", "", "deaths.children", "deaths", true},
		{"rescuers", "dead", "", "rescuers", "", "deaths.rescuers", "deaths", true},
		{"group in metric", "protesters killed", "", "", "", "deaths.protesters", "deaths", true},
		// Other measures.
		{"injured", "injured", "people", "", "", "injured", "", true},
		{"wounded", "wounded", "", "", "", "injured", "", true},
		{"arrested", "arrested", "", "", "", "detained", "", true},
		{"detentions", "detentions", "", "", "", "detained", "", true},
		{"missing", "missing", "", "", "", "missing", "", false},
		{"unaccounted for", "unaccounted for", "", "", "", "missing", "", false},
		{"trapped", "trapped", "", "workers", "", "trapped", "", false},
		{"evacuated", "evacuated", "", "residents", "", "evacuated", "", false},
		{"rescued", "rescued", "", "", "", "rescued", "", true},
		{"displaced", "displaced", "", "", "", "displaced", "", false},
		{"cases", "cases", "", "", "", "cases", "", true},
		{"votes", "votes", "", "", "", "votes", "", true},
		{"seats", "seats", "", "", "", "seats", "", false},
		{"outages unit customers", "without_power", "customers", "", "", "without_power.customers", "", false},
		{"without power subject", "without power", "", "customers", "", "without_power.customers", "", false},
		{"outages no unit", "outages", "", "", "", "without_power.customers", "", false},
		{"people without power", "without power", "people", "", "", "without_power.people", "", false},
		{"homes without power", "without power", "", "homes", "", "without_power.homes", "", false},
		// Money by purpose, shares by what they are of, measures by unit.
		{"aid", "aid", "USD", "", "", "money.aid.usd", "", false},
		{"aid from text", "", "USD", "", "$2.5 billion in emergency aid", "money.aid.usd", "", false},
		{"insured losses", "insured losses", "USD", "", "", "money.losses.usd", "", false},
		{"euro compensation", "compensation", "EUR", "", "", "money.compensation.eur", "", false},
		{"dollar sign only", "", "", "", "about $9,000 to each family", "money.amount.usd", "", false},
		{"share without power", "without_power", "%", "homes and businesses", "", "without_power.homes.pct", "", false},
		{"turnout percent", "turnout", "percent", "", "", "turnout.pct", "", false},
		{"winds", "sustained winds", "mph", "", "", "wind.mph", "", false},
		{"rain", "rainfall", "inches", "", "", "rain.inches", "", false},
		{"cubic meters", "pumped", "cubic meters", "", "", "water.m3", "", false},
		// Text only: what an extractor that fills no metric leaves.
		{"text killed", "", "", "", "At least 40 people were killed", "deaths", "", true},
		{"text trapped", "", "", "", "nine workers are alive and trapped", "trapped", "", false},
		{"text outages", "", "", "", "more than 1.2 million customers were without power", "without_power.customers", "", false},
		{"text shelters", "", "", "", "210 public shelters", "shelters", "", false},
		{"text sheltered", "", "", "", "about 4,000 people had checked into shelters", "sheltered", "", false},
		{"text rescuers count", "", "", "", "Nearly 80 rescuers", "rescuers", "", false},
		// Meant to fool: the noun after the number is what is counted.
		{"bodies not rescuers", "", "", "", "Divers recovered three more bodies", "deaths", "", true},
		{"who drowned in cars", "", "", "", "two who drowned in their cars", "deaths", "", true},
		{"money for the killed", "killed", "USD", "", "$5,000 for each worker killed", "money.amount.usd", "", false},
		{"share of the dead", "", "%", "", "40% of those killed", "deaths.pct", "", false},
		{"a third", "", "", "miners", "nearly a third of the miners", "share.miners.pct", "", false},
		{"category is no count", "category", "", "", "a Category 3 storm", "category", "", false},
		{"won is no currency in text", "won", "", "", "won 41 seats", "won", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := timeline.Figure{Metric: tt.metric, Unit: tt.unit, Subject: tt.subject, Text: tt.text, Value: 1}
			k := KeyOf(&f)
			if k.ID != tt.want || k.Parent != tt.parent || k.Cumulative != tt.cumulative {
				t.Errorf("KeyOf(%q, %q, %q, %q) = %q parent %q cumulative %v; want %q parent %q cumulative %v",
					tt.metric, tt.unit, tt.subject, tt.text, k.ID, k.Parent, k.Cumulative, tt.want, tt.parent, tt.cumulative)
			}
			if !ValidSeriesID(k.ID) {
				t.Errorf("id %q is not a valid series id", k.ID)
			}
			if k.Label == "" {
				t.Errorf("no label for %q", k.ID)
			}
		})
	}
}

func TestKeyLabels(t *testing.T) {
	for metric, want := range map[[3]string]string{
		{"killed", "", "protesters"}:              "Deaths: protesters",
		{"without power", "customers", ""}:        "Without power (customers)",
		{"sustained winds", "mph", ""}:            "Wind (mph)",
		{"aid", "USD", ""}:                        "Aid (USD)",
		{"killed", "", "members of the security"}: "Deaths: security forces",
	} {
		f := timeline.Figure{Metric: metric[0], Unit: metric[1], Subject: metric[2]}
		if got := KeyOf(&f).Label; got != want {
			t.Errorf("label of %v = %q, want %q", metric, got, want)
		}
	}
}

func TestSubjectSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Miners": "miners", "miner": "miners", "the miners": "miners", "Protesters": "protesters",
		"police officers": "security_forces", "homes and businesses": "homes", "": "", "the": "",
		"children": "children",
	} {
		if got := SubjectSlug(in); got != want {
			t.Errorf("SubjectSlug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestValidSeriesID(t *testing.T) {
	for id, want := range map[string]bool{
		"deaths": true, "deaths.protesters": true, "without_power.customers": true, "money.aid.usd": true,
		"": false, "Deaths": false, "deaths.": false, ".deaths": false, "deaths..x": false, "a b": false,
		"deaths/1": false, string(make([]byte, 101)): false,
	} {
		if got := ValidSeriesID(id); got != want {
			t.Errorf("ValidSeriesID(%q) = %v, want %v", id, got, want)
		}
	}
}

func TestSingularPlural(t *testing.T) {
	for w, want := range map[string]string{
		"bodies": "body", "deaths": "death", "cases": "case", "businesses": "business", "children": "child",
		"customers": "customer", "toll": "toll", "status": "status", "fatalities": "fatality", "missing": "missing",
	} {
		if got := singular(w); got != want {
			t.Errorf("singular(%q) = %q, want %q", w, got, want)
		}
	}
	for w, want := range map[string]string{"customer": "customers", "business": "businesses", "county": "counties", "day": "days", "homes": "homes"} {
		if got := plural(w); got != want {
			t.Errorf("plural(%q) = %q, want %q", w, got, want)
		}
	}
}
