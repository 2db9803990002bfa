package web

import (
	"context"
	"fmt"
	"net/http"
	"strings"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/claims"
	"github.com/icestat/icestat/internal/query"
)

// checkEntry is one claim as shown to the public: the entry of the public
// copy (claims.Report.Withhold, which applied the small-cell rule) and the
// Explore view that tests it.
type checkEntry struct {
	claims.Entry
	Explore string `json:"explore,omitempty"`
	// ExploreAPI: the link is the JSON answer (a detention measure, which
	// Explore does not draw), not an Explore page; the link says so
	ExploreAPI bool   `json:"-"`
	Why        string `json:"-"` // the explanation as the page shows it (the claims package's wording)
}

// checkView is the Check page's data.
type checkView struct {
	Rep      *claims.Report // the public copy
	Entries  []checkEntry
	Verdict  map[string]int
	Notes    []string // notes every claim shares, said once (claims.Report.Notes)
	Withheld int      // counts the small-cell rule withheld
}

func (s *Server) runCheck(r *http.Request, req *checkRequest) (*checkView, error) {
	var rep *claims.Report
	err := s.withStore(r, func(ctx context.Context, h *handle) error {
		var err error
		rep, err = h.memo.Check(ctx, claims.Input{Text: req.Text, Date: req.Date, Place: req.Place, Explain: true, MaxNumbers: s.cfg.MaxNumbers})
		return err
	})
	if err != nil {
		return nil, err
	}
	rep, withheld := rep.Withhold(s.smallCell())
	v := &checkView{Rep: rep, Verdict: rep.Summary, Withheld: withheld}
	for _, e := range rep.Entries {
		u := query.URL(e.Query)
		v.Entries = append(v.Entries, checkEntry{Entry: e, Explore: u, ExploreAPI: strings.HasPrefix(u, "/api/")})
	}
	v.Notes = rep.Notes
	for i := range v.Entries {
		v.Entries[i].Why = v.Entries[i].Explanation
	}
	return v, nil
}

// checkAnswer is the JSON answer of a check: the public copy's entries as
// their types encode them, with the rule applied.
type checkAnswer struct {
	Date        string                `json:"date,omitempty"`
	Place       string                `json:"place,omitempty"`
	Definitions string                `json:"definitions"`
	Summary     map[string]int        `json:"summary"`
	Notes       []string              `json:"notes,omitempty"` // said once for every claim (claims.Report.Notes)
	Entries     []checkEntry          `json:"entries"`
	SmallCell   *answer.SmallCellRule `json:"small_cell_rule"`
}

func (s *Server) checkJSON(v *checkView) checkAnswer {
	entries := v.Entries
	if entries == nil {
		entries = []checkEntry{}
	}
	return checkAnswer{Date: v.Rep.Date, Place: v.Rep.Place, Definitions: v.Rep.Definitions, Summary: v.Rep.Summary,
		Notes: v.Rep.Notes, Entries: entries, SmallCell: s.smallCell().Rule(v.Withheld)}
}

type checkPageData struct {
	Text, Date, Place string
	View              *checkView
	Share             string // the address that reproduces the result (checkshare.go)
	ShareTooLong      int    // the encoded length when too long to share
}

func (s *Server) checkPage(w http.ResponseWriter, r *http.Request) {
	data := &checkPageData{}
	if r.Method != http.MethodPost {
		if r.URL.Query().Has("c") {
			s.checkShared(w, r, data)
			return
		}
		if len(r.URL.Query()) > 0 && !wantJSON(r) {
			for k := range r.URL.Query() {
				s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("unknown parameter %q: post the text with the form", k))
				return
			}
		}
		s.render(w, r, http.StatusOK, "check", &page{Title: "Check", Nav: "check", Data: data})
		return
	}
	req, st, err := s.readCheck(w, r)
	if req != nil {
		data.Text, data.Date, data.Place = req.Text, req.Date, req.Place
	} else {
		data.Text, data.Date, data.Place = r.PostFormValue("text"), r.PostFormValue("date"), r.PostFormValue("place")
	}
	if err == nil {
		data.View, err = s.runCheck(r, req)
		if err != nil {
			st = 0
		}
	}
	if err != nil {
		msg := err.Error()
		if st == 0 {
			st, msg = s.errorStatus(r, err)
		}
		if wantJSON(r) {
			s.fail(w, r, st, msg)
			return
		}
		s.render(w, r, st, "check", &page{Title: "Check", Nav: "check", Error: msg, Status: st, Data: data})
		return
	}
	if wantJSON(r) {
		writeJSON(w, http.StatusOK, s.checkJSON(data.View))
		return
	}
	if r.PostFormValue("download") == "html" {
		s.checkFile(w, r, data)
		return
	}
	data.shareCheck(req)
	s.render(w, r, http.StatusOK, "check", &page{Title: "Check: " + summaryLine(data.View.Verdict), Nav: "check", Data: data})
}

func summaryLine(m map[string]int) string {
	var parts []string
	for _, k := range []string{claims.Supported, claims.Contradicted, claims.NotCheckable} {
		if m[k] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", m[k], k))
		}
	}
	if len(parts) == 0 {
		return "no claims found"
	}
	return strings.Join(parts, ", ")
}

func (s *Server) apiCheck(w http.ResponseWriter, r *http.Request) {
	if len(r.URL.Query()) > 0 {
		for k := range r.URL.Query() {
			if k != "date" && k != "place" {
				s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("unknown parameter %q", k))
				return
			}
		}
	}
	req, st, err := s.readCheck(w, r)
	if err != nil {
		s.fail(w, r, st, err.Error())
		return
	}
	v, err := s.runCheck(r, req)
	if err != nil {
		s.failErr(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, s.checkJSON(v))
}
