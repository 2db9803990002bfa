package web

import (
	"fmt"
	"html/template"
	"net/http"
	"net/url"

	"github.com/icestat/icestat/internal/chart"
	"github.com/icestat/icestat/internal/query"
	"github.com/icestat/icestat/internal/report"
)

// A report's charts are embeddable and downloadable one by one, as count
// charts are: /embed/report?REPORT&chart=NAME is the chart on its own
// page (title, caveat line, source line) and /report/chart.svg?REPORT&
// chart=NAME its SVG file, NAME being the chart's name in its report
// (report.Chart: "arrests-series", "arrests-months", "arrests-gender" …).
// Both draw the chart of the public copy with the report page's own
// options, so the embedded chart is the one on the page, small cells
// withheld alike.

// reportOptions are the options the report page renders with (the
// report is already the public copy, small cells withheld: buildReport):
// links to each figure's question, to the definitions, and to each chart
// on its own.
func (s *Server) reportOptions(req report.Request) report.HTMLOptions {
	rv := req.Values()
	return report.HTMLOptions{
		Link:        query.URL,
		Definitions: "/definitions",
		ChartLinks: func(name string) (string, string) {
			v := url.Values{"chart": {name}}
			for k, x := range rv {
				v[k] = x
			}
			return "/embed/report?" + v.Encode(), "/report/chart.svg?" + v.Encode()
		},
	}
}

// reportChart builds the report of the address and finds the chart it
// names; it answers the error itself when there is none.
func (s *Server) reportChart(w http.ResponseWriter, r *http.Request) (*report.Chart, report.Request, bool) {
	vals := r.URL.Query()
	name := vals.Get("chart")
	vals.Del("chart")
	req, asked, err := reportRequest(vals)
	if err == nil && !asked {
		err = fmt.Errorf("no place or period given (aor, state or national, and month, fy or from/to)")
		s.fail(w, r, http.StatusBadRequest, err.Error())
		return nil, req, false
	}
	var rep *report.Report
	if err == nil {
		rep, err = s.buildReport(r, req)
	}
	var charts []report.Chart
	if err == nil {
		charts, err = rep.Charts(s.reportOptions(req))
	}
	if err != nil {
		st, msg := s.errorStatus(r, err)
		s.fail(w, r, st, msg)
		return nil, req, false
	}
	var names []string
	for i := range charts {
		if charts[i].Name == name {
			return &charts[i], req, true
		}
		names = append(names, charts[i].Name)
	}
	s.fail(w, r, http.StatusNotFound, fmt.Sprintf("this report has no chart %q; its charts: %v", name, names))
	return nil, req, false
}

func (s *Server) reportChartSVG(w http.ResponseWriter, r *http.Request) {
	c, _, ok := s.reportChart(w, r)
	if !ok {
		return
	}
	w.Header().Set("Content-Type", "image/svg+xml")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="icestat-report-%s.svg"`, c.Name))
	w.Write(chart.SVG(c.SVG))
}

func (s *Server) embedReport(w http.ResponseWriter, r *http.Request) {
	c, req, ok := s.reportChart(w, r)
	if !ok {
		return
	}
	// The source line names the files the chart's own question counts
	// (a series over all the ingested data counts more than the period's).
	if q, err := query.Parse(c.Query); err == nil && c.Query != nil {
		if res, err := s.runQuery(r, q); err == nil {
			var files []string
			for _, src := range res.Sources {
				files = append(files, src.File+sheetText(src.Sheet))
			}
			c.Source = report.SourceLine(files, c.Command)
		}
	}
	e := &embedView{Title: c.Title, Chart: template.HTML(c.SVG), Caveat: c.Caveat, Source: c.Source, Command: c.Command,
		Full: "/report?" + req.Values().Encode() + "#chart-" + c.Name, FullLabel: "The whole report, with the numbers behind this chart"}
	s.writeEmbed(w, e)
}

func sheetText(sheet string) string {
	if sheet == "" {
		return ""
	}
	return " [" + sheet + "]"
}
