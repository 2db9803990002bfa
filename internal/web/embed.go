package web

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"strings"

	"github.com/icestat/icestat/internal/chart"
)

// A chart of an answer is downloadable (/chart.svg?QUESTION, the SVG file
// itself; the PNG is made in the browser by static/app.js, which draws
// the same SVG on a canvas) and embeddable on its own (/embed/count?
// QUESTION: the chart, its title, its caveat line and its source line, a
// page other sites may frame).

// chartAnswer answers the question in the address and draws it.
func (s *Server) chartAnswer(w http.ResponseWriter, r *http.Request) (*countView, bool) {
	q, err := parseQuery(r.URL.Query())
	if err == nil {
		var v *countView
		res, err2 := s.runQuery(r, q)
		if err2 == nil {
			v = s.view(res)
			v.rescale(r.URL.Query())
			if v.Chart == "" {
				err2 = fmt.Errorf("no chart for this answer: group it by one or two dimensions (by=month, by=gender …)%s", strings.TrimPrefix(" "+v.ChartNote, " "))
				s.fail(w, r, http.StatusBadRequest, err2.Error())
				return nil, false
			}
			return v, true
		}
		err = err2
	}
	st, msg := s.errorStatus(r, err)
	s.fail(w, r, st, msg)
	return nil, false
}

func (s *Server) chartSVG(w http.ResponseWriter, r *http.Request) {
	v, ok := s.chartAnswer(w, r)
	if !ok {
		return
	}
	w.Header().Set("Content-Type", "image/svg+xml")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="icestat-%s-by-%s.svg"`, v.Query.Dataset, strings.Join(v.Dims, "-")))
	w.Write(chart.SVG(string(v.Chart)))
}

// embedView is the embed page's data.
type embedView struct {
	Title  string
	Chart  template.HTML
	Caveat string
	Source string
	Full   string // the answer's Explore page
	// FullLabel is the text of the link to Full ("" = the answer's).
	FullLabel string
	Command   string
}

func (s *Server) embedCount(w http.ResponseWriter, r *http.Request) {
	v, ok := s.chartAnswer(w, r)
	if !ok {
		return
	}
	e := &embedView{Chart: v.Chart, Full: v.Self, Command: v.Res.Command}
	e.Title = v.Query.Dataset + " by "
	for i, d := range v.Dims {
		if i > 0 {
			e.Title += " and "
		}
		e.Title += dimLabel(d)
	}
	if v.Total != nil {
		e.Title += " — " + v.Total.Text + " in all"
	}
	switch {
	case v.Res.Coverage.Complete:
		e.Caveat = "Covered: the sources hold the whole period asked."
	default:
		e.Caveat = "Partial: the sources do not cover the whole period asked; the total is not a total for it."
		if len(v.Res.Coverage.Gaps) > 0 {
			var g []string
			for _, x := range v.Res.Coverage.Gaps {
				g = append(g, x.String())
			}
			e.Caveat += " Not covered: " + strings.Join(g, ", ") + "."
		}
	}
	if strings.Contains(string(v.Chart), "legend-partial") {
		e.Caveat += " Hatched periods are only partly covered: their counts are not totals."
	}
	if strings.Contains(string(v.Chart), "legend-gap") {
		e.Caveat += " Grey “no data” bands: no source covers those periods."
	}
	if len(v.Res.Warnings) > 0 {
		e.Caveat += " " + v.Res.Warnings[0]
	}
	var files []string
	for _, src := range v.Sources {
		files = append(files, src.File)
	}
	e.Source = "Source: ICE records released under FOIA (" + strings.Join(files, "; ") + "), counted by icestat, definitions " + v.Res.Definitions + "."
	s.writeEmbed(w, e)
}

// writeEmbed writes an embed page (a chart on its own with its title,
// caveat and source lines).
func (s *Server) writeEmbed(w http.ResponseWriter, e *embedView) {
	var buf bytes.Buffer
	if err := templates["embed"].ExecuteTemplate(&buf, "embed", e); err != nil {
		s.log.Error("template", "name", "embed", "err", err.Error())
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(buf.Bytes())
}
