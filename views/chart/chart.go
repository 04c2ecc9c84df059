// Package chart draws one series as an SVG line and point chart: time across,
// value up, one colour and dash pattern per source, each point a link to the
// event it came from, bounds drawn as what they are (an upward caret for "at
// least", a downward one for "at most", a hollow marker for "about", a band for
// a range) and flagged points ringed. The SVG scales to its container (a
// viewBox, width 100%, no pixel size) and carries its own text alternative.
//
// It writes markup directly, without templates: a chart of 10,000 points
// must cost a few milliseconds.
package chart

import (
	"bufio"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"factline/timeline"
)

// Chart is what to draw.
type Chart struct {
	// ID prefixes the ids of the chart's elements; it must be unique in the
	// page ("chart-deaths").
	ID    string
	Title string
	// Desc is the text alternative; empty means a summary written from the
	// data.
	Desc string
	// Unit is what the values count ("people", "%", "USD").
	Unit string
	// TableID is the id of the table of the same data that the page shows,
	// named by aria-describedby.
	TableID string
	Lines   []Line
	// Context are figures shown beside the series (parts, restated values,
	// increments): small grey marks when Options.Context is set.
	Context []Point
}

// Line is one source's points.
type Line struct {
	Name   string
	Points []Point
}

// Point is one figure.
type Point struct {
	At time.Time
	// Day is true for a figure dated to the day only: it is drawn at noon
	// with a bar across its day.
	Day   bool
	Value float64
	Low   *float64
	High  *float64
	Bound timeline.Bound
	// Href links the point to its event; unsafe schemes are dropped.
	Href string
	// Label is the point's tooltip and accessible name.
	Label   string
	Flagged bool
	// ID names the point in the page (a figure id); written as data-point,
	// with the value as data-value, so a page can tie a point to its table
	// row.
	ID string
}

// Options size and localise the chart.
type Options struct {
	// Width and Height are the viewBox's; the chart scales to its container
	// whatever they are. Zero means 640 by 400.
	Width, Height float64
	// Location is the zone of the time labels; nil means UTC.
	Location *time.Location
	// Context draws the context figures.
	Context bool
	// ExternalStyle leaves out the SVG's own <style> element and style
	// attribute, which a page with a strict Content-Security-Policy
	// (style-src 'self') refuses: the page's stylesheet must then carry
	// the rules of Stylesheet.
	ExternalStyle bool
}

// Stylesheet is the CSS the chart needs from a page that renders it with
// ExternalStyle: it scales the SVG to its container, and on narrow screens
// enlarges its text and swaps the legend for the narrow one.
const Stylesheet = `svg.chart{max-width:100%;height:auto;display:block}` +
	`svg.chart text{font-size:12px}svg.chart .narrow{display:none}` +
	`@media (max-width:480px){svg.chart text{font-size:20px}svg.chart .wide{display:none}` +
	`svg.chart .narrow{display:inline}svg.chart circle.marker{r:6px}svg.chart .line{stroke-width:3px}}`

// palette is the Okabe-Ito set, told apart by most colour-blind readers;
// lines also differ by dash pattern so colour is never the only cue.
var palette = [...]string{"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"}

// LineColour is the colour of the i-th line, for a page that marks its table
// rows to match the chart.
func LineColour(i int) string { c, _ := style(i); return c }

var dashes = []string{"", "6 3", "2 3", "8 3 2 3", "12 4", "4 2 1 2", "1 2"}

// Text is 12 units, and 20 on narrow screens (a media query in the SVG's
// style) so that it stays near 10 px when a 640-unit chart shrinks to a
// phone's width. Layout leaves room for the larger size; the character width
// is a guess, as fonts differ.
const (
	fontSize   = 12.0
	narrowFont = 20.0
	charWidth  = 0.6 * narrowFont
	rowHeight  = 26.0
)

// SVG returns the chart's markup.
func SVG(c *Chart, o Options) string {
	var b strings.Builder
	_ = Render(&b, c, o)
	return b.String()
}

// Render writes the chart's markup to w.
func Render(w io.Writer, c *Chart, o Options) error {
	if o.Width <= 0 || o.Height <= 0 {
		o.Width, o.Height = 640, 400
	}
	if o.Location == nil {
		o.Location = time.UTC
	}
	bw := bufio.NewWriterSize(w, 32<<10)
	r := renderer{c: c, o: o, w: bw, buf: make([]byte, 0, 512)}
	r.render()
	return bw.Flush()
}

type renderer struct {
	c   *Chart
	o   Options
	w   *bufio.Writer
	buf []byte

	cid string // the chart's id, safe in CSS and XML

	// plot area
	left, right, top, bottom float64
	t0, t1                   float64 // unix seconds
	y0, y1                   float64
}

func (r *renderer) flush() {
	r.w.Write(r.buf)
	r.buf = r.buf[:0]
}

func (r *renderer) s(s string) { r.buf = append(r.buf, s...) }

func (r *renderer) f(v float64) { r.buf = appendCoord(r.buf, v) }

// esc appends text escaped for XML content and attributes.
func (r *renderer) esc(s string) { r.buf = appendEscaped(r.buf, s) }

func (r *renderer) id(suffix string) {
	r.s(r.cid)
	r.s(suffix)
}

func (r *renderer) render() {
	c, o := r.c, r.o
	r.cid = "chart"
	if c.ID != "" {
		r.cid = cssIdent(c.ID)
	}
	r.s(`<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="`)
	r.s(r.cid)
	r.s(`" viewBox="0 0 `)
	r.f(o.Width)
	r.s(" ")
	r.f(o.Height)
	r.s(`" width="100%" preserveAspectRatio="xMidYMid meet"`)
	if !o.ExternalStyle {
		r.s(` style="max-width:100%;height:auto;display:block"`)
	}
	r.s(` role="img" aria-labelledby="`)
	r.id("-title")
	r.s(" ")
	r.id("-desc")
	r.s(`"`)
	if c.TableID != "" {
		r.s(` aria-describedby="`)
		r.esc(c.TableID)
		r.s(`"`)
	}
	r.s(` font-family="system-ui, -apple-system, sans-serif" font-size="12">`)
	r.s(`<title id="`)
	r.id("-title")
	r.s(`">`)
	r.esc(c.Title)
	r.s(`</title><desc id="`)
	r.id("-desc")
	r.s(`">`)
	if c.Desc != "" {
		r.esc(c.Desc)
	} else {
		r.esc(Summary(c, o.Location))
	}
	r.s(`</desc>`)
	if !o.ExternalStyle {
		r.s(`<style>#`)
		r.s(r.cid)
		r.s(` text{font-size:12px}#`)
		r.s(r.cid)
		r.s(` .narrow{display:none}@media (max-width:480px){#`)
		r.s(r.cid)
		r.s(` text{font-size:20px}#`)
		r.s(r.cid)
		r.s(` .wide{display:none}#`)
		r.s(r.cid)
		r.s(` .narrow{display:inline}#`)
		r.s(r.cid)
		r.s(` circle.marker{r:6px}#`)
		r.s(r.cid)
		r.s(` .line{stroke-width:3px}}</style>`)
	}
	r.s(`<rect class="bg" width="100%" height="100%" fill="#fff"/>`)

	n := 0
	for _, l := range c.Lines {
		n += len(l.Points)
	}
	legendH := r.legends()
	r.left, r.right = 56, o.Width-16
	r.top, r.bottom = legendH+28, o.Height-48
	if n == 0 {
		r.s(`<text class="empty" x="`)
		r.f(o.Width / 2)
		r.s(`" y="`)
		r.f((r.top + r.bottom) / 2)
		r.s(`" text-anchor="middle" fill="#555">No figures yet</text></svg>`)
		r.flush()
		return
	}
	r.scales()
	r.left = r.yLabelWidth() + 10
	r.yAxis()
	r.xAxis()
	if o.Context {
		r.context()
	}
	for i := range c.Lines {
		r.line(i)
		r.flush()
	}
	r.s(`</svg>`)
	r.flush()
}

// legend writes one entry per source, wrapping across rows, then a key to the
// markers used; it returns its height.
// legends writes the legend twice: for wide screens (sources and a key to
// the markers, laid out for 12-unit text) and for narrow ones (sources only,
// one per row at 20-unit text, as the marker key would not fit); the style
// shows one. It returns the height of the taller.
func (r *renderer) legends() float64 {
	wide := r.legend("legend wide", 0.6*fontSize+0.5, 20, true)
	narrow := r.legend("legend narrow", charWidth, rowHeight, false)
	return math.Max(wide, narrow)
}

func (r *renderer) legend(class string, cw, rowH float64, key bool) float64 {
	x, y := 8.0, rowH-4
	maxX := r.o.Width - 8
	r.s(`<g class="`)
	r.s(class)
	r.s(`">`)
	for i, l := range r.c.Lines {
		name := l.Name
		if name == "" {
			name = "Reported"
		}
		short := truncate(name, 28)
		wEntry := 30 + float64(len([]rune(short)))*cw + 16
		if x > 8 && x+wEntry > maxX {
			x, y = 8, y+rowH
		}
		col, dash := style(i)
		r.s(`<g class="legend-item"><title>`)
		r.esc(name)
		r.s(`</title><line x1="`)
		r.f(x)
		r.s(`" y1="`)
		r.f(y - 4)
		r.s(`" x2="`)
		r.f(x + 24)
		r.s(`" y2="`)
		r.f(y - 4)
		r.s(`" stroke="`)
		r.s(col)
		r.s(`" stroke-width="2"`)
		if dash != "" {
			r.s(` stroke-dasharray="`)
			r.s(dash)
			r.s(`"`)
		}
		r.s(`/><circle cx="`)
		r.f(x + 12)
		r.s(`" cy="`)
		r.f(y - 4)
		r.s(`" r="3.5" fill="`)
		r.s(col)
		r.s(`"/><text x="`)
		r.f(x + 30)
		r.s(`" y="`)
		r.f(y)
		r.s(`">`)
		r.esc(short)
		r.s(`</text></g>`)
		x += wEntry
	}
	if keys := r.markerKeys(); key && len(keys) > 0 {
		x, y = 8, y+rowH
		for _, k := range keys {
			wEntry := 22 + float64(len(k.label))*cw + 14
			if x > 8 && x+wEntry > maxX {
				x, y = 8, y+rowH
			}
			r.s(`<g class="legend-key">`)
			k.draw(r, x+8, y-5)
			r.s(`<text x="`)
			r.f(x + 22)
			r.s(`" y="`)
			r.f(y)
			r.s(`" fill="#333">`)
			r.esc(k.label)
			r.s(`</text></g>`)
			x += wEntry
		}
	}
	r.s(`</g>`)
	return y
}

type markerKey struct {
	label string
	draw  func(r *renderer, x, y float64)
}

// markerKeys lists the marker kinds the chart uses, so the key explains only
// what is drawn.
func (r *renderer) markerKeys() []markerKey {
	var lower, upper, approx, rng, flag, day bool
	for _, l := range r.c.Lines {
		for i := range l.Points {
			p := &l.Points[i]
			switch p.Bound {
			case timeline.BoundAtLeast, timeline.BoundMoreThan:
				lower = true
			case timeline.BoundAtMost, timeline.BoundLessThan:
				upper = true
			case timeline.BoundApprox:
				approx = true
			case timeline.BoundRange:
				rng = true
			}
			flag = flag || p.Flagged
			day = day || p.Day
		}
	}
	var out []markerKey
	if lower {
		out = append(out, markerKey{"at least / more than", func(r *renderer, x, y float64) {
			r.dot(x, y+4, "#555", false)
			r.caret(x, y+4, -1, "#555")
		}})
	}
	if upper {
		out = append(out, markerKey{"at most / less than", func(r *renderer, x, y float64) {
			r.dot(x, y-5, "#555", false)
			r.caret(x, y-5, 1, "#555")
		}})
	}
	if approx {
		out = append(out, markerKey{"about", func(r *renderer, x, y float64) { r.dot(x, y, "#555", true) }})
	}
	if rng {
		out = append(out, markerKey{"range", func(r *renderer, x, y float64) {
			r.band(x, y-7, y+7, "#555")
			r.dot(x, y, "#555", false)
		}})
	}
	if day {
		out = append(out, markerKey{"date only", func(r *renderer, x, y float64) {
			r.dayBar(x-7, x+7, y, "#555")
			r.dot(x, y, "#555", false)
		}})
	}
	if flag {
		out = append(out, markerKey{"flagged", func(r *renderer, x, y float64) {
			r.dot(x, y, "#555", false)
			r.ring(x, y)
		}})
	}
	if r.o.Context && len(r.c.Context) > 0 {
		out = append(out, markerKey{"context", func(r *renderer, x, y float64) { r.diamond(x, y) }})
	}
	return out
}

func style(i int) (string, string) {
	return palette[i%len(palette)], dashes[(i/len(palette)+i)%len(dashes)]
}

func truncate(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n-1]) + "…"
}

// pointTime is where a point sits on the time axis: a day-precision point at
// noon of its date in the page's zone.
func (r *renderer) pointTime(p *Point) float64 {
	if p.Day {
		y, m, d := p.At.Date()
		return float64(time.Date(y, m, d, 12, 0, 0, 0, r.o.Location).Unix())
	}
	return float64(p.At.Unix())
}

// top and bottom values of a point, for the y range and the range band.
func pointSpan(p *Point) (lo, hi float64) {
	lo, hi = p.Value, p.Value
	if p.Bound == timeline.BoundRange {
		if p.Low != nil {
			lo = *p.Low
		}
		if p.High != nil && !math.IsInf(*p.High, 0) {
			hi = *p.High
		}
		if hi < lo {
			lo, hi = hi, lo
		}
	}
	return lo, hi
}

// plotValue is where the point's marker sits: the middle of a range.
func plotValue(p *Point) float64 {
	if p.Bound == timeline.BoundRange {
		lo, hi := pointSpan(p)
		return (lo + hi) / 2
	}
	return p.Value
}

func (r *renderer) scales() {
	first := true
	yMin, yMax := 0.0, 0.0
	visit := func(p *Point) {
		if !finite(p.Value) {
			return
		}
		t := r.pointTime(p)
		lo, hi := pointSpan(p)
		if first {
			r.t0, r.t1 = t, t
			yMin, yMax = math.Min(0, lo), math.Max(0, hi)
			first = false
		}
		r.t0, r.t1 = math.Min(r.t0, t), math.Max(r.t1, t)
		yMin, yMax = math.Min(yMin, lo), math.Max(yMax, hi)
		if p.Day {
			r.t0, r.t1 = math.Min(r.t0, t-12*3600), math.Max(r.t1, t+12*3600)
		}
	}
	for _, l := range r.c.Lines {
		for i := range l.Points {
			visit(&l.Points[i])
		}
	}
	if r.o.Context {
		for i := range r.c.Context {
			visit(&r.c.Context[i])
		}
	}
	// One instant: show the day around it.
	if r.t1-r.t0 < 3600 {
		r.t0 -= 6 * 3600
		r.t1 += 6 * 3600
	}
	pad := (r.t1 - r.t0) * 0.04
	r.t0 -= pad
	r.t1 += pad
	if yMax == yMin {
		yMax = yMin + 1
	}
	// Room above the highest point for its caret.
	span := yMax - yMin
	yMax += span * 0.08
	if yMin < 0 {
		yMin -= span * 0.08
	}
	step := niceStep((yMax - yMin) / 5)
	r.y0 = math.Floor(yMin/step) * step
	r.y1 = math.Ceil(yMax/step) * step
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

func (r *renderer) x(t float64) float64 {
	return r.left + (t-r.t0)/(r.t1-r.t0)*(r.right-r.left)
}

func (r *renderer) y(v float64) float64 {
	return r.bottom - (v-r.y0)/(r.y1-r.y0)*(r.bottom-r.top)
}

func (r *renderer) yAxis() {
	step := niceStep((r.y1 - r.y0) / 5)
	r.s(`<g class="y-axis" fill="#333" text-anchor="end">`)
	for i := 0; i <= 12; i++ {
		v := r.y0 + float64(i)*step
		if v > r.y1+step/1000 {
			break
		}
		y := r.y(v)
		r.s(`<line x1="`)
		r.f(r.left)
		r.s(`" x2="`)
		r.f(r.right)
		r.s(`" y1="`)
		r.f(y)
		r.s(`" y2="`)
		r.f(y)
		if v == 0 {
			r.s(`" stroke="#888"/>`)
		} else {
			r.s(`" stroke="#e5e5e5"/>`)
		}
		r.s(`<text x="`)
		r.f(r.left - 6)
		r.s(`" y="`)
		r.f(y + 4)
		r.s(`">`)
		r.esc(TickLabel(v, step, r.c.Unit))
		r.s(`</text>`)
	}
	if u := unitCaption(r.c.Unit); u != "" {
		r.s(`<text class="unit" x="`)
		r.f(r.left)
		r.s(`" y="`)
		r.f(r.top - 10)
		r.s(`" text-anchor="start" fill="#555">`)
		r.esc(u)
		r.s(`</text>`)
	}
	r.s(`</g>`)
}

// yLabelWidth is the room the widest y label needs at the larger font.
func (r *renderer) yLabelWidth() float64 {
	step := niceStep((r.y1 - r.y0) / 5)
	widest := 1
	for v := r.y0; v <= r.y1+step/1000; v += step {
		widest = max(widest, len(TickLabel(v, step, r.c.Unit)))
	}
	return float64(widest)*charWidth + 4
}

// cssIdent keeps the characters an id selector may hold unescaped.
func cssIdent(id string) string {
	b := []byte(id)
	for i, c := range b {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
			b[i] = '_'
		}
	}
	return string(b)
}

func unitCaption(u string) string {
	switch u {
	case "", "%":
		return ""
	}
	return u
}

func (r *renderer) xAxis() {
	width := r.right - r.left
	ticks, step := TimeTicks(time.Unix(int64(r.t0), 0), time.Unix(int64(r.t1), 0), int(width/100)+1, r.o.Location)
	r.s(`<g class="x-axis" fill="#333" text-anchor="middle"><line x1="`)
	r.f(r.left)
	r.s(`" x2="`)
	r.f(r.right)
	r.s(`" y1="`)
	r.f(r.bottom)
	r.s(`" y2="`)
	r.f(r.bottom)
	r.s(`" stroke="#888"/>`)
	var prev time.Time
	for i, t := range ticks {
		x := r.x(float64(t.Unix()))
		r.s(`<line x1="`)
		r.f(x)
		r.s(`" x2="`)
		r.f(x)
		r.s(`" y1="`)
		r.f(r.bottom)
		r.s(`" y2="`)
		r.f(r.bottom + 4)
		r.s(`" stroke="#888"/><text x="`)
		r.f(x)
		r.s(`" y="`)
		r.f(r.bottom + 18)
		r.s(`">`)
		top, bottom := TimeLabel(t, prev, i == 0, step)
		r.esc(top)
		if bottom != "" {
			r.s(`<tspan x="`)
			r.f(x)
			r.s(`" dy="1.15em">`)
			r.esc(bottom)
			r.s(`</tspan>`)
		}
		r.s(`</text>`)
		prev = t
	}
	r.s(`</g>`)
}

func (r *renderer) context() {
	if len(r.c.Context) == 0 {
		return
	}
	r.s(`<g class="context" fill="#999">`)
	for i := range r.c.Context {
		p := &r.c.Context[i]
		if !finite(p.Value) {
			continue
		}
		link := r.openPoint(p, "context-point")
		r.diamond(r.x(r.pointTime(p)), r.y(plotValue(p)))
		r.closePoint(link)
	}
	r.s(`</g>`)
}

func (r *renderer) line(i int) {
	l := &r.c.Lines[i]
	col, dash := style(i)
	r.s(`<g class="series-line" data-line="`)
	r.s(strconv.Itoa(i))
	r.s(`"><path class="line" fill="none" stroke="`)
	r.s(col)
	r.s(`" stroke-width="2" stroke-linejoin="round"`)
	if dash != "" {
		r.s(` stroke-dasharray="`)
		r.s(dash)
		r.s(`"`)
	}
	r.s(` d="`)
	order := r.timeOrder(l.Points)
	cmd := "M"
	for _, j := range order {
		p := &l.Points[j]
		if !finite(p.Value) {
			continue
		}
		r.s(cmd)
		r.f(r.x(r.pointTime(p)))
		r.s(" ")
		r.f(r.y(plotValue(p)))
		cmd = "L"
	}
	r.s(`"><title>`)
	r.esc(l.Name)
	r.s(`</title></path>`)
	for j := range l.Points {
		p := &l.Points[j]
		if !finite(p.Value) {
			continue
		}
		x, y := r.x(r.pointTime(p)), r.y(plotValue(p))
		link := r.openPoint(p, "point")
		if p.Day {
			y0, m, d := p.At.Date()
			day := float64(time.Date(y0, m, d, 0, 0, 0, 0, r.o.Location).Unix())
			if x1, x2 := r.x(day), r.x(day+86400); x2-x1 > 3 {
				r.dayBar(x1, x2, y, col)
			}
		}
		switch p.Bound {
		case timeline.BoundRange:
			lo, hi := pointSpan(p)
			r.band(x, r.y(hi), r.y(lo), col)
			r.dot(x, y, col, false)
		case timeline.BoundApprox:
			r.dot(x, y, col, true)
		case timeline.BoundAtLeast, timeline.BoundMoreThan:
			r.dot(x, y, col, false)
			r.caret(x, y, -1, col)
		case timeline.BoundAtMost, timeline.BoundLessThan:
			r.dot(x, y, col, false)
			r.caret(x, y, 1, col)
		default:
			r.dot(x, y, col, false)
		}
		if p.Flagged {
			r.ring(x, y)
		}
		r.closePoint(link)
		if len(r.buf) > 16<<10 {
			r.flush()
		}
	}
	r.s(`</g>`)
}

// timeOrder is the order of the points along the time axis: the given one
// when it is already (series lines are), else sorted.
func (r *renderer) timeOrder(ps []Point) []int {
	idx := make([]int, len(ps))
	sorted := true
	for i := range ps {
		idx[i] = i
		if i > 0 && r.pointTime(&ps[i]) < r.pointTime(&ps[i-1]) {
			sorted = false
		}
	}
	if !sorted {
		sort.SliceStable(idx, func(a, b int) bool { return r.pointTime(&ps[idx[a]]) < r.pointTime(&ps[idx[b]]) })
	}
	return idx
}

// openPoint starts a point: a link when it has a safe href. Links inside an
// image role are not reachable by keyboard or screen reader the same way in
// every browser, so they are kept out of the tab order (tabindex -1): the
// page's table carries the same links for those users.
func (r *renderer) openPoint(p *Point, class string) bool {
	href, ok := SafeHref(p.Href)
	if ok {
		r.s(`<a class="`)
		r.s(class)
		if p.Flagged {
			r.s(` flagged`)
		}
		r.s(`" href="`)
		r.esc(href)
		r.s(`" tabindex="-1"`)
	} else {
		r.s(`<g class="`)
		r.s(class)
		if p.Flagged {
			r.s(` flagged`)
		}
		r.s(`"`)
	}
	if p.ID != "" {
		r.s(` data-point="`)
		r.esc(p.ID)
		r.s(`" data-value="`)
		r.buf = strconv.AppendFloat(r.buf, p.Value, 'g', -1, 64)
		r.s(`"`)
	}
	r.s(`>`)
	if p.Label != "" {
		r.s(`<title>`)
		r.esc(p.Label)
		r.s(`</title>`)
	}
	return ok
}

func (r *renderer) closePoint(link bool) {
	if link {
		r.s(`</a>`)
	} else {
		r.s(`</g>`)
	}
}

func (r *renderer) dot(x, y float64, col string, hollow bool) {
	r.s(`<circle class="marker`)
	if hollow {
		r.s(` approx" fill="#fff" stroke="`)
		r.s(col)
		r.s(`" stroke-width="2`)
	} else {
		r.s(`" fill="`)
		r.s(col)
	}
	r.s(`" cx="`)
	r.f(x)
	r.s(`" cy="`)
	r.f(y)
	r.s(`" r="4"/>`)
}

// caret draws a bound's arrowhead: dir -1 above the point pointing up (the
// true value may be higher), +1 below pointing down.
func (r *renderer) caret(x, y, dir float64, col string) {
	tip, base := y+dir*13, y+dir*7
	if dir < 0 {
		r.s(`<path class="bound-lower" d="M`)
	} else {
		r.s(`<path class="bound-upper" d="M`)
	}
	r.f(x - 4)
	r.s(" ")
	r.f(base)
	r.s("L")
	r.f(x)
	r.s(" ")
	r.f(tip)
	r.s("L")
	r.f(x + 4)
	r.s(" ")
	r.f(base)
	r.s(`" fill="none" stroke="`)
	r.s(col)
	r.s(`" stroke-width="2"/>`)
}

func (r *renderer) band(x, yTop, yBottom float64, col string) {
	if yBottom-yTop < 2 {
		yTop, yBottom = yTop-1, yBottom+1
	}
	r.s(`<rect class="range" x="`)
	r.f(x - 4)
	r.s(`" y="`)
	r.f(yTop)
	r.s(`" width="8" height="`)
	r.f(yBottom - yTop)
	r.s(`" fill="`)
	r.s(col)
	r.s(`" fill-opacity="0.25" stroke="`)
	r.s(col)
	r.s(`"/>`)
}

func (r *renderer) dayBar(x1, x2, y float64, col string) {
	r.s(`<line class="day" x1="`)
	r.f(x1)
	r.s(`" x2="`)
	r.f(x2)
	r.s(`" y1="`)
	r.f(y)
	r.s(`" y2="`)
	r.f(y)
	r.s(`" stroke="`)
	r.s(col)
	r.s(`" stroke-opacity="0.5" stroke-width="3"/>`)
}

func (r *renderer) ring(x, y float64) {
	r.s(`<circle class="flag" cx="`)
	r.f(x)
	r.s(`" cy="`)
	r.f(y)
	r.s(`" r="8" fill="none" stroke="#000" stroke-width="1.5" stroke-dasharray="3 2"/>`)
}

func (r *renderer) diamond(x, y float64) {
	r.s(`<path class="context-mark" d="M`)
	r.f(x)
	r.s(" ")
	r.f(y - 4)
	r.s("L")
	r.f(x + 4)
	r.s(" ")
	r.f(y)
	r.s("L")
	r.f(x)
	r.s(" ")
	r.f(y + 4)
	r.s("L")
	r.f(x - 4)
	r.s(" ")
	r.f(y)
	r.s(`Z" fill="#999"/>`)
}

// SafeHref accepts relative links and http, https and mailto ones; anything
// else ("javascript:", "data:") is dropped.
func SafeHref(h string) (string, bool) {
	h = strings.TrimSpace(h)
	if h == "" || strings.ContainsFunc(h, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return "", false
	}
	for i := 0; i < len(h); i++ {
		switch c := h[i]; {
		case c == ':':
			scheme := strings.ToLower(h[:i])
			return h, scheme == "http" || scheme == "https" || scheme == "mailto"
		case c == '/' || c == '?' || c == '#':
			return h, true
		}
	}
	return h, true
}

// appendCoord writes a coordinate with at most one decimal: enough at any
// screen size, and short.
func appendCoord(b []byte, v float64) []byte {
	if !finite(v) || math.Abs(v) > 1e12 {
		return append(b, '0')
	}
	// Tenths as an integer: strconv's float formatting cost more than the
	// rest of a 10,000-point chart.
	t := int64(math.Round(v * 10))
	if t < 0 {
		b = append(b, '-')
		t = -t
	}
	b = strconv.AppendInt(b, t/10, 10)
	if d := t % 10; d != 0 {
		b = append(b, '.', byte('0'+d))
	}
	return b
}

// escapes marks the bytes that XML text and attributes cannot hold as they
// are: markup characters, and control characters (dropped; XML 1.0 allows
// none but tab, newline and carriage return, which are dropped too as labels
// are one line).
var escapes = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = true
	}
	for _, c := range "&<>\"'" {
		t[c] = true
	}
	return t
}()

func appendEscaped(b []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !escapes[c] {
			continue
		}
		b = append(b, s[last:i]...)
		last = i + 1
		switch c {
		case '&':
			b = append(b, "&amp;"...)
		case '<':
			b = append(b, "&lt;"...)
		case '>':
			b = append(b, "&gt;"...)
		case '"':
			b = append(b, "&#34;"...)
		case '\'':
			b = append(b, "&#39;"...)
		}
	}
	return append(b, s[last:]...)
}
