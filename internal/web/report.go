package web

import (
	"context"
	"html/template"
	"net/http"
	"net/url"
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

// buildReport answers a report request with the public copy: the cached
// report is exact, and this server's small-cell rule is applied to a copy
// of it (report.Withhold) before any rendering, HTML or JSON.
func (s *Server) buildReport(r *http.Request, req report.Request) (*report.Report, error) {
	rep, err := cached(s, r, "report?"+req.Values().Encode(), func(ctx context.Context, h *handle) (*report.Report, error) {
		return report.Build(ctx, h.eng, req)
	})
	if err != nil {
		return nil, err
	}
	return rep.Withhold(s.smallCell()), nil
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
		writeJSON(w, http.StatusOK, data.Rep)
		return
	}
	title := "Report"
	if data.Rep != nil {
		title = data.Rep.Title
		// The report body is the report's own HTML rendering (the one
		// `icestat report --format html` writes) of the public copy, with
		// links to each figure's question and to the definitions.
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
	s.render(w, r, http.StatusOK, "report", &page{Title: title, Nav: "report", Data: data, Form: reportForm(r.URL.Query(), data.Rep)})
}

// reportForm refills the Report form with the place as the report resolved
// it: "aor=Boston" selects BOS Boston in the menu, which lists codes.
func reportForm(v url.Values, rep *report.Report) url.Values {
	if rep == nil {
		return v
	}
	switch rep.Place.Kind {
	case "aor", "state":
		if rep.Place.Code != "" {
			v.Set(rep.Place.Kind, rep.Place.Code)
		}
	}
	return v
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
	writeJSON(w, http.StatusOK, rep)
}

// reportCSS serves the report rendering's own styles (report.CSS, the
// ones `icestat report --format html` embeds), so the page and the file
// look alike.
func (s *Server) reportCSS(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=3600")
	w.Write([]byte(report.CSS))
}
