// Package detention answers questions about people in ICE detention from
// two kinds of stored data: ICE's published detention-statistics workbooks
// (detstats_values, one table kind per published table) and the daily
// per-facility populations (facility_population). It is the detention
// counterpart of package query: the same coverage rule (a period no source
// covers is answered "not covered", never 0), the same provenance (every
// answer names the edition file, its SHA-256, sheet and cells) and the same
// `icestat count …` command that reproduces the answer.
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
package detention

import (
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/place"
)

// Measures answered, in help order.
var Measures = []string{"detained", "book-ins", "book-outs", "atd", "facility-adp", "held"}

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
	"facility-adp": {"facility", "state", "aor", "type"},
	"held":         {"facility", "state", "aor", "type", "type_grouped", "month", "date"},
}

// Keys are the parameters Parse accepts (CLI flags and URL keys alike).
var Keys = []string{"dataset", "date", "month", "fy", "from", "to", "aor", "state", "facility", "type", "by"}

// Question is one detention question.
type Question struct {
	Measure  string
	Date     time.Time // snapshots: the date asked (zero: the latest edition)
	Months   []string  // YYYY-MM
	FY       int
	From, To time.Time
	AOR      string // AOR code
	State    string // postal code
	Facility string // facility code or name substring
	Type     string // facility type
	By       []string
}

// Error is a bad question (HTTP 400, usage error on the command line).
type Error struct{ Msg string }

func (e *Error) Error() string { return e.Msg }

func bad(format string, a ...any) error { return &Error{fmt.Sprintf(format, a...)} }

var monthRE = regexp.MustCompile(`^(\d{4})-(0[1-9]|1[0-2])$`)

// Parse reads a question from parameters named like the count flags.
func Parse(v url.Values) (*Question, error) {
	for k := range v {
		if !contains(Keys, k) {
			return nil, bad("unknown parameter %q for a detention measure (want %s)", k, strings.Join(Keys[1:], ", "))
		}
	}
	q := &Question{Measure: strings.ToLower(strings.TrimSpace(v.Get("dataset")))}
	if !IsMeasure(q.Measure) {
		return nil, bad("unknown detention measure %q (want one of %s)", q.Measure, strings.Join(Measures, ", "))
	}
	var err error
	if q.Date, err = date(v, "date"); err != nil {
		return nil, err
	}
	if q.From, err = date(v, "from"); err != nil {
		return nil, err
	}
	if q.To, err = date(v, "to"); err != nil {
		return nil, err
	}
	if !q.From.IsZero() && !q.To.IsZero() && q.To.Before(q.From) {
		return nil, bad("--to %s is before --from %s", day(q.To), day(q.From))
	}
	for _, m := range list(v["month"]) {
		if !monthRE.MatchString(m) {
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
func (q *Question) check() error {
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
	case "detained", "atd", "facility-adp":
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
	case "held":
		if periods+boolInt(!q.Date.IsZero()) > 1 {
			return bad("give one of --date, --month, --fy or --from/--to")
		}
	}
	placeOK := map[string]bool{"atd": q.State == "" && q.Facility == "" && q.Type == "",
		"facility-adp": true, "held": true,
		"detained": q.AOR == "" && q.State == "" && q.Facility == "" && q.Type == "",
		"book-ins": q.AOR == "" && q.State == "" && q.Facility == "" && q.Type == "",
	}
	placeOK["book-outs"] = placeOK["book-ins"]
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

// Values renders the question back to parameters (the inverse of Parse).
func (q *Question) Values() url.Values {
	v := url.Values{}
	v.Set("dataset", q.Measure)
	for _, kv := range q.flags() {
		v.Add(kv[0], kv[1])
	}
	return v
}

func (q *Question) flags() [][2]string {
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
	if len(q.By) > 0 {
		add("by", strings.Join(q.By, ","))
	}
	return out
}

// Command is the icestat command line that asks this question.
func (q *Question) Command() string {
	parts := []string{"icestat", "count", q.Measure}
	for _, kv := range q.flags() {
		parts = append(parts, "--"+kv[0], shellQuote(kv[1]))
	}
	return strings.Join(parts, " ")
}

func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_.,/:=@+", r))
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

func date(v url.Values, key string) (time.Time, error) {
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

func list(vals []string) []string {
	var out []string
	for _, v := range vals {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
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
