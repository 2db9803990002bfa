package detstats

import (
	"regexp"
	"strings"
)

// A kind is a stable name for a table that ICE publishes edition after
// edition, whatever the sheet, position or wording of the year. Kinds are
// matched on the title (lower case, fiscal-year tokens, dates and footnote
// marks removed), first rule first; where a title alone is ambiguous the
// sheet name or first column header decides.
type kindRule struct {
	kind  string
	title *regexp.Regexp
	sheet *regexp.Regexp // optional
	key   *regexp.Regexp // optional: first key column header
}

func rule(kind, title string) kindRule { return kindRule{kind: kind, title: regexp.MustCompile(title)} }

var kindRules = []kindRule{
	// Detention: current population.
	rule("detained_by_agency_criminality", `^ice currently detained by criminality and arresting agency`),
	rule("detained_by_disposition_facility_type", `^ice currently detained by processing disposition`),
	rule("stateless_detained_by_facility", `^ice currently detained of stateless`),
	rule("transgender_detainees", `transgender`),
	// Detention: flows by month.
	rule("book_ins_by_agency_month", `^ice initial book-ins by arresting agency`),
	rule("book_ins_by_facility_type_criminality", `^ice initial book-ins by (facility type and )?criminality`),
	rule("book_outs_by_reason", `^ice final (releases|book outs) by release reason`),
	rule("book_outs_by_facility_type", `^ice final (releases|book outs)( by facility type)?\s*:?\s*$`),
	rule("removals_by_facility_type", `^ice removals`),
	rule("bond_book_outs_monthly", `^bonded out (releases|book outs)`),
	// Detention: average daily population and length of stay.
	rule("adp_by_agency_criminality", `^ice average daily population by arresting agency`),
	rule("adp_by_facility_type", `^ice average daily population by (facility type and )?month`),
	rule("alos_adult_by_agency", `^ice average length of stay adult`),
	rule("alos_by_agency_criminality", `^ice average length of stay by arresting agency`),
	rule("alos_by_facility_type", `^ice average length of stay by (facility type and )?month`),
	rule("iclos_average", `^average in custody length of stay`),
	{kind: "iclos_detainees_by_length", title: regexp.MustCompile(`^detainees$`), sheet: regexp.MustCompile(`(?i)iclos`)},
	// Credible fear.
	rule("fear_decision_to_release_days", `^average time from uscis fear decision`),
	rule("fear_detained_by_aor", `with uscis-established fear decisions in an ice detention facility by aor`),
	rule("fear_detained_by_facility_type", `with uscis-established fear decisions in an ice detention facility`),
	rule("fear_detained_by_days_in_custody", `^currently detained credible and reasonable fear`),
	rule("credible_fear_parole_status", `positive credible fear determination parole status`),
	rule("credible_fear_parole_requested", `positive credible fear determination parole requested`),
	rule("famu_released", `^family unit individuals released`),
	// Alternatives to detention.
	rule("atd_by_status", `^atd active population by status`),
	rule("atd_by_aor", `^active atd participants`),
	rule("atd_by_technology", `^atd active population counts`),
	rule("atd_court_final_hearings", `court appearance: final hearings`),
	rule("atd_court_total_hearings", `court appearance: total hearings`),
	{kind: "atd_by_status", title: regexp.MustCompile(`^ice alternatives to detention data`), key: regexp.MustCompile(`(?i)famu status`)},
	// Facilities.
	rule("facility_adp", `^ice facilities data`),
	rule("facility_adp", `^facilities\b`),
	// Semiannual.
	rule("usc_arrests", `^united states citizens? arrests`),
	rule("usc_book_ins", `^united states citizens? bookins`),
	rule("usc_removals", `^united states citizens? removals`),
	rule("usc_parents_arrests", `^parents of usc arrests`),
	rule("usc_parents_book_ins", `^parents of usc bookins`),
	rule("usc_parents_removals", `^parents of usc removals`),
	rule("tps_arrests_by_country", `^temporary protected status countries arrests`),
	rule("tps_book_ins_by_country", `^temporary protected status countries bookins`),
	rule("tps_removals_by_country", `^temporary protected status countries removals`),
	rule("armed_forces_arrests", `^united states armed forces (alien|noncitizen|non-citizen)s? arrests`),
	rule("armed_forces_book_ins", `^united states armed forces (alien|noncitizen|non-citizen)s? bookins`),
	rule("armed_forces_removals", `^united states armed forces (alien|noncitizen|non-citizen)s? removals`),
	// Segregation.
	{kind: "segregation_by_reason", title: regexp.MustCompile(`quarter \d data`), key: regexp.MustCompile(`(?i)placement reason`)},
	{kind: "segregation_by_facility", title: regexp.MustCompile(`^((january|february|march|april|may|june|july|august|september|october|november|december) \d{4}|ice segregation population)`), sheet: regexp.MustCompile(`(?i)segregation`)},
}

// Kinds lists every kind name, in rule order without repeats.
func Kinds() []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range kindRules {
		if !seen[r.kind] {
			seen[r.kind] = true
			out = append(out, r.kind)
		}
	}
	return out
}

func classify(t *Table) string {
	title := normTitle(t.Title)
	key := ""
	if len(t.KeyNames) > 0 {
		key = t.KeyNames[len(t.KeyNames)-1]
		if t.KeyNames[0] != "section" {
			key = t.KeyNames[0]
		}
	}
	for _, r := range kindRules {
		if !r.title.MatchString(title) {
			continue
		}
		if r.sheet != nil && !r.sheet.MatchString(strings.TrimSpace(t.Sheet)) {
			continue
		}
		if r.key != nil && !r.key.MatchString(key) {
			continue
		}
		return r.kind
	}
	return ""
}
