package ingest

import (
	"sort"

	"github.com/icestat/icestat/internal/xlsx"
)

// dataMerges returns the merged ranges that cover more than one cell below
// the header row (header 0: a continuation sheet, all rows are data),
// sorted by first row.
func dataMerges(ranges []xlsx.Range, header int) []xlsx.Range {
	var out []xlsx.Range
	for _, g := range ranges {
		if g.Row2 <= header || (g.Row1 == g.Row2 && g.Col1 == g.Col2) {
			continue
		}
		out = append(out, g)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Row1 < out[j].Row1 })
	return out
}

// mergeFill gives every empty cell of a merged range below the header the
// range's top-left value (and its numeric flag), as a reader of the sheet
// sees it, and counts the cells it filled.
type mergeFill struct {
	rowSource
	ranges  []xlsx.Range // sorted by Row1
	next    int          // first range not yet begun
	active  []activeMerge
	part    *Part
	cells   []string
	numeric []bool
}

type activeMerge struct {
	g       xlsx.Range
	value   string
	numeric bool
}

func (m *mergeFill) Next() bool {
	if !m.rowSource.Next() {
		return false
	}
	row := m.rowSource.RowNum()
	// drop ranges that ended above this row, begin those that start on it
	keep := m.active[:0]
	for _, a := range m.active {
		if a.g.Row2 >= row {
			keep = append(keep, a)
		}
	}
	m.active = keep
	src := m.rowSource.Cells()
	for m.next < len(m.ranges) && m.ranges[m.next].Row1 <= row {
		g := m.ranges[m.next]
		m.next++
		if g.Row2 < row {
			continue // its first rows were empty: nothing to carry
		}
		a := activeMerge{g: g}
		if g.Row1 == row && g.Col1 < len(src) {
			a.value, a.numeric = src[g.Col1], m.rowSource.Numeric(g.Col1)
		}
		m.active = append(m.active, a)
	}
	m.cells = append(m.cells[:0], src...)
	m.numeric = m.numeric[:0]
	for i := range src {
		m.numeric = append(m.numeric, m.rowSource.Numeric(i))
	}
	for _, a := range m.active {
		if a.value == "" {
			continue
		}
		for c := a.g.Col1; c <= a.g.Col2; c++ {
			if c == a.g.Col1 && row == a.g.Row1 {
				continue // the top-left cell itself
			}
			for len(m.cells) <= c {
				m.cells = append(m.cells, "")
				m.numeric = append(m.numeric, false)
			}
			if m.cells[c] == "" {
				m.cells[c], m.numeric[c] = a.value, a.numeric
				m.part.MergedFilled++
			}
		}
	}
	return true
}

func (m *mergeFill) Cells() []string { return m.cells }

func (m *mergeFill) Numeric(col int) bool { return col >= 0 && col < len(m.numeric) && m.numeric[col] }
