package web

import (
	"fmt"
	"html/template"
	"math"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/table"
)

// Charts are small SVG documents written here rather than by a charting
// library: the three shapes icestat needs (columns over time, bars by
// category, a coverage timeline) are a few dozen lines each, render on the
// server with no JavaScript, scale with the page (viewBox), and carry an
// accessible title and description; the table beside each chart holds the
// same numbers. Every text that comes from data is escaped
// (template.HTMLEscapeString) before it enters the markup.

// point is one value of a chart.
type point struct {
	Label      string
	Value      float64
	Suppressed bool   // small cell: drawn as a marker, not a bar
	Text       string // the value as shown when Suppressed ("fewer than 5")
	Link       string
}

var esc = template.HTMLEscapeString

// niceMax rounds a chart's maximum up to 1, 2 or 5 × 10^k and returns it
// with the tick step.
func niceMax(v float64) (float64, float64) {
	if v <= 0 {
		return 1, 1
	}
	exp := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10} {
		if m*exp >= v {
			return m * exp, m * exp / 5
		}
	}
	return 10 * exp, 2 * exp
}

func fmtTick(v float64) string {
	if v >= 1e6 {
		return strings.Replace(fmt.Sprintf("%.1fM", v/1e6), ".0M", "M", 1)
	}
	if v >= 1e4 {
		return fmt.Sprintf("%.0fk", v/1e3)
	}
	return table.Thousands(int64(v))
}

// columnChart draws values over ordered labels (months, years, dates).
func columnChart(id, title, desc string, pts []point) template.HTML {
	if len(pts) == 0 {
		return ""
	}
	const W, H, left, right, top, bottom = 760.0, 300.0, 56.0, 12.0, 16.0, 56.0
	maxV := 0.0
	for _, p := range pts {
		if !p.Suppressed {
			maxV = math.Max(maxV, p.Value)
		}
	}
	yMax, step := niceMax(maxV)
	pw, ph := W-left-right, H-top-bottom
	bw := pw / float64(len(pts))
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" id="%s" viewBox="0 0 %.0f %.0f" role="img" aria-labelledby="%s-t %s-d" preserveAspectRatio="xMidYMid meet">`, esc(id), W, H, esc(id), esc(id))
	fmt.Fprintf(&b, `<title id="%s-t">%s</title><desc id="%s-d">%s</desc>`, esc(id), esc(title), esc(id), esc(desc))
	for v := 0.0; v <= yMax+step/2; v += step {
		y := top + ph - v/yMax*ph
		fmt.Fprintf(&b, `<line class="grid" x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f"/>`, left, W-right, y, y)
		fmt.Fprintf(&b, `<text class="tick" x="%.1f" y="%.1f" text-anchor="end">%s</text>`, left-6, y+4, esc(fmtTick(v)))
	}
	every := int(math.Ceil(float64(len(pts)) / 12))
	for i, p := range pts {
		x := left + float64(i)*bw
		tip := fmt.Sprintf("%s: %s", p.Label, table.Thousands(int64(p.Value)))
		if p.Suppressed {
			tip = p.Label + ": " + p.Text
			fmt.Fprintf(&b, `<g><title>%s</title><rect class="suppressed" x="%.2f" y="%.2f" width="%.2f" height="3"/></g>`, esc(tip), x+bw*0.1, top+ph-3, math.Max(bw*0.8, 0.5))
		} else {
			h := p.Value / yMax * ph
			bar := fmt.Sprintf(`<rect class="bar" x="%.2f" y="%.2f" width="%.2f" height="%.2f"><title>%s</title></rect>`, x+bw*0.1, top+ph-h, math.Max(bw*0.8, 0.5), h, esc(tip))
			if p.Link != "" {
				bar = fmt.Sprintf(`<a href="%s">%s</a>`, esc(p.Link), bar)
			}
			b.WriteString(bar)
		}
		if i%every == 0 {
			fmt.Fprintf(&b, `<text class="tick" transform="translate(%.1f %.1f) rotate(-45)" text-anchor="end">%s</text>`, x+bw/2, top+ph+12, esc(p.Label))
		}
	}
	fmt.Fprintf(&b, `<line class="axis" x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f"/>`, left, W-right, top+ph, top+ph)
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// barChart draws horizontal bars for categories, largest first as given.
func barChart(id, title, desc string, pts []point) template.HTML {
	if len(pts) == 0 {
		return ""
	}
	const maxBars = 25
	more := 0
	if len(pts) > maxBars {
		more = len(pts) - maxBars
		pts = pts[:maxBars]
	}
	const W, left, right, barH, gap, top = 760.0, 250.0, 80.0, 18.0, 6.0, 8.0
	H := top + float64(len(pts))*(barH+gap) + 24
	maxV := 0.0
	for _, p := range pts {
		if !p.Suppressed {
			maxV = math.Max(maxV, p.Value)
		}
	}
	yMax, _ := niceMax(maxV)
	pw := W - left - right
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart" id="%s" viewBox="0 0 %.0f %.0f" role="img" aria-labelledby="%s-t %s-d">`, esc(id), W, H, esc(id), esc(id))
	d := desc
	if more > 0 {
		d += fmt.Sprintf(" (the %d largest groups; %d more in the table)", maxBars, more)
	}
	fmt.Fprintf(&b, `<title id="%s-t">%s</title><desc id="%s-d">%s</desc>`, esc(id), esc(title), esc(id), esc(d))
	for i, p := range pts {
		y := top + float64(i)*(barH+gap)
		label := p.Label
		if len([]rune(label)) > 36 {
			label = string([]rune(label)[:35]) + "…"
		}
		fmt.Fprintf(&b, `<text class="label" x="%.1f" y="%.1f" text-anchor="end">%s</text>`, left-8, y+barH*0.75, esc(label))
		if p.Suppressed {
			fmt.Fprintf(&b, `<text class="value" x="%.1f" y="%.1f">%s</text>`, left+4, y+barH*0.75, esc(p.Text))
			continue
		}
		w := p.Value / yMax * pw
		bar := fmt.Sprintf(`<rect class="bar" x="%.1f" y="%.1f" width="%.2f" height="%.1f"><title>%s: %s</title></rect>`, left, y, w, barH, esc(p.Label), table.Thousands(int64(p.Value)))
		if p.Link != "" {
			bar = fmt.Sprintf(`<a href="%s">%s</a>`, esc(p.Link), bar)
		}
		b.WriteString(bar)
		fmt.Fprintf(&b, `<text class="value" x="%.1f" y="%.1f">%s</text>`, left+w+4, y+barH*0.75, table.Thousands(int64(p.Value)))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// span is one bar of a coverage timeline.
type span struct {
	Label    string
	From, To time.Time
	Class    string // "national", "scoped", "subset"
}

// timeline draws each source's coverage on a shared time axis.
func timeline(id, title string, spans []span) template.HTML {
	if len(spans) == 0 {
		return ""
	}
	lo, hi := spans[0].From, spans[0].To
	for _, s := range spans {
		if s.From.Before(lo) {
			lo = s.From
		}
		if s.To.After(hi) {
			hi = s.To
		}
	}
	lo = time.Date(lo.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	hi = time.Date(hi.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC)
	const W, left, right, barH, gap, top = 760.0, 250.0, 12.0, 14.0, 5.0, 6.0
	H := top + float64(len(spans))*(barH+gap) + 22
	pw := W - left - right
	x := func(t time.Time) float64 {
		return left + t.Sub(lo).Hours()/hi.Sub(lo).Hours()*pw
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="chart timeline" id="%s" viewBox="0 0 %.0f %.0f" role="img" aria-labelledby="%s-t">`, esc(id), W, H, esc(id))
	fmt.Fprintf(&b, `<title id="%s-t">%s</title>`, esc(id), esc(title))
	for y := lo.Year(); y <= hi.Year(); y++ {
		t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		fmt.Fprintf(&b, `<line class="grid" x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f"/>`, x(t), x(t), top, H-18)
		if y < hi.Year() || y == lo.Year() {
			fmt.Fprintf(&b, `<text class="tick" x="%.1f" y="%.1f">%d</text>`, x(t)+2, H-6, y)
		}
	}
	for i, s := range spans {
		y := top + float64(i)*(barH+gap)
		label := s.Label
		if len([]rune(label)) > 38 {
			label = string([]rune(label)[:37]) + "…"
		}
		fmt.Fprintf(&b, `<text class="label" x="%.1f" y="%.1f" text-anchor="end">%s</text>`, left-6, y+barH*0.8, esc(label))
		fmt.Fprintf(&b, `<rect class="span %s" x="%.1f" y="%.1f" width="%.2f" height="%.1f"><title>%s: %s to %s</title></rect>`,
			esc(s.Class), x(s.From), y, math.Max(x(s.To.AddDate(0, 0, 1))-x(s.From), 1), barH, esc(s.Label), s.From.Format("2006-01-02"), s.To.Format("2006-01-02"))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}
