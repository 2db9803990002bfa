package query

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/icestat/icestat/internal/answer"
	"github.com/icestat/icestat/internal/canon"
	"github.com/icestat/icestat/internal/definitions"
	"github.com/icestat/icestat/internal/place"
	"github.com/icestat/icestat/internal/table"
)

// Following people from one dataset to the others (definitions "follow"
// and "detainer outcome"). The cohort is a count question on arrests or
// detainers; its rows are linked to detention stints and removals of the
// same person_key within the same release (never across releases, never by
// a redacted identifier). The linked rows are read into memory only to be
// aggregated: a FollowResult holds counts and quantiles, never a person.

// FollowQuery asks what became of a cohort.
type FollowQuery struct {
	Cohort *Query     // dataset arrests or detainers, with place and period filters
	AsOf   *canon.Day // nil: the last date in the linked records
	Exact  bool       // show counts below definitions.SmallCell
	By     string     // detainers: one grouping column (facility, facility_city, state, aor, county, ...)
}

// Cell is one labelled count; Shown applies the small-cell rule.
type Cell struct {
	Key   string `json:"key"`
	Count int64  `json:"-"`
	Shown string `json:"count"`
	// Hidden is set on a public copy whose small-cell rule withholds the
	// count (report.Withhold): JSON null with a count_text.
	Hidden answer.Hidden `json:"-"`
}

// MarshalJSON encodes a withheld count as null beside its text.
func (c Cell) MarshalJSON() ([]byte, error) {
	type plain Cell
	return answer.MarshalHidden(plain(c), c.Hidden)
}

// Dist is a distribution of whole days. Quantiles are nearest-rank
// (the smallest value with at least q of the people at or below it); they
// are left out when N is below the small-cell threshold unless Exact.
type Dist struct {
	N         int64          `json:"-"`
	Shown     string         `json:"n"`
	Quantiles map[string]int `json:"quantiles,omitempty"`
	Note      string         `json:"note,omitempty"`
	// Hidden is set on a public copy whose small-cell rule withholds N
	// (and so the quantiles): JSON null with an n_text.
	Hidden answer.Hidden `json:"-"`
}

// MarshalJSON encodes a withheld N as null beside its text.
func (d Dist) MarshalJSON() ([]byte, error) {
	type plain Dist
	return answer.MarshalHidden(plain(d), d.Hidden)
}

// FollowGroup is the detainer outcome of one group.
type FollowGroup struct {
	Key   string          `json:"key"`
	Cells map[string]Cell `json:"counts"`
}

// FollowResult is the answer of Follow.
type FollowResult struct {
	Cohort      string `json:"cohort"`
	AsOf        string `json:"as_of"`
	AsOfDefault bool   `json:"as_of_is_data_end"`
	// NotAvailable is set when no row of the cohort carries a person key:
	// the outcomes cannot be followed ("not available (no person key in
	// FILE)"), and the counts are not zeros.
	NotAvailable   string        `json:"not_available,omitempty"`
	Rows           Cell          `json:"rows"` // cohort rows (arrests or detainers)
	NoKey          Cell          `json:"rows_without_person_key"`
	Persons        Cell          `json:"persons"` // arrests: distinct people followed
	Booked         Cell          `json:"booked_into_detention"`
	Status         []Cell        `json:"status"` // arrests: one status per person as of AsOf
	ReleaseReasons []Cell        `json:"release_reasons,omitempty"`
	RemovalMonths  []Cell        `json:"removal_months,omitempty"`
	LiftReasons    []Cell        `json:"lift_reasons,omitempty"`
	DaysToBookIn   *Dist         `json:"days_to_book_in"`
	DaysToRemoval  *Dist         `json:"days_to_removal"`
	GroupColumns   []string      `json:"group_columns,omitempty"`
	Groups         []FollowGroup `json:"groups,omitempty"`
	Coverage       Coverage      `json:"coverage"`
	Warnings       []string      `json:"warnings"`
	Sources        []SourceRef   `json:"sources"`
	Definitions    string        `json:"definitions"`
	Command        string        `json:"command"`
	Exact          bool          `json:"exact"`
}

// FollowGroupColumns are the counts of each detainer group, in order.
var FollowGroupColumns = []string{"lodged", "honored", "declined", "other lift reason", "not lifted", "booked into detention after", "removed after"}

// followDims are the columns a detainer follow may be grouped by.
var followDims = []string{"facility", "facility_code", "facility_city", "facility_state", "facility_aor", "state", "county", "aor", "month", "fy"}

// FollowDimensions lists the --by values of follow.
func FollowDimensions() []string { return append([]string{}, followDims...) }

func (r *FollowResult) cell(key string, n int64) Cell {
	return Cell{Key: key, Count: n, Shown: SmallCount(n, r.Exact)}
}

// SmallCount renders a count under the small-cell rule.
func SmallCount(n int64, exact bool) string {
	if !exact && n > 0 && n < definitions.SmallCell {
		return fmt.Sprintf("<%d", definitions.SmallCell)
	}
	return strconv.FormatInt(n, 10)
}

type stint struct {
	in, out     canon.Day
	hasOut      bool
	reason      string
	departed    canon.Day
	hasDeparted bool
}

type personRecs struct {
	stints   []stint
	removals []canon.Day
}

type pkey struct{ ns, key string }

// Follow answers a follow question.
func (e *Engine) Follow(ctx context.Context, fq FollowQuery) (*FollowResult, error) {
	q := fq.Cohort
	if q.Dataset != "arrests" && q.Dataset != "detainers" {
		return nil, bad("follow starts from arrests or detainers, not %s", q.Dataset)
	}
	if fq.By != "" && !contains(followDims, fq.By) {
		return nil, bad("unknown --by %q for follow (want one of %s)", fq.By, strings.Join(followDims, ", "))
	}
	if fq.By != "" && q.Dataset != "detainers" {
		return nil, bad("--by applies to follow detainers; follow arrests gives one set of outcomes")
	}
	absent, err := e.checkValues(ctx, q) // a typo is an error, not a cohort of 0
	if err != nil {
		return nil, err
	}
	scheme, _, sel, err := e.prepare(ctx, q)
	if err != nil {
		return nil, err
	}
	res := &FollowResult{Cohort: q.Dataset, Definitions: definitions.Version, Exact: fq.Exact, Warnings: append([]string{}, absent...), Command: fq.command()}
	res.Coverage = sel.coverage(q)
	res.Warnings = append(res.Warnings, q.coverageWarnings(res.Coverage)...)
	if res.Coverage.None {
		res.Warnings = append(res.Warnings, "no outcome is given: no ingested "+q.Dataset+" source covers this place and period")
		return res, nil
	}
	cond, cohortArgs := cohortCond(q, scheme, sel)
	dim := "NULL"
	if fq.By != "" {
		dim, _ = dimension(fq.By, scheme)
	}
	cohortSQL := fmt.Sprintf(`SELECT %s AS ns, d.person_key, d.event_date, d.departed_date, d.lift_reason, d.source_id, %s AS dim
		FROM (SELECT * FROM %s WHERE %s) d JOIN sources s ON s.id = d.source_id`, releaseNS, strings.ReplaceAll(dim, "event_date", "d.event_date"), q.Dataset, cond)
	t, err := e.Store.Table(ctx, cohortSQL, cohortArgs...)
	if err != nil {
		return nil, fmt.Errorf("reading the cohort: %w", err)
	}
	type unit struct {
		p          pkey
		keyed      bool
		date       canon.Day
		hasDate    bool
		departed   canon.Day
		hasDep     bool
		liftReason string
		group      string
	}
	units := make([]unit, 0, len(t.Rows))
	perSource := map[int64]int64{}
	nsSet := map[string]bool{}
	for _, r := range t.Rows {
		u := unit{p: pkey{str(r[0]), str(r[1])}, liftReason: str(r[4]), group: str(r[6])}
		u.keyed = r[1] != nil
		u.date, u.hasDate = toDay(r[2])
		u.departed, u.hasDep = toDay(r[3])
		perSource[table.Int(r[5])]++
		units = append(units, u)
		if u.keyed {
			nsSet[u.p.ns] = true
		}
	}
	for _, s := range sel.used {
		if n, ok := perSource[s.ID]; ok {
			res.Sources = append(res.Sources, SourceRef{ID: s.ID, File: s.File, Sheet: s.Sheet, SHA256: s.SHA256, Rows: n})
		}
	}

	// The linked rows: detention stints and removals of the cohort's people.
	recs := map[pkey]*personRecs{}
	link := fmt.Sprintf(`WITH c AS (SELECT DISTINCT %s AS ns, d.person_key FROM (SELECT * FROM %s WHERE %s) d JOIN sources s ON s.id = d.source_id WHERE d.person_key IS NOT NULL)`, releaseNS, q.Dataset, cond)
	st, err := e.Store.Table(ctx, link+fmt.Sprintf(` SELECT c.ns, c.person_key, x.event_date, x.book_out_date, x.release_reason, x.departed_date
		FROM detentions x JOIN sources s ON s.id = x.source_id JOIN c ON c.ns = %s AND c.person_key = x.person_key`, strings.ReplaceAll(releaseNS, "d.", "x.")), cohortArgs...)
	if err != nil {
		return nil, fmt.Errorf("linking detentions: %w", err)
	}
	get := func(p pkey) *personRecs {
		if recs[p] == nil {
			recs[p] = &personRecs{}
		}
		return recs[p]
	}
	for _, r := range st.Rows {
		var s stint
		var ok bool
		if s.in, ok = toDay(r[2]); !ok {
			continue
		}
		s.out, s.hasOut = toDay(r[3])
		s.reason = str(r[4])
		s.departed, s.hasDeparted = toDay(r[5])
		p := get(pkey{str(r[0]), str(r[1])})
		p.stints = append(p.stints, s)
	}
	rm, err := e.Store.Table(ctx, link+fmt.Sprintf(` SELECT c.ns, c.person_key, x.event_date
		FROM removals x JOIN sources s ON s.id = x.source_id JOIN c ON c.ns = %s AND c.person_key = x.person_key WHERE x.event_date IS NOT NULL`, strings.ReplaceAll(releaseNS, "d.", "x.")), cohortArgs...)
	if err != nil {
		return nil, fmt.Errorf("linking removals: %w", err)
	}
	for _, r := range rm.Rows {
		if d, ok := toDay(r[2]); ok {
			p := get(pkey{str(r[0]), str(r[1])})
			p.removals = append(p.removals, d)
		}
	}

	// As of: given, or the last date in the linked releases' records.
	asOf, err := e.dataEnd(ctx, nsSet)
	if err != nil {
		return nil, err
	}
	res.AsOfDefault = fq.AsOf == nil
	if fq.AsOf != nil {
		if *fq.AsOf > asOf && asOf > 0 {
			res.Warnings = append(res.Warnings, fmt.Sprintf("as of %s is after the last date in the linked records (%s): outcomes after %s are not recorded, so people shown as detained may have left custody since", fq.AsOf, asOf, asOf))
		}
		asOf = *fq.AsOf
	} else if len(nsSet) > 0 {
		res.Warnings = append(res.Warnings, fmt.Sprintf("outcomes as of %s, the last date in the linked records (--as-of to choose)", asOf))
	}
	res.AsOf = asOf.String()

	// removal returns the earliest removal evidence on or after from.
	removal := func(p *personRecs, extra []canon.Day, from canon.Day) (canon.Day, bool) {
		var best canon.Day
		found := false
		consider := func(d canon.Day) {
			if d >= from && d <= asOf && (!found || d < best) {
				best, found = d, true
			}
		}
		for _, d := range extra {
			consider(d)
		}
		if p != nil {
			for _, d := range p.removals {
				consider(d)
			}
			for _, s := range p.stints {
				if s.hasDeparted {
					consider(s.departed)
				}
				if s.hasOut && strings.EqualFold(s.reason, definitions.ReleaseRemoved) {
					consider(s.out)
				}
			}
		}
		return best, found
	}
	// custody returns the first book-in on or after from, whether the
	// person is detained as of asOf, and the release reason of the last
	// stint that ended.
	custody := func(p *personRecs, from canon.Day) (first canon.Day, booked, detained bool, reason string) {
		if p == nil {
			return
		}
		var lastOut canon.Day
		for _, s := range p.stints {
			if s.in < from || s.in > asOf {
				continue
			}
			if !booked || s.in < first {
				first = s.in
			}
			booked = true
			if !s.hasOut || s.out > asOf {
				detained = true
			} else if s.out >= lastOut {
				lastOut, reason = s.out, s.reason
			}
		}
		return
	}

	var rows, noKey int64
	var toBook, toRemoval []int
	if q.Dataset == "arrests" {
		// One follow per person: the first arrest in the cohort.
		type person struct {
			arrest   canon.Day
			departed []canon.Day
		}
		people := map[pkey]*person{}
		for _, u := range units {
			rows++
			if !u.keyed || !u.hasDate {
				noKey++
				continue
			}
			pp := people[u.p]
			if pp == nil {
				pp = &person{arrest: u.date}
				people[u.p] = pp
			}
			if u.date < pp.arrest {
				pp.arrest = u.date
			}
			if u.hasDep {
				pp.departed = append(pp.departed, u.departed)
			}
		}
		status := map[string]int64{}
		reasons := map[string]int64{}
		months := map[string]int64{}
		var booked int64
		for k, pp := range people {
			rec := recs[k]
			first, isBooked, detained, reason := custody(rec, pp.arrest)
			if isBooked {
				booked++
				toBook = append(toBook, int(first-pp.arrest))
			}
			rd, removed := removal(rec, pp.departed, pp.arrest)
			switch {
			case removed:
				status[definitions.FollowRemoved]++
				toRemoval = append(toRemoval, int(rd-pp.arrest))
				months[rd.String()[:7]]++
			case detained:
				status[definitions.FollowDetained]++
			case isBooked:
				status[definitions.FollowReleased]++
				if reason == "" {
					reason = "(no release reason)"
				}
				reasons[reason]++
			default:
				status[definitions.FollowNotBooked]++
			}
		}
		res.Persons = res.cell("persons", int64(len(people)))
		res.Booked = res.cell("booked", booked)
		for _, s := range []string{definitions.FollowRemoved, definitions.FollowDetained, definitions.FollowReleased, definitions.FollowNotBooked} {
			res.Status = append(res.Status, res.cell(s, status[s]))
		}
		res.ReleaseReasons = res.cells(reasons, false)
		res.RemovalMonths = res.cells(months, true)
	} else {
		groups := map[string]map[string]int64{}
		lifts := map[string]int64{}
		var booked int64
		for _, u := range units {
			rows++
			g := groups[u.group]
			if g == nil {
				g = map[string]int64{}
				groups[u.group] = g
			}
			g["lodged"]++
			g[definitions.DetainerOutcome(u.liftReason)]++
			lr := u.liftReason
			if lr == "" {
				lr = "(no lift reason)"
			}
			lifts[lr]++
			if !u.keyed || !u.hasDate {
				noKey++
				continue
			}
			rec := recs[u.p]
			first, isBooked, _, _ := custody(rec, u.date)
			if isBooked {
				booked++
				g["booked into detention after"]++
				toBook = append(toBook, int(first-u.date))
			}
			var dep []canon.Day
			if u.hasDep {
				dep = append(dep, u.departed)
			}
			if rd, ok := removal(rec, dep, u.date); ok {
				g["removed after"]++
				toRemoval = append(toRemoval, int(rd-u.date))
			}
		}
		res.Booked = res.cell("booked", booked)
		res.LiftReasons = res.cells(lifts, false)
		var keys []string
		for k := range groups {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool {
			a, b := groups[keys[i]]["lodged"], groups[keys[j]]["lodged"]
			if a != b {
				return a > b
			}
			return keys[i] < keys[j]
		})
		if fq.By != "" {
			res.GroupColumns = append([]string{fq.By}, FollowGroupColumns...)
		} else {
			res.GroupColumns = append([]string{"all"}, FollowGroupColumns...)
		}
		for _, k := range keys {
			fg := FollowGroup{Key: k, Cells: map[string]Cell{}}
			if fq.By == "" {
				fg.Key = "all"
			}
			for _, c := range FollowGroupColumns {
				fg.Cells[c] = res.cell(c, groups[k][c])
			}
			res.Groups = append(res.Groups, fg)
		}
		res.Warnings = append(res.Warnings, "a book-in after a detainer is matched by person and date only: the detention records do not say which jail the person came from")
	}
	res.Rows = res.cell("rows", rows)
	res.NoKey = res.cell("without person key", noKey)
	if noKey > 0 {
		res.Warnings = append(res.Warnings, fmt.Sprintf("%s %s rows have no person key (or no date) and cannot be followed", SmallCount(noKey, fq.Exact), q.Dataset))
	}
	if rows > 0 && noKey == rows {
		// Nothing can be linked: the outcomes do not exist in these
		// records (never zeros, never an as-of date).
		var names []string
		for _, src := range res.Sources {
			names = appendUnique(names, src.File)
		}
		res.NotAvailable = "not available (no person key in " + strings.Join(names, ", ") + ")"
		if len(names) == 0 {
			res.NotAvailable = "not available (no person key in the rows counted)"
		}
		res.AsOf, res.AsOfDefault = "", false
	}
	res.DaysToBookIn = res.dist(toBook)
	res.DaysToRemoval = res.dist(toRemoval)
	if len(q.States) > 0 {
		res.Warnings = append(res.Warnings, statesNote(q.States))
	}
	return res, nil
}

func statesNote(states []string) string {
	var aors []string
	for _, st := range states {
		for a := range place.AORsOfState(st) {
			aors = appendUnique(aors, a)
		}
	}
	sort.Strings(aors)
	return fmt.Sprintf("rows without a state of their own are selected by area of responsibility (%s)", strings.Join(aors, ", "))
}

// cells turns counts into sorted cells: by count (descending) then key, or
// by key when byKey.
// cohortCond selects a follow cohort: the rows of the selected sources that
// match the query's filters (SQL condition and its arguments).
func cohortCond(q *Query, scheme definitions.MethodScheme, sel *selection) (string, []any) {
	filter, args := q.where(scheme)
	cond, srcArgs := sel.sourceSQL()
	if filter != "" {
		cond += " AND " + filter
	}
	return cond, append(append([]any{}, srcArgs...), args...)
}

func (r *FollowResult) cells(m map[string]int64, byKey bool) []Cell {
	var out []Cell
	for k, n := range m {
		out = append(out, r.cell(k, n))
	}
	sort.Slice(out, func(i, j int) bool {
		if !byKey && out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Key < out[j].Key
	})
	return out
}

// FollowQuantiles are the quantiles reported for day distributions.
var FollowQuantiles = []struct {
	Name string
	Q    float64
}{{"p25", 0.25}, {"median", 0.5}, {"p75", 0.75}, {"p90", 0.9}}

func (r *FollowResult) dist(vals []int) *Dist {
	d := &Dist{N: int64(len(vals)), Shown: SmallCount(int64(len(vals)), r.Exact)}
	if len(vals) == 0 {
		return d
	}
	if !r.Exact && len(vals) < definitions.SmallCell {
		d.Note = fmt.Sprintf("fewer than %d people: not shown (--exact shows it)", definitions.SmallCell)
		return d
	}
	sort.Ints(vals)
	d.Quantiles = map[string]int{}
	for _, q := range FollowQuantiles {
		d.Quantiles[q.Name] = NearestRank(vals, q.Q)
	}
	return d
}

// NearestRank is the smallest value of sorted vals with at least q of the
// values at or below it.
func NearestRank(vals []int, q float64) int {
	k := int(q*float64(len(vals))+0.999999999) - 1
	if k < 0 {
		k = 0
	}
	if k >= len(vals) {
		k = len(vals) - 1
	}
	return vals[k]
}

// dataEnd is the last date in the records of the given releases: the
// latest book-in or book-out of their detentions and the latest key date of
// their arrests and removals. It stands in for the extraction date.
func (e *Engine) dataEnd(ctx context.Context, ns map[string]bool) (canon.Day, error) {
	if len(ns) == 0 {
		return canon.DayOf(time.Now().UTC()), nil
	}
	var list []any
	for k := range ns {
		list = append(list, k)
	}
	in := placeholders(len(list))
	var args []any
	var parts []string
	for _, t := range []struct{ table, expr string }{
		{"detentions", "greatest(x.event_date, x.book_out_date)"},
		{"arrests", "x.event_date"},
		{"removals", "x.event_date"},
	} {
		parts = append(parts, fmt.Sprintf("SELECT max(%s) AS d FROM %s x JOIN sources s ON s.id = x.source_id WHERE %s IN (%s)", t.expr, t.table, strings.ReplaceAll(releaseNS, "d.", "x."), in))
		args = append(args, list...)
	}
	t, err := e.Store.Table(ctx, "SELECT max(d) FROM ("+strings.Join(parts, " UNION ALL ")+")", args...)
	if err != nil {
		return 0, fmt.Errorf("finding the end of the data: %w", err)
	}
	if len(t.Rows) == 1 {
		if d, ok := toDay(t.Rows[0][0]); ok {
			return d, nil
		}
	}
	return canon.DayOf(time.Now().UTC()), nil
}

func (fq FollowQuery) command() string {
	parts := []string{"icestat", "follow", fq.Cohort.Dataset}
	for _, kv := range fq.Cohort.flags() {
		switch kv[0] {
		case "by", "share", "persons", "sort", "limit", "dedupe":
			continue
		}
		parts = append(parts, "--"+kv[0], answer.Quote(kv[1]))
	}
	if fq.By != "" {
		parts = append(parts, "--by", fq.By)
	}
	if fq.AsOf != nil {
		parts = append(parts, "--as-of", fq.AsOf.String())
	}
	if fq.Exact {
		parts = append(parts, "--exact")
	}
	return strings.Join(parts, " ")
}

func str(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case []byte:
		return string(x)
	}
	return fmt.Sprint(v)
}

func toDay(v any) (canon.Day, bool) {
	switch x := v.(type) {
	case time.Time:
		return canon.DayOf(x), true
	case nil:
		return 0, false
	}
	d, err := canon.ParseDate(fmt.Sprint(v), false, false)
	return d, err == nil
}
