package figures

import "factline/timeline"

// The measures Find names in Figure.Metric, so that series can be keyed on
// them: "death toll", "were killed", "dead" and "bodies" are all MetricKilled.
const (
	MetricKilled       = "killed"
	MetricInjured      = "injured"
	MetricCasualties   = "casualties"
	MetricDetained     = "detained"
	MetricMissing      = "missing"
	MetricTrapped      = "trapped"
	MetricEvacuated    = "evacuated"
	MetricRescued      = "rescued"
	MetricDisplaced    = "displaced"
	MetricDeported     = "deported"
	MetricInfected     = "infected"
	MetricCases        = "cases"
	MetricWithoutPower = "without_power"
	MetricSheltered    = "sheltered"
	MetricCrowd        = "crowd"
	MetricVotes        = "votes"
	MetricSeats        = "seats"
	MetricWindSpeed    = "wind_speed"
	MetricRainfall     = "rainfall"
	MetricStormSurge   = "storm_surge"
	MetricMagnitude    = "magnitude"
	MetricCapacity     = "capacity"
	MetricLimit        = "limit"
	// MetricDoubleCounted marks victims or items a tally counted twice.
	MetricDoubleCounted = "double_counted"
)

// PartsSum adds up the figures that are parts of figs[total]; n is how many
// there are.
func PartsSum(figs []timeline.Figure, total int) (sum float64, n int) {
	for _, f := range figs {
		if f.PartOf == total && f.Role == timeline.RolePart {
			sum += f.Value
			n++
		}
	}
	return sum, n
}

// BreakdownFits reports whether the parts of figs[total] fit in it. Parts may
// add up to less than the total ("nine died, including four ... and two ..."),
// never to more than its upper bound.
func BreakdownFits(figs []timeline.Figure, total int) bool {
	if total < 0 || total >= len(figs) {
		return false
	}
	sum, n := PartsSum(figs, total)
	if n == 0 {
		return true
	}
	t := figs[total]
	switch t.Bound {
	case timeline.BoundAtLeast, timeline.BoundMoreThan:
		return true
	case timeline.BoundRange:
		if t.High != nil {
			return sum <= *t.High
		}
		return true
	case timeline.BoundApprox:
		return sum <= t.Value*1.1
	}
	return sum <= t.Value
}
