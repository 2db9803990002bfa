package chart

import (
	"fmt"
	"math"
	"strings"
)

// Panel is one small chart of a set of small multiples: the series of one
// value of the other dimension over the shared periods.
type Panel struct {
	Label  string
	Total  string // shown beside the label: "1,234", "at least 1,230"
	Link   string // the question whose total is the panel's
	Points []Point
}

// Small multiples are drawn narrower than the other charts so that two
// panels side by side still fit a phone screen without scrolling: pages
// show them at least MultMinWidth CSS px wide, where FontSize text is
// FontSize*MultMinWidth/MultWidth >= 11 CSS px.
const (
	MultWidth    = 464.0
	MultMinWidth = 345.0
	MaxPanels    = 12
	multCols     = 2
	panelH       = 152.0
)

// Multiples draws one small period series per panel, two panels a row,
// every panel over the same periods: uncovered periods are grey gaps,
// partial ones hatched, withheld small cells a mark at the base. With
// shared every panel has the same y scale (sizes compare across panels);
// otherwise each its own (shapes compare; each panel says its maximum).
// note is written under the panels (what was left out).
func Multiples(sp Spec, panels []Panel, shared bool, note string) string {
	if len(panels) == 0 {
		return ""
	}
	const W, pad = MultWidth, 10.0
	pw := W / multCols
	rows := (len(panels) + multCols - 1) / multCols
	scale := "Every panel on the same scale"
	if !shared {
		scale = "Each panel on its own scale"
	}
	wrapAt := 53 // characters of FontSize text in W less the padding
	lines := wrap(strings.TrimSpace(scale+". "+note), wrapAt)
	legendTop := float64(rows) * panelH
	has := map[string]bool{}
	for _, p := range panels {
		for _, pt := range p.Points {
			switch {
			case pt.Status == NoData:
				has["gap"] = true
			case pt.Suppressed:
				has["suppressed"] = true
			case pt.Status == Partial:
				has["partial"] = true
			}
		}
	}
	nLegend := 0
	for _, k := range []string{"gap", "partial", "suppressed"} {
		if has[k] {
			nLegend++
		}
	}
	H := legendTop + float64(nLegend)*22 + float64(len(lines))*20 + 12
	globalMax := 0.0
	for _, p := range panels {
		globalMax = math.Max(globalMax, pointsMax(p.Points))
	}
	sharedMax, _ := niceMax(globalMax)
	var b strings.Builder
	open(&b, sp, W, H, "multiples")
	for k, p := range panels {
		x0 := float64(k%multCols) * pw
		y0 := float64(k/multCols) * panelH
		yMax := sharedMax
		if !shared {
			yMax, _ = niceMax(pointsMax(p.Points))
		}
		panel(&b, sp, p, x0+pad, y0, pw-2*pad, yMax)
	}
	y := legendTop + 4
	item := func(key, swatch, text string) {
		if !has[key] {
			return
		}
		fmt.Fprintf(&b, `<g class="legend-%s">%s<text x="%.1f" y="%.1f" fill="%s">%s</text></g>`, key, fmt.Sprintf(swatch, pad, y+2), pad+20, y+14, ColText, text)
		y += 22
	}
	item("gap", `<rect x="%.1f" y="%.1f" width="14" height="14" fill="`+ColGap+`" stroke="`+ColMuted+`" stroke-dasharray="3 2"/>`, "no data (no source covers the period)")
	item("partial", `<rect x="%.1f" y="%.1f" width="14" height="14" fill="url(#`+esc(sp.ID)+`-hatch)" stroke="`+ColBar+`"/>`, "partly covered (not a total)")
	item("suppressed", `<rect x="%.1f" y="%.1f" width="14" height="3" fill="`+ColMuted+`"/>`, "small cell withheld")
	for _, l := range lines {
		fmt.Fprintf(&b, `<text class="note" x="%.1f" y="%.1f" fill="%s">%s</text>`, pad, y+14, ColMuted, esc(l))
		y += 20
	}
	b.WriteString(`</svg>`)
	return b.String()
}

func pointsMax(pts []Point) float64 {
	m := 0.0
	for _, p := range pts {
		if p.Status != NoData && !p.Suppressed {
			m = math.Max(m, p.Value)
		}
	}
	return m
}

// panel draws one small series at (x0, y0), w wide, on the scale 0..yMax:
// its label and total on top, the scale's maximum as a grid line, bars,
// the first and last period under the axis.
func panel(b *strings.Builder, sp Spec, p Panel, x0, y0, w, yMax float64) {
	const titleY, plotTop, plotBottom, labelY = 18.0, 44.0, 120.0, 140.0
	ph := plotBottom - plotTop
	tot := esc(p.Total)
	room := int((w - float64(len([]rune(p.Total)))*FontSize*0.6 - 12) / (FontSize * 0.7))
	b.WriteString(`<g class="panel">`)
	link(b, p.Link, fmt.Sprintf(`<text class="panel-title" x="%.1f" y="%.1f" fill="%s" font-weight="600">%s<title>%s</title></text>`, x0, y0+titleY, ColText, esc(trim(p.Label, max(room, 6))), esc(p.Label)))
	fmt.Fprintf(b, `<text class="panel-total" x="%.1f" y="%.1f" text-anchor="end" fill="%s">%s</text>`, x0+w, y0+titleY, ColText, tot)
	fmt.Fprintf(b, `<line class="grid" x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f" stroke="%s"/>`, x0, x0+w, y0+plotTop, y0+plotTop, ColGrid)
	fmt.Fprintf(b, `<text class="tick" x="%.1f" y="%.1f" fill="%s">%s</text>`, x0, y0+plotTop-5, ColAxis, esc(tick(yMax)))
	n := len(p.Points)
	bw := w / float64(max(n, 1))
	g := math.Min(bw*0.15, 2)
	if bw < 3 {
		g = 0
	}
	for i, pt := range p.Points {
		x := x0 + float64(i)*bw
		switch {
		case pt.Status == NoData:
			fmt.Fprintf(b, `<rect class="gap" x="%.2f" y="%.1f" width="%.2f" height="%.1f" fill="%s"><title>%s: no data (no source covers it)</title></rect>`, x, y0+plotTop, bw, ph, ColGap, esc(pt.Label))
		case pt.Suppressed:
			fmt.Fprintf(b, `<rect class="suppressed" x="%.2f" y="%.1f" width="%.2f" height="3" fill="%s"><title>%s: %s</title></rect>`, x+g/2, y0+plotBottom-3, math.Max(bw-g, 0.5), ColMuted, esc(pt.Label), esc(pt.Text))
		default:
			h := math.Max(pt.Value/yMax*ph, 0)
			fill, cls, tip := ColBar, "bar", pt.Label+": "+Num(pt.Value)
			if pt.Status == Partial {
				fill, cls, tip = fmt.Sprintf("url(#%s-hatch)", esc(sp.ID)), "bar partial", tip+" (partial: not a total)"
			}
			link(b, pt.Link, fmt.Sprintf(`<rect class="%s" x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="%s" stroke="%s" stroke-width="0.5"><title>%s</title></rect>`,
				cls, x+g/2, y0+plotBottom-h, math.Max(bw-g, 0.5), h, fill, ColBar, esc(tip)))
		}
	}
	fmt.Fprintf(b, `<line class="axis" x1="%.1f" x2="%.1f" y1="%.1f" y2="%.1f" stroke="%s"/>`, x0, x0+w, y0+plotBottom, y0+plotBottom, ColAxis)
	widest := 0
	for _, pt := range p.Points {
		widest = max(widest, len([]rune(pt.Label)))
	}
	if n > 1 && bw >= float64(widest)*FontSize*0.6+6 {
		// Few periods (fiscal years): each under its bar.
		for i, pt := range p.Points {
			fmt.Fprintf(b, `<text class="tick" x="%.1f" y="%.1f" text-anchor="middle" fill="%s">%s</text>`, x0+(float64(i)+0.5)*bw, y0+labelY, ColAxis, esc(pt.Label))
		}
	} else if n > 0 {
		fmt.Fprintf(b, `<text class="tick" x="%.1f" y="%.1f" fill="%s">%s</text>`, x0, y0+labelY, ColAxis, esc(p.Points[0].Label))
		if n > 1 {
			fmt.Fprintf(b, `<text class="tick" x="%.1f" y="%.1f" text-anchor="end" fill="%s">%s</text>`, x0+w, y0+labelY, ColAxis, esc(p.Points[n-1].Label))
		}
	}
	b.WriteString(`</g>`)
}

// wrap breaks text into lines of at most n characters at spaces.
func wrap(s string, n int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && len([]rune(line))+1+len([]rune(w)) > n {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
