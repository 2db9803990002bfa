package query

import (
	"context"
	"fmt"
	"time"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/table"
)

// KindBookInsCriminality is ICE's table of initial book-ins by facility type
// and criminality, the fiscal year to date (its Total row: Convicted
// Criminal, Pending Criminal Charges, Other Immigration Violator, Total).
const KindBookInsCriminality = "book_ins_by_facility_type_criminality"

// BookInsClasses is the Total row of one edition's book-ins-by-criminality
// table: the book-ins of a fiscal year to the edition's date, by class.
type BookInsClasses struct {
	Classes map[string]float64 // class -> book-ins; "Total" the whole
	Cells   []string
	Source  answer.Source
}

// BookInsByCriminality reads the latest edition out by printedBy (zero: any)
// whose book-ins-by-criminality table is of fiscal year fy (its date falls
// in that year). Nil when no stored edition has one.
func (e *Engine) BookInsByCriminality(ctx context.Context, fy int, printedBy time.Time) (*BookInsClasses, error) {
	res := &Result{Query: &Query{Detention: &DetentionQuestion{PrintedBy: printedBy}}}
	tabs, err := e.publishedTables(ctx, KindBookInsCriminality, res)
	if err != nil {
		return nil, err
	}
	from := time.Date(fy-1, 10, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(fy, 9, 30, 0, 0, 0, 0, time.UTC)
	var p *published
	for i := range tabs { // ordered by as-of date: the last in the year
		if !tabs[i].AsOf.Before(from) && !tabs[i].AsOf.After(to) {
			p = &tabs[i]
		}
	}
	if p == nil {
		return nil, nil
	}
	const sqlText = `SELECT measure, value, coalesce(cell, '')
FROM detstats_values
WHERE kind = ? AND edition_id = ? AND table_no = ? AND key1 = 'Total' AND NOT hidden AND value IS NOT NULL`
	t, err := e.Store.Kept(ctx, sqlText, KindBookInsCriminality, p.EditionID, p.TableNo)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", KindBookInsCriminality, err)
	}
	out := &BookInsClasses{Classes: map[string]float64{}, Source: p.source(KindBookInsCriminality)}
	for _, r := range t.Rows {
		out.Classes[str(r[0])] = table.Float(r[1])
		out.Cells = append(out.Cells, str(r[2]))
	}
	if out.Classes["Total"] <= 0 {
		return nil, nil
	}
	out.Source.Cells = out.Cells
	return out, nil
}
