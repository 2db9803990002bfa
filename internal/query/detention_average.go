package query

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/table"
)

// Table kinds behind the national averages: average daily population (adp)
// and average length of stay (alos), by arresting agency and criminality or
// by facility type, per month and for the fiscal year ("FY Overall").
const (
	KindADPAgency  = "adp_by_agency_criminality"
	KindADPType    = "adp_by_facility_type"
	KindALOSAgency = "alos_by_agency_criminality"
	KindALOSType   = "alos_by_facility_type"
)

// fyOverall is the header of ICE's fiscal-year column in these tables
// (stored as the measure; month columns are stored as measure "value"). In
// an edition printed during the year it is the year to date.
const fyOverall = "FY Overall"

// avgPrint is what one published table prints for the period asked: the
// month's column or the fiscal year's overall column, and (for --by month)
// the months of that fiscal year.
type avgPrint struct {
	tab    published
	vals   []cellValue            // the period's values, every key
	months map[string][]cellValue // this table's months (FY questions)
}

// total is the table's national value for the period: key1 Total and, in
// the tables by agency and criminality, key2 Total.
func (p *avgPrint) total() (cellValue, bool) { return avgTotal(p.vals) }

func isAvgTotal(v cellValue) bool {
	return strings.EqualFold(v.Key1, "Total") && (v.Key2 == "" || strings.EqualFold(v.Key2, "Total"))
}

// average answers adp and alos. These are averages, which cannot be added
// across months, so a question names one month or one fiscal year. A month
// comes from its column, the fiscal year from ICE's own FY column (never a
// mean of months recomputed here: ADP for a year is weighted by days and
// ALOS by book-outs, and ICE prints the year's figure in every edition).
// Like the flows, the value is the latest printing after the period ended
// (ICE revises), with the first such printing shown when it differs; a
// period printed only while in progress is answered partial ("year to date
// as of …"); a period no edition prints is not covered. A table whose as-of
// date is the period's last day counts as after it: the end-of-year
// editions are dated 30 September ("data through 9/30") and hold the final
// figures that later editions repeat.
func (e *Engine) average(ctx context.Context, q *DetentionQuestion, res *Result) error {
	byType := contains(q.By, "type")
	kind := KindADPAgency
	res.Label, res.Unit = "average daily population in ICE detention", "people on an average day"
	if q.Measure == "alos" {
		kind = KindALOSAgency
		res.Label, res.Unit = "average length of stay in ICE detention", "days"
	}
	if byType {
		kind = map[string]string{"adp": KindADPType, "alos": KindALOSType}[q.Measure]
	}
	var from, to, asked string
	var start, end time.Time
	switch {
	case q.FY > 0:
		start = time.Date(q.FY-1, 10, 1, 0, 0, 0, 0, time.UTC)
		end = time.Date(q.FY, 9, 30, 0, 0, 0, 0, time.UTC)
		from, to, asked = start.Format("2006-01"), end.Format("2006-01"), "FY"+strconv.Itoa(q.FY)
	case len(q.Months) == 1:
		start, end = monthTimes(q.Months[0])
		from, to, asked = q.Months[0], q.Months[0], q.Months[0]
	default:
		return bad("%s is an average: give one --month or one --fy", q.Measure)
	}
	res.Coverage.AskedText = asked
	tabs, err := e.publishedTables(ctx, kind, res)
	if err != nil {
		return err
	}
	if len(tabs) == 0 {
		res.Coverage = answer.Coverage{AskedText: asked, Held: "nothing", None: true,
			Note: "no detention-statistics edition with " + kind + " is stored (run `icestat detstats ingest`)"}
		return nil
	}
	tabIdx := map[[2]int64]published{}
	for _, p := range tabs {
		tabIdx[[2]int64{p.EditionID, p.TableNo}] = p
	}
	const sqlText = `SELECT edition_id, table_no, coalesce(key1, ''), coalesce(key2, ''), coalesce(measure, ''), coalesce(period, ''), value, coalesce(cell, '')
FROM detstats_values
WHERE kind = ? AND NOT hidden AND value IS NOT NULL AND (period BETWEEN ? AND ? OR measure = ?)
ORDER BY edition_id, table_no, cell`
	args := []any{kind, from, to, fyOverall}
	t, err := e.Store.Kept(ctx, sqlText, args...)
	if err != nil {
		return fmt.Errorf("reading %s: %w", kind, err)
	}
	res.SQL = append(res.SQL, answer.Statement{SQL: sqlText, Args: args})
	type rows struct {
		months  map[string][]cellValue
		overall []cellValue
	}
	byTab := map[[2]int64]*rows{}
	for _, r := range t.Rows {
		k := [2]int64{toInt(r[0]), toInt(r[1])}
		if _, ok := tabIdx[k]; !ok {
			continue
		}
		g := byTab[k]
		if g == nil {
			g = &rows{months: map[string][]cellValue{}}
			byTab[k] = g
		}
		cv := cellValue{Key1: str(r[2]), Key2: str(r[3]), Measure: str(r[4]), Period: str(r[5]), Value: table.Float(r[6]), HasValue: true, Cell: str(r[7])}
		if cv.Measure == fyOverall {
			g.overall = append(g.overall, cv)
		} else if cv.Period != "" {
			g.months[cv.Period] = append(g.months[cv.Period], cv)
		}
	}
	// The tables that print the period: a table of the fiscal year asked
	// (it prints that year's months), dated after the period began, whose
	// national value is not the 0 ICE prints for months not yet counted.
	var complete, partial []*avgPrint
	for _, p := range tabs {
		g := byTab[[2]int64{p.EditionID, p.TableNo}]
		if g == nil || len(g.months) == 0 || p.AsOf.Before(start) {
			continue // another fiscal year's table, or not yet begun
		}
		ap := &avgPrint{tab: p, months: g.months, vals: g.months[from]}
		if q.FY > 0 {
			ap.vals = g.overall
		}
		tv, ok := ap.total()
		if !ok || tv.Value == 0 {
			continue
		}
		if p.AsOf.Before(end) {
			partial = append(partial, ap)
		} else {
			complete = append(complete, ap)
		}
	}
	first, last := tabs[0], tabs[len(tabs)-1]
	res.Coverage.Held = fmt.Sprintf("editions as of %s..%s (%d tables)", day(first.AsOf), day(last.AsOf), len(tabs))
	var use *avgPrint
	switch {
	case len(complete) > 0:
		use = complete[len(complete)-1]
		res.Coverage.Complete = true
		firstP := complete[0]
		fv, _ := firstP.total()
		uv, _ := use.total()
		if fv.Value != uv.Value {
			res.Revisions = append(res.Revisions, Revision{Period: asked, Key: "Total", First: fv.Value, FirstEdition: firstP.tab.File, Value: uv.Value, Edition: use.tab.File})
			res.Warnings = append(res.Warnings, fmt.Sprintf("revised: %s was first published as %.1f (%s), later as %.1f (%s); the later value is used", asked, fv.Value, firstP.tab.File, uv.Value, use.tab.File))
		}
	case len(partial) > 0:
		use = partial[len(partial)-1]
		what := "month in progress"
		if q.FY > 0 {
			what = "fiscal year to date"
		}
		res.Coverage.Note = fmt.Sprintf("%s as of %s (%s): the latest edition printing %s is dated before it ended", what, day(use.tab.AsOf), use.tab.File, asked)
		res.Warnings = append(res.Warnings, fmt.Sprintf("partial: %s, %s as of %s (%s), not the average of the whole period", asked, what, day(use.tab.AsOf), use.tab.File))
	default:
		res.Coverage.None = true
		res.Coverage.Note = fmt.Sprintf("period not covered: no stored edition prints %s for %s", q.Measure, asked)
		return nil
	}
	tv, _ := use.total()
	v := tv.Value
	res.Count = &v
	src := use.tab.source(kind)
	src.Periods = []string{asked}
	src.Cells = []string{tv.Cell}
	if q.FY > 0 {
		res.Warnings = append(res.Warnings, fmt.Sprintf("the fiscal year's value is ICE's own %q column as printed (%s), not a mean of months computed here", fyOverall, tv.Cell))
	}
	res.Warnings = append(res.Warnings, fmt.Sprintf("ICE's published national %s, not FOIA records; ICE's unrounded cell values are kept", res.Label))
	res.Table = avgTable(q, use, &src)
	res.Sources = append(res.Sources, src)
	return nil
}

// avgTable lays out the chosen table's values by the asked dimensions:
// agency (key1 of the agency tables, criminality Total), criminality (key2,
// agency Total), both, type (key1 of the facility-type tables), and month
// (the fiscal year's months from the same table). ADP rows carry their
// share of the national value (people on an average day add up); ALOS rows
// do not (averages of stays do not).
func avgTable(q *DetentionQuestion, use *avgPrint, src *answer.Source) *table.Table {
	byAgency, byCrim, byType, byMonth := contains(q.By, "agency"), contains(q.By, "criminality"), contains(q.By, "type"), contains(q.By, "month")
	valCol := q.Measure
	share := q.Measure == "adp" && len(q.By) > 0 && !(len(q.By) == 1 && byMonth)
	keep := func(v cellValue) (key []any, ok bool) {
		switch {
		case byType:
			if strings.EqualFold(v.Key1, "Total") {
				return nil, false
			}
			return []any{v.Key1}, true
		case byAgency && byCrim:
			if strings.EqualFold(v.Key1, "Total") || strings.EqualFold(v.Key2, "Total") {
				return nil, false
			}
			return []any{v.Key1, v.Key2}, true
		case byAgency:
			if strings.EqualFold(v.Key1, "Total") || !strings.EqualFold(v.Key2, "Total") {
				return nil, false
			}
			return []any{v.Key1}, true
		case byCrim:
			if !strings.EqualFold(v.Key1, "Total") || strings.EqualFold(v.Key2, "Total") {
				return nil, false
			}
			return []any{v.Key2}, true
		}
		return nil, isAvgTotal(v)
	}
	var keyCols []string
	switch {
	case byType:
		keyCols = []string{"type"}
	case byAgency && byCrim:
		keyCols = []string{"agency", "criminality"}
	case byAgency:
		keyCols = []string{"agency"}
	case byCrim:
		keyCols = []string{"criminality"}
	}
	t := &table.Table{}
	rowsOf := func(vals []cellValue, prefix []any) {
		var tot float64
		for _, v := range vals {
			if isAvgTotal(v) {
				tot = v.Value
			}
		}
		for _, v := range vals {
			key, ok := keep(v)
			if !ok {
				continue
			}
			row := append(append(append([]any{}, prefix...), key...), v.Value)
			if share {
				if tot != 0 {
					row = append(row, v.Value/tot)
				} else {
					row = append(row, nil)
				}
			}
			t.Rows = append(t.Rows, row)
			if len(keyCols) > 0 && !contains(src.Cells, v.Cell) {
				src.Cells = append(src.Cells, v.Cell)
			}
		}
	}
	cols := append([]string{}, keyCols...)
	if byMonth {
		cols = append([]string{"month"}, cols...)
	}
	cols = append(cols, valCol)
	if share {
		cols = append(cols, "share")
	}
	t.Columns = cols
	if byMonth && q.FY > 0 {
		var ms []string
		for m := range use.months {
			ms = append(ms, m)
		}
		sort.Strings(ms)
		for _, m := range ms {
			mf, _ := monthTimes(m)
			vals := use.months[m]
			tv, ok := avgTotal(vals)
			if use.tab.AsOf.Before(mf) || !ok || tv.Value == 0 {
				continue // a month not yet counted, printed as 0
			}
			n := len(t.Rows)
			rowsOf(vals, []any{m})
			if len(keyCols) == 0 && len(t.Rows) > n && !contains(src.Cells, tv.Cell) {
				src.Cells = append(src.Cells, tv.Cell)
			}
		}
		return t
	}
	var prefix []any
	if byMonth {
		prefix = []any{q.Months[0]}
	}
	rowsOf(use.vals, prefix)
	return t
}

// avgTotal finds the national value among a period's values.
func avgTotal(vals []cellValue) (cellValue, bool) {
	for _, v := range vals {
		if isAvgTotal(v) {
			return v, true
		}
	}
	return cellValue{}, false
}
