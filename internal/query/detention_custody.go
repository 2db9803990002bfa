package query

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/table"
)

// KindCustodyLength is the table kind of ICE's "Detainees" table on the
// "ICLOS and Detainees" sheet: the people in detention by days in custody,
// twice a month (the middle and the end) since January 2023.
const KindCustodyLength = "iclos_detainees_by_length"

// CustodyBands are ICE's bands of days in custody, in its order.
var CustodyBands = []string{"0-180 Days", "181-365 Days", "366-730 Days", "More than 730 Days"}

// custodyColumn is one half-month column of the table.
type custodyColumn struct {
	period, half string    // "2026-01", "mid" or "end"
	day          time.Time // the 15th, or the month's last day
}

// custodyLength: the people in ICE detention by days in custody, on the
// half-month column on or before the date asked, from the latest edition
// (published by --printed-by) that prints it: an edition reprints the
// columns since January 2023 with the last revisions, and a reader of it
// quotes them ("7,252 in custody at least six months in mid-January ...
// the 2,849 ... in December 2024", AP, February 2026).
func (e *Engine) custodyLength(ctx context.Context, q *DetentionQuestion, res *Result) error {
	res.Label, res.Unit = "people in ICE detention by days in custody", "people"
	tabs, err := e.publishedTables(ctx, KindCustodyLength, res)
	if err != nil {
		return err
	}
	const what = "the detainees by days in custody"
	if len(tabs) == 0 {
		pickSnapshot(tabs, q.Date, what, res) // not covered, and why
		return nil
	}
	// the latest edition with the column: editions reprint the columns
	// since January 2023, revised, but those of FY2026 print the months of
	// FY2025 as 0
	d := q.Date
	if d.IsZero() {
		d = tabs[len(tabs)-1].AsOf
	}
	res.Coverage = answer.Coverage{AskedText: askedDate(q.Date), Complete: true,
		Held: fmt.Sprintf("editions as of %s..%s (%d tables of %s)", day(tabs[0].AsOf), day(tabs[len(tabs)-1].AsOf), len(tabs), what)}
	var p published
	var col custodyColumn
	var m map[string]cellValue
	for i := len(tabs) - 1; i >= 0 && m == nil; i-- {
		if tabs[i].AsOf.Before(d.Add(-maxStale)) {
			break // an edition before the date asked has no column of it
		}
		vals, err := e.tableValues(ctx, tabs[i], KindCustodyLength, res)
		if err != nil {
			return err
		}
		if c, cm, ok := custodyColumnOn(vals, d); ok {
			p, col, m = tabs[i], c, cm
		}
	}
	if m == nil {
		res.Coverage.None, res.Coverage.Complete = true, false
		res.Coverage.Note = fmt.Sprintf("period not covered: no stored edition prints detainees by days in custody within a month before %s", day(d))
		return nil
	}
	src := p.source(KindCustodyLength)
	total := m["Total/Total"].Value
	res.Count = &total
	src.Cells = append(src.Cells, m["Total/Total"].Cell)
	res.Label += fmt.Sprintf(" (%s of %s)", col.half, col.period)
	res.Warnings = append(res.Warnings, fmt.Sprintf("ICE prints this table for the middle and the end of each month; the column read is the %s of %s (%s), the latest on or before %s", col.half, col.period, day(col.day), day(d)))
	var pops []string // ICE's populations, in its order, "Total" last
	for _, v := range columnKeys(m) {
		if k, _, _ := strings.Cut(v, "/"); k != "Total" && !contains(pops, k) {
			pops = append(pops, k)
		}
	}
	pops = append(pops, "Total")
	t := &table.Table{Columns: []string{"count"}, Rows: [][]any{{total}}}
	byPop, byLen := contains(q.By, "population"), contains(q.By, "length")
	if byPop || byLen {
		t.Columns, t.Rows = nil, nil
		if byPop {
			t.Columns = append(t.Columns, "population")
		}
		if byLen {
			t.Columns = append(t.Columns, "length")
		}
		t.Columns = append(t.Columns, "count", "share")
		for _, pop := range pops {
			if !byPop && pop != "Total" {
				continue
			}
			bands := []string{"Total"}
			if byLen {
				bands = CustodyBands
			}
			for _, b := range bands {
				v, ok := m[pop+"/"+b]
				if !ok {
					continue
				}
				row := []any{}
				if byPop {
					row = append(row, pop)
				}
				if byLen {
					row = append(row, b)
				}
				t.Rows = append(t.Rows, append(row, v.Value, v.Value/total))
				src.Cells = append(src.Cells, v.Cell)
			}
		}
	}
	res.Table = t
	res.Sources = append(res.Sources, src)
	return nil
}

// custodyCol reads a column's period ("2026-01") and half ("mid", "end").
func custodyCol(period, half string) (custodyColumn, bool) {
	mi, ok := canon.MonthInterval(period)
	h := strings.ToLower(strings.TrimSpace(half))
	if !ok || h != "mid" && h != "end" {
		return custodyColumn{}, false
	}
	y, mo, _ := mi.From.Civil()
	dd := time.Date(y, time.Month(mo), 15, 0, 0, 0, 0, time.UTC)
	if h == "end" {
		ly, lm, ld := mi.To.Civil()
		dd = time.Date(ly, time.Month(lm), ld, 0, 0, 0, 0, time.UTC)
	}
	return custodyColumn{period: period, half: h, day: dd}, true
}

// custodyColumnOn finds, in one table's values, the latest filled column on
// or before d (and within maxStale of it), with its cells by population
// and band ("Total/181-365 Days").
func custodyColumnOn(vals []cellValue, d time.Time) (custodyColumn, map[string]cellValue, bool) {
	cells := map[custodyColumn]map[string]cellValue{} // by population + "/" + band
	for _, v := range vals {
		if !v.HasValue {
			continue
		}
		col, ok := custodyCol(v.Period, v.Measure)
		if !ok {
			continue
		}
		if cells[col] == nil {
			cells[col] = map[string]cellValue{}
		}
		cells[col][v.Key1+"/"+v.Key2] = v
	}
	var cols []custodyColumn
	for c, m := range cells {
		// a column ICE has not filled prints 0
		if t, ok := m["Total/Total"]; ok && t.Value > 0 && !c.day.After(d) {
			cols = append(cols, c)
		}
	}
	if len(cols) == 0 {
		return custodyColumn{}, nil, false
	}
	sort.Slice(cols, func(i, j int) bool { return cols[i].day.Before(cols[j].day) })
	c := cols[len(cols)-1]
	if d.Sub(c.day) > maxStale {
		return custodyColumn{}, nil, false
	}
	return c, cells[c], true
}

// columnKeys lists a column's keys in ICE's order (by cell: rows go down the
// sheet).
func columnKeys(m map[string]cellValue) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return cellRow(m[keys[i]].Cell) < cellRow(m[keys[j]].Cell) })
	return keys
}

// cellRow is the row number of a cell reference ("BV45": 45).
func cellRow(ref string) int {
	n := 0
	for _, r := range ref {
		if r >= '0' && r <= '9' {
			n = n*10 + int(r-'0')
		}
	}
	return n
}
