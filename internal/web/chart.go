package web

import (
	"fmt"
	"html/template"
	"net/url"
	"sort"
	"strconv"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/chart"
	"github.com/icestat/icestat/internal/table"
)

// The web's charts are drawn by internal/chart, the one SVG chart package
// the report's HTML rendering uses too; this file only turns an answer
// into chart points: each row's coverage (the answer's RowCoverage, or
// for period rows the answer's covered intervals) decides whether it is
// drawn whole, hatched as partial or as a "no data" gap.

type span = chart.Span

func timeline(id, title string, spans []span) template.HTML {
	return template.HTML(chart.Timeline(chart.Spec{ID: id, Title: title, Desc: fmt.Sprintf("%d sources on a time axis", len(spans))}, spans))
}

// periodInterval is the days a period key of dimension dim spans.
func periodInterval(dim, key string) (canon.Interval, bool) {
	switch dim {
	case "month":
		return canon.MonthInterval(key)
	case "fy", "year":
		y, err := strconv.Atoi(key)
		if err != nil || y < 1900 || y > 2200 {
			return canon.Interval{}, false
		}
		if dim == "fy" {
			return canon.FYInterval(y), true
		}
		from, _ := canon.ParseDate(fmt.Sprintf("%04d-01-01", y), false, false)
		to, _ := canon.ParseDate(fmt.Sprintf("%04d-12-31", y), false, false)
		return canon.Interval{From: from, To: to}, true
	}
	return canon.Interval{}, false
}

// rowStatus is the coverage of row i of an answer: the engine's per-row
// status when it gives one, else, for a period row, whether the answer's
// covered intervals hold the whole period; other rows are as covered as
// the answer.
func rowStatus(v *countView, i int, dim, key string) chart.Status {
	res := v.Res
	if i >= 0 && i < len(res.RowCoverage) && res.RowCoverage[i] != "" {
		switch res.RowCoverage[i] {
		case "none":
			return chart.NoData
		case "partial":
			return chart.Partial
		}
		return chart.Covered
	}
	if iv, ok := periodInterval(dim, key); ok && len(res.Coverage.Covered) > 0 {
		full, some := canon.Covers(res.Coverage.Covered, iv.From, iv.To)
		switch {
		case full:
			return chart.Covered
		case some:
			return chart.Partial
		}
		return chart.NoData
	}
	if !res.Coverage.Complete && res.Coverage.Gaps != nil && len(res.Coverage.Covered) == 0 {
		return chart.NoData
	}
	return chart.Covered
}

// seriesPoints are the rows of a one-dimension period answer in order,
// with the periods no row stands for between them as gaps.
func seriesPoints(v *countView) []chart.Point {
	d := v.Dims[0]
	var pts []chart.Point
	for i, r := range v.Rows {
		if r.Keys[0] == nil || r.KeyText[0] == "" {
			continue
		}
		p := chart.Point{Label: r.KeyText[0], Value: float64(r.Count.Value), Suppressed: r.Count.Suppressed, Text: r.Count.Text, Link: r.Link}
		p.Status = rowStatus(v, i, d, r.KeyText[0])
		if p.Status == chart.NoData {
			// A row that no source covers has no count to draw.
			p.Status = chart.Partial
		}
		pts = append(pts, p)
	}
	pts = chart.FillGaps(pts)
	// Periods inside the asked range with no row at all: uncovered ones
	// are gaps; covered ones had no records (zero).
	for i := range pts {
		if pts[i].Status == chart.NoData {
			if iv, ok := periodInterval(d, pts[i].Label); ok {
				if full, _ := canon.Covers(v.Res.Coverage.Covered, iv.From, iv.To); full {
					pts[i].Status = chart.Covered
				}
			}
		}
	}
	return pts
}

// answerChart draws an answer: a period series for one time dimension,
// sorted bars with shares for one other dimension, a heatmap crosstab for
// two dimensions.
func answerChart(v *countView) (template.HTML, string) {
	if len(v.Rows) == 0 || v.Total == nil {
		return "", ""
	}
	title := v.Query.Dataset + " by " + dimLabel(v.Dims[0])
	switch len(v.Dims) {
	case 1:
		d := v.Dims[0]
		if timeDims[d] {
			pts := seriesPoints(v)
			desc := fmt.Sprintf("%d periods; the same numbers are in the table below", len(v.Rows))
			return template.HTML(chart.Series(chart.Spec{ID: "chart", Title: title, Desc: desc}, pts, len(pts) > 60)), ""
		}
		var pts []chart.Point
		for i, r := range v.Rows {
			p := chart.Point{Label: r.KeyText[0], Value: float64(r.Count.Value), Suppressed: r.Count.Suppressed, Text: r.Count.Text, Link: r.Link}
			if rowStatus(v, i, d, r.KeyText[0]) == chart.Partial {
				p.Status = chart.Partial
			}
			if !r.Count.Suppressed && !v.Total.Suppressed && v.Total.Value > 0 {
				p.Share, p.HasShare = float64(r.Count.Value)/float64(v.Total.Value), true
			}
			pts = append(pts, p)
		}
		return template.HTML(chart.Bars(chart.Spec{ID: "chart", Title: title, Desc: fmt.Sprintf("%d groups, largest first; the same numbers are in the table below", len(pts))}, pts)), ""
	case 2:
		if d0, d1 := v.Dims[0], v.Dims[1]; periodDims[d0] && !timeDims[d1] || periodDims[d1] && !timeDims[d0] {
			v.Multiples = true
			return multiples(v), ""
		}
		return heatmap(v), ""
	}
	return "", fmt.Sprintf("A chart is drawn for answers grouped by one or two dimensions; this one has %d.", len(v.Dims))
}

// heatmap draws a two-dimension answer as a crosstab: a time dimension
// across, otherwise the dimension with fewer values across; rows are the
// 30 largest groups.
func heatmap(v *countView) template.HTML {
	ri, ci := 0, 1
	distinct := func(k int) int {
		m := map[string]bool{}
		for _, r := range v.Rows {
			m[r.KeyText[k]] = true
		}
		return len(m)
	}
	if timeDims[v.Dims[0]] && !timeDims[v.Dims[1]] || (!timeDims[v.Dims[1]] && distinct(0) < distinct(1)) {
		ri, ci = 1, 0
	}
	rowTot := map[string]int64{}
	colSet := map[string]bool{}
	cells := map[[2]string]countRow{}
	for _, r := range v.Rows {
		rk, ck := r.KeyText[ri], r.KeyText[ci]
		rowTot[rk] += r.Count.Value
		colSet[ck] = true
		cells[[2]string{rk, ck}] = r
	}
	var rows, cols []string
	for k := range rowTot {
		rows = append(rows, k)
	}
	sort.Slice(rows, func(i, j int) bool {
		if rowTot[rows[i]] != rowTot[rows[j]] {
			return rowTot[rows[i]] > rowTot[rows[j]]
		}
		return rows[i] < rows[j]
	})
	more := ""
	if len(rows) > 30 {
		more = fmt.Sprintf("; the 30 largest of %d %s values (all in the table)", len(rows), dimLabel(v.Dims[ri]))
		rows = rows[:30]
	}
	for k := range colSet {
		cols = append(cols, k)
	}
	sort.Strings(cols)
	if len(cols) > 40 {
		cols = cols[len(cols)-40:]
		more += "; the last 40 " + dimLabel(v.Dims[ci]) + " values"
	}
	// Period columns the answer covers only in part are hatched and say so.
	partial := map[string]bool{}
	colLabels := make([]string, len(cols))
	for j, ck := range cols {
		colLabels[j] = ck
		if iv, ok := periodInterval(v.Dims[ci], ck); ok && len(v.Res.Coverage.Covered) > 0 {
			if full, _ := canon.Covers(v.Res.Coverage.Covered, iv.From, iv.To); !full {
				partial[ck] = true
				colLabels[j] = ck + " (partial)"
			}
		}
	}
	grid := make([][]chart.Cell, len(rows))
	for i, rk := range rows {
		grid[i] = make([]chart.Cell, len(cols))
		for j, ck := range cols {
			r, ok := cells[[2]string{rk, ck}]
			switch {
			case !ok:
				grid[i][j] = chart.Cell{Missing: true}
			case r.Count.Suppressed:
				grid[i][j] = chart.Cell{Suppressed: true, Text: r.Count.Text}
			default:
				grid[i][j] = chart.Cell{Value: float64(r.Count.Value), Link: r.Link, Partial: partial[ck]}
			}
		}
	}
	title := fmt.Sprintf("%s by %s and %s", v.Query.Dataset, dimLabel(v.Dims[ri]), dimLabel(v.Dims[ci]))
	desc := fmt.Sprintf("Heatmap crosstab, darker is larger, each cell labelled with its count%s; the table below lists every group", more)
	return template.HTML(chart.Heatmap(chart.Spec{ID: "chart", Title: title, Desc: desc}, rows, colLabels, grid))
}

// periodDims are the time dimensions drawn as small multiples beside
// another dimension: periods FillGaps can step through.
var periodDims = map[string]bool{"month": true, "fy": true, "year": true}

// multiples draws an answer grouped by a period and one other dimension
// as small multiples: one small series per value of the other dimension
// (the MaxPanels largest; the rest noted), every panel over the same
// periods, uncovered periods as gaps, on one y scale unless the page asks
// for each panel's own (scale=own).
func multiples(v *countView) template.HTML {
	ti, oi := 0, 1
	if !periodDims[v.Dims[0]] {
		ti, oi = 1, 0
	}
	td := v.Dims[ti]
	type group struct {
		key     any
		sum     int64
		atLeast bool
		cells   map[string]int // period -> row
	}
	groups := map[string]*group{}
	var order []string
	var periods []chart.Point
	seen := map[string]bool{}
	for i, r := range v.Rows {
		ok := r.KeyText[oi]
		g := groups[ok]
		if g == nil {
			g = &group{key: r.Keys[oi], cells: map[string]int{}}
			groups[ok] = g
			order = append(order, ok)
		}
		if r.Count.Suppressed {
			g.atLeast = true
		} else {
			g.sum += r.Count.Value
		}
		if r.Keys[ti] == nil {
			continue
		}
		pk := r.KeyText[ti]
		g.cells[pk] = i
		if !seen[pk] {
			seen[pk] = true
			periods = append(periods, chart.Point{Label: pk})
		}
	}
	if len(periods) == 0 {
		// No row has a period (no dates in the records): no series to draw.
		v.Multiples = false
		return heatmap(v)
	}
	periods = chart.FillGaps(periods)
	// Each period's status for a group with no row in it: covered periods
	// had no records (zero), uncovered ones are gaps.
	empty := make([]chart.Status, len(periods))
	for j, p := range periods {
		if iv, ok := periodInterval(td, p.Label); ok {
			full, some := canon.Covers(v.Res.Coverage.Covered, iv.From, iv.To)
			switch {
			case full:
				empty[j] = chart.Covered
			case some:
				empty[j] = chart.Partial
			default:
				empty[j] = chart.NoData
			}
		}
	}
	sort.SliceStable(order, func(i, j int) bool { return groups[order[i]].sum > groups[order[j]].sum })
	note := ""
	if len(order) > chart.MaxPanels {
		var rest int64
		restAtLeast := false
		for _, k := range order[chart.MaxPanels:] {
			rest += groups[k].sum
			restAtLeast = restAtLeast || groups[k].atLeast
		}
		n := table.Thousands(rest)
		if restAtLeast {
			n = "at least " + n
		}
		note = fmt.Sprintf("The %d largest %s values; %d others (%s records together) are in the tables.", chart.MaxPanels, dimLabel(v.Dims[oi]), len(order)-chart.MaxPanels, n)
		order = order[:chart.MaxPanels]
	}
	var panels []chart.Panel
	for _, k := range order {
		g := groups[k]
		p := chart.Panel{Label: k, Total: table.Thousands(g.sum), Link: lineLink(v.Query, oi, g.key)}
		switch {
		case g.atLeast && g.sum == 0:
			p.Total = "withheld"
		case g.atLeast:
			p.Total = "≥ " + p.Total
		}
		for j, per := range periods {
			pt := chart.Point{Label: per.Label, Status: empty[j]}
			if i, ok := g.cells[per.Label]; ok {
				r := v.Rows[i]
				pt = chart.Point{Label: per.Label, Value: float64(r.Count.Value), Suppressed: r.Count.Suppressed, Text: r.Count.Text, Link: r.Link}
				if c := cellCoverage(v, i); c != "" {
					// A row with a count is drawn even where the answer's
					// coverage says otherwise: hatched, not a total.
					pt.Status = chart.Partial
				}
			}
			p.Points = append(p.Points, pt)
		}
		panels = append(panels, p)
	}
	title := fmt.Sprintf("%s per %s, one panel per %s", v.Query.Dataset, dimLabel(td), dimLabel(v.Dims[oi]))
	desc := fmt.Sprintf("Small multiples: %d panels, %d periods from %s to %s; the crosstab and the table below hold every number", len(panels), len(periods), periods[0].Label, periods[len(periods)-1].Label)
	return template.HTML(chart.Multiples(chart.Spec{ID: "chart", Title: title, Desc: desc}, panels, !v.OwnScale, note))
}

// rescale applies the page's choice of scale for small multiples
// (scale=own: each panel its own y scale) and keeps it in the chart's
// download and embed links.
func (v *countView) rescale(vals url.Values) {
	if !v.Multiples {
		return
	}
	v.ScaleSame, v.ScaleOwn = v.Self, v.Self+"&scale=own"
	if vals.Get("scale") != "own" {
		return
	}
	v.OwnScale = true
	v.Chart, v.ChartNote = answerChart(v)
	v.ChartSVG += "&scale=own"
	v.Embed += "&scale=own"
}
