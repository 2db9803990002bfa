// Package definitions fixes, in one place, the meaning of every derived
// figure icestat reports: which apprehension methods are at-large and which
// custodial, which criminality classes are "criminal", how fiscal years,
// months, areas of responsibility and states are derived, what a final order
// means and what a possible duplicate is. Counts and reports cite Version so
// a published number can be traced to the rules that produced it.
//
// The rules are data, not code paths: the query layer turns them into SQL
// CASE expressions built only from the constant lists below, never from
// user input.
package definitions

import (
	"fmt"
	"sort"
	"strings"
)

// Version identifies this set of definitions. Bump it whenever a rule below
// changes what a count returns.
const Version = "icestat-definitions/1"

// Method classes.
const (
	AtLarge   = "at-large"
	Custodial = "custodial"
	Other     = "other"   // known methods that are neither (border, inspections, disputed)
	Unknown   = "unknown" // empty, redacted, or a value no scheme lists
)

// MethodScheme is one published mapping of apprehension methods to classes.
type MethodScheme struct {
	Name      string
	Source    string
	AtLarge   []string
	Custodial []string
	Other     []string // listed explicitly so that new values are told apart as unknown
	Note      string
}

// allMethods are the apprehension-method values seen in the releases
// (2019-ICFO-53623, the Seattle productions, ../shared/docs/DOMAIN.md).
var allMethods = []string{
	"287(g) Program", "Anti-Smuggling", "Boat Patrol", "CAP Federal Incarceration",
	"CAP Local Incarceration", "CAP State Incarceration", "Criminal Alien Program",
	"Crewman/Stowaway", "Custodial Arrest", "ERO Reprocessed Arrest", "Inspections",
	"Law Enforcement Agency Response Unit", "Located", "Non-Custodial Arrest",
	"Organized Crime Drug Enforcement Task Force", "Other Agency (turned over to INS)",
	"Other efforts", "Other Task Force", "Patrol Border", "Patrol Interior", "Probation and Parole",
	"Traffic Check", "Transportation Check Aircraft", "Transportation Check Bus",
	"Transportation Check Freight Train", "Transportation Check Passenger Train", "Worksite Enforcement",
}

var capMethods = []string{"CAP Federal Incarceration", "CAP Local Incarceration", "CAP State Incarceration", "Criminal Alien Program", "Custodial Arrest"}

func rest(listed ...[]string) []string {
	seen := map[string]bool{}
	for _, l := range listed {
		for _, v := range l {
			seen[v] = true
		}
	}
	var out []string
	for _, m := range allMethods {
		if !seen[m] {
			out = append(out, m)
		}
	}
	return out
}

func join(ls ...[]string) []string {
	var out []string
	for _, l := range ls {
		out = append(out, l...)
	}
	return out
}

// Schemes are the method mappings icestat knows. The first is the default.
var Schemes = func() []MethodScheme {
	icestat := MethodScheme{
		Name:      "icestat",
		Source:    "icestat's default: at-large as UWCHR and East, Patler & Cox use it (ICE's own reports add Probation and Parole: scheme ice); custodial = handed over by a jail, prison or partner agency",
		AtLarge:   []string{"Located", "Non-Custodial Arrest", "Worksite Enforcement"},
		Custodial: join(capMethods, []string{"287(g) Program", "Probation and Parole", "Law Enforcement Agency Response Unit", "Other Agency (turned over to INS)"}),
		Note:      "ERO Reprocessed Arrest, Other Task Force, Patrol Interior and Other efforts are disputed and kept as other, with border and inspection methods.",
	}
	icestat.Other = rest(icestat.AtLarge, icestat.Custodial)
	ddp := MethodScheme{
		Name:    "ddp",
		Source:  "Deportation Data Project FAQ: Located and Non-Custodial Arrest are 'more likely community' arrests",
		AtLarge: []string{"Located", "Non-Custodial Arrest"},
	}
	ddp.Custodial = rest(ddp.AtLarge)
	uwchr := MethodScheme{
		Name:      "uwchr",
		Source:    "UWCHR (2026 analysis)",
		AtLarge:   []string{"Non-Custodial Arrest", "Located", "Worksite Enforcement"},
		Custodial: capMethods,
	}
	uwchr.Other = rest(uwchr.AtLarge, uwchr.Custodial)
	epc := MethodScheme{
		Name:    "epc",
		Source:  "East, Patler & Cox",
		AtLarge: []string{"Located", "Non-Custodial Arrest", "Worksite Enforcement"},
		Custodial: join(capMethods, []string{"287(g) Program", "Anti-Smuggling", "ERO Reprocessed Arrest",
			"Law Enforcement Agency Response Unit", "Organized Crime Drug Enforcement Task Force", "Other Agency (turned over to INS)",
			"Other Task Force", "Probation and Parole", "Patrol Border", "Patrol Interior"}),
	}
	epc.Other = rest(epc.AtLarge, epc.Custodial)
	newsroom := MethodScheme{
		Name:    "newsroom",
		Source:  "a newsroom workshop template",
		AtLarge: []string{"Non-Custodial Arrest", "Located", "ERO Reprocessed Arrest", "Other efforts", "Other Task Force", "Patrol Interior", "Worksite Enforcement"},
		Custodial: join(capMethods, []string{"287(g) Program", "Probation and Parole", "Law Enforcement Agency Response Unit",
			"Other Agency (turned over to INS)", "Organized Crime Drug Enforcement Task Force"}),
	}
	newsroom.Other = rest(newsroom.AtLarge, newsroom.Custodial)
	return []MethodScheme{icestat, ddp, uwchr, epc, newsroom, iceScheme()}
}()

// Scheme returns the named method scheme ("" is the default).
func Scheme(name string) (MethodScheme, error) {
	if name == "" {
		return Schemes[0], nil
	}
	var names []string
	for _, s := range Schemes {
		if s.Name == name {
			return s, nil
		}
		names = append(names, s.Name)
	}
	return MethodScheme{}, fmt.Errorf("unknown method scheme %q (want %s)", name, strings.Join(names, ", "))
}

// Class returns the class of a method value under the scheme.
func (s MethodScheme) Class(method string) string {
	m := strings.ToLower(strings.TrimSpace(method))
	for _, l := range []struct {
		vals  []string
		class string
	}{{s.AtLarge, AtLarge}, {s.Custodial, Custodial}, {s.Other, Other}} {
		for _, v := range l.vals {
			if strings.ToLower(v) == m {
				return l.class
			}
		}
	}
	return Unknown
}

// Methods returns the values of one class under the scheme, sorted.
func (s MethodScheme) Methods(class string) []string {
	var out []string
	switch class {
	case AtLarge:
		out = append(out, s.AtLarge...)
	case Custodial:
		out = append(out, s.Custodial...)
	case Other:
		out = append(out, s.Other...)
	}
	sort.Strings(out)
	return out
}

// Criminality filters accepted by --criminality.
var CriminalityFilters = map[string][]string{
	"convicted": {"convicted"},
	"pending":   {"pending"},
	"other":     {"other"},
	"criminal":  {"convicted", "pending"},
	"unknown":   nil,
}

// Definition is one documented rule, as printed by `icestat definitions`.
type Definition struct {
	Term   string
	Rule   string
	Limits string
}

// All lists every definition, in the order `icestat definitions` prints them.
func All() []Definition {
	s := Schemes[0]
	return append([]Definition{
		{"fiscal year", "FY N runs from 1 October N-1 to 30 September N, applied to the dataset's key date (event_date). When a release has no key-date column (e.g. the Seattle workbook's encounters and removals sheets), the fiscal year its title names is used and event_date is NULL.", "Monthly and date queries cannot use such rows; they are counted only by fiscal year."},
		{"time zones", "A key date given as a date, or as a date and time without a zone, is taken as written. A value with a zone or offset (Parquet TIMESTAMP WITH TIME ZONE, or text such as 2018-10-01 02:00:00+00) is an instant: its date is the date it has in UTC, whatever the zone of the machine that ingests it; no release states another zone for its dates.", "An instant near midnight UTC falls on the previous local day in the Americas: such a release counted by local dates would move rows across days, months and fiscal years."},
		{"rows that are not records", "A row of a table is skipped, not stored and not rejected, when it is blank (every cell empty or white space), a repeat of the header, a total row (first cell Total, Grand total, Subtotal) without a key date, a single text cell reading like a note, source line or title, or a second header and everything below it (a second table). Rows with a key date are always records. Skipped rows are counted per source by reason (sources.rows_skipped, skip_reasons): rows_read = rows_stored + rows_rejected + rows_skipped.", "A row holding only a place name or a redaction marker stays a record."},
		{"merged cells", "In a workbook, a cell inside a merged range below the header takes the range's top-left value (counted per source as merged_filled), as a reader of the sheet sees it. Hidden and very hidden sheets are not stored unless ingest --include-hidden.", ""},
		{"key date", "encounters: Event Date; arrests: Apprehension/Arrest Date; detainers: Detainer Prepare Date; detentions: Book In Date; removals: Removal Date, else Departed Date.", "Removals are counted when the person left, not when arrested."},
		{"month, week", "month = the calendar month of event_date (YYYY-MM); week = the ISO week starting Monday that contains event_date.", ""},
		{"area of responsibility (AOR)", "The ERO field office responsible for the record, as the release names it (Area of Responsibility, Event AOR, Apprehension AOR, TOA Current Duty AOR, Case/Docket AOR), normalised to its three-letter code. Releases scoped to one AOR by their title (the Seattle productions) get that AOR.", "An AOR is not a state: Boston AOR covers MA, ME, NH, RI and VT (and CT in some years)."},
		{"state", "The record's own state (Apprehension State / State) where the release has one. Otherwise a state filter selects the AOR(s) covering the state through the county reference (county_aor.csv), and the answer warns that it counts the whole AOR.", "The 2019-era releases carry no state: state figures from them are AOR figures."},
		{"criminality", "convicted = '1 Convicted Criminal', pending = '2 Pending Criminal Charges', other = '3 Other Immigration Violator'; criminal = convicted or pending (ICE's 'with criminal history'). Anything else is unknown.", "Charges include foreign ones where ICE records them; releases before 2023 have no criminality field and answer unknown."},
		{"method class (" + s.Name + " scheme)", fmt.Sprintf("at-large = %s; custodial = %s; other = %s; unknown = empty, redacted or unlisted values.", strings.Join(s.Methods(AtLarge), ", "), strings.Join(s.Methods(Custodial), ", "), strings.Join(s.Methods(Other), ", ")), s.Note + " Other published schemes (--method-scheme ddp|uwchr|epc|newsroom|ice) move these figures; reports show by how much."},
		{"final order", "final_order = YES in 'Final Order Yes No': an order of removal exists as of the date the data were extracted, not necessarily at arrest. 'Had a removal order when arrested' needs final_order_date on or before the arrest date.", "Pending proceedings are not final orders."},
		{"possible duplicate", "Arrests: within one person (person_key and release), a new arrest episode starts when more than 24 hours have passed since the person's previous arrest; the later rows of an episode are possible duplicates (the Deportation Data Project's current rule). Other datasets: the same person with the same key date as their previous row. count --dedupe leaves possible duplicates out; every answer on rows with person keys says how many it holds. Rows without a person key are never duplicates: ICE's totals count identical rows.", "Where a release gives dates without a time, arrests on the same or the next calendar day fall in one episode. An older rule flagged every row within 24 hours of another; filtering on it undercounts. Person keys link rows within one release only."},
		{"overlapping sources", "For each dataset, place and period one source is used: national releases before AOR-scoped ones, complete releases before program subsets (e.g. Criminal Alien Program only), then the newer release (the later FOIA request: by year, then by number within one office code; of two date tags given with ingest --release, the later date; a date and a FOIA number are not ordered), then the one whose coverage ends latest, then the latest ingested. The sheets of one file holding one dataset (a table split at Excel's row limit, or one sheet per year) are parts of one table and never shadow one another. Rows of a source that a preferred source also covers are left out, never added twice. --source picks sources explicitly.", "A preferred source may differ from the left-out one (different extraction dates)."},
		{"coverage", "A period is covered when the sources used for the place hold it entirely (coverage from the release title, else from the first and last event dates); only a release that speaks for the whole place covers it — national, or scoped to the place's AOR, never a program subset, and never a source with zero rows. A count over a period that is not fully covered is labelled partial; with no covering source no count is given. A count over all time names the uncovered periods inside its span.", "A preferred source with less than half the rows of a source it supersedes for the same place and period is flagged (source check)."},
		{"coverage per group", "Every row of a grouped answer carries a coverage status decided by the same rule for the row's own place and period: complete, partial, subset (only a program-subset or single-AOR release speaks for it) or none. The total adds only the rows the question allows: rows of releases that do not speak for the place count only inside periods the place's covering releases cover, so a national series never mixes in years only the Seattle release holds; those groups are left out and listed (groups_left_out), or shown flagged subset with --include-partial-sources. Rows without a usable key date are in no month and are warned about.", ""},
		{"filter values", "A filter value (country, gender, operation, method, landmark, --where on a text column) that occurs in no stored source of the dataset is refused with up to three nearest values present; --allow-absent counts it anyway and the answer says the value is not present in any source. Persons, --dedupe and follow need person keys: without any they are not available, never 0.", ""},
		{"redaction", "A cell holding a FOIA exemption marker ((b)(6), (b)(7)(C), (b)(7)(E), in any spelling) is stored as NULL and counted as redacted per source and column, apart from empty cells.", "Redacted values are unknown, not absent."},
	}, append(modernDefinitions(), agencyDefinitions()...)...)
}
