// Package canon defines icestat's canonical record: the five datasets, the
// typed columns every dataset table shares, how the header names of each ICE
// release map onto those columns, and how raw cell text becomes a typed value
// (dates, fiscal years, redaction markers, areas of responsibility). It is
// pure Go so that parsing can be tested without the store.
package canon

import "fmt"

// Datasets are the canonical event tables, one row per event.
var Datasets = []string{"encounters", "arrests", "detainers", "detentions", "removals"}

// IsDataset reports whether name is one of Datasets.
func IsDataset(name string) bool {
	for _, d := range Datasets {
		if d == name {
			return true
		}
	}
	return false
}

// KeyDateDoc says which released field becomes event_date in each dataset.
var KeyDateDoc = map[string]string{
	"encounters": "Event Date",
	"arrests":    "Apprehension Date / Arrest Date",
	"detainers":  "Detainer Prepare Date",
	"detentions": "Book In Date (start of the stay or stint)",
	"removals":   "Removal Date, else Departed Date",
}

// Kind is the storage type of a canonical column.
type Kind int

const (
	Text Kind = iota
	Date
	Int
	Bool
)

// SQLType is the DuckDB type used for the kind.
func (k Kind) SQLType() string {
	switch k {
	case Date:
		return "DATE"
	case Int:
		return "INTEGER"
	case Bool:
		return "BOOLEAN"
	}
	return "VARCHAR"
}

// Column is one canonical column.
type Column struct {
	Name string
	Kind Kind
	Doc  string
}

// Columns is the canonical column list shared by every dataset table, in
// table order. Sharing one list keeps the query layer uniform: a filter on a
// column a release never had simply finds NULL there. The bookkeeping columns
// (redacted, extra, source_id, source_row) follow these in the table.
var Columns = []Column{
	{"event_date", Date, "the dataset's key date (see the definition of key date)"},
	{"event_time", Text, "time of day of the key date (HH:MM:SS) where the release gives one; used by the possible-duplicate rule"},
	{"fy", Int, "federal fiscal year of event_date (FY N = 1 Oct N-1 .. 30 Sep N); from the source title when the release has no key date column"},
	{"aor", Text, "area of responsibility code (BOS); NULL when absent or unrecognised"},
	{"aor_name", Text, "area of responsibility short name (Boston), or the raw text when unrecognised"},
	{"state", Text, "state postal code where the release has a state (apprehension state)"},
	{"county", Text, "county as released"},
	{"country", Text, "country of citizenship, upper case as released"},
	{"birth_country", Text, "country of birth"},
	{"gender", Text, "gender as released"},
	{"birth_date", Date, "birth date (nearly always redacted)"},
	{"birth_year", Int, "birth year"},
	{"criminality", Text, "convicted, pending or other, from the release's criminality field"},
	{"criminality_raw", Text, "criminality as released (1 Convicted Criminal, ...)"},
	{"msc", Text, "most serious conviction"},
	{"method", Text, "apprehension or arrest method as released"},
	{"apprehension_type", Text, "Targeted / Collateral (filled from August 2025)"},
	{"landmark", Text, "apprehension landmark or encounter landmark"},
	{"operation", Text, "operation"},
	{"disposition", Text, "processing disposition (or its code in removals)"},
	{"program", Text, "final program"},
	{"program_group", Text, "final program group"},
	{"case_status", Text, "case status"},
	{"case_category", Text, "case category"},
	{"final_order", Bool, "final order of removal (yes/no) as of data extraction"},
	{"final_order_date", Date, "date of the final order"},
	{"apprehension_date", Date, "apprehension date where it is not the key date (removals, detainers)"},
	{"departed_date", Date, "departed date"},
	{"removal_date", Date, "removal date"},
	{"departure_country", Text, "country departed to"},
	{"port_of_departure", Text, "port of departure"},
	{"threat_level", Text, "RC threat level"},
	{"charge_section", Text, "final charge section"},
	{"facility", Text, "detention facility, or for detainers the jail or prison that received the request"},
	{"facility_code", Text, "detention facility code"},
	{"facility_city", Text, "facility city"},
	{"facility_state", Text, "facility state"},
	{"facility_aor", Text, "facility area of responsibility code"},
	{"detainer_type", Text, "detainer type"},
	{"lift_reason", Text, "detainer lift reason"},
	{"book_out_date", Date, "book-out date of the detention row (the stint's Detention Book Out Date Time, or Book Out Date)"},
	{"release_reason", Text, "release reason of the detention row (Detention Release Reason; Transferred = moved to another facility)"},
	{"stay_book_in_date", Date, "first book-in of the whole detention stay the row belongs to"},
	{"stay_book_out_date", Date, "final book-out of the stay (empty while the person is detained as of extraction)"},
	{"stay_release_reason", Text, "release reason of the stay (Removed, Bonded Out, ...)"},
	{"person_key", Text, "anonymized person identifier (links rows within one release only)"},
	{"release", Text, "the release (FOIA number) the row came from"},
}

// Bookkeeping columns stored after Columns in every dataset table.
const (
	ColRedacted  = "redacted"   // comma-separated canonical names of the row's redacted cells
	ColExtra     = "extra"      // JSON object: released header -> raw value, for unmapped columns
	ColSourceID  = "source_id"  // sources.id
	ColSourceRow = "source_row" // 1-based line (text) or row (sheet) number in the original file
)

// ColumnIndex maps a canonical column name to its position in Columns.
var ColumnIndex = func() map[string]int {
	m := make(map[string]int, len(Columns))
	for i, c := range Columns {
		m[c.Name] = i
	}
	return m
}()

// MustColumn returns the index of a canonical column and panics on a
// programming error (a misspelt name in this package's tables).
func MustColumn(name string) int {
	i, ok := ColumnIndex[name]
	if !ok {
		panic(fmt.Sprintf("canon: no column %q", name))
	}
	return i
}
