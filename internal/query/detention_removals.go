package query

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"time"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/table"
)

// KindRemovals is ICE's "ICE Removals" table of the detention statistics:
// the removals of the fiscal year to date (national, by facility type),
// one table per edition. The FOIA removal records stop in 2019; for later
// years this table is ICE's own published count, the one press releases
// and articles quote ("ICE removed 271,484 noncitizens in FY2024").
const KindRemovals = "removals_by_facility_type"

// removalsFYRe reads the fiscal year a removals table is of from its title
// ("ICE Removals: FY2021 YTD", "ICE Removals: EOFY2024").
var removalsFYRe = regexp.MustCompile(`(?i)\b(EO)?FY\s?(20\d\d)\b`)

// removalsTable is one printing of the year-to-date total.
type removalsTable struct {
	tab   published
	fy    int
	eofy  bool // titled as the end-of-year figures
	total cellValue
}

// iceRemovals answers ice-removals: ICE's published removals of a fiscal
// year. With --fy, the year's total: the latest table titled as the
// year-end figures (EOFY), else the largest total printed as of the year's
// last day or later (a year-to-date total only grows; a smaller printing
// after the year's end is a stale copy of an earlier sheet, as in the
// edition archived 2021-06-10), else the latest printing while the year ran,
// answered partial ("year to date as of …"). With --date (default: the
// latest edition), the year to date of the fiscal year the day is in, as of
// the latest edition on or before it.
func (e *Engine) iceRemovals(ctx context.Context, q *DetentionQuestion, res *Result) error {
	res.Label, res.Unit = "removals by ICE (ICE's published fiscal-year-to-date total)", "removals"
	tabs, err := e.publishedTables(ctx, KindRemovals, res)
	if err != nil {
		return err
	}
	// every table's national total in one statement
	const sqlText = `SELECT edition_id, table_no, value, coalesce(cell, '')
FROM detstats_values
WHERE kind = ? AND NOT hidden AND key1 = 'Total' AND coalesce(key2, '') = '' AND value IS NOT NULL
ORDER BY edition_id, table_no, cell`
	t, err := e.Store.Kept(ctx, sqlText, KindRemovals)
	if err != nil {
		return fmt.Errorf("reading %s: %w", KindRemovals, err)
	}
	res.SQL = append(res.SQL, answer.Statement{SQL: sqlText, Args: []any{KindRemovals}})
	totals := map[[2]int64]cellValue{}
	for _, r := range t.Rows {
		k := [2]int64{toInt(r[0]), toInt(r[1])}
		if _, ok := totals[k]; !ok {
			totals[k] = cellValue{Key1: "Total", Value: table.Float(r[2]), HasValue: true, Cell: str(r[3])}
		}
	}
	var all []removalsTable
	for _, p := range tabs {
		m := removalsFYRe.FindStringSubmatch(p.Title)
		tv, ok := totals[[2]int64{p.EditionID, p.TableNo}]
		if m == nil || !ok {
			continue
		}
		fy, _ := strconv.Atoi(m[2])
		all = append(all, removalsTable{tab: p, fy: fy, eofy: m[1] != "", total: tv})
	}
	if len(tabs) > 0 {
		res.Coverage.Held = fmt.Sprintf("editions as of %s..%s (%d tables of ICE's removals)", day(tabs[0].AsOf), day(tabs[len(tabs)-1].AsOf), len(tabs))
	}
	if q.FY > 0 {
		return removalsFY(q, all, res)
	}
	var snaps []published
	byTab := map[[2]int64]removalsTable{}
	for _, r := range all {
		if fyOf(r.tab.AsOf) == r.fy {
			snaps = append(snaps, r.tab)
			byTab[[2]int64{r.tab.EditionID, r.tab.TableNo}] = r
		}
	}
	p, _, ok := pickSnapshot(snaps, q.Date, "ICE's removals", res)
	if !ok {
		return nil
	}
	r := byTab[[2]int64{p.EditionID, p.TableNo}]
	if !q.Date.IsZero() && fyOf(q.Date) != r.fy {
		res.Coverage.Complete, res.Coverage.None = false, true
		res.Coverage.Note = fmt.Sprintf("period not covered: no stored edition prints FY%d's removals by %s (the latest before it, %s, is of FY%d)", fyOf(q.Date), day(q.Date), p.File, r.fy)
		return nil
	}
	res.Coverage.AskedText = fmt.Sprintf("FY%d to %s", r.fy, day(p.AsOf))
	return removalsAnswer(r, fmt.Sprintf("FY%d to date as of %s", r.fy, day(p.AsOf)), res)
}

// removalsFY answers the total of one fiscal year.
func removalsFY(q *DetentionQuestion, all []removalsTable, res *Result) error {
	asked := "FY" + strconv.Itoa(q.FY)
	res.Coverage.AskedText = asked
	end := time.Date(q.FY, 9, 30, 0, 0, 0, 0, time.UTC)
	var eofy, after, during *removalsTable
	for i := range all {
		r := &all[i]
		if r.fy != q.FY {
			continue
		}
		switch {
		case r.eofy:
			eofy = r // tables come ordered by as-of date: the latest wins
		case !r.tab.AsOf.Before(end):
			if after == nil || r.total.Value > after.total.Value {
				after = r
			}
		default:
			during = r
		}
	}
	use := eofy
	if use == nil {
		use = after
	}
	if use != nil {
		res.Coverage.Complete = true
		return removalsAnswer(*use, asked, res)
	}
	if during == nil {
		res.Coverage.None = true
		res.Coverage.Note = fmt.Sprintf("period not covered: no stored edition prints ICE's removals for %s", asked)
		return nil
	}
	res.Coverage.Note = fmt.Sprintf("fiscal year to date as of %s (%s): no stored edition prints %s after it ended", day(during.tab.AsOf), during.tab.File, asked)
	res.Warnings = append(res.Warnings, fmt.Sprintf("partial: %s to date as of %s (%s), not the whole year", asked, day(during.tab.AsOf), during.tab.File))
	return removalsAnswer(*during, asked, res)
}

func removalsAnswer(r removalsTable, period string, res *Result) error {
	v := r.total.Value
	res.Count = &v
	src := r.tab.source(KindRemovals)
	src.Periods = []string{period}
	src.Cells = []string{r.total.Cell}
	res.Sources = append(res.Sources, src)
	res.Table = &table.Table{Columns: []string{"count"}, Rows: [][]any{{v}}}
	res.Warnings = append(res.Warnings, fmt.Sprintf("ICE's published removals (%q, cell %s), not FOIA records: ICE counts a removal when it happens, whoever arrested the person (CBP's arrests included)", r.tab.Title, r.total.Cell))
	return nil
}

// fyOf is the fiscal year a day falls in (October 1 starts the next one).
func fyOf(d time.Time) int {
	if d.Month() >= time.October {
		return d.Year() + 1
	}
	return d.Year()
}
