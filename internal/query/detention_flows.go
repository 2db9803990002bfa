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

// Table kinds behind the monthly flows.
const (
	KindBookIns  = "book_ins_by_agency_month"
	KindBookOuts = "book_outs_by_reason"
)

// months lists the months a flow question asks for.
func (q *DetentionQuestion) months() []string {
	switch {
	case len(q.Months) > 0:
		out := append([]string{}, q.Months...)
		sort.Strings(out)
		return out
	case q.FY > 0:
		var out []string
		for m := time.Date(q.FY-1, 10, 1, 0, 0, 0, 0, time.UTC); m.Year() < q.FY || m.Month() <= 9; m = m.AddDate(0, 1, 0) {
			out = append(out, m.Format("2006-01"))
		}
		return out
	case !q.From.IsZero() || !q.To.IsZero():
		from, to := q.From, q.To
		if from.IsZero() {
			from = time.Date(2018, 10, 1, 0, 0, 0, 0, time.UTC) // the first month any edition prints
		}
		if to.IsZero() {
			to = time.Now().UTC()
		}
		var out []string
		for m := time.Date(from.Year(), from.Month(), 1, 0, 0, 0, 0, time.UTC); !m.After(to); m = m.AddDate(0, 1, 0) {
			out = append(out, m.Format("2006-01"))
		}
		return out
	}
	return nil
}

// monthTimes returns the first and last day of a "YYYY-MM" month.
func monthTimes(m string) (time.Time, time.Time) {
	iv, _ := canon.MonthInterval(m)
	return iv.From.Time(), iv.To.Time()
}

// monthValue is what one edition's table prints for one month.
type monthValue struct {
	tab  published
	vals []cellValue // the values of the month used by the question
}

// flow answers book-ins (by arresting agency) and book-outs (by release
// reason) for whole months. Each month comes from the latest edition that
// printed it after the month ended (ICE revises recent months); the first
// complete printing is shown beside it when the two differ. A month no
// edition printed after its end is "in progress": its value is given but
// the answer is partial. A month no edition printed is not covered.
func (e *Engine) flow(ctx context.Context, q *DetentionQuestion, res *Result) error {
	kind, keyDim := KindBookIns, "agency"
	res.Label, res.Unit = "initial book-ins into ICE detention", "book-ins"
	if q.Measure == "book-outs" {
		kind, keyDim = KindBookOuts, "reason"
		res.Label, res.Unit = "final book-outs from ICE detention", "book-outs"
	}
	months := q.months()
	if len(months) == 0 {
		return bad("%s are published by month: give --month, --fy or --from/--to", q.Measure)
	}
	res.Coverage.AskedText = months[0] + ".." + months[len(months)-1]
	if len(months) == 1 {
		res.Coverage.AskedText = months[0]
	}
	tabs, err := e.publishedTables(ctx, kind, res)
	if err != nil {
		return err
	}
	if len(tabs) == 0 {
		res.Coverage = answer.Coverage{AskedText: res.Coverage.AskedText, Held: "nothing", None: true,
			Note: "no detention-statistics edition is stored (run `icestat detstats ingest`)"}
		return nil
	}
	tabIdx := map[[2]int64]published{}
	for _, p := range tabs {
		tabIdx[[2]int64{p.EditionID, p.TableNo}] = p
	}
	const sqlText = `SELECT edition_id, table_no, coalesce(key1, ''), coalesce(key2, ''), period, value, coalesce(cell, '')
FROM detstats_values
WHERE kind = ? AND NOT hidden AND measure = 'value' AND period BETWEEN ? AND ? AND value IS NOT NULL
ORDER BY edition_id, table_no, cell`
	args := []any{kind, months[0], months[len(months)-1]}
	t, err := e.Store.Kept(ctx, sqlText, args...)
	if err != nil {
		return fmt.Errorf("reading %s: %w", kind, err)
	}
	res.SQL = append(res.SQL, answer.Statement{SQL: sqlText, Args: args})
	// per month, per table: the values
	printed := map[string]map[[2]int64]*monthValue{}
	for _, r := range t.Rows {
		k := [2]int64{toInt(r[0]), toInt(r[1])}
		p, ok := tabIdx[k]
		if !ok {
			continue
		}
		m := str(r[4])
		mf, _ := monthTimes(m)
		if p.AsOf.Before(mf) {
			continue // a month not yet begun, printed as 0
		}
		cv := cellValue{Key1: str(r[2]), Key2: str(r[3]), Period: m, Value: table.Float(r[5]), HasValue: true, Cell: str(r[6])}
		if kind == KindBookOuts && !strings.EqualFold(cv.Key2, "Total") {
			continue // criminality split of a reason
		}
		if printed[m] == nil {
			printed[m] = map[[2]int64]*monthValue{}
		}
		mv := printed[m][k]
		if mv == nil {
			mv = &monthValue{tab: p}
			printed[m][k] = mv
		}
		mv.vals = append(mv.vals, cv)
	}
	var total float64
	var covered, inProgress, missing []string
	perMonth := map[string][]cellValue{}
	srcs := map[[2]int64]*answer.Source{}
	var srcOrder [][2]int64
	releasesOnly := false
	for _, m := range months {
		_, mEnd := monthTimes(m)
		var complete, partial []*monthValue
		for _, mv := range printed[m] {
			// an edition as of the month's last day prints it whole: ICE's
			// data are "filtered through" that day (its footnotes)
			if !mv.tab.AsOf.Before(mEnd) {
				complete = append(complete, mv)
			} else {
				partial = append(partial, mv)
			}
		}
		order := func(s []*monthValue) {
			sort.Slice(s, func(i, j int) bool {
				if !s[i].tab.AsOf.Equal(s[j].tab.AsOf) {
					return s[i].tab.AsOf.Before(s[j].tab.AsOf)
				}
				return s[i].tab.Edition.Before(s[j].tab.Edition)
			})
		}
		order(complete)
		order(partial)
		var use *monthValue
		switch {
		case len(complete) > 0:
			use = complete[len(complete)-1]
			covered = append(covered, m)
			// A revision compares printings of the same table: an older
			// edition titled "releases" counts fewer things, not other values.
			first := use
			for _, c := range complete {
				if releasesTitle(c.tab.Title) == releasesTitle(use.tab.Title) {
					first = c
					break
				}
			}
			if tv, ok := totalOf(use.vals); ok {
				if fv, ok := totalOf(first.vals); ok && fv.Value != tv.Value {
					res.Revisions = append(res.Revisions, Revision{Period: m, Key: "Total", First: fv.Value, FirstEdition: first.tab.File, Value: tv.Value, Edition: use.tab.File})
				}
			}
		case len(partial) > 0:
			use = partial[len(partial)-1]
			inProgress = append(inProgress, fmt.Sprintf("%s (as of %s, %s)", m, day(use.tab.AsOf), use.tab.File))
		default:
			missing = append(missing, m)
			continue
		}
		tv, ok := totalOf(use.vals)
		if !ok {
			missing = append(missing, m)
			continue
		}
		total += tv.Value
		perMonth[m] = use.vals
		k := [2]int64{use.tab.EditionID, use.tab.TableNo}
		s := srcs[k]
		if s == nil {
			src := use.tab.source(kind)
			s = &src
			srcs[k] = s
			srcOrder = append(srcOrder, k)
			if kind == KindBookOuts && releasesTitle(use.tab.Title) {
				releasesOnly = true
			}
		}
		s.Periods = append(s.Periods, m)
		s.Cells = append(s.Cells, tv.Cell)
		if contains(q.By, keyDim) {
			for _, v := range use.vals {
				if !strings.EqualFold(v.Key1, "Total") {
					s.Cells = append(s.Cells, v.Cell)
				}
			}
		}
	}
	for _, k := range srcOrder {
		res.Sources = append(res.Sources, *srcs[k])
	}
	first, last := tabs[0], tabs[len(tabs)-1]
	res.Coverage.Held = fmt.Sprintf("editions as of %s..%s (%d tables)", day(first.AsOf), day(last.AsOf), len(tabs))
	if len(covered) == 0 && len(inProgress) == 0 {
		res.Coverage.None = true
		res.Coverage.Note = fmt.Sprintf("period not covered: no stored edition prints %s for %s", q.Measure, res.Coverage.AskedText)
		return nil
	}
	res.Count = &total
	res.Coverage.Complete = len(missing) == 0 && len(inProgress) == 0
	if len(missing) > 0 {
		res.Coverage.Note = "months not covered: " + strings.Join(missing, ", ")
		res.Warnings = append(res.Warnings, fmt.Sprintf("partial: no stored edition prints %s for %s; the count is not a total for the period asked", q.Measure, strings.Join(missing, ", ")))
	}
	if len(inProgress) > 0 {
		res.Warnings = append(res.Warnings, fmt.Sprintf("partial: month in progress when last published: %s; the count is not a total for the month", strings.Join(inProgress, "; ")))
	}
	for _, r := range res.Revisions {
		res.Warnings = append(res.Warnings, fmt.Sprintf("revised: %s was first published as %s (%s), later as %s (%s); the later value is used", r.Period, fmtNum(r.First), r.FirstEdition, fmtNum(r.Value), r.Edition))
	}
	if releasesOnly {
		res.Warnings = append(res.Warnings, "the edition used counts final releases by release reason only (bond, recognizance, parole, supervision …), not removals or transfers: not all book-outs")
		res.Label = "final releases from ICE detention"
	}
	res.Warnings = append(res.Warnings, fmt.Sprintf("ICE's published monthly %s, national, not FOIA records", q.Measure))
	res.Table = flowTable(q, keyDim, months, perMonth)
	return nil
}

func totalOf(vals []cellValue) (cellValue, bool) {
	for _, v := range vals {
		if strings.EqualFold(v.Key1, "Total") {
			return v, true
		}
	}
	return cellValue{}, false
}

// flowTable lays the months out by the asked dimensions.
func flowTable(q *DetentionQuestion, keyDim string, months []string, perMonth map[string][]cellValue) *table.Table {
	byMonth, byKey := contains(q.By, "month"), contains(q.By, keyDim)
	t := &table.Table{}
	switch {
	case byMonth && byKey:
		t.Columns = []string{"month", keyDim, "count"}
		for _, m := range months {
			for _, v := range perMonth[m] {
				if !strings.EqualFold(v.Key1, "Total") {
					t.Rows = append(t.Rows, []any{m, v.Key1, v.Value})
				}
			}
		}
	case byMonth:
		t.Columns = []string{"month", "count"}
		for _, m := range months {
			if tv, ok := totalOf(perMonth[m]); ok {
				t.Rows = append(t.Rows, []any{m, tv.Value})
			}
		}
	case byKey:
		t.Columns = []string{keyDim, "count"}
		sum := map[string]float64{}
		var order []string
		for _, m := range months {
			for _, v := range perMonth[m] {
				if strings.EqualFold(v.Key1, "Total") {
					continue
				}
				if _, ok := sum[v.Key1]; !ok {
					order = append(order, v.Key1)
				}
				sum[v.Key1] += v.Value
			}
		}
		sort.SliceStable(order, func(i, j int) bool { return sum[order[i]] > sum[order[j]] })
		for _, k := range order {
			t.Rows = append(t.Rows, []any{k, sum[k]})
		}
	default:
		t.Columns = []string{"count"}
		var tot float64
		for _, m := range months {
			if tv, ok := totalOf(perMonth[m]); ok {
				tot += tv.Value
			}
		}
		t.Rows = [][]any{{tot}}
	}
	return t
}

// releasesTitle tells the older book-out tables, "ICE Final Releases by
// Release Reason", which count releases only, from "ICE Final Book Outs by
// Release Reason", which count every book-out.
func releasesTitle(title string) bool { return strings.Contains(strings.ToLower(title), "releases") }
