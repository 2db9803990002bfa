package chart

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
)

// MaxBars is how many categories Bars draws; the rest stay in the table.
const MaxBars = 25

// Bars draws categories as horizontal bars, largest first, each labelled
// with its count and, when known, its share.
func Bars(sp Spec, pts []Point) string {
	if len(pts) == 0 {
		return ""
	}
	pts = append([]Point{}, pts...)
	sort.SliceStable(pts, func(i, j int) bool {
		if pts[i].Suppressed != pts[j].Suppressed {
			return !pts[i].Suppressed
		}
		return pts[i].Value > pts[j].Value
	})
	more := 0
	if len(pts) > MaxBars {
		more = len(pts) - MaxBars
		pts = pts[:MaxBars]
	}
	const W, left, right, barH, gap, top = Width, 250.0, 150.0, 22.0, 6.0, 6.0
	H := top + float64(len(pts))*(barH+gap) + 6
	if more > 0 {
		H += 24
		sp.Desc += fmt.Sprintf(" (the %d largest groups; %d more in the table)", MaxBars, more)
	}
	maxV := 0.0
	for _, p := range pts {
		if !p.Suppressed {
			maxV = math.Max(maxV, p.Value)
		}
	}
	if maxV <= 0 {
		maxV = 1
	}
	pw := W - left - right
	var b strings.Builder
	open(&b, sp, W, H, "bars")
	for i, p := range pts {
		y := top + float64(i)*(barH+gap)
		fmt.Fprintf(&b, `<text class="label" x="%.1f" y="%.1f" text-anchor="end" fill="%s">%s<title>%s</title></text>`, left-8, y+barH*0.72, ColText, esc(trim(p.Label, 28)), esc(p.Label))
		if p.Suppressed {
			fmt.Fprintf(&b, `<text class="value" x="%.1f" y="%.1f" fill="%s">%s</text>`, left+4, y+barH*0.72, ColMuted, esc(p.Text))
			continue
		}
		w := math.Max(p.Value/maxV*pw, 1)
		fill, cls := ColBar, "bar"
		if p.Status == Partial {
			fill, cls = fmt.Sprintf("url(#%s-hatch)", esc(sp.ID)), "bar partial"
		}
		if p.Highlight {
			fill, cls = ColMark, cls+" highlight"
		}
		link(&b, p.Link, fmt.Sprintf(`<rect class="%s" x="%.1f" y="%.1f" width="%.2f" height="%.1f" fill="%s" stroke="%s"><title>%s: %s</title></rect>`, cls, left, y, w, barH, fill, ColBar, esc(p.Label), Num(p.Value)))
		v := Num(p.Value)
		if p.HasShare {
			v += " (" + Pct(p.Share) + ")"
		}
		fmt.Fprintf(&b, `<text class="value" x="%.1f" y="%.1f" fill="%s">%s</text>`, left+w+6, y+barH*0.72, ColText, esc(v))
	}
	if more > 0 {
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" fill="%s">%d more groups in the table</text>`, left, H-8, ColMuted, more)
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// Cell is one cell of a heatmap; Missing cells (no such group) are blank.
type Cell struct {
	Value      float64
	Partial    bool // the period is only partly covered: hatched over
	Missing    bool
	Suppressed bool
	Text       string
	Link       string
}

// Heatmap draws a two-dimensional answer as a crosstab whose cells are
// shaded by value (darker is larger) and carry their count as text, so no
// colour has to be decoded. Rows and columns are as given (callers put
// the largest rows first and periods in order).
func Heatmap(sp Spec, rows, cols []string, cells [][]Cell) string {
	if len(rows) == 0 || len(cols) == 0 {
		return ""
	}
	const left, top, cellH = 200.0, 96.0, 26.0
	cw := math.Max(64, math.Min(110, (Width-left)/float64(len(cols))))
	W := math.Max(Width, left+cw*float64(len(cols))+8)
	H := top + cellH*float64(len(rows)) + 8
	maxV := 0.0
	for _, r := range cells {
		for _, c := range r {
			if !c.Missing && !c.Suppressed {
				maxV = math.Max(maxV, c.Value)
			}
		}
	}
	if maxV <= 0 {
		maxV = 1
	}
	var b strings.Builder
	open(&b, sp, W, H, "heatmap")
	for j, c := range cols {
		x := left + (float64(j)+0.5)*cw
		fmt.Fprintf(&b, `<text class="col" transform="translate(%.1f %.1f) rotate(-40)" fill="%s">%s<title>%s</title></text>`, x-4, top-8, ColText, esc(trim(c, 14)), esc(c))
	}
	for i, r := range rows {
		y := top + float64(i)*cellH
		fmt.Fprintf(&b, `<text class="row" x="%.1f" y="%.1f" text-anchor="end" fill="%s">%s<title>%s</title></text>`, left-8, y+cellH*0.68, ColText, esc(trim(r, 20)), esc(r))
		for j := range cols {
			x := left + float64(j)*cw
			c := Cell{Missing: true}
			if i < len(cells) && j < len(cells[i]) {
				c = cells[i][j]
			}
			switch {
			case c.Missing:
				fmt.Fprintf(&b, `<rect class="cell empty" x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="#ffffff" stroke="%s"/>`, x, y, cw, cellH, ColGrid)
			case c.Suppressed:
				fmt.Fprintf(&b, `<rect class="cell suppressed" x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s" stroke="%s"/><text x="%.1f" y="%.1f" text-anchor="middle" fill="%s">%s</text>`,
					x, y, cw, cellH, ColGap, ColGrid, x+cw/2, y+cellH*0.68, ColMuted, esc(shortText(c.Text)))
			default:
				f := c.Value / maxV
				fill, txt := shade(f), ColText
				if f > 0.5 {
					txt = "#ffffff"
				}
				cls, over, note := "cell", "", ""
				if c.Partial {
					cls, note = "cell partial", " (partial: not a total)"
					over = fmt.Sprintf(`<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="url(#%s-hatch)" opacity="0.3"/>`, x, y, cw, cellH, esc(sp.ID))
				}
				link(&b, c.Link, fmt.Sprintf(`<g class="%s"><rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s" stroke="#ffffff"><title>%s, %s: %s%s</title></rect>%s<text x="%.1f" y="%.1f" text-anchor="middle" fill="%s" font-weight="%s">%s</text></g>`,
					cls, x, y, cw, cellH, fill, esc(r), esc(cols[j]), Num(c.Value), note, over, x+cw/2, y+cellH*0.68, txt, map[bool]string{true: "600", false: "400"}[c.Partial], esc(tick(c.Value))))
			}
		}
	}
	b.WriteString(`</svg>`)
	return b.String()
}

func shortText(s string) string {
	if strings.HasPrefix(s, "fewer than ") {
		return "<" + strings.TrimPrefix(s, "fewer than ")
	}
	return s
}

// shade blends white into the bar colour by f (0..1).
func shade(f float64) string {
	f = 0.08 + 0.92*math.Max(0, math.Min(1, f))
	mix := func(a, b int) int { return int(float64(a) + (float64(b)-float64(a))*f + 0.5) }
	return fmt.Sprintf("#%02x%02x%02x", mix(255, 0x1f), mix(255, 0x4e), mix(255, 0x79))
}

// Span is one bar of a coverage timeline.
type Span struct {
	Label    string
	From, To time.Time
	Class    string // "national", "scoped", "subset"
}

var spanFill = map[string]string{"national": "#0b5394", "scoped": "#5b8fc7", "subset": "#b7cde6"}

// Timeline draws each source's coverage on a shared time axis.
func Timeline(sp Spec, spans []Span) string {
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
	const W, left, right, barH, gap, top = Width, 250.0, 12.0, 18.0, 5.0, 6.0
	H := top + float64(len(spans))*(barH+gap) + 26
	pw := W - left - right
	x := func(t time.Time) float64 { return left + t.Sub(lo).Hours()/hi.Sub(lo).Hours()*pw }
	years := hi.Year() - lo.Year()
	every := max(1, int(math.Ceil(float64(years)*44/pw)))
	var b strings.Builder
	open(&b, sp, W, H, "timeline")
	for y := lo.Year(); y <= hi.Year(); y++ {
		t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		fmt.Fprintf(&b, `<line class="grid" x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f" stroke="%s"/>`, x(t), x(t), top, H-22, ColGrid)
		if y < hi.Year() && (y-lo.Year())%every == 0 {
			fmt.Fprintf(&b, `<text class="tick" x="%.1f" y="%.1f" fill="%s">%d</text>`, x(t)+2, H-6, ColAxis, y)
		}
	}
	for i, s := range spans {
		y := top + float64(i)*(barH+gap)
		fmt.Fprintf(&b, `<text class="label" x="%.1f" y="%.1f" text-anchor="end" fill="%s">%s<title>%s</title></text>`, left-6, y+barH*0.8, ColText, esc(trim(s.Label, 25)), esc(s.Label))
		fill := spanFill[s.Class]
		if fill == "" {
			fill = ColBar
		}
		fmt.Fprintf(&b, `<rect class="span %s" x="%.1f" y="%.1f" width="%.2f" height="%.1f" fill="%s"><title>%s: %s to %s</title></rect>`,
			esc(s.Class), x(s.From), y, math.Max(x(s.To.AddDate(0, 0, 1))-x(s.From), 1), barH, fill, esc(s.Label), s.From.Format("2006-01-02"), s.To.Format("2006-01-02"))
	}
	b.WriteString(`</svg>`)
	return b.String()
}
