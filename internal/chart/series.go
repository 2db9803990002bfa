package chart

import (
	"fmt"
	"math"
	"strings"
)

// Series draws values over ordered periods (months, fiscal years, dates)
// as columns, or as a line when line is true. Periods with Status NoData
// are drawn as a grey band marked "no data" (a line breaks there), partial
// periods are hatched (a line shows them as hollow points), the
// highlighted period is orange and labelled with its value, as is the
// largest; a legend in the chart says what each mark means.
func Series(sp Spec, pts []Point, line bool) string {
	if len(pts) == 0 {
		return ""
	}
	const W, H, left, right, top, bottom = Width, 330.0, 66.0, 14.0, 28.0, 78.0
	maxV, maxI := 0.0, -1
	for i, p := range pts {
		if p.Status != NoData && !p.Suppressed && p.Value > maxV {
			maxV, maxI = p.Value, i
		}
	}
	yMax, step := niceMax(maxV)
	pw, ph := W-left-right, H-top-bottom
	bw := pw / float64(len(pts))
	y := func(v float64) float64 { return top + ph - v/yMax*ph }
	var b strings.Builder
	class := "series"
	if line {
		class += " line"
	}
	open(&b, sp, W, H, class)
	for v := 0.0; v <= yMax+step/2; v += step {
		fmt.Fprintf(&b, `<line class="grid" x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f" stroke="%s"/>`, left, W-right, y(v), y(v), ColGrid)
		fmt.Fprintf(&b, `<text class="tick" x="%.1f" y="%.1f" text-anchor="end" fill="%s">%s</text>`, left-6, y(v)+5, ColAxis, esc(tick(v)))
	}
	// Uncovered runs: one band per run, labelled when wide enough.
	has := map[string]bool{}
	for i := 0; i < len(pts); i++ {
		if pts[i].Status != NoData {
			continue
		}
		j := i
		for j+1 < len(pts) && pts[j+1].Status == NoData {
			j++
		}
		x0, x1 := left+float64(i)*bw, left+float64(j+1)*bw
		fmt.Fprintf(&b, `<g class="gap"><title>%s: no data (no ingested source covers it; no count)</title><rect x="%.2f" y="%.1f" width="%.2f" height="%.1f" fill="%s" stroke="%s" stroke-dasharray="4 3"/>`,
			esc(runLabel(pts[i].Label, pts[j].Label)), x0, top, x1-x0, ph, ColGap, ColMuted)
		if x1-x0 >= 58 {
			fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" text-anchor="middle" fill="%s">no data</text>`, (x0+x1)/2, top+ph/2, ColMuted)
		} else {
			fmt.Fprintf(&b, `<text transform="translate(%.1f %.1f) rotate(-90)" text-anchor="middle" fill="%s">no data</text>`, (x0+x1)/2+5, top+ph/2, ColMuted)
		}
		b.WriteString(`</g>`)
		has["gap"] = true
		i = j
	}
	if line {
		drawLine(&b, sp, pts, left, bw, y, has)
	} else {
		for i, p := range pts {
			if p.Status == NoData {
				continue
			}
			x := left + float64(i)*bw
			g := math.Min(bw*0.15, 4)
			if bw < 4 {
				g = 0
			}
			tip := p.Label + ": " + Num(p.Value)
			if p.Suppressed {
				fmt.Fprintf(&b, `<g class="suppressed"><title>%s: %s</title><rect x="%.2f" y="%.2f" width="%.2f" height="3" fill="%s"/></g>`, esc(p.Label), esc(p.Text), x+g/2, top+ph-3, math.Max(bw-g, 0.5), ColMuted)
				has["suppressed"] = true
				continue
			}
			fill, stroke, cls := ColBar, ColBar, "bar"
			if p.Highlight {
				fill, stroke, cls = ColMark, ColMark, "bar highlight"
				has["highlight"] = true
			}
			if p.Status == Partial {
				tip += " (partial: not a total)"
				cls += " partial"
				fill = fmt.Sprintf("url(#%s-hatch)", esc(sp.ID))
				if p.Highlight {
					fill = fmt.Sprintf("url(#%s-hatchm)", esc(sp.ID))
				}
				has["partial"] = true
			}
			h := math.Max(p.Value/yMax*ph, 0)
			link(&b, p.Link, fmt.Sprintf(`<rect class="%s" x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="%s" stroke="%s" stroke-width="1"><title>%s</title></rect>`,
				cls, x+g/2, top+ph-h, math.Max(bw-g, 0.5), h, fill, stroke, esc(tip)))
		}
	}
	// Visible value labels: the highlighted period and the largest.
	for i, p := range pts {
		if p.Status == NoData || p.Suppressed || !(p.Highlight || i == maxI) {
			continue
		}
		x := left + (float64(i)+0.5)*bw
		anchor := "middle"
		if x < left+40 {
			anchor = "start"
		} else if x > W-right-40 {
			anchor = "end"
		}
		col := ColText
		if p.Highlight {
			col = ColMark
		}
		fmt.Fprintf(&b, `<text class="value" x="%.1f" y="%.1f" text-anchor="%s" fill="%s" font-weight="600">%s</text>`, x, y(p.Value)-6, anchor, col, esc(Num(p.Value)))
	}
	fmt.Fprintf(&b, `<line class="axis" x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f" stroke="%s"/>`, left, W-right, top+ph, top+ph, ColAxis)
	xLabels(&b, pts, left, bw, top+ph)
	legend(&b, sp, has, H-10)
	b.WriteString(`</svg>`)
	return b.String()
}

func runLabel(a, z string) string {
	if a == z {
		return a
	}
	return a + " to " + z
}

func drawLine(b *strings.Builder, sp Spec, pts []Point, left, bw float64, y func(float64) float64, has map[string]bool) {
	var seg []string
	flush := func() {
		if len(seg) > 1 {
			fmt.Fprintf(b, `<polyline class="line" points="%s" fill="none" stroke="%s" stroke-width="2.5"/>`, strings.Join(seg, " "), ColBar)
		}
		seg = nil
	}
	for i, p := range pts {
		if p.Status == NoData || p.Suppressed {
			flush()
			continue
		}
		seg = append(seg, fmt.Sprintf("%.1f,%.1f", left+(float64(i)+0.5)*bw, y(p.Value)))
	}
	flush()
	for i, p := range pts {
		if p.Status == NoData {
			continue
		}
		if p.Suppressed {
			has["suppressed"] = true
			continue
		}
		x := left + (float64(i)+0.5)*bw
		r, fill, stroke, cls := 3.0, ColBar, ColBar, "point"
		if p.Highlight {
			r, fill, stroke, cls = 6, ColMark, ColMark, "point highlight"
			has["highlight"] = true
		}
		tip := p.Label + ": " + Num(p.Value)
		if p.Status == Partial {
			fill, cls, tip = "#ffffff", cls+" partial", tip+" (partial: not a total)"
			r = math.Max(r, 4)
			has["partial"] = true
		}
		link(b, p.Link, fmt.Sprintf(`<circle class="%s" cx="%.1f" cy="%.1f" r="%.1f" fill="%s" stroke="%s" stroke-width="2"><title>%s</title></circle>`, cls, x, y(p.Value), r, fill, stroke, esc(tip)))
	}
}

// xLabels writes the period labels: the year at each January for months,
// otherwise as many labels as fit.
func xLabels(b *strings.Builder, pts []Point, left, bw, base float64) {
	monthly := true
	for _, p := range pts {
		if len(p.Label) != 7 || p.Label[4] != '-' {
			monthly = false
			break
		}
	}
	if monthly && len(pts) > 12 {
		last := -1e9
		for i, p := range pts {
			x := left + float64(i)*bw
			if (p.Label[5:] == "01" || i == 0) && x-last > 44 {
				fmt.Fprintf(b, `<line x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f" stroke="%s"/>`, x, x, base, base+6, ColAxis)
				fmt.Fprintf(b, `<text class="tick" x="%.1f" y="%.1f" fill="%s">%s</text>`, x+2, base+22, ColAxis, esc(p.Label[:4]))
				last = x
			}
		}
		return
	}
	// Rotated labels; one every `every` periods so they do not collide.
	every := int(math.Ceil(float64(len(pts)) * (FontSize + 4) / (Width - 80)))
	every = max(every, 1)
	for i, p := range pts {
		if i%every != 0 {
			continue
		}
		x := left + (float64(i)+0.5)*bw
		fmt.Fprintf(b, `<text class="tick" transform="translate(%.1f %.1f) rotate(-40)" text-anchor="end" fill="%s">%s</text>`, x+4, base+16, ColAxis, esc(trim(p.Label, 14)))
	}
}

// legend says what the marks mean, inside the chart so a downloaded or
// embedded chart carries it.
func legend(b *strings.Builder, sp Spec, has map[string]bool, y float64) {
	x := 12.0
	item := func(key, swatch, text string) {
		if !has[key] {
			return
		}
		fmt.Fprintf(b, `<g class="legend-%s">%s<text x="%.1f" y="%.1f" fill="%s">%s</text></g>`, key, fmt.Sprintf(swatch, x, y-12), x+20, y, ColText, text)
		x += 20 + float64(len(text))*FontSize*0.52 + 18
	}
	mark := sp.Mark
	if mark == "" {
		mark = "reported period"
	}
	item("highlight", `<rect x="%.1f" y="%.1f" width="14" height="14" fill="`+ColMark+`"/>`, esc(mark))
	item("partial", `<rect x="%.1f" y="%.1f" width="14" height="14" fill="url(#`+esc(sp.ID)+`-hatch)" stroke="`+ColBar+`"/>`, "partly covered (not a total)")
	item("gap", `<rect x="%.1f" y="%.1f" width="14" height="14" fill="`+ColGap+`" stroke="`+ColMuted+`" stroke-dasharray="3 2"/>`, "no data")
	item("suppressed", `<rect x="%.1f" y="%.1f" width="14" height="3" fill="`+ColMuted+`"/>`, "small cell withheld")
}
