package chart

import (
	"math"
	"strconv"
	"strings"
	"time"

	"factline/timeline/series"
)

// niceStep rounds a raw tick interval to 1, 2 or 5 times a power of ten.
func niceStep(raw float64) float64 {
	if !(raw > 0) || !finite(raw) {
		return 1
	}
	exp := math.Floor(math.Log10(raw))
	p := math.Pow(10, exp)
	f := raw / p
	switch {
	case f <= 1:
		f = 1
	case f <= 2:
		f = 2
	case f <= 5:
		f = 5
	default:
		f = 10
	}
	return f * p
}

// TickLabel writes an axis value: thousands separators ("12,500"), millions
// and more in short form ("1.2M", "3B") once the step is that large, and as
// many decimals as the step needs.
func TickLabel(v, step float64, unit string) string {
	suffix := ""
	if unit == "%" {
		suffix = "%"
	}
	if v == 0 {
		return "0" + suffix
	}
	scale, name := 1.0, ""
	switch a := math.Max(math.Abs(step), math.Abs(v)/10); {
	case a >= 1e15:
		return strconv.FormatFloat(v, 'g', 3, 64) + suffix
	case a >= 1e11:
		scale, name = 1e12, "T"
	case a >= 1e8:
		scale, name = 1e9, "B"
	case a >= 1e5:
		scale, name = 1e6, "M"
	}
	dec := 0
	if s := step / scale; s < 1 {
		dec = int(math.Ceil(-math.Log10(s) - 1e-9))
		if dec > 3 {
			dec = 3
		}
	}
	return groupThousands(strconv.FormatFloat(v/scale, 'f', dec, 64)) + name + suffix
}

func groupThousands(s string) string {
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i := range len(intPart) {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteByte(intPart[i])
	}
	b.WriteString(frac)
	return b.String()
}

var timeSteps = []time.Duration{
	time.Minute, 2 * time.Minute, 5 * time.Minute, 10 * time.Minute, 15 * time.Minute, 30 * time.Minute,
	time.Hour, 2 * time.Hour, 3 * time.Hour, 6 * time.Hour, 12 * time.Hour,
	24 * time.Hour, 48 * time.Hour, 7 * 24 * time.Hour, 14 * 24 * time.Hour,
}

// Month is the step TimeTicks returns for monthly ticks (and 3, 6, 12 times
// it for longer spans).
const Month = 30 * 24 * time.Hour

// TimeTicks returns at most max tick times between t0 and t1, on round
// minutes, hours, days or months of loc, and the step between them.
func TimeTicks(t0, t1 time.Time, max int, loc *time.Location) ([]time.Time, time.Duration) {
	if loc == nil {
		loc = time.UTC
	}
	if max < 2 {
		max = 2
	}
	t0, t1 = t0.In(loc), t1.In(loc)
	span := t1.Sub(t0)
	for _, st := range timeSteps {
		if span/st > time.Duration(max-1) {
			continue
		}
		y, m, d := t0.Date()
		t := time.Date(y, m, d, 0, 0, 0, 0, loc)
		var out []time.Time
		if st < 24*time.Hour {
			for t.Before(t0) {
				t = t.Add(st)
			}
			for ; !t.After(t1); t = t.Add(st) {
				out = append(out, t)
			}
		} else {
			days := int(st / (24 * time.Hour))
			for t.Before(t0) {
				t = t.AddDate(0, 0, 1)
			}
			for ; !t.After(t1); t = t.AddDate(0, 0, days) {
				out = append(out, t)
			}
		}
		return out, st
	}
	for _, months := range []int{1, 3, 6, 12, 24, 60, 120} {
		if int(span/Month)/months > max-1 {
			continue
		}
		y, m, _ := t0.Date()
		t := time.Date(y, m, 1, 0, 0, 0, 0, loc)
		if months >= 12 {
			t = time.Date(y, 1, 1, 0, 0, 0, 0, loc)
		}
		for t.Before(t0) {
			t = t.AddDate(0, months, 0)
		}
		var out []time.Time
		for ; !t.After(t1); t = t.AddDate(0, months, 0) {
			out = append(out, t)
		}
		return out, time.Duration(months) * Month
	}
	return []time.Time{t0, t1}, span
}

// TimeLabel writes a tick: the time of day with the date under the first
// tick of each day; a date with the year under the first tick of each year;
// or a month.
func TimeLabel(t, prev time.Time, first bool, step time.Duration) (string, string) {
	switch {
	case step < 24*time.Hour:
		bottom := ""
		if first || t.YearDay() != prev.YearDay() || t.Year() != prev.Year() {
			bottom = t.Format("Jan 2")
		}
		return t.Format("15:04"), bottom
	case step < Month:
		bottom := ""
		if first || t.Year() != prev.Year() {
			bottom = strconv.Itoa(t.Year())
		}
		return t.Format("Jan 2"), bottom
	case step < 12*Month:
		bottom := ""
		if first || t.Year() != prev.Year() {
			bottom = strconv.Itoa(t.Year())
		}
		return t.Format("Jan"), bottom
	}
	return strconv.Itoa(t.Year()), ""
}

// Summary is the chart's text alternative: per source, how many figures,
// the first and the latest, and how many points are flagged.
func Summary(c *Chart, loc *time.Location) string {
	if loc == nil {
		loc = time.UTC
	}
	n, flagged := 0, 0
	for _, l := range c.Lines {
		n += len(l.Points)
		for _, p := range l.Points {
			if p.Flagged {
				flagged++
			}
		}
	}
	title := c.Title
	if title == "" {
		title = "Figures"
	}
	if n == 0 {
		return title + ": no figures yet."
	}
	var b strings.Builder
	b.WriteString(title)
	b.WriteString(" over time, ")
	b.WriteString(plural(n, "figure"))
	b.WriteString(" from ")
	b.WriteString(plural(len(c.Lines), "source"))
	b.WriteString(".")
	for _, l := range c.Lines {
		if len(l.Points) == 0 {
			continue
		}
		name := l.Name
		if name == "" {
			name = "Reported"
		}
		first, last := &l.Points[0], &l.Points[len(l.Points)-1]
		b.WriteString(" ")
		b.WriteString(name)
		b.WriteString(": ")
		if len(l.Points) == 1 {
			b.WriteString(valueText(first, c.Unit) + " (" + dateText(first, loc) + ").")
			continue
		}
		b.WriteString(plural(len(l.Points), "figure"))
		b.WriteString(", from " + valueText(first, c.Unit) + " (" + dateText(first, loc) + ") to " +
			valueText(last, c.Unit) + " (" + dateText(last, loc) + ").")
	}
	if flagged > 0 {
		b.WriteString(" " + plural(flagged, "figure") + " flagged.")
	}
	if c.TableID != "" {
		b.WriteString(" The table gives every figure.")
	}
	return b.String()
}

func valueText(p *Point, unit string) string {
	return series.FormatValue(p.Value, p.Low, p.High, p.Bound, unit)
}

func dateText(p *Point, loc *time.Location) string {
	if p.At.IsZero() {
		return "undated"
	}
	if p.Day {
		return p.At.Format("Jan 2, 2006")
	}
	return p.At.In(loc).Format("Jan 2, 15:04")
}

func plural(n int, w string) string {
	if n == 1 {
		return "1 " + w
	}
	return strconv.Itoa(n) + " " + w + "s"
}
