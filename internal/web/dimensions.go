package web

import (
	"fmt"
	"html/template"
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
