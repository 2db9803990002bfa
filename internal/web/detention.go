package web

import (
	"context"
	"encoding/csv"
	"fmt"
	"net/http"
	"net/url"

	"github.com/icestat/icestat/internal/detention"
	"github.com/icestat/icestat/internal/table"
)

// apiDetention answers /api/count?dataset=MEASURE for the detention
// measures (detained, book-ins, book-outs, atd, facility-adp, held): ICE's
// published detention statistics and the daily facility populations, the
// same answer as `icestat count MEASURE --format json`. These are published
// aggregates, not counts of released rows, so the small-cell rule does not
// apply to them.
func (s *Server) apiDetention(w http.ResponseWriter, r *http.Request) {
	v := url.Values{}
	for k, vals := range r.URL.Query() {
		if k == "format" {
			continue
		}
		for _, x := range vals {
			if x != "" {
				v[k] = append(v[k], x)
			}
		}
	}
	q, err := detention.Parse(v)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	res, err := cached(s, r, "detention?"+q.Values().Encode(), func(ctx context.Context, h *handle) (*detention.Result, error) {
		return (&detention.Engine{Store: h.st}).Run(ctx, q)
	})
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	if r.URL.Query().Get("format") == "csv" {
		writeTableCSV(w, "icestat-"+q.Measure+".csv", res.Table)
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// writeTableCSV writes a table as a CSV download, formulas neutralised.
func writeTableCSV(w http.ResponseWriter, name string, t *table.Table) {
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename=%q`, name))
	cw := csv.NewWriter(w)
	head := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		head[i] = neutralise(c)
	}
	cw.Write(head)
	for _, row := range t.Rows {
		rec := make([]string, len(row))
		for i, c := range row {
			rec[i] = neutralise(table.Cell(c))
		}
		cw.Write(rec)
	}
	cw.Flush()
}
