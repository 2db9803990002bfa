package web

import (
	"context"
	"fmt"
	"html/template"
	"net/http"
	"sort"
	"strings"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/definitions"
)

// dimGroup is one group of the group-by menu.
type dimGroup struct {
	Label string
	Dims  []dimOption
}

type dimOption struct {
	Name, Label string
}

// dimLabels are the human labels of the group-by dimensions and columns;
// the menus, table headers and chart titles use them, the address keeps
// the column name.
var dimLabels = map[string]string{
	"month": "Month", "week": "Week", "date": "Date", "year": "Calendar year", "fy": "Fiscal year",
	"event_date": "Key date", "event_time": "Time of day",
	"aor": "Area of responsibility", "aor_name": "Area of responsibility (name)", "state": "State", "county": "County",
	"country": "Citizenship country", "birth_country": "Country of birth", "gender": "Gender",
	"birth_date": "Birth date", "birth_year": "Birth year", "criminality": "Criminality", "criminality_raw": "Criminality (as released)",
	"msc": "Most serious conviction", "method": "Apprehension method", "method_class": "Method class (at-large, custodial …)",
	"apprehension_type": "Apprehension type (targeted/collateral)", "landmark": "Apprehension landmark", "operation": "Operation",
	"disposition": "Processing disposition", "program": "Final program", "program_group": "Final program group",
	"case_status": "Case status", "case_category": "Case category", "final_order": "Final order", "final_order_date": "Final order date",
	"apprehension_date": "Apprehension date", "departed_date": "Departed date", "removal_date": "Removal date",
	"departure_country": "Country departed to", "port_of_departure": "Port of departure", "threat_level": "Threat level",
	"charge_section": "Charge section", "facility": "Facility", "facility_code": "Facility code", "facility_city": "Facility city",
	"facility_state": "Facility state", "facility_aor": "Facility area of responsibility", "detainer_type": "Detainer type",
	"lift_reason": "Detainer lift reason", "book_out_date": "Book-out date", "release_reason": "Release reason",
	"stay_book_in_date": "Stay book-in date", "stay_book_out_date": "Stay book-out date", "stay_release_reason": "Stay release reason",
	"person_key": "Person key", "release": "Release (FOIA number)", "source": "Source file",
}

// dimGroups sorts dimensions into place, time, person and event.
var dimGroupOf = map[string]string{
	"aor": "Place", "aor_name": "Place", "state": "Place", "county": "Place", "landmark": "Place", "facility": "Place",
	"facility_code": "Place", "facility_city": "Place", "facility_state": "Place", "facility_aor": "Place", "port_of_departure": "Place",
	"month": "Time", "week": "Time", "date": "Time", "year": "Time", "fy": "Time", "event_date": "Time", "event_time": "Time",
	"final_order_date": "Time", "apprehension_date": "Time", "departed_date": "Time", "removal_date": "Time", "book_out_date": "Time",
	"stay_book_in_date": "Time", "stay_book_out_date": "Time",
	"country": "Person", "birth_country": "Person", "gender": "Person", "birth_date": "Person", "birth_year": "Person",
	"criminality": "Person", "criminality_raw": "Person", "msc": "Person", "person_key": "Person", "threat_level": "Person",
	"source": "Source", "release": "Source",
}

// dimLabel is a dimension's human label ("Apprehension method").
func dimLabel(d string) string {
	if l, ok := dimLabels[d]; ok {
		return l
	}
	return strings.ReplaceAll(d, "_", " ")
}

// groupDims sorts dimensions into the menu's groups, in the order place,
// time, person, event, source.
func groupDims(dims []string) []dimGroup {
	order := []string{"Place", "Time", "Person", "Event", "Source"}
	by := map[string][]dimOption{}
	for _, d := range dims {
		g := dimGroupOf[d]
		if g == "" {
			g = "Event"
		}
		by[g] = append(by[g], dimOption{d, dimLabel(d)})
	}
	var out []dimGroup
	for _, g := range order {
		if len(by[g]) > 0 {
			out = append(out, dimGroup{g, by[g]})
		}
	}
	return out
}

// defLink is the link from a word or column label to its entry on the
// Definitions page, with its one-line meaning as the title: the glossary
// word when there is one, else the column's entry; "" for neither.
func defLink(w string) template.HTML {
	id, short := "", ""
	if d := definitions.Lookup(w); d != nil {
		id, short = d.ID, d.Short
	} else {
		for _, c := range canon.Columns {
			if c.Name == w {
				id, short = "col-"+c.Name, c.Doc
			}
		}
	}
	if id == "" {
		return ""
	}
	e := template.HTMLEscapeString
	return template.HTML(fmt.Sprintf(`<a class="def" href="/definitions#%s" aria-label="Definition of %s" title="%s">?</a>`, e(id), e(dimLabel(w)), e(short)))
}

// storeChoices are the menu choices read from the store: the fiscal years
// some source covers (newest first) and, per dataset, the dimensions it
// has values for.
type storeChoices struct {
	FYs  []int
	Dims map[string]map[string]bool
}

// derivedDims are the dimensions computed from a stored column: a dataset
// has one when it has values in that column ("" = always).
var derivedDims = map[string]string{"month": "event_date", "week": "event_date", "date": "event_date", "year": "event_date", "fy": "event_date",
	"method_class": "method", "aor_name": "aor", "source": ""}

// formChoices are the form menus for this store: fiscal years the sources
// cover, and the group-by dimensions each dataset has values for (the
// store's FilledColumns: a column a release names but leaves empty or
// redacted in every row is not offered; the menu marks each option with
// its datasets and app.js hides the others).
func (s *Server) formChoices(r *http.Request) formChoices {
	c := choices()
	sc, err := cached(s, r, "choices", func(ctx context.Context, h *handle) (*storeChoices, error) {
		infos, err := h.st.SourceInfos(ctx)
		if err != nil {
			return nil, err
		}
		filled, err := h.st.FilledColumns(ctx)
		if err != nil {
			return nil, err
		}
		out := &storeChoices{Dims: map[string]map[string]bool{}}
		fys := map[int]bool{}
		for _, in := range infos {
			if in.Dataset == "" {
				continue
			}
			if in.HasCoverage {
				from, to := canon.FiscalYear(canon.DayOf(in.CoverageFrom)), canon.FiscalYear(canon.DayOf(in.CoverageTo))
				for y := from; y <= to && y-from < 60; y++ {
					fys[y] = true
				}
			} else if in.FYFromTitle > 0 {
				fys[in.FYFromTitle] = true
			}
		}
		for ds, cols := range filled {
			m := map[string]bool{}
			for col := range cols {
				m[col] = true
			}
			for d, base := range derivedDims {
				if base == "" && len(cols) > 0 || cols[base] {
					m[d] = true
				}
			}
			out.Dims[ds] = m
		}
		for y := range fys {
			out.FYs = append(out.FYs, y)
		}
		sort.Sort(sort.Reverse(sort.IntSlice(out.FYs)))
		return out, nil
	})
	if err != nil || sc == nil {
		return c
	}
	if len(sc.FYs) > 0 {
		c.FYs = sc.FYs
	}
	c.DatasetDims = sc.Dims
	return c
}

// dimDatasets lists the datasets whose sources have dimension d, for the
// menu's data-datasets attribute ("" when unknown: shown for all).
func (c formChoices) DimDatasets(d string) string {
	if c.DatasetDims == nil {
		return ""
	}
	var out []string
	for _, ds := range canon.Datasets {
		if c.DatasetDims[ds][d] {
			out = append(out, ds)
		}
	}
	if len(out) == 0 {
		return "-" // no dataset in the store has it
	}
	return strings.Join(out, " ")
}
