// Package detstats reads ICE's published detention-statistics workbooks
// ("detentionStats" editions, FY2019 onwards): it finds every table in every
// sheet (title, as-of date, one or more header rows, body, totals rows,
// footnote marks and notes), gives each a stable kind across the years'
// layouts, and turns it into tidy values (edition, table, as_of, keys,
// measure, value). Totals rows are checked against the sum of their parts;
// tables whose kind is not known are reported, never dropped silently.
//
// The package is pure Go: it reads workbooks through internal/xlsx and has no
// store dependency.
package detstats

import (
	"strconv"
	"strings"

	"github.com/icestat/icestat/internal/xlsx"
)

// Cell is one non-empty cell.
type Cell struct {
	Text string  // as stored (numbers in Excel's shortest form)
	Num  bool    // a number (numeric cell or a text that is only a number)
	F    float64 // the number when Num
}

func (c Cell) empty() bool { return c.Text == "" }

// Grid is a whole sheet in memory (the detention workbooks are small).
type Grid struct {
	Sheet  string
	Index  int
	Hidden bool
	rows   map[int][]Cell // 1-based row -> 0-based column
	MaxRow int
	MaxCol int
	merges []xlsx.Range
	// mergeOf maps the top-left cell of a merged range to the range.
	mergeOf map[[2]int]xlsx.Range
	// inMerge marks non-top-left cells covered by a merge.
	inMerge map[[2]int]xlsx.Range
}

// At returns the cell at 1-based row r and 0-based column c.
func (g *Grid) At(r, c int) Cell {
	cs := g.rows[r]
	if c < 0 || c >= len(cs) {
		return Cell{}
	}
	return cs[c]
}

// extent returns the last column covered by the cell at (r, c): the end of
// its merged range, or c.
func (g *Grid) extent(r, c int) int {
	if m, ok := g.mergeOf[[2]int{r, c}]; ok {
		return m.Col2
	}
	return c
}

// covered reports whether (r, c) lies inside a merge that starts elsewhere
// and returns that range.
func (g *Grid) covered(r, c int) (xlsx.Range, bool) {
	m, ok := g.inMerge[[2]int{r, c}]
	return m, ok
}

func parseNumber(s string) (float64, bool) {
	t := strings.TrimSpace(s)
	if t == "" {
		return 0, false
	}
	for _, ch := range t {
		if !(ch >= '0' && ch <= '9' || ch == '.' || ch == '-' || ch == '+' || ch == 'E' || ch == 'e' || ch == ',') {
			return 0, false
		}
	}
	t = strings.ReplaceAll(t, ",", "")
	f, err := strconv.ParseFloat(t, 64)
	if err != nil {
		return 0, false
	}
	return f, true
}

// readGrid loads one sheet with its merged ranges.
func readGrid(wb *xlsx.Workbook, si xlsx.SheetInfo) (*Grid, error) {
	g := &Grid{Sheet: si.Name, Index: si.Index, Hidden: si.Hidden, rows: map[int][]Cell{},
		mergeOf: map[[2]int]xlsx.Range{}, inMerge: map[[2]int]xlsx.Range{}}
	rows, err := wb.Rows(si.Index)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		r := rows.RowNum()
		src := rows.Cells()
		cs := make([]Cell, len(src))
		any := false
		for c, v := range src {
			v = strings.TrimRight(v, " \t\r\n\u00a0")
			v = strings.TrimLeft(v, " \t\r\n\u00a0")
			if v == "" {
				continue
			}
			any = true
			cell := Cell{Text: v}
			if f, ok := parseNumber(v); ok {
				cell.Num, cell.F = true, f
			}
			cs[c] = cell
			if c > g.MaxCol {
				g.MaxCol = c
			}
		}
		if !any {
			continue
		}
		g.rows[r] = cs
		if r > g.MaxRow {
			g.MaxRow = r
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	ms, err := wb.MergedCells(si.Index)
	if err != nil {
		return nil, err
	}
	g.merges = ms
	for _, m := range ms {
		if (m.Col2-m.Col1+1)*(m.Row2-m.Row1+1) > 100000 {
			continue // a whole-column merge says nothing about layout
		}
		g.mergeOf[[2]int{m.Row1, m.Col1}] = m
		for r := m.Row1; r <= m.Row2; r++ {
			for c := m.Col1; c <= m.Col2; c++ {
				if r != m.Row1 || c != m.Col1 {
					g.inMerge[[2]int{r, c}] = m
				}
			}
		}
	}
	return g, nil
}
