package web

import (
	"context"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/table"
)

// runQuery answers q on the request's store handle, from the handle's cache
// when the same question was asked before.
func (s *Server) runQuery(r *http.Request, q *query.Query) (*query.Result, error) {
	return cached(s, r, "count?"+q.Values().Encode(), func(ctx context.Context, h *handle) (*query.Result, error) {
		return h.eng.Run(ctx, q)
	})
}

// parseQuery parses the query keys of a request, leaving out the page's own
// keys (format, page).
func parseQuery(v url.Values) (*query.Query, error) {
	qv := url.Values{}
	for k, vals := range v {
		if k == "format" || k == "page" || k == "scale" {
			continue
		}
		for _, x := range vals {
			if x != "" {
				qv[k] = append(qv[k], x)
			}
		}
	}
	return query.Parse(qv)
}

// exploreURL is the shareable address of a question.
func exploreURL(q *query.Query, extra ...string) string {
	v := q.Values()
	for i := 0; i+1 < len(extra); i += 2 {
		v.Set(extra[i], extra[i+1])
	}
	return answer.ExploreURL(v)
}

// numCell is one count as shown to the public.
type numCell struct {
	Value      int64  // exact value (zero when Suppressed)
	Text       string // "1,234", "fewer than 5"
	Suppressed bool
	Secondary  bool // suppressed so that a suppressed cell cannot be derived from the total
}

// countRow is one group of an answer.
type countRow struct {
	Keys    []any    // dimension values as the store gave them
	KeyText []string // as shown
	Count   numCell
	Persons *numCell
	Share   string // "12.3%", "" when suppressed or not asked
	share   *float64
	Link    string // the Explore query that produces this count
	// Coverage is the row's coverage status (complete, partial, subset,
	// none), shown when some row is not complete.
	Coverage string
}

// countView is an answer prepared for a page, CSV or JSON.
type countView struct {
	Query      *query.Query
	Res        *query.Result // the public answer: small cells already withheld
	Dims       []string
	Rows       []countRow
	Total      *numCell // nil: no count (no source covers the question)
	Persons    *numCell
	Suppressed int
	Sources    []sourceRefView
	LeftOut    []sourceRefView
	Chart      template.HTML
	ChartNote  string
	ChartSVG   string    // the chart as an .svg download
	Embed      string    // the chart on its own page, for embedding
	Crosstab   *crosstab // a two-dimension answer as a table beside its heatmap
	Multiples  bool      // the chart is small multiples (a period and one other dimension)
	OwnScale   bool      // each panel its own y scale (scale=own)
	ScaleSame  string    // the page with every panel on one scale
	ScaleOwn   string    // the page with each panel on its own scale
	Self       string
	FlagRows   bool // some row is not complete: the table shows each row's coverage
	CSV        string
	XLSX       string
	JSON       string
	API        string
	TotalLink  string
	SmallCell  int
	// Detention: the answer is one of ICE's published statistics (a
	// detention measure), read from an edition's cells, not a count of
	// released rows: its coverage and provenance are the edition's.
	Detention bool
}

type sourceRefView struct {
	query.SourceRef
	RowsCell numCell
}

func (s *Server) smallCell() answer.SmallCell { return answer.SmallCell{Threshold: s.cfg.SmallCell} }

// cell is one count as the public sees it (the server's small-cell rule).
func (s *Server) cell(n int64) numCell {
	if s.smallCell().Hides(n) {
		return numCell{Text: s.smallCell().Text(n), Suppressed: true}
	}
	return numCell{Value: n, Text: table.Thousands(n)}
}

// cellOf reads a cell of a public answer: a count, or a withheld one.
func cellOf(v any) numCell {
	if w, ok := v.(answer.Withheld); ok {
		return numCell{Text: w.Text, Suppressed: true, Secondary: w.Secondary}
	}
	n := table.Int(v)
	return numCell{Value: n, Text: table.Thousands(n)}
}

// public returns a copy of res with the server's small-cell rule applied
// (answer.SmallCell.Apply, the one implementation of the rule): the cached
// answer stays exact. Detention measures are ICE's published aggregates,
// not counts of released rows, and are left as published.
func (s *Server) public(res *query.Result) *query.Result {
	c := *res
	c.Rows = make([][]any, len(res.Rows))
	for i, r := range res.Rows {
		c.Rows[i] = append([]any{}, r...)
	}
	c.Sources = append([]answer.Source{}, res.Sources...)
	c.LeftOut = append([]answer.Source{}, res.LeftOut...)
	c.GroupsLeftOut = append([]answer.GroupLeftOut{}, res.GroupsLeftOut...)
	c.Table = &table.Table{Columns: res.Columns, Rows: c.Rows}
	if res.Query.Detention == nil {
		s.smallCell().Apply(&c.Answer, res.Query.Limit == 0 || len(res.Rows) < res.Query.Limit)
	}
	v := res.Query.Values()
	csv, js := url.Values{"format": {"csv"}}, url.Values{}
	for k, x := range v {
		csv[k], js[k] = x, x
	}
	xl := url.Values{"format": {"xlsx"}}
	for k, x := range v {
		xl[k] = x
	}
	c.Links = map[string]string{"html": query.URL(v), "csv": "/api/count?" + csv.Encode(), "xlsx": "/api/count?" + xl.Encode(), "json": answer.APIURL(v)}
	return &c
}

// view prepares a result for the public: small cells withheld, each row
// linked to the question that produces it.
func (s *Server) view(exact *query.Result) *countView {
	res := s.public(exact)
	q := res.Query
	v := &countView{Query: q, Res: res, Dims: q.Dims(), SmallCell: s.cfg.SmallCell, Detention: q.Detention != nil,
		Self: exploreURL(q), CSV: exploreURL(q, "format", "csv"), XLSX: exploreURL(q, "format", "xlsx"), JSON: exploreURL(q, "format", "json"),
		API: answer.APIURL(q.Values())}
	tq := q.Clone()
	tq.By, tq.Limit, tq.Sort = nil, 0, ""
	v.TotalLink = exploreURL(tq)
	if len(q.By) > 0 && len(res.GroupsLeftOut) > 0 {
		// the total of the groups shown leaves out groups no source
		// covers ("2019-09 (39 rows)"), which the ungrouped count keeps:
		// the total links to this answer, whose number it is
		v.TotalLink = v.Self
	}
	if res.Count != nil || res.CountText != "" {
		c := numCell{Text: res.CountText, Suppressed: res.CountText != ""}
		if res.Count != nil {
			c = numCell{Value: int64(*res.Count), Text: table.Thousands(int64(*res.Count))}
		}
		v.Total = &c
	}
	ci, pi, si := index(res.Columns, "count"), index(res.Columns, "persons"), index(res.Columns, "share")
	if res.Persons != nil && len(res.Rows) == 1 && pi >= 0 {
		c := cellOf(res.Rows[0][pi])
		v.Persons = &c
	}
	notAvail := ""
	for _, n := range res.NotAvailable {
		if strings.HasPrefix(n, "persons: ") {
			notAvail = strings.TrimPrefix(n, "persons: ")
		}
	}
	if notAvail != "" {
		v.Persons = &numCell{Text: notAvail, Suppressed: true}
	}
	nd := len(v.Dims)
	if v.Total != nil && nd > 0 {
		for i, r := range res.Rows {
			row := countRow{Keys: r[:nd]}
			for _, k := range r[:nd] {
				row.KeyText = append(row.KeyText, query.KeyText(k))
			}
			if ci >= 0 {
				row.Count = cellOf(r[ci])
			}
			if pi >= 0 {
				c := cellOf(r[pi])
				row.Persons = &c
			} else if notAvail != "" {
				row.Persons = &numCell{Text: "not available", Suppressed: true}
			}
			if i < len(res.RowCoverage) {
				row.Coverage = res.RowCoverage[i]
				if row.Coverage != query.StatusComplete {
					v.FlagRows = true
				}
			}
			if si >= 0 {
				if f, ok := r[si].(float64); ok && !row.Count.Suppressed {
					row.share = &f
					row.Share = strconv.FormatFloat(100*f, 'f', 1, 64) + "%"
				}
			}
			if i < len(res.RowParams) && res.RowParams[i] != nil {
				row.Link = answer.ExploreURL(res.RowParams[i])
			}
			if row.Count.Suppressed {
				v.Suppressed++
			}
			v.Rows = append(v.Rows, row)
		}
	}
	if v.Total != nil && v.Total.Suppressed {
		v.Suppressed++
	}
	for _, sr := range res.Sources {
		v.Sources = append(v.Sources, sourceRefView{sr, sourceCell(sr)})
	}
	for _, sr := range res.LeftOut {
		v.LeftOut = append(v.LeftOut, sourceRefView{sr, sourceCell(sr)})
	}
	v.Chart, v.ChartNote = s.resultChart(v)
	v.Crosstab = buildCrosstab(v)
	if v.Chart != "" {
		v.ChartSVG, v.Embed = "/chart.svg?"+q.Values().Encode(), "/embed/count?"+q.Values().Encode()
	}
	return v
}

func sourceCell(sr answer.Source) numCell {
	if sr.RowsText != "" {
		return numCell{Text: sr.RowsText, Suppressed: true}
	}
	return numCell{Value: sr.Rows, Text: table.Thousands(sr.Rows)}
}

func index(s []string, v string) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

var timeDims = map[string]bool{"month": true, "week": true, "date": true, "year": true, "fy": true}

// resultChart draws an answer (chart.go, internal/chart).
func (s *Server) resultChart(v *countView) (template.HTML, string) { return answerChart(v) }

// neutralise keeps a spreadsheet from reading a text cell as a formula:
// cells starting with = + - @ (or a tab or carriage return, which some
// spreadsheets strip before looking) get a leading apostrophe.
func neutralise(s string) string { return answer.Neutralise(s) }

// writeCSV writes the public answer as a CSV download named for the
// question: its columns and rows as the answer has them (records or a
// detention measure alike) with each row's coverage, withheld cells as
// their text, formulas neutralised (answer.WriteCSV).
func (v *countView) writeCSV(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s"`, v.Res.FileName("csv")))
	v.Res.WriteCSV(w, len(v.Dims))
}

// writeXLSX writes the public answer as a workbook named for the question:
// a data sheet (rows with their coverage) and a notes sheet (the command,
// the URL, coverage, every warning, sources with SHA-256, definitions).
func (v *countView) writeXLSX(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s"`, v.Res.FileName("xlsx")))
	v.Res.WriteXLSX(w, len(v.Dims), v.Self)
}

// countJSON is the JSON twin of an answer: the public answer's one
// encoding (query.Result.MarshalJSON).
func (s *Server) countJSON(v *countView) *query.Result { return v.Res }
