// Detention measures: questions about people in ICE detention, answered from
// two kinds of stored data: ICE's published detention-statistics workbooks
// (detstats_values, one table kind per published table) and the daily
// per-facility populations (facility_population). They come through the
// same front door as record counts (Parse, Engine.Run) and are answered in
// the same envelope (answer.Answer): the same coverage rule (a period no
// source covers is answered "not covered", never 0), the same provenance
// (every answer names the edition file, its SHA-256, sheet and cells) and
// the same `icestat count …` command that reproduces the answer.
//
// Published statistics are snapshots (currently detained, ATD participants,
// facility ADP: one value per edition, as of the edition's date) or monthly
// flows (book-ins, book-outs: one value per month, revised by later
// editions). Snapshots are answered from the edition whose as-of date is the
// latest on or before the date asked; flows from the latest edition that
// prints a month after it ended, with the first published value shown when a
// later edition revised it.
//
// No user string becomes SQL text: statements are fixed and values are
// bound parameters, through the store's read API (store.Table).

package query

import (
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/place"
)

// Measures answered, in help order.
var Measures = []string{"detained", "book-ins", "book-outs", "atd", "facility-adp", "held", "adp", "alos", "custody-length", "ice-removals"}

// IsMeasure reports whether s names a detention measure.
func IsMeasure(s string) bool {
	for _, m := range Measures {
		if m == s {
			return true
		}
	}
	return false
}

// byDims lists the --by dimensions of each measure.
var byDims = map[string][]string{
	"detained":     {"agency", "criminality"},
	"book-ins":     {"month", "agency"},
	"book-outs":    {"month", "reason"},
	"atd":          {"aor", "technology"},
	"facility-adp": {"facility", "state", "aor", "type", "threat_level"},
	"held":         {"facility", "state", "aor", "type", "type_grouped", "month", "date"},
	"adp":          {"agency", "criminality", "type", "month"},
	"alos":         {"agency", "criminality", "type", "month"},
	// days in custody: ICE's bands 0-180, 181-365, 366-730, more than 730
	"custody-length": {"population", "length"},
	"ice-removals":   {},
}

// Keys are the parameters Parse accepts (CLI flags and URL keys alike).
var DetentionKeys = []string{"dataset", "date", "month", "fy", "from", "to", "aor", "state", "facility", "type", "printed-by", "by"}

// DetentionQuestion is one detention question.
type DetentionQuestion struct {
	Measure  string
	Date     time.Time // snapshots: the date asked (zero: the latest edition)
	Months   []string  // YYYY-MM
	FY       int
	From, To time.Time
	AOR      string // AOR code
	State    string // postal code
	Facility string // facility code or name substring
	Type     string // facility type
	// PrintedBy, when set, answers from the editions ICE had published by
	// that day only: what a reader saw then. An article quotes the edition
	// current at its date, and ICE revises recent months in later editions.
	PrintedBy time.Time
	By        []string
}

// Parse reads a question from parameters named like the count flags.
func parseDetention(v url.Values) (*DetentionQuestion, error) {
	for k := range v {
		if !contains(DetentionKeys, k) {
			return nil, bad("unknown parameter %q for a detention measure (want %s)", k, strings.Join(DetentionKeys[1:], ", "))
		}
	}
	q := &DetentionQuestion{Measure: strings.ToLower(strings.TrimSpace(v.Get("dataset")))}
	if !IsMeasure(q.Measure) {
		return nil, bad("unknown detention measure %q (want one of %s)", q.Measure, strings.Join(Measures, ", "))
	}
	var err error
	if q.Date, err = dateTime(v, "date"); err != nil {
		return nil, err
	}
	if q.PrintedBy, err = dateTime(v, "printed-by"); err != nil {
		return nil, err
	}
	if q.From, err = dateTime(v, "from"); err != nil {
		return nil, err
	}
	if q.To, err = dateTime(v, "to"); err != nil {
		return nil, err
	}
	if !q.From.IsZero() && !q.To.IsZero() && q.To.Before(q.From) {
		return nil, bad("--to %s is before --from %s", day(q.To), day(q.From))
	}
	for _, m := range list(v["month"]) {
		if _, ok := canon.MonthInterval(m); !ok || !monthRe.MatchString(m) {
			return nil, bad("bad month %q (want YYYY-MM)", m)
		}
		if !contains(q.Months, m) {
			q.Months = append(q.Months, m)
		}
	}
	if s := strings.TrimPrefix(strings.ToUpper(strings.TrimSpace(v.Get("fy"))), "FY"); s != "" {
		y, err := strconv.Atoi(s)
		if err != nil || y < 2000 || y > 2100 {
			return nil, bad("bad fiscal year %q (want e.g. 2025)", s)
		}
		q.FY = y
	}
	if s := strings.TrimSpace(v.Get("aor")); s != "" {
		a, ok := place.LookupAOR(s)
		if !ok {
			return nil, bad("unknown area of responsibility %q", s)
		}
		q.AOR = a.Code
	}
	if s := strings.TrimSpace(v.Get("state")); s != "" {
		st, ok := place.LookupState(s)
		if !ok {
			return nil, bad("unknown state %q", s)
		}
		q.State = st.Code
	}
	q.Facility = strings.TrimSpace(v.Get("facility"))
	q.Type = strings.TrimSpace(v.Get("type"))
	for _, b := range list(v["by"]) {
		b = strings.ToLower(b)
		if !contains(byDims[q.Measure], b) {
			return nil, bad("unknown dimension %q for %s (want one of %s)", b, q.Measure, strings.Join(byDims[q.Measure], ", "))
		}
		if !contains(q.By, b) {
			q.By = append(q.By, b)
		}
	}
	return q, q.check()
}

// check refuses filters a measure cannot honour, rather than ignoring them.
func (q *DetentionQuestion) check() error {
	periods := 0
	if len(q.Months) > 0 {
		periods++
	}
	if q.FY > 0 {
		periods++
	}
	if !q.From.IsZero() || !q.To.IsZero() {
		periods++
	}
	switch q.Measure {
	case "detained", "atd", "facility-adp", "custody-length":
		if periods > 0 {
			return bad("%s is a count on a date: give --date YYYY-MM-DD (default: the latest edition), not a period", q.Measure)
		}
	case "book-ins", "book-outs":
		if !q.Date.IsZero() {
			return bad("%s are published by month: give --month, --fy or --from/--to, not --date", q.Measure)
		}
		if periods > 1 {
			return bad("give one of --month, --fy or --from/--to")
		}
		if !q.From.IsZero() && q.From.Day() != 1 || !q.To.IsZero() && q.To.AddDate(0, 0, 1).Day() != 1 {
			return bad("%s are published by month: --from must be a first and --to a last day of a month", q.Measure)
		}
	case "adp", "alos":
		// Averages: a month's or a year's value is ICE's own; averages of
		// several months cannot be added or averaged without their weights.
		if !q.Date.IsZero() || !q.From.IsZero() || !q.To.IsZero() {
			return bad("%s is published per month and per fiscal year: give one --month YYYY-MM or --fy YYYY, not --date or --from/--to", q.Measure)
		}
		if len(q.Months) > 1 {
			return bad("%s is an average: give one --month (the average of several months is not the mean of their averages; use --fy with --by month)", q.Measure)
		}
		if periods != 1 {
			return bad("%s is an average: give one --month YYYY-MM or --fy YYYY", q.Measure)
		}
		if contains(q.By, "type") && (contains(q.By, "agency") || contains(q.By, "criminality")) {
			return bad("ICE publishes %s by facility type and by arresting agency and criminality in separate tables: --by type goes alone (or with month)", q.Measure)
		}
	case "ice-removals":
		// ICE prints the fiscal year to date in every edition: a year's
		// total (--fy) or the year to date on a day (--date)
		if len(q.Months) > 0 || !q.From.IsZero() || !q.To.IsZero() || q.FY > 0 && !q.Date.IsZero() {
			return bad("ice-removals is ICE's fiscal-year-to-date total: give --fy YYYY (the year's total) or --date YYYY-MM-DD (the year to date in the edition in force), not --month or --from/--to")
		}
	case "held":
		if periods+boolInt(!q.Date.IsZero()) > 1 {
			return bad("give one of --date, --month, --fy or --from/--to")
		}
		if !q.PrintedBy.IsZero() {
			return bad("--printed-by selects published editions; held counts come from the daily facility populations, which have no editions")
		}
	}
	placeOK := map[string]bool{"atd": q.State == "" && q.Facility == "" && q.Type == "",
		"facility-adp": true, "held": true,
		"detained": q.AOR == "" && q.State == "" && q.Facility == "" && q.Type == "",
		"book-ins": q.AOR == "" && q.State == "" && q.Facility == "" && q.Type == "",
	}
	placeOK["book-outs"] = placeOK["book-ins"]
	placeOK["adp"], placeOK["alos"] = placeOK["book-ins"], placeOK["book-ins"]
	placeOK["custody-length"] = placeOK["book-ins"]
	placeOK["ice-removals"] = placeOK["book-ins"]
	if !placeOK[q.Measure] {
		switch q.Measure {
		case "atd":
			return bad("ICE publishes ATD participants nationally and by AOR only: use --aor")
		default:
			return bad("ICE publishes %s nationally only: no --aor, --state, --facility or --type (for people held in a place's facilities use `icestat count held`)", q.Measure)
		}
	}
	return nil
}

func (q *DetentionQuestion) flags() [][2]string {
	var out [][2]string
	add := func(k, v string) { out = append(out, [2]string{k, v}) }
	if q.AOR != "" {
		add("aor", q.AOR)
	}
	if q.State != "" {
		add("state", q.State)
	}
	if q.Facility != "" {
		add("facility", q.Facility)
	}
	if q.Type != "" {
		add("type", q.Type)
	}
	if !q.Date.IsZero() {
		add("date", day(q.Date))
	}
	for _, m := range q.Months {
		add("month", m)
	}
	if q.FY > 0 {
		add("fy", strconv.Itoa(q.FY))
	}
	if !q.From.IsZero() {
		add("from", day(q.From))
	}
	if !q.To.IsZero() {
		add("to", day(q.To))
	}
	if !q.PrintedBy.IsZero() {
		add("printed-by", day(q.PrintedBy))
	}
	if len(q.By) > 0 {
		add("by", strings.Join(q.By, ","))
	}
	return out
}

func dateTime(v url.Values, key string) (time.Time, error) {
	s := strings.TrimSpace(v.Get(key))
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, bad("bad --%s %q (want YYYY-MM-DD)", key, s)
	}
	return t, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}
