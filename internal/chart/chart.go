// Package chart draws icestat's charts as small, self-contained SVG
// documents: a period series (bars or a line, uncovered periods drawn as
// visible "no data" gaps, partial periods hatched, the reported period
// highlighted), sorted horizontal bars with shares, a heatmap crosstab for
// two-dimensional answers, small multiples (one small series per group)
// for a period and one other dimension, and a coverage timeline.
//
// Both renderings of icestat use it: the report's HTML (`icestat report
// --format html`, internal/report) and the web app (internal/web). Every
// chart carries its colours and fonts as presentation attributes, not CSS,
// so the same markup reads the same inline in a page, downloaded as an .svg
// file or rasterised to PNG. Every value a bar stands for is also written
// as a visible label or kept in the table beside the chart: nothing is
// hover-only. Text that comes from data is escaped before it enters the
// markup. Pure Go, no store access.
package chart

import (
	"fmt"
	"html"
	"math"
	"strings"

	"github.com/icestat/icestat/internal/table"
)

// Status is a period's coverage.
type Status int

const (
	Covered Status = iota // the sources cover the whole period
	Partial               // only part of it: the count is not a total (hatched)
	NoData                // no source covers it: no count, drawn as a gap
)

// Point is one value of a chart.
type Point struct {
	Label      string
	Value      float64
	Status     Status
	Highlight  bool   // the reported period
	Suppressed bool   // a small cell withheld: drawn as a mark, not a bar
	Text       string // the value as shown when Suppressed ("fewer than 5")
	Share      float64
	HasShare   bool
	Link       string // the question that produces the value
}

// Spec names a chart.
type Spec struct {
	ID    string // unique within the page
	Title string
	Desc  string // what a screen reader hears besides the title
	Mark  string // what the highlighted point is, for the legend ("" = "reported period")
}

// Colours: dark blue and dark orange on white exceed 4.5:1 contrast;
// partial and missing periods differ by pattern, not by colour alone.
const (
	ColBar   = "#1f4e79"
	ColMark  = "#a6400b"
	ColAxis  = "#4a4a4a"
	ColText  = "#1a1a1a"
	ColGrid  = "#dddddd"
	ColGap   = "#f2f2f2"
	ColMuted = "#5a5a5a"
	// FontSize is the size of chart text in viewBox units. Pages show
	// charts at least MinWidth CSS pixels wide (scrolling inside their own
	// box on narrower screens), so text is never smaller than
	// FontSize*MinWidth/Width = 11 CSS px.
	FontSize = 15.0
	Width    = 760.0
	MinWidth = 560.0
	font     = `font-family="system-ui,-apple-system,'Segoe UI',Roboto,sans-serif"`
)

var esc = html.EscapeString

// Num formats a chart value: a whole number with thousands separators, or
// one decimal place (average daily population).
func Num(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return table.Thousands(int64(v))
	}
	return fmt.Sprintf("%.1f", v)
}

// Pct formats a share as "64.1%".
func Pct(x float64) string { return fmt.Sprintf("%.1f%%", 100*x) }

// niceMax rounds a maximum up to a round number and returns it with the
// tick step.
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

func tick(v float64) string {
	if v >= 1e6 {
		return strings.Replace(fmt.Sprintf("%.1fM", v/1e6), ".0M", "M", 1)
	}
	if v >= 1e4 {
		return fmt.Sprintf("%.0fk", v/1e3)
	}
	return Num(v)
}

func trim(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}

// open starts an SVG document with its title, description and the hatch
// pattern partial periods use.
func open(b *strings.Builder, sp Spec, w, h float64, class string) {
	fmt.Fprintf(b, `<svg class="chart %s" id="%s" viewBox="0 0 %.0f %.0f" width="%.0f" height="%.0f" role="img" aria-labelledby="%s-t %s-d" %s font-size="%.0f">`,
		class, esc(sp.ID), w, h, w, h, esc(sp.ID), esc(sp.ID), font, FontSize)
	fmt.Fprintf(b, `<title id="%s-t">%s</title><desc id="%s-d">%s</desc>`, esc(sp.ID), esc(sp.Title), esc(sp.ID), esc(sp.Desc))
	fmt.Fprintf(b, `<defs><pattern id="%s-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="%s" stroke-width="3"/></pattern>`, esc(sp.ID), ColBar)
	fmt.Fprintf(b, `<pattern id="%s-hatchm" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="%s" stroke-width="3"/></pattern></defs>`, esc(sp.ID), ColMark)
	fmt.Fprintf(b, `<rect class="bg" x="0" y="0" width="%.0f" height="%.0f" fill="#ffffff"/>`, w, h)
}

func link(b *strings.Builder, href, inner string) {
	if href == "" {
		b.WriteString(inner)
		return
	}
	fmt.Fprintf(b, `<a href="%s">%s</a>`, esc(href), inner)
}

// SVG returns a chart as a standalone file, for downloads: an XML
// declaration and the SVG namespace (inline in HTML the markup needs
// neither).
func SVG(markup string) []byte {
	markup = strings.Replace(markup, "<svg ", `<svg xmlns="http://www.w3.org/2000/svg" `, 1)
	return []byte(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + markup + "\n")
}
