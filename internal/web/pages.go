package web

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/chart"
	"github.com/icestat/icestat/internal/definitions"
	"github.com/icestat/icestat/internal/place"
	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/report"
	"github.com/icestat/icestat/internal/table"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

//go:embed openapi.json
var openapiJSON []byte

// page is what every template gets.
type page struct {
	Title     string
	Nav       string
	Error     string
	Status    int
	SmallCell int
	Form      url.Values // the request's parameters, to refill forms
	Data      any
}

var funcs = template.FuncMap{
	"val": func(v url.Values, k string) string { return v.Get(k) },
	"sel": func(v url.Values, k, want string) bool {
		for _, x := range v[k] {
			for _, p := range strings.Split(x, ",") {
				if strings.EqualFold(strings.TrimSpace(p), want) {
					return true
				}
			}
		}
		return false
	},
	"nth": func(v url.Values, k string, i int) string {
		var all []string
		for _, x := range v[k] {
			for _, p := range strings.Split(x, ",") {
				if p = strings.TrimSpace(p); p != "" {
					all = append(all, p)
				}
			}
		}
		if i < len(all) {
			return all[i]
		}
		return ""
	},
	"multi":     func(v url.Values, k string) bool { return len(v[k]) > 1 || strings.Contains(v.Get(k), ",") },
	"thousands": table.Thousands,
	"cell":      table.Cell,
	// term: a word with its one-line meaning and a link to its definition.
	"term":    func(w string) template.HTML { return template.HTML(report.Term(w, "/definitions")) },
	"def":     defLink,
	"covText": covText,
	// coveredFY: every fiscal year of a form value ("2017", "2016,2017")
	// is one of the menu's covered years (else the menu keeps the value
	// as an option of its own: a range, or a year no source covers).
	"coveredFY": func(fys []int, v string) bool {
		for _, p := range strings.Split(v, ",") {
			y, err := strconv.Atoi(strings.TrimSpace(p))
			if err != nil || !slices.Contains(fys, y) {
				return false
			}
		}
		return true
	},
	"dimLabel":  dimLabel,
	"dimGroups": groupDims,
	"date": func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.Format("2006-01-02")
	},
	"short": func(s string) string {
		if len(s) > 12 {
			return s[:12]
		}
		return s
	},
	"add": func(a, b int) int { return a + b },
	"inline": func(s string) template.HTML {
		parts := strings.Split(s, "`")
		for i, p := range parts {
			if i%2 == 1 {
				parts[i] = "<code>" + template.HTMLEscapeString(p) + "</code>"
			} else {
				parts[i] = template.HTMLEscapeString(p)
			}
		}
		return template.HTML(strings.Join(parts, ""))
	},
	"join":  strings.Join,
	"split": strings.Fields,
}

var templates = func() map[string]*template.Template {
	base := template.Must(template.New("").Funcs(funcs).ParseFS(templateFS, "templates/layout.html"))
	out := map[string]*template.Template{}
	names, _ := fs.Glob(templateFS, "templates/*.html")
	for _, n := range names {
		name := strings.TrimSuffix(path.Base(n), ".html")
		if name == "layout" {
			continue
		}
		out[name] = template.Must(template.Must(base.Clone()).ParseFS(templateFS, n))
	}
	return out
}()

// render executes a page template into a buffer first, so a template error
// becomes a clean 500 rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, p *page) {
	p.SmallCell = s.cfg.SmallCell
	if p.Form == nil {
		p.Form = r.URL.Query()
	}
	var buf bytes.Buffer
	if err := templates[name].ExecuteTemplate(&buf, "layout", p); err != nil {
		s.log.Error("template", "name", name, "err", err.Error())
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

func wantJSON(r *http.Request) bool { return r.URL.Query().Get("format") == "json" }

// formChoices are the fixed lists of the forms.
type formChoices struct {
	Datasets     []string
	AORs         []place.AOR
	States       []place.State
	Criminality  []string
	Methods      []string
	Schemes      []string
	Bases        []string // --removal-basis values other than the default
	Dimensions   []string
	FYs          []int
	Definitions  string
	SmallCell    int
	KeyDates     map[string]string
	SelectedDims []string
	DatasetDims  map[string]map[string]bool // dataset -> dimensions its sources have (formChoices)
}

func choices() formChoices {
	var schemes []string
	for _, s := range definitions.Schemes {
		schemes = append(schemes, s.Name)
	}
	var bases []string
	for _, b := range definitions.RemovalBases[1:] {
		bases = append(bases, b.Name)
	}
	var fys []int
	for y := time.Now().Year() + 1; y >= 2012; y-- {
		fys = append(fys, y)
	}
	return formChoices{
		Datasets:    canon.Datasets,
		AORs:        place.AORs(),
		States:      place.States(),
		Criminality: []string{"convicted", "pending", "other", "criminal", "unknown"},
		Methods:     []string{definitions.AtLarge, definitions.Custodial, definitions.Other, definitions.Unknown},
		Schemes:     schemes,
		Bases:       bases,
		Dimensions:  query.Dimensions(),
		FYs:         fys,
		Definitions: definitions.Version,
		KeyDates:    canon.KeyDateDoc,
	}
}

// explorePage is the Explore page's data.
type explorePage struct {
	Choices formChoices
	View    *countView
	Asked   bool
}

func (s *Server) explore(w http.ResponseWriter, r *http.Request) {
	vals := r.URL.Query()
	format := vals.Get("format")
	switch format {
	case "", "html", "json", "csv", "xlsx":
	default:
		s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("unknown format %q (want html, json, csv or xlsx)", format))
		return
	}
	data := &explorePage{Choices: s.formChoices(r)}
	asked := false
	for k, v := range vals {
		if k != "format" && len(v) > 0 {
			asked = true
		}
	}
	if !asked {
		if format == "json" || format == "csv" || format == "xlsx" {
			s.fail(w, r, http.StatusBadRequest, "no dataset given (one of "+strings.Join(canon.Datasets, ", ")+")")
			return
		}
		s.render(w, r, http.StatusOK, "explore", &page{Title: "Explore", Nav: "explore", Data: data})
		return
	}
	data.Asked = true
	q, err := parseQuery(vals)
	var res *query.Result
	if err == nil {
		res, err = s.runQuery(r, q)
	}
	if err != nil {
		st, msg := s.errorStatus(r, err)
		if format != "" {
			s.fail(w, r, st, msg)
			return
		}
		s.render(w, r, st, "explore", &page{Title: "Explore", Nav: "explore", Error: msg, Status: st, Data: data})
		return
	}
	v := s.view(res)
	v.rescale(vals)
	switch format {
	case "json":
		writeJSON(w, http.StatusOK, s.countJSON(v))
	case "csv":
		v.writeCSV(w)
	case "xlsx":
		v.writeXLSX(w)
	default:
		data.View = v
		data.Choices.SelectedDims = q.By
		s.render(w, r, http.StatusOK, "explore", &page{Title: "Explore: " + q.Command(), Nav: "explore", Data: data, Form: exploreForm(r.URL.Query(), q)})
	}
}

// exploreForm refills the Explore form with the places as the question
// resolved them: "aor=Boston" selects BOS Boston in the menu, which lists
// codes.
func exploreForm(v url.Values, q *query.Query) url.Values {
	if len(q.AORs) > 0 {
		v.Set("aor", strings.Join(q.AORs, ","))
	}
	if len(q.States) > 0 {
		v.Set("state", strings.Join(q.States, ","))
	}
	return v
}

func (s *Server) apiCount(w http.ResponseWriter, r *http.Request) {
	q, err := parseQuery(r.URL.Query())
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	res, err := s.runQuery(r, q)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	v := s.view(res)
	switch r.URL.Query().Get("format") {
	case "csv":
		v.writeCSV(w)
		return
	case "xlsx":
		v.writeXLSX(w)
		return
	}
	writeJSON(w, http.StatusOK, s.countJSON(v))
}

// --- Overview ---

type datasetSummary struct {
	Name       string
	KeyDate    string
	Sources    int
	Rows       int64
	From, To   time.Time
	Timeline   template.HTML
	Series     *countView
	SeriesErr  string
	ExploreURL string
	Spans      []span
	// Covered is what the sources cover for the overview's place (the
	// answer's coverage: national sources for a national overview, never a
	// single AOR's release), e.g. "2015-10-01 to 2017-09-30; 2018-10-01 to 2019-08-31".
	Covered string
}

type overviewPage struct {
	Choices  formChoices
	Sources  int
	Rows     int64
	Datasets []*datasetSummary
	Picker   url.Values
	Place    string
}

// pickerKeys are the Overview's filters.
var pickerKeys = map[string]bool{"aor": true, "state": true, "fy": true, "from": true, "to": true}

func (s *Server) overviewData(r *http.Request) (*overviewPage, error) {
	picker := url.Values{}
	for k, v := range r.URL.Query() {
		if k == "format" {
			continue
		}
		if !pickerKeys[k] {
			return nil, &query.Error{Msg: fmt.Sprintf("unknown parameter %q (the overview takes aor, state, fy, from, to)", k)}
		}
		for _, x := range v {
			if x != "" {
				picker[k] = append(picker[k], x)
			}
		}
	}
	// Validate the picker once, with any dataset.
	pv := url.Values{"dataset": {"arrests"}}
	for k, v := range picker {
		pv[k] = v
	}
	pq, err := query.Parse(pv)
	if err != nil {
		return nil, err
	}
	canonPicker := pq.Values()
	canonPicker.Del("dataset")
	return cached(s, r, "overview?"+canonPicker.Encode(), func(ctx context.Context, h *handle) (*overviewPage, error) {
		infos, err := h.st.SourceInfos(ctx)
		if err != nil {
			return nil, err
		}
		o := &overviewPage{Choices: s.formChoices(r), Sources: len(infos), Picker: canonPicker}
		var places []string
		places = append(places, pq.AORs...)
		places = append(places, pq.States...)
		o.Place = "nationally"
		if len(places) > 0 {
			o.Place = "in " + strings.Join(places, ", ")
		}
		for _, d := range canon.Datasets {
			ds := &datasetSummary{Name: d, KeyDate: canon.KeyDateDoc[d]}
			for _, si := range infos {
				if si.Dataset != d {
					continue
				}
				ds.Sources++
				ds.Rows += si.RowsStored
				if si.HasCoverage {
					if ds.From.IsZero() || si.CoverageFrom.Before(ds.From) {
						ds.From = si.CoverageFrom
					}
					if si.CoverageTo.After(ds.To) {
						ds.To = si.CoverageTo
					}
					cls, label := "national", si.File
					if si.Sheet != "" {
						label += " [" + si.Sheet + "]"
					}
					if si.Scope != "" {
						cls, label = "scoped", label+" ("+si.Scope+")"
					}
					if si.Subset != "" {
						cls = "subset"
					}
					// With an AOR picked, a source scoped to another AOR says
					// nothing about the place: its bar is left out.
					if si.Scope == "" || len(pq.AORs) == 0 || containsFold(pq.AORs, si.Scope) {
						ds.Spans = append(ds.Spans, span{Label: label, From: si.CoverageFrom, To: si.CoverageTo, Class: cls})
					}
				}
			}
			o.Rows += ds.Rows
			ds.Timeline = timeline("cov-"+d, fmt.Sprintf("Coverage of the %s sources that can speak for %s", d, strings.TrimPrefix(o.Place, "in ")), ds.Spans)
			if ds.Sources > 0 {
				qv := url.Values{"dataset": {d}, "by": {"month"}, "sort": {"key"}}
				for k, v := range canonPicker {
					qv[k] = v
				}
				q, err := query.Parse(qv)
				if err != nil {
					return nil, err
				}
				ds.ExploreURL = exploreURL(q)
				res, err := h.eng.Run(ctx, q)
				if err != nil {
					return nil, err
				}
				var cov []string
				for _, iv := range res.Coverage.Covered {
					cov = append(cov, iv.From.String()+" to "+iv.To.String())
				}
				ds.Covered = strings.Join(cov, "; ")
				if ds.Covered == "" {
					ds.Covered = "none for this place"
				}
				v := s.view(res)
				if len(v.Rows) > 0 && len(v.Dims) == 1 {
					pts := seriesPoints(v)
					v.Chart = template.HTML(chart.Series(chart.Spec{ID: "series-" + d, Title: fmt.Sprintf("%s per month %s", d, o.Place), Desc: fmt.Sprintf("%d months; the table below has the numbers", len(v.Rows))}, pts, len(pts) > 60))
				}
				ds.Series = v
			}
			o.Datasets = append(o.Datasets, ds)
		}
		return o, nil
	})
}

func (s *Server) overview(w http.ResponseWriter, r *http.Request) {
	o, err := s.overviewData(r)
	if err != nil {
		if wantJSON(r) {
			s.failErr(w, r, err)
			return
		}
		st, msg := s.errorStatus(r, err)
		s.render(w, r, st, "overview", &page{Title: "Overview", Nav: "overview", Error: msg, Status: st, Data: &overviewPage{Choices: choices()}})
		return
	}
	if wantJSON(r) {
		writeJSON(w, http.StatusOK, s.overviewJSON(o))
		return
	}
	s.render(w, r, http.StatusOK, "overview", &page{Title: "Overview", Nav: "overview", Data: o})
}

func (s *Server) apiOverview(w http.ResponseWriter, r *http.Request) {
	o, err := s.overviewData(r)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, s.overviewJSON(o))
}

func (s *Server) overviewJSON(o *overviewPage) map[string]any {
	var ds []map[string]any
	suppressed := 0
	for _, d := range o.Datasets {
		m := map[string]any{"dataset": d.Name, "key_date": d.KeyDate, "sources": d.Sources, "rows": d.Rows}
		cov := []map[string]string{}
		for _, sp := range d.Spans {
			cov = append(cov, map[string]string{"source": sp.Label, "from": sp.From.Format("2006-01-02"), "to": sp.To.Format("2006-01-02"), "kind": sp.Class})
		}
		m["coverage"] = cov
		m["covered"] = d.Covered
		if d.Series != nil {
			m["monthly"] = s.countJSON(d.Series)
			suppressed += d.Series.Suppressed
		}
		ds = append(ds, m)
	}
	return map[string]any{"sources": o.Sources, "rows": o.Rows, "place": o.Place, "picker": o.Picker, "datasets": ds, "small_cell_rule": s.smallCell().Rule(suppressed)}
}

// --- Sources ---

type sourcesPage struct {
	Columns []string
	Rows    []map[string]any
}

func (s *Server) sourcesData(r *http.Request) (*table.Table, error) {
	var t *table.Table
	err := s.withStore(r, func(ctx context.Context, h *handle) error {
		var err error
		t, err = h.st.Sources(ctx, false)
		return err
	})
	return t, err
}

func (s *Server) sourcesPage(w http.ResponseWriter, r *http.Request) {
	for k := range r.URL.Query() {
		if k != "format" {
			s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("unknown parameter %q", k))
			return
		}
	}
	t, err := s.sourcesData(r)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	if wantJSON(r) {
		writeJSON(w, http.StatusOK, map[string]any{"sources": t.Records()})
		return
	}
	s.render(w, r, http.StatusOK, "sources", &page{Title: "Sources", Nav: "sources", Data: &sourcesPage{Columns: t.Columns, Rows: t.Records()}})
}

func (s *Server) apiSources(w http.ResponseWriter, r *http.Request) {
	for k := range r.URL.Query() {
		s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("unknown parameter %q", k))
		return
	}
	t, err := s.sourcesData(r)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"sources": t.Records()})
}

const rejectsPerPage = 100

type sourcePage struct {
	ID         int64
	Source     map[string]any
	Fields     [][2]string
	Redactions []map[string]any
	Rejects    []map[string]any
	Total      int64
	Page       int
	Pages      int
	Prev, Next string
}

func (s *Server) sourceData(r *http.Request) (*sourcePage, int, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return nil, http.StatusNotFound, fmt.Errorf("no source %q: a source is named by its number (see /sources)", r.PathValue("id"))
	}
	pg := 1
	for k, v := range r.URL.Query() {
		switch k {
		case "format":
		case "page":
			pg, err = strconv.Atoi(v[0])
			if err != nil || pg < 1 || pg > 1e7 {
				return nil, http.StatusBadRequest, fmt.Errorf("bad page %q (want a number from 1)", v[0])
			}
		default:
			return nil, http.StatusBadRequest, fmt.Errorf("unknown parameter %q (want page)", k)
		}
	}
	sp := &sourcePage{ID: id, Page: pg}
	status := http.StatusOK
	err = s.withStore(r, func(ctx context.Context, h *handle) error {
		all, err := h.st.Sources(ctx, false)
		if err != nil {
			return err
		}
		for _, rec := range all.Records() {
			// editions and the population file are listed too, with ids of
			// their own: a source page is a record source's
			if k, ok := rec["kind"].(string); ok && k != "records" {
				continue
			}
			if table.Int(rec["id"]) == id {
				sp.Source = rec
				for _, c := range all.Columns {
					sp.Fields = append(sp.Fields, [2]string{c, table.Cell(rec[c])})
				}
			}
		}
		if sp.Source == nil {
			status = http.StatusNotFound
			return fmt.Errorf("no source %d (see /sources)", id)
		}
		red, err := h.st.Redactions(ctx, id)
		if err != nil {
			return err
		}
		sp.Redactions = red.Records()
		if sp.Total, err = h.st.RejectCount(ctx, id); err != nil {
			return err
		}
		sp.Pages = int((sp.Total + rejectsPerPage - 1) / rejectsPerPage)
		rej, err := h.st.Rejects(ctx, id, rejectsPerPage, int64(pg-1)*rejectsPerPage)
		if err != nil {
			return err
		}
		sp.Rejects = rej.Records()
		return nil
	})
	if err != nil {
		if status == http.StatusNotFound {
			return nil, status, err
		}
		return nil, 0, err
	}
	if pg > 1 {
		sp.Prev = fmt.Sprintf("/sources/%d?page=%d", id, pg-1)
	}
	if pg < sp.Pages {
		sp.Next = fmt.Sprintf("/sources/%d?page=%d", id, pg+1)
	}
	return sp, http.StatusOK, nil
}

func (s *Server) sourceJSON(sp *sourcePage) map[string]any {
	return map[string]any{"source": sp.Source, "redactions": sp.Redactions,
		"rejects": map[string]any{"total": sp.Total, "page": sp.Page, "pages": sp.Pages, "per_page": rejectsPerPage, "rows": sp.Rejects}}
}

// sourceOrFail loads the source of the request, or answers with the error.
func (s *Server) sourceOrFail(w http.ResponseWriter, r *http.Request) (*sourcePage, bool) {
	sp, st, err := s.sourceData(r)
	switch {
	case err != nil && st != 0:
		s.fail(w, r, st, err.Error())
	case err != nil:
		s.failErr(w, r, err)
	}
	return sp, err == nil
}

func (s *Server) sourcePage(w http.ResponseWriter, r *http.Request) {
	sp, ok := s.sourceOrFail(w, r)
	if !ok {
		return
	}
	if wantJSON(r) {
		writeJSON(w, http.StatusOK, s.sourceJSON(sp))
		return
	}
	title := fmt.Sprintf("Source %d", sp.ID)
	if f, ok := sp.Source["file"].(string); ok {
		title += ": " + f
	}
	s.render(w, r, http.StatusOK, "source", &page{Title: title, Nav: "sources", Data: sp})
}

func (s *Server) apiSource(w http.ResponseWriter, r *http.Request) {
	sp, ok := s.sourceOrFail(w, r)
	if !ok {
		return
	}
	writeJSON(w, http.StatusOK, s.sourceJSON(sp))
}

// --- static files and the API document ---

func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/static/")
	if name == "" || strings.Contains(name, "..") || strings.ContainsAny(name, "\\\x00") {
		s.fail(w, r, http.StatusNotFound, "no such file")
		return
	}
	b, err := staticFS.ReadFile("static/" + name)
	if err != nil {
		s.fail(w, r, http.StatusNotFound, "no such file")
		return
	}
	switch path.Ext(name) {
	case ".css":
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
	case ".js":
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	case ".svg":
		w.Header().Set("Content-Type", "image/svg+xml")
	}
	w.Header().Set("Cache-Control", "public, max-age=3600")
	w.Write(b)
}

func (s *Server) openapi(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(openapiJSON)
}

func containsFold(list []string, v string) bool {
	for _, x := range list {
		if strings.EqualFold(x, v) {
			return true
		}
	}
	return false
}
