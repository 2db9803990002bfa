package web

import (
	"fmt"
	"net/http"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/definitions"
)

// definitionsPage is the Definitions page's data: every rule, the method
// schemes, the removal bases and the named definition sets (ICE's own
// annual-report conventions) with the published figures each reproduces.
type definitionsPage struct {
	Version      string                            `json:"version"`
	Definitions  []definitions.Definition          `json:"definitions"`
	Schemes      []definitionsScheme               `json:"method_schemes"`
	RemovalBases []definitions.RemovalBasis        `json:"removal_bases"`
	Sets         map[string][]definitions.SetEntry `json:"definition_sets"`
	// Words are the words of the pages with their one-line meaning; each
	// measure, class and column label on a page links to its entry.
	Words []definitions.Word `json:"words"`
	// Columns are the columns one can group by or filter on, with their
	// human labels.
	Columns []definitionsColumn `json:"columns"`
}

type definitionsColumn struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Label string `json:"label"`
	Doc   string `json:"doc"`
}

type definitionsScheme struct {
	Name      string   `json:"name"`
	Source    string   `json:"source"`
	AtLarge   []string `json:"at_large"`
	Custodial []string `json:"custodial"`
	Other     []string `json:"other"`
	Note      string   `json:"note,omitempty"`
}

func definitionsData() *definitionsPage {
	p := &definitionsPage{Version: definitions.Version, Definitions: definitions.All(), RemovalBases: definitions.RemovalBases,
		Sets: map[string][]definitions.SetEntry{definitions.ICE: definitions.ICESet()}}
	p.Words = definitions.Glossary
	for _, c := range canon.Columns {
		p.Columns = append(p.Columns, definitionsColumn{"col-" + c.Name, c.Name, dimLabel(c.Name), c.Doc})
	}
	for _, s := range definitions.Schemes {
		p.Schemes = append(p.Schemes, definitionsScheme{s.Name, s.Source, s.Methods(definitions.AtLarge), s.Methods(definitions.Custodial), s.Methods(definitions.Other), s.Note})
	}
	return p
}

// definitionsPageHandler serves /definitions (HTML, or JSON with
// ?format=json), the same text as `icestat definitions`.
func (s *Server) definitionsPageHandler(w http.ResponseWriter, r *http.Request) {
	for k := range r.URL.Query() {
		if k != "format" {
			s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("unknown parameter %q", k))
			return
		}
	}
	if wantJSON(r) {
		writeJSON(w, http.StatusOK, definitionsData())
		return
	}
	s.render(w, r, http.StatusOK, "definitions", &page{Title: "Definitions", Nav: "definitions", Data: definitionsData()})
}

// apiDefinitions serves /api/definitions: the Definitions page as JSON.
func (s *Server) apiDefinitions(w http.ResponseWriter, r *http.Request) {
	for k := range r.URL.Query() {
		s.fail(w, r, http.StatusBadRequest, fmt.Sprintf("unknown parameter %q", k))
		return
	}
	writeJSON(w, http.StatusOK, definitionsData())
}
