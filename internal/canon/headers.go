package canon

import (
	"strings"
	"unicode"
)

// HeaderKey folds a released header to the form used for matching: lower
// case, every run of non-alphanumeric characters turned into one underscore.
// "Country of Citizenship", "country_of_citizenship" and "COUNTRY OF
// CITIZENSHIP " all fold to "country_of_citizenship", so the raw ICE layout
// and the cleaned snake_case exports share one alias table.
func HeaderKey(h string) string {
	var b strings.Builder
	sep := false
	for _, r := range strings.TrimSpace(h) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if sep && b.Len() > 0 {
				b.WriteByte('_')
			}
			sep = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			sep = true
		}
	}
	return b.String()
}

// keyDateAliases lists, per dataset, the folded headers that hold the key
// date, in order of preference.
var keyDateAliases = map[string][]string{
	"encounters": {"event_date", "encounter_date"},
	"arrests":    {"apprehension_date", "arrest_date"},
	"detainers":  {"detainer_prepare_date", "detainer_prepared_date"},
	// Detention rows are stints (one per facility) in the 2023–2026
	// releases: the row's own Book In Date Time is the key date; the stay's
	// book-in is the key only in layouts that have no per-row book-in.
	"detentions": {"book_in_date", "book_in_date_time", "initial_book_in_date", "stay_book_in_date_time", "stay_book_in_date"},
	"removals":   {"removal_date", "departed_date", "departure_date"},
}

// aliases maps folded headers to canonical columns for every dataset. Names
// come from the releases themselves (see ../shared/docs/DOMAIN.md), misspellings
// included ("citizenship_county", "anonymized_identifer").
var aliases = map[string]string{
	"area_of_responsibility":         "aor",
	"event_area_of_responsibility":   "aor",
	"apprehension_aor":               "aor",
	"responsible_aor":                "aor",
	"toa_current_duty_aor":           "aor",
	"case_aor":                       "aor",
	"docket_aor":                     "aor",
	"aor":                            "aor",
	"apprehension_state":             "state",
	"state":                          "state",
	"apprehension_county":            "county",
	"county":                         "county",
	"citizenship":                    "country",
	"country_of_citizenship":         "country",
	"citizenship_country":            "country",
	"citizenship_county":             "country",
	"birth_country":                  "birth_country",
	"country_of_birth":               "birth_country",
	"gender":                         "gender",
	"sex":                            "gender",
	"birth_date":                     "birth_date",
	"date_of_birth":                  "birth_date",
	"dob":                            "birth_date",
	"birth_year":                     "birth_year",
	"year_of_birth":                  "birth_year",
	"apprehension_criminality":       "criminality_raw",
	"criminality":                    "criminality_raw",
	"detainer_criminality":           "criminality_raw",
	"detainer_prepared_criminality":  "criminality_raw",
	"book_in_criminality":            "criminality_raw",
	"stay_book_in_criminality":       "criminality_raw",
	"encounter_criminality":          "criminality_raw",
	"most_serious_conviction":        "msc",
	"most_serious_conviction_charge": "msc",
	"msc_charge":                     "msc",
	"apprehension_method":            "method",
	"arrest_method":                  "method",
	"apprehension_type":              "apprehension_type",
	"apprehension_landmark":          "landmark",
	"apprehension_site_landmark":     "landmark",
	"landmark":                       "landmark",
	"event_landmark":                 "landmark",
	"operation":                      "operation",
	"processing_disposition":         "disposition",
	"processing_disposition_code":    "disposition",
	"final_program":                  "program",
	"final_program_group":            "program_group",
	"case_status":                    "case_status",
	"case_category":                  "case_category",
	"final_order_yes_no":             "final_order",
	"final_order":                    "final_order",
	"final_order_date":               "final_order_date",
	"apprehension_date":              "apprehension_date",
	"arrest_date":                    "apprehension_date",
	"departed_date":                  "departed_date",
	"departure_date":                 "departed_date",
	"removal_date":                   "removal_date",
	"departure_country":              "departure_country",
	"port_of_departure":              "port_of_departure",
	"rc_threat_level":                "threat_level",
	"threat_level":                   "threat_level",
	"final_charge_section":           "charge_section",
	"detention_facility":             "facility",
	"facility":                       "facility",
	"detention_facility_code":        "facility_code",
	"facility_code":                  "facility_code",
	"facility_city":                  "facility_city",
	"facility_state":                 "facility_state",
	"facility_aor":                   "facility_aor",
	"detainer_type":                  "detainer_type",
	"detainer_lift_reason":           "lift_reason",
	"lift_reason":                    "lift_reason",
	"book_out_date":                  "book_out_date",
	"book_out_date_time":             "book_out_date",
	"detention_book_out_date_time":   "book_out_date",
	"detention_book_out_date":        "book_out_date",
	"release_reason":                 "release_reason",
	"detention_release_reason":       "release_reason",
	"stay_book_in_date_time":         "stay_book_in_date",
	"stay_book_in_date":              "stay_book_in_date",
	"stay_book_out_date_time":        "stay_book_out_date",
	"stay_book_out_date":             "stay_book_out_date",
	"stay_release_reason":            "stay_release_reason",
	"detainer_prep_threat_level":     "threat_level",
	"case_threat_level":              "threat_level",
	"data_source":                    "release",
	"release":                        "release",
	"unique_id":                      "person_key",
	"unique_identifier":              "person_key",
	"anonymized_identifier":          "person_key",
	"anonymized_identifer":           "person_key",
}

// Mapping says where each column of a released table goes.
type Mapping struct {
	Dataset string
	Headers []string // as released, trimmed
	// Target[i] is the canonical column index for header i, or -1 when the
	// header is kept in the extra JSON under its released name.
	Target []int
	// KeyDate is the header index that feeds event_date, or -1 when the
	// release has no key-date column (e.g. Seattle removals sheets).
	KeyDate int
}

// MapHeaders builds the mapping of a header row for a dataset. The first
// header claiming a canonical column wins; later duplicates go to extra so
// nothing is lost.
func MapHeaders(dataset string, headers []string) Mapping {
	m := Mapping{Dataset: dataset, Headers: make([]string, len(headers)), Target: make([]int, len(headers)), KeyDate: -1}
	taken := map[int]bool{}
	keys := make([]string, len(headers))
	for i, h := range headers {
		m.Headers[i] = strings.TrimSpace(h)
		keys[i] = HeaderKey(h)
		m.Target[i] = -1
	}
	ev := ColumnIndex["event_date"]
	for _, want := range keyDateAliases[dataset] {
		for i, k := range keys {
			if k == want {
				m.KeyDate, m.Target[i] = i, ev
				taken[ev] = true
				break
			}
		}
		if m.KeyDate >= 0 {
			break
		}
	}
	for i, k := range keys {
		if i == m.KeyDate || k == "" {
			continue
		}
		name, ok := aliases[k]
		if !ok {
			continue
		}
		c := ColumnIndex[name]
		if taken[c] {
			continue
		}
		taken[c] = true
		m.Target[i] = c
	}
	return m
}

// KnownHeaderCount counts the cells of a row that are recognised headers. It
// is how a header row is found by content rather than by line number.
func KnownHeaderCount(cells []string) int {
	n := 0
	for _, c := range cells {
		k := HeaderKey(c)
		if k == "" {
			continue
		}
		if _, ok := aliases[k]; ok {
			n++
			continue
		}
		for _, ds := range keyDateAliases {
			for _, a := range ds {
				if a == k {
					n++
					goto next
				}
			}
		}
	next:
	}
	return n
}

// datasetWords are the words of titles and sheet names that name a dataset.
var datasetWords = []struct{ word, dataset string }{
	{"encounter", "encounters"},
	{"arrest", "arrests"},
	{"apprehension", "arrests"},
	{"removal", "removals"},
	{"deportation", "removals"},
	{"detainer", "detainers"},
	{"book in", "detentions"},
	{"book-in", "detentions"},
	{"bookin", "detentions"},
	{"detention stay", "detentions"},
	{"detention", "detentions"},
}

// DatasetFromText names the dataset a title or sheet name speaks of, or ""
// when it names none or several ("Encounters, Arrests, and Removals").
func DatasetFromText(s string) string {
	s = strings.ToLower(s)
	found := ""
	for _, w := range datasetWords {
		if strings.Contains(s, w.word) {
			if found != "" && found != w.dataset {
				// "detention" also occurs inside "book ins into detention";
				// keep the more specific earlier match.
				if w.dataset == "detentions" && found == "detentions" {
					continue
				}
				return ""
			}
			found = w.dataset
		}
	}
	return found
}

// DatasetFromHeaders infers the dataset from which key-date header is
// present, the most reliable signal when titles are missing or ambiguous.
func DatasetFromHeaders(headers []string) string {
	has := map[string]bool{}
	for _, h := range headers {
		has[HeaderKey(h)] = true
	}
	switch {
	case has["detainer_prepare_date"] || has["detainer_prepared_date"]:
		return "detainers"
	case has["book_in_date"] || has["stay_book_in_date_time"] || has["book_in_date_time"] || has["stay_book_in_date"]:
		return "detentions"
	case has["event_date"]:
		// before removals: the 2023–2026 encounters carry Departed Date too
		return "encounters"
	case has["removal_date"] || (has["departed_date"] || has["departure_date"]) && !has["apprehension_method"]:
		return "removals"
	case has["apprehension_date"] || has["arrest_date"]:
		if has["apprehension_method"] || has["arrest_method"] {
			return "arrests"
		}
	}
	return ""
}

// InferDataset decides the dataset of a table from, in order, its sheet name,
// its title and its headers; the first that names exactly one dataset wins,
// except that a header-based answer overrides a name that disagrees with the
// key-date columns present.
func InferDataset(sheet, title string, headers []string) string {
	byHeaders := DatasetFromHeaders(headers)
	for _, s := range []string{sheet, title} {
		if d := DatasetFromText(s); d != "" {
			if byHeaders != "" && byHeaders != d && len(keyDateAliasesPresent(d, headers)) == 0 {
				return byHeaders
			}
			return d
		}
	}
	return byHeaders
}

func keyDateAliasesPresent(dataset string, headers []string) []string {
	var out []string
	for _, h := range headers {
		k := HeaderKey(h)
		for _, a := range keyDateAliases[dataset] {
			if a == k {
				out = append(out, h)
			}
		}
	}
	return out
}

// IsKeyDateHeader reports whether a folded header names the key date of
// some dataset.
func IsKeyDateHeader(key string) bool {
	for _, ds := range keyDateAliases {
		for _, a := range ds {
			if a == key {
				return true
			}
		}
	}
	return false
}
