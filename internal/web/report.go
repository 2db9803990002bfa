package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/icestat/icestat/internal/detention"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/report"
)

// reportKeys are the parameters of /report and /api/report.
var reportKeys = map[string]bool{"aor": true, "state": true, "national": true, "month": true, "fy": true, "from": true, "to": true, "top": true, "format": true}

// reportRequest reads a report request; ok is false when nothing was asked
// (the page then shows only its form).
func reportRequest(v url.Values) (report.Request, bool, error) {
	var req report.Request
	asked := false
	for k, vals := range v {
		if !reportKeys[k] {
			return req, false, &query.Error{Msg: fmt.Sprintf("unknown parameter %q (a report takes aor, state or national, and month, fy or from/to)", k)}
		}
		if len(vals) > 1 {
			return req, false, &query.Error{Msg: fmt.Sprintf("give %s once", k)}
		}
		if k != "format" && vals[0] != "" {
			asked = true
		}
	}
	if !asked {
		return req, false, nil
	}
	req.AOR, req.State, req.Month = v.Get("aor"), v.Get("state"), v.Get("month")
	req.From, req.To = v.Get("from"), v.Get("to")
	if s := v.Get("fy"); s != "" {
		y, err := strconv.Atoi(strings.TrimPrefix(strings.ToUpper(s), "FY"))
		if err != nil {
			return req, false, &query.Error{Msg: fmt.Sprintf("bad fiscal year %q (want e.g. 2018)", s)}
		}
		req.FY = y
	}
	if s := v.Get("top"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 100 {
			return req, false, &query.Error{Msg: fmt.Sprintf("bad top %q (want 1 to 100)", s)}
		}
		req.Top = n
	}
	switch strings.ToLower(v.Get("national")) {
	case "", "false", "no", "0":
	case "true", "yes", "1", "on":
		req.National = true
	default:
		return req, false, &query.Error{Msg: "bad national (want true or false)"}
	}
	if req.AOR == "" && req.State == "" {
		req.National = true
	}
	return req, true, nil
}

func (s *Server) buildReport(r *http.Request, req report.Request) (*report.Report, error) {
	rep, err := cached(s, r, fmt.Sprintf("report?%+v", req), func(ctx context.Context, h *handle) (*report.Report, error) {
		return report.Build(ctx, h.eng, req)
	})
	var br *report.BadRequest
	if errors.As(err, &br) {
		return nil, &query.Error{Msg: br.Msg}
	}
	return rep, err
}

// reportView is the Report page's data.
type reportView struct {
	Choices formChoices
	Rep     *report.Report
	Charts  map[string]template.HTML
	JSON    string
}

func (s *Server) reportPage(w http.ResponseWriter, r *http.Request) {
	data := &reportView{Choices: choices()}
	req, asked, err := reportRequest(r.URL.Query())
	if err == nil && asked {
		data.Rep, err = s.buildReport(r, req)
	}
	if err != nil {
		st, msg := s.errorStatus(r, err)
		if wantJSON(r) {
			s.fail(w, r, st, msg)
			return
		}
		s.render(w, r, st, "report", &page{Title: "Report", Nav: "report", Error: msg, Status: st, Data: data})
		return
	}
	if wantJSON(r) {
		if !asked {
			s.fail(w, r, http.StatusBadRequest, "no place or period given (aor, state or national, and month, fy or from/to)")
			return
		}
		writeJSON(w, http.StatusOK, s.publicJSON(data.Rep))
		return
	}
	title := "Report"
	if data.Rep != nil {
		title = data.Rep.Title
		data.Charts = map[string]template.HTML{}
		for _, d := range data.Rep.Datasets {
			if d.Series == nil {
				continue
			}
			var pts []point
			for _, p := range d.Series.Points {
				c := s.cell(p.Count)
				label := p.Key
				if !p.Complete {
					label += " (partial)"
				}
				pts = append(pts, point{Label: label, Value: float64(p.Count), Suppressed: c.Suppressed, Link: commandURL(d.Series.Command, "")})
			}
			data.Charts[d.Dataset] = columnChart("rep-"+d.Dataset, fmt.Sprintf("%s per %s, %s", d.Dataset, d.Series.Unit, data.Rep.Place.Name), fmt.Sprintf("%d periods; partial periods are labelled", len(pts)), pts, s.cfg.SmallCell)
		}
		q := r.URL.Query()
		q.Set("format", "json")
		data.JSON = "/report?" + q.Encode()
	}
	s.render(w, r, http.StatusOK, "report", &page{Title: title, Nav: "report", Data: data})
}

func (s *Server) apiReport(w http.ResponseWriter, r *http.Request) {
	req, asked, err := reportRequest(r.URL.Query())
	if err == nil && !asked {
		err = &query.Error{Msg: "no place or period given (aor, state or national, and month, fy or from/to)"}
	}
	var rep *report.Report
	if err == nil {
		rep, err = s.buildReport(r, req)
	}
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, s.publicJSON(rep))
}

// countKeys are the JSON fields of the report and check answers that hold
// counts of records; the small-cell rule applies to them.
var countKeys = map[string]bool{"count": true, "total": true, "rest": true, "redacted": true, "empty": true, "since_count": true,
	"rows_in_period": true, "at_large": true, "custodial": true, "other": true, "unknown": true, "rows": true}

// publicJSON renders v as JSON with the small-cell rule applied to every
// count field: a count from 1 to N-1 becomes null with KEY_text "fewer than
// N", and a share or change next to it becomes null too.
func (s *Server) publicJSON(v any) map[string]any {
	b, _ := json.Marshal(v)
	var m map[string]any
	json.Unmarshal(b, &m)
	n := 0
	if s.cfg.SmallCell > 0 {
		n = s.suppressJSON(m)
	}
	m["small_cell_rule"] = s.smallCellRule(n)
	return m
}

func (s *Server) suppressJSON(v any) int {
	n := 0
	switch x := v.(type) {
	case map[string]any:
		suppressed := false
		for k, val := range x {
			f, ok := val.(float64)
			if str, isStr := val.(string); isStr && countKeys[k] {
				// follow's cells carry their count as text ("42", or "<5"
				// under its own fixed rule)
				n, err := strconv.ParseInt(str, 10, 64)
				f, ok = float64(n), err == nil
			}
			if ok && countKeys[k] && f >= 1 && f < float64(s.cfg.SmallCell) && f == float64(int64(f)) {
				x[k] = nil
				x[k+"_text"] = fmt.Sprintf("fewer than %d", s.cfg.SmallCell)
				suppressed = true
				n++
				continue
			}
			n += s.suppressJSON(val)
		}
		if suppressed {
			for _, k := range []string{"share", "change", "change_pct", "rate"} {
				if _, ok := x[k]; ok {
					x[k] = nil
				}
			}
		}
	case []any:
		for _, e := range x {
			n += s.suppressJSON(e)
		}
	}
	return n
}

// commandURL turns an `icestat count DATASET --flag value ...` command (as
// query.Query.Command writes it) into its Explore address, or "" when it is
// not one.
func commandURL(cmd, extra string) string {
	words, ok := shellWords(cmd)
	if !ok || len(words) < 3 || words[0] != "icestat" || words[1] != "count" {
		return ""
	}
	v := url.Values{"dataset": {words[2]}}
	measure := detention.IsMeasure(words[2])
	for i := 3; i < len(words); i++ {
		k, isFlag := strings.CutPrefix(words[i], "--")
		if !isFlag {
			return ""
		}
		if k == "share" || k == "persons" {
			v.Add(k, "true")
			continue
		}
		if i+1 >= len(words) {
			return ""
		}
		v.Add(k, words[i+1])
		i++
	}
	if measure {
		// detention measures have no Explore page: their JSON answer
		q, err := detention.Parse(v)
		if err != nil {
			return ""
		}
		return "/api/count?" + q.Values().Encode()
	}
	q, err := query.Parse(v)
	if err != nil {
		return ""
	}
	return exploreURL(q)
}

// shellWords splits a command line quoted by query's shellQuote (single
// quotes, '\” for a quote).
func shellWords(s string) ([]string, bool) {
	var out []string
	var cur strings.Builder
	in, have := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case in && c == '\'':
			in = false
		case in:
			cur.WriteByte(c)
		case c == '\'':
			in, have = true, true
		case c == '\\' && i+1 < len(s):
			i++
			cur.WriteByte(s[i])
			have = true
		case c == ' ' || c == '\t':
			if have {
				out = append(out, cur.String())
				cur.Reset()
				have = false
			}
		default:
			cur.WriteByte(c)
			have = true
		}
	}
	if in {
		return nil, false
	}
	if have {
		out = append(out, cur.String())
	}
	return out, true
}
