package web

import (
	"context"
	"encoding/json"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/report"
)

// reportRequest reads a report request (report.ParseRequest: the same keys
// as `icestat report`), leaving out the page's own format key; ok is false
// when nothing was asked (the page then shows only its form).
func reportRequest(v url.Values) (report.Request, bool, error) {
	rv := url.Values{}
	for k, vals := range v {
		if k != "format" {
			rv[k] = vals
		}
	}
	return report.ParseRequest(rv)
}

func (s *Server) buildReport(r *http.Request, req report.Request) (*report.Report, error) {
	return cached(s, r, "report?"+req.Values().Encode(), func(ctx context.Context, h *handle) (*report.Report, error) {
		return report.Build(ctx, h.eng, req)
	})
}

// reportView is the Report page's data.
type reportView struct {
	Choices formChoices
	Rep     *report.Report
	Body    template.HTML // the report's HTML rendering (report.WriteHTMLFragmentWith)
	JSON    string
}

func (s *Server) reportPage(w http.ResponseWriter, r *http.Request) {
	data := &reportView{Choices: s.formChoices(r)}
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
		// The report body is the report's own HTML rendering (the one
		// `icestat report --format html` writes), with this server's
		// small-cell rule, links to each figure's question and to the
		// definitions.
		var b strings.Builder
		err := data.Rep.WriteHTMLFragmentWith(&b, s.reportOptions(req))
		if err != nil {
			s.fail(w, r, http.StatusInternalServerError, err.Error())
			return
		}
		data.Body = template.HTML(b.String())
		q := r.URL.Query()
		q.Set("format", "json")
		data.JSON = "/report?" + q.Encode()
	}
	s.render(w, r, http.StatusOK, "report", &page{Title: title, Nav: "report", Data: data})
}

func (s *Server) apiReport(w http.ResponseWriter, r *http.Request) {
	req, asked, err := reportRequest(r.URL.Query())
	if err == nil && !asked {
		err = answer.Bad("no place or period given (aor, state or national, and month, fy or from/to)")
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
	m["small_cell_rule"] = s.smallCell().Rule(n)
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
			if ok && countKeys[k] && f == float64(int64(f)) && s.smallCell().Hides(int64(f)) {
				x[k] = nil
				x[k+"_text"] = s.smallCell().Text(int64(f))
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

// reportCSS serves the report rendering's own styles (report.CSS, the
// ones `icestat report --format html` embeds), so the page and the file
// look alike.
func (s *Server) reportCSS(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=3600")
	w.Write([]byte(report.CSS))
}
