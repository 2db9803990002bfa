package web

import (
	"context"
	"encoding/csv"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/place"
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
		if k == "format" || k == "page" {
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
	return "/explore?" + v.Encode()
}

// numCell is one count as shown to the public.
type numCell struct {
	Value      int64  // exact value (never sent when Suppressed)
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
}

// countView is an answer prepared for a page, CSV or JSON.
type countView struct {
	Query      *query.Query
	Res        *query.Result
	Dims       []string
	Rows       []countRow
	Total      *numCell // nil: no count (no source covers the question)
	Persons    *numCell
	Suppressed int
	Sources    []sourceRefView
	LeftOut    []sourceRefView
	Chart      template.HTML
	ChartNote  string
	Self       string
	CSV        string
	JSON       string
	API        string
	TotalLink  string
	SmallCell  int
}

type sourceRefView struct {
	query.SourceRef
	RowsCell numCell
}

// cell applies the small-cell rule to one count.
func (s *Server) cell(n int64) numCell {
	if s.cfg.SmallCell > 0 && n >= 1 && n < int64(s.cfg.SmallCell) {
		return numCell{Value: n, Text: fmt.Sprintf("fewer than %d", s.cfg.SmallCell), Suppressed: true}
	}
	return numCell{Value: n, Text: table.Thousands(n)}
}

func (s *Server) suppressCell(c *numCell) {
	c.Suppressed, c.Secondary = true, true
	c.Text = "suppressed"
}

// view prepares a result for the public: small cells suppressed, each row
// linked to the query that produces it.
func (s *Server) view(res *query.Result) *countView {
	q := res.Query
	v := &countView{Query: q, Res: res, Dims: q.By, SmallCell: s.cfg.SmallCell,
		Self: exploreURL(q), CSV: exploreURL(q, "format", "csv"), JSON: exploreURL(q, "format", "json"),
		API: "/api/count?" + q.Values().Encode()}
	tq := cloneQuery(q)
	tq.By, tq.Limit, tq.Sort = nil, 0, ""
	v.TotalLink = exploreURL(tq)
	if res.Total != nil {
		c := s.cell(*res.Total)
		v.Total = &c
	}
	if res.Persons != nil {
		c := s.cell(*res.Persons)
		v.Persons = &c
	}
	nd := len(q.By)
	cols := res.Columns
	idx := func(name string) int {
		for i, c := range cols {
			if c == name {
				return i
			}
		}
		return -1
	}
	ci, pi, si := idx("count"), idx("persons"), idx("share")
	if res.Total != nil && nd > 0 {
		for _, r := range res.Rows {
			row := countRow{Keys: r[:nd]}
			for _, k := range r[:nd] {
				row.KeyText = append(row.KeyText, keyText(k))
			}
			if ci >= 0 {
				row.Count = s.cell(table.Int(r[ci]))
			}
			if pi >= 0 {
				c := s.cell(table.Int(r[pi]))
				row.Persons = &c
			}
			if si >= 0 {
				if f, ok := r[si].(float64); ok {
					row.share = &f
				}
			}
			if lq := rowQuery(q, r[:nd]); lq != nil {
				row.Link = exploreURL(lq)
			}
			v.Rows = append(v.Rows, row)
		}
		// Complementary suppression: with the total shown and the table
		// complete, one suppressed cell could be derived by subtraction, so
		// the next smallest non-zero cell is suppressed as well.
		n := 0
		for _, r := range v.Rows {
			if r.Count.Suppressed {
				n++
			}
		}
		complete := q.Limit == 0 || len(v.Rows) < q.Limit
		if n == 1 && complete && len(v.Rows) > 1 {
			best := -1
			for i, r := range v.Rows {
				if !r.Count.Suppressed && r.Count.Value > 0 && (best < 0 || r.Count.Value < v.Rows[best].Count.Value) {
					best = i
				}
			}
			if best >= 0 {
				s.suppressCell(&v.Rows[best].Count)
				if v.Rows[best].Persons != nil {
					s.suppressCell(v.Rows[best].Persons)
				}
			}
		}
		for i := range v.Rows {
			r := &v.Rows[i]
			if r.Count.Suppressed {
				v.Suppressed++
			} else if r.share != nil {
				r.Share = strconv.FormatFloat(100**r.share, 'f', 1, 64) + "%"
			}
		}
	}
	if v.Total != nil && v.Total.Suppressed {
		v.Suppressed++
	}
	for _, sr := range res.Sources {
		v.Sources = append(v.Sources, sourceRefView{sr, s.cell(sr.Rows)})
	}
	for _, sr := range res.LeftOut {
		v.LeftOut = append(v.LeftOut, sourceRefView{sr, s.cell(sr.Rows)})
	}
	v.Chart, v.ChartNote = s.resultChart(v)
	return v
}

var timeDims = map[string]bool{"month": true, "week": true, "date": true, "year": true, "fy": true}

// resultChart draws an answer with one dimension.
func (s *Server) resultChart(v *countView) (template.HTML, string) {
	if len(v.Dims) != 1 || len(v.Rows) == 0 {
		if len(v.Dims) > 1 {
			return "", "A chart is drawn for answers grouped by one dimension; this one has " + strconv.Itoa(len(v.Dims)) + "."
		}
		return "", ""
	}
	d := v.Dims[0]
	var pts []point
	for _, r := range v.Rows {
		pts = append(pts, point{Label: r.KeyText[0], Value: float64(r.Count.Value), Suppressed: r.Count.Suppressed, Link: r.Link})
	}
	title := fmt.Sprintf("%s by %s", v.Query.Dataset, d)
	desc := fmt.Sprintf("%d groups; the same numbers are in the table below", len(pts))
	if timeDims[d] {
		var keep []point
		for _, p := range pts {
			if p.Label != "" && p.Label != "(none)" {
				keep = append(keep, p)
			}
		}
		sort.SliceStable(keep, func(i, j int) bool { return keep[i].Label < keep[j].Label })
		return columnChart("chart", title, desc, keep, s.cfg.SmallCell), ""
	}
	return barChart("chart", title, desc, pts, s.cfg.SmallCell), ""
}

func keyText(v any) string {
	if v == nil {
		return "(none)"
	}
	return table.Cell(v)
}

// cloneQuery copies a query through its parameters (the inverse pair
// Values/Parse), so the copy can be changed freely.
func cloneQuery(q *query.Query) *query.Query {
	c, err := query.Parse(q.Values())
	if err != nil {
		cp := *q
		return &cp
	}
	return c
}

// rowQuery is the query whose total is one row of q's answer: q without the
// group-by, narrowed to the row's values. nil when no filter expresses the
// row exactly (redacted or empty text, sources).
func rowQuery(q *query.Query, keys []any) *query.Query {
	lq := cloneQuery(q)
	lq.By, lq.Limit, lq.Sort, lq.Share = nil, 0, "", false
	for i, dim := range q.By {
		if !narrow(lq, dim, keys[i]) {
			return nil
		}
	}
	return lq
}

func narrowDates(q *query.Query, from, to canon.Day) bool {
	if q.From == nil || from > *q.From {
		q.From = &from
	}
	if q.To == nil || to < *q.To {
		q.To = &to
	}
	return *q.From <= *q.To
}

func dayOf(s string) (canon.Day, bool) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return 0, false
	}
	return canon.DayOf(t), true
}

func narrow(q *query.Query, dim string, v any) bool {
	s := keyText(v)
	switch dim {
	case "month":
		t, err := time.Parse("2006-01", s)
		if err != nil {
			return false
		}
		return narrowDates(q, canon.DayOf(t), canon.DayOf(t.AddDate(0, 1, -1)))
	case "week", "date":
		d, ok := dayOf(s)
		if !ok {
			return false
		}
		to := d
		if dim == "week" {
			to = d + 6
		}
		return narrowDates(q, d, to)
	case "year":
		y, err := strconv.Atoi(s)
		if err != nil {
			return false
		}
		return narrowDates(q, canon.NewDay(y, 1, 1), canon.NewDay(y, 12, 31))
	case "fy":
		if v == nil {
			q.Where = append(q.Where, query.Cond{Column: "fy"})
			return true
		}
		y, err := strconv.Atoi(s)
		if err != nil {
			return false
		}
		q.FYs = []int{y}
		return true
	case "method_class":
		if len(q.Methods) > 0 {
			return false
		}
		q.Methods = []string{s}
		return true
	case "criminality":
		q.Criminality = []string{s}
		return true
	case "final_order":
		switch s {
		case "yes", "no":
			b := s == "yes"
			q.FinalOrder = &b
		default:
			q.Where = append(q.Where, query.Cond{Column: "final_order"})
		}
		return true
	case "source":
		return false
	case "aor":
		if a, ok := place.LookupAOR(s); ok && a.Code == s {
			q.AORs = []string{s}
			return true
		}
	}
	i, ok := canon.ColumnIndex[dim]
	if !ok {
		return false
	}
	if canon.Columns[i].Kind == canon.Text {
		if s == "(redacted)" || s == "(empty)" {
			return false
		}
		q.Where = append(q.Where, query.Cond{Column: dim, Value: s})
		return true
	}
	if v == nil {
		q.Where = append(q.Where, query.Cond{Column: dim})
		return true
	}
	q.Where = append(q.Where, query.Cond{Column: dim, Value: s})
	return true
}

// neutralise keeps a spreadsheet from reading a text cell as a formula:
// cells starting with = + - @ (or a tab or carriage return, which some
// spreadsheets strip before looking) get a leading apostrophe.
func neutralise(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// writeCSV writes the public table: small cells as text, formulas
// neutralised.
func (v *countView) writeCSV(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="icestat-%s.csv"`, v.Query.Dataset))
	cw := csv.NewWriter(w)
	var head []string
	for _, d := range v.Dims {
		head = append(head, neutralise(d))
	}
	head = append(head, "count")
	hasP := v.Query.Persons
	if hasP {
		head = append(head, "persons")
	}
	if v.Query.Share {
		head = append(head, "share")
	}
	cw.Write(head)
	numText := func(c numCell) string {
		if c.Suppressed {
			return c.Text
		}
		return strconv.FormatInt(c.Value, 10)
	}
	if len(v.Dims) == 0 {
		if v.Total != nil {
			rec := []string{numText(*v.Total)}
			if hasP {
				rec = append(rec, "")
				if v.Persons != nil {
					rec[1] = numText(*v.Persons)
				}
			}
			if v.Query.Share {
				rec = append(rec, "")
			}
			cw.Write(rec)
		}
	}
	for _, r := range v.Rows {
		var rec []string
		for i, k := range r.Keys {
			if _, isStr := k.(string); isStr {
				rec = append(rec, neutralise(r.KeyText[i]))
			} else {
				rec = append(rec, r.KeyText[i])
			}
		}
		rec = append(rec, numText(r.Count))
		if hasP {
			if r.Persons != nil {
				rec = append(rec, numText(*r.Persons))
			} else {
				rec = append(rec, "")
			}
		}
		if v.Query.Share {
			if r.share != nil && !r.Count.Suppressed {
				rec = append(rec, strconv.FormatFloat(*r.share, 'f', 6, 64))
			} else {
				rec = append(rec, "")
			}
		}
		cw.Write(rec)
	}
	cw.Flush()
}

// smallCellRule describes the rule in JSON answers.
func (s *Server) smallCellRule(suppressed int) map[string]any {
	if s.cfg.SmallCell == 0 {
		return map[string]any{"threshold": 0, "rule": "off: every count is exact", "suppressed_cells": 0}
	}
	return map[string]any{
		"threshold":        s.cfg.SmallCell,
		"rule":             fmt.Sprintf("counts from 1 to %d are replaced by null with \"fewer than %d\" in count_text; when exactly one cell of a complete table is suppressed, the next smallest is suppressed too (\"suppressed\") so it cannot be derived from the total; the command line shows exact counts", s.cfg.SmallCell-1, s.cfg.SmallCell),
		"suppressed_cells": suppressed,
	}
}

func jsonNum(c *numCell) any {
	if c == nil || c.Suppressed {
		return nil
	}
	return c.Value
}

// json is the JSON twin of an answer.
func (s *Server) countJSON(v *countView) map[string]any {
	res := v.Res
	rows := []map[string]any{}
	for _, r := range v.Rows {
		m := map[string]any{}
		for i, d := range v.Dims {
			m[d] = table.JSONValue(r.Keys[i])
		}
		m["count"] = jsonNum(&r.Count)
		if r.Count.Suppressed {
			m["count_text"] = r.Count.Text
			m["suppressed"] = true
		}
		if r.Persons != nil {
			m["persons"] = jsonNum(r.Persons)
		}
		if v.Query.Share {
			if r.share != nil && !r.Count.Suppressed {
				m["share"] = *r.share
			} else {
				m["share"] = nil
			}
		}
		if r.Link != "" {
			m["explore"] = r.Link
		}
		rows = append(rows, m)
	}
	srcs := func(list []sourceRefView) []map[string]any {
		out := []map[string]any{}
		for _, sr := range list {
			m := map[string]any{"id": sr.ID, "file": sr.File, "sha256": sr.SHA256, "rows": jsonNum(&sr.RowsCell)}
			if sr.Sheet != "" {
				m["sheet"] = sr.Sheet
			}
			if sr.Note != "" {
				m["note"] = sr.Note
			}
			if sr.RowsCell.Suppressed {
				m["rows_text"] = sr.RowsCell.Text
			}
			out = append(out, m)
		}
		return out
	}
	out := map[string]any{
		"dataset":          res.Dataset,
		"columns":          res.Columns,
		"rows":             rows,
		"count":            jsonNum(v.Total),
		"coverage":         res.Coverage,
		"warnings":         res.Warnings,
		"sources":          srcs(v.Sources),
		"sources_left_out": srcs(v.LeftOut),
		"definitions":      res.Definitions,
		"method_scheme":    res.Scheme,
		"command":          res.Command,
		"sql":              res.SQL,
		"sql_args":         jsonArgs(res.Args),
		"query":            v.Query.Values(),
		"links":            map[string]string{"html": v.Self, "csv": v.CSV, "json": v.API},
		"small_cell_rule":  s.smallCellRule(v.Suppressed),
	}
	if v.Total != nil && v.Total.Suppressed {
		out["count_text"] = v.Total.Text
	}
	if v.Total == nil {
		out["count_text"] = "no count: no ingested source covers this place and period"
	}
	if v.Persons != nil {
		out["persons"] = jsonNum(v.Persons)
	}
	return out
}

func jsonArgs(args []any) []any {
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = table.JSONValue(a)
	}
	return out
}
