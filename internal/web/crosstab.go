package web

import (
	"fmt"
	"slices"
	"sort"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/table"
)

// A two-dimension answer is shown as a heatmap (chart.go) and, beside it,
// as a crosstab table: the heatmap shows the shape, the table gives every
// number a reader quotes, with row and column totals. Both are built from
// the public answer (small cells already withheld), so the table never
// shows more than the list of groups does: a total whose line holds a
// withheld cell is given as "at least" the sum of the cells shown, since
// the exact line total minus the cells shown would reveal the withheld one.

// Crosstab bounds: wider or longer answers keep the rest in the list of
// groups below the table.
const (
	xtMaxRows = 60
	xtMaxCols = 24
)

// xtCell is one cell of a crosstab.
type xtCell struct {
	Text       string
	Link       string
	Missing    bool   // no such group in the answer
	Suppressed bool   // a small cell withheld: Text is the server's small-cell text
	Coverage   string // "" when complete (or when the whole row carries the mark)
}

// xtTotal is a row or column total.
type xtTotal struct {
	Text    string
	Link    string
	AtLeast bool // a withheld cell is in the line: the sum of the cells shown
}

type xtRow struct {
	Key      string
	Coverage string // the coverage of every cell of the row, when not complete
	Cells    []xtCell
	Total    xtTotal
}

type xtCol struct {
	Key   string
	Total xtTotal
}

// crosstab is a two-dimension answer as a table: rows are the values of
// the first dimension, columns the values of the second.
type crosstab struct {
	RowDim, ColDim string
	Rows           []xtRow
	Cols           []xtCol
	Total          *numCell
	TotalLink      string
	Marks          []string // the coverage statuses cells or rows are marked with
	AtLeast        bool     // some total is a lower bound
	More           string   // what the table leaves to the list of groups
}

// cellCoverage is the coverage of row i of a two-dimension answer: the
// engine's per-row status, else, for a period key, whether the answer's
// covered intervals hold the whole period.
func cellCoverage(v *countView, i int) string {
	if i < len(v.Res.RowCoverage) && v.Res.RowCoverage[i] != "" {
		if c := v.Res.RowCoverage[i]; c != query.StatusComplete {
			return c
		}
		return ""
	}
	for k, d := range v.Dims {
		iv, ok := periodInterval(d, v.Rows[i].KeyText[k])
		if !ok || len(v.Res.Coverage.Covered) == 0 {
			continue
		}
		full, some := canon.Covers(v.Res.Coverage.Covered, iv.From, iv.To)
		switch {
		case !some:
			return query.StatusNone
		case !full:
			return query.StatusPartial
		}
	}
	return ""
}

// lineLink is the question whose total is the line of a crosstab: the
// answer's question narrowed to one value of dimension k.
func lineLink(q *query.Query, k int, key any) string {
	lq := q.Clone()
	lq.By = []string{q.By[k]}
	n := lq.Narrow([]any{key})
	if n == nil {
		return ""
	}
	return answer.ExploreURL(n.Values())
}

// buildCrosstab lays a two-dimension answer out as a crosstab; nil for
// any other answer.
func buildCrosstab(v *countView) *crosstab {
	if len(v.Dims) != 2 || len(v.Rows) == 0 || v.Total == nil {
		return nil
	}
	type line struct {
		key     any
		sum     int64
		atLeast bool
		n       int
	}
	rowLines, colLines := map[string]*line{}, map[string]*line{}
	cells := map[[2]string]int{}
	add := func(m map[string]*line, k string, key any, c numCell) {
		l := m[k]
		if l == nil {
			l = &line{key: key}
			m[k] = l
		}
		l.n++
		if c.Suppressed {
			l.atLeast = true
		} else {
			l.sum += c.Value
		}
	}
	for i, r := range v.Rows {
		add(rowLines, r.KeyText[0], r.Keys[0], r.Count)
		add(colLines, r.KeyText[1], r.Keys[1], r.Count)
		cells[[2]string{r.KeyText[0], r.KeyText[1]}] = i
	}
	// Periods in order; other values largest first.
	order := func(m map[string]*line, dim string) []string {
		var keys []string
		for k := range m {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			a, b := m[keys[i]], m[keys[j]]
			if !timeDims[dim] && a.sum != b.sum {
				return a.sum > b.sum
			}
			return keys[i] < keys[j]
		})
		return keys
	}
	rows, cols := order(rowLines, v.Dims[0]), order(colLines, v.Dims[1])
	x := &crosstab{RowDim: v.Dims[0], ColDim: v.Dims[1], Total: v.Total, TotalLink: v.TotalLink}
	if len(rows) > xtMaxRows {
		x.More = fmt.Sprintf("the %d largest of %d %s values", xtMaxRows, len(rows), dimLabel(v.Dims[0]))
		rows = rows[:xtMaxRows]
	}
	if len(cols) > xtMaxCols {
		if x.More != "" {
			x.More += " and "
		}
		if timeDims[v.Dims[1]] {
			x.More += fmt.Sprintf("the last %d of %d %s values", xtMaxCols, len(cols), dimLabel(v.Dims[1]))
			cols = cols[len(cols)-xtMaxCols:]
		} else {
			x.More += fmt.Sprintf("the %d largest of %d %s values", xtMaxCols, len(cols), dimLabel(v.Dims[1]))
			cols = cols[:xtMaxCols]
		}
	}
	if x.More != "" {
		x.More += "; the totals count every value"
	}
	if v.Query.Limit > 0 && len(v.Rows) >= v.Query.Limit {
		// A limit cut the groups: the lines add up only what was listed.
		x.AtLeast = true
		for _, m := range []map[string]*line{rowLines, colLines} {
			for _, l := range m {
				l.atLeast = true
			}
		}
	}
	total := func(l *line, k int) xtTotal {
		t := xtTotal{Text: table.Thousands(l.sum), Link: lineLink(v.Query, k, l.key), AtLeast: l.atLeast}
		switch {
		case l.atLeast && l.sum == 0:
			t.Text = "withheld"
			x.AtLeast = true
		case l.atLeast:
			t.Text = "at least " + t.Text
			x.AtLeast = true
		}
		return t
	}
	for _, ck := range cols {
		x.Cols = append(x.Cols, xtCol{Key: ck, Total: total(colLines[ck], 1)})
	}
	for _, rk := range rows {
		xr := xtRow{Key: rk, Total: total(rowLines[rk], 0)}
		var covs []string
		for _, ck := range cols {
			i, ok := cells[[2]string{rk, ck}]
			if !ok {
				xr.Cells = append(xr.Cells, xtCell{Missing: true})
				continue
			}
			r := v.Rows[i]
			c := xtCell{Text: r.Count.Text, Link: r.Link, Suppressed: r.Count.Suppressed, Coverage: cellCoverage(v, i)}
			covs = append(covs, c.Coverage)
			xr.Cells = append(xr.Cells, c)
		}
		// One status for the whole row (a partly covered fiscal year):
		// marked once on the row rather than in every cell.
		same := len(covs) > 0 && covs[0] != ""
		for _, c := range covs {
			same = same && c == covs[0]
		}
		if same {
			xr.Coverage = covs[0]
			for j := range xr.Cells {
				xr.Cells[j].Coverage = ""
			}
		}
		for _, c := range covs {
			if c != "" && !slices.Contains(x.Marks, c) {
				x.Marks = append(x.Marks, c)
			}
		}
		x.Rows = append(x.Rows, xr)
	}
	return x
}

// covText is a coverage status as the crosstab marks it.
func covText(c string) string {
	switch c {
	case query.StatusPartial:
		return "partial: the sources cover only part of this period; not a total"
	case query.StatusSubset:
		return "subset: only a program-subset or single-AOR release speaks for this group"
	case query.StatusNone:
		return "not covered: no source covers this group's place and period"
	}
	return c
}
