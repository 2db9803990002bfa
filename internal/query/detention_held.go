package query

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/store"
	"github.com/icestat/icestat/internal/table"
)

// PopulationFile names the daily population data behind `held` when the
// store has no record of the file it was loaded from (stores loaded before
// facility_population_source existed).
const PopulationFile = "facilities-daily-population-latest.parquet (Deportation Data Project, from ICE detention records obtained under FOIA)"

// period resolves the days a held question asks about.
func (q *DetentionQuestion) period() (time.Time, time.Time, string) {
	switch {
	case !q.Date.IsZero():
		return q.Date, q.Date, day(q.Date)
	case len(q.Months) > 0:
		ms := q.months()
		f, _ := monthTimes(ms[0])
		_, t := monthTimes(ms[len(ms)-1])
		if len(ms) == 1 {
			return f, t, ms[0]
		}
		return f, t, day(f) + ".." + day(t)
	case q.FY > 0:
		f := time.Date(q.FY-1, 10, 1, 0, 0, 0, 0, time.UTC)
		t := time.Date(q.FY, 9, 30, 0, 0, 0, 0, time.UTC)
		return f, t, fmt.Sprintf("FY%d", q.FY)
	}
	if q.From.IsZero() && q.To.IsZero() {
		return q.From, q.To, "all dates"
	}
	return q.From, q.To, day(q.From) + ".." + day(q.To)
}

// PopulationCoverage returns the first and last day of the daily
// facility populations, zero times when none are stored.
func (e *Engine) PopulationCoverage(ctx context.Context) (time.Time, time.Time, error) {
	t, err := e.Store.Kept(ctx, `SELECT min(date), max(date) FROM facility_population`)
	if err != nil {
		if errors.Is(err, store.ErrNoTable) {
			return time.Time{}, time.Time{}, nil
		}
		return time.Time{}, time.Time{}, fmt.Errorf("reading facility population coverage: %w", err)
	}
	if len(t.Rows) == 0 {
		return time.Time{}, time.Time{}, nil
	}
	return toTime(t.Rows[0][0]), toTime(t.Rows[0][1]), nil
}

// held: people held in detention facilities of a place (state, AOR,
// facility, type) over a day, month or range, from the daily facility
// populations: the average daily population (person-days / days) and the
// peak day. It counts where people were held, not where they were arrested.
func (e *Engine) held(ctx context.Context, q *DetentionQuestion, res *Result) error {
	res.Label, res.Unit = "people held in ICE detention facilities (average daily population)", "average daily population"
	from, to, asked := q.period()
	res.Coverage.AskedText = asked
	cf, ct, err := e.PopulationCoverage(ctx)
	if err != nil {
		return err
	}
	if cf.IsZero() {
		res.Coverage = answer.Coverage{AskedText: asked, Held: "nothing", None: true,
			Note: "no daily facility populations are stored (run `icestat detstats facilities --load PARQUET`)"}
		return nil
	}
	res.Coverage.Held = fmt.Sprintf("daily facility populations %s..%s", day(cf), day(ct))
	if from.IsZero() {
		from = cf
	}
	if to.IsZero() {
		to = ct
	}
	if to.Before(cf) || from.After(ct) {
		res.Coverage.None = true
		res.Coverage.Note = fmt.Sprintf("period not covered: the daily facility populations cover %s..%s, not %s", day(cf), day(ct), asked)
		return nil
	}
	res.Coverage.Complete = !from.Before(cf) && !to.After(ct)
	if !res.Coverage.Complete {
		res.Coverage.Note = fmt.Sprintf("only %s..%s of %s has data", day(maxTime(from, cf)), day(minTime(to, ct)), asked)
		res.Warnings = append(res.Warnings, fmt.Sprintf("partial: the daily facility populations cover %s..%s; the average is over the days with data only", day(cf), day(ct)))
	}
	fq := store.FacilityQuery{State: q.State, AOR: q.AOR, Type: q.Type, Facility: q.Facility, From: from, To: to}
	tot, _, err := e.Store.FacilityPopulation(ctx, fq)
	if err != nil {
		return fmt.Errorf("counting people held: %w", err)
	}
	res.SQL = append(res.SQL, answer.Statement{SQL: "store.FacilityPopulation (facility_population: person-days / calendar days)",
		Args: []any{q.State, q.AOR, q.Type, q.Facility, day(from), day(to)}})
	src := answer.Source{File: PopulationFile, Kind: "facility_population", Note: "stored in table facility_population; data through " + day(ct),
		Periods: []string{day(maxTime(from, cf)) + ".." + day(minTime(to, ct))}}
	if ps, err := e.Store.FacilityPopulationSource(ctx); err != nil {
		return fmt.Errorf("reading the facility population source: %w", err)
	} else if ps != nil {
		src.File, src.SHA256 = ps.File, ps.SHA256
		src.Note += fmt.Sprintf("; joined to %s (sha256 %s) for state, type and AOR", ps.Reference, ps.ReferenceSHA)
	}
	if tot == nil || len(tot.Rows) == 0 {
		res.Coverage.None, res.Coverage.Complete = true, false
		res.Coverage.Note = "place not covered: no facility of this place has a population in the period (no data, not 0)"
		return nil
	}
	r := tot.Rows[0]
	col := func(name string) any {
		for i, c := range tot.Columns {
			if c == name {
				return r[i]
			}
		}
		return nil
	}
	adp := round1(table.Float(col("avg_daily_population")))
	res.Count = &adp
	res.Details = map[string]any{"peak": table.Float(col("peak")), "peak_date": day(toTime(col("peak_date"))),
		"days_with_data": toInt(col("days_with_data")), "days_in_period": toInt(col("days_in_period")),
		"person_days": table.Float(col("person_days")), "facilities": toInt(col("facilities"))}
	res.Sources = append(res.Sources, src)
	if len(q.By) > 0 {
		fq.By = q.By
		bt, _, err := e.Store.FacilityPopulation(ctx, fq)
		if err != nil {
			return fmt.Errorf("counting people held by %s: %w", strings.Join(q.By, ","), err)
		}
		res.Table = bt
	} else {
		res.Table = &table.Table{Columns: []string{"avg_daily_population", "peak", "peak_date", "days_with_data", "days_in_period", "facilities"},
			Rows: [][]any{{adp, table.Float(col("peak")), col("peak_date"), col("days_with_data"), col("days_in_period"), col("facilities")}}}
	}
	if q.State != "" || q.AOR != "" {
		res.Warnings = append(res.Warnings, "people held in the place's detention facilities, wherever they were arrested; people arrested there and held elsewhere are not counted")
	}
	if n := toInt(col("days_with_data")); n < toInt(col("days_in_period")) {
		res.Warnings = append(res.Warnings, fmt.Sprintf("facilities of this place have rows on %d of %d days; a day without rows counts as 0 held", n, toInt(col("days_in_period"))))
	}
	return nil
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
